// Typing lints once after a pause: a newer request for the same document replaces the pending one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer } from '../../src/lsp/debounce.js';

describe('Debouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the last request per key once, after the pause; other keys are independent', () => {
    const runs: string[] = [];
    const d = new Debouncer(200);
    d.schedule('a', () => runs.push('a1'));
    vi.advanceTimersByTime(150);
    d.schedule('a', () => runs.push('a2'));
    d.schedule('b', () => runs.push('b1'));
    vi.advanceTimersByTime(150);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(runs).toEqual(['a2', 'b1']);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['a2', 'b1']);
  });

  it('forgets cancelled requests', () => {
    const runs: string[] = [];
    const d = new Debouncer(200);
    d.schedule('a', () => runs.push('a'));
    d.schedule('b', () => runs.push('b'));
    d.cancel('a');
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(['b']);
    d.schedule('c', () => runs.push('c'));
    d.cancelAll();
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(['b']);
  });
});
