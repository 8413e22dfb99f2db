import { describe, expect, it } from 'vitest';
import { withMeasureWords } from '../../src/language/measure-words.js';

const trade = { id: 'trade', kind: 'quantity', names: { de: ['Warenaustausch'] } };

describe('withMeasureWords', () => {
  it('names a quantity property by the other words of its group', () => {
    const [p] = withMeasureWords([trade], 'de');
    expect(p!.names!.de).toContain('Warenverkehr');
    expect(p!.names!.de![0]).toBe('Warenaustausch');
  });
  it('adds nothing when words of two properties fall in one group', () => {
    const other = { id: 'volume', kind: 'quantity', names: { de: ['Handelsvolumen'] } };
    expect(withMeasureWords([trade, other], 'de')).toEqual([trade, other]);
  });
  it('adds nothing to a property of another kind, nor a word another property has', () => {
    const growth = { id: 'growth', kind: 'change', names: { de: ['Handel'] } };
    expect(withMeasureWords([growth], 'de')).toEqual([growth]);
    const owned = { id: 'share', kind: 'share', names: { de: ['Warenverkehr'] } };
    const out = withMeasureWords([trade, owned], 'de');
    expect(out[0]!.names!.de).not.toContain('Warenverkehr');
  });
});
