// What the command line gets from the process: its folder, output streams and environment.
export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** All of standard input (--stdin); absent where there is none to read. */
  readStdin?: () => Buffer;
}
