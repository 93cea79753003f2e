/**
 * Gold files: `<id>.gold.json` in the gold directory, one per input article, holding what a
 * careful reader finds in the article. Norms hold only what a reader can state, so a gold
 * PLACE has no coordinates and no `resolved` flag; the other norms are those of types.ts.
 *
 * Two shapes: mention-level gold (every mention with its offsets, the fixtures) and
 * document-level gold (`"level": "document"`: each distinct entity once, no offsets), which a
 * reader writes in minutes for a real article whose text may not be committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CRIME_IDS, ENTITY_TYPES, DateNormSchema, EmptyNormSchema, LawNormSchema, MoneyNormSchema, OrgNormSchema, PenaltyNormSchema, PlaceNormSchema,
  QuantityNormSchema, EVENT_SUBTYPES, RELATION_TYPES,
} from '../types.js';

export const GOLD_SUFFIX = '.gold.json';

const Offset = z.number().int().nonnegative();

const goldEntityFields = {
  id: z.string().min(1),
  start: Offset,
  end: Offset,
  text: z.string().min(1),
  canonical: z.string().min(1),
};

export const GoldPlaceNormSchema = PlaceNormSchema.pick({ level: true, province: true, country: true }).strict();

const GoldCrimeNormSchema = z.object({ offence: z.enum(CRIME_IDS) }).strict();

/**
 * The entity types the reader annotated. Gold written before CRIME existed does not say, and
 * scores every type but CRIME: its offences were never read, so nkie's are neither right nor wrong.
 */
const EntityTypesField = z.array(z.enum(ENTITY_TYPES)).min(1).optional()
  .describe('entity types annotated in this file; absent: every type but CRIME');

export const GoldEntitySchema = z.discriminatedUnion('type', [
  z.object({ ...goldEntityFields, type: z.literal('PLACE'), norm: GoldPlaceNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('ORG'), norm: OrgNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('LAW'), norm: LawNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('PERSON'), norm: EmptyNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('DRUG'), norm: EmptyNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('QUANTITY'), norm: QuantityNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('MONEY'), norm: MoneyNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('DATE'), norm: DateNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('PENALTY'), norm: PenaltyNormSchema }).strict(),
  z.object({ ...goldEntityFields, type: z.literal('CRIME'), norm: GoldCrimeNormSchema }).strict(),
]);

/** Which collection a gold file belongs to; check reports each set apart so a pooled score cannot hide a gap. */
const SetName = z.string().regex(/^[a-z][a-z0-9-]*$/).describe('tuned: the rules were developed on it; heldout: written without looking; real: real reporting');

export const GoldRelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  subject: z.string().describe('gold entity id'),
  object: z.string().describe('gold entity id'),
}).strict();

/** The roles a gold event fills with one entity id (`crime` is an offence id, `persons` a list). */
const EVENT_ENTITY_ROLES = ['agent', 'sentence', 'law', 'place', 'time', 'money', 'drug', 'quantity'] as const;


const EntityRef = z.string().min(1).nullable().optional();

/** A justice event as a reader states it (ACE 2005 JUSTICE, plus crackdown and seizure); arguments are entity ids. */
export const GoldEventSchema = z.object({
  subtype: z.enum(EVENT_SUBTYPES),
  trigger: z.string().min(1),
  agent: EntityRef,
  persons: z.array(z.string().min(1)).optional(),
  count: z.object({ min: z.number().int().nonnegative().nullable(), max: z.number().int().nonnegative().nullable() }).strict().nullable().optional(),
  crime: z.enum(CRIME_IDS).nullable().optional().describe('the offence id (rules/crimes.yaml)'),
  sentence: EntityRef,
  law: EntityRef,
  place: EntityRef,
  time: EntityRef,
  money: EntityRef,
  drug: EntityRef,
  quantity: EntityRef,
  modality: z.enum(['asserted', 'other']),
  polarity: z.enum(['positive', 'negative']),
  genericity: z.enum(['specific', 'generic']),
  argumentsFromContext: z.array(z.enum([...EVENT_ENTITY_ROLES, 'crime', 'persons'])).optional().describe('roles filled from another sentence'),
}).strict();

export const GoldSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/),
  set: SetName.optional(),
  source: z.string().describe('input path relative to the input directory, as the loader reports it'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  notes: z.string().optional(),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
  events: z.array(GoldEventSchema).optional().describe('justice events; absent: not annotated, so not scored'),
  entityTypes: EntityTypesField,
}).strict();

const docEntityFields = {
  id: z.string().min(1).optional().describe('needed only by entities that a relation or event names'),
  canonical: z.string().min(1),
  seen: z.array(z.string().min(1)).optional().describe('surface forms, for the reader'),
};

export const DocGoldEntitySchema = z.discriminatedUnion('type', [
  z.object({ ...docEntityFields, type: z.literal('PLACE'), norm: GoldPlaceNormSchema }).strict(),
  z.object({ ...docEntityFields, type: z.literal('ORG'), norm: OrgNormSchema.partial().strict().optional() }).strict(),
  z.object({ ...docEntityFields, type: z.literal('LAW'), norm: LawNormSchema.partial().strict().optional() }).strict(),
  z.object({ ...docEntityFields, type: z.literal('PERSON'), norm: EmptyNormSchema.optional() }).strict(),
  z.object({ ...docEntityFields, type: z.literal('DRUG'), norm: EmptyNormSchema.optional() }).strict(),
  z.object({ ...docEntityFields, type: z.literal('QUANTITY'), norm: QuantityNormSchema }).strict(),
  z.object({ ...docEntityFields, type: z.literal('MONEY'), norm: MoneyNormSchema }).strict(),
  z.object({ ...docEntityFields, type: z.literal('DATE'), norm: DateNormSchema }).strict(),
  z.object({ ...docEntityFields, type: z.literal('PENALTY'), norm: PenaltyNormSchema }).strict(),
  z.object({ ...docEntityFields, type: z.literal('CRIME'), norm: GoldCrimeNormSchema }).strict(),
]);

