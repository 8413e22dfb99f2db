// The server's parts in this process: a request answers what main() writes for the same
// arguments; the wire reader survives any chunking; strangers get no answer; a server whose
// files changed refuses and stops; an idle one stops and takes its announcement with it.
import { mkdtempSync, rmSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../../src/cli-run.js';
import type { CliIO } from '../../src/cli-io.js';
import { frame, lineReader, type Frame } from '../../src/daemon/frames.js';
import { infoFile, readInfo } from '../../src/daemon/info.js';
import { serve, serveRequest } from '../../src/daemon/server.js';

const EN = '---\ndate: 2023-05-08\nlang: en\n---\nPresident of Russia Sadyr Japarov met officials on Tuesday, 8 May.\n';

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'factlint-serve-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function decode(text: string): Frame[] {
  const out: Frame[] = [];
  lineReader((v) => out.push(v as Frame), () => out.push({ t: 'r', why: 'bad' }))(Buffer.from(text));
  return out;
}

function local(argv: string[], cwd: string, env: NodeJS.ProcessEnv, stdin?: string): Frame[] {
  const frames: Frame[] = [];
  const io: CliIO = { cwd, stdout: (d) => void frames.push({ t: 'o', d }), stderr: (d) => void frames.push({ t: 'e', d }), isTTY: false, env, ...(stdin !== undefined ? { readStdin: () => Buffer.from(stdin) } : {}) };
  const code = runMain(argv, io);
  return [...frames, { t: 'x', code }];
}

describe('a request', () => {
  it('answers what main() writes, in the client\'s folder and environment', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.en.md'), EN);
    const env = { ...process.env, FACTLINT_CACHE_DIR: path.join(dir, 'fc'), NO_COLOR: '1' };
    const here = process.cwd();
    for (const argv of [['a.en.md'], ['-f', 'json', 'a.en.md'], ['--no-such-option']]) {
      const served = decode(serveRequest({ kind: 'lint', token: '', argv, cwd: dir, env, isTTY: false }, runMain));
      expect(process.cwd()).toBe(here);
      const expected = (() => {
        process.chdir(dir);
        try {
          return local(argv, dir, env);
        } finally {
          process.chdir(here);
        }
      })();
      expect(served).toEqual(expected);
    }
    const viaStdin = decode(serveRequest({ kind: 'lint', token: '', argv: ['--stdin', '--stdin-filename', 'x.en.md'], cwd: dir, env, isTTY: false, stdin: Buffer.from(EN).toString('base64') }, runMain));
    expect(viaStdin.at(-1)).toEqual({ t: 'x', code: 1 });
    expect(viaStdin.filter((f) => f.t === 'o').map((f) => (f as { d: string }).d).join('')).toContain('x.en.md');
  });

  it('is refused in a folder that is gone, so the client runs it itself', () => {
    const served = decode(serveRequest({ kind: 'lint', token: '', argv: ['a.md'], cwd: path.join(temp(), 'gone'), env: {}, isTTY: false }, runMain));
    expect(served).toEqual([{ t: 'r', why: 'folder' }]);
  });
});

describe('the wire', () => {
  it('reads the same values however the bytes are cut, inside characters too', () => {
    const values = [{ t: 'o', d: 'Жапаров — 8 мая 😀 \u{1F1F0}\u{1F1EC}\n' }, { t: 'e', d: 'x' }, { t: 'x', code: 1 }];
    const bytes = Buffer.from(values.map((v) => frame(v as Frame)).join(''));
    for (let cut = 1; cut < bytes.length; cut++) {
      const got: unknown[] = [];
      const read = lineReader((v) => got.push(v), () => got.push('bad'));
      read(bytes.subarray(0, cut));
      read(bytes.subarray(cut));
      expect(got).toEqual(values);
    }
  });

  it('stops at a line that is not JSON', () => {
    const got: unknown[] = [];
    lineReader((v) => got.push(v), () => got.push('bad'))(Buffer.from('{"t":"e","d":"a"}\nnot json\n{"t":"x","code":0}\n'));
    expect(got).toEqual([{ t: 'e', d: 'a' }, 'bad']);
  });
});

/** Sends one line to the server and collects what comes back until it closes the connection. */
function ask(socket: string, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.connect(socket);
    let got = '';
    c.on('data', (d) => (got += d.toString('utf8')));
    c.on('error', reject);
    c.on('close', () => resolve(got));
    c.on('connect', () => c.write(line));
  });
}

describe('a server', () => {
  it('answers its token only, and refuses and stops once its files change', async () => {
    const dir = temp();
    const bundle = path.join(dir, 'bundle.cjs');
    const watched = path.join(dir, 'rules.json');
    writeFileSync(bundle, '// stands for the bundle');
    writeFileSync(watched, '{}');
    writeFileSync(path.join(dir, 'a.en.md'), EN);
    let stopped = '';
    const server = await serve({ dir, bundle, run: runMain, watched: [bundle, watched], idleMs: 60_000, onStop: (why) => (stopped = why) });
    expect(readInfo(dir, bundle)?.pid).toBe(process.pid);
    const env = { FACTLINT_CACHE_DIR: path.join(dir, 'fc'), NO_COLOR: '1' };
    const request = { kind: 'lint', argv: ['-f', 'json', 'a.en.md'], cwd: dir, env, isTTY: false };
    expect(await ask(server.info.socket, frame({ ...request, token: 'f'.repeat(64) } as never))).toBe('');
    const answer = decode(await ask(server.info.socket, frame({ ...request, token: server.info.token } as never)));
    expect(answer.at(-1)).toEqual({ t: 'x', code: 1 });
    // The same content, a newer time: the loaded copy may differ from the file.
    utimesSync(watched, new Date(), new Date(Date.now() + 5000));
    expect(decode(await ask(server.info.socket, frame({ ...request, token: server.info.token } as never)))).toEqual([{ t: 'r', why: 'stale' }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe('factlint was changed on disk');
    expect(existsSync(infoFile(dir, bundle))).toBe(false);
  });

  it('stops by itself when idle', async () => {
    const dir = temp();
    const bundle = path.join(dir, 'bundle.cjs');
    writeFileSync(bundle, '//');
    const why = await new Promise<string>((resolve) => void serve({ dir, bundle, run: runMain, watched: [bundle], idleMs: 100, onStop: resolve }));
    expect(why).toBe('idle');
    expect(existsSync(infoFile(dir, bundle))).toBe(false);
  });
});
