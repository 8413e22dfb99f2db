// Where a diagnostic's fact is written: the fact file and the line of its statement, for the
// diagnostic's related information. Reads fact files (kept while unchanged on disk).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import type { FactIndex } from '../facts/index.js';
import type { Diagnostic } from '../types.js';
import { pointerOffset } from './json-pointer.js';
import { indexText, positionOf } from './positions.js';

export class FactLocations {
  private readonly texts = new Map<string, { mtimeMs: number; text: string }>();

  /** The statement `fact` names in `index`, as a location in its file; undefined when it has no file. */
  locate(fact: NonNullable<Diagnostic['fact']>, index: FactIndex): Location | undefined {
    const statement = index.statement(fact.id);
    const display = statement?.origin.file ?? fact.file;
    if (display === undefined) return undefined;
    // Fact files are named relative to the server's folder (see Projects.indexFor).
    const file = path.resolve(process.cwd(), display);
    const uri = pathToFileURL(file).href;
    const text = this.read(file);
    const offset = text !== undefined && statement ? pointerOffset(text, statement.origin.pointer) : undefined;
    const at = text !== undefined && offset !== undefined ? positionOf(indexText(text), offset) : { line: 0, character: 0 };
    return { uri, range: { start: at, end: at } };
  }

  private read(file: string): string | undefined {
    try {
      const { mtimeMs } = statSync(file);
      const had = this.texts.get(file);
      if (had && had.mtimeMs === mtimeMs) return had.text;
      const text = readFileSync(file, 'utf8');
      this.texts.set(file, { mtimeMs, text });
      return text;
    } catch {
      return undefined;
    }
  }
}
