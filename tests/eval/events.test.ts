import { describe, expect, it } from 'vitest';
import { keyGoldEvent, keyPredictedEvents, scoreEvents, type GoldEventLike, type KeyedEvent } from '../../src/eval/events.js';
import { Tally } from '../../src/eval/score.js';
import type { DocGoldEntity } from '../../src/eval/gold.js';
import type { Document, Entity, Event, EventArgument } from '../../src/types.js';

/** Gold entities of a hand-written document-level gold: a city, its province, a date, a penalty, an agency, two persons. */
const GOLD_ENTITIES = [
  { id: 'hyesan', type: 'PLACE', canonical: 'Hyesan', norm: { level: 'city', province: 'Ryanggang Province', country: 'KP' } },
  { id: 'ryanggang', type: 'PLACE', canonical: 'Ryanggang Province', norm: { level: 'province', province: null, country: 'KP' } },
  { id: 'march', type: 'DATE', canonical: 'March 2024', norm: { value: '2024-03' } },
  { id: 'death', type: 'PENALTY', canonical: 'death penalty', norm: { kind: 'death_penalty', duration: null } },
  { id: 'ten', type: 'PENALTY', canonical: 'reform through labor', norm: { kind: 'reform_through_labor', duration: 'P10Y' } },
  { id: 'mss', type: 'ORG', canonical: 'Ministry of State Security', norm: { kind: 'security', acronym: 'MSS' } },
  { id: 'kim', type: 'PERSON', canonical: 'Kim Chol', norm: {} },
  { id: 'ri', type: 'PERSON', canonical: 'Ri Yong-ho', norm: {} },
] as (DocGoldEntity & { id: string })[];

const goldEvent = (e: Partial<GoldEventLike>): KeyedEvent =>
  keyGoldEvent({ subtype: 'execute', trigger: 'executed', modality: 'asserted', ...e }, GOLD_ENTITIES as never);

const entity = (id: string, type: Entity['type'], canonical: string, norm: object): Entity =>
  ({ id, type, text: canonical, start: 0, end: canonical.length, sentence: 0, canonical, canonicalId: null, rule: 'test', norm }) as Entity;

/** The pipeline's entities for the same article: ids and surface texts differ from the gold on purpose. */
const DOC_ENTITIES: Entity[] = [
  entity('e1', 'PLACE', 'hyesan', { level: 'city', province: 'Ryanggang Province', country: 'KP', lat: null, lon: null, resolved: true }),
  entity('e2', 'PLACE', 'Ryanggang Province', { level: 'province', province: null, country: 'KP', lat: null, lon: null, resolved: true }),
  entity('e3', 'DATE', 'in March', { value: '2024-03' }),
  // a penalty compares by kind and duration: another canonical name is the same penalty
  entity('e4', 'PENALTY', 'sentenced to death', { kind: 'death_penalty', duration: null }),
  entity('e5', 'PENALTY', 'ten years of reform', { kind: 'reform_through_labor', duration: 'P10Y' }),
  entity('e6', 'ORG', 'Ministry of State Security', { kind: 'security', acronym: 'MSS' }),
  entity('e7', 'PERSON', 'Kim Chol', {}),
  entity('e8', 'PERSON', 'Pak Sun', {}),
];

const arg = (entity: string | null, value: string, fromContext = false): EventArgument => ({ entity, value, fromContext });
const NO_ARGS: Event['arguments'] = { agent: null, persons: [], crime: null, sentence: null, law: null, place: null, time: null, money: null, drug: null, quantity: null };

let ids = 0;
function event(subtype: Event['subtype'], args: Partial<Event['arguments']>, modality: Event['modality'] = 'asserted'): Event {
  ids += 1;
  return {
    id: `v${ids}`, subtype, trigger: subtype, start: 0, end: subtype.length, sentence: 0, evidence: '',
    arguments: { ...NO_ARGS, ...args }, count: null, modality, polarity: 'positive', genericity: 'specific', tense: 'past', rule: 'test',
  };
}

const predicted = (...events: Event[]) => keyPredictedEvents({ entities: DOC_ENTITIES, events } as Pick<Document, 'entities' | 'events'>);

type Counts = Record<string, [number, number, number]>;

function score(gold: KeyedEvent[], pred: KeyedEvent[]) {
  const tallies = { events: new Tally([]), eventsStrict: new Tally([]), eventArguments: new Tally([]), modality: new Tally([]) };
  const diff = scoreEvents(gold, pred, (level, type, c) => tallies[level].add(type, c));
  const counts = (t: Tally): Counts => Object.fromEntries(Object.entries(t.scores().byType).map(([k, s]) => [k, [s.tp, s.fp, s.fn]]));
  return { events: counts(tallies.events), strict: counts(tallies.eventsStrict), args: counts(tallies.eventArguments), modality: counts(tallies.modality), diff };
}

const EXECUTION = { subtype: 'execute', place: 'hyesan', time: 'march', sentence: 'death', agent: 'mss', persons: ['kim'], crime: 'drug-dealing' } as const;
const EXECUTION_ARGS = { place: arg('e1', 'Hyesan'), time: arg('e3', '2024-03'), sentence: arg('e4', 'death penalty'), agent: arg('e6', 'Ministry of State Security'), persons: [arg('e7', 'Kim Chol')], crime: arg(null, 'drug-dealing') };

