/**
 * The ratchet: the extraction over the repository's gold fixtures may not score below
 * tests/fixtures/baseline.json. After a deliberate change of scores or fixtures, rewrite the
 * baseline with `npm run baseline` and commit it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselineOf, BaselineSchema, formatBaseline, readBaseline, regressions, TOLERANCE, type Baseline } from '../../src/eval/baseline.js';
import { check, type CheckResult } from '../../src/eval/check.js';
import { GOLD_SUFFIX } from '../../src/eval/gold.js';
import { INPUT_DIR, ROOT, RULES_DIR } from '../helpers.js';
import { alphaDocGold, world } from './helpers.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const BASELINE = join(FIXTURES, 'baseline.json');

describe('regressions', () => {
  let r: CheckResult;
  let base: Baseline;
  beforeAll(() => {
    const w = world();
    r = check({ gold: w.gold, input: w.input, rules: w.rules });
    base = baselineOf(r);
  });
  const raised = (edit: (b: Baseline) => void) => {
    const b = structuredClone(base);
    edit(b);
    return regressions(r, b);
  };

  it('finds none against the baseline of the same result', () => {
    expect(regressions(r, base)).toEqual([]);
  });

  it('holds no event level for a world without gold events', () => {
    expect(Object.keys(base.levels)).not.toContain('events');
    expect(BaselineSchema.parse(JSON.parse(formatBaseline(base)))).toEqual(base);
  });

  it('holds the event level of a set with gold events at its real score, 0 while nothing is extracted', () => {
    const w = world({ 'gold/alpha.gold.json': { ...JSON.parse(JSON.stringify(alphaDocGold())) } });
    const b = baselineOf(check({ gold: w.gold, input: w.input, rules: w.rules }));
    expect(b.levels.events?.micro).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(b.sets.real!.levels.events?.micro).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('rounds the baseline to 3 decimals', () => {
    expect(base.levels.document.micro).toEqual({ precision: 1, recall: 0.8, f1: 0.889 });
    expect(base.articles).toEqual(['alpha']);
  });

  it('is written as JSON with one line per score triple', () => {
    const text = formatBaseline(base);
    expect(BaselineSchema.parse(JSON.parse(text))).toEqual(base);
    expect(text).toMatch(/^ {6}"micro": \{ "precision": 1, "recall": 0\.8, "f1": 0\.889 \},$/m);
    expect(text).toMatch(/^ {8}"DRUG": \{ "precision": 1, "recall": 0\.5, "f1": 0\.667 \}/m);
    expect(text.endsWith('}\n')).toBe(true);
  });

  const cases: [string, (b: Baseline) => void, string[]][] = [
    ['a micro F1 above the current one', (b) => { b.levels.document.micro.f1 = 0.95; }, ['document micro f1: 0.8889 < baseline 0.950']],
    ['a per-type recall above the current one', (b) => { b.levels.mentionExact.byType.DRUG!.recall = 0.6; }, ['mention exact DRUG recall: 0.5000 < baseline 0.600']],
    ['a macro precision above the current one', (b) => { b.levels.relations.macro.precision = 1; }, ['relations macro precision: 0.5000 < baseline 1.000']],
    ['a baseline within the tolerance', (b) => { b.levels.document.micro.f1 = 8 / 9 + TOLERANCE - 0.0001; }, []],
    ['a baseline just beyond the tolerance', (b) => { b.levels.document.micro.f1 = 8 / 9 + TOLERANCE + 0.0001; }, ['document micro f1: 0.8889 < baseline 0.889']],
    ['a baseline below the current scores', (b) => { b.levels.document.micro.f1 = 0.5; b.levels.mentionExact.byType.ORG!.precision = 0; }, []],
    ['a type no longer scored (its spurious predictions are gone)', (b) => { b.levels.document.byType.LAW = { precision: 0, recall: 0, f1: 0 }; }, []],
    ['an event level the baseline had and the check no longer has', (b) => { b.levels.events = { micro: { precision: 0, recall: 0, f1: 0 }, macro: { precision: 0, recall: 0, f1: 0 }, byType: {} }; }, ['events: no longer scored: run npm run baseline']],
    ['other scored articles', (b) => { b.articles = ['alpha', 'delta']; }, ['scored articles differ from the baseline (added: none; removed: delta): run npm run baseline']],
  ];
  it.each(cases)('%s', (_, edit, expected) => {
    expect(raised(edit)).toEqual(expected);
  });
});

const hasGold = existsSync(FIXTURES) && readdirSync(FIXTURES).some((n) => n.endsWith(GOLD_SUFFIX));

describe.skipIf(!hasGold)('the ratchet over tests/fixtures', () => {
  let r: CheckResult;
  beforeAll(() => {
    r = check({ gold: FIXTURES, input: INPUT_DIR, rules: RULES_DIR });
  });

  it('has a baseline (write it with npm run baseline)', () => {
    expect(existsSync(BASELINE)).toBe(true);
  });

  it('scores every gold fixture', () => {
    expect(r.notScored.invalidGold).toEqual([]);
    expect(r.notScored.goldWithoutArticle).toEqual([]);
    expect(r.articles.length).toBeGreaterThan(0);
  });

  it('scores no lower than the baseline', () => {
    expect(regressions(r, readBaseline(BASELINE)), 'scores below tests/fixtures/baseline.json').toEqual([]);
  });
});
