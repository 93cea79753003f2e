/**
 * The lines of a documents.jsonl file by article id: where each Document's line lies, found
 * by one pass over the file in large blocks, and the line read back by itself. `merge` takes
 * the ids of a directory from here, and a Document whose rows record cannot be used, so it
 * needs nothing but the contract files (no article files, no incremental state).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Where a line lies in the file, its line break included. */
export interface LineAt {
  offset: number;
  length: number;
}

const BLOCK = 1 << 20;
/** Documents are written with their id first; ids are [A-Za-z0-9._-]+ (types.ts). */
const LEADING_ID = /^\{"id":"([A-Za-z0-9._-]+)"/;

/** The id of a Document's JSON line, or null when the line holds none. */
function idOf(line: string): string | null {
  const lead = LEADING_ID.exec(line.slice(0, 300));
  if (lead) return lead[1]!;
  try {
    const id = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Every line's id and place, in file order; throws when the file cannot be read, a line holds no Document or an id is there twice. */
export function indexDocumentLines(path: string): Map<string, LineAt> {
  const fd = openSync(path, 'r');
  const lines = new Map<string, LineAt>();
  try {
    let carry = Buffer.alloc(0);
    let carryAt = 0;
    const block = Buffer.allocUnsafe(BLOCK);
    for (let position = 0; ; ) {
      const n = readSync(fd, block, 0, BLOCK, position);
      const bytes = carry.length > 0 ? Buffer.concat([carry, block.subarray(0, n)]) : block.subarray(0, n);
      let start = 0;
      for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, start)) {
        const at = { offset: carryAt + start, length: nl + 1 - start };
        const id = idOf(bytes.toString('utf8', start, nl));
        if (id === null) throw new Error(`${path}: the line at byte ${at.offset} holds no document`);
        if (lines.has(id)) throw new Error(`${path}: article "${id}" is there twice`);
        lines.set(id, at);
        start = nl + 1;
      }
      position += n;
      carryAt += start;
      carry = Buffer.from(bytes.subarray(start));
      if (n === 0) {
        if (carry.length > 0) throw new Error(`${path}: the last line is cut short`);
        return lines;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads the lines of one documents.jsonl file, keeping it open until closed. */
export class DocumentLineReader {
  private fd: number | null = null;

  constructor(private readonly path: string) {}

  read(at: LineAt): string {
    this.fd ??= openSync(this.path, 'r');
    const bytes = Buffer.allocUnsafe(at.length);
    if (readSync(this.fd, bytes, 0, at.length, at.offset) !== at.length) throw new Error(`${this.path}: shorter than when it was indexed`);
    return bytes.toString('utf8');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
