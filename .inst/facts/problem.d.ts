/** One thing wrong in a fact file: the file, the JSON pointer of the entry or field, and a short message. */
export interface FactProblem {
    file: string;
    pointer: string;
    message: string;
}
/**
 * Orders problems by file (in load order), then section (file-level and unknown keys, entities, properties,
 * statements), then entry position numerically ("/statements/9" before "/statements/10").
 */
export declare function sortProblems(problems: FactProblem[], fileOrder: readonly string[]): FactProblem[];
