/**
 * An article's rows record: its contribution to every aggregate file, made where the article
 * is processed and stored in the output's segments (batch/segments.ts), next to
 * articles/<id>.json when the run writes article files (`--formats articles`), so that
 * building the aggregates is concatenation and an unchanged article costs one read.
 *
 * Layout: a header line naming what the record was made for (nkie version, rules digest,
 * article hash, CSV mode), the byte length of the article file written with it (0: none was),
 * and the byte lengths of the five blocks that follow; the documents.jsonl line; the entities.csv
 * records; the relations.csv records; the events.csv records; then the counts of relations by type and one line per
 * distinct entity (its entity-table share; the article id is the reader's to give), then one
 * line per event that goes into event-table.csv (export/event-table.ts). A record
 * whose header does not match exactly what the run expects, or whose length is not what its
 * header says, is not used.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_COLUMNS, eventRows, RELATION_COLUMNS, relationRows, tableParts, type EntityTable, type Row } from '../export/rows.js';
import { eventParts, type EventTable, type EventPart } from '../export/event-table.js';
import { replaceFileSync } from '../export/write.js';
import type { Document } from '../types.js';
import { csvRecords, entityRecords } from './csv.js';
import { ROWS_DIR, type RowsAt, type SegmentReader, type SegmentWriter } from './segments.js';

export const articlePath = (output: string, id: string) => join(output, 'articles', `${id}.json`);

/** What a rows record must have been made for to be used: everything its content depends on. */
export function rowsHeader(version: string, rulesDigest: string, articleHash: string, raw: boolean): string {
  // the layout's number: 2 added the norm columns of every type and each entity's durations and life term; 3 the documents' events; 4 the offence and penalty_status columns and the events.csv block
  return `nkie-rows 4 ${version} ${rulesDigest} ${articleHash} ${raw ? 'raw' : 'neutralised'}`;
}

/** An article's rows as stored: the three blocks as bytes, ready to be copied out, and the table lines. */
export interface StoredRows {
  doc: Buffer;
  entities: Buffer;
  relations: Buffer;
  events: Buffer;
  /** relation counts by type (JSON) on the first line, then one line per distinct entity */
  tail: string;
}

/** The rows record of a document whose article file is `articleBytes` long (0: none), as the chunks to write. */
export function encodeRows(header: string, doc: Document, raw: boolean, articleBytes: number): Buffer[] {
  const blocks = [
    Buffer.from(JSON.stringify(doc) + '\n'),
    Buffer.from(entityRecords(doc, raw)),
    Buffer.from(csvRecords(relationRows(doc), RELATION_COLUMNS, raw)),
    Buffer.from(csvRecords(eventRows(doc), EVENT_COLUMNS, raw)),
  ];
  const relationTypes: Record<string, number> = {};
  for (const r of doc.relations) relationTypes[r.type] = (relationTypes[r.type] ?? 0) + 1;
  // JSON never holds a raw tab or line break, so both can separate; the row is parsed only for a new entity
  let tail = JSON.stringify(relationTypes);
  for (const p of tableParts(doc)) tail += `\n${JSON.stringify([p.key, p.row.type, p.mentions, p.surfaces, p.durations, p.life])}\t${JSON.stringify(p.row)}`;
  // event-table shares follow, one JSON object a line (an entity line starts with `[`)
  for (const p of eventParts(doc)) tail += `\n${JSON.stringify(p)}`;
  blocks.push(Buffer.from(tail));
  return [Buffer.from(`${header} ${articleBytes} ${blocks.map((b) => b.length).join(' ')}\n`), ...blocks];
}

/** The rows in a record's bytes, or null unless it was made for exactly `header` and is whole. */
export function decodeRows(bytes: Buffer, header: string): StoredRows | null {
  const nl = bytes.indexOf(0x0a);
  if (nl === -1) return null;
  const line = bytes.toString('latin1', 0, nl);
  if (!line.startsWith(header + ' ')) return null;
  const lengths = line.slice(header.length + 1).split(' ').map(Number);
  if (lengths.length !== 6 || lengths.some((n) => !Number.isInteger(n) || n < 0)) return null;
  let at = nl + 1;
  const [doc, entities, relations, events, tail] = lengths.slice(1).map((n) => bytes.subarray(at, (at += n))) as [Buffer, Buffer, Buffer, Buffer, Buffer];
  if (at !== bytes.length) return null;
  return { doc, entities, relations, events, tail: tail.toString('utf8') };
}

/** An article file's content: the Document pretty-printed. */
export const articleJson = (doc: Document) => JSON.stringify(doc, null, 2) + '\n';

/** An article's rows record and the bytes of its article file, encoded before anything is written. */
export interface EncodedArticle {
  blocks: Buffer[];
  article: Uint8Array | null;
}

