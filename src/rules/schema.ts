/**
 * The shape of every rule file in rules/. Files are YAML with a top-level `kind`; unknown
 * fields are errors (a typo must never silently disable a rule).
 */
import { z } from 'zod';
import { ORG_KINDS, PENALTY_KINDS, PLACE_LEVELS } from '../types.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const NonEmpty = z.string().trim().min(1, 'must not be empty');
const Year = z.number().int().min(1900).max(2100);

export const AliasSchema = z.union([
  NonEmpty,
  z.object({
    text: NonEmpty,
    case_sensitive: z.boolean().optional().describe('match only with this exact capitalisation'),
    context: z.array(NonEmpty).min(1).optional().describe('match only when one of these words is in the same sentence'),
  }).strict(),
]);
export type Alias = z.infer<typeof AliasSchema>;

const base = {
  id: Id,
  canonical: NonEmpty,
  aliases: z.array(AliasSchema).default([]),
  acronyms: z.array(NonEmpty).default([]).describe('case-sensitive aliases'),
  shares_alias_with: z.array(Id).default([]).describe('entries of the same type allowed to claim the same alias'),
  context: z.array(NonEmpty).default([]).describe('words that favour this entry when an alias is shared'),
  default: z.boolean().default(false).describe('wins a shared alias when nothing else decides'),
  note: z.string().optional(),
};

export const PlaceEntrySchema = z.object({
  ...base,
  type: z.literal('PLACE'),
  level: z.enum(PLACE_LEVELS),
  province: Id.nullable().default(null).describe('id of the province or special city entry'),
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
  iso: z.string().regex(/^[A-Z]{2}-[0-9A-Z]{1,3}$/).optional().describe('ISO 3166-2 code'),
  hangul: z.string().regex(/^[\uac00-\ud7a3 ]+$/, 'Hangul syllables only').optional(),
  romanize: z.boolean().default(true).describe('generate romanization variants from hangul'),
  bare: z.boolean().default(true).describe('the name alone matches; false: only with a designator (County, -gun)'),
}).strict();

export const OrgEntrySchema = z.object({
  ...base,
  type: z.literal('ORG'),
  kind: z.enum(ORG_KINDS),
  acronym: NonEmpty.optional().describe('the acronym shown in norm.acronym'),
  valid_from: Year.optional().describe('year the current name was adopted'),
  formerly: z.array(z.object({
    name: NonEmpty,
    acronym: NonEmpty.optional(),
    until: Year,
  }).strict()).default([]),
}).strict();

export const LawEntrySchema = z.object({
  ...base,
  type: z.literal('LAW'),
  code: NonEmpty.describe('"Criminal Code" or the name of the law'),
  article: z.number().int().positive().nullable().default(null),
  title: NonEmpty.nullable().default(null),
  max_penalty: z.enum(PENALTY_KINDS).optional(),
  revisions: z.array(z.object({
    year: Year,
    article: z.number().int().positive().nullable(),
    note: z.string().optional(),
  }).strict()).default([]).describe('article numbers in earlier code revisions'),
}).strict();

export const DrugEntrySchema = z.object({
  ...base,
  type: z.literal('DRUG'),
  class: z.enum(['stimulant', 'opioid', 'cannabinoid', 'precursor', 'unspecified', 'other']),
}).strict();

export const PenaltyEntrySchema = z.object({
  ...base,
  type: z.literal('PENALTY'),
  kind: z.enum(PENALTY_KINDS),
}).strict();

export const PersonEntrySchema = z.object({
  ...base,
  type: z.literal('PERSON'),
  role: z.string().optional(),
}).strict();

export const GazetteerEntrySchema = z.discriminatedUnion('type', [
  PlaceEntrySchema, OrgEntrySchema, LawEntrySchema, DrugEntrySchema, PenaltyEntrySchema, PersonEntrySchema,
]);
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;
export type OrgEntry = z.infer<typeof OrgEntrySchema>;
export type LawEntry = z.infer<typeof LawEntrySchema>;

export const BoilerplateEntrySchema = z.object({
  id: Id,
  pattern: NonEmpty.describe('regular expression, tested case-insensitively against one whole line'),
  note: z.string().optional(),
}).strict();
export type BoilerplateEntry = z.infer<typeof BoilerplateEntrySchema>;

/** Words with a role in patterns: place designators, honorifics, Korean surnames, outlets... */
export const LexiconEntrySchema = z.object({
  id: Id,
  words: z.array(NonEmpty).min(1),
  note: z.string().optional(),
}).strict();
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

const fileHeader = {
  attribution: z.string().optional(),
  note: z.string().optional(),
};

export const RuleFileSchema = z.discriminatedUnion('kind', [
  z.object({ ...fileHeader, kind: z.literal('gazetteer'), entries: z.array(z.unknown()) }).strict(),
  z.object({ ...fileHeader, kind: z.literal('boilerplate'), entries: z.array(z.unknown()) }).strict(),
  z.object({ ...fileHeader, kind: z.literal('lexicon'), entries: z.array(z.unknown()) }).strict(),
]);
export type RuleFileKind = z.infer<typeof RuleFileSchema>['kind'];
