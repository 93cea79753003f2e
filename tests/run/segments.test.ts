import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSegmentName, needsCompaction, ROWS_DIR, SegmentReader, SegmentWriter, sweepSegments } from '../../src/batch/segments.js';
import { tempDir } from '../helpers.js';

const output = () => {
  const dir = tempDir();
  mkdirSync(join(dir, ROWS_DIR), { recursive: true });
  return dir;
};
const chunks = (...parts: string[]) => parts.map((p) => Buffer.from(p));

describe('SegmentWriter and SegmentReader', () => {
  it('append records one after another and read each back by where it lies', () => {
    const out = output();
    const w = new SegmentWriter(out);
    const a = w.append(chunks('first ', 'record\n'));
    const b = w.append(chunks('ünïcode — ', 'second'));
    w.close();
    expect(a).toEqual({ segment: w.name, offset: 0, length: 13 });
    expect(b.offset).toBe(13);
    const r = new SegmentReader(out);
    expect(r.read(a)!.toString()).toBe('first record\n');
    expect(r.read(b)!.toString()).toBe('ünïcode — second');
    expect(r.read(b, 3)!.toString()).toBe('ün');
    r.close();
  });

  it('go on at the end of the segment after a close (a worker between batches)', () => {
    const out = output();
    const w = new SegmentWriter(out);
    w.append(chunks('abc'));
    w.close();
    const next = w.append(chunks('defg'));
    w.close();
    expect(next).toEqual({ segment: w.name, offset: 3, length: 4 });
    expect(new SegmentReader(out).read(next)!.toString()).toBe('defg');
    expect(readdirSync(join(out, ROWS_DIR))).toEqual([w.name]);
  });

  it('give every writer a segment of its own, named as segments are', () => {
    const out = output();
    const names = Array.from({ length: 50 }, () => new SegmentWriter(out).name);
    expect(new Set(names).size).toBe(50);
    for (const n of names) expect(isSegmentName(n), n).toBe(true);
  });

  it('read nothing from a missing segment, past its end, or under a name that is not a segment', () => {
    const out = output();
    const w = new SegmentWriter(out);
    const at = w.append(chunks('0123456789'));
    w.close();
    writeFileSync(join(out, 'outside.seg'), 'x');
    const r = new SegmentReader(out);
    expect(r.read({ ...at, segment: 'gone.seg' })).toBeNull();
    expect(r.read({ ...at, offset: 5 })).toBeNull();
    expect(r.read({ ...at, length: 11 })).toBeNull();
    for (const name of ['../outside.seg', '../../etc/passwd', 'state.json', '']) expect(r.read({ ...at, segment: name }), name).toBeNull();
    expect(r.read(at)!.toString()).toBe('0123456789');
  });
});

describe('needsCompaction', () => {
  it('is true only when the segments hold much more than their live records, past a floor', () => {
    const out = output();
    const w = new SegmentWriter(out);
    w.append([Buffer.alloc(1000)]);
    w.close();
    expect(needsCompaction(out, new Map([[w.name, 1000]]), 100)).toBe(false);
    expect(needsCompaction(out, new Map([[w.name, 600]]), 100)).toBe(false);
    expect(needsCompaction(out, new Map([[w.name, 400]]), 100)).toBe(true);
    expect(needsCompaction(out, new Map([[w.name, 400]]), 700)).toBe(false);
    expect(needsCompaction(out, new Map(), 100)).toBe(false);
  });
});

describe('sweepSegments', () => {
  it('keeps the live segments and removes everything else in the rows directory', () => {
    const out = output();
    const dir = join(out, ROWS_DIR);
    const live = new SegmentWriter(out);
    const dead = new SegmentWriter(out);
    for (const w of [live, dead]) {
      w.append(chunks('x'));
      w.close();
    }
    // what an older nkie kept there: a rows file per article
    writeFileSync(join(dir, 'a1.rows'), 'old');
    sweepSegments(out, new Set([live.name]));
    expect(readdirSync(dir)).toEqual([live.name]);
  });

  it('does nothing where there is no output yet', () => {
    expect(() => sweepSegments(join(tempDir(), 'none'), new Set())).not.toThrow();
  });
});
