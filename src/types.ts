/**
 * The data nkie produces. The zod schemas are the single source: the TypeScript types are
 * inferred from them and `schema/document.schema.json` is generated from them
 * (`npm run schema`; a test fails when the committed file is stale).
 */
import { z } from 'zod';

export const ENTITY_TYPES = ['PLACE', 'ORG', 'LAW', 'PERSON', 'DRUG', 'QUANTITY', 'MONEY', 'DATE', 'PENALTY', 'CRIME'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['located_in', 'based_in', 'quantity_of', 'price_of', 'penalty_for', 'affiliated_with'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const PLACE_LEVELS = [
  'country', 'province', 'special_city', 'city', 'county', 'district', 'workers_district', 'town', 'village',
  'region', 'river', 'mountain', 'lake', 'port', 'border_crossing', 'prison_camp', 'facility',
] as const;
export const ORG_KINDS = [
  'security', 'police', 'judicial', 'party', 'military', 'state', 'mass', 'media', 'ngo', 'company', 'international',
] as const;
export const PENALTY_KINDS = [
  'death_penalty', 'labor_training', 'reform_through_labor', 'political_prison_camp', 'detention',
  'dismissal', 'fine', 'public_struggle_session', 'exile', 'expulsion', 'confiscation', 'imprisonment',
] as const;

const Offset = z.number().int().nonnegative();
const Nullable = <T extends z.ZodType>(t: T) => t.nullable();

export const SpanSchema = z.object({ start: Offset, end: Offset }).strict();

export const PlaceNormSchema = z.object({
  level: Nullable(z.enum(PLACE_LEVELS)),
  province: Nullable(z.string()).describe('canonical name of the province or special city the place belongs to'),
  country: Nullable(z.string().regex(/^[A-Z]{2}$/)).describe('ISO 3166-1 alpha-2'),
  lat: Nullable(z.number().min(-90).max(90)),
  lon: Nullable(z.number().min(-180).max(180)),
  resolved: z.boolean().describe('true when the place is in the gazetteer'),
}).strict();

export const OrgNormSchema = z.object({
  kind: Nullable(z.enum(ORG_KINDS)),
  acronym: Nullable(z.string()),
}).strict();

export const LawNormSchema = z.object({
  code: Nullable(z.string()).describe('"Criminal Code" for code articles, else the named law'),
  article: Nullable(z.number().int().positive()),
  title: Nullable(z.string()),
}).strict();

export const EmptyNormSchema = z.object({}).strict();

export const QuantityNormSchema = z.object({ grams: z.number().nonnegative() }).strict();

export const MoneyNormSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217'),
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
}).strict();

export const DateNormSchema = z.object({
  value: z.string().describe('TIMEX3 value: 2018-05-07, 2016-01, XXXX-03-12, 199X, 2019-SU'),
  mod: z.enum(['START', 'MID', 'END']).optional(),
}).strict();

export const PENALTY_STATUSES = ['imposed', 'requested', 'possible', 'generic'] as const;

export const PenaltyNormSchema = z.object({
  kind: z.enum(PENALTY_KINDS),
  duration: Nullable(z.string().regex(/^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/)).describe('ISO 8601 duration'),
  life: z.boolean().optional(),
}).strict();

/** A penalty mention's norm: its value, and its status, which the event it belongs to decides. */
export const PenaltyMentionNormSchema = PenaltyNormSchema.extend({
  status: Nullable(z.enum(PENALTY_STATUSES)).describe("imposed, requested (by a prosecutor), possible (threatened), generic (a law's maximum); null when no event decides"),
}).strict();

/** The offences CRIME entities and events' `crime` normalize to: the entry ids of rules/crimes.yaml. */
export const CRIME_IDS = [
  'drug-use', 'drug-dealing', 'drug-manufacture', 'smuggling', 'illegal-border-crossing', 'defection',
  'foreign-media', 'illegal-phone-use', 'bribery-corruption', 'human-trafficking', 'murder', 'espionage',
  'theft', 'fraud', 'remittance-brokering', 'currency-exchange', 'anti-state', 'religion', 'prostitution', 'other',
] as const;

export const CrimeNormSchema = z.object({
  offence: z.string().describe('the offence id: the entry of rules/crimes.yaml (drug-dealing, smuggling, ...)'),
}).strict();

const entityFields = {
  id: z.string().regex(/^e\d+$/),
  text: z.string().min(1),
  start: Offset,
  end: Offset,
  sentence: z.number().int().nonnegative().describe('index into Document.sentences'),
  canonical: z.string(),
  canonicalId: Nullable(z.string()).describe('id of the rule entry, null when not in the gazetteer'),
  rule: z.string().describe('the rule or pattern that produced the entity'),
};

