/**
 * The shape of every rule file in rules/. Files are YAML with a top-level `kind`; unknown
 * fields are errors (a typo must never silently disable a rule).
 */
import { z } from 'zod';
import { CRIME_IDS, ENTITY_TYPES, EVENT_SUBTYPES, ORG_KINDS, PENALTY_KINDS, PLACE_LEVELS, RELATION_TYPES } from '../types.js';
import { placeStem } from './variants.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const NonEmpty = z.string().trim().min(1, 'must not be empty');
const Year = z.number().int().min(1900).max(2100);

export const AliasSchema = z.union([
  NonEmpty,
  z.object({
    text: NonEmpty,
    case_sensitive: z.boolean().optional().describe('match only with this exact capitalisation'),
    context: z.array(NonEmpty).min(1).optional().describe('match only when one of these words is in the same sentence'),
    after: z.array(NonEmpty).min(1).optional().describe('match only right after one of these words, which stay outside the span'),
    before: z.array(NonEmpty).min(1).optional().describe('match only right before one of these words, which stay outside the span'),
    not_before: z.array(NonEmpty).min(1).optional().describe('do not match right before one of these words'),
    not_after: z.array(NonEmpty).min(1).optional().describe('do not match right after one of these words'),
    predicate: z.object({
      words: z.array(NonEmpty).min(1).describe('what is done to the thing the alias names ("caught", "repatriated")'),
      gap: z.array(NonEmpty).default([]).describe('words that may stand between the alias and its predicate ("were", "of", "the"); numerals always may'),
    }).strict().optional().describe('match only where one of these words is said of the alias itself: after it ("defectors were caught") or before it ("the repatriation of defectors"), with only gap words between'),
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
  country: z.string().regex(/^[A-Z]{2}$/).nullable().describe('ISO 3166-1 alpha-2; null only for a region that lies in no single country (Europe, the DMZ)'),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
  iso: z.string().regex(/^[A-Z]{2}-[0-9A-Z]{1,3}$/).optional().describe('ISO 3166-2 code'),
  hangul: z.string().regex(/^[\uac00-\ud7a3 ]+$/, 'Hangul syllables only').optional(),
  romanize: z.boolean().default(true).describe('generate romanization variants from hangul'),
  bare: z.boolean().default(true).describe('the name alone matches; false: only with a designator (County, -gun)'),
  exclude: z.array(NonEmpty).default([]).describe('generated names this place must not claim (another place owns them), with every designated form built on them'),
}).strict().superRefine((e, ctx) => {
  // the canonical name always matches as written: without its designator it matches bare, which
  // only a name of one word may ("Kimjongsuk"), never the person's spaced name ("Kim Jong Suk")
  if (!e.bare && placeStem(e.canonical) === e.canonical && e.canonical.includes(' ')) {
    ctx.addIssue({ code: 'custom', path: ['canonical'], message: 'bare: false needs a designator in a canonical name of several words ("Kim Jong Suk County"), or a name of one word ("Kimjongsuk")' });
  }
  if (e.country === null && e.level !== 'region') {
    ctx.addIssue({ code: 'custom', path: ['country'], message: 'only a region may lie in no country (country: null)' });
  }
});

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
  country: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2 of the state the organization belongs to; settles a name two states\' bodies share'),
}).strict();

export const LawEntrySchema = z.object({
  ...base,
  type: z.literal('LAW'),
  code: NonEmpty.describe('"Criminal Code" or the name of the law'),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default('KP').describe('ISO 3166-1 alpha-2 of the state whose law it is; North Korea unless stated; null for an international treaty'),
  article: z.number().int().positive().nullable().default(null),
  title: NonEmpty.nullable().default(null),
  max_penalty: z.enum(PENALTY_KINDS).optional(),
  revisions: z.array(z.object({
    year: Year,
    article: z.number().int().positive().nullable(),
    note: z.string().optional(),
  }).strict()).default([]).describe('every number the article has had, each with the year of the first code text known to carry it; the latest is the current one'),
}).strict().superRefine((e, ctx) => {
  if (e.revisions.length === 0) return;
  const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['revisions'], message });
  if (e.article === null) return issue('revisions number an article: state article');
  if (new Set(e.revisions.map((r) => r.year)).size !== e.revisions.length) issue('two revisions with the same year');
  const latest = e.revisions.reduce((a, b) => (b.year > a.year ? b : a));
  // the number in force is looked up by year (src/patterns/law.ts): the latest must be the current
  if (latest.article !== e.article) issue(`the latest revision (${latest.year}) must carry the current article number ${e.article}`);
});

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

