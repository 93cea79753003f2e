import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/eval/check.js';
import { formatReport, round, toJson } from '../../src/eval/report.js';
import { world } from './helpers.js';

let r: CheckResult;
beforeAll(() => {
  const w = world();
  r = check({ gold: w.gold, input: w.input, rules: w.rules });
});

/** The result with long texts, long lists and a long article id, to test the layout. */
function crowded(): CheckResult {
  const id = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
  const long = 'The Central Committee of the Workers’ Party of Korea Organization and Guidance Department';
  const mention = { article: id, type: 'PENALTY' as const, text: long, start: 123456, end: 123543 };
  return {
    ...r,
    notScored: { ...r.notScored, inputErrors: [], withoutGold: Array.from({ length: 25 }, (_, i) => ({ id: `x${i}`, source: `x${i}.txt` })) },
    differences: {
      mentions: { missed: [{ ...mention, near: { type: 'QUANTITY', text: long, start: 123400, end: 123999 } }], spurious: [{ ...mention, near: null }] },
      resolutions: [{ ...mention, gold: long, predicted: 'x' }],
      entities: { missed: [{ ...mention, name: long }], spurious: [{ ...mention, text: 'x', name: long }] },
      relations: {
        missed: [{ article: id, type: 'affiliated_with', subject: { ...mention, name: long }, object: { ...mention, name: long } }],
        spurious: [],
      },
      events: { missed: [{ article: id, subtype: 'release-parole', trigger: long, place: long, time: '2024-03-01', sentence: long }], spurious: [] },
    },
  };
}

describe('toJson', () => {
  it('has a fixed key order at every level', () => {
    const j = toJson(r);
    expect(Object.keys(j)).toEqual(['nkie', 'rulesFingerprint', 'gold', 'input', 'rules', 'against', 'articles', 'notScored', 'sets', 'levels', 'differences']);
    expect(Object.keys(j.notScored)).toEqual(['withoutGold', 'goldWithoutArticle', 'invalidGold', 'inputErrors']);
    expect(Object.keys(j.levels)).toEqual(['mentionExact', 'mentionPartial', 'mentionResolved', 'document', 'province', 'relations']);
    expect(j.sets.map((s) => [s.name, Object.keys(s)])).toEqual([['fixtures', ['name', 'articles', 'levels']]]);
    expect(Object.keys(j.levels.document)).toEqual(['micro', 'macro', 'byType']);
    expect(Object.keys(j.levels.document.micro)).toEqual(['precision', 'recall', 'f1', 'tp', 'fp', 'fn']);
    expect(Object.keys(j.levels.document.macro)).toEqual(['precision', 'recall', 'f1']);
    expect(Object.keys(j.differences)).toEqual(['mentions', 'resolutions', 'entities', 'relations', 'events']);
    expect(Object.keys(j.differences.mentions)).toEqual(['missed', 'spurious']);
    expect(Object.keys(j.differences.mentions.missed[0]!)).toEqual(['article', 'type', 'text', 'start', 'end', 'near']);
    expect(Object.keys(j.differences.entities.missed[0]!)).toEqual(['article', 'type', 'name', 'text', 'start', 'end']);
    expect(Object.keys(j.differences.relations.missed[0]!)).toEqual(['article', 'type', 'subject', 'object']);
    expect(Object.keys(j.differences.relations.missed[0]!.subject)).toEqual(['type', 'name', 'text', 'start', 'end']);
  });

  it('rounds scores to 3 decimals and keeps counts exact', () => {
    const j = toJson(r);
    expect(j.levels.document.micro).toEqual({ precision: 1, recall: 0.8, f1: 0.889, tp: 4, fp: 0, fn: 1 });
    expect(j.levels.mentionExact.byType.ORG).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 });
  });

  it('survives a JSON round trip unchanged, so the printed object is the whole result', () => {
    const j = toJson(r);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  const rounding: [number, number][] = [[2 / 3, 0.667], [0.0004, 0], [0.9995, 1], [1, 1]];
  it.each(rounding)('round(%d) = %d', (x, y) => {
    expect(round(x)).toBe(y);
  });
});

describe('formatReport', () => {
  it('prints one table row per type and level, with micro and macro rows', () => {
    const text = formatReport(r);
    expect(text).toMatch(/^level\s+type\s+P\s+R\s+F1\s+tp\s+fp\s+fn$/m);
    expect(text).toMatch(/^document\s+PLACE\s+1\.000\s+1\.000\s+1\.000\s+2\s+0\s+0$/m);
    expect(text).toMatch(/^\s+DRUG\s+1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1$/m);
    expect(text).toMatch(/^\s+micro\s+1\.000\s+0\.800\s+0\.889\s+4\s+0\s+1$/m);
    expect(text).toMatch(/^relations\s+located_in\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0$/m);
    expect(text).toMatch(/^mention partial\s+PLACE\s+0\.667\s+1\.000\s+0\.800\s+2\s+1\s+0$/m);
  });

  it('reports the unpaired articles and lists every difference with its article and offsets', () => {
    const text = formatReport(r);
    expect(text).toMatch(/^input articles without gold \(1\)\n {2}beta\.txt$/m);
    expect(text).toMatch(/^gold files without an input article \(1\)\n {2}.*gamma\.gold\.json$/m);
    expect(text).toMatch(/^missed mentions: 2 \(~ the overlapping prediction\)$/m);
    expect(text).toMatch(/^ {2}alpha\n {4}ORG +\d+-\d+ {2}"the Ministry of People.s Security" +~ ORG \d+-\d+$/m);
    expect(text).toMatch(/^ {4}DRUG +\d+-\d+ {2}"opium"$/m);
    expect(text).toMatch(/^spurious entities, document level: 0$/m);
    expect(text).toMatch(/^ {4}based_in +"ministry of social se…" \d+-\d+ → "Hyesan" \d+-\d+$/m);
  });

  it('fits a 100-column terminal however long the texts and ids', () => {
    const lines = formatReport(crowded()).split('\n');
    const header = lines[0]!;
    for (const line of lines.filter((l) => l !== header)) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('shows at most 10 items of a "not scored" list and says how many more', () => {
    const text = formatReport(crowded());
    expect(text).toMatch(/^input articles without gold \(25\)$/m);
    expect(text).toContain('  x9.txt\n  … and 15 more (--json lists all)');
    expect(text).not.toContain('x10.txt');
  });
});
