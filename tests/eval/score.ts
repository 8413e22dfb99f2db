// Scores lint results against an evaluation corpus's key.json (the rules of
// shared/eval/FORMAT.md): a diagnostic hits a key entry when it is on that line and its column
// range overlaps the entry's text; every other diagnostic on the corpus is a false alarm.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../../src/types.js';

export interface KeyEntry { file: string; line: number; text: string; category: string; stretch?: boolean }

export interface Score {
  precision: number;
  recall: number;
  hits: number;
  falseAlarms: string[];
  misses: string[];
}

const langOf = (file: string) => /\.([a-z]{2,3})\.[a-z]+$/u.exec(file)?.[1] ?? '?';

/** Scores `results` on `corpus`, counting only articles whose language is in `langs` (all when absent); stretch entries are left out. */
export function score(corpus: string, results: LintResult[], langs?: readonly string[]): Score {
  const keep = (file: string) => !langs || langs.includes(langOf(file));
  const key = (JSON.parse(readFileSync(path.join(corpus, 'key.json'), 'utf8')) as KeyEntry[]).filter((k) => !k.stretch && keep(k.file));
  const files = new Set(readdirSync(path.join(corpus, 'articles')).filter(keep));
  const lines = (file: string) => readFileSync(path.join(corpus, 'articles', file), 'utf8').split(/\r?\n/u);
  const entries = key.map((k) => {
    const at = lines(k.file)[k.line - 1]!.indexOf(k.text);
    if (at < 0) throw new Error(`key text not on its line: ${k.file}:${k.line}`);
    return { ...k, start: at + 1, end: at + 1 + k.text.length, hit: false };
  });
  const stretch = (JSON.parse(readFileSync(path.join(corpus, 'key.json'), 'utf8')) as KeyEntry[]).filter((k) => k.stretch);
  const falseAlarms: string[] = [];
  let hits = 0;
  for (const r of results) {
    const file = path.basename(r.filePath);
    if (!files.has(file)) continue;
    for (const m of r.messages) {
      const overlap = (e: { line: number; start: number; end: number }) => m.line === e.line && m.column < e.end && Math.max(m.endLine > m.line ? Infinity : m.endColumn, m.column + 1) > e.start;
      const match = entries.filter((e) => e.file === file && overlap(e));
      if (match.length) {
        hits += match.some((e) => !e.hit) ? 1 : 0;
        for (const e of match) e.hit = true;
      } else if (!stretch.some((k) => k.file === file && k.line === m.line)) {
        falseAlarms.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
  }
  const found = entries.filter((e) => e.hit).length;
  return {
    precision: found + falseAlarms.length === 0 ? 1 : hits / (hits + falseAlarms.length),
    recall: entries.length === 0 ? 1 : found / entries.length,
    hits: found,
    falseAlarms,
    misses: entries.filter((e) => !e.hit).map((e) => `${e.file}:${e.line} [${e.category}] ${e.text}`),
  };
}
