/**
 * The rows store of an output directory (.nkie/rows/): append-only segment files, one per
 * thread and run, each a sequence of rows records (batch/article-rows.ts), with the
 * incremental state recording where each article's record lies. Creating a file costs the
 * kernel far more than writing to one (0.1 to 0.35 ms per new file on the development
 * machine, against 0.01 ms for 20 KB written), so an article costs no file of its own beyond
 * its article file.
 *
 * A record is only ever trusted through its header (rowsHeader), so a segment that is
 * missing, cut or overwritten makes its articles fall back to their article files or be
 * processed again, never into wrong output.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { writeChunksSync } from '../export/write.js';

export const ROWS_DIR = join('.nkie', 'rows');

/** Where an article's rows record lies. */
export interface RowsAt {
  segment: string;
  offset: number;
  length: number;
}

/** What a segment's name looks like; a name from a hand-edited state that is not one is never opened. */
const SEGMENT_NAME = /^[0-9a-z]+(?:-[0-9a-z]+)*\.seg$/;

export const isSegmentName = (name: string) => SEGMENT_NAME.test(name);

/** A name no other thread, process or machine (merged shards) picks. */
function newSegmentName(): string {
  return `${Date.now().toString(36)}-${process.pid.toString(36)}-${threadId.toString(36)}-${randomBytes(4).toString('hex')}.seg`;
}

/** Appends records to one new segment of an output directory, opened on the first record. */
export class SegmentWriter {
  readonly name = newSegmentName();
  private readonly path: string;
  private fd: number | null = null;
  private size = 0;

  constructor(output: string) {
    this.path = join(output, ROWS_DIR, this.name);
  }

  append(chunks: readonly Buffer[]): RowsAt {
    if (this.fd === null) {
      this.fd = openSync(this.path, 'a');
      this.size = fstatSync(this.fd).size;
    }
    const length = chunks.reduce((n, c) => n + c.length, 0);
    try {
      writeChunksSync(this.fd, chunks);
    } catch (e) {
      // part of the record may be on disk: the next one starts wherever the file now ends
      this.close();
      throw e;
    }
    const at = { segment: this.name, offset: this.size, length };
    this.size += length;
    return at;
  }

  /** Closes the file (a worker between batches, a run at its end); a later record reopens it. */
  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}

/** Reads records from the segments of one output directory, keeping each segment open once opened. */
export class SegmentReader {
  private readonly fds = new Map<string, number | null>();
  /** one buffer for every record read in turn (readRecord): a buffer of its own per record, tens of kilobytes each, left the process's allocator holding freed memory it never gave back */
  private scratch = Buffer.allocUnsafe(0);

  constructor(private readonly output: string) {}

  /** The first `length` bytes of the record (all of it by default), or null when the segment does not hold them. */
  read(at: RowsAt, length = at.length): Buffer | null {
    const fd = this.open(at.segment);
    if (fd === null) return null;
    const bytes = Buffer.allocUnsafe(length);
    return readSync(fd, bytes, 0, length, at.offset) === length ? bytes : null;
  }

  /** The whole record, in a buffer that the next readRecord of this reader overwrites, or null as `read`. */
  readRecord(at: RowsAt): Buffer | null {
    const fd = this.open(at.segment);
    if (fd === null) return null;
    if (this.scratch.length < at.length) this.scratch = Buffer.allocUnsafe(Math.max(at.length, this.scratch.length * 2));
    const bytes = this.scratch.subarray(0, at.length);
    return readSync(fd, bytes, 0, at.length, at.offset) === at.length ? bytes : null;
  }

  /** True when the segment holds the whole record (a segment cut short does not). */
  holds(at: RowsAt): boolean {
    const fd = this.open(at.segment);
    return fd !== null && fstatSync(fd).size >= at.offset + at.length;
  }

  close(): void {
    for (const fd of this.fds.values()) if (fd !== null) closeSync(fd);
    this.fds.clear();
  }

  private open(segment: string): number | null {
    let fd = this.fds.get(segment);
    if (fd === undefined) {
      try {
        fd = isSegmentName(segment) ? openSync(join(this.output, ROWS_DIR, segment), 'r') : null;
      } catch {
        fd = null;
      }
      this.fds.set(segment, fd);
    }
    return fd;
  }
}

/** Segments hold this much more than their live records before the live ones are copied into a new one. */
const GARBAGE_FACTOR = 2;
/** Below this, dead records are not worth a rewrite. */
const GARBAGE_FLOOR_BYTES = 64 * 1024 * 1024;

/**
 * True when the segments that hold live records have grown much larger than those records
 * (incremental runs that re-made many articles): the run then copies the live records into
 * a new segment as it reads them for the aggregates anyway, and the old ones go.
 */
export function needsCompaction(output: string, live: ReadonlyMap<string, number>, floorBytes = GARBAGE_FLOOR_BYTES): boolean {
  let total = 0;
  let used = 0;
  for (const [segment, bytes] of live) {
    if (!isSegmentName(segment)) continue;
    used += bytes;
    total += statSync(join(output, ROWS_DIR, segment), { throwIfNoEntry: false })?.size ?? 0;
  }
  return total - used > floorBytes && total > GARBAGE_FACTOR * used;
}

/**
 * Removes everything in the rows directory but the segments that hold live records: segments
 * of articles since re-made or gone, of a compaction that was cut short, and files of older
 * nkie versions.
 */
export function sweepSegments(output: string, live: ReadonlySet<string>): void {
  const dir = join(output, ROWS_DIR);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!live.has(name)) rmSync(join(dir, name), { force: true, recursive: true });
}