/**
 * Offence phrases too many to list one by one: optionally an adverb, a verb, then optionally
 * "a" or "the", a modifier and an object ("watching a South Korean drama", "illicitly leaving
 * the country", "illegal mobile phone calls"). The author states what makes the act an offence:
 * an adverb ("illegally entered"), a modifier ("watching dramas" is none), the object
 * ("attending a church service") or a following word (`before`: "attempting to reach" before
 * "South Korea", which stays a PLACE of its own).
 */
export const CrimePhraseSchema = z.object({
  adverbs: z.array(NonEmpty).min(1).optional().describe('before the verb: "illegally", "illicitly"'),
  verbs: z.array(NonEmpty).min(1).optional().describe('each inflection written out'),
  modifiers: z.array(NonEmpty).min(1).optional(),
  objects: z.array(NonEmpty).min(1).optional(),
  before: z.array(NonEmpty).min(1).optional().describe('match only right before one of these words or phrases, which stay outside the span'),
  not_after: z.array(NonEmpty).min(1).optional().describe('do not match right after one of these words or phrases'),
}).strict().superRefine((p, ctx) => {
  const parts = [p.adverbs, p.verbs, p.modifiers, p.objects].filter((x) => x !== undefined).length;
  if (parts + (p.before ? 1 : 0) < 2) ctx.addIssue({ code: 'custom', message: 'a phrase needs two parts of adverbs, verbs, modifiers, objects, before' });
  else if (p.adverbs && !p.verbs) ctx.addIssue({ code: 'custom', path: ['verbs'], message: 'adverbs need verbs' });
});
export type CrimePhrase = z.infer<typeof CrimePhraseSchema>;

/** An offence: its id is the offence id (norm.offence) events and analysts count by. */
export const CrimeEntrySchema = z.object({
  ...base,
  type: z.literal('CRIME'),
  id: z.enum(CRIME_IDS, { message: `an offence id: one of ${CRIME_IDS.join(', ')}` }),
  phrases: z.array(CrimePhraseSchema).default([]).describe('verb + modifier + object forms, expanded into aliases'),
}).strict();

export const PersonEntrySchema = z.object({
  ...base,
  type: z.literal('PERSON'),
  role: z.string().optional(),
  hangul: z.string().regex(/^[\uac00-\ud7a3]+ [\uac00-\ud7a3]+$/, 'Hangul syllables: the surname, a space, the given name ("김 정은")').optional()
    .describe('a Korean name, whose spellings in every romanization are generated (src/rules/romanize.ts personRomanizations)'),
}).strict();

export const GazetteerEntrySchema = z.discriminatedUnion('type', [
  PlaceEntrySchema, OrgEntrySchema, LawEntrySchema, DrugEntrySchema, PenaltyEntrySchema, PersonEntrySchema, CrimeEntrySchema,
]);
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;
export type OrgEntry = z.infer<typeof OrgEntrySchema>;
export type LawEntry = z.infer<typeof LawEntrySchema>;

export const BoilerplateEntrySchema = z.object({
  id: Id,
  pattern: NonEmpty.describe('regular expression, tested case-insensitively against one whole line'),
  inline: z.boolean().default(false).describe('mark every match inside a line instead of whole lines'),
  closing: z.boolean().default(false)
    .describe('with inline: the pattern ends with $ and is tested on the last 400 characters of a line of any length'),
  note: z.string().optional(),
}).strict().refine((b) => !b.closing || b.inline, { message: 'closing needs inline: true', path: ['closing'] });
export type BoilerplateEntry = z.infer<typeof BoilerplateEntrySchema>;

