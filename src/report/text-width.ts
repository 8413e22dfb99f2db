// Terminal display width of a line, one cell per code point, so an underline drawn under
// a span lines up with what the terminal shows: tabs expanded, wide (CJK, emoji) glyphs
// take two columns, combining marks and joiners none, control characters shown as symbols.
// Code point by code point (no Intl.Segmenter: quadratic on long Cyrillic text).

export const TAB_WIDTH = 4;

export interface Cell {
  /** UTF-16 offsets of the code point within the line. */
  start: number;
  end: number;
  /** What is printed for it. */
  text: string;
  /** Columns it takes on screen. */
  width: number;
  /** Display column it starts at. */
  column: number;
}

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;

/** East Asian Wide and Fullwidth blocks (the common ones). */
function isEastAsianWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Visible stand-in for a control character (U+2400 block; U+FFFD for C1 and bidi controls), so it takes exactly one column. */
function controlPicture(cp: number): string {
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * Replaces control characters (all but line feed and tab) and bidi overrides/isolates with visible
 * stand-ins, for terminal output: an ESC, BEL or OSC sequence from an article or a file name is
 * shown, not run by the terminal (or by a CI log viewer).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (ch) => controlPicture(ch.charCodeAt(0)));
}

/**
 * printable() for text that must stay on its line, such as a file name: line feeds and tabs are
 * shown too (and U+2028/U+2029), so that no name can start a line of its own (a CI runner reads a line starting with
 * `::` as a workflow command).
 */
export function printableLine(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (ch) => controlPicture(ch.charCodeAt(0)));
}

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): "Trojan Source" characters. */
export function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

// BMP code points that take one column and touch no neighbour (letters, digits, punctuation of
// most scripts): 1 when plain, 2 when not, 0 not yet known. Most lines are nothing else, and the
// Unicode property regexes below cost far more per character than a table lookup.
const plainTable = new Uint8Array(0x10000);

export function isPlain(cp: number): boolean {
  let v = plainTable[cp]!;
  if (v === 0) plainTable[cp] = v = (knownPlain(cp) ?? !isSpecial(cp)) ? 1 : 2;
  return v === 1;
}

/**
 * Plain or not without the property regexes, for the blocks of the languages factlint reads:
 * printable ASCII, Latin-1 to Cyrillic (U+00A0–U+052F, where only ©, the soft hyphen, ® and the
 * combining marks are special) and the dashes, quotes and ellipsis of U+2010–U+2027. Compiling
 * the five property regexes on first use cost a one-article run about 2 ms; a test checks these
 * ranges against them. Undefined outside them.
 */
export function knownPlain(cp: number): boolean | undefined {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0x52f) return !(cp === 0xa9 || cp === 0xad || cp === 0xae || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x483 && cp <= 0x489));
  if (cp >= 0x2010 && cp <= 0x2027) return true;
  return undefined;
}

/** What knownPlain calls plain, as a regex class (a test holds the two together). */
const KNOWN_PLAIN_CLASS = '[\\x20-\\x7e\\xa0-\\xa8\\xaa-\\xac\\xaf-\\u02ff\\u0370-\\u0482\\u048a-\\u052f\\u2010-\\u2027]';
/** Sticky searches for runs of them, each taking no more than so many. */
const KNOWN_PLAIN_RUNS = [16, 64, 256].map((max) => ({ max, re: new RegExp(`${KNOWN_PLAIN_CLASS}{1,${max}}`, 'y') }));

/**
 * Where the characters knownPlain calls plain from `at` on end, looking at about `want` of them
 * and no more than 256 (`at` when there are none). A native search, which counting them one at a
 * time in a code frame's layout took several times longer; bounded, so that a frame never looks
 * further along a long line than it needs.
 */
export function knownPlainEnd(text: string, at: number, want: number): number {
  const { re } = KNOWN_PLAIN_RUNS.find((r) => r.max >= want) ?? KNOWN_PLAIN_RUNS[KNOWN_PLAIN_RUNS.length - 1]!;
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : at;
}

/** Whether a BMP code point takes other than one column or joins a neighbour, by the Unicode properties. */
export function isSpecial(cp: number): boolean {
  const ch = String.fromCharCode(cp);
  return (
    cp === 0x09 || cp === 0x200d || isControl(cp) || (cp >= 0xd800 && cp <= 0xdfff) || ZERO_WIDTH.test(ch) || PICTOGRAPHIC.test(ch) ||
    EMOJI_MODIFIER.test(ch) || REGIONAL_INDICATOR.test(ch) || EMOJI_PRESENTATION.test(ch) || isEastAsianWide(cp)
  );
}

