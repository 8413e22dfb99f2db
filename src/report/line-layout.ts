// Display columns of one line, laid out once and then read piecewise: a code frame shows about a
// hundred columns of a line that may be a megabyte long, and a line with a thousand problems gets
// a thousand frames. One pass over the line (as far as frames have asked) records where the layout
// stands every so many UTF-16 units (a checkpoint); a frame then lays out only from the checkpoint
// before what it shows, so it costs what it shows, and the cells are the ones a layout of the
// whole line gives.
import type { SourceLines } from './source-lines.js';
import { isPlain, layoutFrom, lineStart, knownPlainEnd, TAB_WIDTH, VS16, type Cell, type LayoutState } from './text-width.js';

/** UTF-16 units between checkpoints: a frame lays out at most this much it does not show. */
export const CHECKPOINT_SPACING = 64;

export interface WindowCells {
  /** In order; plain characters next to each other inside the window come as one cell (their text, their width). */
  cells: Cell[];
  /** Whether the line has cells before the first one given. */
  before: boolean;
  /** Whether the line has cells after the last one given. */
  after: boolean;
}

export class LineLayout {
  /** Whether the line is blank (nothing but white space). */
  readonly blank: boolean;
  private readonly checkpoints: LayoutState[] = [lineStart()];
  /**
   * How far the line is laid out. A frame needs it laid out only up to about what it shows, so
   * the line is laid out as far as asked and no further: measuring every paragraph with a problem
   * whole was most of a stylish report's time. The checkpoints made on the way are those a
   * layout of the whole line makes, in the same places.
   */
  private readonly frontier: LayoutState = lineStart();
  private next: number;

  constructor(
    readonly text: string,
    private readonly spacing = CHECKPOINT_SPACING,
  ) {
    this.next = spacing;
    this.blank = text.trim() === '';
  }

  /**
   * Moves `s` on until, between two cells, it is past UTF-16 offset `index` or at display column
   * `column`, or to the line's end; with `record`, making the checkpoints on the way. Plain
   * characters (most of any line) are counted here, anything else is one cell of layoutFrom;
   * stops and checkpoints are looked at where layoutFrom looks (between cells, never before a
   * VS16), so they fall where a layout of the whole line puts them.
   */
  private move(s: LayoutState, index: number, column: number, record: boolean): void {
    const text = this.text;
    while (s.index < text.length) {
      const at = s.index;
      const unit = text.charCodeAt(at);
      if (unit !== VS16) {
        if (record && at >= this.next) {
          this.checkpoints.push({ ...s });
          this.next = at + this.spacing;
        }
        if (at > index || s.column >= column) return;
      }
      const run = knownPlainEnd(text, at, Math.min(index + 1 - at, column - s.column));
      if (run > at + 1) {
        // Plain characters up to `run`, one column each: the stop and the checkpoints among them
        // are where the loop would find them, one character at a time.
        const c0 = s.column;
        const stop = Math.max(at + 1, Math.min(index + 1, at + (column - c0)));
        const end = stop < run ? stop : run;
        while (record && this.next <= (stop < run ? stop : run - 1)) {
          const p = this.next;
          this.checkpoints.push({ index: p, column: c0 + (p - at), joinNext: false, openFlag: false, narrowPicto: false });
          this.next = p + this.spacing;
        }
        s.index = end;
        s.column = c0 + (end - at);
        s.joinNext = s.openFlag = s.narrowPicto = false;
        if (stop < run) return;
        continue;
      }
      if (isPlain(unit)) {
        s.index = at + 1;
        s.column += 1;
        s.joinNext = s.openFlag = s.narrowPicto = false;
      } else layoutFrom(text, s, (next) => next.index > at);
    }
  }

  /** Lays the line out further (see move). */
  private extend(index: number, column: number): void {
    this.move(this.frontier, index, column, true);
  }

  /** Where the layout stands once moved on from `from` (see move), making no cells. */
  private advance(from: LayoutState, index: number, column: number): LayoutState {
    const state = { ...from };
    this.move(state, index, column, false);
    return state;
  }

  /** Display width of the whole line. */
  get width(): number {
    this.extend(Infinity, Infinity);
    return this.frontier.column;
  }

  /** The display width of the line when it is at most `limit`; otherwise some width above `limit`. */
  widthBeyond(limit: number): number {
    this.extend(Infinity, limit + 1);
    return this.frontier.column;
  }

