/**
 * Gold files: `<id>.gold.json` in the gold directory, one per input article, holding what a
 * careful reader finds in the article. Norms hold only what a reader can state, so a gold
 * PLACE has no coordinates and no `resolved` flag; the other norms are those of types.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  DateNormSchema, EmptyNormSchema, LawNormSchema, MoneyNormSchema, OrgNormSchema, PenaltyNormSchema, PlaceNormSchema,
  QuantityNormSchema, RELATION_TYPES,
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
]);

export const GoldRelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  subject: z.string().describe('gold entity id'),
  object: z.string().describe('gold entity id'),
}).strict();

export const GoldSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/),
  source: z.string().describe('input path relative to the input directory, as the loader reports it'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  notes: z.string().optional(),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
}).strict();

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldRelation = z.infer<typeof GoldRelationSchema>;
export type Gold = z.infer<typeof GoldSchema>;

export interface GoldFile {
  file: string;
  gold: Gold;
}

export interface GoldProblem {
  /** the article id the file name gives */
  id: string;
  file: string;
  reason: string;
}

/** Checks that need the whole file: the id matches the file name, ids are unique, relations point at entities. */
export function parseGold(value: unknown, fileId: string): Gold | string[] {
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
