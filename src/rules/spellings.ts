/**
 * Spellings of one word that do not make another name (British and American: "defence",
 * "defense"), from the lexicon lists `spellings-of-<word>` (rules/spellings.yaml). The gazetteer
 * matches its organizations and laws in every spelling; the organization finder compares a found
 * name with the gazetteer's names in one spelling.
 */
import type { Located, RuleProblem } from './load.js';
import type { LexiconEntry } from './schema.js';

const SPELLINGS_OF = 'spellings-of-';
const ONE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** An alias with more words to respell than this keeps its first ones' combinations only: names are short. */
const MAX_RESPELLED_WORDS = 3;

/** Each spelling → every spelling of its word, the listed word first ("defence" → defense, defence). */
export type Spellings = ReadonlyMap<string, readonly string[]>;

export function readSpellings(lexicon: readonly Located<LexiconEntry>[], problems: RuleProblem[]): Spellings {
  const familyOf = new Map<string, string[]>();
  for (const { value: l, file, line } of lexicon) {
    if (!l.id.startsWith(SPELLINGS_OF)) continue;
    const standard = l.id.slice(SPELLINGS_OF.length);
    const at = { file, line, entry: l.id };
    const family: string[] = [];
    for (const [i, word] of [standard, ...l.words].entries()) {
      const field = i === 0 ? 'id' : `words[${i - 1}]`;
      const other = familyOf.get(word);
      if (!ONE_WORD.test(word)) problems.push({ ...at, field, message: `"${word}" is not one lower-case word` });
      else if (other !== undefined) problems.push({ ...at, field, message: `"${word}" is already a spelling of "${other[0]}"` });
      else {
        family.push(word);
        familyOf.set(word, family);
      }
    }
  }
  return familyOf;
}

/** The word as the lists name it: "defence" → "defense"; a word no list has is itself. */
export const standardSpelling = (word: string, spellings: Spellings): string => spellings.get(word)?.[0] ?? word;

/** The other spellings of a name given as its word keys: "labor organization" → "labour organisation", "labour organization", "labor organisation". */
export function respellings(keys: readonly string[], spellings: Spellings): string[][] {
  let forms: string[][] = [[]];
  let respelled = 0;
  for (const key of keys) {
    const family = spellings.get(key);
    const choices = family === undefined || respelled++ >= MAX_RESPELLED_WORDS ? [key] : family;
    forms = forms.flatMap((form) => choices.map((c) => [...form, c]));
  }
  return forms.filter((form) => form.some((k, i) => k !== keys[i]));
}
