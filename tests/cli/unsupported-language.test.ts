// An article in a language factlint has no rules for is reported, not passed as clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factlint, requireBuilt, tempDir, write } from './helpers.js';

let dir: string;
let cleanup: () => void;

beforeAll(() => {
  requireBuilt();
  ({ dir, cleanup } = tempDir('factlint-lang-'));
  // A wrong office in Polish: nothing reads it, so only the language message may appear.
  write(dir, 'pl.md', '---\ndate: 2024-05-01\nlang: pl\n---\nPrezydent Rosji Sadyr Dżaparow przybył w poniedziałek 6 maja.\n');
  write(dir, 'en.md', '---\ndate: 2024-05-01\nlang: en\n---\nThe president of Kyrgyzstan Sadyr Japarov arrived.\n');
  write(dir, 'plain.md', 'Prezydent przybył.\n');
});
afterAll(() => cleanup());

interface Json {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number }>;
}
const messages = (stdout: string) => (JSON.parse(stdout) as Json[]).flatMap((r) => r.messages.map((m) => ({ file: r.filePath.replace(/.*[\\/]/, ''), ...m })));

describe('unsupported-language', () => {
  it('warns once per article in another language, naming the languages factlint reads; exit 0', () => {
    const r = factlint(['--format', 'json', 'pl.md', 'en.md'], dir);
    expect(r.code).toBe(0);
    const found = messages(r.stdout);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'pl.md', ruleId: 'unsupported-language', severity: 1, line: 1 });
    expect(found[0]!.message).toContain('"pl"');
    expect(found[0]!.message).toContain('de, en, es, fr, id, ru');
  });

  it('counts as a warning for --max-warnings', () => {
    expect(factlint(['--max-warnings', '0', 'pl.md'], dir).code).toBe(1);
  });

  it('applies to --lang and can be turned off in the config', () => {
    const viaOption = messages(factlint(['--format', 'json', '--lang', 'pl', 'plain.md'], dir).stdout);
    expect(viaOption.map((m) => m.ruleId)).toEqual(['unsupported-language']);
    write(dir, 'factlint.config.json', JSON.stringify({ rules: { 'unsupported-language': 'off' } }));
    try {
      const off = factlint(['--format', 'json', 'pl.md'], dir);
      expect(off.code).toBe(0);
      expect(messages(off.stdout)).toEqual([]);
    } finally {
      write(dir, 'factlint.config.json', '{}');
    }
  });
});
