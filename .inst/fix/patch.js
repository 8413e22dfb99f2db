// --fix-dry-run: the changes --fix would make, as a unified diff `git apply` / `patch -p1` take.
import { createRequire } from 'node:module';
let diffLib;
/** `relPath` is relative to where the patch is meant to be applied, with forward slashes. */
export function fixPatch(relPath, before, after) {
    // Loaded on first use: only --fix-dry-run needs it, and loading it costs start-up time.
    diffLib ??= createRequire(import.meta.url)('diff');
    return diffLib.createTwoFilesPatch(`a/${relPath}`, `b/${relPath}`, before, after, undefined, undefined, { context: 3 });
}
