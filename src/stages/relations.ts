/**
 * relations: relations stated within one sentence, found by the patterns of the `relations`
 * rule files (rules/relations.yaml) over the sentence's entities and the words around them.
 * Then a place the gazetteer does not know ("Sinhung-dong", "Hwajeon Village") that the text
 * puts in a known one takes that place's province and country: a count by province includes it.
 */
import { findRelations } from '../relations/index.js';
import type { CompiledRules } from '../rules/compile.js';
import type { EntityOf } from '../types.js';
import type { WorkingDoc } from './doc.js';

export function relations(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  doc.relations = findRelations(doc, rules.relations);
  inheritProvinces(doc);
  return doc;
}

function inheritProvinces(doc: WorkingDoc): void {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const r of doc.relations) {
    if (r.type !== 'located_in') continue;
    const place = byId.get(r.subject) as EntityOf<'PLACE'> | undefined;
    const container = byId.get(r.object) as EntityOf<'PLACE'> | undefined;
    if (!place || !container || place.norm.resolved || place.norm.province !== null || !container.norm.resolved) continue;
    const province = container.norm.level === 'province' || container.norm.level === 'special_city' ? container.canonical : container.norm.province;
    if (province === null) continue;
    place.norm.province = province;
    place.norm.country = container.norm.country;
  }
}
