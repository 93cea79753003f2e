/**
 * Hand-built documents for the relation tests: sentences plus entity lists with exact
 * offsets, so the engine is tested independently of the gazetteer and the pattern finders.
 * Entities are given in text order; each is found after the previous one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, type CompiledRules } from '../../src/rules/compile.js';
import { findRelations } from '../../src/relations/index.js';
import { newWorkingDoc, sentenceAt, type WorkingDoc } from '../../src/stages/doc.js';
import { foldText } from '../../src/text/fold.js';
import { EntitySchema, type Entity, type OrgKind, type PlaceLevel } from '../../src/types.js';
import { RULES_DIR, rulesDir } from '../helpers.js';

const RELATION_RULE_FILES = ['relations.yaml', 'relation-words.yaml'];

type Spec = Omit<Entity, 'id' | 'sentence' | 'start' | 'end'>;

interface Known {
  level: PlaceLevel;
  province: string | null;
  country: string;
  id: string;
  canonical?: string;
}

/** A small gazetteer of the test world: text as written → what it resolves to. */
const PLACES: Readonly<Record<string, Known>> = {
  'Ryanggang Province': { level: 'province', province: 'Ryanggang Province', country: 'KP', id: 'ryanggang' },
  'Yanggang Province': { level: 'province', province: 'Ryanggang Province', country: 'KP', id: 'ryanggang', canonical: 'Ryanggang Province' },
  'North Hamgyong Province': { level: 'province', province: 'North Hamgyong Province', country: 'KP', id: 'north-hamgyong' },
  'South Hamgyong Province': { level: 'province', province: 'South Hamgyong Province', country: 'KP', id: 'south-hamgyong' },
  'South Hamgyong': { level: 'province', province: 'South Hamgyong Province', country: 'KP', id: 'south-hamgyong', canonical: 'South Hamgyong Province' },
  'South Pyongan Province': { level: 'province', province: 'South Pyongan Province', country: 'KP', id: 'south-pyongan' },
  'South Pyongan': { level: 'province', province: 'South Pyongan Province', country: 'KP', id: 'south-pyongan', canonical: 'South Pyongan Province' },
  Pyongyang: { level: 'special_city', province: 'Pyongyang', country: 'KP', id: 'pyongyang' },
  Hyesan: { level: 'city', province: 'Ryanggang Province', country: 'KP', id: 'hyesan' },
  'Hyesan City': { level: 'city', province: 'Ryanggang Province', country: 'KP', id: 'hyesan', canonical: 'Hyesan' },
  Hoeryong: { level: 'city', province: 'North Hamgyong Province', country: 'KP', id: 'hoeryong' },
  Hamhung: { level: 'city', province: 'South Hamgyong Province', country: 'KP', id: 'hamhung' },
  Sunchon: { level: 'city', province: 'South Pyongan Province', country: 'KP', id: 'sunchon' },
  Pyongsong: { level: 'city', province: 'South Pyongan Province', country: 'KP', id: 'pyongsong' },
  'Onsong County': { level: 'county', province: 'North Hamgyong Province', country: 'KP', id: 'onsong' },
  'Musan County': { level: 'county', province: 'North Hamgyong Province', country: 'KP', id: 'musan' },
  'North Korea': { level: 'country', province: null, country: 'KP', id: 'north-korea' },
  China: { level: 'country', province: null, country: 'CN', id: 'china' },
  Dandong: { level: 'city', province: null, country: 'CN', id: 'dandong' },
  'Samsu County': { level: 'county', province: 'Ryanggang Province', country: 'KP', id: 'samsu' },
  'Kapsan County': { level: 'county', province: 'Ryanggang Province', country: 'KP', id: 'kapsan' },
  'Jilin Province': { level: 'province', province: null, country: 'CN', id: 'jilin' },
  Yanji: { level: 'city', province: 'Jilin Province', country: 'CN', id: 'yanji' },
  Japan: { level: 'country', province: null, country: 'JP', id: 'japan' },
  Nagoya: { level: 'city', province: null, country: 'JP', id: 'nagoya' },
};

