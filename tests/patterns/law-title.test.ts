import { describe, expect, test } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract } from '../helpers.js';

/** [text, canonical, canonicalId, code] of each law found by its title, checked for exact offsets. */
function titles(text: string): (string | null)[][] {
  const laws = extract(text).entities.filter((e): e is EntityOf<'LAW'> => e.type === 'LAW' && e.rule === 'pattern:law-title');
  for (const e of laws) expect(text.slice(e.start, e.end)).toBe(e.text);
  return laws.map((e) => [e.text, e.canonical, e.canonicalId, e.norm.code]);
}

describe('a capitalized title ending in a law head word is a law', () => {
  test.each([
    ['Pyongyang adopted the Youth Morals Protection Act in 2021.', 'Youth Morals Protection Act'],
    ['He was charged under the Anti-Smuggling Law last month.', 'Anti-Smuggling Law'],
    ['The cabinet issued the Decree on Border Zone Control in spring.', 'Decree on Border Zone Control'],
    ['Violators face the Market Trading Regulations, the source said.', 'Market Trading Regulations'],
    ['Seoul passed the Northern Refugees Support Act years ago.', 'Northern Refugees Support Act'],
    ['Traders fear the new Foreign Currency Control Law.', 'Foreign Currency Control Law'],
    ['Both agencies enforce the Act on the Protection of Songs.', 'Act on the Protection of Songs'],
  ])('%s', (text, title) => {
    expect(titles(text)).toEqual([[title, title, null, title]]);
  });

  test.each([
    ['The cabinet revised the Tanbong Administrative Penalty Code last spring.', 'Tanbong Administrative Penalty Code'],
    ['Traders fear the Foreign Currency Control Ordinance, the source said.', 'Foreign Currency Control Ordinance'],
  ])('Code and Ordinance are law heads too: %s', (text, title) => {
    expect(titles(text)).toEqual([[title, title, null, title]]);
  });

  test('the state inside a head-first title is part of it, not of its canonical name', () => {
    const text = 'In 2021 the assembly adopted the Law of the DPRK on the Prevention of Tanbong Crimes after debate.';
    const laws = extract(text).entities.filter((e) => e.type === 'LAW');
    expect(laws.map((e) => [e.text, e.canonical])).toEqual([['Law of the DPRK on the Prevention of Tanbong Crimes', 'Law on the Prevention of Tanbong Crimes']]);
    expect(extract(text).entities.filter((e) => e.type === 'PLACE')).toEqual([]);
  });

  test('a capitalised subject makes a title of a lower-case head, capitalised in the canonical', () => {
    const text = 'In 2021 the assembly adopted the law on Tanbong Emergency Quarantine after debate.';
    const laws = extract(text).entities.filter((e) => e.type === 'LAW');
    expect(laws.map((e) => [e.text, e.canonical])).toEqual([['law on Tanbong Emergency Quarantine', 'Law on Tanbong Emergency Quarantine']]);
  });

  test.each([
    ['Officials read the decree "On Thoroughly Eradicating Tanbong Behavior" to residents.', 'On Thoroughly Eradicating Tanbong Behavior'],
    ['A directive titled “On Strengthening the Struggle Against Tanbong Practices” was issued.', 'On Strengthening the Struggle Against Tanbong Practices'],
  ])('a decree cited by its quoted title: %s', (text, title) => {
    expect(titles(text)).toEqual([[title, title, null, title]]);
  });

  test('a year modifying the title is a date, not part of the title', () => {
    expect(titles('Inspectors cited the 2019 Market Order Law.')).toEqual([['Market Order Law', 'Market Order Law', null, 'Market Order Law']]);
  });

  test('each title is searched in the stretch before its head word: several titles, far apart, in parentheses', () => {
    const filler = 'The source described the market in detail and said prices had risen again. '.repeat(8);
    const text = `The Youth Morals Protection Act and the Market Trading Regulations were read out. ${filler}Two traders were punished (Anti-Smuggling Law), ${filler}\nForeign Currency Control Law cases rose.`;
    expect(titles(text).map(([title]) => title)).toEqual(['Youth Morals Protection Act', 'Market Trading Regulations', 'Anti-Smuggling Law', 'Foreign Currency Control Law']);
  });

  test.each([
    ["Tanbongia's Exit and Entry Control Law requires repatriation.", 'Exit and Entry Control Law'],
    ["China's Tanbong Border Administration Act was cited by the court.", 'Tanbong Border Administration Act'],
    ["He was charged under Japan's Tanbong Exchange and Trade Act last year.", 'Tanbong Exchange and Trade Act'],
    ["Advocates cited the Women's Tanbong Protection Law in court.", "Women's Tanbong Protection Law"],
  ])("another state's law after its possessive is a title without the possessive: %s", (text, title) => {
    expect(titles(text)).toEqual([[title, title, null, title]]);
  });

  test('a place right before the title\'s words names its subject and is part of it', () => {
    const text = 'Back then the lawmakers said that the North Korea Tanbong Enhancement Act was passed, which surprised many people in the village where he lived.';
    const entities = extract(text).entities.filter((e) => e.type === 'LAW' || e.type === 'PLACE');
    expect(entities.map((e) => [e.type, e.text, e.canonical])).toEqual([['LAW', 'North Korea Tanbong Enhancement Act', 'North Korea Tanbong Enhancement Act']]);
  });

  test('an entity opening the match is not part of the title', () => {
    expect(titles('Agents in Hyesan and the Anti-Smuggling Law were mentioned.')).toEqual([['Anti-Smuggling Law', 'Anti-Smuggling Law', null, 'Anti-Smuggling Law']]);
  });
});

