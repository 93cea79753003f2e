import { describe, expect, test } from 'vitest';
import { anaphoric, mergeCoreferentEvents, type AnaphoraCues } from '../../src/stages/event-coref.js';
import type { Entity, Event, EventArgument } from '../../src/types.js';
import { extract } from '../helpers.js';

/** The events of a text as compact rows: subtype, place, time, penalty, persons (a * marks a role from context). */
function rows(text: string, meta: Parameters<typeof extract>[1] = {}): string[] {
  const shown = (a: EventArgument | null) => (a === null ? '-' : `${a.value}${a.fromContext ? '*' : ''}`);
  return extract(text, meta).events.map((v) =>
    [v.subtype, shown(v.arguments.place), shown(v.arguments.time), shown(v.arguments.sentence), v.arguments.persons.map((p) => p.value).join('|') || '-'].join(' '));
}

describe('one event per reported event: mentions merged through the document', () => {
  test('a trial and its later mention are one trial, the date of the second sentence filled in', () => {
    expect(rows('A public trial was held in Musan in early May. The trial took place on May 9.', { published: '2022-06-01' }))
      .toEqual(['trial-hearing Musan 2022-05-09* - -']);
  });

  test('a crackdown repeated through the article is one crackdown', () => {
    expect(rows('Police launched a crackdown on smuggling. Residents said the crackdown was harsh. The market was quiet. Officials praised the crackdown.'))
      .toEqual(['crackdown - - - -']);
  });

  test('must not merge: two places that do not contain each other', () => {
    expect(rows('A crackdown began in Hoeryong. A crackdown began in Musan.')).toEqual(['crackdown Hoeryong - - -', 'crackdown Musan - - -']);
  });

  test('must not merge: two different months', () => {
    expect(rows('A man was executed in Hyesan in August 2021. A woman was executed in Hyesan in September 2021.'))
      .toEqual(['execute Hyesan 2021-08 death penalty -', 'execute Hyesan 2021-09 death penalty -']);
  });

  test('must not merge: two named persons', () => {
    expect(rows('Ri Son-hui was arrested in Musan. Jo Kwang-min was arrested in Musan.'))
      .toEqual(['arrest-jail Musan - - Ri Son Hui', 'arrest-jail Musan - - Jo Kwang Min']);
  });

  test('must not merge: asserted and possible, positive and negative', () => {
    expect(rows('The driver was arrested. The guard could be arrested.').map((r) => r.split(' ')[0])).toEqual(['arrest-jail', 'arrest-jail']);
    expect(rows('The driver was arrested. The guard was not arrested.')).toHaveLength(2);
  });

  test('per-person penalties stay apart; the group mention takes the first', () => {
    const got = extract('Three residents were sentenced in Hyesan. The husband was sentenced to 10 years of reform through labor. His wife was sentenced to five years of reform through labor.').events;
    expect(got.map((v) => v.subtype)).toEqual(['sentence', 'sentence']);
    const [first, second] = got.map((v) => v.arguments.sentence?.entity);
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(first).not.toBe(second);
    expect(got[0]!.arguments.place?.value).toBe('Hyesan');
    expect(got[0]!.arguments.sentence?.fromContext).toBe(true);
    expect(got[1]!.arguments.sentence?.fromContext).toBe(false);
  });

  test('a place or time is refined only from the next sentence; further on, a mention joins only with the same place and time', () => {
    // the third sentence's Musan is two sentences on: a crackdown of its own
    expect(rows('Police launched a crackdown. The weather was cold. A crackdown began in Musan.'))
      .toEqual(['crackdown - - - -', 'crackdown Musan - - -']);
    // the next sentence may give the place
    expect(rows('Police launched a crackdown. The crackdown began in Musan.')).toEqual(['crackdown Musan* - - -']);
    // far apart, the same place and time: one event
    expect(rows('A crackdown began in Musan. The weather was cold. Markets closed early. The crackdown in Musan continued.'))
      .toEqual(['crackdown Musan - - -']);
  });

  test('the city refines its province', () => {
    expect(rows('A trader was executed in Ryanggang Province. He was executed in Hyesan.'))
      .toEqual(['execute Hyesan* - death penalty -']);
  });

  test('two events completed to the same place and time by their own mentions are one', () => {
    expect(rows('Police arrested a trader in Musan in May 2021. The weather was cold. Markets were quiet. Prices rose. A trader was arrested in May 2021, a source said. The arrest took place in Musan.'))
      .toEqual(['arrest-jail Musan 2021-05 - -']);
  });

  test('must not merge: completed to another month', () => {
    expect(rows('Police arrested a trader in Musan in May 2021. The weather was cold. Markets were quiet. Prices rose. A trader was arrested in June 2021, a source said. The arrest took place in Musan.'))
      .toEqual(['arrest-jail Musan 2021-05 - -', 'arrest-jail Musan* 2021-06 - -']);
  });

  test('a lead in a country, told in detail in one of its cities further on, is one event', () => {
    expect(rows('Police in China detained ten smugglers, state media said. Prices rose. Markets were quiet. The ten suspects were caught in Dandong with meth.'))
      .toEqual(['arrest-jail Dandong* - - -']);
  });

  test('must not merge: the city with a time of its own', () => {
    expect(rows('Police detained ten smugglers in China, state media said. Prices rose. Markets were quiet. Smugglers were caught in Dandong in June 2021.'))
      .toEqual(['arrest-jail China - - -', 'arrest-jail Dandong 2021-06 - -']);
  });

  test('must not merge: a headline\'s country over a city told further on (the headline sums up several)', () => {
    expect(rows('North Korea executes 30 officials\nNorth Korea executed 30 officials in several cities, a report said. Prices rose. Markets were quiet. Eight officials were executed in Wonsan.', { title: 'North Korea executes 30 officials' }))
      .toEqual(['execute North Korea - death penalty* -', 'execute Wonsan - death penalty -']);
  });

  test('the same day in a town and at a site named after it, further on, is one event at the site', () => {
    expect(rows('Nine people were executed in Hyesan on August 30, 2023. Prices rose. Markets were quiet. Crowds gathered at Hyesan Airfield, where nine people had been executed on August 30, 2023.'))
      .toEqual(['execute Hyesan Airfield* 2023-08-30 death penalty -']);
  });

  test('must not merge: the same day at another town\'s site; the same month only, in a province and its town', () => {
    expect(rows('Nine people were executed in Hyesan on August 30, 2023. Prices rose. Markets were quiet. Crowds gathered at Musan Stadium, where two people had been executed on August 30, 2023.'))
      .toEqual(['execute Hyesan 2023-08-30 death penalty -', 'execute Musan Stadium 2023-08-30 death penalty -']);
    expect(rows('Nine people were executed in Ryanggang Province in August 2023. Prices rose. Markets were quiet. Prices fell. Two people were executed in Hyesan in August 2023.'))
      .toEqual(['execute Ryanggang Province 2023-08 death penalty -', 'execute Hyesan 2023-08 death penalty -']);
  });

  test('the same penalty term told again further on, with no place or time, is the same sentence', () => {
    expect(rows('A court in Musan sentenced the trader to 12 years of reform through labor on May 3, 2021. Prices rose. Markets were quiet. The trader was sentenced to 12 years of reform through labor, state media said.'))
      .toEqual(['sentence Musan 2021-05-03 reform through labor -']);
  });

  test('must not merge: another term; a penalty without a term', () => {
    expect(rows('A court in Musan sentenced the trader to 12 years of reform through labor on May 3, 2021. Prices rose. Markets were quiet. The driver was sentenced to 10 years of reform through labor, state media said.'))
      .toHaveLength(2);
    expect(rows('A court in Musan sentenced the trader to reform through labor on May 3, 2021. Prices rose. Markets were quiet. The driver was sentenced to reform through labor, state media said.'))
      .toHaveLength(2);
  });

  test('events are numbered v1, v2, ... after merging', () => {
    expect(extract('A crackdown began. The crackdown widened. A trader was arrested.').events.map((v) => v.id)).toEqual(['v1', 'v2']);
  });
});

