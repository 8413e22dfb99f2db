// A user's mistake gets exit 2 and a message that says what and where, never a stack trace;
// a problem confined to one article is reported for that file and the run goes on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, factFile, factlint, requireBuilt, withTemp, write, type CliRun } from './helpers.js';

beforeAll(requireBuilt);

const CLEAN = '---\ndate: 2024-03-04\nlang: en\n---\n# Quiet day\n\nNothing of note happened in the harbour.\n';

function expectUsageError(r: CliRun, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at [\w.<>]+ \(/); // no stack trace
  expect(r.stdout).toBe('');
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

function results(r: CliRun): JsonResult[] {
  return JSON.parse(r.stdout) as JsonResult[];
}

function byName(r: CliRun): Map<string, JsonResult> {
  return new Map(results(r).map((x) => [path.basename(x.filePath), x]));
}

describe('fact-set errors (exit 2, file and place named)', () => {
  it('malformed JSON: file, line and column', () => {
    withTemp((dir) => {
      write(dir, 'bad.json', '{\n  "entities": [\n    { "id": "x", }\n  ]\n}\n');
      write(dir, 'a.md', CLEAN);
      expectUsageError(factlint(['--claims', 'bad.json', 'a.md'], dir), /bad\.json: invalid JSON at line 3, column 18\b/);
    });
  });

  it('a fact file nested 5,000 or 100,000 deep: file, line and column, not a stack overflow', () => {
    withTemp((dir) => {
      write(dir, 'a.md', CLEAN);
      for (const depth of [5_000, 100_000]) {
        write(dir, 'deep.json', `{"entities": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
        const r = factlint(['--claims', 'deep.json', 'a.md'], dir);
        expectUsageError(r, /deep\.json: invalid JSON at line 1, column 2013: nested too deeply/);
        expect(r.stderr).not.toMatch(/internal error|call stack/);
      }
      // Objects as deep, inside an entity that ajv and the semantic checks would look into.
      write(dir, 'deep.json', `{"entities": [{"id": "x", "type": "person", "names": ${'{"x": '.repeat(5_000)}1${'}'.repeat(5_000)}}]}`);
      expectUsageError(factlint(['--claims', 'deep.json', 'a.md'], dir), /deep\.json: invalid JSON at line 1, column \d+: nested too deeply/);
    });
  });

  it('schema violation: file and JSON pointer', () => {
    withTemp((dir) => {
      write(dir, 'facts.json', factFile((f) => delete f.statements[0]!.source));
      write(dir, 'a.md', CLEAN);
      expectUsageError(factlint(['--claims', 'facts.json', 'a.md'], dir), /facts\.json#\/statements\/0: missing "source"/);
    });
  });

  it('unknown id, with the pointer to the reference', () => {
    withTemp((dir) => {
      write(dir, 'facts.json', factFile((f) => (f.statements[0]!.subject = 'anna-ivanva')));
      write(dir, 'a.md', CLEAN);
      expectUsageError(factlint(['--claims', 'facts.json', 'a.md'], dir), /facts\.json#\/statements\/0\/subject: unknown entity "anna-ivanva" in subject \(did you mean "anna-ivanova"\?\)/);
    });
  });

  it('duplicate id, naming the first definition', () => {
    withTemp((dir) => {
      write(dir, 'facts.json', factFile((f) => f.entities.push({ id: 'norland', type: 'country' })));
      write(dir, 'a.md', CLEAN);
      expectUsageError(factlint(['--claims', 'facts.json', 'a.md'], dir), /facts\.json#\/entities\/3\/id: duplicate entity id "norland" \(first defined in facts\.json#\/entities\/1\)/);
    });
  });

  it('impossible date', () => {
    withTemp((dir) => {
      write(dir, 'facts.json', factFile((f) => (f.statements[0]!.from = '2023-02-30')));
      write(dir, 'a.md', CLEAN);
      expectUsageError(factlint(['--claims', 'facts.json', 'a.md'], dir), /facts\.json#\/statements\/0\/from: invalid date 2023-02-30/);
    });
  });

  it('a key given twice in one entry: JSON would keep the last value silently', () => {
    withTemp((dir) => {
      const text = factFile().replace('"to": null', '"to": null,\n      "to": "2024-12-31"');
      write(dir, 'facts.json', text);
      write(dir, 'a.md', CLEAN);
      expectUsageError(factlint(['--claims', 'facts.json', 'a.md'], dir), /facts\.json#\/statements\/0\/to: duplicate key "to" \(line \d+, column 7\): JSON keeps only the last value/);
    });
  });

  it('a fact file that is not UTF-8: UTF-16, or Latin-1 bytes', () => {
    withTemp((dir) => {
      write(dir, 'a.md', CLEAN);
      write(dir, 'utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(factFile(), 'utf16le')]));
      expectUsageError(factlint(['--claims', 'utf16.json', 'a.md'], dir), /utf16\.json: UTF-16 text: convert the file to UTF-8/);
      write(dir, 'latin1.json', Buffer.from(factFile().replace('Norland', 'N\u00f6rland'), 'latin1'));
      expectUsageError(factlint(['--claims', 'latin1.json', 'a.md'], dir), /latin1\.json: invalid UTF-8 at byte \d+ \(line \d+\)/);
    });
  });

  it('a fact file fixed after a failed run is loaded afresh (no stale cache)', () => {
    withTemp((dir) => {
      write(dir, 'facts.json', factFile((f) => (f.statements[0]!.from = '2023-02-30')));
      write(dir, 'a.md', CLEAN);
      expect(factlint(['--claims', 'facts.json', 'a.md'], dir).code).toBe(2);
      write(dir, 'facts.json', factFile());
      expect(factlint(['--claims', 'facts.json', 'a.md'], dir).code).toBe(0);
    });
  });
});

describe('usage errors (exit 2)', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--frobnicate'], /Unknown option '--frobnicate'[\s\S]*factlint --help/],
    [['--date', '2023-02-30'], /--date must be a calendar date YYYY-MM-DD, got "2023-02-30"/],
    [['--max-warnings', 'x'], /--max-warnings must be a whole number, got "x"/],
    [['--format', 'nope'], /unknown format "nope"; valid formats: .*stylish/],
    [['--lang', '123'], /--lang must be a language code .*got "123"/],
    [['--concurrency', '0'], /--concurrency must be a number of threads \(1 or more\) or "auto", got "0"/],
    [['--concurrency', 'many'], /--concurrency must be .* got "many"/],
    [['--shard', '3/2'], /--shard must be K\/N with 1 ≤ K ≤ N .*got "3\/2"/],
    [['--shard', '0/2'], /--shard must be K\/N .*got "0\/2"/],
    [['--shard', 'x'], /--shard must be K\/N .*got "x"/],
    [['--shard', '1/0'], /--shard must be K\/N .*got "1\/0"/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      withTemp((dir) => {
        write(dir, 'a.md', CLEAN);
        expectUsageError(factlint([...args, 'a.md'], dir), message);
      });
    });
  }

  it('a path that does not exist', () => {
    withTemp((dir) => {
      expectUsageError(factlint(['missing.md'], dir), /no such file or folder: missing\.md/);
    });
  });

  it('a folder named on the command line with no article in it; the default folder may be empty', () => {
    withTemp((dir) => {
      mkdirSync(path.join(dir, 'drafts'));
      write(path.join(dir, 'drafts'), 'notes.json', '{}');
      expectUsageError(factlint(['drafts'], dir), /^factlint: no articles \(\.md, \.markdown, \.txt\) in folder: drafts\n$/);
      const r = factlint([], path.join(dir, 'drafts'));
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    });
  });

  it('--output never writes the report over an article being linted (named directly or through a link) or a fact file', () => {
    withTemp((dir) => {
      write(dir, 'a.md', CLEAN);
      symlinkSync('a.md', path.join(dir, 'link.md'));
      expectUsageError(factlint(['--output', 'a.md', 'a.md'], dir), /--output a\.md is one of the files being linted; the report would overwrite it/);
      expectUsageError(factlint(['-o', 'link.md', '.'], dir), /--output link\.md is one of the files being linted/);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(CLEAN);
      write(dir, 'facts.json', factFile());
      expectUsageError(factlint(['--claims', 'facts.json', '-o', 'facts.json', 'a.md'], dir), /--output facts\.json is a fact file of this run/);
      expect(readFileSync(path.join(dir, 'facts.json'), 'utf8')).toBe(factFile());
      expect(factlint(['-o', 'report.json', '-f', 'json', 'a.md'], dir).code).toBe(0);
    });
  });

  it('a report, config or fact file that cannot be written or read says why in words', () => {
    withTemp((dir) => {
      write(dir, 'a.md', CLEAN);
      mkdirSync(path.join(dir, 'folder'));
      expectUsageError(factlint(['--output', 'no/such/dir/report.json', 'a.md'], dir), /^factlint: cannot write no\/such\/dir\/report\.json: no such file or folder \(ENOENT\)\n$/);
      expectUsageError(factlint(['--output', 'folder', 'a.md'], dir), /cannot write folder: it is a folder \(EISDIR\)/);
      expectUsageError(factlint(['--config', 'folder', 'a.md'], dir), /cannot read config folder: it is a folder \(EISDIR\)/);
    });
  });

  it('a reader that stops early (factlint … | head) ends the run quietly with its exit code', () => {
    withTemp((dir) => {
      const article = '---\ndate: 2024-05-01\nlang: en\n---\nThe president of Russia Sadyr Japarov arrived.\n';
      // Enough findings that the report outgrows the pipe's buffer before the reader leaves.
      for (let i = 0; i < 400; i++) write(dir, `a${String(i).padStart(3, '0')}.md`, article);
      const r = spawnSync('bash', ['-c', '"$1" "$2" . 2>err.txt | head -c 100 > /dev/null; echo "${PIPESTATUS[0]}"', 'bash', process.execPath, CLI], { cwd: dir, encoding: 'utf8', env: { ...process.env, FACTLINT_CACHE_DIR: 'off', NO_COLOR: '1' } });
      expect(r.stdout.trim()).toBe('1');
      expect(readFileSync(path.join(dir, 'err.txt'), 'utf8')).toBe('');
    });
  });

  it('a current folder deleted before the run', () => {
    withTemp((dir) => {
      const gone = path.join(dir, 'gone');
      mkdirSync(gone);
      // Only a shell can start a process in a folder and delete it under that process.
      const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3" a.md', 'sh', gone, process.execPath, CLI], { encoding: 'utf8' });
      expectUsageError({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, /the current folder no longer exists/);
    });
  });
});

describe('problems confined to one article (reported for that file, the run goes on)', () => {
  it('binary, invalid UTF-8, unterminated and bad YAML front matter, a 50 MB file', () => {
    withTemp((dir) => {
      const docs = path.join(dir, 'docs');
      mkdirSync(docs);
      write(docs, 'a-clean.md', CLEAN);
      // A PNG signature and header chunk: NUL bytes make it binary.
      write(docs, 'b-image.md', Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
      write(docs, 'c-latin1.md', Buffer.concat([Buffer.from('---\nlang: de\n---\nGr'), Buffer.from([0xfc]), Buffer.from('n\n')]));
      write(docs, 'd-open.md', '---\ndate: 2024-03-04\nlang: en\n\nThe body never starts.\n');
      write(docs, 'e-yaml.md', '---\nlang: en\nkey: value: other\n---\nBody.\n');
      // Sparse: 50 MB on paper, no time to write; the size alone must stop it being read.
      const big = write(docs, 'f-huge.md', '');
      truncateSync(big, 50 * 1024 * 1024);
      const r = factlint(['--format', 'json', 'docs'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const got = byName(r);
      expect([...got.keys()]).toEqual(['a-clean.md', 'b-image.md', 'c-latin1.md', 'd-open.md', 'e-yaml.md', 'f-huge.md']);
      expect(got.get('a-clean.md')!.messages).toEqual([]);
      const only = (name: string) => {
        const ms = got.get(name)!.messages;
        expect(ms).toHaveLength(1);
        expect(ms[0]!.ruleId).toBe('file-error');
        return ms[0]!.message;
      };
      expect(only('b-image.md')).toBe('binary file');
      expect(only('c-latin1.md')).toBe('invalid UTF-8 at byte 19 (line 4)');
      expect(only('d-open.md')).toMatch(/^front matter: unterminated/);
      expect(only('e-yaml.md')).toMatch(/^front matter: YAML error at line 3: Nested mappings/);
      expect(only('f-huge.md')).toBe('file too large (50.0 MB; the limit is 10 MB)');
      // Where the message names a line, the diagnostic stands there too (editors, PR annotations).
      const lineOf = (name: string) => got.get(name)!.messages[0]!.line;
      expect(['b-image.md', 'c-latin1.md', 'd-open.md', 'e-yaml.md', 'f-huge.md'].map(lineOf)).toEqual([1, 4, 1, 3, 1]);
    });
  });

  it('BOM and CRLF keep lines and columns where an editor shows them', () => {
    withTemp((dir) => {
      // 8 May 2023 was a Monday: the weekday is wrong, at line 7, column 32.
      const lines = ['---', 'date: 2023-05-08', 'lang: en', '---', '# Grain talks', '', 'The two trade ministers met on Tuesday, 8 May, to sign an accord.', ''];
      write(dir, 'lf.md', lines.join('\n'));
      write(dir, 'crlf.md', '\uFEFF' + lines.join('\r\n'));
      const got = byName(factlint(['--format', 'json', 'lf.md', 'crlf.md'], dir));
      const pos = (name: string) => got.get(name)!.messages.filter((m) => m.ruleId === 'date-weekday').map(({ line, column, endLine }) => ({ line, column, endLine }));
      expect(pos('lf.md')).toEqual([{ line: 7, column: 32, endLine: 7 }]);
      expect(pos('crlf.md')).toEqual(pos('lf.md'));
      expect(got.get('crlf.md')!.messages[0]!.endColumn).toBe(got.get('lf.md')!.messages[0]!.endColumn);
    });
  });

  it('a symbolic link loop in a folder ends, and each real file is linted once', () => {
    withTemp((dir) => {
      const docs = path.join(dir, 'docs');
      mkdirSync(path.join(docs, 'sub'), { recursive: true });
      write(docs, 'sub/a.md', CLEAN);
      symlinkSync('..', path.join(docs, 'sub', 'up'));
      symlinkSync('loop-b', path.join(docs, 'loop-a'));
      symlinkSync('loop-a', path.join(docs, 'loop-b'));
      const r = factlint(['--format', 'json', 'docs'], dir);
      expect(r.code).toBe(0);
      expect(results(r).map((x) => path.relative(dir, x.filePath))).toEqual([path.join('docs', 'sub', 'a.md')]);
    });
  });
});

describe('adversarial article bodies go through the whole pipeline', () => {
  it('100k digits, "1,1,1,…", a 100k-letter word and 100k punctuation, in four languages', () => {
    withTemp((dir) => {
      const bodies: Record<string, string> = {
        digits: '7'.repeat(100_000),
        commas: '1,'.repeat(50_000),
        word: 'ж'.repeat(50_000) + 'a'.repeat(50_000),
        punct: '.,;:!?-–—()«»"'.repeat(7_200),
        spaced: '1 '.repeat(50_000),
        dots: 'Mr. '.repeat(25_000),
      };
      const docs = path.join(dir, 'docs');
      mkdirSync(docs);
      for (const lang of ['en', 'ru', 'de', 'id']) {
        for (const [name, body] of Object.entries(bodies)) {
          writeFileSync(path.join(docs, `${name}.${lang}.md`), `---\ndate: 2024-05-09\nlang: ${lang}\n---\n${body}\n`);
        }
      }
      const r = factlint(['--format', 'json', 'docs'], dir);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
      const out = results(r);
      expect(out).toHaveLength(4 * Object.keys(bodies).length);
      for (const x of out) expect(x.messages.filter((m) => m.ruleId === 'file-error')).toEqual([]);
    });
  });
});
