import { describe, expect, test } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import type { EntityOf } from '../../src/types.js';
import { rulesDir } from '../helpers.js';

// A small gazetteer of penalties, written for these tests (rules/penalties.yaml is edited separately).
const PENALTIES = `kind: gazetteer
entries:
  - id: labor-training
    type: PENALTY
    kind: labor_training
    canonical: labor training
    aliases: [labour training, labor training camp]
  - id: reform-through-labor
    type: PENALTY
    kind: reform_through_labor
    canonical: reform through labor
    aliases: [reform through labour, hard labor, kyohwaso]
  - id: imprisonment
    type: PENALTY
    kind: imprisonment
    canonical: imprisonment
    aliases: [prison sentence, prison term]
  - id: detention
    type: PENALTY
    kind: detention
    canonical: detention
    aliases: [holding center]
  - id: death-penalty
    type: PENALTY
    kind: death_penalty
    canonical: death penalty
`;
const WITHOUT_IMPRISONMENT = PENALTIES.replace(/  - id: imprisonment[\s\S]*?(?=  - id: detention)/, '');

const run = (dir: string) => {
  const pipe = createPipeline({ rulesDir: dir });
  return (text: string) => pipe.process({ id: 't', source: 't.txt', text }).entities.filter((e): e is EntityOf<'PENALTY'> => e.type === 'PENALTY');
};
const penalties = run(rulesDir({ 'penalties.yaml': PENALTIES }));
/** [text, canonicalId, kind, duration, life] of each penalty. */
const rows = (text: string) => penalties(text).map((e) => [e.text, e.canonicalId, e.norm.kind, e.norm.duration, e.norm.life ?? false]);

describe('stated durations extend a gazetteer penalty', () => {
  test.each([
    ['The women were given two months of labor training.', 'two months of labor training', 'labor-training', 'labor_training', 'P2M'],
    ['He was sentenced to 15 years of reform through labor.', '15 years of reform through labor', 'reform-through-labor', 'reform_through_labor', 'P15Y'],
    ['He was sentenced to 15 years in a kyohwaso.', '15 years in a kyohwaso', 'reform-through-labor', 'reform_through_labor', 'P15Y'],
    ['The court imposed reform through labor for 10 years.', 'reform through labor for 10 years', 'reform-through-labor', 'reform_through_labor', 'P10Y'],
    ['She received labor training of three months.', 'labor training of three months', 'labor-training', 'labor_training', 'P3M'],
    ['Two users were sent to a labor training camp for six months.', 'labor training camp for six months', 'labor-training', 'labor_training', 'P6M'],
    ['He got a 10-year reform through labor sentence.', '10-year reform through labor', 'reform-through-labor', 'reform_through_labor', 'P10Y'],
    ['He got a 10-year sentence of hard labor.', '10-year sentence of hard labor', 'reform-through-labor', 'reform_through_labor', 'P10Y'],
    ["He faces six months' labor training.", "six months' labor training", 'labor-training', 'labor_training', 'P6M'],
    ['The pair got 12 years of "reform through labor."', '12 years of "reform through labor', 'reform-through-labor', 'reform_through_labor', 'P12Y'],
    ['He spent a year and a half in a kyohwaso.', 'a year and a half in a kyohwaso', 'reform-through-labor', 'reform_through_labor', 'P1Y6M'],
    ['He was given a year of labor training.', 'a year of labor training', 'labor-training', 'labor_training', 'P1Y'],
    ['She was held for 15 days in a holding center.', '15 days in a holding center', 'detention', 'detention', 'P15D'],
    ['He was handed a prison term of eight years.', 'prison term of eight years', 'imprisonment', 'imprisonment', 'P8Y'],
    ['Dealers face up to 15 years of reform through labor.', '15 years of reform through labor', 'reform-through-labor', 'reform_through_labor', 'P15Y'],
    ['He was sentenced to four years at a kyohwaso.', 'four years at a kyohwaso', 'reform-through-labor', 'reform_through_labor', 'P4Y'],
    ['Such acts shall be punished by imprisonment for no more than 10 years.', 'imprisonment for no more than 10 years', 'imprisonment', 'imprisonment', 'P10Y'],
    ['He faces a prison term of up to eight years.', 'prison term of up to eight years', 'imprisonment', 'imprisonment', 'P8Y'],
  ])('%j → %j', (text, span, id, kind, duration) => {
    expect(rows(text)).toEqual([[span, id, kind, duration, false]]);
    const p = penalties(text)[0]!;
    expect(p.rule).toBe('pattern:penalty-duration');
    expect(p.canonical).toBe(id.replace(/-/g, ' '));
    expect(text.slice(p.start, p.end)).toBe(span);
  });
});

