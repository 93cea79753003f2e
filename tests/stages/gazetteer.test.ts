import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import { outletInitials } from '../../src/stages/gazetteer.js';
import { found, rulesDir } from '../helpers.js';

// A small rule set written for these tests: the stage's mechanics, not the shipped data.
const RULES = rulesDir({
  'places.yaml': `kind: gazetteer
entries:
  - id: north-hamgyong
    type: PLACE
    canonical: North Hamgyong Province
    level: province
    country: KP
  - id: onsong
    type: PLACE
    canonical: Onsong
    level: county
    province: north-hamgyong
    country: KP
    lat: 42.9
    lon: 129.9
  - id: onsong-camp
    type: PLACE
    canonical: Onsong political prison camp
    level: prison_camp
    province: north-hamgyong
    country: KP
    bare: false
    aliases: [Camp 77]
    exclude: [Onsong]
  - id: tanbong-camp
    type: PLACE
    canonical: Tanbong political prison camp
    level: prison_camp
    province: north-hamgyong
    country: KP
    bare: false
    aliases: [Camp 78]
    exclude: [Tanbong]
  - id: unsan-north
    type: PLACE
    canonical: Unsan
    level: county
    province: north-pyongan
    country: KP
    shares_alias_with: [unsan-south]
  - id: unsan-south
    type: PLACE
    canonical: Unsan
    level: county
    province: south-pyongan
    country: KP
  - id: north-pyongan
    type: PLACE
    canonical: North Pyongan Province
    level: province
    country: KP
  - id: south-pyongan
    type: PLACE
    canonical: South Pyongan Province
    level: province
    country: KP
  - id: china
    type: PLACE
    canonical: China
    level: country
    country: CN
`,
  'orgs.yaml': `kind: gazetteer
entries:
  - id: mss
    type: ORG
    canonical: Ministry of State Security
    kind: security
    acronym: MSS
    valid_from: 2016
    shares_alias_with: [mosos]
    context: [spy, spies, espionage]
    default: true
    formerly:
      - { name: State Security Department, acronym: SSD, until: 2016 }
  - id: mosos
    type: ORG
    canonical: Ministry of Social Security
    kind: police
    acronym: MSS
    valid_from: 2020
    context: [police, traffic]
    formerly:
      - { name: Ministry of People's Security, acronym: MPS, until: 2020 }
  - id: meth
    type: DRUG
    canonical: methamphetamine
    class: stimulant
    aliases: [meth, { text: ice, context: [gram, grams, drugs, smoke] }]
`,
});

const pipeline = createPipeline({ rulesDir: RULES });
// the gazetteer's entities only: the pattern finders also find dates and amounts in these sentences
const ents = (text: string, published: string | null = null) =>
  pipeline.process({ id: 't', source: 't', text, published }).entities.filter((e) => e.rule.startsWith('gazetteer')).map((e) => [e.text, e.canonicalId, e.rule]);

