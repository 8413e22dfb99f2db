import type { IndexedStatement, Span } from '../types.js';
export interface Finding {
    ruleId: string;
    span: Span;
    message: string;
    actual?: string;
    expected?: string;
    fact?: IndexedStatement;
    fix?: {
        range: [number, number];
        text: string;
    };
    related?: Array<{
        filePath: string;
        line: number;
        column: number;
        message?: string;
    }>;
}
