// Rule severities: defaults from rules/rules.json, overridden by config.
export type Level = 'off' | 'warn' | 'error';
export type Severities = Record<string, Level>;

export function severityNumber(level: Level | undefined): 0 | 1 | 2 {
  return level === 'error' ? 2 : level === 'warn' ? 1 : 0;
}