/** A place of the test world, or (with a level) an unresolved one as the designator finder makes. */
export function place(text: string, unresolvedLevel?: PlaceLevel | null): Spec {
  const k = PLACES[text];
  if (unresolvedLevel !== undefined || !k) {
    return { type: 'PLACE', text, canonical: text, canonicalId: null, rule: 'test', norm: { level: unresolvedLevel ?? null, province: null, country: null, lat: null, lon: null, resolved: false } };
  }
  return { type: 'PLACE', text, canonical: k.canonical ?? text, canonicalId: k.id, rule: 'test', norm: { level: k.level, province: k.province, country: k.country, lat: null, lon: null, resolved: true } };
}

export function org(text: string, kind: OrgKind | null, canonical = text): Spec {
  return { type: 'ORG', text, canonical, canonicalId: kind === null ? null : canonical.toLowerCase().replace(/\W+/g, '-'), rule: 'test', norm: { kind, acronym: null } };
}

export const person = (text: string): Spec => ({ type: 'PERSON', text, canonical: text, canonicalId: null, rule: 'test', norm: {} });
export const drug = (text: string): Spec => ({ type: 'DRUG', text, canonical: text, canonicalId: text.toLowerCase(), rule: 'test', norm: {} });
export const quantity = (text: string, grams = 1): Spec => ({ type: 'QUANTITY', text, canonical: text, canonicalId: null, rule: 'test', norm: { grams } });
export const money = (text: string): Spec => ({ type: 'MONEY', text, canonical: text, canonicalId: null, rule: 'test', norm: { currency: 'CNY', min: 1, max: 1 } });
export const law = (text: string): Spec => ({ type: 'LAW', text, canonical: text, canonicalId: null, rule: 'test', norm: { code: 'Criminal Code', article: null, title: null } });
export const penalty = (text: string): Spec => ({ type: 'PENALTY', text, canonical: text, canonicalId: null, rule: 'test', norm: { kind: 'death_penalty', status: null, duration: null } });
export const date = (text: string): Spec => ({ type: 'DATE', text, canonical: text, canonicalId: null, rule: 'test', norm: { value: 'XXXX' } });

/** A document of the given sentences (joined by one space) with the entities at their exact offsets. */
export function buildDoc(sentences: readonly string[], specs: readonly Spec[]): WorkingDoc {
  const text = sentences.join(' ');
  const doc = newWorkingDoc({ id: 'test', source: 'test.txt', text });
  doc.folded = foldText(text);
  let at = 0;
  for (const s of sentences) {
    doc.sentences.push({ start: at, end: at + s.length });
    at += s.length + 1;
  }
  let cursor = 0;
  doc.entities = specs.map((spec, i) => {
    const start = text.indexOf(spec.text, cursor);
    if (start === -1) throw new Error(`"${spec.text}" not found after offset ${cursor}`);
    cursor = start + spec.text.length;
    return EntitySchema.parse({ ...spec, id: `e${i + 1}`, start, end: cursor, sentence: sentenceAt(doc.sentences, start) });
  });
  return doc;
}

let real: CompiledRules | null = null;
/** The repository's relation patterns and their word lists (alone: the gazetteer plays no part here), compiled once. */
export function realRules(): CompiledRules {
  real ??= compileRules(rulesDir(Object.fromEntries(RELATION_RULE_FILES.map((f) => [f, readFileSync(join(RULES_DIR, f), 'utf8')]))));
  return real;
}

/** The relations as compact strings: "located_in Hyesan -> Ryanggang Province [rule]", "!" marks a conflict. */
export function relationsOf(doc: WorkingDoc, rules: CompiledRules = realRules(), withRule = false): string[] {
  const text = (id: string) => doc.entities.find((e) => e.id === id)!.text;
  return findRelations(doc, rules.relations).map((r) =>
    `${r.type} ${text(r.subject)} -> ${text(r.object)}${r.conflict ? ' !' : ''}${withRule ? ` [${r.rule}]` : ''}`);
}
