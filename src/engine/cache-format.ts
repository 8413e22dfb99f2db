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
const DECODED = Buffer.from('","decoded":');
const MAC = Buffer.from(',"mac":"');
const CLAIMS_MAC = Buffer.from('","claimsMac":"');
const OUTCOME_BYTES = Buffer.from('","outcomeBytes":');
const OUTCOME = Buffer.from(',"outcome":');
const CLAIMS = Buffer.from(',"claims":');
const HASH_HEX = 40;
const MAC_HEX = 64;

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

/**
 * The parts of one line, checked against the layout (undefined when it does not follow it). The
 * hex fields are taken as they are: a hash or MAC that is no hex never equals the one computed.
 */
export function decodeLine(line: Buffer): { path: string; entry: StoredEntry } | undefined {
  // Inside a JSON string every quote is escaped, so the first `":{"hash":"` ends the path.
  const pathEnd = line.indexOf(PATH_END);
  if (pathEnd < 1 || line[0] !== 0x22) return undefined;
  let path: unknown;
  // Without a backslash the JSON string is its text.
  if (!line.subarray(1, pathEnd).includes(0x5c)) path = line.toString('utf8', 1, pathEnd);
  else {
    try {
      path = JSON.parse(line.toString('utf8', 0, pathEnd + 1));
    } catch {
      return undefined;
    }
  }
  if (typeof path !== 'string') return undefined;
  let at = pathEnd + PATH_END.length;
  const hash = line.toString('latin1', at, (at += HASH_HEX));
  if (!literalAt(line, at, DECODED)) return undefined;
  at += DECODED.length;
  let decoded: boolean;
  if (literalAt(line, at, TRUE)) [decoded, at] = [true, at + TRUE.length];
  else if (literalAt(line, at, FALSE)) [decoded, at] = [false, at + FALSE.length];
  else return undefined;
  const signedEnd = at;
  if (!literalAt(line, at, MAC)) return undefined;
  at += MAC.length;
  const mac = line.toString('latin1', at, (at += MAC_HEX));
  if (!literalAt(line, at, CLAIMS_MAC)) return undefined;
  at += CLAIMS_MAC.length;
  const claimsMac = line.toString('latin1', at, (at += MAC_HEX));
  if (!literalAt(line, at, OUTCOME_BYTES)) return undefined;
  at += OUTCOME_BYTES.length;
  let n = 0;
  const digits = at;
  while (at < line.length && line[at]! >= 0x30 && line[at]! <= 0x39 && at - digits < 10) n = n * 10 + line[at++]! - 0x30;
  if (at === digits || !literalAt(line, at, OUTCOME)) return undefined;
  at += OUTCOME.length;
  const outcome: [number, number] = [at, at + n];
  at += n;
  if (!literalAt(line, at, CLAIMS) || line[line.length - 1] !== 0x7d /* } */) return undefined;
  at += CLAIMS.length;
  const claims: [number, number] = [at, line.length - 1];
  if (claims[1] <= claims[0]) return undefined;
  return { path, entry: { line, hash, decoded, mac, claimsMac, signedEnd, outcome, claims } };
}

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

function literalAt(b: Buffer, at: number, lit: Buffer): boolean {
  return at + lit.length <= b.length && b.compare(lit, 0, lit.length, at, at + lit.length) === 0;
}
