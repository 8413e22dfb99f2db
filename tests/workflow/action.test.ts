// action.yml: its structure, and its shell steps run as GitHub would run them (bash, env from
// inputs, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) from a copy of the Action's checkout that holds
// only what git holds for it (action/, rules/, claims/, package.json: no node_modules, no dist/),
// on a fixture repository with a commit and a change.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO, WEEKDAY_ARTICLE, commitFiles, git, tempDir, write } from '../cli/helpers.js';

interface Step { id?: string; name?: string; run?: string; uses?: string; env?: Record<string, string>; if?: string; with?: Record<string, string> }
interface Action {
  name: string;
  description: string;
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string; value: string }>;
}
const ACTION_TEXT = readFileSync(path.join(REPO, 'action.yml'), 'utf8');
const action = parse(ACTION_TEXT) as Action;

function step(name: string): Step {
  const s = action.runs.steps.find((x) => x.id === name || x.name === name);
  if (!s?.run) throw new Error(`no run step ${name}`);
  return s;
}

describe('action.yml structure', () => {
  it('is a composite action that uploads SARIF with codeql-action', () => {
    expect(action.name).toBe('factlint');
    expect(action.description).toBeTruthy();
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(action.inputs['changed-since']!.default).toBe('${{ github.event.pull_request.base.sha }}');
  });

  it('installs and compiles nothing: it runs the committed bundle', () => {
    for (const s of action.runs.steps) expect(s.run ?? '').not.toMatch(/\b(npm|npx|yarn|pnpm|tsc|esbuild)\b/);
    expect(step('lint').env!.FL_CLI).toBe('${{ github.action_path }}/action/bundle/cli.cjs');
    expect(step('lint').run).toMatch(/node "\$FL_CLI"/);
  });

  it('declares every input and output it uses, each with a description', () => {
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toBeTruthy();
    const used = [...ACTION_TEXT.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!);
    expect(used.filter((n) => !(n in action.inputs))).toEqual([]);
    const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const o of Object.values(action.outputs)) expect(ids.has(/steps\.([\w-]+)\./.exec(o.value)![1]!)).toBe(true);
  });

  it('passes inputs to the shell only through env (no ${{ }} inside run:, so no script injection)', () => {
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toContain('${{');
    for (const s of action.runs.steps) expect(s.uses ?? 'x@v1').toMatch(/@v\d+$/);
  });
});

// A copy of what the Action's checkout holds: the tracked files the bundle needs.
let actionPath: ReturnType<typeof tempDir>;
beforeAll(() => {
  actionPath = tempDir('factlint-action-path-');
  for (const name of ['action', 'rules', 'claims', 'package.json', 'action.yml']) cpSync(path.join(REPO, name), path.join(actionPath.dir, name), { recursive: true });
});
afterAll(() => actionPath.cleanup());

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
  commitFiles(tmp.dir, { 'a.md': WEEKDAY_ARTICLE });
});
afterEach(() => tmp.cleanup());

const expand = (template: string) => template.replace('${{ github.action_path }}', actionPath.dir);

/** Runs the lint and Result steps with the given inputs; returns status, log, outputs and the job summary. */
function lint(inputs: Record<string, string>) {
  const out = write(tmp.dir, '.github-output', '');
  const summary = write(tmp.dir, '.github-summary', '');
  const env = {
    PATH: process.env.PATH,
    HOME: tmp.dir,
    FL_PATHS: inputs.paths ?? action.inputs.paths!.default!,
    FL_CLAIMS: inputs.claims ?? '',
    FL_FORMAT: inputs.format ?? action.inputs.format!.default!,
    FL_FAIL_ON: inputs['fail-on'] ?? action.inputs['fail-on']!.default!,
    FL_CHANGED_SINCE: inputs['changed-since'] ?? '',
    FL_CLI: expand(step('lint').env!.FL_CLI!),
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'newsroom/desk',
    GITHUB_SHA: 'abc123',
    RUNNER_TEMP: tmp.dir,
  };
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('lint').run!], { cwd: tmp.dir, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('Result').run!], {
    env: { PATH: process.env.PATH, CODE: outputs['exit-code'], FL_FAIL_ON: env.FL_FAIL_ON }, encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: outputs as Record<string, string>, summary: readFileSync(summary, 'utf8'), jobFails: result.status !== 0 };
}

describe('action.yml steps, run from the committed bundle', () => {
  it('writes SARIF for the upload step and a job summary, and the job fails on errors', () => {
    const r = lint({});
    expect(r.status).toBe(0); // the upload still runs
    expect(r.outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }> }> };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toMatchObject({ uri: 'a.md', uriBaseId: '%SRCROOT%' });
    expect(r.summary).toContain('**1 error** in 1 of 1 file checked.');
    expect(r.summary).toContain('| a.md | [7:32](<https://github.com/newsroom/desk/blob/abc123/a.md#L7>) | error | date-weekday |');
    expect(r.jobFails).toBe(true);
  });

  it('annotations with format github; only changed lines with changed-since; fail-on never', () => {
    const base = git(tmp.dir, 'rev-parse', 'HEAD').trim();
    write(tmp.dir, 'a.md', `${WEEKDAY_ARTICLE}\nOn Friday, 10 May, the accord was published.\n`);
    const r = lint({ format: 'github', 'changed-since': base, 'fail-on': 'never' });
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^::error file=a\.md,line=11,/)]);
    expect(r.outputs).toEqual({ 'exit-code': '1' });
    expect(r.summary.match(/^\| a\.md \|/gm)).toHaveLength(1);
    expect(r.jobFails).toBe(false);
  });

  it('past 10 errors: 10 annotations, a notice, the rest in the log, and all of them in the summary', () => {
    const base = git(tmp.dir, 'rev-parse', 'HEAD').trim();
    const added = Array.from({ length: 12 }, (_, i) => `\nThe delegation met on Tuesday, 8 May, in hall ${i + 1}.\n`).join('');
    write(tmp.dir, 'a.md', `${WEEKDAY_ARTICLE}${added}`);
    write(tmp.dir, 'b.md', WEEKDAY_ARTICLE); // untracked: all of it is new
    const r = lint({ format: 'github', 'changed-since': base });
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual([
      expect.stringContaining('::3 errors not shown as annotations: GitHub shows 10 errors and 10 warnings per step, and factlint found 13 errors.'),
    ]);
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual([
      expect.stringMatching(/^a\.md:\d+:\d+: error .* \[date-weekday\]$/),
      expect.stringMatching(/^a\.md:\d+:\d+: error .* \[date-weekday\]$/),
      expect.stringMatching(/^b\.md:7:32: error .* \[date-weekday\]$/),
    ]);
    expect(r.summary).toContain('**13 errors** in 2 of 2 files checked.');
    expect(r.summary.match(/^\| [ab]\.md \|/gm)).toHaveLength(13);
    expect(r.jobFails).toBe(true);
  });

  it('stops at once on a usage error (exit 2), with the message in the log', () => {
    const r = lint({ 'changed-since': 'not-a-commit' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown git revision "not-a-commit"');
  });
});
