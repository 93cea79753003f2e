/**
 * Every surface form an entry matches: its canonical name, typed aliases and acronyms, former
 * names, and for places the generated romanization variants of each name, each with the
 * designators of its level ("County", "-gun"; "City", "-si"; ...).
 */
import type { PlaceLevel } from '../types.js';
import type { Alias, GazetteerEntry, PlaceEntry } from './schema.js';
import { romanizations } from './romanize.js';

export interface ExpandedAlias {
  text: string;
  caseSensitive: boolean;
  context?: string[];
}

/**
 * Designators by level. Hyphenated and spaced forms ("Onsong-gun", "Onsong gun") share one
 * trie path, so only one is listed.
 */
export const DESIGNATORS: Readonly<Partial<Record<PlaceLevel, readonly string[]>>> = {
  province: ['Province', 'Provincial', 'do'],
  special_city: ['City', 'Special City', 'Directly Governed City', 'si'],
  city: ['City', 'si'],
  county: ['County', 'gun'],
  district: ['District', 'guyok', 'gu'],
  workers_district: ["Workers' District", 'rodongjagu'],
  town: ['Town', 'up', 'eup'],
  village: ['Village', 'ri'],
  river: ['River', 'gang'],
  mountain: ['Mountain', 'Mount', 'san'],
  prison_camp: ['Camp'],
};

const ALL_DESIGNATORS = [...new Set(Object.values(DESIGNATORS).flat())].sort((a, b) => b.length - a.length);
const TRAILING = new RegExp(`[ -](?:${ALL_DESIGNATORS.map((d) => d.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|')})$`, 'i');
const LEADING_MOUNT = /^Mount /;

/** The name without its designator: "Onsong County" → "Onsong", "Mount Paektu" → "Paektu". */
export function placeStem(name: string): string {
  return name.replace(TRAILING, '').replace(LEADING_MOUNT, '');
}

function fromAlias(a: Alias): ExpandedAlias {
  if (typeof a === 'string') return { text: a, caseSensitive: false };
  return { text: a.text, caseSensitive: a.case_sensitive ?? false, ...(a.context ? { context: a.context } : {}) };
}

function placeAliases(e: PlaceEntry): ExpandedAlias[] {
  const typed = e.aliases.map(fromAlias);
  const stems = new Set<string>([placeStem(e.canonical)]);
  for (const a of typed) if (!a.context && !a.caseSensitive) stems.add(placeStem(a.text));
  if (e.hangul && e.romanize) for (const r of romanizations(e.hangul)) stems.add(r);
  if (e.hangul) stems.add(e.hangul);
  const designators = DESIGNATORS[e.level] ?? [];
  const out: ExpandedAlias[] = [];
  for (const stem of stems) {
    if (e.bare || designators.length === 0) out.push({ text: stem, caseSensitive: false });
    for (const d of designators) {
      out.push({ text: d === 'Mount' ? `Mount ${stem}` : `${stem} ${d}`, caseSensitive: false });
    }
  }
  // full typed aliases keep their own form too ("Rason Special Economic Zone")
  return [{ text: e.canonical, caseSensitive: false }, ...typed, ...out];
}

/** All aliases of an entry, canonical first. */
export function aliasesOf(e: GazetteerEntry): ExpandedAlias[] {
  if (e.type === 'PLACE') return placeAliases(e);
  const out: ExpandedAlias[] = [{ text: e.canonical, caseSensitive: false }, ...e.aliases.map(fromAlias)];
  for (const a of e.acronyms) out.push({ text: a, caseSensitive: true });
  if (e.type === 'ORG') {
    if (e.acronym) out.push({ text: e.acronym, caseSensitive: true });
    for (const f of e.formerly) {
      out.push({ text: f.name, caseSensitive: false });
      if (f.acronym) out.push({ text: f.acronym, caseSensitive: true });
    }
  }
  return out;
}
