// Hashes, and the random bytes of temporary names. Both come from node:crypto, loaded on first
// use: loading it (with the stream modules it pulls in) cost about 5 ms of every start-up, and a
// one-article run whose fact set is known by its files' metadata needs neither.
import type { Hash } from 'node:crypto';
import { onDemand } from './on-demand.js';

const crypto = onDemand<typeof import('node:crypto')>('node:crypto');

export function createHash(algorithm: 'sha256' | 'sha1'): Hash {
  return crypto().createHash(algorithm);
}

export function randomBytes(size: number): Buffer {
  return crypto().randomBytes(size);
}

/** FNV-1a over the UTF-16 units of text[start, end): the word table's hash, computed in place. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/**
 * A 64-bit hash of a string, as 16 hex digits: hashRange, and a second FNV-style lane with
 * another offset and multiplier. For naming cache files only: whatever a name points to is
 * compared in full before it is used, so a collision costs a miss, never a wrong result.
 */
export function shortHash(s: string): string {
  let b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995);
  return (hashRange(s, 0, s.length) >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
