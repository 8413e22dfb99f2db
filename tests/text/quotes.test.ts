import { describe, expect, it } from 'vitest';
import { insideQuote } from '../../src/text/quotes.js';

const at = (text: string, word: string) => insideQuote(text, text.indexOf(word));

describe('insideQuote', () => {
  it('finds guillemets, curly and straight quotes, over sentences of one paragraph', () => {
    expect(at('« Nous avons grandi. L\'an dernier, tout a changé », dit-il.', 'dernier')).toBe(true);
    expect(at('« Nous avons grandi », dit-il. L\'an dernier, tout a changé.', 'dernier')).toBe(false);
    expect(at('He said: “Last year trade grew.” Then he left.', 'Last')).toBe(true);
    expect(at('He said: “Trade grew.” Last year it fell.', 'Last')).toBe(false);
    expect(at('Er sagte: „Im Vorjahr wuchs der Handel.“ Im Vorjahr fiel er.', 'Vorjahr wuchs')).toBe(true);
    expect(at('Er sagte: „Der Handel wuchs.“ Im Vorjahr fiel er.', 'Vorjahr')).toBe(false);
    expect(at('She said "last year" twice.', 'last')).toBe(true);
  });
  it('does not carry a quotation over a paragraph break', () => {
    expect(at('« Une citation sans fin\n\nL\'an dernier, le commerce a crû.', 'dernier')).toBe(false);
  });
});