describe('life sentences', () => {
  test.each([
    ['The dealer got life-term reform through labor.', 'life-term reform through labor'],
    ['The dealer got a life sentence of reform through labor.', 'life sentence of reform through labor'],
    ['The dealer got reform through labor for life.', 'reform through labor for life'],
    ['The dealer got unlimited-term reform through labor.', 'unlimited-term reform through labor'],
  ])('%j → %j: the kind the text names, for life', (text, span) => {
    expect(rows(text)).toEqual([[span, 'reform-through-labor', 'reform_through_labor', null, true]]);
    expect(penalties(text)[0]!.rule).toBe('pattern:penalty-life');
  });

  test.each([
    // a bare life sentence names a custodial sentence and no kind (adjudications 2 and 5)
    ['The dealer was given a life sentence.', 'life sentence'],
    ['The dealer was sentenced to life for running the ring.', 'life'],
    ['The dealer received life imprisonment.', 'life imprisonment'],
    ['The dealer was sentenced to life in prison.', 'life in prison'],
    ['He got a life prison term.', 'life prison term'],
  ])('%j → %j: imprisonment for life', (text, span) => {
    expect(rows(text)).toEqual([[span, 'imprisonment', 'imprisonment', null, true]]);
    expect(penalties(text)[0]!.rule).toBe('pattern:penalty-life');
  });

  test('a life prison sentence replaces the shorter imprisonment match', () => {
    expect(rows('He was handed a life prison sentence.').map((r) => r[0])).not.toContain('prison sentence');
  });

  test('without an imprisonment entry, a bare life sentence stays unresolved and a named kind keeps its entry', () => {
    const other = run(rulesDir({ 'penalties.yaml': WITHOUT_IMPRISONMENT }));
    const lifeRows = (text: string) => other(text).map((e) => [e.text, e.canonicalId, e.norm.kind, e.norm.life]);
    expect(lifeRows('He was sentenced to life.')).toEqual([['life', null, 'imprisonment', true]]);
    expect(lifeRows('He got reform through labor for life.')).toEqual([['reform through labor for life', 'reform-through-labor', 'reform_through_labor', true]]);
  });
});

describe('a term in prison or jail is imprisonment', () => {
  test.each([
    ['The spy faces up to 10 years in prison.', '10 years in prison', 'P10Y'],
    ['The smuggler got eight months in jail.', 'eight months in jail', 'P8M'],
    ['She spent two years in a prison near the border.', 'two years in a prison', 'P2Y'],
    ['Viewers get more than five years in jail.', 'five years in jail', 'P5Y'],
    ['He served several years in prison.', 'several years in prison', null],
    ['They face 3 to 7 years in prison.', '7 years in prison', null],
    ['The two men face years in prison.', 'years in prison', null],
    // "jailed" with a term states a sentence (adjudication 5)
    ['The broker was jailed for three years.', 'jailed for three years', 'P3Y'],
    ['The broker was jailed 10 years for smuggling.', 'jailed 10 years', 'P10Y'],
    // the term behind bars (the eleventh batch)
    ['The judge gave him six years behind bars.', 'six years behind bars', 'P6Y'],
  ])('%j → %j, %j', (text, span, duration) => {
    expect(rows(text)).toEqual([[span, 'imprisonment', 'imprisonment', duration, false]]);
    const p = penalties(text)[0]!;
    expect(p.rule).toBe('pattern:penalty-prison-term');
    expect(text.slice(p.start, p.end)).toBe(span);
  });

  test.each([
    ['The prison guards were paid for two years.'],
    ['Ten years in Seoul changed him.'],
    ['He was in prison when the law passed.'],
    ['The two years in the jailhouse were hard.'],
    // a bare "jailed" is custody, not a penalty (adjudication 5)
    ['A soldier was jailed for listening to foreign radio.'],
    ['An American jailed in the North was freed after two years.'],
    ['She was jailed two years ago in Hyesan.'],
    // custody behind bars with no term
    ['He has been behind bars since March.'],
  ])('no penalty in %j', (text) => expect(penalties(text)).toEqual([]));

  test('"jailed for life" is imprisonment for life', () => {
    expect(rows('The broker was jailed for life.')).toEqual([['jailed for life', 'imprisonment', 'imprisonment', null, true]]);
  });

  test('without an imprisonment entry in the rules, a prison term is no penalty', () => {
    const noPrison = run(rulesDir({ 'penalties.yaml': PENALTIES.replace(/  - id: imprisonment[\s\S]*?(?=  - id: detention)/, '') }));
    expect(noPrison('The spy faces up to 10 years in prison.')).toEqual([]);
  });
});

