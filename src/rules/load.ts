/**
 * Reads and validates every rule file in a directory. All problems are collected, each
 * naming the file, the line, the entry id and the field, before anything is compiled.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import {
  BoilerplateEntrySchema, EventTriggerEntrySchema, GazetteerEntrySchema, LexiconEntrySchema, RelationEntrySchema, RuleFileSchema,
  type BoilerplateEntry, type EventTriggerEntry, type GazetteerEntry, type LexiconEntry, type RelationEntry,
} from './schema.js';

export interface RuleProblem {
  file: string;
  line: number | null;
  entry: string | null;
  field: string | null;
  message: string;
}

export function formatProblem(p: RuleProblem): string {
  const where = [p.line === null ? p.file : `${p.file}:${p.line}`];
  if (p.entry !== null) where.push(`entry ${p.entry}`);
  if (p.field !== null) where.push(`field ${p.field}`);
  return `${where.join(': ')}: ${p.message}`;
}

export class RulesInvalidError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(`${problems.length} problem(s) in the rules:\n` + problems.map(formatProblem).join('\n'));
    this.name = 'RulesInvalidError';
  }
}

export interface Located<T> {
  value: T;
  file: string;
  line: number | null;
}

export interface RuleSet {
  dir: string;
  /** file path relative to dir → raw contents, for the fingerprint */
  files: Map<string, string>;
  gazetteer: Located<GazetteerEntry>[];
  boilerplate: Located<BoilerplateEntry>[];
  lexicon: Located<LexiconEntry>[];
  relations: Located<RelationEntry>[];
  events: Located<EventTriggerEntry>[];
  attributions: string[];
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function fieldPath(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function zodMessages(err: z.ZodError): { field: string | null; message: string }[] {
  return err.issues.map((i) => {
    if (i.code === 'unrecognized_keys') return { field: i.keys.map((k) => fieldPath([...i.path, k])).join(', '), message: 'unknown field' };
    return { field: fieldPath(i.path), message: i.message };
  });
}

const ENTRY_SCHEMAS = {
  gazetteer: GazetteerEntrySchema,
  boilerplate: BoilerplateEntrySchema,
  lexicon: LexiconEntrySchema,
  relations: RelationEntrySchema,
  events: EventTriggerEntrySchema,
} as const;

/** Reads all rule files; throws RulesInvalidError listing every problem. */
export function readRules(dir: string): RuleSet {
  const problems: RuleProblem[] = [];
  const set: RuleSet = { dir, files: new Map(), gazetteer: [], boilerplate: [], lexicon: [], relations: [], events: [], attributions: [] };
  let paths: string[];
  try {
    paths = listRuleFiles(dir);
  } catch (e) {
    throw new RulesInvalidError([{ file: dir, line: null, entry: null, field: null, message: `cannot read the rules directory (${(e as NodeJS.ErrnoException).code ?? String(e)})` }]);
  }
  if (paths.length === 0) {
    throw new RulesInvalidError([{ file: dir, line: null, entry: null, field: null, message: 'no rule files (*.yaml) found' }]);
  }
  for (const path of paths) {
    const file = displayPath(path);
    const source = readFileSync(path, 'utf8');
    set.files.set(relative(dir, path), source);
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
    const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : null);
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        problems.push({ file, line: e.linePos?.[0]?.line ?? null, entry: null, field: null, message: `invalid YAML: ${e.message.split('\n')[0]}` });
      }
      continue;
    }
    const header = RuleFileSchema.safeParse(doc.toJS());
    if (!header.success) {
      for (const m of zodMessages(header.error)) problems.push({ file, line: null, entry: null, ...m });
      continue;
    }
    if (header.data.attribution) set.attributions.push(`${relative(dir, path)}: ${header.data.attribution}`);
    const kind = header.data.kind;
    const entriesNode = doc.get('entries', true);
    const items = isSeq(entriesNode) ? entriesNode.items : [];
    header.data.entries.forEach((raw, i) => {
      const node = items[i] as Node | undefined;
      const line = lineOf(node);
      const rawId = isMap(node) ? node.get('id') : undefined;
      const entry = typeof rawId === 'string' ? rawId : `#${i + 1}`;
      const parsed = ENTRY_SCHEMAS[kind].safeParse(raw);
      if (!parsed.success) {
        for (const m of zodMessages(parsed.error)) problems.push({ file, line, entry, ...m });
        return;
      }
      const located = { file, line, value: parsed.data };
      if (kind === 'gazetteer') set.gazetteer.push(located as Located<GazetteerEntry>);
      else if (kind === 'boilerplate') set.boilerplate.push(located as Located<BoilerplateEntry>);
      else if (kind === 'lexicon') set.lexicon.push(located as Located<LexiconEntry>);
      else if (kind === 'relations') set.relations.push(located as Located<RelationEntry>);
      else set.events.push(located as Located<EventTriggerEntry>);
    });
  }
  if (problems.length > 0) throw new RulesInvalidError(problems);
  return set;
}
