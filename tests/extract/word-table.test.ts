import { describe, expect, it } from 'vitest';
import { hashRange } from '../../src/hash.js';
import { WordTable } from '../../src/extract/word-table.js';

const add = (t: WordTable, w: string) => t.add(w, w.toLowerCase(), hashRange(w, 0, w.length));
const find = (t: WordTable, text: string, start: number, end: number) => t.find(text, start, end, hashRange(text, start, end));

describe('WordTable', () => {
  it('finds a word inside a longer text by its offsets, with its key', () => {
    const t = new WordTable(100);
    const id = add(t, 'Жапаров');
    const text = 'Президент Жапаров заявил';
    expect(find(t, text, 10, 17)).toBe(id);
    expect(t.texts[id]).toBe('Жапаров');
    expect(t.keys[id]).toBe('жапаров');
  });

  it('tells apart words that share a beginning, a length or differ in case only', () => {
    const t = new WordTable(100);
    const ids = ['Kirgisistan', 'Kirgisistans', 'kirgisistan', 'Kirgisistam'].map((w) => add(t, w));
    expect(new Set(ids).size).toBe(4);
    const text = 'x Kirgisistans y Kirgisistam z';
    expect(find(t, text, 2, 14)).toBe(ids[1]);
    expect(find(t, text, 2, 13)).toBe(ids[0]);
    expect(find(t, text, 17, 28)).toBe(ids[3]);
    expect(find(t, text, 0, 1)).toBe(-1);
  });

  it('keeps every word findable as it grows, and refuses words past its limit', () => {
    const t = new WordTable(10_000);
    const words = Array.from({ length: 10_000 }, (_, k) => `w${k.toString(36)}`);
    const ids = words.map((w) => add(t, w));
    expect(ids).toEqual(words.map((_, k) => k));
    for (const [k, w] of words.entries()) expect(find(t, ` ${w} `, 1, 1 + w.length)).toBe(k);
    expect(add(t, 'one-more')).toBe(-1);
    expect(find(t, 'one-more', 0, 8)).toBe(-1);
    expect(t.size).toBe(10_000);
  });
});
