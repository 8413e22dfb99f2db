// The project --fix keeps its writes in: the git work tree holding the current folder, else the
// current folder. A real path, so that it compares with the real paths of linked articles.
import { realpathSync } from 'node:fs';
import { git } from '../git/git.js';

export function projectRoot(cwd: string): string {
  let root = cwd;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim() || cwd;
  } catch {
    // not in a repository, or no git: the current folder
  }
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}
