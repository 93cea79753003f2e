/**
 * normalize: settles the drafts of the gazetteer and the pattern finders into the entity
 * list. Where two drafts overlap one is kept: a gazetteer-resolved entity over an unresolved
 * one (except an organization name, a law title or a Korean name that wholly contains it:
 * src/patterns/organization.ts, src/patterns/law-title.ts, src/patterns/person.ts),
 * else the longer, else the earlier (gazetteer before pattern finders). Three exceptions: an
 * offence (CRIME) wholly inside a longer name of another type is part of that name, a country
 * inside an amount names its currency ("U.S. $30", "1,000 Hong Kong dollars"), and a
 * county, city or district inside a village, town or district its designator names is that
 * lower place.
 * Entities get their sentence and ids in text order. An entity that would break
 * `text.slice(start, end) === text` or leave its sentence is dropped rather than emitted wrong.
 */
import { CONTAINING_LAW_RULE } from '../patterns/law-title.js';
import { CONTAINING_ORG_RULE } from '../patterns/organization.js';
import { PERSON_OVER_PLACE_RULE } from '../patterns/person.js';
import { DESIGNATED_PLACE_RULE } from '../patterns/place-designator.js';
import type { Entity } from '../types.js';
import { sentenceAt, type Draft, type WorkingDoc } from './doc.js';

/** Preference among overlapping drafts: resolved by the gazetteer first, then longer. */
const rank = (d: Draft) => (d.canonicalId !== null || d.rule === CONTAINING_ORG_RULE || d.rule === CONTAINING_LAW_RULE || d.rule === PERSON_OVER_PLACE_RULE ? 1e9 : 0) + (d.end - d.start);

const LOCAL_LEVELS: ReadonlySet<string> = new Set(['village', 'town', 'district']);
const ADMIN_LEVELS: ReadonlySet<string> = new Set(['province', 'special_city', 'city', 'county', 'district', 'workers_district']);
const LOWER_DESIGNATOR = /^[- ](?:dong|ri|gu|guyok|up|eup|village|district|town)$/i;
const placeLevel = (d: Draft) => (d.type === 'PLACE' ? d.norm.level : null);

/**
 * A village, town or district its designator names ("Sinhung-dong", "Hwajeon Village",
 * "Pyongchon-ri") is not the county, city or district whose name it shares: the gazetteer's
 * match inside it gives way.
 */
function namesALowerPlace(inner: Draft, cluster: readonly { d: Draft }[], text: string): boolean {
  if (!ADMIN_LEVELS.has(placeLevel(inner) ?? '')) return false;
  // the name and its designator only: "Sinhung-dong", not "Pyongyang's Moranbong District"
  return cluster.some(({ d: o }) => o.rule === DESIGNATED_PLACE_RULE && LOCAL_LEVELS.has(placeLevel(o) ?? '') && placeLevel(o) !== placeLevel(inner)
    && o.start === inner.start && LOWER_DESIGNATOR.test(text.slice(inner.end, o.end)));
}

/** Keeps the best drafts of one cluster of mutually overlapping drafts (usually one or two). */
function settleCluster(cluster: { d: Draft; i: number }[], kept: Draft[], text: string): void {
  // an offence word inside a longer name is part of that name ("Anti-Smuggling Law")
  cluster = cluster.filter(({ d }) => d.type !== 'CRIME' || !cluster.some(({ d: o }) => o.type !== 'CRIME' && o.start <= d.start && d.end <= o.end && o.end - o.start > d.end - d.start));
  cluster = cluster.filter(({ d }) => !namesALowerPlace(d, cluster, text));
  // the country that names a currency is part of the amount ("U.S. $30")
  cluster = cluster.filter(({ d }) => d.type !== 'PLACE' || !cluster.some(({ d: o }) => o.type === 'MONEY' && o.start <= d.start && d.end <= o.end));
  cluster.sort((x, y) => rank(y.d) - rank(x.d) || x.i - y.i);
  const chosen: Draft[] = [];
  for (const { d } of cluster) if (!chosen.some((k) => k.start < d.end && d.start < k.end)) chosen.push(d);
  kept.push(...chosen);
}

export function normalize(doc: WorkingDoc): WorkingDoc {
  const text = doc.text;
  const valid: { d: Draft; i: number }[] = [];
  doc.drafts.forEach((d, i) => {
    // the same test as text.slice(start, end) === d.text, without cutting the slice
    if (d.start >= 0 && d.start < d.end && d.end - d.start === d.text.length && text.startsWith(d.text, d.start)) valid.push({ d, i });
  });
  valid.sort((x, y) => x.d.start - y.d.start || x.i - y.i);
  // drafts only compete inside a run of overlapping spans, so settle each run on its own
  const kept: Draft[] = [];
  let cluster: { d: Draft; i: number }[] = [];
  let clusterEnd = -1;
  for (const item of valid) {
    if (item.d.start >= clusterEnd && cluster.length > 0) {
      settleCluster(cluster, kept, text);
      cluster = [];
    }
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.d.end);
  }
  if (cluster.length > 0) settleCluster(cluster, kept, text);
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities: Entity[] = [];
  for (const d of kept) {
    const sentence = sentenceAt(doc.sentences, d.start);
    if (sentence === -1 || doc.sentences[sentence]!.end < d.end) continue;
    // the draft becomes the entity: copying it ({ ...d }) over drafts of a dozen shapes cost more than the rest of the stage
    const e = d as Entity;
    e.id = `e${entities.length + 1}`;
    e.sentence = sentence;
    entities.push(e);
  }
  doc.entities = entities;
  return doc;
}
