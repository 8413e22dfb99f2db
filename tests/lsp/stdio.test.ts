// The built language server (factlint --lsp, and the factlint-lsp bin) driven over stdio as an
// editor would: diagnostics on open and change, hover, quick fixes, bad input, a clean exit.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, REPO, requireBuilt, tempDir, write } from '../cli/helpers.js';
import { TestClient, type LspDiagnostic, type Published } from './client.js';

const FRONT = '---\ndate: 2023-05-09\nlang: en\n---\n';
// Line 4 (0-based): the office-holder error, no fix (the country is an adjective).
// Line 6: 9 May 2023 was a Tuesday (fixable); "President of Russia" is fixable to Kyrgyzstan.
const ARTICLE = `${FRONT}Russian President Sadyr Japarov arrived in Moscow.\n\nOn Monday, 9 May, President of Russia Sadyr Japarov spoke.\n`;
const FIXED = `${FRONT}Kyrgyz President Sadyr Japarov arrived in Moscow.\n\nOn Tuesday, 9 May, President of Kyrgyzstan Sadyr Japarov spoke.\n`;

const rules = (p: Published) => p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

let tmp: ReturnType<typeof tempDir>;
let client: TestClient | undefined;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir('factlint-lsp-');
});
afterEach(() => {
  client?.kill();
  client = undefined;
  tmp.cleanup();
});