const NO_ANAPHORA: AnaphoraCues = { determiners: new Set(), novelty: new Set(), addition: new Set() };

describe('an anaphoric mention points back to an event already told, however far', () => {
  test('"The execution" three sentences on is the execution already told, its time added', () => {
    expect(rows('A smuggler was executed in Musan. The weather was cold. Markets were quiet. The execution took place in March 2021.'))
      .toEqual(['execute Musan 2021-03* death penalty -']);
  });

  test('a word between the determiner and the trigger: "the August execution"', () => {
    expect(rows('Police arrested a trader in Hoeryong. The weather was cold. Markets were quiet. Residents spoke about the recent arrest.'))
      .toEqual(['arrest-jail Hoeryong - - -']);
  });

  test('the far anaphor gives no place: its place is often another clause\'s', () => {
    expect(rows('Police launched a crackdown on phones. The weather was cold. Markets were quiet. The crackdown has not stopped traders in Musan.'))
      .toEqual(['crackdown - - - -']);
  });

  test('must not merge: the same subtype in two towns', () => {
    expect(rows('A smuggler was executed in Musan. The weather was cold. Markets were quiet. The execution in Hyesan drew a crowd.'))
      .toEqual(['execute Musan - death penalty -', 'execute Hyesan - death penalty -']);
  });

  test('must not merge: two different years', () => {
    expect(rows('A trader was arrested in 2019. The weather was cold. Markets were quiet. The arrest in 2021 was kept secret.'))
      .toEqual(['arrest-jail - 2019 - -', 'arrest-jail - 2021 - -']);
  });

  test('must not merge: another named person', () => {
    expect(rows('Ri Son-hui was arrested in Musan. The weather was cold. Markets were quiet. The arrest of Jo Kwang-min followed.'))
      .toEqual(['arrest-jail Musan - - Ri Son Hui', 'arrest-jail - - - Jo Kwang Min']);
  });

  test('must not merge: a word of novelty announces a new event ("the new crackdown")', () => {
    expect(rows('Police launched a crackdown in Musan. The weather was cold. Markets were quiet. The new crackdown targets smugglers.'))
      .toEqual(['crackdown Musan - - -', 'crackdown - - - -']);
    expect(rows('Police launched a crackdown in Musan. The weather was cold. Markets were quiet. The crackdown targets smugglers.'))
      .toEqual(['crackdown Musan - - -']);
  });

  test('must not merge: an indefinite mention far on, with its own place', () => {
    expect(rows('Police launched a crackdown in Musan. The weather was cold. Markets were quiet. A crackdown targets smugglers.'))
      .toEqual(['crackdown Musan - - -', 'crackdown - - - -']);
  });

  test('the cue words: a determiner right before the trigger or one word before; not across a clause break', () => {
    const cues: AnaphoraCues = { determiners: new Set(['the', 'this', 'these']), novelty: new Set(['new', 'latest']), addition: new Set() };
    const at = (text: string, trigger: string) => {
      const start = text.lastIndexOf(trigger);
      return anaphoric({ trigger, start } as Event, text, cues);
    };
    expect(at('They saw the execution', 'execution')).toBe(true);
    expect(at('They saw the August execution', 'execution')).toBe(true);
    expect(at('These arrests', 'arrests')).toBe(true);
    expect(at('They saw the latest execution', 'execution')).toBe(false);
    expect(at('He learned of the trial and execution', 'execution')).toBe(true);
    expect(at('He learned of purges and executions', 'executions')).toBe(false);
    expect(at('They saw the crowd at the stadium execution', 'execution')).toBe(true);
    expect(at('They saw the crowd gather for an execution', 'execution')).toBe(false);
    expect(at('He was in the camp; executions followed', 'executions')).toBe(false);
    expect(at('Residents spoke of the execution of two men', 'the execution of')).toBe(false);
  });
});

