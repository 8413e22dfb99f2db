/** One thing wrong in a fact file: the file, the JSON pointer of the entry or field, and a short message. */
export interface FactProblem {
  file: string;
  pointer: string;
  message: string;
}

const SECTION_ORDER: Record<string, number> = { entities: 1, properties: 2, statements: 3 };

function compareSegments(x: string, y: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(x) && numeric.test(y)) return Number(x) - Number(y);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Orders problems by file (in load order), then section (file-level and unknown keys, entities, properties,
 * statements), then entry position numerically ("/statements/9" before "/statements/10").
 */
export function sortProblems<T extends FactProblem>(problems: T[], fileOrder: readonly string[]): T[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  return problems
    .map((p, i) => {
      const keys = p.pointer.split('/').slice(1);
      return { p, i, keys, file: rank.get(p.file) ?? -1, section: keys.length === 0 ? 0 : (SECTION_ORDER[keys[0] as string] ?? 0) };
    })
    .sort((a, b) => {
      if (a.file !== b.file) return a.file - b.file;
      if (a.section !== b.section) return a.section - b.section;
      const n = Math.min(a.keys.length, b.keys.length);
      for (let k = 0; k < n; k++) {
        const c = compareSegments(a.keys[k] as string, b.keys[k] as string);
        if (c !== 0) return c;
      }
      return a.keys.length - b.keys.length || a.i - b.i;
    })
    .map((x) => x.p);
}