/** Words with a role in patterns: place designators, honorifics, Korean surnames, outlets... */
export const LexiconEntrySchema = z.object({
  id: Id,
  words: z.array(NonEmpty).min(1),
  note: z.string().optional(),
}).strict();
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/**
 * A relation pattern (docs/relations.md): which entities, in which order, and what text
 * between and around them states the relation. Phrases are checked when compiled.
 */
const EntityTypes = z.union([z.enum(ENTITY_TYPES), z.array(z.enum(ENTITY_TYPES)).min(1)]).transform((t) => (Array.isArray(t) ? t : [t]));
const Phrases = z.array(z.string()).min(1);
export const RelationEntrySchema = z.object({
  id: Id,
  relation: z.enum(RELATION_TYPES),
  subject: EntityTypes,
  object: EntityTypes,
  subject_levels: z.array(z.enum(PLACE_LEVELS)).min(1).optional(),
  object_levels: z.array(z.enum(PLACE_LEVELS)).min(1).optional(),
  subject_kinds: z.array(z.enum(ORG_KINDS)).min(1).optional(),
  object_kinds: z.array(z.enum(ORG_KINDS)).min(1).optional(),
  order: z.enum(['subject-first', 'object-first']).optional(),
  between: Phrases.optional().describe('the whole text between the two entities is one of these phrases'),
  near: z.object({
    max_words: z.number().int().min(1).max(30),
    words: z.array(NonEmpty).min(1).describe('one of these words or phrases is between the entities'),
    unless: z.array(NonEmpty).default([]).describe('none of these words or phrases is between the entities'),
    skip: z.array(z.enum(ENTITY_TYPES)).default([]).describe('entity types that may stand between them'),
    all: z.literal(true).optional().describe('every partner within reach, not only the first: the partners met on the way may stand between'),
  }).strict().optional(),
  anywhere_in_sentence: z.literal(true).optional().describe('the object is the one entity of its kind in the sentence'),
  before: Phrases.optional().describe('one of these phrases ends right before the first entity'),
  not_before: Phrases.optional().describe('none of these phrases ends right before the first entity'),
  after: Phrases.optional().describe('one of these phrases starts right after the last entity'),
  not_after: Phrases.optional().describe('none of these phrases starts right after the last entity'),
  lists: z.enum(['none', 'respectively', 'distribute', 'distribute_objects', 'nearest']).default('none')
    .describe('how a list on either side pairs: all or nothing; distribute_objects: only the object may be a list, each item paired with the one subject'),
  lists_of_alternatives: z.literal(true).optional().describe('a list pairs only when "or" joins it: "1 kg of meth or heroin" (each), not "1 kg of meth and heroin" (together)'),
  distribute_known: z.literal(true).optional().describe('located_in: a list of places and one place pair all, when the gazetteer puts every listed place inside the one'),
  known_inside: z.literal(true).optional().describe('located_in: pairs only when the gazetteer puts the subject inside the object ("in Kangwon Province, Wonsan City": the holder first, then the place)'),
  bare_lists: z.literal(true).optional().describe('a list pairs only when no article opens an item after the first: "South Korea\'s Yonhap and Dong-A Ilbo" (each), not "North Korea\'s MSS, the MoSS and the courts"'),
  list_after: Phrases.optional().describe('when a side is a list, one of these phrases starts right after the last entity'),
  list_joiners: Phrases.optional().describe('besides ",", "and", "or": phrases that join two entities of one type into a list for this pattern'),
  subject_restatement: Phrases.optional().describe('an entity of the subject\'s type alone in parentheses right after the subject, after one of these phrases, restates it and takes the relation too'),
  note: z.string().optional(),
}).strict().superRefine((e, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const modes = [e.between && 'between', e.near && 'near', e.anywhere_in_sentence && 'anywhere_in_sentence'].filter(Boolean);
  if (modes.length !== 1) issue(modes[1] ?? 'between', 'state exactly one of between, near, anywhere_in_sentence');
  if (e.anywhere_in_sentence) {
    if (e.order) issue('order', 'has no meaning with anywhere_in_sentence');
    if (e.lists !== 'none') issue('lists', 'has no meaning with anywhere_in_sentence');
    if (!e.before && !e.after) issue('anywhere_in_sentence', 'needs before or after: words next to the subject that state the relation');
  } else if (!e.order) issue('order', 'required: subject-first or object-first');
  if (e.list_after && e.lists === 'none') issue('list_after', 'needs lists: respectively or distribute');
  if (e.list_joiners && e.lists === 'none') issue('list_joiners', 'needs lists: respectively or distribute');
  if (e.lists_of_alternatives && e.lists === 'none') issue('lists_of_alternatives', 'needs lists: respectively or distribute');
  if (e.bare_lists && e.lists === 'none') issue('bare_lists', 'needs lists: respectively or distribute');
  if (e.distribute_known && e.relation !== 'located_in') issue('distribute_known', 'applies to located_in only');
  if (e.known_inside && e.relation !== 'located_in') issue('known_inside', 'applies to located_in only');
  for (const side of ['subject', 'object'] as const) {
    if (e[`${side}_levels`] && !e[side].includes('PLACE')) issue(`${side}_levels`, `levels apply to PLACE, and ${side} is not PLACE`);
    if (e[`${side}_kinds`] && !e[side].includes('ORG')) issue(`${side}_kinds`, `kinds apply to ORG, and ${side} is not ORG`);
  }
});
export type RelationEntry = z.infer<typeof RelationEntrySchema>;

