import type { ErrorObject } from 'ajv';
import type { FactProblem } from './problem.js';
/** The published schema of one fact file (claims/schema/factset.schema.json, shipped with the package). */
export declare const FACTSET_SCHEMA_PATH: string;
/** Validates the parsed content of one fact file; returns its problems (empty when valid). */
export declare function validateFactFile(data: unknown, file: string): FactProblem[];
/**
 * Turns ajv errors into one message per problem. An `anyOf` ("an id or a list of ids") fails with
 * one error per branch; a value of the wrong type for a branch only says that the branch does not
 * apply, so those are dropped and the errors that remain (a bad pattern, a missing key) are
 * reported; when nothing remains, the anyOf's own description is.
 */
export declare function formatSchemaErrors(errors: readonly ErrorObject[], file: string): FactProblem[];
