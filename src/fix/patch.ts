// --fix-dry-run: the changes --fix would make, as a unified diff `git apply` / `patch -p1` take.
import { createTwoFilesPatch } from 'diff';

/** `relPath` is relative to where the patch is meant to be applied, with forward slashes. */
export function fixPatch(relPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${relPath}`, `b/${relPath}`, before, after, undefined, undefined, { context: 3 });
}
