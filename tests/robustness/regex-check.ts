// A small checker for catastrophic backtracking in JavaScript regexes: nested quantifiers over
// overlapping characters. It parses a pattern into a tree and flags a repeated group (max ≥ 2)
// holding a repeated element (max ≥ 2) that may end an iteration and whose characters can also
// begin the next one — "(a+)+", "(\w+\s?)*" — or holding alternatives that can start alike
// — "(?:\d|\d\d)*" — so that the engine can split the same input between iterations in
// exponentially many ways. Bounded repeats are let through
// while their product stays small. Character sets are compared on a sample alphabet (ASCII,
// spaces, Latin, Cyrillic, Greek, marks, digits of other scripts, punctuation, an astral
// letter and an emoji), which is what "overlapping classes" means for text factlint reads.

export interface RegexProblem {
  pattern: string;
  message: string;
}

const SAMPLES: string[] = (() => {
  const out: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) out.push(String.fromCharCode(c));
  out.push('\t', '\n', '\r', '\u00A0', '\u2009', '\u202F', '\u2007', '\u2028');
  out.push(...'éüßÀÆçñÿİıŁ', ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЕЁЖЯ', ...'αβΩ', ...'٣۵०');
  out.push('\u0301', '\u0308', '’', '‘', '«', '»', '„', '“', '”', '–', '—', '‐', '‑', '…', '№', '€', '$', '%', '中', '𝐀', '😀', '\uFEFF', '\u200D');
  return out;
})();

type CharSet = Set<number>;

interface Atom {
  type: 'atom';
  chars: CharSet;
}
interface Seq {
  type: 'seq';
  items: Node[];
}
interface Alt {
  type: 'alt';
  branches: Node[];
}
interface Group {
  type: 'group';
  body: Node;
  /** Lookarounds match nothing; their content is still checked. */
  zeroWidth: boolean;
}
interface Quant {
  type: 'quant';
  body: Node;
  min: number;
  max: number;
}
interface Empty {
  type: 'empty';
}
type Node = Atom | Seq | Alt | Group | Quant | Empty;

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return n;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      atom = this.quantifier(atom);
      items.push(atom);
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private quantifier(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node; // a literal brace (only without the u flag)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same backtracking space
    return { type: 'quant', body: node, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return { type: 'empty' };
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return this.sampled(this.flags.includes('s') ? '[\\s\\S]' : '.');
    // A surrogate pair is one character under the u flag.
    if (/[\uD800-\uDBFF]/.test(c) && /[\uDC00-\uDFFF]/.test(this.src[this.i] ?? '')) {
      this.i++;
      return this.sampled(c + this.src[this.i - 1]!);
    }
    return this.sampled(`[${c.replace(/[\]\\^-]/g, '\\$&')}]`);
  }

  private group(): Node {
    this.i++; // (
    let zeroWidth = false;
    const rest = this.src.slice(this.i);
    const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
    if (head) {
      zeroWidth = /^\?(=|!|<=|<!)/.test(head[0]);
      this.i += head[0].length;
    }
    const body = this.alternation();
    if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
    this.i++;
    return { type: 'group', body, zeroWidth };
  }

  private charClass(): Node {
    const start = this.i;
    this.i++;
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++; // "[]" / "[^]" edge: first ] literal outside u mode
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '\\') this.i++;
      if (this.src[this.i] === '[' && this.flags.includes('v')) throw new Error('v-flag set notation is not supported');
      this.i++;
    }
    if (this.src[this.i] !== ']') throw new Error(`unclosed class at ${start}`);
    this.i++;
    return this.sampled(this.src.slice(start, this.i));
  }

  private escape(): Node {
    const rest = this.src.slice(this.i);
    const m =
      /^\\[pP]\{[^}]+\}/.exec(rest) ??
      /^\\u\{[0-9a-fA-F]+\}/.exec(rest) ??
      /^\\u[0-9a-fA-F]{4}/.exec(rest) ??
      /^\\x[0-9a-fA-F]{2}/.exec(rest) ??
      /^\\c[A-Za-z]/.exec(rest) ??
      /^\\k<[^>]+>/.exec(rest) ??
      /^\\[1-9]\d*/.exec(rest) ??
      /^\\[\s\S]/.exec(rest);
    const text = m![0];
    this.i += text.length;
    if (text === '\\b' || text === '\\B') return { type: 'empty' };
    // A back-reference repeats what a group matched: take it as "anything" (conservative).
    if (/^\\(k<|[1-9])/.test(text)) return this.sampled('[\\s\\S]');
    return this.sampled(text);
  }

  private sampled(classSource: string): Atom {
    const flags = this.flags.replace(/[gyd]/g, '');
    const re = new RegExp(`^(?:${classSource})$`, flags);
    const chars: CharSet = new Set();
    SAMPLES.forEach((s, k) => {
      if (re.test(s)) chars.add(k);
    });
    return { type: 'atom', chars };
  }
}