describe('a term in a labor camp', () => {
  test.each([
    ['She spent three years in a labor camp.', 'three years in a labor camp', 'reform_through_labor', 'P3Y'],
    ['They were sentenced to labor camps for three to five years.', 'labor camps for three to five years', 'reform_through_labor', null],
    ['He got six months in a labour camp.', 'six months in a labour camp', 'labor_training', 'P6M'],
    ['The dealer was sent to a labor camp for 10 years.', 'labor camp for 10 years', 'reform_through_labor', 'P10Y'],
    ['The organizers got 10-12 years of labor camp.', '12 years of labor camp', 'reform_through_labor', null],
    ['She got two years of labour camp.', 'two years of labour camp', 'reform_through_labor', 'P2Y'],
  ])('%j → %j, %s %s', (text, span, kind, duration) => {
    const p = penalties(text);
    expect(p.map((e) => [e.text, e.norm.kind, e.norm.duration])).toEqual([[span, kind, duration]]);
    expect(p[0]!.rule).toBe('pattern:penalty-labor-camp-term');
  });

  test.each([
    ['Labor camps dot the hills near the river.'],
    ['The labor camp for women was closed.'],
    ['Guards at the labor camp were paid for two years.'],
    ['Ten years of labor camp reform were announced.'],
  ])('no penalty in %j', (text) => expect(penalties(text)).toEqual([]));
});

describe('a term of bare labor after a verb of sentencing', () => {
  test.each([
    ['The court sentenced the two teenagers to 12 years of labour.', '12 years of labour', 'reform_through_labor', 'P12Y'],
    ['Each of them faces up to six months of labor.', 'six months of labor', 'labor_training', 'P6M'],
    ['The brothers were given three years of labor, the source said.', 'three years of labor', 'reform_through_labor', 'P3Y'],
  ])('%j → %j, %s %s', (text, span, kind, duration) => {
    const p = penalties(text);
    expect(p.map((e) => [e.text, e.norm.kind, e.norm.duration])).toEqual([[span, kind, duration]]);
    expect(p[0]!.rule).toBe('pattern:penalty-labor-term');
  });

  test.each([
    ['After 30 years of labor in the mines, he retired.'],
    ['The students were given two days of labor mobilization.'],
    ['She described 10 years of labor at the factory.'],
  ])('no penalty in %j', (text) => expect(penalties(text)).toEqual([]));

  test('a labor training term stays the gazetteer penalty, extended', () => {
    expect(rows('He was sentenced to five months of labour training.')).toEqual([['five months of labour training', 'labor-training', 'labor_training', 'P5M', false]]);
  });
});

describe('penalties left without a duration', () => {
  test.each([
    ['He faces between 5 and 10 years of reform through labor.', 'reform through labor'],
    ['He faces 5 to 10 years of reform through labor.', 'reform through labor'],
    ['He faces reform through labor for 5 to 10 years.', 'reform through labor'],
    ['He spent two months in hiding before reform through labor.', 'reform through labor'],
    ['After two months, labor training began.', 'labor training'],
    ['The death penalty was abolished for some crimes.', 'death penalty'],
    ['Reform through labor is served in a kyohwaso for years.', 'Reform through labor'],
  ])('%j', (text, span) => {
    const p = penalties(text);
    expect(p[0]!.text).toBe(span);
    expect(p[0]!.norm.duration).toBeNull();
    expect(p[0]!.rule).toBe('gazetteer');
  });

  test.each([['He served 15 days.'], ['She was held for two months.'], ['A man in his forties was sentenced.'], ['Life in the camp was hard.']])(
    'no penalty in %j',
    (text) => expect(penalties(text)).toEqual([]),
  );
});

