// Elided words split off the word they fuse with, as a language's grammar says (French «l'», «d'»).
import { describe, expect, it } from 'vitest';
import { splitElisions, tokenize } from '../../src/extract/tokens.js';

const split = (text: string, elisions: string[]) => splitElisions(tokenize(text), text, elisions).map((t) => `${t.text}|${t.key}`);

describe('splitElisions', () => {
  it('splits «l\'» and «d\'» (straight or curly apostrophe) off the next word', () => {
    expect(split("l'Ouzbékistan et d’Ouzbékistan", ["l'", "d'"])).toEqual(["l'|l'", 'Ouzbékistan|ouzbékistan', 'et|et', 'd’|d\'', 'Ouzbékistan|ouzbékistan']);
  });
  it('leaves other apostrophes and languages without elisions alone', () => {
    expect(split("Kyrgyzstan's president", ["l'"])).toEqual(["Kyrgyzstan's|kyrgyzstan's", 'president|president']);
    expect(split("l'Ouzbékistan", [])).toEqual(["l'Ouzbékistan|l'ouzbékistan"]);
  });
  it('keeps a bare elided word as it is', () => {
    expect(split("l' et", ["l'"])).toEqual(['l|l', 'et|et']);
  });
});
