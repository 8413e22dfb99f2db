// The code's shape, as the design promises it: no import cycles between modules (type imports
// included: a cycle of types is still two modules that cannot be understood apart), and every
// rule of the registry in its own file under src/rules/, named for its id.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameRules } from '../../src/rules/index.js';
import { loadRuleMeta } from '../../src/report/index.js';

const SRC = path.resolve(__dirname, '../../src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gu;

/** The graph of relative imports between source modules. */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT)) deps.push(path.resolve(path.dirname(f), m[1]!.replace(/\.js$/u, '.ts')));
    graph.set(f, deps);
  }
  return graph;
}

/** One cycle of the graph, as a path, or undefined. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 1);
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (!graph.has(d)) continue;
      if (state.get(d) === 1) return [...stack.slice(stack.indexOf(d)), d];
      if (!state.has(d)) {
        const c = visit(d);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of [...graph.keys()].sort()) {
    if (state.has(n)) continue;
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe('module structure', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', []]]);
    expect(findCycle(g)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeUndefined();
  });

  it('has no import cycles in src/', () => {
    const cycle = findCycle(importGraph(modules(SRC)));
    expect(cycle?.map((f) => path.relative(SRC, f))).toBeUndefined();
  });

  it('keeps each frame rule in its own file, named for its id, with its metadata in rules/rules.json', () => {
    const ids = frameRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const meta = new Set(loadRuleMeta().map((m) => m.id));
    for (const id of ids) {
      expect(meta.has(id)).toBe(true);
      expect(readdirSync(path.join(SRC, 'rules'))).toContain(`${id}.ts`);
    }
  });

  it('dispatches on no rule id in the per-article pipeline', () => {
    const text = readFileSync(path.join(SRC, 'engine/lint-document.ts'), 'utf8');
    for (const id of frameRules.map((r) => r.meta.id)) expect(text).not.toMatch(new RegExp(`(?:check|extract)\\w*\\(.*'${id}'`, 'u'));
  });
});
