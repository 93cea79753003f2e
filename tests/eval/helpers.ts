/**
 * A small evaluation world written for the tests: a rules directory with a few gazetteer
 * entries, articles, and gold files whose offsets are computed from the text, so a test reads
 * as "this span, this type" rather than as numbers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gold, GoldEntity } from '../../src/eval/gold.js';
import { rulesDir, tempDir } from '../helpers.js';

export const EVAL_RULES = {
  'gazetteer.yaml': `
kind: gazetteer
entries:
  - id: ryanggang
    type: PLACE
    canonical: Ryanggang Province
    level: province
    country: KP
  - id: hyesan
    type: PLACE
    canonical: Hyesan
    level: city
    province: ryanggang
    country: KP
  - id: social-security
    type: ORG
    canonical: Ministry of Social Security
    aliases: ["Ministry of People's Security"]
    acronyms: [MSS]
    kind: police
  - id: methamphetamine
    type: DRUG
    canonical: methamphetamine
    aliases: [bingdu]
    class: stimulant
  - id: smuggling
    type: CRIME
    canonical: smuggling
    aliases: [smugglers]
`,
  'relations.yaml': `
kind: relations
entries:
  - id: located-in-comma
    relation: located_in
    subject: PLACE
    object: PLACE
    object_levels: [province]
    order: subject-first
    between: [","]
`,
};

/** The pipeline over EVAL_RULES finds: ORG, PLACE, PLACE, CRIME "smugglers", ORG "MSS", DRUG "bingdu", PLACE (second Hyesan). */
export const ALPHA = [
  'Arrests reported',
  '',
  "Police from the Ministry of People's Security in Hyesan, Ryanggang Province, arrested smugglers. " +
    'The MSS said bingdu and opium use is rising in Hyesan.',
].join('\n');

export const BETA = 'Another report\n\nNothing here has a gold file.';

type GoldSpec = { id: string; type: GoldEntity['type']; surface: string; canonical: string; norm: GoldEntity['norm']; occurrence?: number };

/** A gold entity at the n-th occurrence (from 0) of `surface` in `text`. */
export function at(text: string, e: GoldSpec): GoldEntity {
  let start = -1;
  for (let n = 0; n <= (e.occurrence ?? 0); n++) {
    start = text.indexOf(e.surface, start + 1);
    if (start === -1) throw new Error(`"${e.surface}" occurs fewer than ${(e.occurrence ?? 0) + 1} times`);
  }
  return { id: e.id, type: e.type, start, end: start + e.surface.length, text: e.surface, canonical: e.canonical, norm: e.norm } as GoldEntity;
}

const place = (level: 'city' | 'province', province: string | null) => ({ level, province, country: 'KP' });

/**
 * Gold for ALPHA that differs from the pipeline on purpose: the ORG span includes "the"
 * (exact miss, partial hit), the second "Hyesan" is left out (spurious mention, but the same
 * entity at document level), "opium" is a drug the rules lack, and a based_in relation the
 * pipeline cannot find.
 */
export function alphaGold(): Gold {
  const entities = [
    at(ALPHA, { id: 'g1', type: 'ORG', surface: "the Ministry of People's Security", canonical: 'ministry of  social security', norm: { kind: 'police', acronym: null } }),
    at(ALPHA, { id: 'g2', type: 'PLACE', surface: 'Hyesan', canonical: 'Hyesan', norm: place('city', 'Ryanggang Province') }),
    at(ALPHA, { id: 'g3', type: 'PLACE', surface: 'Ryanggang Province', canonical: 'Ryanggang Province', norm: place('province', null) }),
    at(ALPHA, { id: 'g4', type: 'ORG', surface: 'MSS', canonical: 'Ministry of Social Security', norm: { kind: 'police', acronym: 'MSS' } }),
    at(ALPHA, { id: 'g5', type: 'DRUG', surface: 'bingdu', canonical: 'methamphetamine', norm: {} }),
    at(ALPHA, { id: 'g6', type: 'DRUG', surface: 'opium', canonical: 'opium', norm: {} }),
  ];
  return {
    id: 'alpha',
    source: 'alpha.txt',
    published: null,
    notes: 'written for the tests',
    entities,
    relations: [
      { type: 'located_in', subject: 'g2', object: 'g3' },
      { type: 'based_in', subject: 'g1', object: 'g2' },
    ],
  };
}

export interface World {
  root: string;
  rules: string;
  input: string;
  gold: string;
}

/**
 * alpha.txt with its gold, beta.txt without gold, and gamma.gold.json without its article.
 * `extra` adds or replaces files: paths relative to the root ("gold/x.gold.json"), objects are written as JSON.
 */
export function world(extra: Record<string, string | object> = {}): World {
  const root = tempDir('nkie-eval-');
  const w = { root, rules: rulesDir(EVAL_RULES), input: join(root, 'input'), gold: join(root, 'gold') };
  const files: Record<string, string | object> = {
    'input/alpha.txt': ALPHA,
    'input/beta.txt': BETA,
    'gold/alpha.gold.json': alphaGold(),
    'gold/gamma.gold.json': { id: 'gamma', source: 'gamma.txt', published: null, entities: [], relations: [] },
    ...extra,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return w;
}

/** Document-level gold for ALPHA as a reader writes it: distinct entities, no offsets; "opium" and the based_in are beyond the rules. */
export function alphaDocGold(): Record<string, any> {
  return {
    id: 'alpha',
    level: 'document',
    published: null,
    entities: [
      { id: 'mss', type: 'ORG', canonical: 'Ministry of Social Security', norm: { kind: 'police' }, seen: ["Ministry of People's Security", 'MSS'] },
      { id: 'hyesan', type: 'PLACE', canonical: 'Hyesan', norm: place('city', 'Ryanggang Province') },
      { id: 'ryanggang', type: 'PLACE', canonical: 'Ryanggang Province', norm: place('province', null) },
      { type: 'DRUG', canonical: 'methamphetamine', seen: ['bingdu'] },
      { type: 'DRUG', canonical: 'opium' },
    ],
    relations: [
      { type: 'located_in', subject: 'hyesan', object: 'ryanggang' },
      { type: 'based_in', subject: 'mss', object: 'hyesan' },
    ],
    events: [
      { subtype: 'arrest-jail', trigger: 'arrested', agent: 'mss', place: 'hyesan', crime: 'smuggling', modality: 'asserted', polarity: 'positive', genericity: 'specific' },
    ],
  };
}
