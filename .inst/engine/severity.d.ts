export type Level = 'off' | 'warn' | 'error';
export type Severities = Record<string, Level>;
export declare function severityNumber(level: Level | undefined): 0 | 1 | 2;
