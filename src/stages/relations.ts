/**
 * relations: relations stated within one sentence, found by the patterns of the `relations`
 * rule files (rules/relations.yaml) over the sentence's entities and the words around them.
 * Then a place the gazetteer does not know ("Sinhung-dong", "Hwajeon Village", "Shinpoong
 * Stadium") takes the province and country of the known place the text puts it in; failing
 * that, of its sentence when every place there with a province lies in one. A count by
 * province then includes it; put in North Korea, it takes the McCune–Reischauer spelling the
 * guideline asks for places of the North ("Hwajeon Village" → Hwajon).
 */
import { mrSpelling } from '../normalize/mr-spelling.js';
import { provinceOf } from '../normalize/province.js';
import { findRelations } from '../relations/index.js';
import type { CompiledRules } from '../rules/compile.js';
import type { EntityOf, PlaceLevel } from '../types.js';
import type { WorkingDoc } from './doc.js';

export function relations(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  doc.relations = findRelations(doc, rules.relations);
  inheritProvinces(doc);
  inheritSentenceProvinces(doc);
  for (const e of doc.entities) if (e.type === 'PLACE' && e.canonicalId === null && e.norm.country === 'KP') e.canonical = mrSpelling(e.canonical);
  return doc;
}

type Place = EntityOf<'PLACE'>;

/**
 * located_in: the place takes its container's province. A container the gazetteer does not
 * know passes on a province it took itself ("Ryonpung-dong, Kumsong-ri, Kapsan County"), so
 * the relations are read until nothing changes: at most once per link of the chain.
 */
function inheritProvinces(doc: WorkingDoc): void {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const links = doc.relations.flatMap((r) => {
    const place = byId.get(r.subject);
    const container = byId.get(r.object);
    return r.type === 'located_in' && place?.type === 'PLACE' && container?.type === 'PLACE' && !place.norm.resolved ? [{ place, container }] : [];
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (const { place, container } of links) {
      const province = provinceOf(container);
      if (place.norm.province !== null || province === null) continue;
      place.norm.province = province;
      place.norm.country = container.norm.country;
      changed = true;
    }
  }
}

/** Places small enough to lie in one province: a river, a mountain or a region may span several. */
const LOCAL_LEVELS: ReadonlySet<PlaceLevel> = new Set(['district', 'workers_district', 'town', 'village', 'facility', 'port', 'border_crossing', 'prison_camp']);

/**
 * Words that set two places side by side rather than one in the other: "Sinhung-dong and then
 * Hyesan", "from Kumsong-ri to Musan", "Hyesan or Kapsan".
 */
const SIBLING_WORDS = /\b(?:and|or|but|nor|then|to|from|towards?|via|before|after|while|whereas|unlike)\b/i;

/**
 * A local place that no located_in places ("Wonsan authorities gathered ... at Shinpoong
 * Stadium"; "in Songbong District, a source in Ryanggang Province said") takes the province of
 * its sentence when every place there with a province lies in that one, none of them set beside
 * it (SIBLING_WORDS between the two), of the place's own country (North Korea for a place named
 * only by its designator, as the reporting is on it). A sentence naming places of two provinces,
 * or only places abroad, says nothing.
 */
function inheritSentenceProvinces(doc: WorkingDoc): void {
  const located = new Set(doc.relations.filter((r) => r.type === 'located_in').map((r) => r.subject));
  const bySentence = new Map<number, Place[]>();
  for (const e of doc.entities) {
    if (e.type !== 'PLACE') continue;
    const list = bySentence.get(e.sentence);
    if (list) list.push(e);
    else bySentence.set(e.sentence, [e]);
  }
  const between = (a: Place, b: Place) => doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  for (const sentence of bySentence.values()) {
    for (const place of sentence) {
      if (place.norm.province !== null || located.has(place.id) || !LOCAL_LEVELS.has(place.norm.level as PlaceLevel)) continue;
      const others = sentence.filter((o) => o !== place && provinceOf(o) !== null);
      const provinces = new Set(others.map((o) => `${o.norm.country}\u0000${provinceOf(o)}`));
      if (provinces.size !== 1 || others.some((o) => SIBLING_WORDS.test(between(place, o)))) continue;
      const { norm } = others[0]!;
      if (norm.country !== (place.norm.country ?? 'KP')) continue;
      place.norm.province = provinceOf(others[0]!);
      place.norm.country = norm.country;
    }
  }
}