/**
 * An event trigger rule (docs/events.md): the words that state one subtype of justice event.
 * Each trigger is a word or phrase matched on whole words, case-insensitively.
 */
export const EventTriggerEntrySchema = z.object({
  id: Id,
  subtype: z.enum(EVENT_SUBTYPES),
  triggers: z.array(NonEmpty).min(1).describe('words or phrases that state the event ("executed", "the execution of")'),
  not_before: z.array(NonEmpty).default([]).describe('no trigger right before one of these words ("arrested development")'),
  persons_only: z.boolean().default(false).describe('the event befalls persons: no trigger when a publication (lexicon event-publication-nouns) is its object or subject ("a report released", "released it")'),
  place_after: z.array(NonEmpty).default([]).describe('when given, the event\'s place is only one after the trigger in its clause, with one of these words between ("repatriated to Kilju", "handed over at Tumen"), never right after "from"'),
  place_links: z.array(NonEmpty).default([]).describe('when given, the event\'s place is one right after one of these words ("the") between allowed: "executed in Hyesan", "a public trial in the port city of Chongjin"), or the subject right before the trigger ("North Korea executed"); never one of another verb ("smuggled in from China", "gone across to China")'),
  place_not_after: z.array(NonEmpty).default([]).describe('a place right after one of these words ("the" between allowed) is not the event\'s: where an exile\'s persons are sent from ("exiled 100 people from Pyongyang")'),
  undated: z.boolean().default(false).describe('the trigger is a phrase of another verb ("arrested on charges of spying"): a date of its clause is that verb\'s, and the event takes none'),
  penalty_kinds: z.array(z.enum(PENALTY_KINDS)).default([]).describe('when given, the only penalty kinds the event takes as its `sentence` ("arrested and sent to a labor camp": the camp is the sentence\'s, not the arrest\'s)'),
  note: z.string().optional(),
}).strict();
export type EventTriggerEntry = z.infer<typeof EventTriggerEntrySchema>;

const fileHeader = {
  attribution: z.string().optional(),
  note: z.string().optional(),
};

export const RuleFileSchema = z.discriminatedUnion('kind', [
  z.object({ ...fileHeader, kind: z.literal('gazetteer'), entries: z.array(z.unknown()) }).strict(),
  z.object({ ...fileHeader, kind: z.literal('boilerplate'), entries: z.array(z.unknown()) }).strict(),
  z.object({ ...fileHeader, kind: z.literal('lexicon'), entries: z.array(z.unknown()) }).strict(),
  z.object({ ...fileHeader, kind: z.literal('relations'), entries: z.array(z.unknown()) }).strict(),
  z.object({ ...fileHeader, kind: z.literal('events'), entries: z.array(z.unknown()) }).strict(),
]);
export type RuleFileKind = z.infer<typeof RuleFileSchema>['kind'];
