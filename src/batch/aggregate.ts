/**
 * The aggregate files of an output directory (documents.jsonl, entities.csv, relations.csv, events.csv,
 * entity-table.csv, event-table.csv), rebuilt in id order at the end of every run from the articles' rows
 * records (batch/article-rows.ts), or from an article's own file (`--formats articles`)
 * where its record is missing or was made for something else. Documents are never held in memory together, and
 * incremental runs, resumed runs and merged shards all produce the same aggregates.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, EntityTable, EVENT_COLUMNS, RELATION_COLUMNS, type Row } from '../export/rows.js';
import { EVENT_TABLE_COLUMNS, EventTable } from '../export/event-table.js';
import type { Document } from '../types.js';
import { addTail, articlePath, rowsFromDocument, type StoredRows } from './article-rows.js';
import { csvRecord } from './csv.js';
import type { ExtraFormats } from '../export/formats.js';
import { writeChunksSync } from '../export/write.js';

const BLOCK_BYTES = 1 << 20;

/**
 * A file written in large blocks under a temporary name and renamed when complete. What it is
 * given is copied into its block at once: the rows it writes lie in a buffer the next record
 * read overwrites.
 */
class AtomicFile {
  private readonly tmp: string;
  private readonly fd: number;
  private readonly block = Buffer.allocUnsafe(BLOCK_BYTES);
  private used = 0;
  private open = true;

  constructor(private readonly path: string) {
    this.tmp = `${path}.tmp-${process.pid}`;
    this.fd = openSync(this.tmp, 'w');
  }

  write(chunk: Buffer | string): void {
    const length = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (this.used + length > this.block.length) this.flush();
    if (length > this.block.length) {
      writeChunksSync(this.fd, [typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
      return;
    }
    this.used += typeof chunk === 'string' ? this.block.write(chunk, this.used) : chunk.copy(this.block, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    writeChunksSync(this.fd, [this.block.subarray(0, this.used)]);
    this.used = 0;
  }

  close(): void {
    this.flush();
    this.open = false;
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  /** After a failure: closes and removes the temporary file, leaving any earlier file as it was. */
  abandon(): void {
    if (!this.open) return;
    this.open = false;
    closeSync(this.fd);
    rmSync(this.tmp, { force: true });
  }
}

export interface Counts {
  entities: Record<string, number>;
  relations: Record<string, number>;
}

/** The rows made again from the article file, as they would have been stored. */
function rowsFromArticle(output: string, id: string, raw: boolean): StoredRows {
  const path = articlePath(output, id);
  let json;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // the caller vouched for a record that turned out unusable, and this run wrote no article files
    throw new Error(`${output}: the rows record of "${id}" is unusable and there is no ${path} to rebuild it from; run again without --incremental`);
  }
  return rowsFromDocument(json, raw);
}

/**
 * Writes the aggregates of the given articles (ids sorted) and returns the counts by type.
 * `rowsOf(id)` gives the article's stored rows, or null to make them from its article file.
 */
export function writeAggregates(output: string, ids: readonly string[], raw: boolean, rowsOf: (id: string) => StoredRows | null, extra?: ExtraFormats): Counts {
  const files = {
    docs: new AtomicFile(join(output, 'documents.jsonl')),
    entities: new AtomicFile(join(output, 'entities.csv')),
    relations: new AtomicFile(join(output, 'relations.csv')),
    events: new AtomicFile(join(output, 'events.csv')),
    table: new AtomicFile(join(output, 'entity-table.csv')),
    eventTable: new AtomicFile(join(output, 'event-table.csv')),
  };
  try {
    const counts: Counts = { entities: {}, relations: {} };
    const table = new EntityTable();
    const eventTable = new EventTable();
    files.entities.write(ENTITY_COLUMNS.join(','));
    files.relations.write(RELATION_COLUMNS.join(','));
    files.events.write(EVENT_COLUMNS.join(','));
    for (const id of ids) {
      const rows = rowsOf(id) ?? rowsFromArticle(output, id, raw);
      files.docs.write(rows.doc);
      files.entities.write(rows.entities);
      files.relations.write(rows.relations);
      files.events.write(rows.events);
      addTail(id, rows.tail, table, counts, eventTable);
      if (extra?.active) extra.add(JSON.parse(rows.doc.toString('utf8')) as Document);
    }
    files.table.write(ENTITY_TABLE_COLUMNS.join(','));
    // the rows are kept only for a format that shows the whole table (the HTML report)
    const kept: Row[] | null = extra?.needsEntityTable ? [] : null;
    for (const row of table.rows()) {
      files.table.write('\n' + csvRecord(row, ENTITY_TABLE_COLUMNS, raw));
      kept?.push(row);
    }
    files.eventTable.write(EVENT_TABLE_COLUMNS.join(','));
    for (const row of eventTable.rows()) files.eventTable.write('\n' + csvRecord(row, EVENT_TABLE_COLUMNS, raw));
    extra?.finish(kept ?? []);
    for (const f of Object.values(files)) f.close();
    return counts;
  } catch (e) {
    for (const f of Object.values(files)) f.abandon();
    extra?.abandon();
    throw e;
  }
}
