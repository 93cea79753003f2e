import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, openCsv, writeFileAtomic } from '../../src/export/write.js';
import { tempDir } from '../helpers.js';

describe('safe output', () => {
  it.each([
    ['=HYPERLINK("x")', "'=HYPERLINK(\"x\")"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['-98.5', '-98.5'],
    ['Hyesan', 'Hyesan'],
  ])('neutralises %j as %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it('writes CSV through a temporary file, quoting as needed', async () => {
    const dir = tempDir();
    const csv = openCsv(join(dir, 'x.csv'), ['a', 'b'], false);
    await csv.write({ a: 'has, comma', b: '=1+1' });
    await csv.write({ a: 'line\nbreak', b: null });
    // nothing under the final name until the file is complete
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    await csv.close();
    expect(readdirSync(dir)).toEqual(['x.csv']);
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toBe('a,b\n"has, comma",\'=1+1\n"line\nbreak",');
  });

  it('writes raw cells when asked', async () => {
    const dir = tempDir();
    const csv = openCsv(join(dir, 'x.csv'), ['a'], true);
    await csv.write({ a: '=1+1' });
    await csv.close();
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toBe('a\n=1+1');
  });

  it('replaces a file atomically', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'sub', 'f.json'), '{"v":1}');
    writeFileAtomic(join(dir, 'sub', 'f.json'), '{"v":2}');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['f.json']);
    expect(readFileSync(join(dir, 'sub', 'f.json'), 'utf8')).toBe('{"v":2}');
  });
});
