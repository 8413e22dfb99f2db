/** The keys and values of a simple front matter block (between the --- lines), or undefined. */
export declare function parseSimpleFrontMatter(source: string): Record<string, unknown> | undefined;
