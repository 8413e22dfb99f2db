import { type Baseline, type BaselineEntry } from './baseline.js';
export declare function readBaseline(file: string, display: string): Baseline;
export declare function baselineExists(file: string): boolean;
export declare function writeBaseline(file: string, display: string, entries: BaselineEntry[]): void;
