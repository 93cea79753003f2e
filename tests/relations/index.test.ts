/**
 * The engine's mechanics, with small patterns written here: pairings, lists, before/after,
 * containment and conflicts, sentence boundaries, order and numbering. What the repository's
 * patterns extract is in rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile.js';
import { canContain, conflicts, findRelations } from '../../src/relations/index.js';
import type { EntityOf } from '../../src/types.js';
import { rulesDir } from '../helpers.js';
import { buildDoc, date, drug, law, money, org, penalty, person, place, quantity, relationsOf } from './build.js';

const rules = compileRules(rulesDir({
  'words.yaml': `kind: lexicon
entries:
  - id: units
    words: [branch, branches, office]
`,
  'relations.yaml': `kind: relations
entries:
  - id: in
    relation: located_in
    subject: PLACE
    object: PLACE
    order: subject-first
    between: ["in"]
    lists: respectively
    list_after: [",? respectively", "provinces"]
  - id: comma-closed
    relation: located_in
    subject: PLACE
    object: PLACE
    order: subject-first
    between: [","]
    after: [",|.", "<end>"]
  - id: possessive
    relation: located_in
    subject: PLACE
    object: PLACE
    order: object-first
    between: ["'s"]
  - id: unit-of
    relation: based_in
    subject: ORG
    object: PLACE
    order: object-first
    between: ["{units} of the?"]
    lists: distribute
  - id: branches-of-in
    relation: based_in
    subject: ORG
    object: PLACE
    order: subject-first
    before: ["{units} of the?"]
    between: ["in"]
    lists: distribute
  - id: provincial
    relation: based_in
    subject: ORG
    object: PLACE
    object_levels: [province]
    anywhere_in_sentence: true
    before: ["provincial"]
  - id: reporter
    relation: affiliated_with
    subject: PERSON
    object: ORG
    object_kinds: [media]
    anywhere_in_sentence: true
    before: ["reporter"]
  - id: opening-agent
    relation: affiliated_with
    subject: PERSON
    object: ORG
    order: object-first
    before: ["<start> an?"]
    between: ["agent ,"]
  - id: agent-posted
    relation: affiliated_with
    subject: PERSON
    object: ORG
    order: subject-first
    between: [", an?"]
    after: ["agent in <PLACE> ,|."]
  - id: in-last
    relation: based_in
    subject: ORG
    object: PLACE
    order: subject-first
    between: ["in"]
    after: ["last week"]
  - id: based
    relation: based_in
    subject: ORG
    object: PLACE
    order: object-first
    between: ["- based"]
    not_before: ["<PLACE> ,", "<start> from"]
  - id: of
    relation: quantity_of
    subject: QUANTITY
    object: DRUG
    order: subject-first
    between: ["of"]
  - id: of-twin
    relation: quantity_of
    subject: QUANTITY
    object: DRUG
    order: subject-first
    between: ["of"]
  - id: sets
    relation: penalty_for
    subject: LAW
    object: PENALTY
    order: subject-first
    near: { max_words: 8, words: [sets, carries], unless: [not], skip: [LAW, DATE] }
    lists: distribute
    list_joiners: ["and allows"]
  - id: provides-all
    relation: penalty_for
    subject: LAW
    object: PENALTY
    order: subject-first
    near: { all: true, max_words: 12, words: ["<start> provides"], unless: [";"], skip: [CRIME] }
  - id: all-under
    relation: penalty_for
    subject: LAW
    object: PENALTY
    order: object-first
    near: { max_words: 8, words: ["all|both under <end>"], unless: [";"], skip: [PENALTY] }
  - id: in-place-for
    relation: price_of
    subject: MONEY
    object: DRUG
    order: object-first
    between: ["in <PLACE> for"]
    subject_restatement: ["about?"]
  - id: sells
    relation: price_of
    subject: MONEY
    object: DRUG
    order: object-first
    between: ["sells for"]
    lists: none
`,
}));

const rel = (sentences: string[], specs: Parameters<typeof buildDoc>[1]) => relationsOf(buildDoc(sentences, specs), rules);

describe('between: neighbouring entities and the whole gap', () => {
  const must: [string, Parameters<typeof buildDoc>[1], string[]][] = [
    ['Hamhung in South Hamgyong Province grew.', [place('Hamhung'), place('South Hamgyong Province')], ['located_in Hamhung -> South Hamgyong Province']],
    ['Ryanggang Province\'s Hyesan grew.', [place('Ryanggang Province'), place('Hyesan')], ['located_in Hyesan -> Ryanggang Province']],
    ['Hamhung (formerly Hamheung) in South Hamgyong Province grew.', [place('Hamhung'), place('South Hamgyong Province')], ['located_in Hamhung -> South Hamgyong Province']],
    ['The Yanggang Province office of the Ministry of State Security.', [place('Yanggang Province'), org('Ministry of State Security', 'security')], ['based_in Ministry of State Security -> Yanggang Province']],
  ];
  it.each(must)('%s', (s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  const mustNot: [string, Parameters<typeof buildDoc>[1]][] = [
    ['Hyesan is not in North Hamgyong Province.', [place('Hyesan'), place('North Hamgyong Province')]],
    ['They moved from Hyesan to Hamhung.', [place('Hyesan'), place('Hamhung')]],
    ['From Hyesan in March to Hamhung.', [place('Hyesan'), date('March'), place('Hamhung')]],
    // the object must be a larger kind of place
    ['Hamhung in Hyesan.', [place('Hamhung'), place('Hyesan')]],
    ['South Pyongan Province in Hamhung.', [place('South Pyongan Province'), place('Hamhung')]],
    // an unresolved place of unknown size holds nothing
    ['Hyesan in Kapsan.', [place('Hyesan'), place('Kapsan', null)]],
    // wrong types in the right gap
    ['Kim Chol in South Hamgyong Province.', [person('Kim Chol'), place('South Hamgyong Province')]],
  ];
  it.each(mustNot)('nothing in: %s', (s, specs) => expect(rel([s], specs)).toEqual([]));

  it('never pairs across a sentence boundary', () => {
    expect(rel(['They went to Hamhung.', 'In South Hamgyong Province it rained.'], [place('Hamhung'), place('South Hamgyong Province')])).toEqual([]);
  });

  it('takes an unresolved place of unknown level as contained, and never flags it', () => {
    expect(rel(['Kapsan in Ryanggang Province grew.'], [place('Kapsan', null), place('Ryanggang Province')])).toEqual(['located_in Kapsan -> Ryanggang Province']);
  });
});

describe('after and before', () => {
  it.each([
    ['Dandong, China, is a border city.', ['located_in Dandong -> China']],
    ['Dandong, China.', ['located_in Dandong -> China']],
    ['Dandong, China', ['located_in Dandong -> China']],
    ['In Dandong, China is building a bridge.', []],
  ])('%s', (s, expected) => {
    expect(rel([s], [place('Dandong'), place('China')])).toEqual(expected);
  });

  it('does not take the edge of the after window for the sentence end', () => {
    const far = `Dandong, China${' '.repeat(250)}builds.`;
    expect(rel([far], [place('Dandong'), place('China')])).toEqual([]);
  });

  it('with <start>, takes a before phrase only where the sentence begins', () => {
    const specs = [org('Ministry of State Security', 'security'), person('Kim Chol')];
    expect(rel(['An Ministry of State Security agent, Kim Chol fled.'], specs)).toEqual(['affiliated_with Kim Chol -> Ministry of State Security']);
    expect(rel(['Ministry of State Security agent, Kim Chol fled.'], specs)).toEqual(['affiliated_with Kim Chol -> Ministry of State Security']);
    expect(rel(['It rained.', 'An Ministry of State Security agent, Kim Chol fled.'], specs)).toEqual(['affiliated_with Kim Chol -> Ministry of State Security']);
    expect(rel(['After an Ministry of State Security agent, Kim Chol fled.'], specs)).toEqual([]);
    expect(rel([`${'word '.repeat(30)}an Ministry of State Security agent, Kim Chol fled.`], specs)).toEqual([]);
  });

  it('reads an entity after the last one as a <TYPE> item in an after phrase that names one, and as its words otherwise', () => {
    const agent = [person('Kim Chol'), org('MSS', 'security', 'Ministry of State Security')];
    expect(rel(['Kim Chol, an MSS agent in Hyesan, fled.'], [...agent, place('Hyesan')])).toEqual(['affiliated_with Kim Chol -> MSS']);
    expect(rel(['Kim Chol, an MSS agent in Hyesan.'], [...agent, place('Hyesan')])).toEqual(['affiliated_with Kim Chol -> MSS']);
    // no place entity there, or the place not closed
    expect(rel(['Kim Chol, an MSS agent in the south, fled.'], agent)).toEqual([]);
    expect(rel(['Kim Chol, an MSS agent in Hyesan City Hall, fled.'], [...agent, place('Hyesan')])).toEqual([]);
    // a phrase naming no entity reads the words of one: "last week" is a DATE
    const mss = org('Ministry of State Security', 'security');
    expect(rel(['The Ministry of State Security in Hyesan last week acted.'], [mss, place('Hyesan'), date('last week')])).toEqual(['based_in Ministry of State Security -> Hyesan']);
  });

  it('checks before against the words ending right at the first entity', () => {
    const specs = [org('Ministry of Social Security', 'police'), place('Hyesan')];
    expect(rel(['The branches of the Ministry of Social Security in Hyesan.'], specs)).toEqual(['based_in Ministry of Social Security -> Hyesan']);
    expect(rel(['The head of the Ministry of Social Security in Hyesan.'], specs)).toEqual([]);
  });
});

describe('near: all', () => {
  it('pairs every partner within reach, the ones met on the way standing between; a veto or another entity ends it', () => {
    const specs = [law('Code'), penalty('death'), penalty('10 years')];
    expect(rel(['Code provides death for dealers, 10 years for users.'], specs)).toEqual(['penalty_for Code -> death', 'penalty_for Code -> 10 years']);
    expect(rel(['Code provides death for dealers; 10 years for users.'], specs)).toEqual(['penalty_for Code -> death']);
    expect(rel(['Code provides death for dealers in Hyesan, 10 years for users.'], [law('Code'), penalty('death'), place('Hyesan'), penalty('10 years')])).toEqual(['penalty_for Code -> death']);
    expect(rel(['Code provides death for dealers and for the many others who help them, and 10 years for users.'], specs)).toEqual(['penalty_for Code -> death']);
    // without all, the first partner only (sets: max 8 words)
    expect(rel(['Code sets death for dealers, 10 years for users.'], specs)).toEqual(['penalty_for Code -> death']);
  });
});

describe('not_before', () => {
  it('vetoes a phrase ending right before the first entity, an entity there read as its <TYPE> item', () => {
    const dnk = org('Daily NK', 'media');
    expect(rel(['The Seoul-based Daily NK reported.'], [place('Seoul', 'special_city'), dnk])).toEqual(['based_in Daily NK -> Seoul']);
    expect(rel(['In 2010, Japan-based Daily NK reported.'], [date('2010'), place('Japan'), dnk])).toEqual(['based_in Daily NK -> Japan']);
    expect(rel(['The Tokyo, Japan-based Daily NK reported.'], [place('Tokyo', 'city'), place('Japan'), dnk])).toEqual([]);
    // a word of the text never stands for an entity, and <start> holds only at the sentence start
    expect(rel(['The place, Japan-based Daily NK reported.'], [place('Japan'), dnk])).toEqual(['based_in Daily NK -> Japan']);
    expect(rel(['From Japan-based Daily NK came news.'], [place('Japan'), dnk])).toEqual([]);
    expect(rel(['News from Japan-based Daily NK came.'], [place('Japan'), dnk])).toEqual(['based_in Daily NK -> Japan']);
  });
});

describe('lists', () => {
  const must: [string, string, Parameters<typeof buildDoc>[1], string[]][] = [
    ['respectively: equal counts pair in order', 'Hamhung and Sunchon in South Hamgyong and South Pyongan provinces grew.',
      [place('Hamhung'), place('Sunchon'), place('South Hamgyong'), place('South Pyongan')],
      ['located_in Hamhung -> South Hamgyong', 'located_in Sunchon -> South Pyongan']],
    ['respectively: three and three, with commas', 'Hamhung, Sunchon, and Hyesan in South Hamgyong, South Pyongan and Ryanggang Province, respectively.',
      [place('Hamhung'), place('Sunchon'), place('Hyesan'), place('South Hamgyong'), place('South Pyongan'), place('Ryanggang Province')],
      ['located_in Hamhung -> South Hamgyong', 'located_in Sunchon -> South Pyongan', 'located_in Hyesan -> Ryanggang Province']],
    ['a place and a place holding it are not a list', 'Hyesan, Ryanggang Province and Hamhung in South Hamgyong Province.',
      [place('Hyesan'), place('Ryanggang Province'), place('Hamhung'), place('South Hamgyong Province')],
      ['located_in Hamhung -> South Hamgyong Province']],
    ['places of different sizes are not a list', 'Pyongyang and Hyesan in Ryanggang Province.',
      [place('Pyongyang'), place('Hyesan'), place('Ryanggang Province')],
      ['located_in Hyesan -> Ryanggang Province']],
    ['distribute: one organization, two places', 'The branches of the Ministry of Social Security in South Hamgyong Province and South Pyongan Province.',
      [org('Ministry of Social Security', 'police'), place('South Hamgyong Province'), place('South Pyongan Province')],
      ['based_in Ministry of Social Security -> South Hamgyong Province', 'based_in Ministry of Social Security -> South Pyongan Province']],
    ['distribute: two places, one organization', 'The Hyesan and Pyongsong office of the Ministry of State Security.',
      [place('Hyesan'), place('Pyongsong'), org('Ministry of State Security', 'security')],
      ['based_in Ministry of State Security -> Hyesan', 'based_in Ministry of State Security -> Pyongsong']],
    ['distribute: a list of laws shares the penalty', 'Article 208 (drug sales) and Article 206 (opium growing) sets death.',
      [law('Article 208'), law('Article 206'), penalty('death')],
      ['penalty_for Article 208 -> death', 'penalty_for Article 206 -> death']],
  ];
  it.each(must)('%s', (_, s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  const mustNot: [string, string, Parameters<typeof buildDoc>[1]][] = [
    ['respectively: two places in one province', 'Hamhung and Sunchon in South Pyongan Province grew.',
      [place('Hamhung'), place('Sunchon'), place('South Pyongan Province')]],
    ['respectively: one place in two provinces', 'Hamhung in South Hamgyong and South Pyongan provinces grew.',
      [place('Hamhung'), place('South Hamgyong'), place('South Pyongan')]],
    ['respectively: only where the words after the list say so', 'Hamhung and Sunchon in South Hamgyong and South Pyongan grew.',
      [place('Hamhung'), place('Sunchon'), place('South Hamgyong'), place('South Pyongan')]],
    ['respectively: all pairs or none', 'Hamhung and Sunchon in South Hamgyong and Hyesan, respectively.',
      [place('Hamhung'), place('Sunchon'), place('South Hamgyong'), place('Hyesan', 'city')]],
    ['distribute: lists on both sides', 'The Hyesan and Pyongsong office of the Ministry of State Security and the Ministry of Social Security.',
      [place('Hyesan'), place('Pyongsong'), org('Ministry of State Security', 'security'), org('Ministry of Social Security', 'police')]],
    ['none: a list on one side', 'Meth and ice sells for 100 yuan.', [drug('Meth'), drug('ice'), money('100 yuan')]],
  ];
  it.each(mustNot)('nothing: %s', (_, s, specs) => expect(rel([s], specs)).toEqual([]));
});

describe('near: the first partner within a few words', () => {
  it.each([
    ['Article 60 carries up to 10 years.', [law('Article 60'), penalty('10 years')], ['penalty_for Article 60 -> 10 years']],
    ['Article 60, revised in 2015, sets 10 years.', [law('Article 60'), date('2015'), penalty('10 years')], ['penalty_for Article 60 -> 10 years']],
    ['Article 60 carries 10 years or death.', [law('Article 60'), penalty('10 years'), penalty('death')], ['penalty_for Article 60 -> 10 years', 'penalty_for Article 60 -> death']],
  ] as [string, Parameters<typeof buildDoc>[1], string[]][])('%s', (s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  it.each([
    ['no trigger word', 'Article 60 was cited alongside 10 years.', [law('Article 60'), penalty('10 years')]],
    ['a veto word', 'Article 60 does not carry or set 10 years.', [law('Article 60'), penalty('10 years')]],
    ['too far', 'Article 60 sets out many rules that one two three four five six about 10 years.', [law('Article 60'), penalty('10 years')]],
    ['an entity that may not stand between', 'Article 60 sets rules for Hyesan with 10 years.', [law('Article 60'), place('Hyesan'), penalty('10 years')]],
    ['the partner comes first', '10 years sets Article 60.', [penalty('10 years'), law('Article 60')]],
  ] as [string, string, Parameters<typeof buildDoc>[1]][])('nothing: %s', (_, s, specs) => expect(rel([s], specs)).toEqual([]));
});

describe('entities in the gap: <TYPE> items, and what parentheses hide', () => {
  it.each([
    ['an entity item takes one entity of its type', 'Ice in Hyesan for 100 yuan.', [drug('Ice'), place('Hyesan'), money('100 yuan')], ['price_of 100 yuan -> Ice']],
    ['an entity in parentheses is not read', 'Hamhung (Hamheung) in South Hamgyong Province grew.',
      [place('Hamhung'), place('Hamheung', 'city'), place('South Hamgyong Province')], ['located_in Hamhung -> South Hamgyong Province']],
    ['near passes over an entity in parentheses', 'Article 60 (the Hyesan ruling) sets 10 years.', [law('Article 60'), place('Hyesan'), penalty('10 years')], ['penalty_for Article 60 -> 10 years']],
    ['near counts an entity as one word', 'Article 60, revised on the fourteenth of September two thousand and fifteen, sets 10 years.',
      [law('Article 60'), date('the fourteenth of September two thousand and fifteen'), penalty('10 years')], ['penalty_for Article 60 -> 10 years']],
  ] as [string, string, Parameters<typeof buildDoc>[1], string[]][])('%s', (_, s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  it.each([
    ['two entities for one item', 'Ice in Hyesan and Hamhung for 100 yuan.', [drug('Ice'), place('Hyesan'), place('Hamhung'), money('100 yuan')]],
    ['an entity of another type', 'Ice in Kim Chol for 100 yuan.', [drug('Ice'), person('Kim Chol'), money('100 yuan')]],
  ] as [string, string, Parameters<typeof buildDoc>[1]][])('nothing: %s', (_, s, specs) => expect(rel([s], specs)).toEqual([]));

  it('pairs no farther than the phrase reaches: without entity items, only neighbours', () => {
    expect(rel(['Hamhung in Hyesan in South Hamgyong Province.'], [place('Hamhung', 'town'), place('Hyesan', 'district'), place('South Hamgyong Province')]))
      .toEqual(['located_in Hamhung -> Hyesan', 'located_in Hyesan -> South Hamgyong Province']);
  });
});

describe('a subject restated in parentheses', () => {
  const ice = (s: string, ...rest: Parameters<typeof buildDoc>[1]) => rel([s], [drug('Ice'), place('Hyesan'), money('100 yuan'), ...rest]);
  it.each([
    ['Ice in Hyesan for 100 yuan (15 USD).', [money('15 USD')], ['price_of 100 yuan -> Ice', 'price_of 15 USD -> Ice']],
    ['Ice in Hyesan for 100 yuan (about 15 USD), they said.', [money('15 USD')], ['price_of 100 yuan -> Ice', 'price_of 15 USD -> Ice']],
    // only the words the pattern allows may stand before the restatement, and nothing after it
    ['Ice in Hyesan for 100 yuan (roughly 15 USD).', [money('15 USD')], ['price_of 100 yuan -> Ice']],
    ['Ice in Hyesan for 100 yuan (15 USD at the official rate).', [money('15 USD')], ['price_of 100 yuan -> Ice']],
    ['Ice in Hyesan for 100 yuan, (15 USD).', [money('15 USD')], ['price_of 100 yuan -> Ice']],
    // of the subject's type only
    ['Ice in Hyesan for 100 yuan (5 grams).', [quantity('5 grams')], ['price_of 100 yuan -> Ice']],
  ] as [string, Parameters<typeof buildDoc>[1], string[]][])('%s', (s, rest, expected) => expect(ice(s, ...rest)).toEqual(expected));

  it('only where the pattern says so', () => {
    expect(rel(['Ice sells for 100 yuan (15 USD).'], [drug('Ice'), money('100 yuan'), money('15 USD')])).toEqual(['price_of 100 yuan -> Ice']);
  });
});

describe('list joiners and near phrases', () => {
  it.each([
    ['a pattern joiner makes a list', 'Article 60 carries 10 years and allows death.', [law('Article 60'), penalty('10 years'), penalty('death')],
      ['penalty_for Article 60 -> 10 years', 'penalty_for Article 60 -> death']],
    ['only the joiner as written', 'Article 60 carries 10 years and then allows death.', [law('Article 60'), penalty('10 years'), penalty('death')],
      ['penalty_for Article 60 -> 10 years']],
    ['a near phrase ending at the partner', '10 years and his partner 5 years, all under Article 208.', [penalty('10 years'), penalty('5 years'), law('Article 208')],
      ['penalty_for Article 208 -> 10 years', 'penalty_for Article 208 -> 5 years']],
    ['a near phrase elsewhere in the gap', '10 years, all under way, for Article 208.', [penalty('10 years'), law('Article 208')], []],
    ['a near veto phrase', '10 years; 5 years, all under Article 208.', [penalty('10 years'), penalty('5 years'), law('Article 208')],
      ['penalty_for Article 208 -> 5 years']],
  ] as [string, string, Parameters<typeof buildDoc>[1], string[]][])('%s', (_, s, specs, expected) => expect(rel([s], specs)).toEqual(expected));
});

describe('anywhere in the sentence: the one entity of its kind', () => {
  it.each([
    ['A source in North Hamgyong Province said the provincial Ministry of State Security acted.',
      [place('North Hamgyong Province'), org('Ministry of State Security', 'security')], ['based_in Ministry of State Security -> North Hamgyong Province']],
    ['Daily NK spoke with reporter Kim Chol; Daily NK ran it.',
      [org('Daily NK', 'media'), person('Kim Chol'), org('Daily NK', 'media')], ['affiliated_with Kim Chol -> Daily NK']],
  ] as [string, Parameters<typeof buildDoc>[1], string[]][])('%s', (s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  it('picks the nearest mention of the one entity', () => {
    const doc = buildDoc(['Daily NK said reporter Kim Chol of Daily NK wrote it.'], [org('Daily NK', 'media'), person('Kim Chol'), org('Daily NK', 'media')]);
    expect(findRelations(doc, rules.relations)[0]).toMatchObject({ subject: 'e2', object: 'e3' });
  });

  it.each([
    ['two provinces', 'A source in Ryanggang Province said the provincial Ministry of State Security in North Hamgyong Province acted.',
      [place('Ryanggang Province'), org('Ministry of State Security', 'security'), place('North Hamgyong Province')]],
    ['no province, only a city', 'In Hyesan the provincial Ministry of State Security acted.', [place('Hyesan'), org('Ministry of State Security', 'security')]],
    ['the trigger word is missing', 'A source in North Hamgyong Province said the Ministry of State Security acted.',
      [place('North Hamgyong Province'), org('Ministry of State Security', 'security')]],
    ['two outlets', 'Daily NK reporter Kim Chol told Radio Free Asia.', [org('Daily NK', 'media'), person('Kim Chol'), org('Radio Free Asia', 'media')]],
    ['the organization is not an outlet', 'The Ministry of Unification met reporter Kim Chol.', [org('Ministry of Unification', 'state'), person('Kim Chol')]],
    ['the province is in another sentence', 'A source is in North Hamgyong Province. The provincial Ministry of State Security acted.',
      [place('North Hamgyong Province'), org('Ministry of State Security', 'security')]],
  ] as [string, string, Parameters<typeof buildDoc>[1]][])('nothing: %s', (_, s, specs) => {
    const sentences = s.split(/(?<=\.) /);
    expect(rel(sentences, specs)).toEqual([]);
  });
});

describe('conflicts with the gazetteer', () => {
  it.each([
    ['Hoeryong in South Hamgyong Province grew.', [place('Hoeryong'), place('South Hamgyong Province')], ['located_in Hoeryong -> South Hamgyong Province !']],
    ['Hoeryong in North Hamgyong Province grew.', [place('Hoeryong'), place('North Hamgyong Province')], ['located_in Hoeryong -> North Hamgyong Province']],
    ['Hyesan, China.', [place('Hyesan'), place('China')], ['located_in Hyesan -> China !']],
    ['Dandong, China.', [place('Dandong'), place('China')], ['located_in Dandong -> China']],
    ['Dandong in South Pyongan Province grew.', [place('Dandong'), place('South Pyongan Province')], ['located_in Dandong -> South Pyongan Province !']],
    ['Hoeryong in Kapsan Province grew.', [place('Hoeryong'), place('Kapsan Province', 'province')], ['located_in Hoeryong -> Kapsan Province']],
    ['Kapsan in South Hamgyong Province grew.', [place('Kapsan', 'county'), place('South Hamgyong Province')], ['located_in Kapsan -> South Hamgyong Province']],
  ] as [string, Parameters<typeof buildDoc>[1], string[]][])('%s', (s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  it('compares sizes and provinces through the norms', () => {
    const [city, prov, country] = buildDoc(['Hyesan Ryanggang Province North Korea'], [place('Hyesan'), place('Ryanggang Province'), place('North Korea')]).entities as EntityOf<'PLACE'>[];
    expect([canContain(prov!, city!), canContain(city!, prov!), canContain(country!, prov!), canContain(prov!, prov!)]).toEqual([true, false, true, false]);
    expect([conflicts(city!, prov!), conflicts(city!, country!)]).toEqual([false, false]);
  });
});

describe('relations that cannot hold: rivers and regions in a city, what spans provinces in a province', () => {
  // a known river the gazetteer puts in no province: it runs along several
  const spanning = (text: string, level: 'river' | 'mountain' | 'lake'): Parameters<typeof buildDoc>[1][number] => ({
    type: 'PLACE', text, canonical: text, canonicalId: `kp-${text.toLowerCase().replace(/\W+/g, '-')}`, rule: 'test',
    norm: { level, province: null, country: 'KP', lat: null, lon: null, resolved: true },
  });
  it.each([
    ['Boats on the Pomun River in North Korea sank.', [spanning('Pomun River', 'river'), place('North Korea')], ['located_in Pomun River -> North Korea']],
    ['Boats on the Pomun River in Ryanggang Province sank.', [spanning('Pomun River', 'river'), place('Ryanggang Province')], []],
    ['Hikers on Mount Kalbong in Ryanggang Province froze.', [spanning('Mount Kalbong', 'mountain'), place('Ryanggang Province')], []],
    ['Boats on the Sodu River in Ryanggang Province sank.', [place('Sodu River', 'river'), place('Ryanggang Province')], ['located_in Sodu River -> Ryanggang Province']],
    ['Boats on the Sodu River in Hyesan sank.', [place('Sodu River', 'river'), place('Hyesan')], []],
    ['Farms of the Sodu region in Hyesan failed.', [place('Sodu region', 'region'), place('Hyesan')], []],
    ['Farms in Sodu-ri in Hyesan failed.', [place('Sodu-ri', 'village'), place('Hyesan')], ['located_in Sodu-ri -> Hyesan']],
    // a mountain or a lake sits in one unit, a city or a county
    ['Hotels on Mount Sodu in Hyesan opened.', [place('Mount Sodu', 'mountain'), place('Hyesan')], ['located_in Mount Sodu -> Hyesan']],
    ['Boats on Lake Sodu in Samsu County sank.', [place('Lake Sodu', 'lake'), place('Samsu County')], ['located_in Lake Sodu -> Samsu County']],
    ['Hikers on Mount Kalbong in Hyesan froze.', [spanning('Mount Kalbong', 'mountain'), place('Hyesan')], []],
  ] as [string, Parameters<typeof buildDoc>[1], string[]][])('%s', (s, specs, expected) => expect(rel([s], specs)).toEqual(expected));

  // a region the gazetteer knows is sized by what holds it: a prefecture holds cities, a part of a country provinces
  const region = (text: string, province: string | null, country: string | null): Parameters<typeof buildDoc>[1][number] => ({
    type: 'PLACE', text, canonical: text, canonicalId: `region-${text.toLowerCase().replace(/\W+/g, '-')}`, rule: 'test',
    norm: { level: 'region', province, country, lat: null, lon: null, resolved: true },
  });
  it.each([
    ['Traders in Yanji in Tanbong Prefecture were held.', [place('Yanji'), region('Tanbong Prefecture', 'Jilin Province', 'CN')], ['located_in Yanji -> Tanbong Prefecture']],
    ['Farms of Tanbong Prefecture in Jilin Province failed.', [region('Tanbong Prefecture', 'Jilin Province', 'CN'), place('Jilin Province')], ['located_in Tanbong Prefecture -> Jilin Province']],
    ['Farms of Jilin Province in Tanbong Prefecture failed.', [place('Jilin Province'), region('Tanbong Prefecture', 'Jilin Province', 'CN')], []],
    ['Farms of Jilin Province in Northeast Tanbong failed.', [place('Jilin Province'), region('Northeast Tanbong', null, 'CN')], ['located_in Jilin Province -> Northeast Tanbong']],
    ['Farms of China in Northeast Tanbong failed.', [place('China'), region('Northeast Tanbong', null, 'CN')], []],
    // a region in no country, and one the gazetteer does not know, hold no province
    ['Farms of Jilin Province in East Tanbong failed.', [place('Jilin Province'), region('East Tanbong', null, null)], []],
    ['Farms of Jilin Province in the Tanbong region failed.', [place('Jilin Province'), place('Tanbong region', 'region')], []],
  ] as [string, Parameters<typeof buildDoc>[1], string[]][])('%s', (s, specs, expected) => expect(rel([s], specs)).toEqual(expected));
});

describe('the relations of a document', () => {
  const doc = buildDoc(
    ['He sold 500 grams of meth in Hyesan.', 'Smugglers in Hamhung in South Hamgyong Province paid.'],
    [quantity('500 grams'), drug('meth'), place('Hyesan'), place('Hamhung'), place('South Hamgyong Province')],
  );
  const relations = findRelations(doc, rules.relations);

  it('gives ids in order, the sentence, its text as evidence, the pattern and no conflict', () => {
    expect(relations).toEqual([
      { id: 'r1', type: 'quantity_of', subject: 'e1', object: 'e2', sentence: 0, evidence: 'He sold 500 grams of meth in Hyesan.', rule: 'of', conflict: false },
      { id: 'r2', type: 'located_in', subject: 'e4', object: 'e5', sentence: 1, evidence: 'Smugglers in Hamhung in South Hamgyong Province paid.', rule: 'in', conflict: false },
    ]);
  });

  it('states a relation once, named by the first pattern that finds it', () => {
    expect(relations.filter((r) => r.type === 'quantity_of').map((r) => r.rule)).toEqual(['of']);
  });

  it('orders relations by position within a sentence, whatever the pattern order', () => {
    const two = buildDoc(['Kim Chol met reporter Pak Yong of Daily NK; 3 grams of ice.'], [person('Kim Chol'), person('Pak Yong'), org('Daily NK', 'media'), quantity('3 grams'), drug('ice')]);
    expect(relationsOf(two, rules)).toEqual(['affiliated_with Pak Yong -> Daily NK', 'quantity_of 3 grams -> ice']);
  });
});
