// The compiled fact cache finds its key from the fact files' metadata when they have settled,
// and never serves an edited fact set.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EAGER_FILES, openHandoff } from '../../src/facts/cached-set.js';
import { loadFactSetCached, RACY_MS } from '../../src/facts/compiled-cache.js';
import { factFile } from '../robustness/helpers.js';
import { tempFacts } from './helpers.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A fact file whose holder starts in `year` (the file's length does not depend on the year). */
function setUp(year: number): { root: string; facts: string; cache: string } {
  const root = tempFacts({ 'facts.json': withYear(year), 'cache/.keep': '' });
  dirs.push(root);
  return { root, facts: path.join(root, 'facts.json'), cache: path.join(root, 'cache') };
}

function withYear(year: number): string {
  return factFile((f) => (f.statements[0]!.from = `${year}-01-01`));
}

const from = (r: ReturnType<typeof loadFactSetCached>) => r.loaded().statements[0]!.from;
const pointers = (cache: string) => readdirSync(cache).filter((n) => n.startsWith('facts-m'));
const later = () => Date.now() + RACY_MS + 1000;

describe('compiled fact cache: the key from metadata', () => {
  it('writes a pointer for settled files and finds the cached set through it', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    expect(loadFactSetCached([facts], opts, later()).hit).toBe(false);
    expect(pointers(cache)).toHaveLength(1);
    const again = loadFactSetCached([facts], opts, later());
    expect(again.hit).toBe(true);
    expect(from(again)).toBe('2020-01-01');
  });

  it('trusts the pointer for files whose metadata match it', () => {
    // White box: a pointer aimed at another set's cache file is followed, so a match is used
    // without reading the files; that is the time it saves.
    const a = setUp(2020);
    const b = setUp(2021);
    loadFactSetCached([a.facts], { cwd: a.root, dir: a.cache }, later());
    loadFactSetCached([b.facts], { cwd: b.root, dir: b.cache }, later());
    const bPayload = readdirSync(b.cache).find((n) => /^facts-[0-9a-f]{40}\.bin$/.test(n))!;
    writeFileSync(path.join(a.cache, bPayload), readFileSync(path.join(b.cache, bPayload)));
    const pointer = path.join(a.cache, pointers(a.cache)[0]!);
    const p = JSON.parse(readFileSync(pointer, 'utf8')) as { key: string };
    writeFileSync(pointer, JSON.stringify({ ...p, key: bPayload.slice(6, 46) }));
    expect(from(loadFactSetCached([a.facts], { cwd: a.root, dir: a.cache }, later()))).toBe('2021-01-01');
  });

  it('sees an edit that keeps the size and the modification time', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    loadFactSetCached([facts], opts, later());
    const before = statSync(facts);
    writeFileSync(facts, withYear(2022));
    utimesSync(facts, before.atime, before.mtime); // the change time still moves: no one can set it
    expect(statSync(facts).size).toBe(before.size);
    const edited = loadFactSetCached([facts], opts, later());
    expect(edited.hit).toBe(false);
    expect(from(edited)).toBe('2022-01-01');
  });

  it('writes no pointer for files changed in the last few seconds: they are hashed every run', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    loadFactSetCached([facts], opts, Date.now());
    expect(pointers(cache)).toHaveLength(0);
    const second = loadFactSetCached([facts], opts, Date.now());
    expect(second.hit).toBe(true);
    expect(pointers(cache)).toHaveLength(0);
  });

  it('ignores a pointer written for other metadata or damaged', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    loadFactSetCached([facts], opts, later());
    const pointer = path.join(cache, pointers(cache)[0]!);
    const p = JSON.parse(readFileSync(pointer, 'utf8')) as { stamp: string; key: string };
    for (const bad of [JSON.stringify({ ...p, stamp: `${p.stamp}x`, key: 'f'.repeat(40) }), '{"marker":', '']) {
      writeFileSync(pointer, bad);
      const r = loadFactSetCached([facts], opts, later());
      expect(r.hit).toBe(true);
      expect(from(r)).toBe('2020-01-01');
    }
  });
});

