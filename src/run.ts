/**
 * A batch run: load every input file, run the pipeline on each article, write each Document
 * to articles/<id>.json as soon as it is done, then build the aggregate files from those in
 * id order. Memory holds the list of ids and the entity table, never the whole corpus.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, EntityTable, RELATION_COLUMNS, entityRows, relationRows } from './export/rows.js';
import { openCsv, openJsonl, writeFileAtomic } from './export/write.js';
import { listInputFiles, loadFile, type InputError } from './input/load.js';
import { createPipeline, VERSION } from './pipeline.js';
import type { Document } from './types.js';

export interface RunOptions {
  input: string;
  output: string;
  rules: string;
  maxBytes: number;
  /** write CSV cells as they are, without formula neutralisation */
  csvRaw: boolean;
  onStart?(total: number): void;
  onArticle?(done: number): void;
}

export interface RunSummary {
  articles: number;
  failedFiles: number;
  entities: number;
  relations: number;
  seconds: number;
  errors: InputError[];
  warnings: InputError[];
}

/** Nothing can run: bad input directory (rule problems throw RulesInvalidError). */
export class InputUnavailableError extends Error {}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const articlePath = (output: string, id: string) => join(output, 'articles', `${id}.json`);

export async function runBatch(opts: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const pipeline = createPipeline({ rulesDir: opts.rules });
  if (!existsSync(opts.input)) throw new InputUnavailableError(`${opts.input}: input not found`);
  let listing;
  try {
    listing = listInputFiles(opts.input);
  } catch (e) {
    throw new InputUnavailableError(`${opts.input}: cannot read input (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const errors: InputError[] = [...listing.errors];
  const warnings: InputError[] = [];
  const ids = new Map<string, string>();
  const table = new EntityTable();
  const counts = { entities: {} as Record<string, number>, relations: {} as Record<string, number> };
  opts.onStart?.(listing.files.length);
  let done = 0;
  for (const file of listing.files) {
    for (const item of loadFile(file, opts.input, { maxBytes: opts.maxBytes })) {
      if ('error' in item) {
        errors.push(item.error);
        continue;
      }
      const { article } = item;
      if (item.warning) warnings.push(item.warning);
      const first = ids.get(article.id);
      if (first !== undefined) {
        errors.push({ file, line: null, reason: `duplicate article id "${article.id}" (first from ${first}); skipped` });
        continue;
      }
      let doc: Document;
      try {
        doc = pipeline.process(article);
      } catch (e) {
        errors.push({ file, line: null, reason: `internal error while processing "${article.id}": ${(e as Error).message}` });
        continue;
      }
      ids.set(article.id, article.source);
      writeFileAtomic(articlePath(opts.output, doc.id), JSON.stringify(doc, null, 2) + '\n');
      table.add(doc);
      for (const e of doc.entities) counts.entities[e.type] = (counts.entities[e.type] ?? 0) + 1;
      for (const r of doc.relations) counts.relations[r.type] = (counts.relations[r.type] ?? 0) + 1;
    }
    opts.onArticle?.(++done);
  }

  removeStaleArticles(opts.output, ids);
  await writeAggregates(opts.output, [...ids.keys()].sort(), table, opts.csvRaw);

  const seconds = (performance.now() - t0) / 1000;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const failedFiles = new Set(errors.map((e) => e.file)).size;
  writeFileAtomic(join(opts.output, 'errors.jsonl'), [...errors, ...warnings].map((e) => JSON.stringify({ ...e, warning: e.warning ?? false }) + '\n').join(''));
  writeFileAtomic(join(opts.output, 'run.json'), JSON.stringify({
    nkie: VERSION,
    rulesFingerprint: pipeline.rules.fingerprint,
    input: opts.input,
    articles: ids.size,
    failedFiles,
    entities: { total: sum(counts.entities), byType: sortKeys(counts.entities) },
    relations: { total: sum(counts.relations), byType: sortKeys(counts.relations) },
    stageMs: Object.fromEntries(Object.entries(pipeline.stageMs).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    seconds: Math.round(seconds * 1000) / 1000,
    errors,
    warnings,
  }, null, 2) + '\n');
  return { articles: ids.size, failedFiles, entities: sum(counts.entities), relations: sum(counts.relations), seconds, errors, warnings };
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Articles left by an earlier run over other input would otherwise leak into the aggregates. */
function removeStaleArticles(output: string, ids: Map<string, string>): void {
  const dir = join(output, 'articles');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !ids.has(name.slice(0, -5))) rmSync(join(dir, name), { force: true });
  }
}

async function writeAggregates(output: string, ids: string[], table: EntityTable, raw: boolean): Promise<void> {
  const docs = openJsonl(join(output, 'documents.jsonl'));
  const entities = openCsv(join(output, 'entities.csv'), ENTITY_COLUMNS, raw);
  const relations = openCsv(join(output, 'relations.csv'), RELATION_COLUMNS, raw);
  for (const id of ids) {
    const doc = JSON.parse(readFileSync(articlePath(output, id), 'utf8')) as Document;
    await docs.write(doc);
    for (const row of entityRows(doc)) await entities.write(row);
    for (const row of relationRows(doc)) await relations.write(row);
  }
  await Promise.all([docs.close(), entities.close(), relations.close()]);
  const tableOut = openCsv(join(output, 'entity-table.csv'), ENTITY_TABLE_COLUMNS, raw);
  for (const row of table.rows()) await tableOut.write(row);
  await tableOut.close();
}
