// The wire format between the binary and a resident server: one JSON value per line, both ways.
// Strings travel as JSON strings, so the report's text (lone surrogates included) arrives as
// the same JavaScript string a local run would have written.
import { StringDecoder } from 'node:string_decoder';

/** The client's one message. `stdin` is base64; `isTTY` and `env` are the client's own. */
export interface LintRequest {
  kind: 'lint';
  token: string;
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  stdin?: string;
}

/** Server to client: standard output, standard error, the exit code (last), or a refusal (only first). */
export type Frame = { t: 'o'; d: string } | { t: 'e'; d: string } | { t: 'x'; code: number } | { t: 'r'; why: string };

export function frame(f: Frame | LintRequest): string {
  return `${JSON.stringify(f)}\n`;
}

/** Splits a byte stream into lines and hands each parsed line on; a line that is not JSON ends it. */
export function lineReader(onValue: (v: unknown) => void, onBad: () => void): (chunk: Buffer) => void {
  // A chunk may end inside a character's bytes: the decoder keeps them for the next chunk.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let dead = false;
  return (chunk) => {
    if (dead) return;
    pending += decoder.write(chunk);
    let nl = pending.indexOf('\n');
    while (nl !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch {
        dead = true;
        onBad();
        return;
      }
      onValue(v);
      if (dead) return;
      nl = pending.indexOf('\n');
    }
  };
}