describe('factlint --lsp over stdio', () => {
  it('publishes diagnostics for the unsaved text, hovers claims, offers fixes, clears on change, exits cleanly', async () => {
    const c = (client = new TestClient(process.execPath, [CLI, '--lsp'], tmp.dir));
    const init = await c.initialize(tmp.dir, { crossArticle: false });
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
    expect(init.serverInfo?.name).toBe('factlint');

    // The file on disk is clean: the server must lint what the editor holds.
    const file = write(tmp.dir, 'a.md', FIXED);
    const uri = pathToFileURL(file).href;
    await c.open(uri, ARTICLE);
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    expect(rules(first)).toEqual(['office-holder@4:0-4:31', 'date-weekday@6:3-6:16', 'office-holder@6:18-6:51']);
    const office = first.diagnostics[0]!;
    expect(office).toMatchObject({ severity: 1, source: 'factlint', code: 'office-holder' });
    expect(office.message).toContain('Sadyr Japarov was not president of Russia on 2023-05-09');
    expect(office.codeDescription?.href).toMatch(/docs\/rules\/office-holder\.md$/);
    // The fact it was checked against: a location in a fact file, its source in the text.
    const fact = office.relatedInformation?.[0];
    expect(fact?.location.uri).toMatch(/^file:.*\.json$/);
    expect(fact?.message).toMatch(/^fact .+; .*source: /);

    // Hover on the claim: frame and verdict, as -f claims prints them.
    const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 20 } }) as { contents: { kind: string; value: string }; range: LspDiagnostic['range'] };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('office claim: contradicted');
    expect(hover.contents.value).toContain('| person | sadyr-japarov | “Sadyr Japarov” |');
    expect(hover.contents.value).toContain('held by someone else');
    expect(hover.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 31 } });
    const nothing = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 0 } });
    expect(nothing).toBeNull();

    // Quick fixes where a fix exists (the weekday), none where it does not (the adjective).
    const weekday = first.diagnostics[1]!;
    const actions = await c.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: weekday.range,
      context: { diagnostics: first.diagnostics },
    }) as Array<{ title: string; kind: string; edit: { changes: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> } }>;
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('quickfix');
    expect(actions[0]!.title).toContain('“Monday” with “Tuesday”');
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 9 } }, newText: 'Tuesday' }]);
    const country = await c.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: first.diagnostics[2]!.range,
      context: { diagnostics: [first.diagnostics[2]] },
    }) as Array<{ edit: { changes: Record<string, Array<{ newText: string }>> } }>;
    expect(country.map((a) => a.edit.changes[uri]![0]!.newText)).toEqual(['Kyrgyzstan']);
    const none = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: office.range, context: { diagnostics: [office] } });
    expect(none).toEqual([]);

    // An incremental change fixing the weekday, then a whole-text change fixing the rest.
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 9 } }, text: 'Tuesday' }],
    });
    const second = await c.diagnostics(uri, (p) => p.version === 2);
    expect(rules(second)).toEqual(['office-holder@4:0-4:31', 'office-holder@6:19-6:52']);
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: FIXED }] });
    const third = await c.diagnostics(uri, (p) => p.version === 3);
    expect(third.diagnostics).toEqual([]);

    expect(await c.stop()).toBe(0);
  });

  it('reports what cannot be linted as one file-error diagnostic and keeps serving', async () => {
    const c = (client = new TestClient(process.execPath, [CLI, '--lsp'], tmp.dir));
    await c.initialize(tmp.dir, { crossArticle: false });
    const broken = pathToFileURL(path.join(tmp.dir, 'broken.md')).href;
    await c.open(broken, '---\ndate: [2023\n---\nText.\n');
    const got = await c.diagnostics(broken, () => true);
    expect(got.diagnostics).toHaveLength(1);
    expect(got.diagnostics[0]).toMatchObject({ code: 'file-error', severity: 1, source: 'factlint' });

    // A broken config in the article's folder: said on the article, not a crash.
    const sub = path.join(tmp.dir, 'desk');
    (await import('node:fs')).mkdirSync(sub);
    write(sub, 'factlint.config.json', '{ "rules": { "no-such-rule": "error" } }');
    const inDesk = pathToFileURL(path.join(sub, 'b.md')).href;
    await c.open(inDesk, ARTICLE);
    const cfg = await c.diagnostics(inDesk, () => true);
    expect(cfg.diagnostics.map((d) => d.code)).toEqual(['file-error']);
    expect(cfg.diagnostics[0]!.message).toContain('unknown rule "no-such-rule"');

    // Binary-looking text and an empty buffer: answered, nothing thrown.
    const odd = pathToFileURL(path.join(tmp.dir, 'odd.txt')).href;
    await c.open(odd, '\u0000\u0001\u0002 not text', 'plaintext');
    expect((await c.diagnostics(odd, () => true)).diagnostics.map((d) => d.code)).toEqual(['file-error']);
    const empty = pathToFileURL(path.join(tmp.dir, 'empty.md')).href;
    await c.open(empty, '');
    expect((await c.diagnostics(empty, () => true)).diagnostics).toEqual([]);

    // Still alive and linting.
    const good = pathToFileURL(path.join(tmp.dir, 'a.md')).href;
    await c.open(good, ARTICLE);
    expect(rules(await c.diagnostics(good, () => true))[0]).toBe('office-holder@4:0-4:31');
    expect(await c.stop()).toBe(0);
  });

  it('finds cross-article conflicts with the workspace articles on disk, pointing at the other article', async () => {
    const body = (amount: string) => `---\ndate: 2024-03-01\nlang: en\n---\nIn 2023, trade between Kyrgyzstan and Tajikistan amounted to ${amount}.\n`;
    const other = write(tmp.dir, 'c.md', body('$310 million'));
    const c = (client = new TestClient(process.execPath, [CLI, '--lsp'], tmp.dir));
    await c.initialize(tmp.dir);
    const uri = pathToFileURL(path.join(tmp.dir, 'b.md')).href;
    await c.open(uri, body('$150 million'));
    const got = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'cross-article'));
    const d = got.diagnostics.find((x) => x.code === 'cross-article')!;
    expect(d.severity).toBe(2);
    expect(d.message).toContain('c.md:5:62 says $310 million');
    expect(d.relatedInformation).toEqual([{ location: { uri: pathToFileURL(other).href, range: { start: { line: 4, character: 61 }, end: { line: 4, character: 61 } } }, message: '$310 million' }]);
    expect(await c.stop()).toBe(0);
  });
});

describe('factlint-lsp', () => {
  it('is the same server', async () => {
    const c = (client = new TestClient(process.execPath, [path.join(REPO, 'dist', 'bin', 'lsp.js')], tmp.dir));
    await c.initialize(tmp.dir, { crossArticle: false });
    const uri = pathToFileURL(path.join(tmp.dir, 'a.md')).href;
    await c.open(uri, ARTICLE);
    expect(rules(await c.diagnostics(uri, () => true))).toHaveLength(3);
    expect(await c.stop()).toBe(0);
  });
});
