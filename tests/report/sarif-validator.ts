// Runs Microsoft's SARIF Multitool (the reference validator) on a log and returns what it
// found, or why it cannot run here. Also a JSON Schema check with the schema it ships.
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGE_DIR = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux');
const BINARY = path.join(PACKAGE_DIR, 'Sarif.Multitool');
export const SARIF_SCHEMA_FILE = path.join(PACKAGE_DIR, 'sarif-2.1.0.json');

// The multitool is a .NET app; without ICU it needs invariant globalization.
const ENV = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };

export interface Finding {
  ruleId: string;
  level: string;
  text: string;
}

/** undefined when the validator runs, else the reason it cannot. */
export function validatorUnavailable(): string | undefined {
  if (process.platform !== 'linux') return `the Linux multitool package does not run on ${process.platform}`;
  if (!existsSync(BINARY)) return `${BINARY} is not installed`;
  try {
    accessSync(BINARY, constants.X_OK);
  } catch {
    try {
      chmodSync(BINARY, 0o755);
    } catch (err) {
      return `${BINARY} is not executable and chmod failed: ${(err as Error).message}`;
    }
  }
  const probe = spawnSync(BINARY, ['--version'], { env: ENV, encoding: 'utf8', timeout: 60_000 });
  if (probe.error) return `${BINARY} cannot run: ${probe.error.message}`;
  if (!/SARIF Multitool/i.test(`${probe.stdout}${probe.stderr}`)) {
    return `${BINARY} did not start (exit ${probe.status}): ${(probe.stderr || probe.stdout).slice(0, 300)}`;
  }
  return undefined;
}

/** Validates SARIF text; returns every error and warning the multitool reports. */
export function validateSarif(text: string): Finding[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-sarif-'));
  const input = path.join(dir, 'input.sarif');
  const output = path.join(dir, 'validation.sarif');
  writeFileSync(input, text);
  const run = spawnSync(BINARY, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
    env: ENV,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error || !existsSync(output)) {
    throw new Error(`multitool failed (exit ${run.status}): ${run.error?.message ?? ''}\n${run.stdout}\n${run.stderr}`);
  }
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: Array<{
      tool: { driver: { rules?: Array<{ id: string; defaultConfiguration?: { level?: string } }> } };
      results?: Array<{ ruleId: string; ruleIndex?: number; level?: string; message: { text?: string; id?: string; arguments?: string[] } }>;
    }>;
  };
  const findings: Finding[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    for (const r of run.results ?? []) {
      // A result without a level takes its rule's default level, which is "warning" unless set.
      const rule = r.ruleIndex === undefined ? undefined : rules[r.ruleIndex];
      const level = r.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      const text = r.message.text ?? `${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`;
      findings.push({ ruleId: r.ruleId, level, text });
    }
  }
  return findings;
}
