/**
 * An article's rows file (.nkie/rows/<id>.rows): its contribution to every aggregate file,
 * made where the article is processed and kept next to articles/<id>.json, so that building
 * the aggregates is concatenation and an unchanged article costs one file read.
 *
 * Layout: a header line naming what the file was made for (nkie version, rules digest,
 * article hash, CSV mode), the byte length of the article file written with it, and the
 * byte lengths of the three blocks that follow; the documents.jsonl line; the entities.csv
 * records; the relations.csv records; then the counts of relations by type and one line per
 * distinct entity (its entity-table share). A file whose header does not match exactly what
 * the run expects is not used.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RELATION_COLUMNS, relationRows, tableParts, type EntityTable, type Row } from '../export/rows.js';
import { replaceFileSync } from '../export/write.js';
import type { Document } from '../types.js';
import { csvRecords, entityRecords } from './csv.js';

export const articlePath = (output: string, id: string) => join(output, 'articles', `${id}.json`);
export const ROWS_DIR = join('.nkie', 'rows');
export const rowsPath = (output: string, id: string) => join(output, ROWS_DIR, `${id}.rows`);

/** What a rows file must have been made for to be used: everything its content depends on. */
export function rowsHeader(version: string, rulesDigest: string, articleHash: string, raw: boolean): string {
  return `nkie-rows 1 ${version} ${rulesDigest} ${articleHash} ${raw ? 'raw' : 'neutralised'}`;
}

/** An article's rows as stored: the three blocks as bytes, ready to be copied out, and the table lines. */
export interface StoredRows {
  doc: Buffer;
  entities: Buffer;
  relations: Buffer;
  /** relation counts by type (JSON) on the first line, then one line per distinct entity */
  tail: string;
}

/** The rows file of a document whose article file is `articleBytes` long, as the chunks to write. */
export function encodeRows(header: string, doc: Document, raw: boolean, articleBytes: number): Buffer[] {
  const blocks = [
    Buffer.from(JSON.stringify(doc) + '\n'),
    Buffer.from(entityRecords(doc, raw)),
    Buffer.from(csvRecords(relationRows(doc), RELATION_COLUMNS, raw)),
  ];
  const relationTypes: Record<string, number> = {};
  for (const r of doc.relations) relationTypes[r.type] = (relationTypes[r.type] ?? 0) + 1;
  // JSON never holds a raw tab or line break, so both can separate; the row is parsed only for a new entity
  let tail = JSON.stringify(relationTypes);
  for (const p of tableParts(doc)) tail += `\n${JSON.stringify([p.key, p.row.type, p.mentions, p.surfaces])}\t${JSON.stringify(p.row)}`;
  const head = `${header} ${articleBytes} ${blocks[0]!.length} ${blocks[1]!.length} ${blocks[2]!.length}\n`;
  return [Buffer.from(head), ...blocks, Buffer.from(tail)];
}

/** The rows in a rows file's bytes, or null unless it was made for exactly `header`. */
export function decodeRows(bytes: Buffer, header: string): StoredRows | null {
  const nl = bytes.indexOf(0x0a);
  if (nl === -1) return null;
  const line = bytes.toString('latin1', 0, nl);
  if (!line.startsWith(header + ' ')) return null;
  const lengths = line.slice(header.length + 1).split(' ').map(Number);
  if (lengths.length !== 4 || lengths.some((n) => !Number.isInteger(n) || n < 0)) return null;
  let at = nl + 1;
  const [doc, entities, relations] = lengths.slice(1).map((n) => bytes.subarray(at, (at += n))) as [Buffer, Buffer, Buffer];
  if (at > bytes.length) return null;
  return { doc, entities, relations, tail: bytes.toString('utf8', at) };
}

/**
 * Writes an article's rows file, then its article file (`json`, the document as written
 * there), each under a temporary name renamed into place (`prepareOutput` made the
 * directories once).
 */
export function writeArticle(output: string, header: string, doc: Document, json: string, raw: boolean): void {
  const article = Buffer.from(json);
  replaceFileSync(rowsPath(output, doc.id), encodeRows(header, doc, raw, article.length));
  replaceFileSync(articlePath(output, doc.id), [article]);
}

/** Creates the directories articles and rows files go to. */
export function prepareOutput(output: string): void {
  mkdirSync(join(output, 'articles'), { recursive: true });
  mkdirSync(join(output, ROWS_DIR), { recursive: true });
}

/** The article's stored rows if its rows file was made for `header`, else null. */
export function readRows(output: string, id: string, header: string): StoredRows | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(rowsPath(output, id));
  } catch {
    return null;
  }
  return decodeRows(bytes, header);
}

const HEADER_BYTES = 512;

/**
 * True when the article's rows file was made for `header` and its article file is the one
 * written with it (by length: a deleted or cut file is not). Reads only the first line.
 */
export function rowsMatch(output: string, id: string, header: string): boolean {
  let fd: number;
  try {
    fd = openSync(rowsPath(output, id), 'r');
  } catch {
    return false;
  }
  let line: string;
  try {
    const buf = Buffer.alloc(HEADER_BYTES);
    line = buf.toString('latin1', 0, readSync(fd, buf, 0, HEADER_BYTES, 0));
  } finally {
    closeSync(fd);
  }
  if (!line.startsWith(header + ' ')) return false;
  const articleBytes = Number(line.slice(header.length + 1).split(' ')[0]);
  return statSync(articlePath(output, id), { throwIfNoEntry: false })?.size === articleBytes;
}

/** Adds the table lines of stored rows to the table and the counts by type. */
export function addTail(tail: string, table: EntityTable, counts: { entities: Record<string, number>; relations: Record<string, number> }): void {
  const lines = tail.split('\n');
  for (const [type, n] of Object.entries(JSON.parse(lines[0]!) as Record<string, number>)) counts.relations[type] = (counts.relations[type] ?? 0) + n;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    const [key, type, mentions, surfaces] = JSON.parse(line.slice(0, tab)) as [string, string, number, string[]];
    counts.entities[type] = (counts.entities[type] ?? 0) + mentions;
    const row = table.has(key) ? {} : (JSON.parse(line.slice(tab + 1)) as Row);
    table.addParts([{ key, row, mentions, surfaces }]);
  }
}
