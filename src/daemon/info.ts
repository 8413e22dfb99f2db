// Where a resident server announces itself, and how a client recognises one it may use.
//
// One server per factlint installation (bundle file) and cache folder: two projects with
// different factlint versions share the user's cache folder but never each other's server. The
// announcement lives in the private cache folder (cache-dir.ts: this user's, mode 0700) and holds
// a random token the server demands with every request, so on Windows, where a named pipe is
// open to the machine, only someone who can read this user's cache folder can use the server.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { shortHash } from '../hash.js';

export const INFO_FORMAT = 'factlint-daemon/1';

export interface DaemonInfo {
  format: typeof INFO_FORMAT;
  pid: number;
  /** Unix socket path or Windows named pipe. */
  socket: string;
  token: string;
  /** The Node binary and version that run the server: a client on another Node runs locally. */
  execPath: string;
  node: string;
  /** The bundle the server runs, by path, size and modification time. */
  bundle: string;
  bundleSize: number;
  bundleMtimeMs: number;
  started: string;
}

export function infoFile(dir: string, bundle: string): string {
  return path.join(dir, `daemon-${shortHash(path.resolve(bundle))}.json`);
}

/** The lock a starting server holds for its life (commands/daemon.ts): one server per installation. */
export function lockFile(dir: string, bundle: string): string {
  return infoFile(dir, bundle).replace(/\.json$/, '.lock');
}

/** The announcement of a server for `bundle` in `dir`, if there is a well-formed one. */
export function readInfo(dir: string, bundle: string): DaemonInfo | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(infoFile(dir, bundle), 'utf8'));
  } catch {
    return undefined;
  }
  const i = raw as Partial<DaemonInfo> | null;
  if (!i || i.format !== INFO_FORMAT || typeof i.socket !== 'string' || typeof i.token !== 'string' || typeof i.pid !== 'number') return undefined;
  if (typeof i.bundle !== 'string' || typeof i.bundleSize !== 'number' || typeof i.bundleMtimeMs !== 'number') return undefined;
  if (typeof i.execPath !== 'string' || typeof i.node !== 'string' || typeof i.started !== 'string') return undefined;
  return i as DaemonInfo;
}

export interface BundleStamp {
  bundle: string;
  bundleSize: number;
  bundleMtimeMs: number;
}

export function bundleStamp(bundle: string): BundleStamp | undefined {
  try {
    const st = statSync(bundle);
    return { bundle: path.resolve(bundle), bundleSize: st.size, bundleMtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Whether a server announced by `info` runs this very bundle on this very Node. */
export function servesThis(info: DaemonInfo, stamp: BundleStamp | undefined): boolean {
  return !!stamp && info.bundle === stamp.bundle && info.bundleSize === stamp.bundleSize && info.bundleMtimeMs === stamp.bundleMtimeMs
    && info.execPath === process.execPath && info.node === process.version;
}
