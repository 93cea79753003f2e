import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleFiles, sortProblems, summarize } from '../../src/batch/outputs.js';
import type { InputError } from '../../src/input/load.js';
import { tempDir } from '../helpers.js';

describe('sortProblems', () => {
  it('orders by file, then line (file-level first), then reason', () => {
    const list: InputError[] = [
      { file: 'b.jsonl', line: 3, reason: 'x' },
      { file: 'a.json', line: null, reason: 'z' },
      { file: 'b.jsonl', line: null, reason: 'y' },
      { file: 'b.jsonl', line: 3, reason: 'w' },
      { file: 'b.jsonl', line: 12, reason: 'a' },
    ];
    expect(sortProblems(list).map((e) => `${e.file}:${e.line}:${e.reason}`)).toEqual(['a.json:null:z', 'b.jsonl:null:y', 'b.jsonl:3:w', 'b.jsonl:3:x', 'b.jsonl:12:a']);
  });
});

describe('summarize', () => {
  it('totals the counts and counts the files that failed', () => {
    const s = summarize({ entities: { PLACE: 3, DATE: 2 }, relations: { located_in: 1 } }, 4, 3, 1, 1.5, { tokenize: 2 }, [
      { file: 'a', line: 1, reason: 'r' }, { file: 'a', line: 2, reason: 'r' }, { file: 'b', line: null, reason: 'r' },
    ], []);
    expect(s).toMatchObject({ articles: 4, processed: 3, skipped: 1, entities: 5, relations: 1, failedFiles: 2 });
  });
});

describe('removeStaleFiles', () => {
  it('removes the article files of articles not kept, and temporary files, and nothing else', () => {
    const out = tempDir();
    mkdirSync(join(out, 'articles'));
    for (const name of ['keep.json', 'gone.json', 'keep.json.tmp-123', 'notes.txt']) writeFileSync(join(out, 'articles', name), '');
    removeStaleFiles(out, new Set(['keep']), true);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['keep.json', 'notes.txt']);
  });

  it('removes the whole articles directory when the run writes no article files', () => {
    const out = tempDir();
    mkdirSync(join(out, 'articles'));
    writeFileSync(join(out, 'articles', 'keep.json'), '');
    writeFileSync(join(out, 'documents.jsonl'), '');
    removeStaleFiles(out, new Set(['keep']), false);
    expect(readdirSync(out)).toEqual(['documents.jsonl']);
  });

  it('does nothing where there is no output yet', () => {
    expect(() => removeStaleFiles(join(tempDir(), 'none'), new Set(), true)).not.toThrow();
    expect(() => removeStaleFiles(join(tempDir(), 'none'), new Set(), false)).not.toThrow();
  });
});