describe('mergeCoreferentEvents on events built by hand', () => {
  const place = (id: string, canonical: string, level: 'country' | 'province' | 'city', province: string | null): Entity =>
    ({ id, type: 'PLACE', text: canonical, canonical, start: 0, end: 1, sentence: 0, norm: { level, province, country: 'KP' } } as unknown as Entity);
  const arg = (entity: string, value: string): EventArgument => ({ entity, value, fromContext: false });
  const event = (sentence: number, placeArg: EventArgument | null, time: string | null = null): Event => ({
    id: 'x', subtype: 'seizure', trigger: 'seized', start: sentence * 10, end: sentence * 10 + 6, sentence, evidence: '',
    arguments: { agent: null, persons: [], crime: null, sentence: null, law: null, place: placeArg, time: time === null ? null : { entity: null, value: time, fromContext: false }, money: null, drug: null, quantity: null },
    count: null, modality: 'asserted', polarity: 'positive', genericity: 'specific', tense: 'past', rule: 'seizure',
  } as Event);
  const entities = [place('p1', 'North Korea', 'country', null), place('p2', 'Hyesan', 'city', 'Ryanggang Province'), place('p3', 'Musan', 'city', 'North Hamgyong Province')];

  test('the country contains its city: merged, the city kept', () => {
    const kept = mergeCoreferentEvents([event(0, arg('p1', 'North Korea')), event(1, arg('p2', 'Hyesan'))], entities, '', NO_ANAPHORA);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.arguments.place).toEqual({ entity: 'p2', value: 'Hyesan', fromContext: true });
  });

  test('two cities: kept apart', () => {
    expect(mergeCoreferentEvents([event(0, arg('p2', 'Hyesan')), event(1, arg('p3', 'Musan'))], entities, '', NO_ANAPHORA)).toHaveLength(2);
  });

  test('a day refines its month; another month does not', () => {
    expect(mergeCoreferentEvents([event(0, null, '2020-03'), event(1, null, '2020-03-14')], entities, '', NO_ANAPHORA)[0]!.arguments.time?.value).toBe('2020-03-14');
    expect(mergeCoreferentEvents([event(0, null, '2020-03'), event(1, null, '2020-04')], entities, '', NO_ANAPHORA)).toHaveLength(2);
  });

  test('a later mention joins the nearest earlier event it agrees with', () => {
    const kept = mergeCoreferentEvents([event(0, arg('p2', 'Hyesan')), event(1, arg('p3', 'Musan')), event(2, null)], entities, '', NO_ANAPHORA);
    expect(kept.map((v) => v.arguments.place?.value)).toEqual(['Hyesan', 'Musan']);
  });
});

