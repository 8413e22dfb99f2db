// One pass over valid JSON text for what JSON.parse does not say: the first array or object
// nested too deeply, and keys given twice in one object. A fact file of 100,000 entities is
// 45 MB: the depth check and the duplicate-key scan each walked it (0.3 s together), and keys
// were cut out as strings and paths kept as strings for every value. Here strings are skipped
// with indexOf, keys are compared by hash and length over the text, and a key becomes a string
// only when it is reported or its object is large.
import { hashRange } from './hash.js';

export interface JsonScan {
  /** Offset of the first `[` or `{` more than maxDepth levels deep (the scan stops there). */
  tooDeep: number | undefined;
  /** Keys given again in their object, in text order, at most `limit`. */
  duplicates: Array<{ path: Array<string | number>; key: string; offset: number }>;
}

/** Keys in one object up to which they are compared one by one; a larger object keeps a Set. */
const FEW_KEYS = 32;

/** Offset of the quote that closes the string opening at `start`, or -1 when there is none. */
function stringEnd(text: string, start: number): number {
  let q = text.indexOf('"', start + 1);
  // A quote after an odd run of backslashes is part of the string.
  while (q > 0 && text.charCodeAt(q - 1) === 92) {
    let b = q - 1;
    while (text.charCodeAt(b - 1) === 92) b--;
    if ((q - b) % 2 === 0) break;
    q = text.indexOf('"', q + 1);
  }
  return q;
}

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 92) return true;
  return false;
}

/** An open array or object. */
interface Frame {
  object: boolean;
  /** Arrays: the element being read. */
  index: number;
  /** Objects: where this object's keys start in the key stack. */
  base: number;
  /** Objects past FEW_KEYS keys: the keys seen, as strings. */
  seen: Set<string> | undefined;
}

/**
 * Scans valid JSON text (what JSON.parse accepts; BOM removed). Not a validator: on other text it
 * ends without a useful answer, but it ends.
 */
export function scanJson(text: string, maxDepth: number, limit: number): JsonScan {
  const duplicates: JsonScan['duplicates'] = [];
  // Open containers are frames[0, depth); frame objects are reused (a file has 10^5 of them).
  const frames: Frame[] = [];
  let depth = 0;
  // The keys of the open objects, innermost last: where each starts (its opening quote) and
  // ends (its closing quote), its hash and its length once unescaped. Written at `top` (an
  // append when the stack is at its longest), cut back by moving `top`.
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const lengths: number[] = [];
  let top = 0;
  let expectKey = false;
  const n = text.length;

  const keyText = (k: number): string => {
    const raw = text.slice(starts[k]! + 1, ends[k]!);
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const pathTo = (): Array<string | number> =>
    frames.slice(0, depth - 1).map((f, i) => (f.object ? keyText(frames[i + 1]!.base - 1) : f.index));
  const report = (k: number): void => {
    if (duplicates.length < limit) duplicates.push({ path: pathTo(), key: keyText(k), offset: starts[k]! });
  };

  /** Records the key at [at, end] in the innermost object; reports it when the object has it already. */
  const addKey = (frame: Frame, at: number, end: number): void => {
    let hash = hashRange(text, at + 1, end);
    let length = end - at - 1;
    if (hasBackslash(text, at + 1, end)) {
      // Compared as the key it stands for: "a\/b" is "a/b".
      const key = JSON.parse(text.slice(at, end + 1)) as string;
      hash = hashRange(key, 0, key.length);
      length = key.length;
    }
    const k = top++;
    starts[k] = at;
    ends[k] = end;
    hashes[k] = hash;
    lengths[k] = length;
    if (frame.seen) {
      const key = keyText(k);
      if (frame.seen.has(key)) report(k);
      else frame.seen.add(key);
      return;
    }
    for (let j = frame.base; j < k; j++) {
      if (hashes[j] === hash && lengths[j] === length && keyText(j) === keyText(k)) {
        report(k);
        break;
      }
    }
    if (k + 1 - frame.base > FEW_KEYS) {
      frame.seen = new Set();
      for (let j = frame.base; j <= k; j++) frame.seen.add(keyText(j));
    }
  };

  for (let pos = 0; pos < n; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 34 /* " */) {
      const end = stringEnd(text, pos);
      if (end < 0) break;
      if (expectKey) {
        addKey(frames[depth - 1]!, pos, end);
        expectKey = false;
      }
      pos = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth >= maxDepth) return { tooDeep: pos, duplicates };
      const f = (frames[depth++] ??= { object: false, index: 0, base: 0, seen: undefined });
      f.object = c === 123;
      f.index = 0;
      f.base = top;
      f.seen = undefined;
      expectKey = f.object;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0 && frames[--depth]!.object) top = frames[depth]!.base;
      expectKey = false;
    } else if (c === 44 /* , */ && depth > 0) {
      const f = frames[depth - 1]!;
      if (f.object) expectKey = true;
      else f.index++;
    }
  }
  return { tooDeep: undefined, duplicates };
}
