// A short run turns V8's optimising compiler off (the bin); a large fact-set compile inside it
// turns it on for its duration and off again after, whatever the job does.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optimiserOff, withOptimiser } from '../../src/optimiser.js';

const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('factlint.optimiser-off')];
});

describe('withOptimiser', () => {
  it('only runs the job when the optimiser was never turned off', () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    expect(withOptimiser(() => 42)).toBe(42);
    expect(flags).not.toHaveBeenCalled();
  });

  it('turns it on for the job and off again after, also when the job throws', () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    optimiserOff();
    expect(withOptimiser(() => 'done')).toBe('done');
    expect(() => withOptimiser(() => {
      throw new Error('bad fact file');
    })).toThrow('bad fact file');
    expect(flags.mock.calls.map(([f]) => f)).toEqual(['--no-opt', '--opt', '--no-opt', '--opt', '--no-opt']);
  });
});
