/**
 * Places the gazetteer does not know but the text marks as places: "X County", "X City",
 * "X Province", "X-gun", "X-ri", "the city of X". They become PLACE with canonicalId null and
 * norm.resolved false; where the gazetteer knows the same span, its entity wins (normalize).
 */
import { isStopWord } from '../text/wink.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny } from '../stages/doc.js';

const NAME = "[A-Z][a-z]+(?:['-][a-z]+)*";
const LEVELS: Readonly<Record<string, 'province' | 'city' | 'county' | 'district' | 'village' | 'town'>> = {
  province: 'province', do: 'province', city: 'city', si: 'city', county: 'county', gun: 'county',
  district: 'district', guyok: 'district', gu: 'district', dong: 'district', ri: 'village', village: 'village', up: 'town', eup: 'town',
};
const DESIGNATED = new RegExp(`\\b(${NAME}(?: ${NAME})?)(?: (Province|City|County|District|Village)|-(do|si|gun|guyok|gu|dong|ri|up|eup))\\b`, 'g');
const CITY_OF = new RegExp(`\\b[Tt]he (city|county|village|town|district) of (${NAME})\\b`, 'g');

function unresolved(doc: WorkingDoc, start: number, end: number, level: string, rule: string): Draft {
  return {
    type: 'PLACE', text: doc.text.slice(start, end), start, end, canonical: doc.text.slice(start, end), canonicalId: null, rule,
    norm: { level: (LEVELS[level.toLowerCase()] ?? null), province: null, country: null, lat: null, lon: null, resolved: false },
  };
}

export function findDesignatedPlaces(doc: WorkingDoc): Draft[] {
  const out: Draft[] = [];
  for (const m of doc.folded.matchAll(DESIGNATED)) {
    const name = m[1]!;
    const words = name.split(' ');
    // "The County", "Each Province": the name must be a name
    if (words.some((w) => isStopWord(w.toLowerCase()))) continue;
    const end = m.index + m[0].length;
    if (overlapsAny(doc.boilerplate, m.index, end)) continue;
    out.push(unresolved(doc, m.index, end, (m[2] ?? m[3])!, 'pattern:designated-place'));
  }
  for (const m of doc.folded.matchAll(CITY_OF)) {
    const name = m[2]!;
    if (isStopWord(name.toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    if (overlapsAny(doc.boilerplate, start, start + name.length)) continue;
    out.push(unresolved(doc, start, start + name.length, m[1]!, 'pattern:city-of'));
  }
  return out;
}
