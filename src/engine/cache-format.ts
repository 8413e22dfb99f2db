// The --cache file's layout. It is JSON, one entry a line, written so that a run finds each
// entry's parts by position without parsing the file: parsing the whole 17 MB of 2,000 articles'
// entries (most of it their claims, which most formats never print) and stringifying each outcome
// again to check its MAC were most of an unchanged run. Here an entry's outcome is parsed only
// when it is used, its claims only when the report prints them, and its MAC is over the bytes as
// stored. A file not laid out exactly so is no cache of this version: it is ignored.
//
//   {"marker":"factlint-result-cache/4","key":"<run key>","entries":{
//   <path>:{"hash":"<sha1>","decoded":<bool>,"mac":"<hex>","claimsMac":"<hex>","outcomeBytes":<n>,"outcome":<json>,"claims":<json>},
//   ...
//   <path>:{...}
//   }}
//
// The outcome is stored without its result's claims: those are in "claims" (null when it has
// none), and the outcome's result holds 0 in their place, so that putting them back keeps the
// result's keys in the order linting gave them.

export const MARKER = 'factlint-result-cache/4';

/** An entry as it lies in the file (or as set() encoded it): the line, and where its parts are. */
export interface StoredEntry {
  /** The line without its separator: written back as it is when the file is saved again. */
  line: Buffer;
  hash: string;
  decoded: boolean;
  /** The MAC (hex) of the key, the line up to `signedEnd` and the outcome. */
  mac: string;
  /** The MAC (hex) of `mac` and the claims. */
  claimsMac: string;
  signedEnd: number;
  outcome: [number, number];
  claims: [number, number];
}

const PATH_END = Buffer.from('":{"hash":"');
/** What follows the path up to the outcome, as latin1 (one regex: far cheaper than a look at each field). */
const FIELDS = /^":\{"hash":"([0-9a-f]{40})","decoded":(true|false)(,"mac":"([0-9a-f]{64})","claimsMac":"([0-9a-f]{64})","outcomeBytes":([0-9]{1,10}),"outcome":)/;
/** The longest text FIELDS can match. */
const FIELDS_MAX = 260;
const CLAIMS = Buffer.from(',"claims":');

export function header(key: string): Buffer {
  return Buffer.from(`{"marker":"${MARKER}","key":${JSON.stringify(key)},"entries":{\n`);
}

const CLOSE = Buffer.from('}}\n');
const NEWLINE = Buffer.from('\n');
const SEPARATOR = Buffer.from(',\n');

/** The bytes of a cache file holding these entry lines (in this order). */
export function encodeFile(key: string, lines: readonly Buffer[]): Buffer[] {
  const out: Buffer[] = [header(key)];
  lines.forEach((l, i) => (i > 0 ? out.push(SEPARATOR, l) : out.push(l)));
  if (lines.length > 0) out.push(NEWLINE);
  out.push(CLOSE);
  return out;
}

/** The entries of a cache file for run key `key`, by path; undefined when it is not one (another version or key, damaged). */
export function decodeFile(data: Buffer, key: string): Map<string, StoredEntry> | undefined {
  const head = header(key);
  if (!data.subarray(0, head.length).equals(head)) return undefined;
  const entries = new Map<string, StoredEntry>();
  let at = head.length;
  let comma = false;
  for (;;) {
    // The closing line, after an entry without a comma (or none).
    if (data.length - at === CLOSE.length && data.subarray(at).equals(CLOSE)) return comma ? undefined : entries;
    const nl = data.indexOf(0x0a, at);
    if (nl <= at) return undefined; // cut short, or a blank line
    if (entries.size > 0 && !comma) return undefined;
    comma = data[nl - 1] === 0x2c; /* , */
    const e = decodeLine(data.subarray(at, comma ? nl - 1 : nl));
    if (!e || entries.has(e.path)) return undefined;
    entries.set(e.path, e.entry);
    at = nl + 1;
  }
}

/** Encodes one entry; `outcome` is JSON text with 0 for its result's claims when `claims` is not "null". */
export function encodeLine(p: { path: string; hash: string; decoded: boolean; mac: string; claimsMac: string; outcome: string; claims: string }): Buffer {
  const outcome = Buffer.from(p.outcome);
  return Buffer.concat([
    Buffer.from(`${JSON.stringify(p.path)}:{"hash":"${p.hash}","decoded":${p.decoded},"mac":"${p.mac}","claimsMac":"${p.claimsMac}","outcomeBytes":${outcome.length},"outcome":`),
    outcome,
    Buffer.from(`,"claims":${p.claims}}`),
  ]);
}

/** The signed head of a line about to be encoded: what decodeLine gives as line.subarray(0, signedEnd). */
export function signedHead(path: string, hash: string, decoded: boolean): Buffer {
  return Buffer.from(`${JSON.stringify(path)}:{"hash":"${hash}","decoded":${decoded}`);
}

/** The parts of one line, checked against the layout (undefined when it does not follow it). */
export function decodeLine(line: Buffer): { path: string; entry: StoredEntry } | undefined {
  // Inside a JSON string every quote is escaped, so the first `":{"hash":"` ends the path.
  const pathEnd = line.indexOf(PATH_END);
  if (pathEnd < 1 || line[0] !== 0x22) return undefined;
  const m = FIELDS.exec(line.toString('latin1', pathEnd, pathEnd + FIELDS_MAX));
  if (!m) return undefined;
  let path = line.toString('utf8', 1, pathEnd);
  // Without a backslash the JSON string is its text.
  if (path.includes('\\')) {
    try {
      path = JSON.parse(`"${path}"`) as string;
    } catch {
      return undefined;
    }
  }
  // Signed: the path, hash and decoded flag, up to where the MACs begin.
  const signedEnd = pathEnd + m[0].length - m[3]!.length;
  const start = pathEnd + m[0].length;
  const outcome: [number, number] = [start, start + Number(m[6])];
  if (!literalAt(line, outcome[1], CLAIMS) || line[line.length - 1] !== 0x7d /* } */) return undefined;
  const claims: [number, number] = [outcome[1] + CLAIMS.length, line.length - 1];
  if (claims[1] <= claims[0]) return undefined;
  return { path, entry: { line, hash: m[1]!, decoded: m[2] === 'true', mac: m[4]!, claimsMac: m[5]!, signedEnd, outcome, claims } };
}

function literalAt(b: Buffer, at: number, lit: Buffer): boolean {
  return at + lit.length <= b.length && b.compare(lit, 0, lit.length, at, at + lit.length) === 0;
}
