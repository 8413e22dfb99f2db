export declare const CONFIG_SCHEMA_ID = "https://raw.githubusercontent.com/factlint/factlint/main/factlint.schema.json";
export declare function configSchema(): Record<string, unknown>;
