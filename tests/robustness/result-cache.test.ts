// The --cache file as read and written by ResultCache (engine/cache.ts, cache-format.ts): an entry
// is used only when its bytes are what this user's secret signed for this path, file content and
// run key; anything else (edited, moved, of another key or version, damaged) is linted again.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache, type StoredOutcome } from '../../src/engine/cache.js';
import { decodeFile, decodeLine, encodeFile, encodeLine, MARKER } from '../../src/engine/cache-format.js';
import type { LintResult } from '../../src/types.js';
import { tempDir } from '../cli/helpers.js';

const KEY = 'a'.repeat(64);
const SECRET = Buffer.alloc(32, 7);
const HASH = '1'.repeat(40);

function result(filePath: string, withClaims = true): LintResult {
  const r: LintResult = {
    filePath,
    messages: [{ ruleId: 'date-weekday', severity: 2, message: '8 May 2023 was a Monday, not a "Tuesday" \\ \u2028', line: 5, column: 21, endLine: 5, endColumn: 28, fix: { range: [1, 2], text: 'Monday' } }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 1,
    fixableWarningCount: 0,
    lang: 'en',
  };
  if (withClaims) r.claims = [{ kind: 'date', ruleId: 'date-weekday', line: 5, column: 21, endLine: 5, endColumn: 28, text: 'Tuesday, 8 May', slots: {}, verdict: 'contradicted' } as never];
  r.records = [{ key: 'k', property: 'p', subjects: [], value: 1, unit: undefined, halfUnit: 0, approx: false, bound: undefined, text: '1', filePath, line: 1, column: 1, endLine: 1, endColumn: 2 }];
  return r;
}

/** A cache in a fresh folder: `open` reads its file again, as the next run would. */
function withCache(check: (c: { dir: string; file: string; open: (o?: { key?: string; secret?: Buffer; reuse?: boolean }) => ResultCache }) => void): void {
  const { dir, cleanup } = tempDir('factlint-rcache-');
  try {
    const file = path.join(dir, 'lint.cache');
    const open = (o: { key?: string; secret?: Buffer; reuse?: boolean } = {}) => ResultCache.open(file, o.key ?? KEY, { base: dir, secret: o.secret ?? SECRET, reuse: o.reuse ?? true });
    // save() keeps entries of files that exist.
    for (const name of ['a.md', 'b.md', 'odd "name"\\\n.md', 'ü.md']) writeFileSync(path.join(dir, name), name);
    check({ dir, file, open });
  } finally {
    cleanup();
  }
}

/** Rewrites the entries of a cache file through `edit` (the line's text), keeping its layout. */
function editLines(file: string, edit: (line: string, rel: string) => string): void {
  const entries = decodeFile(readFileSync(file), KEY)!;
  writeFileSync(file, Buffer.concat(encodeFile(KEY, [...entries].map(([rel, e]) => Buffer.from(edit(e.line.toString('utf8'), rel))))));
}

describe('result cache', () => {
  it('gives back what was stored, claims in their place, or without them when not asked for', () => {
    withCache(({ dir, open }) => {
      const a = path.join(dir, 'a.md');
      const stored = { result: result(a), extra: { n: 1 } } as StoredOutcome;
      const c = open();
      c.set(a, HASH, stored, true);
      expect(c.save()).toBeUndefined();

      const again = open();
      const hit = again.get(a, HASH, 'shown/a.md')!;
      expect(hit.decoded).toBe(true);
      // The file's path, in the result and in its cross-article records, is the one asked under.
      const records = stored.result.records!.map((r) => ({ ...r, filePath: 'shown/a.md' }));
      const expected = JSON.parse(JSON.stringify({ ...stored, result: { ...stored.result, filePath: 'shown/a.md', records } })) as StoredOutcome;
      expect(hit.outcome).toEqual(expected);
      // The same keys in the same order: reports that walk a result print it as linting gave it.
      expect(JSON.stringify(hit.outcome)).toBe(JSON.stringify(expected));
      const { claims: _c, ...rest } = expected.result;
      expect(JSON.stringify(again.get(a, HASH, 'shown/a.md', false)!.outcome.result)).toBe(JSON.stringify(rest));
      // Other bytes: no entry.
      expect(again.get(a, '2'.repeat(40), 'a.md')).toBeUndefined();
      // --fix: nothing is reused.
      expect(open({ reuse: false }).get(a, HASH, 'a.md')).toBeUndefined();
    });
  });

  it('a result without claims round-trips as it was', () => {
    withCache(({ dir, open }) => {
      const a = path.join(dir, 'a.md');
      const c = open();
      c.set(a, HASH, { result: result(a, false) }, false);
      c.save();
      for (const claims of [true, false]) {
        const hit = open().get(a, HASH, a, claims)!;
        expect(hit.decoded).toBe(false);
        expect(JSON.stringify(hit.outcome)).toBe(JSON.stringify({ result: result(a, false) }));
      }
    });
  });

  it('is JSON, one entry a line, marked with this version', () => {
    withCache(({ dir, file, open }) => {
      const c = open();
      for (const name of ['b.md', 'a.md', 'odd "name"\\\n.md', 'ü.md']) c.set(path.join(dir, name), HASH, { result: result(name) }, true);
      c.save();
      const text = readFileSync(file, 'utf8');
      const data = JSON.parse(text) as { marker: string; key: string; entries: Record<string, { outcome: { result: LintResult }; claims: unknown }> };
      expect(data.marker).toBe(MARKER);
      expect(data.key).toBe(KEY);
      expect(Object.keys(data.entries)).toEqual(['a.md', 'b.md', 'odd "name"\\\n.md', 'ü.md']);
      expect(text.split('\n')).toHaveLength(4 + 3);
      for (const name of Object.keys(data.entries)) expect(open().get(path.join(dir, name), HASH, name)?.outcome.result.claims).toHaveLength(1);
    });
  });

  it('an edited outcome, claims, hash or flag is not used; nor an entry moved to another path', () => {
    withCache(({ dir, file, open }) => {
      const a = path.join(dir, 'a.md');
      const b = path.join(dir, 'b.md');
      const c = open();
      c.set(a, HASH, { result: result(a) }, true);
      c.set(b, HASH, { result: { ...result(b), messages: [], errorCount: 0, fixableErrorCount: 0 } }, true);
      c.save();
      const good = readFileSync(file);
      const edits: Array<[string, (line: string, rel: string) => string]> = [
        ['message', (l) => l.replace('a Monday', 'a Sunday')],
        ['count', (l) => l.replace('"errorCount":1', '"errorCount":0')],
        ['claims', (l) => l.replace('"contradicted"', '"verified"   ')],
        ['decoded', (l) => l.replace('"decoded":true', '"decoded":false')],
        ['mac', (l) => l.replace(/"mac":"(.)/, (_m, ch: string) => `"mac":"${ch === '0' ? '1' : '0'}`)],
        // b's entry (no problems) under a's path, with b's MACs: a forger copying a genuine entry.
        ['moved', (l, rel) => (rel === 'a.md' ? good.toString('utf8').split('\n')[2]!.replace(/,$/, '').replace('"b.md"', '"a.md"') : l)],
      ];
      for (const [what, edit] of edits) {
        writeFileSync(file, good);
        editLines(file, edit);
        expect(readFileSync(file).equals(good), what).toBe(false);
        // Still in the layout: what refuses the entry is its MAC.
        expect(decodeFile(readFileSync(file), KEY)?.size, what).toBe(2);
        expect(open().get(a, HASH, a, true), what).toBeUndefined();
      }
      // Claims are checked only when used: a run that does not print them still uses the entry.
      writeFileSync(file, good);
      editLines(file, (l) => l.replace('"contradicted"', '"verified"   '));
      expect(open().get(a, HASH, a, false)).toBeDefined();
      // Another user's secret, another run key: nothing is used.
      writeFileSync(file, good);
      expect(open({ secret: Buffer.alloc(32, 8) }).get(a, HASH, a)).toBeUndefined();
      expect(open({ key: 'b'.repeat(64) }).get(a, HASH, a)).toBeUndefined();
      expect(open().get(a, HASH, a)).toBeDefined();
    });
  });

  it('a damaged file, one of an earlier version or another layout is an empty cache, rewritten on save', () => {
    withCache(({ dir, file, open }) => {
      const a = path.join(dir, 'a.md');
      const c = open();
      c.set(a, HASH, { result: result(a) }, true);
      c.save();
      const good = readFileSync(file);
      const text = good.toString('utf8');
      const damaged = [
        good.subarray(0, good.length - 1),
        good.subarray(0, good.length >> 1),
        Buffer.from(text.replace('\n}}\n', ',\n}}\n')),
        Buffer.from(text.replace('\n}}\n', '\n\n}}\n')),
        Buffer.from(text.replace(/"outcomeBytes":(\d+)/, (_m, n: string) => `"outcomeBytes":${Number(n) + 1}`)),
        Buffer.from(text.replace(MARKER, 'factlint-result-cache/3')),
        Buffer.from(JSON.stringify(JSON.parse(text))),
        Buffer.from(JSON.stringify({ marker: 'factlint-result-cache/3', key: KEY, entries: { 'a.md': { hash: HASH, decoded: true, mac: '0'.repeat(64), outcome: { result: result(a) } } } })),
      ];
      for (const bytes of damaged) {
        writeFileSync(file, bytes);
        const d = open();
        expect(d.get(a, HASH, a)).toBeUndefined();
        d.set(a, HASH, { result: result(a) }, true);
        expect(d.save()).toBeUndefined();
        expect(open().get(a, HASH, a)).toBeDefined();
      }
    });
  });

  it('keeps the entries it did not touch byte for byte, and drops those of deleted files', () => {
    withCache(({ dir, file, open }) => {
      const names = ['a.md', 'b.md', 'c.md'];
      writeFileSync(path.join(dir, 'c.md'), 'c');
      const c = open();
      for (const n of names) c.set(path.join(dir, n), HASH, { result: result(n) }, true);
      c.save();
      const before = readFileSync(file, 'utf8').split('\n');
      expect(before).toHaveLength(3 + 3);
      const d = open();
      d.set(path.join(dir, 'b.md'), '2'.repeat(40), { result: result('b2') }, true);
      d.save();
      const after = readFileSync(file, 'utf8').split('\n');
      expect(after[1]).toBe(before[1]);
      expect(after[3]).toBe(before[3]);
      expect(after[2]).not.toBe(before[2]);
      rmSync(path.join(dir, 'c.md'));
      const e = open();
      e.set(path.join(dir, 'a.md'), '3'.repeat(40), { result: result('a3') }, true);
      e.save();
      expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { entries: object }).entries)).toEqual(['a.md', 'b.md']);
    });
  });

  it('decodes only lines in its own layout', () => {
    const line = encodeLine({ path: 'a.md', hash: HASH, decoded: true, mac: 'c'.repeat(64), claimsMac: 'd'.repeat(64), outcome: '{"result":1}', claims: 'null' });
    expect(decodeLine(line)?.path).toBe('a.md');
    for (const bad of ['', '"a.md":{}', line.toString().replace('"hash":"1', '"hash":"x'), line.toString().slice(0, -1), line.toString().replace(',"claims":null', ''), ` ${line.toString()}`]) {
      expect(decodeLine(Buffer.from(bad)), bad).toBeUndefined();
    }
  });
});
