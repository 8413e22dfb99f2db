// Overlapping claim spans as properly nested marks. Claims overlap (an office claim inside a
// longer list claim, two office claims sharing a country name) and may cross, but HTML
// elements can only nest. So a range that crosses the end of the range it starts in is split
// there, and its remainder is placed again: every character keeps the marks of every claim
// that covers it, and each piece knows whether it is its claim's first or last one (the
// first carries the anchor, the last the verdict icon). Pure, so it is tested on its own.

/** A half-open range of UTF-16 offsets [start, end); `id` names the claim it belongs to. */
export interface Range {
  start: number;
  end: number;
  id: number;
}

export type Piece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'mark'; id: number; start: number; end: number; first: boolean; last: boolean; children: Piece[] };

type MarkPiece = Extract<Piece, { kind: 'mark' }>;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Moves an offset that falls between the two halves of a surrogate pair to the pair's start
 * (`'back'`) or end (`'forward'`). A mark boundary inside a pair would leave two lone
 * surrogates, which a browser shows as two replacement characters instead of the emoji.
 */
export function snapOffset(text: string, offset: number, dir: 'back' | 'forward'): number {
  if (offset <= 0 || offset >= text.length) return Math.min(Math.max(offset, 0), text.length);
  if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) return dir === 'back' ? offset - 1 : offset + 1;
  return offset;
}

/** Orders ranges so that a range comes before every range it contains: by start, longer first, then by id. */
function before(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/** Inserts into an array kept sorted by `before` (remainders re-enter the queue in order). */
function insertSorted(queue: Range[], r: Range): void {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(queue[mid]!, r) <= 0) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, r);
}

/** Fills the gaps between marks with text pieces, at every level. */
function withText(from: number, to: number, marks: MarkPiece[]): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const m of marks) {
    if (m.start > at) out.push({ kind: 'text', start: at, end: m.start });
    out.push({ ...m, children: withText(m.start, m.end, m.children as MarkPiece[]) });
    at = m.end;
  }
  if (to > at) out.push({ kind: 'text', start: at, end: to });
  return out;
}

/**
 * The pieces of [from, to) with the ranges laid over it: text and marks, marks nested. Ranges
 * are clipped to [from, to) (the report lays them out line by line; a claim running over a
 * line break becomes one piece per line) and empty ones dropped.
 */
export function nestRanges(from: number, to: number, ranges: readonly Range[]): Piece[] {
  const original = new Map<number, Range>();
  const queue: Range[] = [];
  for (const r of ranges) {
    original.set(r.id, r);
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (end > start) queue.push({ start, end, id: r.id });
  }
  queue.sort(before);

  const top: MarkPiece[] = [];
  const stack: MarkPiece[] = [];
  for (let r = queue.shift(); r !== undefined; r = queue.shift()) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= r.start) stack.pop();
    const parent = stack[stack.length - 1];
    let end = r.end;
    if (parent !== undefined && r.end > parent.end) {
      // Crossing: keep the part inside the parent, place the rest again after it.
      end = parent.end;
      insertSorted(queue, { start: parent.end, end: r.end, id: r.id });
    }
    const o = original.get(r.id)!;
    const piece: MarkPiece = { kind: 'mark', id: r.id, start: r.start, end, first: r.start === o.start, last: end === o.end, children: [] };
    (parent ? parent.children as MarkPiece[] : top).push(piece);
    stack.push(piece);
  }
  return withText(from, to, top);
}
