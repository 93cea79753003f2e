/** Hand-written Documents with events, for the event table and the report's events view. */
import { DocumentSchema, type Document, type Entity, type Event, type EventArgument } from '../../src/types.js';
import { buildDocument, type Spec } from './document-builder.js';

/** What an event of a test says; roles name the index (0-based) of one of the document's specs. */
export interface EventSpec {
  subtype: Event['subtype'];
  trigger: string;
  place?: number;
  time?: number;
  /** a time taken from the publication date, not from the sentence */
  timeFromContext?: string;
  sentence?: number;
  crime?: string;
  persons?: number[];
  count?: { min: number | null; max: number | null };
  modality?: Event['modality'];
  polarity?: Event['polarity'];
  genericity?: Event['genericity'];
}

const argOf = (entities: readonly Entity[], i: number | undefined): EventArgument | null => {
  if (i === undefined) return null;
  const e = entities[i]!;
  return { entity: e.id, value: e.type === 'DATE' ? (e.norm.value ?? e.canonical) : e.canonical, fromContext: false };
};

/** A Document of `text` with the entities of `specs` and one event per EventSpec, valid against the schema. */
export function buildEventDocument(id: string, text: string, specs: Spec[], events: EventSpec[], published: string | null = null): Document {
  const doc = buildDocument(text, specs, [], { id, meta: { published } });
  let from = 0;
  const built = events.map((v, i): Event => {
    const start = text.indexOf(v.trigger, from);
    if (start < 0) throw new Error(`"${v.trigger}" is not in the text`);
    from = start + v.trigger.length;
    return {
      id: `v${i + 1}`, subtype: v.subtype, trigger: v.trigger, start, end: start + v.trigger.length, sentence: 0, evidence: text,
      arguments: {
        agent: null,
        persons: (v.persons ?? []).map((p) => argOf(doc.entities, p)!),
        crime: v.crime ? { entity: null, value: v.crime, fromContext: false } : null,
        sentence: argOf(doc.entities, v.sentence),
        law: null,
        place: argOf(doc.entities, v.place),
        time: v.timeFromContext ? { entity: null, value: v.timeFromContext, fromContext: true } : argOf(doc.entities, v.time),
        money: null, drug: null, quantity: null,
      },
      count: v.count ?? null,
      modality: v.modality ?? 'asserted', polarity: v.polarity ?? 'positive', genericity: v.genericity ?? 'specific', tense: 'past',
      rule: 'test-event',
    };
  });
  return DocumentSchema.parse({ ...doc, events: built });
}

export const HYESAN: Spec = { type: 'PLACE', text: 'Hyesan', canonical: 'Hyesan', canonicalId: 'hyesan', norm: { level: 'city', province: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18, resolved: true } };
export const RYANGGANG: Spec = { type: 'PLACE', text: 'Ryanggang Province', canonical: 'Ryanggang', canonicalId: 'ryanggang', norm: { level: 'province', province: 'Ryanggang', country: 'KP', lat: 41.2, lon: 128.0, resolved: true } };
export const SINUIJU: Spec = { type: 'PLACE', text: 'Sinuiju', canonical: 'Sinuiju', canonicalId: 'sinuiju', norm: { level: 'city', province: 'North Pyongan', country: 'KP', lat: 40.1, lon: 124.4, resolved: true } };

export const date = (text: string, value: string): Spec => ({ type: 'DATE', text, canonical: value, canonicalId: null, norm: { value } });
export const penalty = (text: string, kind: string, duration: string | null): Spec =>
  ({ type: 'PENALTY', text, canonical: text, canonicalId: null, norm: { kind, status: 'imposed', duration } }) as Spec;
