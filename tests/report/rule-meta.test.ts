import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactlintError } from '../../src/errors.js';
import { loadRuleMeta, parseRuleMeta } from '../../src/report/rule-meta.js';

const raw = JSON.parse(readFileSync(new URL('../../rules/rules.json', import.meta.url), 'utf8')) as { rules: Array<{ id: string }> };

describe('loadRuleMeta', () => {
  const rules = loadRuleMeta();

  it('reads every rule of rules/rules.json in order', () => {
    expect(rules.map((r) => r.id)).toEqual(raw.rules.map((r) => r.id));
    expect(rules.find((r) => r.id === 'cross-article')).toMatchObject({ category: 'cross', defaultSeverity: 'warn' });
  });

  it('links each rule to its documentation page', () => {
    for (const rule of rules) expect(rule.url).toBe(`https://github.com/factlint/factlint/blob/main/docs/rules/${rule.id}.md`);
  });

  it('gives every rule a description and help text', () => {
    for (const rule of rules) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.help.length).toBeGreaterThan(10);
    }
  });
});

describe('parseRuleMeta', () => {
  it('names the broken entry', () => {
    expect(() => parseRuleMeta({ rules: [{ id: 'x', category: 'weather', defaultSeverity: 'error', description: 'd' }] })).toThrow(
      /rules\/rules\.json#\/rules\/0 \(x\): unknown category "weather"/,
    );
    expect(() => parseRuleMeta({ rules: [{ id: 'x', category: 'date', defaultSeverity: 'loud', description: 'd' }] })).toThrow(FactlintError);
    expect(() => parseRuleMeta({})).toThrow(/"rules" array/);
  });

  it('falls back to the description when help is missing', () => {
    const [rule] = parseRuleMeta({ rules: [{ id: 'x', category: 'date', defaultSeverity: 'off', description: 'Short.' }] });
    expect(rule).toMatchObject({ id: 'x', help: 'Short.', defaultSeverity: 'off' });
  });
});
