/**
 * Safe output: every file is written under a temporary name and renamed into place, so a
 * killed run never leaves a truncated file. CSV cells that a spreadsheet would run as a
 * formula (starting with = + - @ tab or CR, and not a plain number) get a leading apostrophe
 * unless raw output is asked for.
 */
import { closeSync, createWriteStream, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';
import { format } from 'fast-csv';
import type { Row } from './rows.js';

const tmpName = (path: string) => `${path}.tmp-${process.pid}`;

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tmpName(path);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** A text file written part by part under a temporary name and renamed into place. */
export function writeTextAtomic(path: string, parts: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tmpName(path);
  const fd = openSync(tmp, 'w');
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Writes every byte of the chunks at the file's position (writev may write fewer than asked). */
export function writeChunksSync(fd: number, chunks: readonly Uint8Array[]): void {
  let written = writevSync(fd, chunks as Uint8Array[]);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (written === total) return;
  const rest = Buffer.concat(chunks);
  while (written < rest.length) written += writeSync(fd, rest, written);
}

/** A file made of the chunks, written under a temporary name and renamed into place; its directory must exist. */
export function replaceFileSync(path: string, chunks: readonly Uint8Array[]): void {
  const tmp = tmpName(path);
  const fd = openSync(tmp, 'w');
  try {
    writeChunksSync(fd, chunks);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export interface AtomicWriter<T> {
  write(item: T): Promise<void>;
  /** flushes and renames into place */
  close(): Promise<void>;
}

function atomicStream(path: string) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tmpName(path);
  const out = createWriteStream(tmp);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const commit = async () => {
    try {
      await finished;
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    renameSync(tmp, path);
  };
  return { out, commit };
}

/** A CSV file with the given header, written atomically. */
export function openCsv(path: string, columns: readonly string[], raw: boolean): AtomicWriter<Row> {
  const { out, commit } = atomicStream(path);
  const csv = format<Row, Row>({ headers: [...columns], writeHeaders: true, alwaysWriteHeaders: true });
  csv.pipe(out);
  return {
    async write(row) {
      const cells: Row = {};
      for (const c of columns) {
        const v = row[c];
        const s = v === null || v === undefined ? '' : String(v);
        cells[c] = raw ? s : neutraliseCell(s);
      }
      if (!csv.write(cells)) await new Promise<void>((r) => csv.once('drain', () => r()));
    },
    async close() {
      csv.end();
      await commit();
    },
  };
}

/** A JSON Lines file, written atomically. */
export function openJsonl(path: string): AtomicWriter<unknown> {
  const { out, commit } = atomicStream(path);
  return {
    async write(item) {
      if (!out.write(JSON.stringify(item) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    },
    async close() {
      out.end();
      await commit();
    },
  };
}
