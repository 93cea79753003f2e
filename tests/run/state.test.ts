import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHash, rulesDigest, RunState, STATE_FILE } from '../../src/batch/state.js';
import type { Article } from '../../src/types.js';
import { rulesDir, tempDir } from '../helpers.js';

const article: Article = { id: 'a1', source: 'a1.txt', text: 'Police in Hyesan arrested two traders.', title: 'Arrests', url: null, published: '2021-03-04', outlet: null, author: null };

describe('articleHash', () => {
  it.each([
    ['id', { id: 'a2' }],
    ['source', { source: 'other/a1.txt' }],
    ['text', { text: 'Police in Hyesan arrested three traders.' }],
    ['title', { title: 'More arrests' }],
    ['url', { url: 'https://example.org/a1' }],
    ['published', { published: '2021-03-05' }],
    ['outlet', { outlet: 'Daily NK' }],
    ['author', { author: 'A reporter' }],
    ['titleFromFirstLine', { titleFromFirstLine: true }],
  ] as [string, Partial<Article>][])('changes with the %s', (_, change) => {
    expect(articleHash({ ...article, ...change })).not.toBe(articleHash(article));
  });

  it('is the same for the same article, absent and null fields alike', () => {
    expect(articleHash({ ...article })).toBe(articleHash(article));
    expect(articleHash({ id: 'x', source: 'x.txt', text: 't' })).toBe(articleHash({ id: 'x', source: 'x.txt', text: 't', title: null, url: null, published: null, outlet: null, author: null }));
    expect(articleHash(article)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('rulesDigest', () => {
  const files = { 'places.yaml': 'kind: gazetteer\nentries: []\n', 'sub/more.yaml': 'kind: lexicon\nentries: []\n' };

  it('is the same for the same files', () => {
    expect(rulesDigest(rulesDir(files))).toBe(rulesDigest(rulesDir(files)));
  });

  it.each([
    ['a changed file', { ...files, 'places.yaml': 'kind: gazetteer\nentries: [] # edited\n' }],
    ['a renamed file', { 'places2.yaml': files['places.yaml'], 'sub/more.yaml': files['sub/more.yaml'] }],
    ['an added file', { ...files, 'NOTES.txt': 'anything in the directory counts' }],
  ])('changes with %s', (_, other) => {
    expect(rulesDigest(rulesDir(other))).not.toBe(rulesDigest(rulesDir(files)));
  });

  it('throws on a missing directory', () => {
    expect(() => rulesDigest(join(tempDir(), 'none'))).toThrow();
  });
});

/** A hash of the shape articleHash gives, one per name. */
const h = (name: string) => createHash('sha256').update(name).digest('hex');

describe('RunState', () => {
  it('saves and loads the hashes, where the rows lie, the digest, the fingerprint and the version', () => {
    const out = tempDir();
    const state = RunState.empty('1.2.3', 'digest', 'fingerprint');
    state.record('b', h('b'), { segment: 's1.seg', offset: 120, length: 80 });
    state.record('a', h('a'), null);
    state.save(out);
    const loaded = RunState.load(out)!;
    expect(loaded.hashOf('a')).toBe(h('a'));
    expect(loaded.hashOf('b')).toBe(h('b'));
    expect(loaded.hashOf('c')).toBeUndefined();
    expect(loaded.rowsOf('a')).toBeNull();
    expect(loaded.rowsOf('b')).toEqual({ segment: 's1.seg', offset: 120, length: 80 });
    expect(loaded.rowsOf('c')).toBeNull();
    expect(loaded).toMatchObject({ nkie: '1.2.3', rulesDigest: 'digest', rulesFingerprint: 'fingerprint', size: 2 });
    expect(loaded.matches('1.2.3', 'digest')).toBe(true);
    expect(loaded.matches('1.2.4', 'digest')).toBe(false);
    expect(loaded.matches('1.2.3', 'other')).toBe(false);
  });

  it('forgets what is not retained, and absorbs another state', () => {
    const state = RunState.empty('1', 'd', 'f');
    for (const id of ['a', 'b', 'c']) state.record(id, h(id), null);
    state.retain(new Set(['a', 'c']));
    expect([state.hashOf('a'), state.hashOf('b'), state.hashOf('c')]).toEqual([h('a'), undefined, h('c')]);
    const other = RunState.empty('1', 'd', 'f');
    other.record('z', h('z'), { segment: 'x.seg', offset: 0, length: 9 });
    state.absorb(other);
    expect(state.size).toBe(3);
    expect(state.hashOf('z')).toBe(h('z'));
    // moving the rows in one state leaves the other's as they were
    state.relocate('z', { segment: 'y.seg', offset: 5, length: 9 });
    expect(other.rowsOf('z')).toEqual({ segment: 'x.seg', offset: 0, length: 9 });
  });

  it('saves many articles, over several parts, as one JSON object in id order', () => {
    const out = tempDir();
    const state = RunState.empty('1', 'd', 'f');
    const ids = Array.from({ length: 9000 }, (_, i) => `a${String(8999 - i).padStart(5, '0')}`);
    ids.forEach((id, i) => state.record(id, h(String(i)), i % 3 === 0 ? null : { segment: `s${i % 2}.seg`, offset: i, length: 7 }));
    state.save(out);
    const file = JSON.parse(readFileSync(join(out, STATE_FILE), 'utf8')) as { format: number; articles: Record<string, unknown> };
    expect(file.format).toBe(2);
    expect(Object.keys(file.articles)).toEqual([...ids].sort());
    expect(file.articles.a08999).toEqual([h('0'), null, 0, 0]);
    expect(file.articles.a08998).toEqual([h('1'), 's1.seg', 1, 7]);
    const loaded = RunState.load(out)!;
    expect(loaded.size).toBe(9000);
    expect(loaded.rowsOf('a08997')).toEqual({ segment: 's0.seg', offset: 2, length: 7 });
  });

  it('counts the live bytes of each segment, and moves rows', () => {
    const state = RunState.empty('1', 'd', 'f');
    state.record('a', h('a'), { segment: 's1.seg', offset: 0, length: 10 });
    state.record('b', h('b'), { segment: 's1.seg', offset: 10, length: 5 });
    state.record('c', h('c'), { segment: 's2.seg', offset: 0, length: 7 });
    state.record('d', h('d'), null);
    expect(state.segments()).toEqual(new Map([['s1.seg', 15], ['s2.seg', 7]]));
    state.relocate('c', { segment: 's1.seg', offset: 15, length: 7 });
    state.relocate('a', null);
    expect(state.segments()).toEqual(new Map([['s1.seg', 12]]));
    expect(state.rowsOf('a')).toBeNull();
  });

  it.each([
    ['no state file', null],
    ['a truncated file', '{"format":2,"nkie":"1",'],
    ['another format', JSON.stringify({ format: 99, nkie: '1', rulesDigest: 'd', rulesFingerprint: 'f', articles: {} })],
    ['the format before rows locations', JSON.stringify({ format: 1, nkie: '1', rulesDigest: 'd', rulesFingerprint: 'f', articles: { a: h('a') } })],
    ['no article map', JSON.stringify({ format: 2, nkie: '1', rulesDigest: 'd', rulesFingerprint: 'f' })],
    ['an article entry of another shape', JSON.stringify({ format: 2, nkie: '1', rulesDigest: 'd', rulesFingerprint: 'f', articles: { a: [h('a'), 's.seg', -1, 5] } })],
  ])('loads nothing from %s', (_, content) => {
    const out = tempDir();
    if (content !== null) {
      mkdirSync(join(out, '.nkie'));
      writeFileSync(join(out, STATE_FILE), content);
    }
    expect(RunState.load(out)).toBeNull();
  });
});

describe('RunState columns', () => {
  it('keeps every entry through growth, retain and re-recording, in id order when saved', () => {
    const out = tempDir();
    const state = RunState.empty('1', 'd', 'f');
    for (let i = 0; i < 3000; i++) state.record(`n${i}`, h(`n${i}`), i % 2 ? { segment: `s${i % 5}.seg`, offset: i * 10, length: i } : null);
    state.retain(new Set(Array.from({ length: 3000 }, (_, i) => `n${i}`).filter((_, i) => i % 3 !== 0)));
    state.record('n1', h('again'), null);
    expect(state.size).toBe(2000);
    expect(state.hashOf('n0')).toBeUndefined();
    expect(state.hashOf('n1')).toBe(h('again'));
    expect(state.rowsOf('n1')).toBeNull();
    expect(state.hashOf('n2999')).toBe(h('n2999'));
    expect(state.rowsOf('n2999')).toEqual({ segment: 's4.seg', offset: 29990, length: 2999 });
    expect(state.rowsOf('n2998')).toBeNull();
    state.save(out);
    const loaded = RunState.load(out)!;
    expect(loaded.size).toBe(2000);
    expect(loaded.rowsOf('n2999')).toEqual({ segment: 's4.seg', offset: 29990, length: 2999 });
    expect(loaded.segments()).toEqual(state.segments());
  });

  it('refuses a hash articleHash does not make', () => {
    expect(() => RunState.empty('1', 'd', 'f').record('a', 'not-a-hash', null)).toThrow(/not an article hash/);
  });
});
