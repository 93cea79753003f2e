import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, GoldUnavailableError, type CheckResult } from '../../src/eval/check.js';
import { formatReport } from '../../src/eval/report.js';
import { RulesInvalidError } from '../../src/rules/load.js';
import { InputUnavailableError } from '../../src/run.js';
import { rulesDir } from '../helpers.js';
import { ALPHA, alphaDocGold, alphaGold, at, world, type World } from './helpers.js';

const counts = (s: { tp: number; fp: number; fn: number }) => [s.tp, s.fp, s.fn];

describe('check over a gold article', () => {
  let w: World;
  let r: CheckResult;
  beforeAll(() => {
    w = world();
    r = check({ gold: w.gold, input: w.input, rules: w.rules });
  });

  it('scores the articles that have gold and reports the ones that cannot be paired', () => {
    expect(r.articles).toEqual(['alpha']);
    expect(r.notScored.withoutGold).toEqual([{ id: 'beta', source: 'beta.txt' }]);
    expect(r.notScored.goldWithoutArticle).toEqual([{ id: 'gamma', file: join(w.gold, 'gamma.gold.json') }]);
    expect(r.notScored.invalidGold).toEqual([]);
    expect(r.notScored.inputErrors).toEqual([]);
  });

  // per type: [tp, fp, fn]
  const expected: ['mentionExact' | 'mentionPartial' | 'document' | 'relations', Record<string, number[]>, number[]][] = [
    // "the Ministry..." is one character wider than the prediction; the second "Hyesan" is not in the gold; "opium" is not in the rules
    ['mentionExact', { ORG: [1, 1, 1], PLACE: [2, 1, 0], DRUG: [1, 0, 1] }, [4, 2, 2]],
    ['mentionPartial', { ORG: [2, 0, 0], PLACE: [2, 1, 0], DRUG: [1, 0, 1] }, [5, 1, 1]],
    // distinct entities: the gold canonical "ministry of  social security" matches despite case and spacing
    ['document', { ORG: [1, 0, 0], PLACE: [2, 0, 0], DRUG: [1, 0, 1] }, [4, 0, 1]],
    ['relations', { located_in: [1, 0, 0], based_in: [0, 0, 1] }, [1, 0, 1]],
  ];
  it.each(expected)('%s counts', (level, byType, micro) => {
    const l = r.levels[level];
    expect(Object.fromEntries(Object.entries(l.byType).map(([t, s]) => [t, counts(s)]))).toEqual(byType);
    expect(counts(l.micro)).toEqual(micro);
  });

  it('lists type-ordered rows (types.ts order) and micro and macro averages', () => {
    expect(Object.keys(r.levels.document.byType)).toEqual(['PLACE', 'ORG', 'DRUG']);
    expect(r.levels.document.micro.f1).toBeCloseTo(8 / 9, 12);
    expect(r.levels.document.macro.recall).toBeCloseTo((1 + 1 + 0.5) / 3, 12);
  });

  it('lists mention misses and spurious mentions with the overlapping item of the other side', () => {
    const ministry = ALPHA.indexOf('Ministry');
    const secondHyesan = ALPHA.lastIndexOf('Hyesan');
    expect(r.differences.mentions.missed).toEqual([
      { article: 'alpha', type: 'ORG', text: "the Ministry of People's Security", start: ministry - 4, end: ministry + 29, near: { type: 'ORG', text: "Ministry of People's Security", start: ministry, end: ministry + 29 } },
      { article: 'alpha', type: 'DRUG', text: 'opium', start: ALPHA.indexOf('opium'), end: ALPHA.indexOf('opium') + 5, near: null },
    ]);
    expect(r.differences.mentions.spurious).toEqual([
      { article: 'alpha', type: 'ORG', text: "Ministry of People's Security", start: ministry, end: ministry + 29, near: { type: 'ORG', text: "the Ministry of People's Security", start: ministry - 4, end: ministry + 29 } },
      { article: 'alpha', type: 'PLACE', text: 'Hyesan', start: secondHyesan, end: secondHyesan + 6, near: null },
    ]);
  });

  it('lists entity and relation differences by normalized name with their first mention', () => {
    expect(r.differences.entities).toEqual({
      missed: [{ article: 'alpha', type: 'DRUG', text: 'opium', start: ALPHA.indexOf('opium'), end: ALPHA.indexOf('opium') + 5, name: 'opium' }],
      spurious: [],
    });
    expect(r.differences.relations.spurious).toEqual([]);
    expect(r.differences.relations.missed).toEqual([{
      article: 'alpha',
      type: 'based_in',
      subject: { type: 'ORG', text: "the Ministry of People's Security", start: ALPHA.indexOf('Ministry') - 4, end: ALPHA.indexOf('Ministry') + 29, name: 'ministry of social security' },
      object: { type: 'PLACE', text: 'Hyesan', start: ALPHA.indexOf('Hyesan'), end: ALPHA.indexOf('Hyesan') + 6, name: 'Hyesan' },
    }]);
  });

  it('records the version, the rules fingerprint and the directories', () => {
    expect(r.rulesFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect([r.gold, r.input, r.rules]).toEqual([w.gold, w.input, w.rules]);
  });
});

describe('check with unusable gold', () => {
  it('reports a gold file whose offsets do not read its text, and does not score it', () => {
    const bad = alphaGold();
    bad.entities = bad.entities.map((e) => (e.id === 'g5' ? { ...e, start: e.start + 2, end: e.end + 2 } : e));
    const w = world({ 'gold/alpha.gold.json': bad });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.articles).toEqual([]);
    expect(r.notScored.invalidGold).toEqual([{ id: 'alpha', file: join(w.gold, 'alpha.gold.json'), reason: expect.stringMatching(/^g5: text "bingdu" but offsets/) }]);
    // an article with invalid gold is not also reported as an article without gold
    expect(r.notScored.withoutGold.map((a) => a.id)).toEqual(['beta']);
    expect(r.levels.mentionExact.micro).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
  });

  it('reports a gold file that fails validation once, under its id', () => {
    const w = world({ 'gold/beta.gold.json': { id: 'beta', source: 'beta.txt', entities: [{ id: 'g1' }], relations: [] } });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.articles).toEqual(['alpha']);
    expect(new Set(r.notScored.invalidGold.map((p) => p.id))).toEqual(new Set(['beta']));
    expect(r.notScored.withoutGold).toEqual([]);
  });

  it('scores an article whose gold holds nothing as perfect when nothing is found either', () => {
    const w = world({ 'input/beta.txt': 'Quiet day\n\nNothing of note happened today.', 'gold/beta.gold.json': { id: 'beta', source: 'beta.txt', entities: [], relations: [] } });
    rmSync(join(w.gold, 'alpha.gold.json'));
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.articles).toEqual(['beta']);
    expect(r.notScored.withoutGold.map((a) => a.id)).toEqual(['alpha']);
    for (const l of Object.values(r.levels)) expect(l.micro).toEqual({ precision: 1, recall: 1, f1: 1, tp: 0, fp: 0, fn: 0 });
  });

  it('reports a duplicate article id in the input', () => {
    const w = world({ 'input/sub/alpha.txt': ALPHA });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.articles).toEqual(['alpha']);
    expect(r.notScored.inputErrors).toEqual([{ file: join(w.input, 'sub', 'alpha.txt'), line: null, reason: 'duplicate article id "alpha" (first from alpha.txt); skipped' }]);
  });

  const unavailable: [string, (w: World) => Parameters<typeof check>[0], new (...a: never[]) => Error][] = [
    ['a missing gold directory', (w) => ({ gold: join(w.root, 'nope'), input: w.input, rules: w.rules }), GoldUnavailableError],
    ['a missing input', (w) => ({ gold: w.gold, input: join(w.root, 'nope'), rules: w.rules }), InputUnavailableError],
    ['invalid rules', (w) => ({ gold: w.gold, input: w.input, rules: rulesDir({ 'x.yaml': 'kind: gazetteer\nentries: [{ id: X }]\n' }) }), RulesInvalidError],
  ];
  it.each(unavailable)('throws on %s', (_, options, error) => {
    expect(() => check(options(world()))).toThrow(error);
  });
});

