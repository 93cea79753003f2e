/**
 * Synthetic gazetteer entries for the scale benchmark: made-up Korean-looking place names,
 * organizations whose names begin with words news text is full of ("Ministry of ...",
 * "North ... Committee"), drugs and persons, so the trie is large and many article words walk
 * into it. The names are invented and do not occur in the corpus, so the extraction itself is
 * unchanged and only the cost of a larger rule set is measured.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compileRules } from '../rules/compile.js';
import { RulesInvalidError } from '../rules/load.js';
import { random } from './corpus.js';

const ONSETS = ['k', 'g', 'n', 'd', 't', 'r', 'm', 'p', 'b', 's', 'ch', 'j', 'h', 'y'];
const VOWELS = ['a', 'o', 'u', 'i', 'ae', 'eo', 'yo', 'yu', 'wa'];
const CODAS = ['', '', 'n', 'ng', 'k', 'l', 'm', 'p'];
const PLACE_LEVELS = ['county', 'town', 'village', 'district', 'city'] as const;
const ORG_PATTERNS = [
  (n: string) => `Ministry of ${n} Affairs`,
  (n: string) => `North ${n} People's Committee`,
  (n: string) => `${n} Trading Company`,
  (n: string) => `${n} Provincial Security Bureau`,
];

function name(rnd: () => number): string {
  const syllables = 2 + Math.floor(rnd() * 2);
  let s = '';
  for (let i = 0; i < syllables; i++) s += ONSETS[Math.floor(rnd() * ONSETS.length)]! + VOWELS[Math.floor(rnd() * VOWELS.length)]! + CODAS[Math.floor(rnd() * CODAS.length)]!;
  // "q" keeps the invented names apart from every real name and English word
  return `Q${s}`;
}

/** The YAML of a gazetteer file with `count` synthetic entries, ids syn-1 ... */
export function syntheticGazetteer(count: number, seed: number, skip: ReadonlySet<string> = new Set()): string {
  const rnd = random(seed);
  const used = new Set<string>();
  const entries: Record<string, unknown>[] = [];
  for (let i = 1; entries.length < count; i++) {
    const id = `syn-${i}`;
    let n = name(rnd);
    while (used.has(n)) n = name(rnd);
    used.add(n);
    if (skip.has(id)) continue;
    const kind = i % 4;
    if (kind === 0 || kind === 1) entries.push({ id, type: 'PLACE', canonical: n, level: PLACE_LEVELS[i % PLACE_LEVELS.length], country: 'KP' });
    else if (kind === 2) entries.push({ id, type: 'ORG', canonical: ORG_PATTERNS[(i >> 2) % ORG_PATTERNS.length]!(n), kind: 'state' });
    else entries.push({ id, type: i % 8 === 3 ? 'DRUG' : 'PERSON', canonical: i % 8 === 3 ? `${n}ine` : `${n} ${name(rnd)}`, ...(i % 8 === 3 ? { class: 'other' } : {}) });
  }
  return stringify({ kind: 'gazetteer', note: 'synthetic entries for the scale benchmark', entries });
}

/**
 * Copies a rules directory into `dir` with `count` synthetic entries added, compiled once to be
 * sure it is valid; the caller owns `dir` and removes it.
 */
export function rulesWithSynthetic(rulesDir: string, dir: string, count: number, seed: number, version: string): string {
  cpSync(rulesDir, dir, { recursive: true });
  let skip = new Set<string>();
  // an invented name may still clash with another alias: leave such entries out and retry
  for (let attempt = 0; attempt < 3; attempt++) {
    writeFileSync(join(dir, 'zz-synthetic.yaml'), syntheticGazetteer(count, seed, skip));
    try {
      compileRules(dir, version);
      return dir;
    } catch (e) {
      if (!(e instanceof RulesInvalidError) || e.problems.some((p) => !p.entry?.startsWith('syn-'))) throw e;
      skip = new Set([...skip, ...e.problems.map((p) => p.entry!)]);
    }
  }
  throw new Error('could not build a valid synthetic rule set');
}
