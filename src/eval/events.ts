/**
 * Event scoring, document level: the gold events of an article against the predicted ones.
 * Both sides become keys per role (the document-level entity keys of keys.ts, so a place
 * compares by canonical name, a time by TIMEX3 value, a penalty by kind and duration; a crime
 * by its offence id). An event matches when subtype, place and time agree (the headline
 * level); the strict level also needs the same penalty. Arguments and modality are scored over
 * the events matched at the headline level.
 */
import { EVENT_ROLES, type Document, type EventArgument, type EventRole } from '../types.js';
import { entityKey, normalizeName, type Keyable } from './keys.js';
import type { Tally } from './score.js';

/** The roles scored per argument, in the order reports list them. */
export const ARGUMENT_ROLES = ['agent', 'persons', 'crime', 'sentence', 'law', 'place', 'time', 'money', 'drug', 'quantity'] as const;
export type ArgumentRole = (typeof ARGUMENT_ROLES)[number];
export const MODALITIES = ['asserted', 'other'] as const;

/** The entity type a role takes: a predicted argument without an entity is keyed by its value as this type. */
const ROLE_TYPES: Readonly<Record<Exclude<EventRole, 'crime'>, Keyable['type']>> = {
  agent: 'ORG', sentence: 'PENALTY', law: 'LAW', place: 'PLACE', time: 'DATE', money: 'MONEY', drug: 'DRUG', quantity: 'QUANTITY',
};

/** An event reduced to what is compared: one key (or null) per role, the persons as a set of keys. */
export interface KeyedEvent {
  subtype: string;
  trigger: string;
  roles: Record<EventRole, string | null>;
  persons: Set<string>;
  modality: string;
}

/** A gold event as the gold files state it: roles name gold entity ids, crime an offence id. */
export interface GoldEventLike {
  subtype: string;
  trigger: string;
  persons?: readonly string[] | undefined;
  crime?: string | null | undefined;
  modality: string;
  agent?: string | null | undefined;
  sentence?: string | null | undefined;
  law?: string | null | undefined;
  place?: string | null | undefined;
  time?: string | null | undefined;
  money?: string | null | undefined;
  drug?: string | null | undefined;
  quantity?: string | null | undefined;
}

const NAME_TYPES = new Set(['PLACE', 'ORG', 'LAW', 'PERSON', 'DRUG']);

type KeyableWithId = Keyable & { id: string };

const keyOf = (e: Keyable | undefined): string | null => (e === undefined ? null : entityKey(e).key);

export function keyGoldEvent(ev: GoldEventLike, entities: readonly KeyableWithId[]): KeyedEvent {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ref = (id: string | null | undefined) => (id == null ? null : keyOf(byId.get(id)));
  const roles = Object.fromEntries(EVENT_ROLES.map((role) => [role, role === 'crime' ? (ev.crime ?? null) : ref(ev[role])])) as Record<EventRole, string | null>;
  const persons = new Set((ev.persons ?? []).map(ref).filter((k): k is string => k !== null));
  return { subtype: ev.subtype, trigger: ev.trigger, roles, persons, modality: ev.modality };
}

/** Predicted arguments compare by their entity's key; one without an entity (the publication date) by its value. */
export function keyPredictedEvents(doc: Pick<Document, 'entities' | 'events'>): KeyedEvent[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const argKey = (role: EventRole | 'persons', a: EventArgument | null): string | null => {
    if (a === null) return null;
    if (role === 'crime') return a.value;
    const entity = a.entity === null ? undefined : byId.get(a.entity);
    const type = role === 'persons' ? 'PERSON' : ROLE_TYPES[role];
    if (entity !== undefined && entity.type === type) return keyOf(entity as Keyable);
    // the publication date (no entity): its value stands for it, keyed as keys.ts keys a name or a date
    return `${type}\u0000${NAME_TYPES.has(type) ? normalizeName(a.value).toLowerCase() : a.value}`;
  };
  return doc.events.map((ev) => ({
    subtype: ev.subtype,
    trigger: ev.trigger,
    roles: Object.fromEntries(EVENT_ROLES.map((role) => [role, argKey(role, ev.arguments[role])])) as Record<EventRole, string | null>,
    persons: new Set(ev.arguments.persons.map((p) => argKey('persons', p)).filter((k): k is string => k !== null)),
    modality: ev.modality,
  }));
}

