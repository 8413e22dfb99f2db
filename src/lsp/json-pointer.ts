// Where a JSON pointer ("/statements/3") points in a JSON text: the offset of the value's first
// character. Pure. Editors want a fact-file location as a line, and JSON.parse keeps no
// positions, so a small scanner walks the text down the pointer's path, skipping every value
// it does not enter. The text is a fact file the engine has already parsed, so it is valid JSON;
// anything unexpected ends the walk with undefined rather than a wrong place.
import { keyOfPointerToken } from '../json.js';

export function pointerOffset(text: string, pointer: string): number | undefined {
  if (pointer !== '' && !pointer.startsWith('/')) return undefined;
  const path = pointer === '' ? [] : pointer.slice(1).split('/').map(keyOfPointerToken);
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = (): void => {
    for (let c = text.charCodeAt(pos); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++pos));
  };
  /** Moves past a string starting at pos; returns its raw text (quotes included). */
  const string = (): string => {
    const at = pos++;
    while (pos < text.length && text.charCodeAt(pos) !== 34) pos += text.charCodeAt(pos) === 92 ? 2 : 1;
    pos++;
    return text.slice(at, pos);
  };
  /** Moves past the value at pos, nested ones included, without recursion. */
  const skip = (): void => {
    let depth = 0;
    do {
      ws();
      const c = text.charCodeAt(pos);
      if (c === 34) string();
      else if (c === 123 || c === 91) {
        depth++;
        pos++;
      } else if (c === 125 || c === 93) {
        depth--;
        pos++;
      } else if (c === 44 || c === 58) pos++;
      else while (pos < text.length && !/[\s,\]}]/.test(text[pos]!)) pos++;
    } while (depth > 0 && pos < text.length);
  };
  for (const segment of path) {
    ws();
    const open = text.charCodeAt(pos);
    if (open !== 123 && open !== 91) return undefined;
    pos++;
    let found = false;
    for (let i = 0; pos < text.length; i++) {
      ws();
      if (text.charCodeAt(pos) === 125 || text.charCodeAt(pos) === 93) return undefined;
      let name = String(i);
      if (open === 123) {
        if (text.charCodeAt(pos) !== 34) return undefined;
        name = JSON.parse(string()) as string;
        ws();
        pos++; // ':'
      }
      if (name === segment) {
        found = true;
        break;
      }
      skip();
      ws();
      if (text.charCodeAt(pos) === 44) pos++;
    }
    if (!found) return undefined;
  }
  ws();
  return pos < text.length ? pos : undefined;
}