/**
 * Encodes an article's rows record and the bytes of its article file (`json`, the document as
 * written there; null when the run writes no article files): the step that fails on an article's
 * content (a document over the longest string), so it fails before the segment is touched.
 */
export function encodeArticle(header: string, doc: Document, json: string | null, raw: boolean): EncodedArticle {
  const article = json === null ? null : Buffer.from(json);
  return { blocks: encodeRows(header, doc, raw, article?.length ?? 0), article };
}

/** Appends an encoded article's rows record to the thread's segment; returns where it lies, and the article file's bytes to write after. */
export function storeRows(segment: SegmentWriter, encoded: EncodedArticle): { rows: RowsAt; article: Uint8Array | null } {
  return { rows: segment.append(encoded.blocks), article: encoded.article };
}

/** Writes an article file under a temporary name renamed into place (`prepareOutput` made the directory once). */
export function writeArticleFile(output: string, id: string, bytes: Uint8Array): void {
  replaceFileSync(articlePath(output, id), [bytes]);
}

/** Stores an article's rows record, then writes its article file; returns where the record lies. */
export function writeArticle(output: string, segment: SegmentWriter, header: string, doc: Document, json: string, raw: boolean): RowsAt {
  const article = Buffer.from(json);
  const rows = segment.append(encodeRows(header, doc, raw, article.length));
  writeArticleFile(output, doc.id, article);
  return rows;
}

/** Creates the directories rows records and, when the run writes them, article files go to. */
export function prepareOutput(output: string, articleFiles: boolean): void {
  if (articleFiles) mkdirSync(join(output, 'articles'), { recursive: true });
  mkdirSync(join(output, ROWS_DIR), { recursive: true });
}

/** The rows stored at `at` if they were made for `header`, else null; their buffers are the reader's, valid until its next record is read. */
export function readRows(segments: SegmentReader, at: RowsAt, header: string): StoredRows | null {
  const bytes = segments.readRecord(at);
  return bytes && decodeRows(bytes, header);
}

/** The rows stored at `at` (as `readRows`, valid until the reader's next record), with the record copied into `into` and where it lies there. */
export function copyRows(segments: SegmentReader, at: RowsAt, header: string, into: SegmentWriter): { rows: StoredRows; at: RowsAt } | null {
  const bytes = segments.readRecord(at);
  const rows = bytes && decodeRows(bytes, header);
  return rows && { rows, at: into.append([bytes!]) };
}

const HEADER_BYTES = 512;

/**
 * True when the record at `at` was made for `header`, lies whole in its segment, and, when the
 * run writes article files, the article file is the one written with it (by length: a
 * deleted or cut file is not, nor is a missing one of a run that wrote none). Reads only the
 * record's first line.
 */
export function rowsMatch(output: string, segments: SegmentReader, id: string, at: RowsAt, header: string, articleFiles: boolean): boolean {
  if (!segments.holds(at)) return false;
  const head = segments.read(at, Math.min(HEADER_BYTES, at.length));
  if (head === null) return false;
  const line = head.toString('latin1');
  if (!line.startsWith(header + ' ')) return false;
  if (!articleFiles) return true;
  const articleBytes = Number(line.slice(header.length + 1).split(' ')[0]);
  return articleBytes > 0 && statSync(articlePath(output, id), { throwIfNoEntry: false })?.size === articleBytes;
}

/** The rows of a Document's documents.jsonl line (or the JSON of its article file), as they would have been stored. */
export function rowsFromDocument(json: string, raw: boolean): StoredRows {
  return decodeRows(Buffer.concat(encodeRows('', JSON.parse(json) as Document, raw, 0)), '')!;
}

/** Adds the table lines of the stored rows of article `articleId` to the tables and the counts by type. */
export function addTail(articleId: string, tail: string, table: EntityTable, counts: { entities: Record<string, number>; relations: Record<string, number> }, events?: EventTable): void {
  const lines = tail.split('\n');
  for (const [type, n] of Object.entries(JSON.parse(lines[0]!) as Record<string, number>)) counts.relations[type] = (counts.relations[type] ?? 0) + n;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('{')) {
      events?.addParts(articleId, [JSON.parse(line) as EventPart]);
      continue;
    }
    const tab = line.indexOf('\t');
    const [key, type, mentions, surfaces, durations, life] = JSON.parse(line.slice(0, tab)) as [string, string, number, string[], string[], boolean];
    counts.entities[type] = (counts.entities[type] ?? 0) + mentions;
    const row = table.has(key) ? {} : (JSON.parse(line.slice(tab + 1)) as Row);
    table.addParts(articleId, [{ key, row, mentions, surfaces, durations, life }]);
  }
}