export const DocGoldSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/),
  level: z.literal('document'),
  set: SetName.optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  notes: z.string().optional(),
  entities: z.array(DocGoldEntitySchema),
  relations: z.array(GoldRelationSchema),
  events: z.array(GoldEventSchema).optional(),
  entityTypes: EntityTypesField,
}).strict();

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type DocGoldEntity = z.infer<typeof DocGoldEntitySchema>;
export type DocGold = z.infer<typeof DocGoldSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldRelation = z.infer<typeof GoldRelationSchema>;
export type Gold = z.infer<typeof GoldSchema>;

export type AnyGold = Gold | DocGold;

export const isDocumentGold = (g: AnyGold): g is DocGold => 'level' in g && g.level === 'document';

/** The entity types a gold file is scored on: its `entityTypes`, else every type but CRIME. */
export const annotatedTypes = (g: AnyGold): ReadonlySet<string> => new Set(g.entityTypes ?? ENTITY_TYPES.filter((t) => t !== 'CRIME'));

/** The set a gold file is reported in: its `set`, else `fixtures` for mention-level and `real` for document-level gold. */
export const goldSet = (g: AnyGold): string => g.set ?? (isDocumentGold(g) ? 'real' : 'fixtures');

export interface GoldFile {
  file: string;
  gold: AnyGold;
}

export interface GoldProblem {
  /** the article id the file name gives */
  id: string;
  file: string;
  reason: string;
}

/** Checks that need the whole file: the id matches the file name, ids are unique, relations point at entities. */
export function parseGold(value: unknown, fileId: string): AnyGold | string[] {
  if (typeof value === 'object' && value !== null && 'level' in value) return parseDocGold(value, fileId);
  const parsed = GoldSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
  const gold = parsed.data;
  const problems: string[] = [];
  if (gold.id !== fileId) problems.push(`id "${gold.id}" does not match the file name "${fileId}${GOLD_SUFFIX}"`);
  const ids = new Set<string>();
  const spans = new Map<string, string>();
  for (const e of gold.entities) {
    if (ids.has(e.id)) problems.push(`entity id "${e.id}" is used twice`);
    ids.add(e.id);
    if (e.end <= e.start) problems.push(`${e.id}: end ${e.end} is not after start ${e.start}`);
    const span = `${e.type} ${e.start}-${e.end}`;
    const twin = spans.get(span);
    if (twin !== undefined) problems.push(`${e.id}: same type and span as ${twin}`);
    spans.set(span, e.id);
  }
  gold.relations.forEach((r, i) => {
    for (const end of [r.subject, r.object]) if (!ids.has(end)) problems.push(`relations.${i}: no entity "${end}"`);
  });
  problems.push(...eventProblems(gold.events, ids));
  return problems.length > 0 ? problems : gold;
}

/** Every entity id an event names exists. */
function eventProblems(events: readonly GoldEvent[] | undefined, ids: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  (events ?? []).forEach((ev, i) => {
    const refs = [...EVENT_ENTITY_ROLES.map((role) => [role, ev[role]] as const), ...(ev.persons ?? []).map((p) => ['persons', p] as const)];
    for (const [role, ref] of refs) if (typeof ref === 'string' && !ids.has(ref)) problems.push(`events.${i}.${role}: no entity "${ref}"`);
  });
  return problems;
}

function parseDocGold(value: unknown, fileId: string): DocGold | string[] {
  const parsed = DocGoldSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
  const gold = parsed.data;
  const problems: string[] = [];
  if (gold.id !== fileId) problems.push(`id "${gold.id}" does not match the file name "${fileId}${GOLD_SUFFIX}"`);
  const ids = new Set<string>();
  gold.entities.forEach((e, i) => {
    if (e.id === undefined) return;
    if (ids.has(e.id)) problems.push(`entities.${i}: id "${e.id}" is used twice`);
    ids.add(e.id);
  });
  gold.relations.forEach((r, i) => {
    for (const end of [r.subject, r.object]) if (!ids.has(end)) problems.push(`relations.${i}: no entity "${end}"`);
  });
  problems.push(...eventProblems(gold.events, ids));
  return problems.length > 0 ? problems : gold;
}

/** Checks against the article: the same source file, and every span reads the gold text. */
export function checkGoldAgainstText(gold: Gold, source: string, text: string): string[] {
  const problems: string[] = [];
  if (gold.source !== source) problems.push(`source "${gold.source}" but the article with this id comes from "${source}"`);
  for (const e of gold.entities) {
    if (e.end > text.length) problems.push(`${e.id}: end ${e.end} is past the end of the text (${text.length})`);
    else if (text.slice(e.start, e.end) !== e.text) problems.push(`${e.id}: text ${JSON.stringify(e.text)} but offsets ${e.start}-${e.end} read ${JSON.stringify(text.slice(e.start, e.end))}`);
  }
  return problems;
}

/** Every gold file of a directory (not recursive), sorted by name; invalid ones become problems. */
export function loadGoldDir(dir: string): { files: GoldFile[]; problems: GoldProblem[] } {
  const files: GoldFile[] = [];
  const problems: GoldProblem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(GOLD_SUFFIX)).sort()) {
    const file = join(dir, name);
    const id = name.slice(0, -GOLD_SUFFIX.length);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push({ id, file, reason: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const gold = parseGold(value, id);
    if (Array.isArray(gold)) problems.push(...gold.map((reason) => ({ id, file, reason })));
    else files.push({ file, gold });
  }
  return { files, problems };
}