export const EntitySchema = z.discriminatedUnion('type', [
  z.object({ ...entityFields, type: z.literal('PLACE'), norm: PlaceNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('ORG'), norm: OrgNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('LAW'), norm: LawNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('PERSON'), norm: EmptyNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('DRUG'), norm: EmptyNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('QUANTITY'), norm: QuantityNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('MONEY'), norm: MoneyNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('DATE'), norm: DateNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('PENALTY'), norm: PenaltyMentionNormSchema }).strict(),
  z.object({ ...entityFields, type: z.literal('CRIME'), norm: CrimeNormSchema }).strict(),
]);

export const RelationSchema = z.object({
  id: z.string().regex(/^r\d+$/),
  type: z.enum(RELATION_TYPES),
  subject: z.string().describe('entity id'),
  object: z.string().describe('entity id'),
  sentence: z.number().int().nonnegative(),
  evidence: z.string().describe('the text of the sentence that states the relation (a sentence over 2,000 characters cut to the words around it)'),
  rule: z.string(),
  conflict: z.boolean().describe('located_in only: the text contradicts the gazetteer'),
}).strict();

export const EVENT_SUBTYPES = [
  'arrest-jail', 'release-parole', 'trial-hearing', 'charge-indict', 'convict', 'sentence', 'fine',
  'execute', 'extradite', 'acquit', 'appeal', 'pardon', 'crackdown', 'seizure',
] as const;

/** The roles of an event that take one entity; `persons` takes a list. */
export const EVENT_ROLES = ['agent', 'crime', 'sentence', 'law', 'place', 'time', 'money', 'drug', 'quantity'] as const;

export const EventArgumentSchema = z.object({
  entity: Nullable(z.string()).describe("entity id; null when the value is the document's own (its publication date)"),
  value: z.string().describe("the canonical value: a place's canonical name, a DATE's TIMEX3 value, a PENALTY's canonical, a CRIME's offence id"),
  fromContext: z.boolean().describe("true when taken from outside the event's sentence"),
}).strict();

const eventArgument = () => Nullable(EventArgumentSchema);

/** A justice event (ACE 2005's JUSTICE type, plus crackdown and seizure): one per trigger. */
export const EventSchema = z.object({
  id: z.string().regex(/^v\d+$/),
  subtype: z.enum(EVENT_SUBTYPES),
  trigger: z.string().min(1).describe('the word(s) that state the event, as written'),
  start: Offset,
  end: Offset,
  sentence: z.number().int().nonnegative().describe('index into Document.sentences'),
  evidence: z.string().describe('the text of the sentence that states the event (a sentence over 2,000 characters cut to the words around its trigger)'),
  arguments: z.object({
    agent: eventArgument(),
    persons: z.array(EventArgumentSchema),
    crime: eventArgument(),
    sentence: eventArgument().describe('the PENALTY'),
    law: eventArgument(),
    place: eventArgument(),
    time: eventArgument(),
    money: eventArgument(),
    drug: eventArgument(),
    quantity: eventArgument(),
  }).strict(),
  count: Nullable(z.object({ min: Nullable(z.number().int().nonnegative()), max: Nullable(z.number().int().nonnegative()) }).strict())
    .describe('how many persons the text says ("three women", "dozens")'),
  modality: z.enum(['asserted', 'other']).describe('other: could, will, may, threatened, planned, rumoured'),
  polarity: z.enum(['positive', 'negative']),
  genericity: z.enum(['specific', 'generic']).describe('generic: what a law or policy does in general'),
  tense: z.enum(['past', 'present', 'future', 'unspecified']),
  rule: z.string(),
}).strict();

export const DocumentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/),
  source: z.string().describe('input path relative to the input directory'),
  title: Nullable(z.string()),
  outlet: Nullable(z.string()),
  author: Nullable(z.string()),
  url: Nullable(z.string()),
  published: Nullable(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).describe('ISO date, never guessed'),
  text: z.string(),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  events: z.array(EventSchema),
}).strict();

export type Span = z.infer<typeof SpanSchema>;
export type PlaceNorm = z.infer<typeof PlaceNormSchema>;
export type OrgNorm = z.infer<typeof OrgNormSchema>;
export type LawNorm = z.infer<typeof LawNormSchema>;
export type QuantityNorm = z.infer<typeof QuantityNormSchema>;
export type MoneyNorm = z.infer<typeof MoneyNormSchema>;
export type DateNorm = z.infer<typeof DateNormSchema>;
export type PenaltyNorm = z.infer<typeof PenaltyNormSchema>;
export type CrimeNorm = z.infer<typeof CrimeNormSchema>;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export type Entity = z.infer<typeof EntitySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type Event = z.infer<typeof EventSchema>;
export type EventArgument = z.infer<typeof EventArgumentSchema>;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];
export type EventSubtype = (typeof EVENT_SUBTYPES)[number];
export type EventRole = (typeof EVENT_ROLES)[number];

/** An entity of one type, with that type's norm. */
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;
export type NormOf<T extends EntityType> = EntityOf<T>['norm'];

/** What the loader hands to the pipeline: one article, before any analysis. */
export interface Article {
  id: string;
  source: string;
  text: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
  author?: string | null;
  /** .txt/.md: the first non-empty line is the title */
  titleFromFirstLine?: boolean;
}
