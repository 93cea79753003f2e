/**
 * Persons. Korean names: a surname from the `korean-surnames` lexicon followed by a given
 * name of one or two romanized Korean syllables (a one-syllable one only hyphenated), spaced or hyphenated ("Kim Jong Un",
 * "Kim Jong-un", "Yeom Seung Cheol"). Other names: two or three capitalised words after a
 * `person-triggers` word ("reporter", "by") or starting with a first name from
 * compromise's lexicon; a single capitalised word after an `honorifics` word ("Mr. Choi"). Canonical: as written, Korean given names unhyphenated and capitalised.
 */
import nlp from 'compromise';
import type { CompiledRules } from '../rules/compile.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny } from '../stages/doc.js';

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;

// One romanized Korean syllable in any of the common systems (MR without diacritics, RR, DPRK).
const SYLLABLE = '(?:ch|sh|kk|tt|pp|ss|jj|ts|[kgndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ai|ya|eo|eu|ye|oe|oi|wa|yo|wo|we|wi|yu|ui|oo|ee|ou|a|e|i|o|u)(?:ng|k|n|t|l|m|p|r|g|b|d)?';
const KOREAN_GIVEN = new RegExp(`^${SYLLABLE}(?:[- ]${SYLLABLE})?$`, 'i');
const CAPITALISED = /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$/;

function koreanCanonical(surname: string, given: string): string {
  const parts = given.split(/[- ]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase());
  return `${surname} ${parts.join(' ')}`;
}

function person(doc: WorkingDoc, start: number, end: number, canonical: string, rule: string): Draft {
  return { type: 'PERSON', text: doc.text.slice(start, end), start, end, canonical, canonicalId: null, rule, norm: {} };
}

export function findPersons(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const surnames = rules.lexicon.get('korean-surnames') ?? new Set<string>();
  const triggers = rules.lexicon.get('person-triggers') ?? new Set<string>();
  const honorifics = rules.lexicon.get('honorifics') ?? new Set<string>();
  const words = doc.words;
  const out: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.boilerplate) continue;
    const surface = doc.text.slice(w.start, w.end);
    if (!/^[A-Z]/.test(surface)) continue;
    const next = words[i + 1];
    const next2 = words[i + 2];
    const sameRun = (a: typeof w, b: typeof w | undefined) => b !== undefined && a.joinsNext && b.sentence === a.sentence && /^[ -]$/.test(doc.text.slice(a.end, b.start));
    if (surnames.has(w.key) && sameRun(w, next)) {
      // longest given name first: two syllables (spaced or hyphenated), then one
      const twoEnd = sameRun(next!, next2) ? next2!.end : -1;
      for (const end of [twoEnd, next!.end]) {
        if (end < 0) continue;
        const given = doc.text.slice(next!.start, end);
        if (KOREAN_GIVEN.test(given) && given.split(' ').every((p) => /^[A-Z]/.test(p)) && !overlapsAny(doc.boilerplate, w.start, end)) {
          // one-syllable given names are rare and collide with English ("Kim Il"); need a second capitalised part
          if (end === next!.end && !given.includes('-')) break;
          out.push(person(doc, w.start, end, koreanCanonical(surface, given), 'pattern:korean-name'));
          i = end === next2?.end ? i + 2 : i + 1;
          break;
        }
      }
      continue;
    }
    const prev = words[i - 1];
    const triggered = prev !== undefined && prev.sentence === w.sentence && triggers.has(prev.key);
    if (prev !== undefined && prev.sentence === w.sentence && honorifics.has(prev.key) && CAPITALISED.test(surface) && !sameRun(w, next)) {
      out.push(person(doc, w.start, w.end, surface, 'pattern:honorific'));
      continue;
    }
    const firstName = FIRST_NAME_TAGS.has(LEXICON[w.key] ?? '');
    if ((triggered || firstName) && sameRun(w, next)) {
      const second = doc.text.slice(next!.start, next!.end);
      if (!CAPITALISED.test(second)) continue;
      let end = next!.end;
      if (sameRun(next!, next2) && CAPITALISED.test(doc.text.slice(next2!.start, next2!.end)) && FIRST_NAME_TAGS.has(LEXICON[next!.key] ?? '')) end = next2!.end;
      out.push(person(doc, w.start, end, doc.text.slice(w.start, end), triggered ? 'pattern:person-trigger' : 'pattern:first-name'));
      i += end === next2?.end ? 2 : 1;
    }
  }
  return out;
}
