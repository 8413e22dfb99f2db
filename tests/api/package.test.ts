// The Node API as a user gets it: the package packed with `npm pack`, installed into an empty
// project and imported by name from a .mjs file (and type-checked from a .mts file). Offline:
// `npm install <tarball> --offline` when npm's cache holds the dependencies; otherwise the
// unpacked package is copied to node_modules/factlint and its dependencies linked from this
// checkout's node_modules, which is what an install would resolve them to.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, requireBuilt, tempDir } from '../cli/helpers.js';

const NPM_ENV = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

let tmp: ReturnType<typeof tempDir>;
let app: string;
let how: 'npm install --offline' | 'unpacked copy';

function npm(args: string[], cwd: string): { ok: boolean; out: string } {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: NPM_ENV, timeout: 120_000, shell: process.platform === 'win32' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  requireBuilt();
  tmp = tempDir('factlint-pack-');
  // --ignore-scripts: the tests run against the build at hand; `prepare` would rebuild it.
  const packed = npm(['pack', '--ignore-scripts', '--pack-destination', tmp.dir], REPO);
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.out}`);
  const tarball = path.join(tmp.dir, readdirSync(tmp.dir).find((f) => f.endsWith('.tgz'))!);
  app = path.join(tmp.dir, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  if (npm(['install', tarball, '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], app).ok) {
    how = 'npm install --offline';
    return;
  }
  how = 'unpacked copy';
  const modules = path.join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', tmp.dir]);
  renameSync(path.join(tmp.dir, 'package'), path.join(modules, 'factlint'));
  const pkg = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: path.join(modules, 'factlint'), encoding: 'utf8' })) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies)) {
    const target = path.join(REPO, 'node_modules', dep);
    const link = path.join(modules, dep);
    mkdirSync(path.dirname(link), { recursive: true });
    if (!existsSync(link)) symlinkSync(target, link, 'junction');
  }
}, 180_000);
afterAll(() => tmp?.cleanup());

describe('the packed package', () => {
  it('imports by name from a .mjs file and finds the planted office-holder error', () => {
    writeFileSync(path.join(app, 'check.mjs'), `
import { lintText, lintFiles, loadFactSet, formatResults, FactlintError } from 'factlint';
import { writeFileSync } from 'node:fs';
const text = '---\\ndate: 2023-05-09\\nlang: en\\n---\\nRussian President Sadyr Japarov arrived in Moscow.\\n';
const [result] = await lintText(text, { filePath: 'news/japarov.md' });
writeFileSync('japarov.md', text);
const files = await lintFiles(['japarov.md']);
const facts = await loadFactSet([]).catch((e) => e);
let error;
try { await lintText(text, { date: 'yesterday' }); } catch (e) { error = { isFactlintError: e instanceof FactlintError, message: e.message }; }
console.log(JSON.stringify({
  filePath: result.filePath,
  messages: result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column]),
  errorCount: result.errorCount,
  compact: formatResults([result], 'compact'),
  files: files.map((r) => [r.filePath, r.errorCount]),
  emptyFactSet: facts instanceof FactlintError ? 'error' : facts.files.length,
  error,
}));
`);
    const r = spawnSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr, `installed by ${how}`).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out.filePath).toBe(path.join(app, 'news', 'japarov.md'));
    expect(out.messages).toEqual([['office-holder', 2, 5, 1]]);
    expect(out.errorCount).toBe(1);
    expect(out.compact).toMatch(/^news\/japarov\.md:5:1: error Sadyr Japarov was not president of Russia on 2023-05-09.*\[office-holder\]$/m);
    expect(out.files).toEqual([[path.join(app, 'japarov.md'), 1]]);
    expect(out.error).toEqual({ isFactlintError: true, message: 'lintText: date must be a calendar date YYYY-MM-DD, got "yesterday"' });
  });

  it('ships types: a strict TypeScript consumer type-checks against the installed .d.ts', () => {
    writeFileSync(path.join(app, 'check.mts'), `
import { lintText, formatResults, type FactlintResult, type LintTextOptions } from 'factlint';
const options: LintTextOptions = { filePath: 'a.md', lang: 'en', rules: { 'office-holder': 'warn' }, fix: true };
const results: FactlintResult[] = await lintText('text', options);
const count: number = results[0]?.messages[0]?.line ?? 0;
const report: string = formatResults(results, 'json');
// @ts-expect-error: an unknown option is a type error
await lintText('text', { filepath: 'a.md' });
export { count, report };
`);
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', types: [], skipLibCheck: false, lib: ['ES2023'] },
      files: ['check.mts'],
    }));
    const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8', timeout: 120_000 });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
