/**
 * The aggregate files of an output directory (documents.jsonl, entities.csv, relations.csv,
 * entity-table.csv), rebuilt in id order at the end of every run from the articles' rows
 * records (batch/article-rows.ts), or from an article's own file where its record is
 * missing or was made for something else. Documents are never held in memory together, and
 * incremental runs, resumed runs and merged shards all produce the same aggregates.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_COLUMNS, ENTITY_TABLE_COLUMNS, EntityTable, RELATION_COLUMNS } from '../export/rows.js';
import type { Document } from '../types.js';
import { addTail, articlePath, decodeRows, encodeRows, type StoredRows } from './article-rows.js';
import type { RowsAt } from './segments.js';
import { csvRecord } from './csv.js';
import type { ExtraFormats } from '../export/formats.js';
import { writeChunksSync } from '../export/write.js';

/** A file written in large blocks under a temporary name and renamed when complete. */
class AtomicFile {
  private readonly tmp: string;
  private readonly fd: number;
  private pending: Buffer[] = [];
  private bytes = 0;
  private open = true;

  constructor(private readonly path: string) {
    this.tmp = `${path}.tmp-${process.pid}`;
    this.fd = openSync(this.tmp, 'w');
  }

  write(chunk: Buffer | string): void {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.pending.push(b);
    this.bytes += b.length;
    // pieces are views into whole rows records: flushing often keeps few of those alive
    if (this.bytes >= 1 << 20 || this.pending.length >= 256) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeChunksSync(this.fd, this.pending);
    this.pending = [];
    this.bytes = 0;
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
export function rowsFromArticle(output: string, id: string, raw: boolean): StoredRows {
  const json = readFileSync(articlePath(output, id), 'utf8');
  return decodeRows(Buffer.concat(encodeRows('', JSON.parse(json) as Document, raw, Buffer.byteLength(json))), '')!;
}

/**
 * The aggregate files being written, one article's stored rows at a time in id order, under
 * temporary names until `finish` renames them into place.
 */
export class AggregateWriter {
  private readonly files;
  private readonly counts: Counts = { entities: {}, relations: {} };
  private readonly table = new EntityTable();

  constructor(output: string, private readonly raw: boolean, private readonly extra?: ExtraFormats) {
    this.files = {
      docs: new AtomicFile(join(output, 'documents.jsonl')),
      entities: new AtomicFile(join(output, 'entities.csv')),
      relations: new AtomicFile(join(output, 'relations.csv')),
      table: new AtomicFile(join(output, 'entity-table.csv')),
    };
    this.files.entities.write(ENTITY_COLUMNS.join(','));
    this.files.relations.write(RELATION_COLUMNS.join(','));
  }

  add(rows: StoredRows): void {
    this.files.docs.write(rows.doc);
    this.files.entities.write(rows.entities);
    this.files.relations.write(rows.relations);
    addTail(rows.tail, this.table, this.counts);
    if (this.extra?.active) this.extra.add(JSON.parse(rows.doc.toString('utf8')) as Document);
  }

  /** Writes the entity table, renames every file into place and returns the counts by type. */
  finish(): Counts {
    this.files.table.write(ENTITY_TABLE_COLUMNS.join(','));
    const tableRows = this.table.rows();
    for (const row of tableRows) this.files.table.write('\n' + csvRecord(row, ENTITY_TABLE_COLUMNS, this.raw));
    this.extra?.finish(tableRows);
    for (const f of Object.values(this.files)) f.close();
    return this.counts;
  }

  /** Removes the temporary files, leaving the files of an earlier run as they were. */
  abandon(): void {
    for (const f of Object.values(this.files)) f.abandon();
    this.extra?.abandon();
  }
}

/**
 * Writes the aggregates of the given articles (ids sorted) and returns the counts by type.
 * `rowsOf(id)` gives the article's stored rows, or null to make them from its article file.
 */
export function writeAggregates(output: string, ids: readonly string[], raw: boolean, rowsOf: (id: string) => StoredRows | null, extra?: ExtraFormats): Counts {
  const writer = new AggregateWriter(output, raw, extra);
  try {
    for (const id of ids) writer.add(rowsOf(id) ?? rowsFromArticle(output, id, raw));
    return writer.finish();
  } catch (e) {
    writer.abandon();
    throw e;
  }
}

/** An article whose rows the run will have: kept from the last run, or being made. */
interface Expected {
  id: string;
  hash: string;
  /** where its rows are stored, or null once known to be missing (it failed); undefined while being made */
  at: RowsAt | null | undefined;
}

/**
 * The aggregates written while a run goes rather than after it: articles are expected in the
 * order the input yields them and written as soon as they and all before them are done. This
 * holds only while the ids come in increasing order, as they do from sorted file names and
 * from JSON Lines written in id order; the first id out of order stops it (`abandon`) and the
 * run rebuilds the aggregates at its end instead. Written during the run, the aggregates cost
 * no pass of their own at the end, where nothing else runs beside them. Waiting articles are
 * held by where their rows are stored, not by the rows: a slow article holds up little memory.
 */
export class InOrderAggregates {
  private writer: AggregateWriter | null;
  private readonly queue: Expected[] = [];
  private readonly byId = new Map<string, Expected>();
  private last: string | null = null;

  /** `read` gives the rows stored at `at` for the article with this content hash. */
  constructor(output: string, raw: boolean, extra: ExtraFormats, private readonly read: (id: string, hash: string, at: RowsAt) => StoredRows) {
    this.writer = new AggregateWriter(output, raw, extra);
  }

  /** False once stopped by an id out of order (or abandoned). */
  get active(): boolean {
    return this.writer !== null;
  }

  /** The next article of the input; `at` when its rows are already stored (kept from the last run). */
  expect(id: string, hash: string, at?: RowsAt): void {
    if (this.writer === null) return;
    if (this.last !== null && id <= this.last) {
      this.abandon();
      return;
    }
    this.last = id;
    const e: Expected = { id, hash, at };
    this.queue.push(e);
    this.byId.set(id, e);
    this.flush();
  }

  /** An expected article's rows are stored at `at`; null when it failed. */
  done(id: string, at: RowsAt | null): void {
    const e = this.byId.get(id);
    if (this.writer === null || e === undefined) return;
    e.at = at;
    this.flush();
  }

  /** Renames the files into place once every expected article is done; the counts, or null when stopped. */
  finish(): Counts | null {
    if (this.writer === null) return null;
    if (this.queue.length > 0) throw new Error(`aggregates: ${this.queue[0]!.id} was expected but never done`);
    const counts = this.writer.finish();
    this.writer = null;
    return counts;
  }

  abandon(): void {
    this.writer?.abandon();
    this.writer = null;
    this.queue.length = 0;
    this.byId.clear();
  }

  private flush(): void {
    while (this.writer !== null && this.queue.length > 0 && this.queue[0]!.at !== undefined) {
      const { id, hash, at } = this.queue.shift()!;
      this.byId.delete(id);
      if (at) this.writer.add(this.read(id, hash, at));
    }
  }
}