describe('gazetteer stage', () => {
  it('takes the longest match and keeps offsets on the original text', () => {
    const text = 'Arrests in Onsŏng County, North Hamgyong Province, rose.';
    const doc = pipeline.process({ id: 't', source: 't', text });
    expect(doc.entities.map((e) => [e.text, e.canonicalId])).toEqual([
      ['Onsŏng County', 'onsong'],
      ['North Hamgyong Province', 'north-hamgyong'],
    ]);
    for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('fills the norm from the entry, with the province by name', () => {
    const doc = pipeline.process({ id: 't', source: 't', text: 'He lived in Onsong.' });
    expect(doc.entities[0]).toMatchObject({ type: 'PLACE', canonical: 'Onsong', norm: { level: 'county', province: 'North Hamgyong Province', country: 'KP', lat: 42.9, lon: 129.9, resolved: true } });
  });

  it('reads a place right before its camp in parentheses as the camp', () => {
    expect(ents('Inmates of Onsong (Camp 77) in North Hamgyong Province starved.')).toEqual([
      ['Onsong', 'onsong-camp', 'gazetteer:camp-named-by-place'], ['Camp 77', 'onsong-camp', 'gazetteer'], ['North Hamgyong Province', 'north-hamgyong', 'gazetteer'],
    ]);
    // another place's camp, or more than the camp in the parentheses: the place stays the county
    expect(ents('Inmates of Onsong (Camp 78) starved.')).toEqual([['Onsong', 'onsong', 'gazetteer'], ['Camp 78', 'tanbong-camp', 'gazetteer']]);
    expect(ents('Inmates of Onsong (near Camp 77) starved.')).toEqual([['Onsong', 'onsong', 'gazetteer'], ['Camp 77', 'onsong-camp', 'gazetteer']]);
    expect(ents('Inmates of Onsong (Camp 77 and others) starved.')).toEqual([['Onsong', 'onsong', 'gazetteer'], ['Camp 77', 'onsong-camp', 'gazetteer']]);
  });

  it('reads a place in parentheses right after its camp as the camp, "also known as" or not', () => {
    expect(ents('Inmates of Camp 77 (Onsong) starved.')).toEqual([['Camp 77', 'onsong-camp', 'gazetteer'], ['Onsong', 'onsong-camp', 'gazetteer:camp-named-by-place']]);
    expect(ents('Inmates of Camp 77 (also known as Onsong) starved.')).toEqual([['Camp 77', 'onsong-camp', 'gazetteer'], ['Onsong', 'onsong-camp', 'gazetteer:camp-named-by-place']]);
    // another camp's place, or a place not alone in the parentheses: the place stays the county
    expect(ents('Inmates of Camp 78 (Onsong) starved.')).toEqual([['Camp 78', 'tanbong-camp', 'gazetteer'], ['Onsong', 'onsong', 'gazetteer']]);
    expect(ents('Inmates of Camp 77 (near Onsong) starved.')).toEqual([['Camp 77', 'onsong-camp', 'gazetteer'], ['Onsong', 'onsong', 'gazetteer']]);
  });

  it('matches possessives and hyphenated designators', () => {
    expect(ents("Onsong's market and Onsong-gun officials")).toEqual([
      ['Onsong', 'onsong', 'gazetteer'],
      ['Onsong-gun', 'onsong', 'gazetteer'],
    ]);
  });

  it('does not match across punctuation or sentences', () => {
    expect(ents('North. Hamgyong Province is far.').map((e) => e[0])).not.toContain('North. Hamgyong Province');
  });

  it('needs a capital for a name that is an English word', () => {
    expect(ents('Goods from China arrived.')).toEqual([['China', 'china', 'gazetteer']]);
    expect(ents('She bought fine china plates.')).toEqual([]);
  });

  it('matches acronyms only in their exact case', () => {
    expect(ents('Agents of the SSD came in 2015.', '2015-06-01')).toEqual([['SSD', 'mss', 'gazetteer']]);
    expect(ents('The ssd and Ssd are not acronyms here.')).toEqual([]);
  });

  it('matches a context alias only with its context', () => {
    expect(ents('He sold 3 grams of ice.')).toEqual([['ice', 'meth', 'gazetteer']]);
    expect(ents('The ice on the river broke.')).toEqual([]);
  });

  describe('settles a shared alias', () => {
    it.each([
      ['the expansion in the article', 'The Ministry of Social Security said the MSS would act.', '2021-01-01', 'mosos', 'expansion'],
      ['the publication year', 'The MSS arrested him.', '2018-03-01', 'mss', 'date'],
      ['context words in the sentence', 'The MSS traffic police stopped him.', '2022-03-01', 'mosos', 'context'],
      ['the default', 'The MSS arrested him.', '2022-03-01', 'mss', 'default'],
    ])('by %s', (_by, text, published, id, reason) => {
      const doc = pipeline.process({ id: 't', source: 't', text, published });
      const mss = doc.entities.find((e) => e.text === 'MSS');
      expect(mss).toMatchObject({ canonicalId: id, rule: `gazetteer:shared-by-${reason}` });
    });

    it('by the province the article names, for places', () => {
      expect(ents('Unsan, in South Pyongan Province, held a meeting.')[0]).toEqual(['Unsan', 'unsan-south', 'gazetteer:shared-by-province']);
    });

    it('and leaves it unresolved when nothing decides', () => {
      expect(ents('Unsan held a meeting.')).toEqual([['Unsan', null, 'gazetteer:unresolved']]);
    });
  });
});

describe('an alias with `after`', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'orgs.yaml': `kind: gazetteer
entries:
  - id: wpk
    type: ORG
    canonical: Workers' Party of Korea
    kind: party
    aliases: [{ text: party, after: [the], context: [decisions, cadres] }]
`,
    }),
  });
  const spans = (text: string) => p.process({ id: 't', source: 't', text }).entities.map((e) => e.text);

  it('matches right after the word, leaving the word outside the span', () => {
    expect(spans("Cadres carried out the party's decisions.")).toEqual(['party']);
  });

  it.each([
    'Cadres carried out a party decision.',
    'Cadres said the new party decisions were late.',
    // a blank line ends the sentence; a single line break before lower case is a wrapped line
    'Decisions were taken. The\n\nparty cadres met.',
  ])('does not match without the word right before: %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('one name listed twice with different guards', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'places.yaml': `kind: gazetteer
entries:
  - id: us
    type: PLACE
    canonical: United States
    level: country
    country: US
    aliases:
      - { text: US, case_sensitive: true, before: [led] }
      - { text: US, case_sensitive: true, context: [sanctions] }
`,
    }),
  });
  const spans = (text: string) => p.process({ id: 't', source: 't', text }).entities.map((e) => e.text);

  it('matches under either guard', () => {
    expect(spans('They called it a US-led plot.')).toEqual(['US']);
    expect(spans('The US imposed sanctions.')).toEqual(['US']);
  });

  it('matches nowhere else', () => {
    expect(spans('The US team won.')).toEqual([]);
  });
});

describe('aliases with `not_before` and a final period', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'places.yaml': `kind: gazetteer
entries:
  - id: kp
    type: PLACE
    canonical: North Korea
    level: country
    country: KP
    aliases: [{ text: North, case_sensitive: true, after: [the], not_before: [korean, pole] }]
  - id: us
    type: PLACE
    canonical: United States
    level: country
    country: US
    aliases: [U.S.]
`,
    }),
  });
  const spans = (text: string) => p.process({ id: 't', source: 't', text }).entities.map((e) => [e.text, e.canonicalId]);

  it.each([
    ['Smugglers returned to the North at night.', [['North', 'kp']]],
    ["The North's border guards fired.", [['North', 'kp']]],
    ['Sanctions by the U.S. hurt trade.', [['U.S.', 'us']]],
    ['U.S. officials met.', [['U.S.', 'us']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'the North Korean regime said so.',
    'Explorers reached the North Pole.',
    'They drove north along the river.',
    'A North wind blew.',
  ])('finds nothing in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('aliases with `before` and `not_after`', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'places.yaml': `kind: gazetteer
entries:
  - id: cn
    type: PLACE
    canonical: China
    level: country
    country: CN
`,
      'crimes.yaml': `kind: gazetteer
entries:
  - id: illegal-border-crossing
    type: CRIME
    canonical: illegal border crossing
    aliases: [{ text: waded into, before: [china, jilin] }]
  - id: defection
    type: CRIME
    canonical: defection
    aliases: [{ text: defection, not_after: [since, after] }]
`,
    }),
  });
  const spans = (text: string) => p.process({ id: 't', source: 't', text }).entities.map((e) => [e.text, e.type]);

  it('`before`: matches right before the word, which stays outside the span and keeps its own entity', () => {
    expect(spans('Two porters waded into China at dawn.')).toEqual([['waded into', 'CRIME'], ['China', 'PLACE']]);
  });

  it.each([
    'Two porters waded into the river at dawn.',
    'Two porters waded into\nChina at dawn.',
    'The boy waded into. China was quiet.',
  ])('`before`: no match without the word right after: %j', (text) => {
    expect(spans(text).filter(([, type]) => type === 'CRIME')).toEqual([]);
  });

  it('`not_after`: matches unless one of the words comes right before', () => {
    expect(spans('He was jailed for defection.')).toEqual([['defection', 'CRIME']]);
    expect(spans('Since defection, he has lived in Seoul.')).toEqual([]);
    expect(spans('His life changed after defection to the South.')).toEqual([]);
  });

  it('a guarded alias that spells the canonical name replaces it: the canonical never matches unguarded', () => {
    expect(spans('His life changed after defection.')).toEqual([]);
  });
});

describe('guards of several words, predicates, quotation marks and coordination', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'places.yaml': `kind: gazetteer
entries:
  - id: kr
    type: PLACE
    canonical: South Korea
    level: country
    country: KR
    aliases: [the South]
`,
      'orgs.yaml': `kind: gazetteer
entries:
  - id: kcna
    type: ORG
    canonical: Korean Central News Agency
    kind: media
    aliases: [Central News]
`,
      'crimes.yaml': `kind: gazetteer
entries:
  - id: defection
    type: CRIME
    canonical: defection
    aliases: [{ text: set out for, before: [the South, South Korea], not_after: [she said] },
      { text: runaways, predicate: { words: [caught, returned, return], gap: [were, the, of, two] } }]
  - id: drug-manufacture
    type: CRIME
    canonical: drug manufacture
    aliases: [opium growers]
  - id: drug-dealing
    type: CRIME
    canonical: drug dealing
    aliases: [opium sellers]
  - id: espionage
    type: CRIME
    canonical: espionage
    aliases: [disclosure of secrets]
`,
    }),
  });
  const spans = (text: string) => p.process({ id: 't', source: 't', text }).entities.map((e) => [e.text, e.type]);
  const crimes = (text: string) => p.process({ id: 't', source: 't', text }).entities.filter((e) => e.type === 'CRIME').map((e) => [e.text, e.canonicalId]);

  it('`before` and `not_after` of several words: the words after stay outside the span', () => {
    expect(spans('Two clerks set out for the South at dawn.')).toEqual([['set out for', 'CRIME'], ['the South', 'PLACE']]);
    expect(spans('Two clerks set out for the coast at dawn.')).toEqual([]);
    expect(spans('Her aunt, she said set out for the South.').filter(([, type]) => type === 'CRIME')).toEqual([]);
  });

  it.each([
    ['The runaways were caught at the river.', [['runaways', 'defection']]],
    ['Police caught two runaways at the river.', [['runaways', 'defection']]],
    ['The return of 40 runaways was announced.', [['runaways', 'defection']]],
  ])('`predicate`: the word said of the alias, next to it or over gap words and numerals: %s', (text, expected) => {
    expect(crimes(text)).toEqual(expected);
  });

  it.each([
    'Money from runaways in the city was caught at the border.',
    'The runaways say the guards were caught.',
    'Guards caught the smugglers; runaways watched.',
  ])('`predicate`: no match where the word is said of something else: %s', (text) => {
    expect(crimes(text)).toEqual([]);
  });

  it('an offence may be split by quotation marks, offsets kept; a name may not', () => {
    const text = 'He fought the “disclosure” of secrets over the border.';
    const e = p.process({ id: 't', source: 't', text }).entities.find((x) => x.type === 'CRIME')!;
    expect([e.text, text.slice(e.start, e.end)]).toEqual(['disclosure” of secrets', 'disclosure” of secrets']);
    expect(spans('The “Central” News said so.')).toEqual([]);
  });

  it('"opium growers and sellers": a head shared by two offences gives each its own span', () => {
    expect(crimes('Opium growers and sellers were shot.')).toEqual([['Opium growers', 'drug-manufacture'], ['sellers', 'drug-dealing']]);
    expect(crimes('Opium growers and traders were shot.')).toEqual([['Opium growers', 'drug-manufacture']]);
  });
});

describe('organizations and laws in every spelling of their words (`spellings-of-<word>`)', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'spellings.yaml': `kind: lexicon
entries:
  - { id: spellings-of-labor, words: [labour] }
  - { id: spellings-of-organization, words: [organisation] }
`,
      'orgs.yaml': `kind: gazetteer
entries:
  - { id: tlo, type: ORG, kind: international, canonical: Tanbong Labor Organization }
  - { id: tanbong-labour-centre, type: ORG, kind: ngo, canonical: Tanbong Labour Institute }
  - { id: kumbong-labor-institute, type: ORG, kind: ngo, canonical: Kumbong Labor Institute, aliases: [Tanbong Labor Institute], shares_alias_with: [tanbong-labour-centre] }
  - { id: labor-law, type: LAW, canonical: Tanbong Labor Law, code: Tanbong Labor Law }
  - { id: labor-penalty, type: PENALTY, kind: labor_training, canonical: tanbong labor }
`,
    }),
  });
  const spans = (text: string) => p.process({ id: 't', source: 't', text }).entities.map((e) => [e.text, e.canonicalId]);

  it.each([
    ['The Tanbong Labour Organisation met.', 'Tanbong Labour Organisation', 'tlo'],
    ['The Tanbong Labour Organization met.', 'Tanbong Labour Organization', 'tlo'],
    ['He broke the Tanbong Labour Law.', 'Tanbong Labour Law', 'labor-law'],
  ])('%s', (text, span, id) => {
    expect(spans(text)).toEqual([[span, id]]);
  });

  it('a respelled name another entry lists as written stays that entry\'s', () => {
    expect(spans('The Tanbong Labor Institute met.')).toEqual([['Tanbong Labor Institute', 'kumbong-labor-institute']]);
  });

  it('must not match: other types list their forms one by one', () => {
    expect(spans('He was sent to tanbong labour.')).toEqual([]);
  });
});

describe("the article's outlet by its initials (#16 §2, entities9)", () => {
  it.each([
    ['The Orient News', ['TON']],
    ['U.S. Agency for Global Media', ['USAGM']],
    ['International Christian Concern', ['ICC']],
    ['The Press United (Daily NK)', ['TPU']],
    ['Daily NK', []],
  ])('%s → %j', (name, initials) => expect(outletInitials(name)).toEqual(initials));

  it('each use of the initials is the outlet, whatever the gazetteer reads in them', () => {
    const text = 'PYONGYANG, May 7, TPN: Guards were held. TPN learned more.';
    expect(found(text, 'ORG', { outlet: 'The Pyongyang Notes' })).toEqual([['TPN', 'Pyongyang Notes'], ['TPN', 'Pyongyang Notes']]);
    // "MSS" is the Ministry of State Security elsewhere
    expect(found('MSS Note: guards were held.', 'ORG', { outlet: 'Mountain State Standard' })).toEqual([['MSS', 'Mountain State Standard']]);
    expect(found('MSS agents held guards.', 'ORG')).toEqual([['MSS', 'Ministry of State Security']]);
    // an outlet the gazetteer knows by name takes its canonical
    expect(found('The RFA source said so.', 'ORG', { outlet: 'Radio Free Asia' })).toEqual([['RFA', 'Radio Free Asia']]);
  });

  it('without the outlet, or in lower case, the letters are no outlet', () => {
    expect(found('PYONGYANG, May 7, TPN: Guards were held.', 'ORG')).toEqual([]);
    expect(found('The tpn code was read out.', 'ORG', { outlet: 'The Pyongyang Notes' })).toEqual([]);
  });
});

describe("a dateline's place in capitals (entities12)", () => {
  it('needs no guard word: the capitals and the line say it is a place', () => {
    // Geneva is also an English word (the gin), Washington a guarded name
    expect(found('GENEVA (3 May 2019) – Experts on the camps warned.', 'PLACE')).toEqual([['GENEVA', 'Geneva']]);
    expect(found('WASHINGTON, May 3 (Harbor) -- Experts warned again.', 'PLACE')).toEqual([['WASHINGTON', 'Washington']]);
  });
  it('not inside a line, not before another word', () => {
    expect(found('Experts said so. WASHINGTON, they added, was silent.', 'PLACE')).toEqual([]);
    expect(found('GENEVA CONVENTIONS, the treaties of war, bind the state.', 'PLACE')).toEqual([]);
  });
});
