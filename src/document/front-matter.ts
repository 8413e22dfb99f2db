// YAML front matter: a block between "---" lines at the very start of the file.
import { DocumentError } from '../errors.js';
import { parseIsoDate } from './dates.js';
import { parseSimpleFrontMatter } from './simple-front-matter.js';
import { onDemand } from '../on-demand.js';

/** The YAML library, loaded on first use: most front matter is read without it (start-up time). */
const yaml = onDemand<typeof import('yaml')>('yaml');

export interface FrontMatter {
  /** All keys as parsed (date and lang included, as written). */
  data: Record<string, unknown>;
  /** Offset just after the closing line (and its line break): where the body starts. */
  bodyStart: number;
  /** Validated publication date YYYY-MM-DD, when the block has `date:`. */
  date: string | undefined;
  /** Validated lowercase language code, when the block has `lang:`. */
  lang: string | undefined;
}

const OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
// "---" closes as in Jekyll/Hugo; "..." is YAML's own end-of-document marker.
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const LANG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;

/**
 * Parse the front matter of `text` (BOM already removed). Undefined when the file does not
 * start with a "---" line. Throws DocumentError for an unterminated block, YAML errors, a
 * block that is not key/value pairs, an invalid `date:` or `lang:`. Lines in messages count
 * from the top of the file ("---" is line 1).
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  // Walk the lines after the opening one until a closing line.
  const lineRe = /([^\r\n]*)(\r\n|\n|\r|$)/y;
  lineRe.lastIndex = yamlStart;
  let yamlEnd = -1;
  let bodyStart = -1;
  while (lineRe.lastIndex < text.length) {
    const at = lineRe.lastIndex;
    const m = lineRe.exec(text)!;
    if (CLOSE.test(m[1]!)) {
      yamlEnd = at;
      bodyStart = at + m[0].length;
      break;
    }
    if (m[0].length === 0) break; // cannot happen before text end; guards the loop
  }
  if (yamlEnd < 0) throw new DocumentError('front matter: unterminated (no closing ---)');

  // Old Mac files end lines with a lone CR, which the YAML library does not take as a line
  // break. CR -> LF keeps every offset, so the lines named in messages stay right.
  const source = text.slice(yamlStart, yamlEnd).replace(/\r(?!\n)/g, '\n');
  const simple = parseSimpleFrontMatter(source);
  if (simple) {
    const fast = validKeys(simple);
    if (fast) return { data: simple, bodyStart, ...fast };
  }
  // Anything else, and invalid date/lang (for messages that name the line): the YAML parser.
  const { parseDocument: parseYaml, isMap, isScalar } = yaml();
  const doc = parseYaml(source, { prettyErrors: false, uniqueKeys: true });
  const fileLine = (yamlOffset: number | undefined) => {
    let line = 2;
    const end = Math.min(yamlOffset ?? 0, source.length);
    for (let i = 0; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) line++;
    }
    return line;
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const message = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const line = fileLine(firstError.pos[0]);
    throw new DocumentError(`front matter: YAML error at line ${line}: ${message}`, line);
  }

  if (doc.contents !== null && !isMap(doc.contents)) {
    const line = fileLine(doc.contents.range?.[0]);
    throw new DocumentError(`front matter: expected "key: value" lines at line ${line}`, line);
  }
  let data: Record<string, unknown>;
  try {
    const js: unknown = doc.toJS({ maxAliasCount: 100 });
    data = js && typeof js === 'object' ? (js as Record<string, unknown>) : {};
  } catch (err) {
    throw new DocumentError(`front matter: YAML error: ${(err as Error).message}`);
  }
  const keyLine = (key: string) => {
    if (!isMap(doc.contents)) return 2;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const node = pair?.value ?? pair?.key;
    const range = node && typeof node === 'object' && 'range' in node ? (node.range as number[] | undefined) : undefined;
    return fileLine(range?.[0]);
  };

  let date: string | undefined;
  if ('date' in data && data.date !== null && data.date !== undefined) {
    const raw = data.date;
    date = raw instanceof Date ? parseIsoDate(raw.toISOString()) : typeof raw === 'string' ? parseIsoDate(raw) : undefined;
    if (!date) {
      const line = keyLine('date');
      throw new DocumentError(
        `front matter: invalid date ${shown(raw instanceof Date ? raw.toISOString() : raw)} at line ${line} (expected YYYY-MM-DD)`,
        line,
      );
    }
  }
  let lang: string | undefined;
  if ('lang' in data && data.lang !== null && data.lang !== undefined) {
    const m = typeof data.lang === 'string' ? LANG.exec(data.lang.trim()) : null;
    if (!m) {
      const line = keyLine('lang');
      throw new DocumentError(
        `front matter: invalid lang ${shown(data.lang)} at line ${line} (expected a 2–3 letter language code such as "en")`,
        line,
      );
    }
    lang = m[1]!.toLowerCase();
  }
  return { data, bodyStart, date, lang };
}

/** A value as a message quotes it: JSON, cut after 40 characters (a stray paragraph in `date:` must not fill the screen). */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 42 ? `${json.slice(0, 40)}…${json.endsWith('"') ? '"' : ''}` : json;
}

/** date and lang of simple front matter when both are absent or valid; undefined sends it to the full path. */
function validKeys(data: Record<string, unknown>): { date: string | undefined; lang: string | undefined } | undefined {
  let date: string | undefined;
  if (data.date !== null && data.date !== undefined) {
    date = typeof data.date === 'string' ? parseIsoDate(data.date) : undefined;
    if (!date) return undefined;
  }
  let lang: string | undefined;
  if (data.lang !== null && data.lang !== undefined) {
    const m = typeof data.lang === 'string' ? LANG.exec(data.lang.trim()) : null;
    if (!m) return undefined;
    lang = m[1]!.toLowerCase();
  }
  return { date, lang };
}