describe('check at document level', () => {
  it('counts an entity once per article however often it is mentioned, and a wrong canonical as a miss and a spurious entity', () => {
    const gold = alphaGold();
    gold.entities = [
      ...gold.entities.filter((e) => e.id !== 'g2' && e.id !== 'g6'),
      at(ALPHA, { id: 'g7', type: 'PLACE', surface: 'Hyesan', canonical: 'Hyesan City', norm: { level: 'city', province: null, country: 'KP' }, occurrence: 1 }),
      at(ALPHA, { id: 'g2', type: 'PLACE', surface: 'Hyesan', canonical: 'Hyesan City', norm: { level: 'city', province: null, country: 'KP' } }),
    ];
    gold.relations = [];
    const w = world({ 'gold/alpha.gold.json': gold });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(counts(r.levels.mentionExact.byType.PLACE!)).toEqual([3, 0, 0]);
    // Ryanggang Province is right; "Hyesan City" (twice in the gold) against "Hyesan" (twice predicted) is one miss and one spurious
    expect(counts(r.levels.document.byType.PLACE!)).toEqual([1, 1, 1]);
    expect(r.differences.entities.missed.map((e) => [e.name, e.start])).toEqual([['Hyesan City', ALPHA.indexOf('Hyesan')]]);
    expect(r.differences.entities.spurious.map((e) => [e.name, e.start])).toEqual([['Hyesan', ALPHA.indexOf('Hyesan')]]);
  });
});