describe('compiled fact cache: a file read as queries need it', () => {
  const payload = (cache: string) => path.join(cache, readdirSync(cache).find((n) => /^facts-[0-9a-f]{40}\.bin$/.test(n))!);
  const holder = (r: ReturnType<typeof loadFactSetCached>) => r.index().holdersAt('president', 'norland', '2021-06-01').map((s) => s.from);

  it('is a miss, loaded and rewritten, when the file is cut short, foreign or empty', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    loadFactSetCached([facts], opts, later());
    const file = payload(cache);
    const good = readFileSync(file);
    for (const bad of [good.subarray(0, good.length - 1), good.subarray(0, 40), Buffer.from('{"marker":"factlint-fact-cache/2"}'), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      const r = loadFactSetCached([facts], opts, later());
      expect(r.hit).toBe(false);
      expect(holder(r)).toEqual(['2020-01-01']);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  it('answers from the fact files, and rewrites the file, when its body proves damaged on a query', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    loadFactSetCached([facts], opts, later());
    const file = payload(cache);
    const good = readFileSync(file);
    // The same length, the header intact: only the records are garbage.
    const bad = Buffer.from(good);
    const header = 4 + bad.readUInt32LE(bad.indexOf('\n') + 1) + bad.indexOf('\n') + 1;
    bad.fill(0xff, header);
    writeFileSync(file, bad);
    const r = loadFactSetCached([facts], opts, later());
    expect(r.hit).toBe(true);
    expect(holder(r)).toEqual(['2020-01-01']);
    expect(r.index().entity('anna-ivanova')?.names?.en).toEqual(['Anna Ivanova', 'Ivanova']);
    expect(readFileSync(file).equals(good)).toBe(true);
  });

  it('reads a small set whole for a run of many articles, with the same answers', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    loadFactSetCached([facts], opts, later());
    const lazy = loadFactSetCached([facts], opts, later());
    const whole = loadFactSetCached([facts], opts, later());
    expect(whole.hit).toBe(true);
    for (const [a, b] of [[lazy.index(1), whole.index(EAGER_FILES)]] as const) {
      expect(b.holdersAt('president', 'norland', '2021-06-01')).toEqual(a.holdersAt('president', 'norland', '2021-06-01'));
      expect(b.entities()).toEqual(a.entities());
      expect(b.heldBy('anna-ivanova')).toEqual(a.heldBy('anna-ivanova'));
    }
  });

  it('hands workers of a miss the file it wrote, or the same bytes when it could not write one', () => {
    const { root, facts, cache } = setUp(2020);
    const miss = loadFactSetCached([facts], { cwd: root, dir: cache }, later());
    expect(miss.hit).toBe(false);
    const handoff = miss.handoff();
    expect(handoff).toMatchObject({ file: payload(cache) });
    expect(openHandoff(handoff)?.statementAt(0).from).toBe('2020-01-01');
    // A cache folder under a file: nothing can be written there.
    writeFileSync(path.join(root, 'blocked'), '');
    const unwritten = loadFactSetCached([facts], { cwd: root, dir: path.join(root, 'blocked', 'cache') }, later());
    const inMemory = unwritten.handoff();
    expect('bytes' in inMemory && Buffer.from(inMemory.bytes).equals(readFileSync(payload(cache)))).toBe(true);
    expect(holder(unwritten)).toEqual(['2020-01-01']);
  });

  it('never serves an edited fact set through the lazy index', () => {
    const { root, facts, cache } = setUp(2020);
    const opts = { cwd: root, dir: cache };
    expect(holder(loadFactSetCached([facts], opts, later()))).toEqual(['2020-01-01']);
    writeFileSync(facts, withYear(2019));
    const edited = loadFactSetCached([facts], opts, later());
    expect(edited.hit).toBe(false);
    expect(holder(edited)).toEqual(['2019-01-01']);
    const again = loadFactSetCached([facts], opts, later());
    expect(again.hit).toBe(true);
    expect(holder(again)).toEqual(['2019-01-01']);
  });
});