describe('a sentencing, trial or conviction told in the sentence of an execution is a step of its proceeding', () => {
  test('"At the execution site, he was sentenced": the sentence takes the execution\'s place and day', () => {
    expect(rows('On May 3, a trader was executed by firing squad in Hyesan. At the execution site, he was sentenced to a grave punishment.', { published: '2021-06-01' }))
      .toContainEqual('sentence Hyesan* 2021-05-03* death penalty -');
  });

  test('"before the execution, officials conducted an hour-long trial": the trial too', () => {
    expect(rows('Nine men were executed in Musan on August 30. Before the execution, officials conducted an hour-long trial.', { published: '2021-09-01' }))
      .toContainEqual('trial-hearing Musan* 2021-08-30* - -');
  });

  test('must not: an arrest of the sentence is no step of the proceeding', () => {
    const shown = rows('On May 3, a trader was executed by firing squad in Hyesan. He had been arrested before the execution.', { published: '2021-06-01' });
    expect(shown).toContainEqual('arrest-jail - - - -');
  });

  test('must not: a sentencing in another sentence than the execution keeps none', () => {
    expect(rows('On May 3, a trader was executed by firing squad in Hyesan. His wife was sentenced to ten years of reform through labor.', { published: '2021-06-01' }))
      .toContainEqual('sentence - - reform through labor -');
  });
});

describe('"also" before a trigger adds another event of its kind (event-addition-adverbs)', () => {
  test('the merchant "was also apprehended": a second arrest, not the woman\'s told again', () => {
    expect(rows('A woman from Hoeryong was caught watching a drama. The merchant who lent her the CD was also apprehended.'))
      .toEqual(['arrest-jail Hoeryong - - -', 'arrest-jail - - - -']);
  });

  test('"Two men were also executed at Hyesan airport in 2014" after three shot in Hyesan', () => {
    expect(rows('Three men were shot dead in Hyesan for distributing drugs. Two men were also executed at Hyesan airport in 2014.'))
      .toEqual(['execute Hyesan - death penalty* -', 'execute Hyesan Airfield 2014 death penalty -']);
  });

  test.each([
    'A woman from Hoeryong was caught watching a drama. The woman was caught in her home.',
    'A woman from Hoeryong was caught watching a drama. Police also said she was caught in her home.',
  ])('must merge: no "also" right before the trigger: %s', (text) => {
    expect(rows(text)).toHaveLength(1);
  });
});

describe('a group of persons told again by its number is the event already told, at any distance', () => {
  const filler = 'The city was quiet. Markets reopened. Prices rose.';

  test('"These two women were executed" far after "executed two women" in Chongjin', () => {
    expect(rows(`Two women were executed in Chongjin on Aug. 31. ${filler} These two women were executed because they had helped defectors.`, { published: '2024-09-17' }))
      .toEqual(['execute Chongjin 2024-08-31 death penalty -']);
  });

  test.each([
    [`Two men were executed in Hyesan in May. ${filler} Two men were executed in Musan in June.`, 2],
    [`Two women were executed in Chongjin on Aug. 31. ${filler} Three women were executed in the city.`, 2],
    [`One man was executed in Chongjin on Aug. 31. ${filler} One man was executed in the city.`, 2],
  ])('must not merge: %s', (text, n) => {
    expect(rows(text, { published: '2024-09-17' })).toHaveLength(n);
  });
});

