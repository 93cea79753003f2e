import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentLineReader, indexDocumentLines } from '../../src/batch/document-lines.js';
import { tempDir } from '../helpers.js';

const file = (content: string) => {
  const path = join(tempDir(), 'documents.jsonl');
  writeFileSync(path, content);
  return path;
};

describe('indexDocumentLines and DocumentLineReader', () => {
  it('find every line by its id and read each back whole, across block boundaries', () => {
    // a line longer than the 1 MiB read block, with multi-byte characters before and after it
    const lines = [
      JSON.stringify({ id: 'a-1', text: 'Hyesan — 혜산' }),
      JSON.stringify({ id: 'b.2', text: 'x'.repeat(1_500_000) }),
      JSON.stringify({ id: 'c_3', text: '평양 Pyongyang' }),
      // not written by nkie (id not first): found by parsing the line
      JSON.stringify({ text: 'Musan', id: 'd4' }),
    ];
    const path = file(lines.map((l) => l + '\n').join(''));
    const index = indexDocumentLines(path);
    expect([...index.keys()]).toEqual(['a-1', 'b.2', 'c_3', 'd4']);
    const reader = new DocumentLineReader(path);
    expect([...index.values()].map((at) => reader.read(at))).toEqual(lines.map((l) => l + '\n'));
    reader.close();
  });

  it('finds nothing in an empty file', () => {
    expect(indexDocumentLines(file('')).size).toBe(0);
  });

  it.each([
    ['an id twice', '{"id":"a"}\n{"id":"a"}\n', /article "a" is there twice/],
    ['a last line cut short', '{"id":"a"}\n{"id":"b"', /last line is cut short/],
    ['a line that is not JSON', '{"id":"a"}\nnot json\n', /line at byte 11 holds no document/],
    ['a JSON line without an id', '{"id":"a"}\n{"text":"x"}\n', /line at byte 11 holds no document/],
    ['a JSON line that is not an object', '{"id":"a"}\nnull\n', /line at byte 11 holds no document/],
  ])('refuses %s, naming the file', (_, content, message) => {
    const path = file(content);
    expect(() => indexDocumentLines(path)).toThrow(message);
    expect(() => indexDocumentLines(path)).toThrow(path);
  });

  it('refuses to read a line the file no longer holds', () => {
    const path = file('{"id":"a"}\n');
    const at = indexDocumentLines(path).get('a')!;
    writeFileSync(path, '{"id"');
    expect(() => new DocumentLineReader(path).read(at)).toThrow(/shorter than when it was indexed/);
  });
});