describe('not a law title', () => {
  test.each([
    ['a bare head word', 'The Act was passed in secret.'],
    ['a lower-case law', 'He broke the smuggling law again.'],
    ['a headline', 'Regime Tightens Grip With Sweeping New Law'],
    ['a law already in the gazetteer', 'He was tried under the Criminal Law.'],
    ['an act that is no law', 'It was an act of defiance.'],
    ['"an act of" after a possessive', "China's act of defiance angered the officials."],
    ['"act" as a verb after a possessive', "They said China's officials act quickly when told of it."],
    ["a person's possessive before a bare head", "Kim's Act of Defiance was staged in Seoul last year."],
    ['a gazetteer law inside a citation', 'He was sentenced under Article 60 of the Criminal Law.'],
    ['a lower-case code', 'He broke the dress code at school, and the teacher was angry.'],
    ['a lower-case law on a lower-case subject', 'The new law on foreign films was adopted by the assembly.'],
    ['a lower-case law on a day', 'He spoke about the law on Monday to the members of the chamber.'],
    ['a lower-case law on a place', 'The law on North Korea was debated in the chamber by members.'],
    ['a quoted phrase that is no decree', 'He called it "On the Road Again" in his letter.'],
    ['a decree quoted without its "On" title', 'The decree "Tanbong Behavior Must End" was read out.'],
  ])('%s: %s', (_why, text) => {
    expect(titles(text)).toEqual([]);
  });
});

describe('a title holding the words of a listed law is that law (rules/law-words.yaml)', () => {
  /** [text, canonical] of each law. */
  const laws = (text: string) => {
    const found = extract(text).entities.filter((e): e is EntityOf<'LAW'> => e.type === 'LAW');
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    return found.map((e) => [e.text, e.canonical]);
  };
  const RIRC = 'Law on Rejecting Reactionary Ideology and Culture';
  test.each([
    ['The men were tried under the Reactionary Thought Rejection Law last month.', 'Reactionary Thought Rejection Law', RIRC],
    ["It violates the 'Anti-reactionary Ideology Cultural Exclusion Act.' the source said.", 'Anti-reactionary Ideology Cultural Exclusion Act', RIRC],
    ['In 2021 the regime passed the Youth Upbringing Guarantee Act, which punishes parents.', 'Youth Upbringing Guarantee Act', 'Youth Education Guarantee Law'],
    ['The Law on Protecting the Pyongyang Dialect bans Seoul slang, the source said.', 'Law on Protecting the Pyongyang Dialect', 'Pyongyang Cultural Language Protection Act'],
    ['Officials said the People\'s Security Enforcement Law was revised for the police.', "People's Security Enforcement Law", 'Social Security Enforcement Law'],
  ])('%s', (text, mention, canonical) => {
    expect(laws(text)).toEqual([[mention, canonical]]);
  });

  test.each([
    ['Under the new law on reactionary thought, viewers get long terms.', 'law on reactionary thought', RIRC],
    ['The youth upbringing act took effect in the autumn, the source said.', 'youth upbringing act', 'Youth Education Guarantee Law'],
  ])('a lower-case paraphrase: %s', (text, mention, canonical) => {
    expect(laws(text)).toEqual([[mention, canonical]]);
  });

  test.each([
    // a title whose words fit no listed law keeps its own name
    ['Pyongyang adopted the Youth Morals Protection Act in 2021.', 'Youth Morals Protection Act', 'Youth Morals Protection Act'],
  ])('no listed law: %s', (text, mention, canonical) => {
    expect(laws(text)).toEqual([[mention, canonical]]);
  });

  test.each([
    'The law on traffic was revised, and young drivers must act with care.',
    'He said the reactionary elements would be punished by law.',
    'The act of watching a film is no crime in the South, the youth said.',
  ])('no law: %s', (text) => {
    expect(laws(text)).toEqual([]);
  });

  test('an article of a title so identified is an article of the listed law', () => {
    expect(laws('The court cited Article 29 of the Reactionary Thought Rejection Law in sentencing him.'))
      .toEqual([['Article 29', `${RIRC} Article 29`]]);
  });
});

describe('a title is not taken for a listed law of the North', () => {
  const laws = (text: string) => extract(text).entities.filter((e): e is EntityOf<'LAW'> => e.type === 'LAW').map((e) => [e.text, e.canonical]);
  test('with a name of its own among its words', () => {
    expect(laws('The cabinet revised the Tanbong Administrative Penalty Code last spring.')).toEqual([['Tanbong Administrative Penalty Code', 'Tanbong Administrative Penalty Code']]);
  });
  test("after another state's possessive", () => {
    expect(laws("Laos's Reactionary Thought Rejection Law was cited by the court.").filter(([, c]) => c !== 'Laos')).toEqual([['Reactionary Thought Rejection Law', 'Reactionary Thought Rejection Law']]);
  });
  test("but after the North's own possessive it is", () => {
    expect(laws("The men were tried under North Korea's Reactionary Thought Rejection Law.")).toEqual([['Reactionary Thought Rejection Law', 'Law on Rejecting Reactionary Ideology and Culture']]);
  });
});
