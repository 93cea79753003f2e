import { describe, expect, it } from 'vitest';
import { EVENT_TABLE_COLUMNS, EventTable, eventParts, eventsCompatible, timesCompatible } from '../../src/export/event-table.js';
import type { Document } from '../../src/types.js';
import { HYESAN, RYANGGANG, SINUIJU, buildEventDocument, date, penalty, type EventSpec } from './event-builder.js';
import type { Spec } from './document-builder.js';

/** An article reporting one event, its entities in the order they appear in `text`. */
const article = (id: string, text: string, specs: Spec[], event: EventSpec, published: string | null = null): Document =>
  buildEventDocument(id, text, specs, [event], published);

const tableOf = (...docs: Document[]) => {
  const table = new EventTable();
  for (const d of docs) table.add(d);
  return [...table.rows()];
};

/** Hyesan, March 2021: the execution every case below is compared with. */
const HYESAN_MARCH = article('a1', 'Two men were executed in Hyesan in March 2021.', [HYESAN, date('March 2021', '2021-03')],
  { subtype: 'execute', trigger: 'executed', place: 0, time: 1, count: { min: 2, max: 2 } }, '2021-04-02');

describe('TIMEX3 compatibility', () => {
  it.each([
    ['2021-03', '2021-03-12', true],
    ['2021', '2021-03-12', true],
    ['2021-03-12', '2021-03-12', true],
    ['2021', '2020', false],
    ['2021-03', '2021-04', false],
    ['2021-03-12', '2021-03-13', false],
    ['2021-SU', '2021-SU', true],
    ['2021-SU', '2021', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(timesCompatible(a, b)).toBe(expected);
    expect(timesCompatible(b, a)).toBe(expected);
  });
});

describe('event-table.csv clusters', () => {
  it('has exactly the contract columns', () => {
    for (const row of tableOf(HYESAN_MARCH)) expect(Object.keys(row)).toEqual([...EVENT_TABLE_COLUMNS]);
  });

  it('groups the same execution reported by two articles, keeping the most specific place and time', () => {
    const other = article('b7', 'Authorities publicly executed two people in Ryanggang Province on 12 March 2021.',
      [RYANGGANG, date('12 March 2021', '2021-03-12')], { subtype: 'execute', trigger: 'executed', place: 0, time: 1 }, '2021-03-20');
    expect(tableOf(HYESAN_MARCH, other)).toEqual([{
      event_cluster: 'a1:v1', subtype: 'execute', place: 'Hyesan', province: 'Ryanggang', time: '2021-03-12',
      penalty: null, crime: null, persons_count: 2, articles: 'a1|b7', article_count: 2, event_ids: 'a1:v1|b7:v1',
      first_published: '2021-03-20',
    }]);
  });

  it.each<[string, Document]>([
    ['another subtype', article('b', 'A man was arrested in Hyesan in March 2021.', [HYESAN, date('March 2021', '2021-03')],
      { subtype: 'arrest-jail', trigger: 'arrested', place: 0, time: 1 })],
    ['a place in another province', article('b', 'A man was executed in Sinuiju in March 2021.', [SINUIJU, date('March 2021', '2021-03')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1 })],
    ['another year', article('b', 'A man was executed in Hyesan in 2020.', [HYESAN, date('2020', '2020')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1 })],
    ['another month', article('b', 'A man was executed in Hyesan in April 2021.', [HYESAN, date('April 2021', '2021-04')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1 })],
    ['a different crime', article('b', 'A man was executed in Hyesan in March 2021 for espionage.', [HYESAN, date('March 2021', '2021-03')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1, crime: 'espionage' })],
  ])('keeps apart an event with %s', (_, other) => {
    const withCrime = article('a1', 'Two men were executed in Hyesan in March 2021 for drug dealing.', [HYESAN, date('March 2021', '2021-03')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1, crime: 'drug-dealing' });
    expect(tableOf(withCrime, other)).toHaveLength(2);
    // the twin: the same event without the difference joins the cluster
    expect(tableOf(withCrime, article('c', 'A man was executed in Hyesan on 3 March 2021.', [HYESAN, date('3 March 2021', '2021-03-03')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1 }))).toHaveLength(1);
  });

  it('matches a province with the places in it only', () => {
    const inProvince = article('p', 'Executions were held in Ryanggang Province in March 2021.', [RYANGGANG, date('March 2021', '2021-03')],
      { subtype: 'execute', trigger: 'Executions', place: 0, time: 1 });
    const sinuiju = article('s', 'A man was executed in Sinuiju in March 2021.', [SINUIJU, date('March 2021', '2021-03')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1 });
    expect(tableOf(HYESAN_MARCH, inProvince).map((r) => r.articles)).toEqual(['a1|p']);
    expect(tableOf(inProvince, sinuiju)).toHaveLength(2);
  });

  it('compares penalties by kind and duration when both events have one', () => {
    const sentenced = (id: string, text: string, term: Spec) =>
      article(id, text, [HYESAN, date('May 2022', '2022-05'), term], { subtype: 'sentence', trigger: 'sentenced', place: 0, time: 1, sentence: 2 });
    const fiveYears = sentenced('a', 'In Hyesan in May 2022 he was sentenced to five years of reform through labor.', penalty('five years of reform through labor', 'reform_through_labor', 'P5Y'));
    const fiveAgain = sentenced('b', 'In Hyesan in May 2022 he was sentenced to 5 years in a reform camp.', penalty('5 years in a reform camp', 'reform_through_labor', 'P5Y'));
    const tenYears = sentenced('c', 'In Hyesan in May 2022 he was sentenced to ten years of reform through labor.', penalty('ten years of reform through labor', 'reform_through_labor', 'P10Y'));
    const camp = sentenced('d', 'In Hyesan in May 2022 he was sentenced to a political prison camp.', penalty('a political prison camp', 'political_prison_camp', null));
    const none = article('e', 'In Hyesan in May 2022 he was sentenced.', [HYESAN, date('May 2022', '2022-05')], { subtype: 'sentence', trigger: 'sentenced', place: 0, time: 1 });
    expect(tableOf(fiveYears, fiveAgain).map((r) => r.articles)).toEqual(['a|b']);
    expect(tableOf(fiveYears, tenYears)).toHaveLength(2);
    expect(tableOf(fiveYears, camp)).toHaveLength(2);
    expect(tableOf(fiveYears, none).map((r) => r.articles)).toEqual(['a|e']);
  });

  it('does not merge events that agree only because neither says where or when', () => {
    const bare = (id: string) => article(id, 'A woman was arrested.', [], { subtype: 'arrest-jail', trigger: 'arrested' });
    expect(tableOf(bare('a'), bare('b'))).toHaveLength(2);
  });

  it('needs an anchor with every member: a place-only and a time-only report of a cluster stay apart', () => {
    const placeOnly = article('b', 'A man was executed in Hyesan.', [HYESAN], { subtype: 'execute', trigger: 'executed', place: 0 });
    const timeOnly = article('c', 'A man was executed in March 2021.', [date('March 2021', '2021-03')], { subtype: 'execute', trigger: 'executed', time: 0 });
    expect(tableOf(HYESAN_MARCH, placeOnly, timeOnly).map((r) => r.event_ids).sort()).toEqual(['a1:v1|b:v1', 'c:v1']);
    expect(eventsCompatible(eventParts(placeOnly)[0]!, eventParts(timeOnly)[0]!)).toBe(false);
    expect(eventsCompatible(eventParts(HYESAN_MARCH)[0]!, eventParts(timeOnly)[0]!)).toBe(true);
  });

  it('takes no constraint and no anchor from a time out of context (the publication date)', () => {
    const dated = (id: string, published: string) => article(id, 'A woman was arrested in Hyesan.', [HYESAN],
      { subtype: 'arrest-jail', trigger: 'arrested', place: 0, timeFromContext: published }, published);
    expect(tableOf(dated('a', '2021-03-01'), dated('b', '2021-03-09'))).toMatchObject([{ articles: 'a|b', time: null }]);
    const unplaced = (id: string, published: string) => article(id, 'A woman was arrested.', [],
      { subtype: 'arrest-jail', trigger: 'arrested', timeFromContext: published }, published);
    expect(tableOf(unplaced('a', '2021-03-01'), unplaced('b', '2021-03-01'))).toHaveLength(2);
  });

  it('joins a cluster only when compatible with every member', () => {
    // March and April are each compatible with "2021", not with each other
    const year = article('a', 'A man was executed in Hyesan in 2021.', [HYESAN, date('2021', '2021')], { subtype: 'execute', trigger: 'executed', place: 0, time: 1 });
    const march = article('b', 'A man was executed in Hyesan in March 2021.', [HYESAN, date('March 2021', '2021-03')], { subtype: 'execute', trigger: 'executed', place: 0, time: 1 });
    const april = article('c', 'A man was executed in Hyesan in April 2021.', [HYESAN, date('April 2021', '2021-04')], { subtype: 'execute', trigger: 'executed', place: 0, time: 1 });
    expect(tableOf(year, march, april).map((r) => r.articles)).toEqual(['a|b', 'c']);
  });

  it.each<[string, Partial<EventSpec>]>([
    ['not asserted (could face)', { modality: 'other' }],
    ['negative', { polarity: 'negative' }],
    ['generic', { genericity: 'generic' }],
  ])('leaves out an event that is %s', (_, property) => {
    const doc = article('a', 'He could be executed in Hyesan in March 2021.', [HYESAN, date('March 2021', '2021-03')],
      { subtype: 'execute', trigger: 'executed', place: 0, time: 1, ...property });
    expect(eventParts(doc)).toEqual([]);
    expect(tableOf(doc)).toEqual([]);
  });

  it('has no rows for documents without events', () => {
    const doc = buildEventDocument('a', 'Nothing happened in Hyesan.', [HYESAN], []);
    expect(tableOf(doc)).toEqual([]);
  });

  it('writes the same rows whatever order the articles come in when their ids sort the same', () => {
    const b = article('b', 'A man was executed in Ryanggang Province in 2021.', [RYANGGANG, date('2021', '2021')], { subtype: 'execute', trigger: 'executed', place: 0, time: 1 });
    const c = article('c', 'A man was executed in Sinuiju.', [SINUIJU], { subtype: 'execute', trigger: 'executed', place: 0 });
    // the table takes articles in id order (writeAggregates sorts them): the same set gives the same rows
    expect(JSON.stringify(tableOf(HYESAN_MARCH, b, c))).toBe(JSON.stringify(tableOf(HYESAN_MARCH, b, c)));
    expect(tableOf(HYESAN_MARCH, b, c).map((r) => r.event_ids)).toEqual(['c:v1', 'a1:v1|b:v1']);
  });
});
