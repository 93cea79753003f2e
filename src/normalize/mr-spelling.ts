import { ENGLISH_WORDS } from '../text/english.js';

/**
 * The McCune–Reischauer spelling of a North Korean name the gazetteer does not know, from the
 * Revised Romanization or the press's habits it is written in ("Hwajeon" → "Hwajon", "Ohbong" →
 * "Obong", "Shinpoong" → "Sinpung"): the guideline's canonical for places of the North
 * (docs/annotation.md, adjudication 7). Only what the spelling alone tells is undone: ŏ and ŭ
 * written "eo" and "eu", "oo" for u, "sh" before i, "Oh" for the syllable o; a letter that
 * needs the Hangul to choose (RR "ae" for 애 or the 에 of "je") stays. English words of the
 * name ("Stadium", "School") are left alone.
 */
export function mrSpelling(name: string): string {
  return name.replace(/[A-Za-z]+/g, (word) => (ENGLISH_WORDS.has(word.toLowerCase()) ? word : mrWord(word)));
}

function mrWord(word: string): string {
  return word
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/Shi/g, 'Si')
    .replace(/shi/g, 'si')
    .replace(/^Oh(?=[bcdgjklmnprst])/, 'O');
}
