// The language server: LSP over stdio around the CLI's engine. It wires the small modules of this
// folder to the protocol and holds the per-document state; the work is theirs:
//   project.ts      config and fact set for a document (as the CLI would find them)
//   lint-text.ts    the engine on the unsaved text, directives, never a throw
//   workspace.ts    other articles' figures for the cross-article check
//   to-lsp.ts       diagnostics in LSP terms; positions.ts the coordinates
//   hover.ts        the claim under the cursor; code-actions.ts the quick fixes
import { plural } from '../text/plural.js';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, createConnection, StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sortDiagnostics } from '../engine/lint-document.js';
import { DEFAULT_EXTENSIONS } from '../files.js';
import type { ClaimReport, Diagnostic } from '../types.js';
import { quickFixes } from './code-actions.js';
import { Debouncer } from './debounce.js';
import { FactLocations } from './fact-location.js';
import { hoverAt } from './hover.js';
import { errorMessage, failed, lintText, withDirectives } from './lint-text.js';
import { indexText, offsetOf, type TextIndex } from './positions.js';
import { Projects, type Project } from './project.js';
import { toLspDiagnostic, type DiagnosticContext } from './to-lsp.js';
import { Workspace } from './workspace.js';

/** Pause after the last change before linting: long enough to skip keystrokes, short enough to feel live. */
export const DEBOUNCE_MS = 200;

const LANGUAGES = new Set(['markdown', 'plaintext', 'text']);

/** Options a client may pass as initializationOptions. */
interface ServerOptions {
  /** false: do not lint the workspace's articles at start (no cross-article findings between files). */
  crossArticle?: boolean;
}

/** What the server knows of an open document after its last lint. */
interface LintState {
  version: number;
  claims: ClaimReport[];
  ix: TextIndex;
}

function isArticle(doc: TextDocument): boolean {
  if (LANGUAGES.has(doc.languageId)) return true;
  const ext = path.extname(doc.uri).slice(1).toLowerCase();
  return DEFAULT_EXTENSIONS.includes(ext);
}

/** The file a document stands for: its path, or a name in the first workspace folder for an unsaved buffer. */
function fileOf(uri: string, roots: string[]): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // a file URI with a host: treated as unsaved below
    }
  }
  const name = decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, '').split(/[/\\]/).pop() || 'untitled');
  return path.join(roots[0] ?? process.cwd(), /\.\w+$/.test(name) ? name : `${name}.md`);
}

function uriOf(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout, version = '0.0.0'): Connection {
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  // stdout is the protocol's channel: a stray console.log would corrupt it.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  // A bug in a timer or a handler must cost the editor one lint, not its linter: log and go on.
  // (Request handlers are already guarded by the JSON-RPC layer, which answers with an error.)
  process.on('uncaughtException', (err) => connection.console.error(`factlint: internal error: ${err.stack ?? err.message}`));

  const documents = new TextDocuments(TextDocument);
  const debouncer = new Debouncer(DEBOUNCE_MS);
  const states = new Map<string, LintState>();
  let roots: string[] = [];
  let options: ServerOptions = {};
  const projects = new Projects(() => roots);
  const workspace = new Workspace();
  const facts = new FactLocations();

  function contextFor(project: Project | undefined): DiagnosticContext {
    const rules = projects.ruleMeta();
    return {
      ruleUrl: (id) => rules.find((r) => r.id === id)?.url,
      factLocation: (fact) => (project ? facts.locate(fact, project.index) : undefined),
      fileUri: (f) => uriOf(project ? path.resolve(project.dir, f) : f),
    };
  }

  /** Lints an open document now and publishes its diagnostics. Never throws. */
  function lintNow(doc: TextDocument): void {
    debouncer.cancel(doc.uri);
    const file = fileOf(doc.uri, roots);
    const text = doc.getText();
    const ix = indexText(text);
    let project: Project | undefined;
    let messages: Diagnostic[] = [];
    let claims: ClaimReport[] = [];
    try {
      try {
        project = projects.projectFor(file);
      } catch (err) {
        project = undefined;
        messages = failed(file, errorMessage(err)).messages;
      }
      if (project) {
        const linted = lintText(file, text, project);
        claims = linted.claims;
        workspace.setRecords(file, project.dir, linted.records);
        const cross = options.crossArticle === false ? [] : workspace.crossDiagnostics(file, project);
        messages = withDirectives(file, text, sortDiagnostics([...linted.messages, ...cross]));
      }
    } catch (err) {
      messages = failed(file, errorMessage(err)).messages;
    }
    states.set(doc.uri, { version: doc.version, claims, ix });
    const ctx = contextFor(project);
    const diagnostics = messages.map((m) => {
      try {
        return toLspDiagnostic(m, ix, ctx);
      } catch (err) {
        return toLspDiagnostic(failed(file, errorMessage(err)).messages[0]!, ix, contextFor(undefined));
      }
    });
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  function lintOpenArticles(): void {
    for (const doc of documents.all()) if (isArticle(doc)) lintNow(doc);
  }

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    options = (params.initializationOptions ?? {}) as ServerOptions;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'factlint', version },
    };
  });

  connection.onInitialized(() => {
    if (options.crossArticle === false || roots.length === 0) return;
    const open = new Set<string>();
    const isOpen = (file: string) => {
      open.clear();
      for (const d of documents.all()) open.add(fileOf(d.uri, roots));
      return open.has(file);
    };
    workspace.scan(roots, projects, isOpen, (m) => connection.console.log(m))
      .then((n) => {
        connection.console.log(`factlint: read ${plural(n, 'article')} of the workspace for cross-article checks`);
        // Open articles may now disagree with ones just read.
        if (n > 0) lintOpenArticles();
      })
      .catch((err: unknown) => connection.console.error(`factlint: workspace scan failed: ${errorMessage(err)}`));
  });

  documents.onDidOpen(({ document }) => {
    if (isArticle(document)) lintNow(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!isArticle(document) || states.get(document.uri)?.version === document.version) return;
    debouncer.schedule(document.uri, () => {
      const current = documents.get(document.uri);
      if (current) lintNow(current);
    });
  });
  documents.onDidSave(({ document }) => {
    if (isArticle(document)) lintNow(document);
    // A fact file or config saved in the editor: open articles are re-checked against it.
    else if (/\.json$/i.test(document.uri)) lintOpenArticles();
  });
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // Unsaved edits are gone with the buffer: the file on disk speaks for it again.
    if (isArticle(document) && document.uri.startsWith('file:')) workspace.readFromDisk(fileOf(document.uri, roots), projects);
  });

  /** The lint state of a document, linting it first if edits are still waiting for the debounce. */
  function stateOf(uri: string): LintState | undefined {
    const doc = documents.get(uri);
    if (!doc || !isArticle(doc)) return undefined;
    if (states.get(uri)?.version !== doc.version) lintNow(doc);
    return states.get(uri);
  }

  connection.onHover(({ textDocument, position }) => {
    const state = stateOf(textDocument.uri);
    return state ? hoverAt(state.claims, state.ix, position) : null;
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    return quickFixes(textDocument.uri, range, context.diagnostics, (r) => {
      const ix = indexText(doc.getText());
      return ix.text.slice(offsetOf(ix, r.start), offsetOf(ix, r.end));
    });
  });

  connection.onShutdown(() => debouncer.cancelAll());

  documents.listen(connection);
  connection.listen();
  return connection;
}
