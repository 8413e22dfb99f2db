// action.yml: its shell steps run as GitHub would run them (bash, env from inputs, GITHUB_OUTPUT).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, REPO, WEEKDAY_ARTICLE, commitFiles, git, requireBuilt, tempDir, write } from '../cli/helpers.js';

interface Step { id?: string; name?: string; run?: string; uses?: string; env?: Record<string, string>; if?: string }
const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string }>;
};

function step(name: string): Step {
  const s = action.runs.steps.find((x) => x.id === name || x.name === name);
  if (!s?.run) throw new Error(`no run step ${name}`);
  return s;
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
  commitFiles(tmp.dir, { 'a.md': WEEKDAY_ARTICLE });
});
afterEach(() => tmp.cleanup());

/** Runs the lint step with the given inputs; returns its exit status and GITHUB_OUTPUT values. */
function lint(inputs: Record<string, string>) {
  const out = write(tmp.dir, '.github-output', '');
  const env = {
    ...process.env,
    FL_PATHS: inputs.paths ?? action.inputs.paths!.default!,
    FL_CLAIMS: inputs.claims ?? '',
    FL_FORMAT: inputs.format ?? action.inputs.format!.default!,
    FL_FAIL_ON: inputs['fail-on'] ?? action.inputs['fail-on']!.default!,
    FL_CHANGED_SINCE: inputs['changed-since'] ?? '',
    FL_CLI: CLI,
    GITHUB_OUTPUT: out,
    RUNNER_TEMP: tmp.dir,
    NO_COLOR: '1',
  };
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('lint').run!], { cwd: tmp.dir, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('Result').run!], {
    env: { ...process.env, CODE: outputs['exit-code'], FL_FAIL_ON: env.FL_FAIL_ON }, encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: outputs as Record<string, string>, jobFails: result.status !== 0 };
}

describe('action.yml', () => {
  it('is a composite action that uploads SARIF with codeql-action', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(action.inputs['changed-since']!.default).toBe('${{ github.event.pull_request.base.sha }}');
  });

  it('writes SARIF for the upload step, and the job fails on errors', () => {
    const r = lint({});
    expect(r.status).toBe(0); // the upload still runs
    expect(r.outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(r.jobFails).toBe(true);
  });

  it('annotations with format github; only changed lines with changed-since; fail-on never', () => {
    const base = git(tmp.dir, 'rev-parse', 'HEAD').trim();
    write(tmp.dir, 'a.md', `${WEEKDAY_ARTICLE}\nOn Friday, 10 May, the accord was published.\n`);
    const r = lint({ format: 'github', 'changed-since': base, 'fail-on': 'never' });
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^::error file=a\.md,line=11,/)]);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.jobFails).toBe(false);
  });

  it('stops at once on a usage error (exit 2), with the message in the log', () => {
    const r = lint({ 'changed-since': 'not-a-commit' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown git revision "not-a-commit"');
  });
});