/**
 * Where a layout stands between two cells: enough to resume it there and get the cells a
 * layout from the start of the line would give (see line-layout.ts, which resumes mid-line).
 */
export interface LayoutState {
  /** UTF-16 offset of the next cell. */
  index: number;
  /** Display column of the next cell. */
  column: number;
  /** After a ZWJ the next pictograph is drawn inside the previous glyph. */
  joinNext: boolean;
  /** A regional indicator waiting for its pair. */
  openFlag: boolean;
  /** The previous cell is a one-column pictograph, which a VS16 widens to two. */
  narrowPicto: boolean;
}

export function lineStart(): LayoutState {
  return { index: 0, column: 0, joinNext: false, openFlag: false, narrowPicto: false };
}

export const VS16 = 0xfe0f;

/**
 * Lays out cells from `state` (advanced in place) and appends them to `cells`, until the line
 * ends or `stop(state)` holds between two cells. A VS16 is never left for the next call: it
 * widens the cell before it, which must be in the same call's `cells`.
 */
export function layoutFrom(line: string, state: LayoutState, stop: (state: LayoutState) => boolean, cells?: Cell[]): void {
  let prev: Cell | undefined;
  while (state.index < line.length) {
    const i = state.index;
    const unit = line.charCodeAt(i);
    if (unit !== VS16 && stop(state)) return;
    if (isPlain(unit)) {
      // No cell made when none is asked for: LineLayout measures whole lines this way, and a
      // cell per character was most of a report's code frames (prev matters only to `cells`).
      if (cells) cells.push((prev = { start: i, end: i + 1, text: line[i]!, width: 1, column: state.column }));
      state.column += 1;
      state.joinNext = false;
      state.openFlag = false;
      state.narrowPicto = false;
      state.index = i + 1;
      continue;
    }
    const cp = line.codePointAt(i) ?? 0;
    const end = i + (cp > 0xffff ? 2 : 1);
    const ch = line.slice(i, end);
    let text = ch;
    let width: number;
    if (cp === 0x09) {
      width = TAB_WIDTH - (state.column % TAB_WIDTH);
      text = ' '.repeat(width);
    } else if (isControl(cp)) {
      width = 1;
      text = controlPicture(cp);
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      width = 1; // lone surrogate
      text = '\ufffd';
    } else if (isBidiControl(cp)) {
      // An override or isolate would reorder the rest of the terminal line, and the underline
      // with it: shown, not obeyed.
      width = 1;
      text = '\ufffd';
    } else if (cp === 0x200d) {
      width = 0;
      state.joinNext = true;
    } else if (ZERO_WIDTH.test(ch)) {
      width = 0;
      // VS16 turns a text-style pictograph into a two-column emoji.
      if (cp === VS16 && state.narrowPicto) {
        if (prev) prev.width = 2;
        state.column += 1;
      }
    } else if (state.joinNext && PICTOGRAPHIC.test(ch)) {
      width = 0;
    } else if (EMOJI_MODIFIER.test(ch) && i > 0) {
      width = 0; // skin tone attaches to the emoji before it
    } else if (REGIONAL_INDICATOR.test(ch)) {
      width = state.openFlag ? 0 : 2;
      state.openFlag = !state.openFlag;
    } else if (EMOJI_PRESENTATION.test(ch) || isEastAsianWide(cp)) {
      width = 2;
    } else {
      width = 1;
    }
    if (cp !== 0x200d) state.joinNext = false;
    if (!REGIONAL_INDICATOR.test(ch)) state.openFlag = false;
    state.narrowPicto = width === 1 && text === ch && PICTOGRAPHIC.test(ch);
    prev = { start: i, end, text, width, column: state.column };
    cells?.push(prev);
    state.column += width;
    state.index = end;
  }
}

const never = (): boolean => false;

/** Splits a line (no line break) into display cells. */
export function layoutLine(line: string): Cell[] {
  const cells: Cell[] = [];
  layoutFrom(line, lineStart(), never, cells);
  return cells;
}

/** Display width of a string (tabs expanded from column 0). */
export function displayWidth(s: string): number {
  let width = 0;
  for (const cell of layoutLine(s)) width += cell.width;
  return width;
}
