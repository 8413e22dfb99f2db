// Words for a kind of place ("province", «область», "Gespanschaft") in every language, lower-cased:
// they tell a region from a city in a fact set that types both "place". Read only when a place
// check meets such a set.
import { availableLangs } from '../language/pack.js';
import { grammarOf } from './grammar.js';

let words: ReadonlySet<string> | undefined;

export function placeKindWords(): ReadonlySet<string> {
  if (!words) words = new Set(availableLangs('grammar').flatMap((l) => grammarOf(l).cues?.placeKind ?? []).flatMap((w) => w.toLowerCase().split(/\s+/u)));
  return words;
}
