import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/rules/compile.js';
import { RulesInvalidError } from '../../src/rules/load.js';
import type { EntityOf } from '../../src/types.js';
import { extract, found, pipeline, rulesDir } from '../helpers.js';

const laws = (text: string) =>
  extract(text).entities.filter((e): e is EntityOf<'LAW'> => e.type === 'LAW').map((e) => [e.text, e.canonical, e.norm.code]);

describe('named laws', () => {
  test.each([
    ['The criminal code was revised again.', 'criminal code', 'Criminal Code'],
    ['The regime revised the criminal law in May.', 'criminal law', 'Criminal Code'],
    ['The court found Ri Chol-man guilty of fraud and passport law violation.', 'passport law', 'Passport Act'],
    ['The Criminal Law sets the penalties.', 'Criminal Law', 'Criminal Code'],
    ['Experts studied the penal code.', 'penal code', 'Criminal Code'],
    ['The Law on Rejecting Reactionary Ideology and Culture took effect.', 'Law on Rejecting Reactionary Ideology and Culture', 'Law on Rejecting Reactionary Ideology and Culture'],
    ['The Anti-Reactionary Thought Law took effect.', 'Anti-Reactionary Thought Law', 'Law on Rejecting Reactionary Ideology and Culture'],
    ['The Youth Education Guarantee Law targets young people.', 'Youth Education Guarantee Law', 'Youth Education Guarantee Law'],
    ['The Pyongyang Cultural Language Protection Act bans slang.', 'Pyongyang Cultural Language Protection Act', 'Pyongyang Cultural Language Protection Act'],
    ['The Law on Protecting the Pyongyang Cultural Language bans slang.', 'Law on Protecting the Pyongyang Cultural Language', 'Pyongyang Cultural Language Protection Act'],
    ['The Narcotics Control Law regulates hospitals.', 'Narcotics Control Law', 'Narcotics Control Law'],
    ['The Law on the Prevention of Drug Crimes was adopted.', 'Law on the Prevention of Drug Crimes', 'Drug Crime Prevention Law'],
    ['Fines are set by the Administrative Penalty Law.', 'Administrative Penalty Law', 'Administrative Penalty Law'],
    ['Fines are set by the Law on Administrative Penalties.', 'Law on Administrative Penalties', 'Administrative Penalty Law'],
    ['The Criminal Procedure Law allows pretrial detention.', 'Criminal Procedure Law', 'Criminal Procedure Law'],
    ['The Socialist Constitution guarantees nothing of the kind.', 'Socialist Constitution', "Constitution of the Democratic People's Republic of Korea"],
    ["North Korea's constitution was amended.", 'constitution', "Constitution of the Democratic People's Republic of Korea"],
    ["China's criminal law punishes illegal entry.", "China's criminal law", "Criminal Law of the People's Republic of China"],
    // other states' laws, named with or without their country
    ['He was charged under the National Security Act.', 'National Security Act', 'National Security Act'],
    ['Activists oppose the National Security Law.', 'National Security Law', 'National Security Act'],
    ['The court in Seoul read the constitution strictly.', 'constitution', 'Constitution of the Republic of Korea'],
    ['Judges cited the South Korean Constitution.', 'South Korean Constitution', 'Constitution of the Republic of Korea'],
    // laws described rather than named, as the reporting paraphrases them
    ['Viewers are punished under the anti-reactionary law.', 'anti-reactionary law', 'Law on Rejecting Reactionary Ideology and Culture'],
    ['The law against reactionary ideology and culture was passed.', 'law against reactionary ideology and culture', 'Law on Rejecting Reactionary Ideology and Culture'],
    ['Teachers must enforce the youth education law.', 'youth education law', 'Youth Education Guarantee Law'],
    ['Slang is banned by the Pyongyang language law.', 'Pyongyang language law', 'Pyongyang Cultural Language Protection Act'],
    ['He was punished under the law on rejecting reactionary thought last year.', 'law on rejecting reactionary thought', 'Law on Rejecting Reactionary Ideology and Culture'],
    ['Students were tried under the anti-reactionary thought law in the city.', 'anti-reactionary thought law', 'Law on Rejecting Reactionary Ideology and Culture'],
    ['The new youth law bans slang among students in North Korea.', 'youth law', 'Youth Education Guarantee Law'],
    ['Drug crimes were made capital through the revision of penal codes.', 'penal codes', 'Criminal Code'],
    // international treaties
    ['Drug offenses are not the most serious crimes under the International Covenant on Civil and Political Rights.', 'International Covenant on Civil and Political Rights', 'International Covenant on Civil and Political Rights'],
    ['The ICCPR bans arbitrary detention.', 'ICCPR', 'International Covenant on Civil and Political Rights'],
    ['Returning them breaches the Refugee Convention of 1951.', 'Refugee Convention', 'Convention Relating to the Status of Refugees'],
    ['China signed the Convention against Torture.', 'Convention against Torture', 'Convention against Torture'],
    ['The Convention on the Rights of the Child protects minors.', 'Convention on the Rights of the Child', 'Convention on the Rights of the Child'],
  ])('%s', (text, mention, code) => {
    expect(laws(text)).toEqual([[mention, code, code]]);
  });

  test.each([
    "Japan's constitution forbids war.",
    'The constitution of the club was amended.',
    'The law was strict.',
    'The youth education budget grew.',
    'A reactionary group was named in the report.',
    // "youth law" is the North's only in a sentence about it
    "Japan's new youth law bans smoking in Osaka.",
    // whose constitution: a sentence naming both states, or only "our"
    'As our Constitution defines North Korean defectors as South Korean people, they stay.',
    'Our constitution protects every citizen.',
    'Lawyers in Seoul say the constitution bans travel to Pyongyang.',
    'Delegates met at the party convention in Seoul.',
    'He torched the cat in the yard.',
    // the field of law a noun is of (entities12)
    'Reforms claim to have improved the criminal law framework of the state.',
    'A criminal law expert at Yonsei University doubted the claim.',
    // the passport law as a topic, not the law broken
    'The passport law was debated in the assembly.',
  ])('no law: %s', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

describe('an article of another state\'s law', () => {
  test('takes the law named after it as its code', () => {
    expect(laws('He faces charges under Article 7 of the National Security Act.')).toEqual([['Article 7', 'National Security Act Article 7', 'National Security Act']]);
  });
});

describe('the country of a law', () => {
  test('is North Korea unless an entry states another, and is validated', () => {
    const byId = pipeline().rules.entries;
    expect(byId.get('criminal-code')).toMatchObject({ country: 'KP' });
    expect(byId.get('national-security-act-south-korea')).toMatchObject({ country: 'KR' });
    // an international treaty is the law of no one state
    expect(byId.get('iccpr')).toMatchObject({ country: null });
    const dir = rulesDir({ 'laws.yaml': 'kind: gazetteer\nentries:\n  - { id: a, type: LAW, canonical: A Act, code: A Act, country: Korea }\n' });
    expect(() => compileRules(dir)).toThrow(/laws\.yaml:3: entry a: field country/);
  });

  test('settles a name two states\' laws share by the places of the sentence', () => {
    const doc = pipeline().process({ id: 't', source: 't', text: 'Lawyers in Seoul say the constitution protects defectors who left the north.' });
    expect(doc.entities.filter((e) => e.type === 'LAW').map((e) => [e.text, e.canonical, e.rule])).toEqual([
      ['constitution', 'Constitution of the Republic of Korea', 'gazetteer:shared-by-country'],
    ]);
  });
});

describe('Criminal Code articles in the rules', () => {
  const articles = [...pipeline().rules.entries.values()].filter((e) => e.type === 'LAW' && e.article !== null);

  test('each has a title and the number history it is looked up by', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    for (const e of articles) {
      if (e.type !== 'LAW') continue;
      expect(e.title, e.id).not.toBeNull();
      expect(e.revisions.length, e.id).toBeGreaterThan(0);
    }
  });

  test('the drug, border and anti-state articles carry their maximum penalty', () => {
    const max = Object.fromEntries(articles.map((e) => [e.canonical, e.type === 'LAW' ? e.max_penalty : undefined]));
    expect(max).toMatchObject({
      'Criminal Code Article 206': 'death_penalty',
      'Criminal Code Article 208': 'death_penalty',
      'Criminal Code Article 221': 'reform_through_labor',
      'Criminal Code Article 60': 'death_penalty',
      'Criminal Code Article 63': 'death_penalty',
    });
  });

  test('an entry whose latest revision is not its current number is rejected', () => {
    const dir = rulesDir({
      'laws.yaml': [
        'kind: gazetteer',
        'entries:',
        '  - { id: a, type: LAW, canonical: Criminal Code Article 5, code: Criminal Code, article: 5,',
        '      revisions: [{ year: 2004, article: 5 }, { year: 2012, article: 6 }] }',
      ].join('\n'),
    });
    expect(() => compileRules(dir)).toThrow(RulesInvalidError);
    expect(() => compileRules(dir)).toThrow(/latest revision \(2012\) must carry the current article number 5/);
  });
});

describe("Japan's stimulants law, not the North's drug law it contains (entities13)", () => {
  test.each([
    ['The captain was sent to prosecutors on suspected violations of the Stimulant Drug Control Law.', 'Stimulants Control Act'],
    ["Under the DPRK's Drug Control Law the dealers were sentenced.", 'Narcotics Control Law'],
  ])('%s', (text, canonical) => {
    expect(found(text, 'LAW').map(([, c]) => c)).toEqual([canonical]);
  });
});
