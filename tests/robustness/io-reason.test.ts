import { describe, expect, it } from 'vitest';
import { ioReason } from '../../src/errors.js';

describe('ioReason', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

  it('puts a known code in words, keeping the code to search for', () => {
    expect(ioReason(errno('EACCES'))).toBe('permission denied (EACCES)');
    expect(ioReason(errno('ENOSPC'))).toBe('no space left on the device (ENOSPC)');
  });

  it('falls back to the bare code, then to the message', () => {
    expect(ioReason(errno('EXDEV'))).toBe('EXDEV');
    expect(ioReason(new Error('Unexpected end of JSON input'))).toBe('Unexpected end of JSON input');
    expect(ioReason('plain text')).toBe('plain text');
  });
});