function nullable(n: Node): boolean {
  switch (n.type) {
    case 'atom':
      return false;
    case 'empty':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.branches.some(nullable);
    case 'group':
      return n.zeroWidth || nullable(n.body);
    case 'quant':
      return n.min === 0 || nullable(n.body);
  }
}

function union(a: CharSet, b: CharSet): CharSet {
  return new Set([...a, ...b]);
}

/** Characters that can begin a match of n. */
function first(n: Node): CharSet {
  switch (n.type) {
    case 'atom':
      return n.chars;
    case 'empty':
      return new Set();
    case 'seq': {
      let out: CharSet = new Set();
      for (const item of n.items) {
        out = union(out, first(item));
        if (!nullable(item)) break;
      }
      return out;
    }
    case 'alt':
      return n.branches.reduce((acc, b) => union(acc, first(b)), new Set<number>());
    case 'group':
      return n.zeroWidth ? new Set() : first(n.body);
    case 'quant':
      return first(n.body);
  }
}

/** Repeats (max ≥ 2) that can be the last thing n consumes. */
function trailingRepeats(n: Node): Quant[] {
  switch (n.type) {
    case 'atom':
    case 'empty':
      return [];
    case 'seq': {
      const out: Quant[] = [];
      for (let k = n.items.length - 1; k >= 0; k--) {
        out.push(...trailingRepeats(n.items[k]!));
        if (!nullable(n.items[k]!)) break;
      }
      return out;
    }
    case 'alt':
      return n.branches.flatMap(trailingRepeats);
    case 'group':
      return n.zeroWidth ? [] : trailingRepeats(n.body);
    case 'quant':
      // A fixed count ("\d{3}") cannot trade characters with the next iteration; what it repeats may.
      return n.max >= 2 && n.min !== n.max ? [n, ...trailingRepeats(n.body)] : trailingRepeats(n.body);
  }
}

function charsOf(n: Node): CharSet {
  switch (n.type) {
    case 'atom':
      return n.chars;
    case 'empty':
      return new Set();
    case 'seq':
      return n.items.reduce((acc, i) => union(acc, charsOf(i)), new Set<number>());
    case 'alt':
      return n.branches.reduce((acc, b) => union(acc, charsOf(b)), new Set<number>());
    case 'group':
      return n.zeroWidth ? new Set() : charsOf(n.body);
    case 'quant':
      return charsOf(n.body);
  }
}

/** Bounded repeats nest harmlessly while this many ways of splitting remain. */
const BOUNDED_PRODUCT = 100;

/** The alternation a repeat applies to directly ("(?:a|b)*"), if any. */
function topAlternation(n: Node): Alt | undefined {
  if (n.type === 'alt') return n;
  if (n.type === 'group' && !n.zeroWidth) return topAlternation(n.body);
  return undefined;
}

function walk(n: Node, visit: (q: Quant) => void): void {
  if (n.type === 'quant') visit(n);
  if (n.type === 'seq') n.items.forEach((i) => walk(i, visit));
  else if (n.type === 'alt') n.branches.forEach((b) => walk(b, visit));
  else if (n.type === 'group' || n.type === 'quant') walk(n.body, visit);
}

function show(set: CharSet): string {
  return JSON.stringify([...set].slice(0, 6).map((k) => SAMPLES[k]).join(''));
}

/** Problems of one pattern; a pattern the parser cannot read is a problem too (so none slips by). */
export function checkRegex(source: string, flags = ''): RegexProblem[] {
  let tree: Node;
  try {
    tree = new Parser(source, flags).parse();
  } catch (err) {
    return [{ pattern: source, message: `not analysed: ${(err as Error).message}` }];
  }
  const problems: RegexProblem[] = [];
  walk(tree, (outer) => {
    if (outer.max < 2) return;
    const starts = first(outer.body);
    const alt = topAlternation(outer.body);
    if (alt && !(Number.isFinite(outer.max) && outer.max <= BOUNDED_PRODUCT)) {
      const firsts = alt.branches.map(first);
      for (let a = 0; a < firsts.length; a++) {
        for (let b = a + 1; b < firsts.length; b++) {
          const shared = [...firsts[a]!].filter((k) => firsts[b]!.has(k));
          if (shared.length) {
            problems.push({ pattern: source, message: `repeated alternatives ${a + 1} and ${b + 1} can both start with ${show(new Set(shared))}` });
          }
        }
      }
    }
    for (const inner of trailingRepeats(outer.body)) {
      if (inner === outer) continue;
      const bounded = Number.isFinite(outer.max) && Number.isFinite(inner.max) && outer.max * inner.max <= BOUNDED_PRODUCT;
      if (bounded) continue;
      const shared = [...charsOf(inner.body)].filter((k) => starts.has(k));
      if (shared.length === 0) continue;
      problems.push({
        pattern: source,
        message: `nested quantifier: a repeat ending in a repeat of ${show(charsOf(inner.body))} that the next iteration can also start with (${show(new Set(shared))})`,
      });
    }
  });
  return problems;
}
