import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rulesWithSynthetic, syntheticGazetteer } from '../../src/bench/synthetic-rules.js';
import { compileRules } from '../../src/rules/compile.js';
import { ENGLISH_WORDS } from '../../src/text/english.js';
import { rulesDir, tempDir } from '../helpers.js';

describe('syntheticGazetteer', () => {
  const file = parse(syntheticGazetteer(400, 3)) as { kind: string; entries: { id: string; type: string; canonical: string }[] };

  it('makes the requested number of entries of several types, the same for the same seed', () => {
    expect(file.kind).toBe('gazetteer');
    expect(file.entries).toHaveLength(400);
    expect(new Set(file.entries.map((e) => e.id)).size).toBe(400);
    expect(new Set(file.entries.map((e) => e.type))).toEqual(new Set(['PLACE', 'ORG', 'PERSON', 'DRUG']));
    expect(syntheticGazetteer(400, 3)).toBe(syntheticGazetteer(400, 3));
  });

  it('invents names that are no English word, some behind common words', () => {
    const words = file.entries.flatMap((e) => e.canonical.split(' ')).filter((w) => w.startsWith('Q'));
    expect(words.every((w) => !ENGLISH_WORDS.has(w.toLowerCase()))).toBe(true);
    expect(file.entries.some((e) => e.canonical.startsWith('Ministry of '))).toBe(true);
  });
});

describe('rulesWithSynthetic', () => {
  it('adds the entries to a copy of the rules that compiles', () => {
    const base = rulesDir({ 'p.yaml': 'kind: gazetteer\nentries:\n  - { id: hyesan, type: PLACE, canonical: Hyesan, level: city, country: KP }\n' });
    const dir = rulesWithSynthetic(base, tempDir('nkie-synthetic-'), 300, 5, 'test');
    expect(readdirSync(dir).sort()).toEqual(['p.yaml', 'zz-synthetic.yaml']);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(readFileSync(join(base, 'p.yaml'), 'utf8'));
    expect(compileRules(dir, 'test').entries.size).toBe(301);
  });
});