describe('check over document-level gold', () => {
  const run = (gold: Record<string, any>) => {
    const w = world({ 'gold/alpha.gold.json': gold });
    return check({ gold: w.gold, input: w.input, rules: w.rules });
  };

  it('scores distinct entities, provinces and relations, and no mention level', () => {
    const r = run(alphaDocGold());
    expect(r.articles).toEqual(['alpha']);
    expect(r.notScored.invalidGold).toEqual([]);
    expect(counts(r.levels.document.micro)).toEqual([4, 0, 1]);
    expect(r.differences.entities.missed.map((e) => [e.name, e.start])).toEqual([['opium', null]]);
    expect(counts(r.levels.province.micro)).toEqual([1, 0, 0]);
    expect(counts(r.levels.relations.micro)).toEqual([1, 0, 1]);
    for (const level of ['mentionExact', 'mentionPartial', 'mentionResolved'] as const) expect(r.levels[level].byType).toEqual({});
    expect(r.sets.map((s) => [s.name, s.articles])).toEqual([['real', ['alpha']]]);
  });

  it('counts a place found with the wrong province at the province level only', () => {
    const gold = alphaDocGold();
    gold.entities[1].norm.province = 'Chagang Province';
    const r = run(gold);
    expect(r.levels.document.byType.PLACE).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(counts(r.levels.province.micro)).toEqual([0, 1, 1]);
  });

  it('reports each set apart and pools them after', () => {
    const w = world({
      'gold/alpha.gold.json': { ...alphaGold(), set: 'tuned' },
      'gold/beta.gold.json': { id: 'beta', level: 'document', entities: [{ type: 'PLACE', canonical: 'Hyesan', norm: { level: 'city', province: 'Ryanggang Province', country: 'KP' } }], relations: [] },
    });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.sets.map((s) => [s.name, s.articles])).toEqual([['tuned', ['alpha']], ['real', ['beta']]]);
    expect(counts(r.sets[1]!.levels.document.micro)).toEqual([0, 0, 1]);
    expect(r.levels.document.micro.fn).toBe(r.sets[0]!.levels.document.micro.fn + 1);
    const report = formatReport(r);
    expect(report).toMatch(/^set tuned: 1 article\(s\) \(the rules were developed on these\)$/m);
    expect(report).toMatch(/^set real: 1 article\(s\) \(real reporting, document-level gold\)$/m);
    expect(report).toMatch(/^all sets pooled/m);
    expect(report).toMatch(/^ {4}PLACE +doc +"Hyesan"$/m);
  });
});