describe('penalties across a wrapped line', () => {
  test('the length and the penalty on two lines of one sentence', () => {
    expect(rows('He was sentenced to 15 years of\nreform through labor.')).toEqual([
      ['15 years of\nreform through labor', 'reform-through-labor', 'reform_through_labor', 'P15Y', false],
    ]);
    expect(rows('He was sentenced to reform through labor for\nlife.')).toEqual([
      ['reform through labor for\nlife', 'reform-through-labor', 'reform_through_labor', null, true],
    ]);
    expect(rows('He was sentenced to 15\nyears of reform through labor.')).toEqual([
      ['15\nyears of reform through labor', 'reform-through-labor', 'reform_through_labor', 'P15Y', false],
    ]);
  });

  test('a blank line ends the penalty', () => {
    expect(rows('He was sentenced to 15 years of\n\nreform through labor.')).toEqual([
      ['reform through labor', 'reform-through-labor', 'reform_through_labor', null, false],
    ]);
  });
});

describe('a bare term after a verb of sentencing restates a sentence the article names (#16 §2, entities9)', () => {
  const terms = (text: string) => penalties(text).filter((p) => p.rule === 'pattern:penalty-bare-term').map((p) => [p.text, p.norm.kind, p.norm.duration]);
  test.each([
    // the kind of a penalty of the same duration
    ['Viewing dramas is punishable by up to 9 years. The code sets 9 years of hard labor for it.', [['9 years', 'reform_through_labor', 'P9Y']]],
    // else the nearest term penalty or labor camp before it, its kind by the duration
    ['Four youths got 8-9 years in a labor camp. Each was sentenced to 8 to 9 years, one serving a term of 9 years.', [['8 to 9 years', 'reform_through_labor', null], ['9 years', 'reform_through_labor', 'P9Y']]],
    ['They may go to labor camps. The offence could see them get sentenced for six months.', [['six months', 'labor_training', 'P6M']]],
    // or after it, when none comes before
    ['A returnee who stayed abroad for four years may face four years and more in a kyohwaso.', [['four years', 'reform_through_labor', 'P4Y']]],
    ['He got two years of labor training. His wife was sentenced to three years, the source said.', [['three years', 'labor_training', 'P3Y']]],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
  test.each([
    // no penalty in the article gives the term a kind
    ['He was sentenced to four years, the source said.'],
    // a term followed by what it is spent on is no sentence
    ['He served 10 years in the army before the labor camp.'],
    ['She faces two years of study in a kyohwaso town.'],
  ])('no bare term: %s', (text) => expect(terms(text)).toEqual([]));
});

describe('bare terms the thirteenth batch wrote (entities13)', () => {
  const terms = (text: string) => penalties(text).filter((p) => p.rule === 'pattern:penalty-bare-term').map((p) => [p.text, p.norm.kind, p.norm.duration]);
  test.each([
    // "received" is a verb of sentencing; the plural "terms" is part of the bare term
    ['A Harbor court jailed one man for five years in prison, while two traders received three-year terms and one got two.', [['three-year terms', 'imprisonment', 'P3Y']]],
    // an adverb of place after the term
    ['A guide got 10 years in prison in the North. Two reporters were sentenced to 12 years there.', [['12 years', 'imprisonment', 'P12Y']]],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
  test.each([
    ['He spent five years in prison. He received three-year scholarships later.'],
    ['He spent five years in prison. He received two years ago a letter.'],
    ['He spent five years in prison. He received three years there of training in Harbor.'],
  ])('no bare term: %s', (text) => expect(terms(text)).toEqual([]));
});

describe('a death sentence takes no term (entities12)', () => {
  test('a length before the death penalty dates its use, not the penalty', () => {
    expect(rows('In the last 12 years death penalty verdicts in Tanbong have been public.')).toEqual([
      ['death penalty', 'death-penalty', 'death_penalty', null, false],
    ]);
  });
  test('a term beside another penalty still extends it', () => {
    expect(rows('Ri Chol-man got 12 years of hard labor.')).toEqual([
      ['12 years of hard labor', 'reform-through-labor', 'reform_through_labor', 'P12Y', false],
    ]);
  });
});