  /** The last checkpoint satisfying `before` (checkpoints are ordered by index and by column); the first when none does. */
  private lastWhere(before: (c: LayoutState) => boolean): LayoutState {
    let lo = 0;
    let hi = this.checkpoints.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before(this.checkpoints[mid]!)) lo = mid;
      else hi = mid - 1;
    }
    return { ...this.checkpoints[lo]! };
  }

  /** Lays out from `from` while `more` holds. */
  private cellsFrom(from: LayoutState, more: (state: LayoutState) => boolean): { cells: Cell[]; state: LayoutState } {
    const state = { ...from };
    const cells: Cell[] = [];
    layoutFrom(this.text, state, (s) => !more(s), cells);
    return { cells, state };
  }

  /** The cell holding UTF-16 offset `index` (undefined past the end), with its column. */
  cellAt(index: number): Cell | undefined {
    if (index >= this.text.length || index < 0) return undefined;
    this.extend(index, Infinity);
    // A cell is one code point, at most two units, so the one holding index starts at index - 1
    // at the earliest: the cells before are passed over without being made. Unless a layout
    // cannot stop there (a VS16 holding index goes with the cell before it): then from the checkpoint.
    const from = this.lastWhere((c) => c.index <= index);
    const near = this.advance(from, index - 2, Infinity);
    // Mostly a plain character at index, or after one: its cell is made here.
    const text = this.text;
    if (near.index === index - 1 && isPlain(text.charCodeAt(index - 1)) && isPlain(text.charCodeAt(index))) {
      return { start: index, end: index + 1, text: text[index]!, width: 1, column: near.column + 1 };
    }
    if (near.index === index && isPlain(text.charCodeAt(index))) return { start: index, end: index + 1, text: text[index]!, width: 1, column: near.column };
    const { cells } = this.cellsFrom(near.index <= index ? near : from, (s) => s.index <= index);
    // The last cell but one when a VS16 follows it: that cell holds index and is widened.
    for (let k = cells.length - 1; k >= 0; k--) if (cells[k]!.start <= index) return cells[k];
    return undefined;
  }

  /**
   * The cells between display columns `left` and `right` (and those straddling them). Those
   * more than TAB_WIDTH columns before `left` are passed over without being made (`before` says
   * whether there are any): a layout never stops before a VS16, and one that follows a cell
   * passed over starts at most TAB_WIDTH columns after it (a tab is the widest cell), so every
   * cell shown is made.
   */
  window(left: number, right: number): WindowCells {
    if (left > 0) this.extend(Infinity, left);
    const state = left > 0 ? this.advance(this.lastWhere((c) => c.column < left), Infinity, left - TAB_WIDTH) : lineStart();
    const before = state.index > 0;
    const text = this.text;
    const cells: Cell[] = [];
    // A cell per character was most of what a frame made: plain characters inside the window
    // (most of any line) are one cell, cut from the line when the run ends.
    let run: Cell | undefined;
    const endRun = () => {
      if (run) run.text = text.slice(run.start, run.end);
      run = undefined;
    };
    while (state.index < text.length) {
      const at = state.index;
      const unit = text.charCodeAt(at);
      // Where layoutFrom stops: between cells (never before a VS16), once at the right edge.
      if (unit !== VS16 && state.column >= right) break;
      if (isPlain(unit) && state.column >= left) {
        // This character and the plain ones after it, as far as the right edge.
        const n = Math.min(Math.max(knownPlainEnd(text, at, right - state.column), at + 1) - at, right - state.column);
        if (run) {
          run.end += n;
          run.width += n;
        } else cells.push((run = { start: at, end: at + n, text: '', width: n, column: state.column }));
        state.index = at + n;
        state.column += n;
        state.joinNext = state.openFlag = state.narrowPicto = false;
        continue;
      }
      endRun();
      layoutFrom(text, state, (next) => next.index > at, cells);
    }
    endRun();
    return { cells, before, after: state.index < text.length };
  }
}

const layouts = new WeakMap<SourceLines, Map<number, LineLayout>>();

/** The layout of a line of `lines`, made once per line (frames of one line share it). */
export function lineLayout(lines: SourceLines, lineNo: number): LineLayout | undefined {
  let byLine = layouts.get(lines);
  if (!byLine) layouts.set(lines, (byLine = new Map()));
  let layout = byLine.get(lineNo);
  if (!layout) {
    const text = lines.line(lineNo);
    if (text === undefined) return undefined;
    layout = new LineLayout(text);
    byLine.set(lineNo, layout);
  }
  return layout;
}
