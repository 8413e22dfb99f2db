// Words for JSON Schema messages, shared by the fact-set and language-pack validators: what a
// JSON type is called, how a message names the value at a pointer, and a value shown short.
import { keyOfPointerToken } from './json.js';

export const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** How a message names the value at a pointer: "\"value\"", "item 2 of \"subject\"", "the file". */
export function label(path: string): string {
  if (path === '') return 'the file';
  const segments = path.split('/');
  const last = keyOfPointerToken(segments[segments.length - 1]!);
  if (/^\d+$/u.test(last) && segments.length > 2) return `item ${last} of "${keyOfPointerToken(segments[segments.length - 2]!)}"`;
  return `"${last}"`;
}

/** A value as JSON, cut to 60 characters. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
