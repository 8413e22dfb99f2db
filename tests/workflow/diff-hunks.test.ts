import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff, touches, unquoteC } from '../../src/git/diff-hunks.js';

describe('parseUnifiedDiff', () => {
  it('reads the new side of each hunk, per file', () => {
    const diff = [
      'diff --git a/desk/a.md b/desk/a.md',
      'index 1..2 100644',
      '--- a/desk/a.md',
      '+++ b/desk/a.md',
      '@@ -3,0 +4,2 @@ heading',
      '+one',
      '+two',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,3 +21,0 @@',
      '-gone',
      'diff --git a/b.md b/b.md',
      'deleted file mode 100644',
      '--- a/b.md',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
    ].join('\n');
    const m = parseUnifiedDiff(diff);
    expect([...m.keys()]).toEqual(['desk/a.md']);
    expect(m.get('desk/a.md')).toEqual([[4, 5], [12, 12]]);
  });

  it('unquotes paths git writes in C style (quotes, tabs, UTF-8 octal bytes)', () => {
    const diff = '--- a/x\n+++ "b/\\321\\204\\320\\260\\320\\272\\321\\202 \\"q\\"\\t.md"\n@@ -1 +1 @@\n';
    expect([...parseUnifiedDiff(diff).keys()]).toEqual(['факт "q"\t.md']);
    expect(unquoteC('"b/\u{1F600}\\\\x"')).toBe('b/\u{1F600}\\x');
  });

  it('touches: any line of a multi-line range in a changed range', () => {
    expect(touches([[4, 5]], 5, 6)).toBe(true);
    expect(touches([[4, 5]], 6, 9)).toBe(false);
    expect(touches([[4, 5]], 1, 3)).toBe(false);
  });
});
