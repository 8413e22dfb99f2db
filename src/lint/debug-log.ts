// --debug: a RunTrace that writes each stage's time and each thing loaded to standard error as
// it happens (never to standard output, which carries the report or the fixed text).
import type { RunTrace } from '../engine/trace.js';
import { printableLine } from '../report/text-width.js';

export function debugTrace(write: (line: string) => void): RunTrace {
  const say = (s: string) => write(`factlint: debug: ${printableLine(s)}\n`);
  return {
    stage(name, f) {
      const start = performance.now();
      try {
        return f();
      } finally {
        say(`${name}: ${(performance.now() - start).toFixed(1)} ms`);
      }
    },
    loaded: (what, where) => say(`${what}: ${where}`),
  };
}