describe('a headline\'s event with neither place nor time is the article\'s event of its kind', () => {
  const title = 'Border guards arrested for smuggling';
  const filler = 'The city was quiet. Markets reopened. Prices rose.';

  test('the first body mention of the kind tells it in detail, a later bare mention repeats it', () => {
    expect(rows(`${title}\n\n${filler} Two border guards were arrested in Hyesan on Feb. 8. ${filler} The guards were caught smuggling copper.`, { title, published: '2021-03-01' }))
      .toEqual(['arrest-jail Hyesan* 2021-02-08* - -']);
  });

  test('must not: a headline with its own place stays the summary event ("North Korea executes 80")', () => {
    const headline = 'North Korea executes 80 people';
    expect(rows(`${headline}\n\n${filler} Eight people were executed in Wonsan.`, { title: headline })).toHaveLength(2);
  });

  test('must not: a later mention with its own place is another event', () => {
    expect(rows(`${title}\n\n${filler} Two border guards were arrested in Hyesan on Feb. 8. ${filler} A trader was arrested in Musan in May.`, { title, published: '2021-06-01' }))
      .toHaveLength(2);
  });
});

describe('a headline\'s event that no mention placed or dated joins the body\'s event of its kind (events9)', () => {
  const title = 'Man executed for phoning the outside world';
  const filler = 'The city was quiet. Markets reopened. Prices rose.';

  test('the body tells it with a place and a time, sentences after a first bare mention', () => {
    expect(rows(`${title}\n\nA man was put to death. ${filler} ${filler} Then, in Hyesan, a man was executed in March.`, { title, published: '2014-05-23' }))
      .toEqual(['execute Hyesan* 2014-03* death penalty -']);
  });

  test('must not: a body event of another modality stays apart', () => {
    expect(rows(`${title}\n\n${filler} ${filler} Three women could be executed in Hyesan in March.`, { title, published: '2014-05-23' })).toHaveLength(2);
  });

  test('must not: a headline with a place stays apart', () => {
    const placed = 'Man executed in North Korea';
    expect(rows(`${placed}\n\n${filler} ${filler} A woman was executed in Hyesan in March.`, { title: placed, published: '2014-05-23' })).toHaveLength(2);
  });
});

describe('a headline\'s placed or dated event joins the body\'s event of its kind in the same place (events10)', () => {
  const filler = 'The city was quiet. Markets reopened. Prices rose.';

  test('a dated headline over a body mention with its place: one event with both', () => {
    const title = 'Currency dealer arrested in February';
    expect(rows(`${title}\n\n${filler} ${filler} The dealer was actually arrested in the town of Sinpo, a source said.`, { title, published: '2021-03-10' }))
      .toEqual(['arrest-jail Sinpo* 2021-02 - -']);
  });

  test('a headline placed and dated over a body mention of the same place dated more precisely', () => {
    const title = 'Defector sent back to North Korea in March';
    expect(rows(`${title}\n\n${filler} ${filler} He was repatriated to North Korea on March 3, the source added.`, { title, published: '2021-03-10' }))
      .toHaveLength(1);
  });

  test('must not: a headline\'s country over a body mention in one of its towns (it sums up several)', () => {
    const title = 'Smugglers executed in North Korea in March';
    expect(rows(`${title}\n\n${filler} ${filler} Two smugglers were executed in Hyesan in March.`, { title, published: '2021-04-10' })).toHaveLength(2);
  });

  test('must not: a placed, undated headline over a dated body mention', () => {
    const title = 'Smugglers executed in Hyesan';
    expect(rows(`${title}\n\n${filler} ${filler} Two smugglers were executed in Hyesan on March 4.`, { title, published: '2021-04-10' })).toHaveLength(2);
  });

  test('must not: a headline over a body mention in another place', () => {
    const title = 'Broker arrested in February';
    expect(rows(`${title}\n\n${filler} ${filler} A broker was arrested in Musan in May.`, { title, published: '2021-06-10' })).toHaveLength(2);
  });
});
