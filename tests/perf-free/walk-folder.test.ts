// Folders are listed without fast-glob (start-up time); the listing must be what fast-glob gives
// for the same pattern and options: the tree below holds every case that tells them apart.
import fc from 'fast-check';
import fg from 'fast-glob';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTENSIONS, walkFolder } from '../../src/files.js';
import { tempDir } from '../cli/helpers.js';

function viaFastGlob(root: string, exts: string[]): string[] {
  const pattern = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
  return fg
    .sync(pattern, { cwd: root, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false, dot: false, suppressErrors: true, onlyFiles: true })
    .map((f) => path.normalize(f))
    .sort();
}

describe('walkFolder', () => {
  it('lists what fast-glob lists: dot names, node_modules, .git, links, other extensions, special files', () => {
    const { dir, cleanup } = tempDir('factlint-walk-');
    try {
      for (const d of ['.hidden', 'node_modules/pkg', 'sub/.git', 'sub/deep/node_modules', 'sub/deep/x', 'Ünïcödé dir']) mkdirSync(path.join(dir, d), { recursive: true });
      for (const f of ['a.md', 'b.MD', 'c.txt', 'd.markdown', '.e.md', '.hidden/f.md', 'node_modules/pkg/g.md', 'sub/h.md', 'sub/.git/i.md', 'sub/deep/j.txt',
        'sub/deep/node_modules/k.md', 'sub/deep/x/l.md.bak', 'm.mdx', 'n o.md', 'Ünïcödé dir/p.md', 'q.tar.md', 'md', 'r.']) {
        writeFileSync(path.join(dir, f), 'x');
      }
      symlinkSync('a.md', path.join(dir, 'link.md'));
      symlinkSync('sub', path.join(dir, 'linkdir'));
      symlinkSync('/nonexistent', path.join(dir, 'broken.md'));
      symlinkSync('.', path.join(dir, 'sub', 'deep', 'loop'));
      try {
        execFileSync('mkfifo', [path.join(dir, 'fifo.md')]);
      } catch {
        // no mkfifo here: the other cases still count
      }
      for (const exts of [DEFAULT_EXTENSIONS, ['md'], ['txt', 'markdown']]) {
        expect(walkFolder(dir, exts).sort()).toEqual(viaFastGlob(dir, exts));
      }
      expect(walkFolder(dir, ['md']).map((f) => path.relative(dir, f)).sort()).toEqual(['a.md', 'n o.md', 'q.tar.md', 'sub/h.md', 'Ünïcödé dir/p.md'].sort());
    } finally {
      cleanup();
    }
  });

  it('agrees with fast-glob on random trees', () => {
    const name = fc.constantFrom('a', 'B', '.dot', 'node_modules', '.git', 'x.md', 'y.MD', 'z.txt', 'w.markdown', '.v.md', 'u.md.txt', 'ä.md', 'sp ace.md', 'md', 't.');
    const tree = fc.array(fc.tuple(fc.array(name, { minLength: 1, maxLength: 4 }), fc.boolean()), { maxLength: 25 });
    fc.assert(
      fc.property(tree, (entries) => {
        const { dir, cleanup } = tempDir('factlint-walk-rand-');
        try {
          for (const [parts, isDir] of entries) {
            const p = path.join(dir, ...parts);
            try {
              if (isDir) mkdirSync(p, { recursive: true });
              else {
                mkdirSync(path.dirname(p), { recursive: true });
                writeFileSync(p, 'x');
              }
            } catch {
              // a file where a folder is wanted or the reverse: skip that entry
            }
          }
          expect(walkFolder(dir, DEFAULT_EXTENSIONS).sort()).toEqual(viaFastGlob(dir, DEFAULT_EXTENSIONS));
        } finally {
          cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });
});