describe('check of the entity types a gold file annotates', () => {
  const run = (gold: Record<string, any>) => {
    const w = world({ 'gold/alpha.gold.json': gold });
    return check({ gold: w.gold, input: w.input, rules: w.rules });
  };

  it('leaves offences out of gold that does not say it annotated them', () => {
    const r = run(alphaDocGold());
    expect(r.levels.document.byType.CRIME).toBeUndefined();
    expect(r.differences.entities.spurious).toEqual([]);
  });

  it('scores offences by their id where the gold lists CRIME, and every other type it lists', () => {
    const gold: Record<string, any> = { ...alphaDocGold(), entityTypes: ['ORG', 'PLACE', 'DRUG', 'CRIME'] };
    gold.entities.push({ type: 'CRIME', canonical: 'smuggling', norm: { offence: 'smuggling' }, seen: ['smugglers'] });
    expect(run(gold).levels.document.byType.CRIME).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    gold.entities[gold.entities.length - 1].norm.offence = 'drug-dealing';
    expect(run(gold).levels.document.byType.CRIME).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('does not score a type the gold leaves out of its list', () => {
    const r = run({ ...alphaDocGold(), entityTypes: ['PLACE'] });
    expect(Object.keys(r.levels.document.byType)).toEqual(['PLACE']);
  });
});

describe('check of events', () => {
  // the pipeline over EVAL_RULES finds no events (the events stage is not part of these rules' world): every gold event is missed
  it('scores a set whose gold has events, and lists each missed event', () => {
    const w = world({ 'gold/alpha.gold.json': alphaDocGold() });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(counts(r.levels.events!.micro)).toEqual([0, 0, 1]);
    expect(r.levels.events!.micro.f1).toBe(0);
    expect(counts(r.levels.eventsStrict!.micro)).toEqual([0, 0, 1]);
    expect(r.differences.events.missed).toEqual([{ article: 'alpha', subtype: 'arrest-jail', trigger: 'arrested', place: 'hyesan', time: null, sentence: null }]);
    expect(formatReport(r)).toMatch(/^ {4}arrest-jail +"arrested" +"hyesan" +- +-$/m);
  });

  it('leaves argument and modality levels out while no event matched, rather than scoring agreement on nothing as 1', () => {
    const w = world({ 'gold/alpha.gold.json': alphaDocGold() });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.levels.eventArguments).toBeUndefined();
    expect(r.levels.modality).toBeUndefined();
  });

  it.each([
    ['without events (not annotated)', alphaGold()],
    ['with no events', { ...alphaGold(), events: [] }],
  ])('has no event levels for a set whose gold is %s', (_, gold) => {
    const w = world({ 'gold/alpha.gold.json': gold });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(Object.keys(r.levels)).toEqual(['mentionExact', 'mentionPartial', 'mentionResolved', 'document', 'province', 'relations']);
    expect(formatReport(r)).not.toMatch(/^events/m);
  });

  it('scores events per set: only the set with gold events has the level', () => {
    const w = world({
      'gold/alpha.gold.json': { ...alphaGold(), set: 'tuned' },
      'gold/beta.gold.json': { ...alphaDocGold(), id: 'beta' },
    });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.sets.map((s) => [s.name, s.levels.events === undefined])).toEqual([['tuned', true], ['real', false]]);
    expect(counts(r.levels.events!.micro)).toEqual([0, 0, 1]);
  });
});

