/**
 * Relation finders. Each looks at the entities of one sentence (in text order) and the text
 * between them, and returns the relations it states.
 */
import type { WorkingDoc } from '../stages/doc.js';
import type { Entity, EntityOf, Relation } from '../types.js';

export interface SentenceContext {
  doc: WorkingDoc;
  entities: readonly Entity[];
  sentence: number;
}

export type RelationDraft = Omit<Relation, 'id' | 'sentence' | 'evidence'>;
export type RelationFinder = (ctx: SentenceContext) => RelationDraft[];

const LEVEL_RANK: Readonly<Record<string, number>> = {
  country: 5, province: 4, special_city: 4, city: 3, county: 3, region: 3, district: 2, workers_district: 2, town: 1, village: 0,
};

const between = (ctx: SentenceContext, a: Entity, b: Entity) => ctx.doc.folded.slice(a.end, b.start);

function contains(outer: EntityOf<'PLACE'>, inner: EntityOf<'PLACE'>): boolean {
  const o = LEVEL_RANK[outer.norm.level ?? ''];
  const i = LEVEL_RANK[inner.norm.level ?? ''];
  return o !== undefined && (i === undefined || o > i);
}

/** The gazetteer puts the inner place in another province than the text does. */
function conflicts(inner: EntityOf<'PLACE'>, outer: EntityOf<'PLACE'>): boolean {
  if (!inner.norm.resolved || !outer.norm.resolved) return false;
  if (outer.norm.level === 'province' || outer.norm.level === 'special_city') return inner.norm.province !== null && inner.norm.province !== outer.canonical;
  if (outer.norm.level === 'country') return inner.norm.country !== outer.norm.country;
  return false;
}

const INNER_THEN_OUTER = /^(?:,\s*|\s+in\s+(?:the\s+)?|\s+(?:city|county),\s*(?:in\s+)?)$/i;
const OUTER_POSSESSIVE = /^'s\s+$/;

export const locatedIn: RelationFinder = (ctx) => {
  const out: RelationDraft[] = [];
  const places = ctx.entities.filter((e): e is EntityOf<'PLACE'> => e.type === 'PLACE');
  for (let k = 0; k + 1 < places.length; k++) {
    const a = places[k]!;
    const b = places[k + 1]!;
    const gap = between(ctx, a, b);
    if (INNER_THEN_OUTER.test(gap) && contains(b, a)) {
      out.push({ type: 'located_in', subject: a.id, object: b.id, rule: 'located_in:inner-then-outer', conflict: conflicts(a, b) });
    } else if (OUTER_POSSESSIVE.test(gap) && contains(a, b)) {
      out.push({ type: 'located_in', subject: b.id, object: a.id, rule: 'located_in:outer-possessive', conflict: conflicts(b, a) });
    }
  }
  return out;
};

const QUANTITY_OF = /^\s+of\s+(?:the\s+|this\s+|that\s+)?$/i;

export const quantityOf: RelationFinder = (ctx) => {
  const out: RelationDraft[] = [];
  for (let k = 0; k + 1 < ctx.entities.length; k++) {
    const a = ctx.entities[k]!;
    const b = ctx.entities[k + 1]!;
    if (a.type === 'QUANTITY' && b.type === 'DRUG' && QUANTITY_OF.test(between(ctx, a, b))) {
      out.push({ type: 'quantity_of', subject: a.id, object: b.id, rule: 'quantity_of:of', conflict: false });
    }
  }
  return out;
};

export const RELATION_FINDERS: readonly RelationFinder[] = [locatedIn, quantityOf];
