import { type FactIndex } from '../facts/index.js';
import type { MetricClaim } from '../extract/metric-claims.js';
import type { CrossRecord } from './cross-article.js';
import type { Finding } from './finding.js';
export declare function within(claim: Pick<MetricClaim, 'value' | 'halfUnit' | 'approx' | 'bound'>, value: number, tolerance: number | undefined): boolean;
export declare function formatValue(value: number, unit: string | undefined): string;
export interface MetricOutcome {
    finding?: Finding;
    record?: Omit<CrossRecord, 'filePath' | 'line' | 'column' | 'endLine' | 'endColumn'>;
}
export declare function checkMetricClaim(claim: MetricClaim, index: FactIndex, text: string): MetricOutcome;