describe('check at the resolved mention level', () => {
  it('counts a mention with the right span and the wrong canonical name as a miss and a spurious mention', () => {
    const gold = alphaGold();
    gold.entities[3] = { ...gold.entities[3]!, canonical: 'Ministry of State Security' } as typeof gold.entities[number];
    const w = world({ 'gold/alpha.gold.json': gold });
    const r = check({ gold: w.gold, input: w.input, rules: w.rules });
    expect(r.levels.mentionExact.byType.ORG).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.levels.mentionResolved.byType.ORG).toMatchObject({ tp: 0, fp: 2, fn: 2 });
    expect(r.differences.resolutions.map((m) => [m.text, m.gold, m.predicted])).toEqual([['MSS', 'Ministry of State Security', 'Ministry of Social Security']]);
  });
});

describe('check --against: the agreement of two readers', () => {
  /** The first reading (alphaDocGold) against a second reader's file: `second` edits a copy of it. */
  function agreement(second: (g: Record<string, any>) => void, extra: Record<string, string | object> = {}) {
    const other = alphaDocGold();
    second(other);
    const w = world({ 'gold/alpha.gold.json': alphaDocGold(), 'second/alpha.gold.json': other, ...extra });
    return { w, r: check({ gold: w.gold, input: w.input, rules: w.rules, against: join(w.root, 'second') }) };
  }

  it('scores two identical readings as full agreement, with no rules run', () => {
    const { r } = agreement(() => {});
    expect(r.against).not.toBeNull();
    expect([r.rules, r.rulesFingerprint]).toEqual([null, null]);
    expect(r.articles).toEqual(['alpha']);
    for (const level of ['document', 'relations', 'events', 'eventArguments'] as const) expect(r.levels[level]!.micro.f1, level).toBe(1);
    // no offsets on either side: the mention levels count nothing
    expect(r.levels.mentionExact.byType).toEqual({});
  });

  it('counts what the second reader left out as missed and added as spurious, at every level', () => {
    const { r } = agreement((g) => {
      g.entities = g.entities.filter((e: { canonical: string }) => e.canonical !== 'opium');
      g.entities.push({ type: 'DRUG', canonical: 'heroin' });
      g.relations = g.relations.filter((x: { type: string }) => x.type !== 'based_in');
      g.events[0].place = null;
    });
    expect(counts(r.levels.document.micro)).toEqual([4, 1, 1]);
    expect(r.differences.entities.missed.map((e) => e.name)).toEqual(['opium']);
    expect(r.differences.entities.spurious.map((e) => e.name)).toEqual(['heroin']);
    expect(counts(r.levels.relations.micro)).toEqual([1, 0, 1]);
    // the second reader's arrest has no place: not the same event at the headline level
    expect(counts(r.levels.events!.micro)).toEqual([0, 1, 1]);
    expect(r.differences.events.spurious.map((e) => [e.subtype, e.place])).toEqual([['arrest-jail', null]]);
  });

  it('lists gold without a second reading and second readings without gold, and scores neither', () => {
    const { w, r } = agreement(() => {}, { 'second/delta.gold.json': { ...alphaDocGold(), id: 'delta' } });
    expect(r.articles).toEqual(['alpha']);
    expect(r.notScored.goldWithoutArticle).toEqual([{ id: 'gamma', file: join(w.gold, 'gamma.gold.json') }]);
    expect(r.notScored.withoutGold).toEqual([{ id: 'delta', source: join(w.root, 'second', 'delta.gold.json') }]);
    expect(formatReport(r)).toMatch(/second reading\(s\) in .* scored against/);
    expect(formatReport(r)).toMatch(/gold files without a second reading/);
  });

  it('reports an invalid second reading by its file and does not score it', () => {
    const { w, r } = agreement((g) => {
      g.relations.push({ type: 'based_in', subject: 'mss', object: 'nowhere' });
    });
    expect(r.articles).toEqual([]);
    expect(r.notScored.invalidGold).toEqual([{ id: 'alpha', file: join(w.root, 'second', 'alpha.gold.json'), reason: 'relations.2: no entity "nowhere"' }]);
  });

  it('throws when the second readings directory cannot be read', () => {
    const w = world();
    expect(() => check({ gold: w.gold, input: w.input, rules: w.rules, against: join(w.root, 'absent') })).toThrow(GoldUnavailableError);
  });
});