describe('event scoring', () => {
  it('matches an event whose subtype, place and time agree, and scores every filled role', () => {
    const r = score([goldEvent(EXECUTION)], predicted(event('execute', EXECUTION_ARGS)));
    expect(r.events).toEqual({ execute: [1, 0, 0] });
    expect(r.strict).toEqual({ execute: [1, 0, 0] });
    // roles null on both sides (law, money, drug, quantity) are not counted
    expect(r.args).toEqual({ agent: [1, 0, 0], persons: [1, 0, 0], crime: [1, 0, 0], sentence: [1, 0, 0], place: [1, 0, 0], time: [1, 0, 0] });
    expect(r.modality).toEqual({ asserted: [1, 0, 0] });
    expect(r.diff).toEqual({ matched: 1, missed: [], spurious: [] });
  });

  it('does not match another subtype: one miss and one spurious event, no arguments scored', () => {
    const r = score([goldEvent(EXECUTION)], predicted(event('sentence', EXECUTION_ARGS)));
    expect(r.events).toEqual({ execute: [0, 0, 1], sentence: [0, 1, 0] });
    expect(r.args).toEqual({});
    expect(r.modality).toEqual({});
    expect(r.diff.missed).toEqual([{ subtype: 'execute', trigger: 'executed', place: 'hyesan', time: '2024-03', sentence: 'death_penalty' }]);
  });

  it.each([
    ['the province instead of the city', arg('e2', 'Ryanggang Province')],
    ['no place', null],
  ])('does not match a place that differs: %s', (_, place) => {
    const r = score([goldEvent(EXECUTION)], predicted(event('execute', { ...EXECUTION_ARGS, place })));
    expect(r.events).toEqual({ execute: [0, 1, 1] });
  });

  it('matches a place by canonical name whatever its case, and a time taken from context or the publication date by its value', () => {
    const fromContext = event('execute', { ...EXECUTION_ARGS, place: arg('e1', 'hyesan'), time: arg('e3', '2024-03', true) });
    const publication = event('execute', { ...EXECUTION_ARGS, time: arg(null, '2024-03', true) });
    expect(score([goldEvent(EXECUTION)], predicted(fromContext)).events).toEqual({ execute: [1, 0, 0] });
    expect(score([goldEvent(EXECUTION)], predicted(publication)).events).toEqual({ execute: [1, 0, 0] });
    const otherMonth = event('execute', { ...EXECUTION_ARGS, time: arg(null, '2024-04', true) });
    expect(score([goldEvent(EXECUTION)], predicted(otherMonth)).events).toEqual({ execute: [0, 1, 1] });
  });

  it('matches at the headline level but not the strict one when the penalty differs, and scores the role as fp and fn', () => {
    const r = score([goldEvent(EXECUTION)], predicted(event('execute', { ...EXECUTION_ARGS, sentence: arg('e5', 'reform through labor') })));
    expect(r.events).toEqual({ execute: [1, 0, 0] });
    expect(r.strict).toEqual({ execute: [0, 1, 1] });
    expect(r.args.sentence).toEqual([0, 1, 1]);
  });

  it('counts a role filled on one side only, and persons one by one', () => {
    const gold = goldEvent({ ...EXECUTION, agent: null, persons: ['kim', 'ri'] });
    const pred = event('execute', { ...EXECUTION_ARGS, crime: null, persons: [arg('e7', 'Kim Chol'), arg('e8', 'Pak Sun')] });
    const r = score([gold], predicted(pred));
    expect(r.args.agent).toEqual([0, 1, 0]);
    expect(r.args.crime).toEqual([0, 0, 1]);
    expect(r.args.persons).toEqual([1, 1, 1]);
  });

  it('matches null place and time on both sides (a crackdown stated with neither)', () => {
    const r = score([goldEvent({ subtype: 'crackdown', trigger: 'crackdown' })], predicted(event('crackdown', {})));
    expect(r.events).toEqual({ crackdown: [1, 0, 0] });
    expect(r.args).toEqual({});
  });

  it('scores modality over matched events: "could face execution" predicted as asserted is wrong', () => {
    const gold = [goldEvent({ ...EXECUTION, modality: 'other' }), goldEvent({ ...EXECUTION, subtype: 'arrest-jail', sentence: null, modality: 'asserted' })];
    const pred = predicted(event('execute', EXECUTION_ARGS, 'asserted'), event('arrest-jail', { ...EXECUTION_ARGS, sentence: null }, 'asserted'));
    expect(score(gold, pred).modality).toEqual({ other: [0, 0, 1], asserted: [1, 1, 0] });
  });

  it('pairs events one to one, the one sharing most roles first', () => {
    const gold = [goldEvent({ ...EXECUTION, persons: ['ri'] }), goldEvent(EXECUTION)];
    const r = score(gold, predicted(event('execute', EXECUTION_ARGS)));
    expect(r.events).toEqual({ execute: [1, 0, 1] });
    // the prediction went to the gold event with Kim Chol, so persons is right
    expect(r.args.persons).toEqual([1, 0, 0]);
  });
});
