/**
 * The persons chain across sentences (src/stages/events/persons-chain.ts) and the time it licenses
 * (chain-context.ts), docs/events.md "events17", on invented sentences, each with a twin that must not link.
 */
import { describe, expect, test } from 'vitest';
import { newWorkingDoc, type WorkingDoc } from '../../src/stages/doc.js';
import { cuesOf } from '../../src/stages/events/cues.js';
import { personsChain } from '../../src/stages/events/persons-chain.js';
import { STAGES } from '../../src/stages/index.js';
import { extract, pipeline } from '../helpers.js';

function workingDoc(text: string): WorkingDoc {
  const { rules } = pipeline();
  let doc = newWorkingDoc({ id: 'test', source: 'test.txt', text });
  for (const stage of STAGES) doc = stage.run(doc, rules);
  return doc;
}

/** Each chained event's trigger with its antecedent's trigger. */
function links(text: string): [string, string][] {
  const doc = workingDoc(text);
  return [...personsChain(doc, doc.events, cuesOf(pipeline().rules))].map(([v, a]) => [v.trigger, a.trigger]);
}

describe('a pronoun or definite group noun links to the persons of the nearest earlier event of its number', () => {
  test.each([
    ['"they" as subject', 'Three smugglers were arrested in Hyesan on May 3. They were sentenced to ten years of reform through labor.', [['sentenced', 'arrested']]],
    ['"them" as object', 'Four traders were detained in Musan last week. A court later sentenced them to five years in a labor camp.', [['sentenced', 'detained']]],
    ['"the two men", two counted', 'Two men were arrested in Onsong in March. The two men were sentenced to death.', [['sentenced', 'arrested']]],
    ['"the defendants", a group named two sentences back', 'Five brokers were detained in Hoeryong. Their families paid bribes. The defendants were sentenced to three years.', [['sentenced', 'detained']]],
  ])('%s', (_, text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe('must not link', () => {
  test.each([
    ['"they" after a sentence about the police', 'Three smugglers were arrested in Hyesan on May 3. The Ministry of State Security then searched the market. They were sentenced to ten years of reform through labor.'],
    ['a new group named by "other"', 'Two men were arrested in Onsong in March. The other men were sentenced to death.'],
    ['"the two men" after three persons', 'Three men were arrested in Onsong in March. The two men were sentenced to death.'],
    ['"he" after a group', 'Three smugglers were arrested in Hyesan on May 3. He was sentenced to ten years of reform through labor.'],
    ['"they" beyond two sentences and a paragraph', 'Three smugglers were arrested in Hyesan on May 3.\n\nThe market was quiet. Prices rose. Trade slowed.\n\nThey were sentenced to ten years of reform through labor.'],
    ['persons named in the sentence itself', 'Three smugglers were arrested in Hyesan on May 3. Kim Chol-su was sentenced to ten years of reform through labor.'],
  ])('%s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('the persons a chain licenses, whatever the subtypes', () => {
  const personsOf = (text: string, subtype: string) => extract(text).events.filter((v) => v.subtype === subtype).map((v) => v.arguments.persons.map((p) => [p.value, p.fromContext]));

  test('"they" takes the persons of the earlier event', () => {
    const text = 'Pak Chol-min and Ri Yong-ho were arrested in Hyesan on May 3. They were sentenced to ten years of reform through labor.';
    expect(personsOf(text, 'sentence')).toEqual([[['Pak Chol Min', true], ['Ri Yong Ho', true]]]);
  });

  test('must not: "they" after a sentence about an agency', () => {
    const text = 'Pak Chol-min and Ri Yong-ho were arrested in Hyesan on May 3. The Ministry of State Security questioned their neighbours. They were sentenced to ten years of reform through labor.';
    expect(personsOf(text, 'sentence')).toEqual([[]]);
  });
});

describe('the time a chain licenses: the same event told again', () => {
  const timeOf = (text: string) => extract(text).events.filter((v) => v.subtype === 'extradite').map((v) => [v.trigger, v.arguments.time?.value ?? null]);

  test('an undated mention of the same subtype takes the earlier mention\'s time', () => {
    const text = 'Five defectors were repatriated from China on October 9, 2023. The group had crossed the Tumen River in spring. Aid workers have heard nothing since. They were sent back to North Korea, an activist said.';
    expect(timeOf(text)).toEqual([['repatriated', '2023-10-09'], ['sent back', '2023-10-09']]);
  });

  test('must not: the chain broken by an agency named between, the mention stays undated', () => {
    const text = 'Five defectors were repatriated from China on October 9, 2023. The group had crossed the Tumen River in spring. The Ministry of State Security questioned the brokers. They were sent back to North Korea, an activist said.';
    expect(timeOf(text)).toEqual([['repatriated', '2023-10-09'], ['sent back', null]]);
  });
});
