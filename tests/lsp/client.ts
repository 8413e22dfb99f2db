// A minimal LSP client for the tests: spawns the built server and speaks JSON-RPC over its stdio
// with vscode-jsonrpc, keeping every publishDiagnostics so a test can wait for the one it expects.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: LspDiagnostic['range'] }; message: string }>;
  data?: unknown;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

/** Generous: the tests share two CPUs with others; nothing asserts how long anything took. */
export const WAIT_MS = 45_000;

export class TestClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  readonly published: Published[] = [];
  stderr = '';
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(command: string, args: string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    // The server logs (window/logMessage) are not under test.
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.listen();
  }

  async initialize(rootDir: string, initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const uri = pathToFileURL(rootDir).href;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'test' }],
      capabilities: {},
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** The first publication for `uri` (already received or to come) that `ok` accepts. */
  async diagnostics(uri: string, ok: (p: Published) => boolean, timeout = WAIT_MS): Promise<Published> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && ok(p));
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`no matching diagnostics for ${uri}; received: ${JSON.stringify(this.published.filter((p) => p.uri === uri))}\nserver stderr: ${this.stderr}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 500);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Ends the session as an editor does: shutdown, then exit; resolves to the exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
