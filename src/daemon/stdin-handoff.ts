// Standard input read by the binary's loader before the bundle runs. The loader reads it to send
// to a resident server; when no server takes the run, the bundle lints locally and must get
// the same bytes, which fd 0 no longer has. The loader and the bundle are separate scripts,
// so the bytes pass through a registry symbol on the global object.
const KEY = Symbol.for('factlint.handed-stdin');

type Holder = { [KEY]?: Buffer };

export function handStdin(bytes: Buffer): void {
  (globalThis as Holder)[KEY] = bytes;
}

/** The bytes the loader read, once; undefined when it read none. */
export function handedStdin(): Buffer | undefined {
  const bytes = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return bytes;
}
