import type { Formatter } from './types.js';
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** "office-holder" -> "OfficeHolder" (SARIF's reportingDescriptor.name). */
export declare function pascalCase(id: string): string;
/** SARIF wants a name that differs from the id ("place" -> "PlaceRule", not "Place"). */
export declare function ruleName(id: string): string;
export declare const sarif: Formatter;
