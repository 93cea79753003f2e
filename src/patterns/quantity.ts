/**
 * Quantities of mass: a number (digits or words) or "a"/"an" followed by a mass unit, spaced,
 * hyphenated or glued ("500g", "1.5 kg", "two kilograms", "half a kilogram", "a 500-gram
 * bag"). Not quantities: vague amounts ("several hundred grams", "tons of"), which have no
 * number; ranges ("2-3 kg"), which have no single value; rates ("5,000 yuan a kilogram",
 * "per gram"), where the mass is the unit of a price, not an amount; pounds that are money
 * ("10 pounds sterling", "British pounds"); a conversion in parentheses right after a mass
 * ("450 grams (1 lb)"), which restates the same amount; a vessel's tonnage ("the 4,480-ton Pong
 * Su", "a 300 tonne vessel"), its size, not an amount carried: tons right before a `vessel-nouns`
 * word (two words may stand between: "a 2,000-ton cargo ship") or, written as a modifier, before
 * a capitalised name (docs/annotation.md, adjudication 8).
 *
 * The finder scans for units, which are rare, and reads the number backwards from each.
 */
import { CURRENCY_AFTER_SOURCE } from '../normalize/money.js';
import { DIGITS_SOURCE, NUMBER_SOURCE, followsRangeStart, inAmount, matchEndingAt, mayEndNumber, parseNumber, precedingWord } from '../normalize/numbers.js';
import { MASS_UNIT_WORDS, quantityCanonical, toGrams } from '../normalize/quantity.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny } from '../stages/doc.js';
import { OPTIONAL_WORD_GAP, WORD_GAP } from '../text/space.js';

// digits may touch the unit ("500g"); words need a space or hyphen ("two kilograms")
const NUMBER_BEFORE = new RegExp(`(?<![\\w.,])(?:(${DIGITS_SOURCE})${OPTIONAL_WORD_GAP}-?|(${NUMBER_SOURCE}|an?(?:${WORD_GAP}single)?)(?:${WORD_GAP}|-))(metric${WORD_GAP})?$`, 'iy');
/** Units, which are rare: the scan looks for them and reads the number backwards. Digits may touch them ("500g"). */
const UNIT = new RegExp(`(?<![A-Za-z])(?:${[...MASS_UNIT_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const inQuantity = (word: string) => inAmount(word) || word === 'metric' || word === 'single';
const POUND = /^pounds?$/i;
const STERLING_AFTER = new RegExp(`${WORD_GAP}sterling\\b`, 'iy');
const PRICE_BEFORE = new RegExp(`(?:\\d[\\d,.]*|${CURRENCY_AFTER_SOURCE})${OPTIONAL_WORD_GAP}$`, 'iy');

const TONS = /^(?:metric[ \t]+)?tonn?e?s?$/i;
/** Up to two words after a mass unit and the word after them ("-ton cargo ship", " tonne vessel"). */
const WORDS_AFTER = new RegExp(`^${WORD_GAP}(?:([\\p{L}-]+)${WORD_GAP})?(?:([\\p{L}-]+)${WORD_GAP})?([\\p{L}-]+)`, 'u');
/** A ton figure written as a modifier right before a capitalised word: "the 4,480-ton Pong Su". */
const BEFORE_NAME = new RegExp(`^${WORD_GAP}\\p{Lu}`, 'u');
const NO_WORDS: ReadonlySet<string> = new Set();

/** Tons that give a vessel's size: a vessel noun within three words after ("of" not first), or a name right after a modifier ("4,480-ton Pong Su"). */
function isTonnage(text: string, unit: string, end: number, hyphenated: boolean, vessels: ReadonlySet<string>): boolean {
  if (!TONS.test(unit)) return false;
  const after = text.slice(end, end + 60);
  if (hyphenated && BEFORE_NAME.test(after)) return true;
  const m = WORDS_AFTER.exec(after);
  // "300 tons of ship fuel" is an amount of something
  return m !== null && (m[1] ?? m[3])!.toLowerCase() !== 'of' && [m[1], m[2], m[3]].some((w) => w !== undefined && vessels.has(w.toLowerCase()));
}

function isSterling(text: string, unitStart: number, unitEnd: number): boolean {
  STERLING_AFTER.lastIndex = unitEnd;
  return STERLING_AFTER.test(text) || /\bbritish[ \t]+$/i.test(text.slice(Math.max(0, unitStart - 8), unitStart));
}

export function findQuantities(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const text = doc.folded;
  const out: Draft[] = [];
  const vessels = rules.lexicon.get('vessel-nouns') ?? NO_WORDS;
  UNIT.lastIndex = 0;
  for (let u = UNIT.exec(text); u !== null; u = UNIT.exec(text)) {
    const unitStart = u.index;
    const end = unitStart + u[0].length;
    const last = precedingWord(text, unitStart);
    if (!last || !(mayEndNumber(last.word) || last.word === 'metric' || last.word === 'single')) continue;
    if (POUND.test(u[0]) && isSterling(text, unitStart, end)) continue;
    const m = matchEndingAt(NUMBER_BEFORE, text, unitStart, 8, inQuantity);
    if (!m) continue;
    const start = m.index;
    const number = m[1] ?? m[2]!;
    if (followsRangeStart(text, start) || precedingWord(text, start)?.word === 'per') continue;
    // "a gram", "a single gram"
    const article = /^an?(?:[ \t]+single)?$/i.test(number);
    if (article && matchEndingAt(PRICE_BEFORE, text, start, 3)) continue;
    const amount = article ? 1 : parseNumber(number);
    const grams = amount === null ? null : toGrams(amount, `${m[3] ?? ''}${doc.text.slice(unitStart, end)}`);
    if (grams === null || overlapsAny(doc.boilerplate, start, end)) continue;
    if (isTonnage(text, u[0], end, text[unitStart - 1] === '-', vessels)) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && /^[ \t]*\([ \t]*$/.test(text.slice(previous.end, start))) continue;
    out.push({
      type: 'QUANTITY', text: doc.text.slice(start, end), start, end, canonical: quantityCanonical(grams), canonicalId: null,
      rule: 'pattern:quantity', norm: { grams },
    });
  }
  return out;
}