export interface EventTallies {
  events: Tally;
  eventsStrict: Tally;
  eventArguments: Tally;
  modality: Tally;
}

/** A missed or spurious event, for the report. */
export interface EventDifference {
  subtype: string;
  trigger: string;
  place: string | null;
  time: string | null;
  sentence: string | null;
}

const agree = (g: KeyedEvent, p: KeyedEvent) => g.subtype === p.subtype && g.roles.place === p.roles.place && g.roles.time === p.roles.time;
const agreeStrict = (g: KeyedEvent, p: KeyedEvent) => agree(g, p) && g.roles.sentence === p.roles.sentence;
/** How many roles two events share: among several candidates, the closest pair is matched first. */
const shared = (g: KeyedEvent, p: KeyedEvent) =>
  EVENT_ROLES.filter((r) => g.roles[r] !== null && g.roles[r] === p.roles[r]).length + [...g.persons].filter((k) => p.persons.has(k)).length;

/** One-to-one: pairs that agree, the closest first, then gold and prediction order. */
function match(gold: readonly KeyedEvent[], pred: readonly KeyedEvent[], ok: (g: KeyedEvent, p: KeyedEvent) => boolean) {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    if (ok(g, p)) candidates.push({ g: gi, p: pi, score: shared(g, p) });
  }));
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const matched: [KeyedEvent, KeyedEvent][] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || predUsed.has(c.p)) continue;
    goldUsed.add(c.g);
    predUsed.add(c.p);
    matched.push([gold[c.g]!, pred[c.p]!]);
  }
  return { matched, missed: gold.filter((_, i) => !goldUsed.has(i)), spurious: pred.filter((_, i) => !predUsed.has(i)) };
}

const difference = (e: KeyedEvent): EventDifference => {
  const shown = (k: string | null) => (k === null ? null : k.slice(k.indexOf('\u0000') + 1));
  return { subtype: e.subtype, trigger: e.trigger, place: shown(e.roles.place), time: shown(e.roles.time), sentence: shown(e.roles.sentence) };
};

type Add = (level: keyof EventTallies, type: string, counts: { tp?: number; fp?: number; fn?: number }) => void;

/**
 * Scores one article's events into the tallies (through `add`) and returns how many events
 * matched and the missed and spurious ones of the headline level. A role null on both sides is
 * not counted.
 */
export function scoreEvents(gold: readonly KeyedEvent[], pred: readonly KeyedEvent[], add: Add): { matched: number; missed: EventDifference[]; spurious: EventDifference[] } {
  const headline = match(gold, pred, agree);
  for (const [g] of headline.matched) add('events', g.subtype, { tp: 1 });
  for (const g of headline.missed) add('events', g.subtype, { fn: 1 });
  for (const p of headline.spurious) add('events', p.subtype, { fp: 1 });

  const strict = match(gold, pred, agreeStrict);
  for (const [g] of strict.matched) add('eventsStrict', g.subtype, { tp: 1 });
  for (const g of strict.missed) add('eventsStrict', g.subtype, { fn: 1 });
  for (const p of strict.spurious) add('eventsStrict', p.subtype, { fp: 1 });

  for (const [g, p] of headline.matched) {
    for (const role of EVENT_ROLES) {
      const [gk, pk] = [g.roles[role], p.roles[role]];
      if (gk === null && pk === null) continue;
      if (gk === pk) add('eventArguments', role, { tp: 1 });
      else {
        if (gk !== null) add('eventArguments', role, { fn: 1 });
        if (pk !== null) add('eventArguments', role, { fp: 1 });
      }
    }
    for (const k of g.persons) add('eventArguments', 'persons', p.persons.has(k) ? { tp: 1 } : { fn: 1 });
    for (const k of p.persons) if (!g.persons.has(k)) add('eventArguments', 'persons', { fp: 1 });
    // accuracy as a tally: a right modality is a tp of its value, a wrong one a miss of the gold's and a spurious prediction's
    if (g.modality === p.modality) add('modality', g.modality, { tp: 1 });
    else {
      add('modality', g.modality, { fn: 1 });
      add('modality', p.modality, { fp: 1 });
    }
  }
  return { matched: headline.matched.length, missed: headline.missed.map(difference), spurious: headline.spurious.map(difference) };
}
