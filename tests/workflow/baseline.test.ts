// --baseline / --update-baseline: known problems stay suppressed when lines move, not when the claim changes.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV, HAVE_DEV, WEEKDAY_ARTICLE, factlint, messagesOf, requireBuilt, tempDir, write } from '../cli/helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const count = (r: ReturnType<typeof factlint>) => messagesOf(r).reduce((n, f) => n + f.messages.length, 0);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describe.skipIf(!HAVE_DEV)('baseline on a copy of a dev article', () => {
  it('suppresses recorded problems after lines are inserted above them, and reports an edited claim again', () => {
    const facts = path.join(DEV, 'facts.json');
    // The first English dev article with a wrong weekday ("Tuesday, 8 May" when 8 May was a Monday).
    type Found = { ruleId: string; line: number; column: number; endColumn: number; expected?: string };
    let name = '';
    let found: Found | undefined;
    for (const a of readdirSync(path.join(DEV, 'articles')).filter((f) => f.endsWith('.en.md')).sort()) {
      copyFileSync(path.join(DEV, 'articles', a), path.join(tmp.dir, a));
      const ms = messagesOf(factlint(['--claims', facts, '-f', 'json', a], tmp.dir))[0]?.messages as Found[] | undefined;
      found = ms?.find((m) => m.ruleId === 'date-weekday' && WEEKDAYS.includes(m.expected?.split(',')[0] ?? ''));
      if (found) {
        name = a;
        break;
      }
    }
    expect(found).toBeDefined();
    const before = count(factlint(['--claims', facts, '-f', 'json', name], tmp.dir));

    const update = factlint(['--claims', facts, '--baseline', 'known.json', '--update-baseline', '-f', 'json', name], tmp.dir);
    expect(update.code).toBe(0);
    expect(count(update)).toBe(0);
    expect(update.stderr).toBe(`factlint: recorded ${before} problem${before === 1 ? '' : 's'} in known.json\n`);
    const baseline = JSON.parse(readFileSync(path.join(tmp.dir, 'known.json'), 'utf8')) as { version: number; entries: Array<{ file: string; count: number }> };
    expect(baseline.version).toBe(1);
    expect(baseline.entries.every((e) => e.file === name)).toBe(true);
    expect(baseline.entries.reduce((n, e) => n + e.count, 0)).toBe(before);

    // Insert a paragraph of our own just above the finding's line: still suppressed.
    const lines = readFileSync(path.join(tmp.dir, name), 'utf8').split('\n');
    lines.splice(found!.line - 1, 0, 'An editor added this paragraph later.', '');
    write(tmp.dir, name, lines.join('\n'));
    const moved = factlint(['--claims', facts, '--baseline', 'known.json', '-f', 'json', name], tmp.dir);
    expect(moved.code).toBe(0);
    expect(count(moved)).toBe(0);

    // Change the claim: another wrong weekday for the same date. Reported again, at its new line.
    const idx = found!.line + 1;
    const claim = lines[idx]!.slice(found!.column - 1, found!.endColumn - 1);
    const wrong = WEEKDAYS.find((d) => claim.startsWith(d))!;
    const other = WEEKDAYS.find((d) => d !== wrong && d !== found!.expected!.split(',')[0])!;
    lines[idx] = lines[idx]!.slice(0, found!.column - 1) + claim.replace(wrong, other) + lines[idx]!.slice(found!.endColumn - 1);
    write(tmp.dir, name, lines.join('\n'));
    const edited = factlint(['--claims', facts, '--baseline', 'known.json', '-f', 'json', name], tmp.dir);
    expect(edited.code).toBe(1);
    expect(messagesOf(edited)[0]!.messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual([`date-weekday:${found!.line + 2}`]);
  });
});

describe('baseline rules', () => {
  // Two identical wrong weekdays (8 May 2023 was a Monday): counted per occurrence.
  const twice = `${WEEKDAY_ARTICLE}\nThe two trade ministers met on Tuesday, 8 May, to sign a grain accord.\n`;

  it('counts occurrences: a third copy of a known claim is new', () => {
    write(tmp.dir, 'a.md', twice);
    expect(factlint(['--baseline', 'b.json', '--update-baseline', 'a.md'], tmp.dir).code).toBe(0);
    const entries = (JSON.parse(readFileSync(path.join(tmp.dir, 'b.json'), 'utf8')) as { entries: Array<{ count: number; claim: string }> }).entries;
    expect(entries).toEqual([expect.objectContaining({ count: 2, claim: 'Tuesday, 8 May' })]);
    write(tmp.dir, 'a.md', `${twice}\nThe two trade ministers met on Tuesday, 8 May, to sign a grain accord.\n`);
    const r = factlint(['--baseline', 'b.json', '-f', 'json', 'a.md'], tmp.dir);
    expect(r.code).toBe(1);
    expect(messagesOf(r)[0]!.messages.map((m) => m.line)).toEqual([13]);
  });

  it('is deterministic and keeps entries of files not linted in this run', () => {
    write(tmp.dir, 'a.md', twice);
    write(tmp.dir, 'b.md', WEEKDAY_ARTICLE);
    factlint(['--baseline', 'known.json', '--update-baseline', 'a.md', 'b.md'], tmp.dir);
    const first = readFileSync(path.join(tmp.dir, 'known.json'), 'utf8');
    factlint(['--baseline', 'known.json', '--update-baseline', 'b.md'], tmp.dir);
    expect(readFileSync(path.join(tmp.dir, 'known.json'), 'utf8')).toBe(first);
    expect(first.indexOf('"a.md"')).toBeLessThan(first.indexOf('"b.md"'));
  });

  it('exits 2 for a missing or malformed baseline and for --update-baseline without --baseline', () => {
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    expect(factlint(['--baseline', 'none.json', 'a.md'], tmp.dir)).toMatchObject({ code: 2, stderr: 'factlint: no such baseline: none.json (create it with --update-baseline)\n' });
    write(tmp.dir, 'bad.json', '{"version": 1, "entries": [{"file": "a.md"}]}');
    expect(factlint(['--baseline', 'bad.json', 'a.md'], tmp.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('bad.json#/entries/0') });
    write(tmp.dir, 'cut.json', '{"version": 1,\n "entries": [');
    expect(factlint(['--baseline', 'cut.json', 'a.md'], tmp.dir)).toMatchObject({ code: 2, stderr: 'factlint: baseline cut.json is not valid JSON: line 2, column 14: unexpected end of file\n' });
    expect(factlint(['--update-baseline', 'a.md'], tmp.dir)).toMatchObject({ code: 2, stderr: 'factlint: --update-baseline needs --baseline FILE\n' });
  });
});
