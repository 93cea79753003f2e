import { describe, expect, it } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { createPipeline } from '../../src/pipeline.js';
import { extract, rulesDir } from '../helpers.js';

const orgs = (text: string): EntityOf<'ORG'>[] =>
  extract(text).entities.filter((e): e is EntityOf<'ORG'> => e.type === 'ORG');
/** [text, kind] of each organization the gazetteer does not know. */
const found = (text: string) => orgs(text).filter((o) => o.canonicalId === null).map((o) => [o.text, o.norm.kind]);

describe('organizations known by a head word', () => {
  it.each([
    ['Students of Tanbong Medical University were sent to farms.', 'Tanbong Medical University', 'state'],
    ['The Seoul Journalists Association condemned the trial.', 'Seoul Journalists Association', 'ngo'],
    ['A statement by Hanmaeum Solidarity was released on Monday.', 'Hanmaeum Solidarity', 'ngo'],
    ['Workers at the Ponghwa Textile Factory were questioned.', 'Ponghwa Textile Factory', 'company'],
    ['The Korea Bright Trading Company imported the chemicals.', 'Korea Bright Trading Company', 'company'],
    ['According to the Pyongwa Ilbo, the trial was held in public.', 'Pyongwa Ilbo', 'media'],
    ['The Bureau of Tanbong Foreign Trade approved the sale.', 'Bureau of Tanbong Foreign Trade', 'state'],
    ['Officials of the Committee for Tanbong Reconstruction attended.', 'Committee for Tanbong Reconstruction', 'state'],
  ])('%s', (text, mention, kind) => {
    expect(found(text)).toEqual([[mention, kind]]);
  });

  it('keeps the name as written for canonical, with canonicalId null', () => {
    const [o] = orgs('Students of Tanbong Medical University were sent to farms.');
    expect(o).toMatchObject({ canonical: 'Tanbong Medical University', canonicalId: null });
  });

  it("runs on through a common noun's possessive inside the name", () => {
    expect(found("Members of the Tanbong People's Solidarity were questioned.")).toEqual([["Tanbong People's Solidarity", 'ngo']]);
    expect(found("Musong People's Liberation Front chief Pak Yong spoke.")).toEqual([["Musong People's Liberation Front", 'ngo']]);
    // a head word's possessive owns what follows: a unit, or no name at all
    expect(found("The Tanbong Daily's Seoul Bureau reported it.")).toEqual([['Tanbong Daily', 'media']]);
  });

  it('straightens a curly apostrophe in the canonical, keeping the text as written', () => {
    const [o] = orgs('Members of the Tanbong Farmers\u2019 Solidarity were questioned.');
    expect(o).toMatchObject({ text: 'Tanbong Farmers\u2019 Solidarity', canonical: "Tanbong Farmers' Solidarity", canonicalId: null });
    const [plain] = orgs("Members of the Tanbong Farmers' Solidarity were questioned.");
    expect(plain).toMatchObject({ text: "Tanbong Farmers' Solidarity", canonical: "Tanbong Farmers' Solidarity" });
  });

  it('keeps offsets: the entity text is the slice of the article', () => {
    const text = 'Yesterday the Seoul Journalists Association condemned it.';
    for (const o of orgs(text)) expect(text.slice(o.start, o.end)).toBe(o.text);
  });

  it('reads an acronym in parentheses as a mention of its own, and its later uses', () => {
    const text = 'The Seoul Journalists Association (SJA) condemned the trial. The SJA called it unfair.';
    expect(orgs(text).map((o) => [o.text, o.canonical, o.norm.acronym])).toEqual([
      ['Seoul Journalists Association', 'Seoul Journalists Association', 'SJA'],
      ['SJA', 'Seoul Journalists Association', 'SJA'],
      ['SJA', 'Seoul Journalists Association', 'SJA'],
    ]);
  });
});

describe('must not match', () => {
  it.each([
    // a head word alone, or with generic words only
    ['The Ministry said nothing.'],
    ['The Provincial Security Bureau arrested him.'],
    ['Local Party Committee officials attended.'],
    // a place with generic words before a local head: a local unit of a generic kind
    ['The Hyesan Security Bureau arrested him.'],
    ['The Musan County Court sentenced him.'],
    // lower case
    ['the journalists association of the town met.'],
    // a unit of a named organization
    ["Radio Free Asia's Korean Service reported it."],
    // phrases listed as never organizations
    ['He fought in the Korean War.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('words joined by a slash are not one name', () => {
    // alone on a line, "Photo/Tanbong Daily" is a photo credit (furniture); inside a sentence the slash still splits
    expect(found('Editors of Photo/Tanbong Daily were held.')).toEqual([['Tanbong Daily', 'media']]);
  });

  it('after "-based", a name of generic words and a head is an organization', () => {
    expect(found('Two reporters for Tanbong-based Current TV were held.')).toEqual([['Current TV', 'media']]);
    // not without "-based", nor a head alone
    expect(found('Two reporters for the Current TV were held.')).toEqual([]);
    expect(found('Two reporters for Tanbong-based Television were held.')).toEqual([]);
  });

  it('a nationality adjective before the name is left out', () => {
    expect(found('The North Korean Ministry of Tanbong Affairs issued an order.')).toEqual([['Ministry of Tanbong Affairs', 'state']]);
  });

  it('a tail that names a place is not part of the name', () => {
    const text = 'The Tanbong Trading Company of Hyesan sold it.';
    expect(found(text)).toEqual([['Tanbong Trading Company', 'company']]);
    expect(extract(text).entities.some((e) => e.type === 'PLACE' && e.text === 'Hyesan')).toBe(true);
  });
});

describe('names that contain other names', () => {
  it('a college named after a city is an organization, not the city: the city stays its seat', () => {
    const doc = extract('He studied at the Hyesan Mining College until 2010.');
    expect(doc.entities.map((e) => [e.type, e.text, e.canonical])).toEqual([['PLACE', 'Hyesan', 'Hyesan'], ['ORG', 'Mining College', 'Hyesan Mining College'], ['DATE', '2010', '2010']]);
    expect(doc.relations.map((r) => r.type)).toEqual(['based_in']);
  });

  it('a council of the United Nations is not the United Nations', () => {
    const es = extract('The Tanbong Council of the United Nations met in Geneva.').entities.filter((e) => e.type === 'ORG');
    expect(es.map((e) => e.text)).toEqual(['Tanbong Council of the United Nations']);
  });

  it('a gazetteer organization wins where a found name only overlaps it', () => {
    const es = orgs('The Ministry of State Security said so.');
    expect(es.map((e) => [e.text, e.canonicalId])).toEqual([['Ministry of State Security', 'ministry-of-state-security']]);
  });

  it('a magazine named after a river is the magazine', () => {
    const es = extract('The Rimjingang magazine published the photos.').entities;
    expect(es.map((e) => [e.type, e.canonical])).toEqual([['ORG', 'Rimjin-gang']]);
  });

  it('a publication the gazetteer does not list, named after a river or mountain, is an ORG of kind media', () => {
    for (const [text, canonical] of [['The Tumen River newspaper ran the story.', 'Tumen River'], ['Editors of the Paektusan journal were arrested.', 'Paektusan']] as const) {
      const es = extract(text).entities.filter((e) => e.type === 'ORG' || e.type === 'PLACE');
      expect(es.map((e) => [e.type, e.canonical, e.type === 'ORG' ? e.norm.kind : null])).toEqual([['ORG', canonical, 'media']]);
    }
  });

  it('a town before a publication noun stays the town: it says where', () => {
    const es = extract('Hyesan newspaper vendors left.').entities;
    expect(es.map((e) => [e.type, e.text])).toEqual([['PLACE', 'Hyesan']]);
  });
});

describe('a plural possessive inside a name', () => {
  it.each([
    ["The Tanbong Department of the Workers' Party met.", 'Tanbong Department of the Workers\' Party'],
    ["The Tanbong Bureau of the Farmers' Union met.", "Tanbong Bureau of the Farmers' Union"],
  ])('%s', (text, mention) => {
    expect(orgs(text).map((o) => o.text)).toEqual([mention]);
  });

  it("an organization's unit after its possessive is still not taken", () => {
    expect(found("Radio Free Asia's Korean Service reported it.")).toEqual([]);
  });
});

// Issue #16: names that the nationality adjective, the seat or a local unit used to cut or hide.
const typed = (text: string) => extract(text).entities.filter((e) => e.type === 'ORG' || e.type === 'PLACE').map((e) => [e.type, e.text, e.canonical]);

describe('a nationality adjective inside a capitalised name', () => {
  it.each([
    ['Members of the South Korean Tanbong Network Against Forced Labor met.', 'South Korean Tanbong Network Against Forced Labor'],
    ['Pak Yong, director of the North Korean Tanbong Rights Center, spoke.', 'North Korean Tanbong Rights Center'],
    ['The Japanese Tanbong Lawyers Association issued a statement.', 'Japanese Tanbong Lawyers Association'],
    // a group's name may start with its head: the adjective still opens it
    ['The Japanese Association for the Rescue of Tanbong Abductees met.', 'Japanese Association for the Rescue of Tanbong Abductees'],
    ["Members of the Korean Tanbong Workers' Alliance were mobilized.", "Korean Tanbong Workers' Alliance"],
  ])('%s', (text, mention) => {
    expect(found(text).map(([t]) => t)).toEqual([mention]);
  });

  it.each([
    // a description, not a name: after "a", a number or a possessive pronoun
    ['He joined a South Korean Tanbong Association last year.', 'Tanbong Association'],
    ['Two Chinese Tanbong Association members protested.', 'Tanbong Association'],
    // before an organ of a state whose name starts with its head word
    ['The North Korean Ministry of Tanbong Affairs issued an order.', 'Ministry of Tanbong Affairs'],
  ])('left out where it describes: %s', (text, mention) => {
    expect(found(text).map(([t]) => t)).toEqual([mention]);
  });

  it.each([
    ['The North Korean regime punished them.'],
    ['A South Korean NGO said the trial was held.'],
    // the adjective does not make a name of a head word
    ['The Japanese Association was involved.'],
  ])('no organization: %s', (text) => {
    expect(found(text)).toEqual([]);
    expect(extract(text).entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('an organization named after its seat', () => {
  it.each([
    ['He worked at the Anju Textile Mill for years.', [['PLACE', 'Anju', 'Anju'], ['ORG', 'Textile Mill', 'Anju Textile Mill']]],
    ['The Pyongyang Mass Transit Company hired him.', [['PLACE', 'Pyongyang', 'Pyongyang'], ['ORG', 'Mass Transit Company', 'Pyongyang Mass Transit Company']]],
    ['The Ryanggang Province Trade Bureau exported copper.', [['PLACE', 'Ryanggang Province', 'Ryanggang Province'], ['ORG', 'Trade Bureau', 'Ryanggang Province Trade Bureau']]],
    // the seat by its canonical name: one organization whatever the place's spelling
    ['The Yanggang Province Trade Bureau exported copper.', [['PLACE', 'Yanggang Province', 'Ryanggang Province'], ['ORG', 'Trade Bureau', 'Ryanggang Province Trade Bureau']]],
    ['Most of the students attended ChungJin Mining College.', [['PLACE', 'ChungJin', 'Chongjin'], ['ORG', 'Mining College', 'Chongjin Mining College']]],
    // a former name the gazetteer lists for the place is the organization's own (entities12)
    ['The ore came from the Huchang Copper Mine.', [['PLACE', 'Huchang', 'Kimhyongjik'], ['ORG', 'Copper Mine', 'Huchang Copper Mine']]],
    // a head that is no local head names an organ of its own, not a local unit of a generic kind
    ['The Sinuiju Customs Office fined the trader.', [['PLACE', 'Sinuiju', 'Sinuiju'], ['ORG', 'Customs Office', 'Sinuiju Customs Office']]],
  ])('%s', (text, expected) => {
    const doc = extract(text);
    expect(typed(text)).toEqual(expected);
    expect(doc.relations.map((r) => r.type)).toEqual(['based_in']);
  });

  it.each([
    // a person, a river, an outlet: the name keeps what it is named after, and no seat
    ['He studied at Kim Il Sung University.', [['ORG', 'Kim Il Sung University', 'Kim Il Sung University']]],
    // a town named after a person, written as the person's name: the university is named after the person
    ['He studied at Kim Chaek University of Technology.', [['ORG', 'Kim Chaek University of Technology', 'Kim Chaek University of Technology']]],
    ['The Tumen River Company shipped coal.', [['ORG', 'Tumen River Company', 'Tumen River Company']]],
    ['The Pyongyang Times reported it.', [['ORG', 'Pyongyang Times', 'Pyongyang Times']]],
  ])('no seat: %s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
    expect(extract(text).relations).toEqual([]);
  });

  it('keeps offsets of the place and the rest of the name', () => {
    const text = 'Workers at the Anju Textile Mill were questioned.';
    for (const e of extract(text).entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('a unit nested in the name of its organization (annotation.md, nested names)', () => {
  it.each([
    ["He headed the Workers' Party Finance Department.", [['ORG', "Workers' Party", "Workers' Party of Korea"], ['ORG', 'Finance Department', 'Finance Department']]],
    ['Agents of the Ministry of State Security Investigation Bureau came.', [['ORG', 'Ministry of State Security', 'Ministry of State Security'], ['ORG', 'Investigation Bureau', 'Investigation Bureau']]],
    // a name before the parent's is cut before it, not run over it with its tail
    ['He was vice-president of Tanbong Co. of the Rodong Dang Labor Organization Department.', [['ORG', 'Tanbong Co.', 'Tanbong Co.'], ['ORG', 'Rodong Dang', "Workers' Party of Korea"], ['ORG', 'Labor Organization Department', 'Labor Organization Department']]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('the unit takes the kind of its parent', () => {
    expect(orgs("He headed the Workers' Party Finance Department.").map((o) => o.norm.kind)).toEqual(['party', 'party']);
  });

  it.each([
    // the parent at the end of a tail: one name
    ['The Tanbong Council of the United Nations met.', [['ORG', 'Tanbong Council of the United Nations', 'Tanbong Council of the United Nations']]],
    // no unit word at the end, or no word of its own: no nested unit
    ['The United Nations Tanbong Programme said so.', [['ORG', 'United Nations Tanbong Programme', 'United Nations Tanbong Programme']]],
    ['The MSS Office was closed.', [['ORG', 'MSS Office', 'MSS Office']]],
  ])('no nested unit: %s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
});

describe('abbreviated heads keep their dot', () => {
  it.each([
    ['Tanbong Corp. shipped the coal.', 'Tanbong Corp.'],
    ['He worked for Tanbong Co.', 'Tanbong Co.'],
    ['The Tanbong Telecom network grew.', 'Tanbong Telecom'],
  ])('%s', (text, mention) => {
    expect(found(text).map(([t]) => t)).toEqual([mention]);
  });

  it('a head that is no abbreviation leaves the sentence its full stop', () => {
    expect(found('He worked for the Tanbong Company.').map(([t]) => t)).toEqual(['Tanbong Company']);
  });
});

describe('a local unit of a ministry named after its place', () => {
  it.each([
    ['Hyesan City Security Department agents arrested her.', [['PLACE', 'Hyesan City', 'Hyesan'], ['ORG', 'Security Department', 'Ministry of State Security']]],
    ['The Ryanggang Provincial Security Bureau arrested three people.', [['PLACE', 'Ryanggang Provincial', 'Ryanggang Province'], ['ORG', 'Security Bureau', 'Ministry of State Security']]],
    ['Officers from the Onsong County Safety Department came.', [['PLACE', 'Onsong County', 'Onsong'], ['ORG', 'Safety Department', 'Ministry of Social Security']]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
    expect(extract(text).relations.map((r) => r.type)).toEqual(['based_in']);
  });

  it.each([
    // a local unit of a generic kind: no ministry named
    ['The Musan County Court tried him.'],
    ["The Hamhung City People's Committee met."],
    // the unit words in lower case are generic
    ['The provincial security bureau arrested him.'],
  ])('no organization: %s', (text) => {
    expect(extract(text).entities.filter((e) => e.type === 'ORG')).toEqual([]);
  });
});

describe("a ministry's local unit named without its place", () => {
  it.each([
    ['The Provincial Security Bureau arrested him.', 'Security Bureau', 'Ministry of State Security'],
    ['It received a commendation from the central Security Department.', 'Security Department', 'Ministry of State Security'],
    ['The County Social Security Bureau questioned her.', 'Social Security Bureau', 'Ministry of Social Security'],
  ])('%s', (text, mention, canonical) => {
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([[mention, canonical]]);
  });
});

describe('the tail and the words of a name', () => {
  it('a date after "on" is not part of the name', () => {
    expect(found('Mr. Lee was arrested at the Tanbong Coal-mining Complex on May 6.')).toEqual([['Tanbong Coal-mining Complex', 'company']]);
  });

  it('a weekday after "on" is not part of the name', () => {
    expect(found('The clip was aired by Japanese Tanbong Broadcasting on Wednesday.')).toEqual([['Japanese Tanbong Broadcasting', 'media']]);
    // must not: a name's own tail after "on" stays
    expect(found('The Tanbong Committee on Human Rights met.')).toEqual([['Tanbong Committee on Human Rights', 'state']]);
  });

  it('a past participle and a preposition after the head continue a group\'s name', () => {
    expect(found('Pak Chol, the head of Tanbong Assembly Abducted to North Korea, spoke.')).toEqual([['Tanbong Assembly Abducted to North Korea', 'state']]);
    // must not: a lower-case participle is the sentence's verb; a headline capitalises every verb
    expect(found('The Tanbong Assembly abducted to North Korea was a story.')).toEqual([['Tanbong Assembly', 'state']]);
    expect(found('Tanbong Assembly Detained In Hyesan Over Phones')).toEqual([['Tanbong Assembly', 'state']]);
  });

  it('a common noun\'s possessive after "the" opens a group\'s name', () => {
    expect(found("Pak Chol, director of the Citizen's Coalition for Tanbong Refugees, spoke.")).toEqual([["Citizen's Coalition for Tanbong Refugees", 'ngo']]);
    // must not: an entity's possessive owns the name; no "the" before the noun
    expect(found("North Korea's Tanbong Coalition for Refugees met.")).toEqual([['Tanbong Coalition for Refugees', 'ngo']]);
    expect(found("Today's Tanbong Coalition for Refugees met.")).toEqual([['Tanbong Coalition for Refugees', 'ngo']]);
  });

  it('a lower-case word hyphenated to a name word belongs to it, "-based" does not', () => {
    expect(found('The Tanbong Coal-mining Complex closed.')).toEqual([['Tanbong Coal-mining Complex', 'company']]);
    expect(found('Two reporters for Tanbong-based Current TV were held.')).toEqual([['Current TV', 'media']]);
  });
});

describe('a name two states\' bodies share, settled by the country', () => {
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  it('the country named right before the name decides, by a possessive place or a demonym', () => {
    expect(named("Tanbong villagers said North Korea's Red Cross had informed Seoul.")).toEqual([['Red Cross', "Red Cross Society of the Democratic People's Republic of Korea"]]);
    expect(named('A South Korean agent of the Defense Security Command met him in Yanji.')).toEqual([['Defense Security Command', 'Defense Security Command']]);
    expect(named("Japan's Foreign Ministry protested.")).toEqual([['Foreign Ministry', 'Ministry of Foreign Affairs of Japan']]);
  });
  it('a later mention is settled as the first one was', () => {
    const text = "North Korea's Red Cross wrote to Seoul. The Red Cross said Pyongyang would send him back.";
    expect(named(text).map(([, c]) => c)).toEqual(["Red Cross Society of the Democratic People's Republic of Korea", "Red Cross Society of the Democratic People's Republic of Korea"]);
  });
  it('must not match: with no country the North\'s command is the default; a bare Red Cross stays unresolved', () => {
    expect(named('Officers of the Defense Security Command arrested Pak Tanbong.')).toEqual([['Defense Security Command', 'Military Security Command']]);
    expect(orgs('The Red Cross delivered flour.').map((o) => o.canonicalId)).toEqual([null]);
  });
});

describe('an acronym stated with the name\'s last word', () => {
  it('"(TAND Institute)" and its later uses are mentions of the name', () => {
    const text = 'The Tanbong and Kumbong Development Institute (TAND Institute) works with defectors. The TAND Institute said so.';
    expect(orgs(text).map((o) => [o.text, o.canonical, o.norm.acronym])).toEqual([
      ['Tanbong and Kumbong Development Institute', 'Tanbong and Kumbong Development Institute', 'TAND'],
      ['TAND Institute', 'Tanbong and Kumbong Development Institute', 'TAND'],
      ['TAND Institute', 'Tanbong and Kumbong Development Institute', 'TAND'],
    ]);
    for (const o of orgs(text)) expect(text.slice(o.start, o.end)).toBe(o.text);
  });
  it('must not match: another word than the name\'s last in the parentheses', () => {
    expect(found('The Tanbong Trade Bureau (TTB Company) said so.')).toEqual([['Tanbong Trade Bureau', 'company'], ['TTB Company', 'company']]);
  });
});

describe('"and" inside a name', () => {
  it.each([
    ['The Committee for Tanbong Rights and Democracy released a report.', 'Committee for Tanbong Rights and Democracy'],
    ['The Ministry of Tanbong Land and Environment Protection issued an order.', 'Ministry of Tanbong Land and Environment Protection'],
    ['The Seoul-based Tanbong and Kumbong Development Institute works with defectors.', 'Tanbong and Kumbong Development Institute'],
  ])('in the tail, or before the first head word: %s', (text, mention) => {
    expect(found(text).map(([name]) => name)).toEqual([mention]);
    const [o] = orgs(text);
    expect(text.slice(o!.start, o!.end)).toBe(o!.text);
  });
  it.each([
    ['two bodies each with a head word', 'The Ministry of Tanbong Affairs and Ministry of Kumbong Trade held talks.', ['Ministry of Tanbong Affairs', 'Ministry of Kumbong Trade']],
    ['"the" after "and"', 'The Tanbong Trade Bureau and the Kumbong Mining College signed a deal.', ['Tanbong Trade Bureau', 'Kumbong Mining College']],
    ['a known name after "and"', 'The Tanbong Society and Human Rights Watch held a rally.', ['Tanbong Society']],
    ['a Korean surname after "and"', 'The Bureau of Tanbong Trade and Kim Chol met in Hyesan.', ['Bureau of Tanbong Trade']],
    ['the words before "and" open the sentence', 'Officials and Tanbong Party Committee members met.', ['Tanbong Party Committee']],
    ['a place before "and"', 'Pyongyang and Tanbong Foreign Trade Bureau officials met.', ['Tanbong Foreign Trade Bureau']],
  ])('must not match, a list of two: %s', (_why, text, mentions) => {
    expect(found(text).map(([name]) => name)).toEqual(mentions);
  });
});

describe('variants of a known name', () => {
  it('a found name equal to a gazetteer name but for Korea/Korean, plurals, hyphens and "the" is that organization', () => {
    const [o] = orgs('The state-run Korea Central News Agency reported the trial.');
    expect(o).toMatchObject({ text: 'Korea Central News Agency', canonical: 'Korean Central News Agency', canonicalId: 'korean-central-news-agency', norm: { kind: 'media' } });
  });
  it('must not match: a name differing by a word of its own keeps its own name', () => {
    const [o] = orgs('The Korean Central Tanbong Agency reported the trial.');
    expect(o).toMatchObject({ canonical: 'Korean Central Tanbong Agency', canonicalId: null });
  });
});

describe('initials of a found name', () => {
  it('the capitals of a name used later are a mention of it', () => {
    const text = 'The Tanbong Narcotics Administration seized the drugs. "It was the largest seizure," TNA Administrator Pak Yong said.';
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([['Tanbong Narcotics Administration', 'Tanbong Narcotics Administration'], ['TNA', 'Tanbong Narcotics Administration']]);
  });
  it('must not match: initials of two letters, or written before the name', () => {
    expect(orgs('TND agents came. The Tanbong Narcotics Directorate seized the drugs.').map((o) => o.text)).toEqual(['Tanbong Narcotics Directorate']);
  });
});

describe("a state's mission named by a demonym", () => {
  it('"the Vietnamese Embassy in Seoul" is the Embassy of Vietnam in South Korea, of kind state; without a host it ends at the state', () => {
    const text = 'She entered the Vietnamese Embassy in Seoul. Later the American consulate refused her.';
    expect(orgs(text).map((o) => [o.text, o.canonical, o.norm.kind])).toEqual([
      ['Vietnamese Embassy', 'Embassy of Vietnam in South Korea', 'state'],
      ['American consulate', 'Consulate of the United States', 'state'],
    ]);
    for (const o of orgs(text)) expect(text.slice(o.start, o.end)).toBe(o.text);
  });
  it('an embassy names its host country, whatever city the text gives; a host with "the" keeps it', () => {
    expect(orgs('The Thai Embassy in Washington declined to comment on Ko Yong-chol.').map((o) => o.canonical)).toEqual(['Embassy of Thailand in the United States']);
    expect(orgs('The Mongolian Embassy in Russia said nothing.').map((o) => o.canonical)).toEqual(['Embassy of Mongolia in Russia']);
  });
  it("the sending state is named as the ORG rule names a body's owner: China, South Korea, North Korea formally", () => {
    expect(orgs('Protesters met at the Chinese Embassy in Tokyo.').map((o) => o.canonical)).toEqual(["Embassy of the People's Republic of China in Japan"]);
    expect(orgs('The North Korean embassy in Bangkok denied it.').map((o) => o.canonical)).toEqual(["Embassy of the Democratic People's Republic of Korea in Thailand"]);
  });
  it.each(['South Korean consulate general', 'South Korean consulate-general'])('"%s in Shenyang" is sited in the city', (mission) => {
    const text = `The ${mission} in Shenyang is expected to visit her.`;
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([[mission, 'Consulate General of the Republic of Korea in Shenyang']]);
  });
  it('a consulate in a country, not a city, names the country', () => {
    expect(orgs('The Japanese consulate in China will visit Ri Chol-ho.').map((o) => o.canonical)).toEqual(['Consulate of Japan in China']);
  });
  it('"the Swedish mission in Pyongyang" is the Embassy of Sweden in North Korea', () => {
    expect(orgs('Talks went through the Swedish mission in Pyongyang.').map((o) => [o.text, o.canonical])).toEqual([['Swedish mission', 'Embassy of Sweden in North Korea']]);
  });
  it('must not match: a "mission" without its host, a mission after "a"', () => {
    expect(orgs('The Chinese mission to the moon landed.')).toEqual([]);
    expect(orgs('He hid at a South Korean consulate in Shenyang for months.')).toEqual([]);
    expect(orgs('He hid at the South Korean consulate in Shenyang for months.').map((o) => o.canonical)).toEqual(['Consulate of the Republic of Korea in Shenyang']);
  });
  it('must not match: a demonym before another noun', () => {
    expect(orgs('The Vietnamese embassy staff and a Vietnamese restaurant owner testified.').map((o) => o.text)).toEqual(['Vietnamese embassy']);
    expect(orgs('A Vietnamese restaurant owner testified.')).toEqual([]);
  });
});

describe('a U.S. federal body spells the country out', () => {
  it('"the U.S. Bureau of Prisons", a name the gazetteer lacks, is the United States Bureau of Prisons', () => {
    const text = 'The U.S. Bureau of Prisons moved Han Sung-ho.';
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([['U.S. Bureau of Prisons', 'United States Bureau of Prisons']]);
  });
  it.each([
    ['The U.S. Agency for Global Media funds it.', 'United States Agency for Global Media'],
    ['The Department of Homeland Security deported him.', 'United States Department of Homeland Security'],
    ['The U.S. Commission on International Religious Freedom wrote.', 'United States Commission on International Religious Freedom'],
  ])('the gazetteer\'s "%s" → %s', (text, canonical) => {
    expect(orgs(text).map((o) => o.canonical)).toEqual([canonical]);
  });
  it('must not match: "U.S." inside a name, or another name', () => {
    expect(orgs('The Korea-U.S. Friendship Association met.').map((o) => o.canonical)).not.toContain('Korea-United States Friendship Association');
    expect(orgs('The Tanbong Trading Company sold coal.').map((o) => o.canonical)).toEqual(['Tanbong Trading Company']);
  });
});

describe('a unit of a known organization', () => {
  it('"DEPARTMENT of COUNTRY\'s ruling party" names the unit and the party, and so do its later mentions', () => {
    const text = "The Tanbong Department of North Korea's ruling party issued an order. The Tanbong Department also sent officials.";
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([
      ['Tanbong Department', "Tanbong Department of the Workers' Party of Korea"],
      ['party', "Workers' Party of Korea"],
      ['Tanbong Department', "Tanbong Department of the Workers' Party of Korea"],
    ]);
  });
  it('must not match: a name that is no unit, or a known organization not joined by "of"', () => {
    expect(orgs("The Tanbong Association of North Korea's ruling party met.").map((o) => o.canonical)).toEqual(['Tanbong Association', "Workers' Party of Korea"]);
    expect(orgs('The Tanbong Department and the Ministry of State Security met.').map((o) => o.canonical)).toEqual(['Tanbong Department', 'Ministry of State Security']);
  });
  it('must not match: "ruling party" without a North Korean word is no party of the North', () => {
    expect(orgs('Lawmakers of the ruling party in Seoul voted.')).toEqual([]);
  });
});

describe('organization names across a wrapped line', () => {
  it('joins the words of a name split by a line break inside its sentence, its canonical on one line', () => {
    const text = 'The Bureau of\nTanbong Foreign Trade approved the sale.';
    const [o] = orgs(text).filter((e) => e.canonicalId === null);
    expect(o).toMatchObject({ text: 'Bureau of\nTanbong Foreign Trade', canonical: 'Bureau of Tanbong Foreign Trade' });
    expect(text.slice(o!.start, o!.end)).toBe(o!.text);
  });

  it('stops at a blank line', () => {
    expect(orgs('The Bureau of\n\nTanbong Foreign Trade approved the sale.').filter((o) => o.text.includes('\n'))).toEqual([]);
  });
});

describe('a known body named in lower case, its words in another order', () => {
  const p = createPipeline({
    rulesDir: rulesDir({
      'heads.yaml': 'kind: lexicon\nentries:\n  - { id: org-heads-state, words: [ministry, office] }\n  - { id: spellings-of-labor, words: [labour] }\n',
      'orgs.yaml': `kind: gazetteer
entries:
  - { id: tanbong-affairs, type: ORG, kind: state, canonical: Ministry of Tanbong Affairs }
  - { id: kumbong-labor, type: ORG, kind: state, canonical: Ministry of Kumbong Labor }
`,
    }),
  });
  const named = (text: string) => p.process({ id: 't', source: 't', text }).entities.filter((e) => e.type === 'ORG').map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, e.canonicalId];
  });

  it.each([
    ['An official at the tanbong affairs ministry was executed.', 'tanbong affairs ministry', 'tanbong-affairs'],
    ["Agents of the country's tanbong affairs ministry came.", 'tanbong affairs ministry', 'tanbong-affairs'],
    ['Officials of the kumbong labour ministry came.', 'kumbong labour ministry', 'kumbong-labor'],
  ])('%s', (text, span, id) => {
    expect(named(text)).toEqual([[span, id]]);
  });

  it.each([
    ['a head word alone', 'Officials of a ministry and the ministry came.'],
    ['words that name no known body', 'Officials of the tanbong ministry came.'],
    ['after "a", no body in particular', 'Officials of a tanbong affairs ministry came.'],
  ])('must not match: %s', (_why, text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('military units named by number', () => {
  it.each([
    ['He inspected the 14th Border Guard Brigade last spring.', '14th Border Guard Brigade'],
    ['Soldiers of the 52nd Brigade were questioned.', '52nd Brigade'],
    ['He enlisted in Unit 815 after school.', 'Unit 815'],
    ['The 3rd Army Corps moved north.', '3rd Army Corps'],
  ])('%s', (text, mention) => {
    expect(orgs(text).map((o) => [o.text, o.norm.kind])).toEqual([[mention, 'military']]);
  });

  it('a short form with the same ordinal and head is the unit of the full name', () => {
    const text = 'He led the 14th Border Guard Brigade. Officers of the 14th Brigade were arrested.';
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([
      ['14th Border Guard Brigade', '14th Border Guard Brigade'],
      ['14th Brigade', '14th Border Guard Brigade'],
    ]);
  });

  it('takes no tail: the army after "of" is an organization of its own', () => {
    expect(orgs("He enlisted in Unit 815 of the Korean People's Army.").map((o) => o.text)).toEqual(['Unit 815', "Korean People's Army"]);
  });

  it.each([
    'The unit 815 was never named.',
    'On the 24th brigade officers met in Hyesan.',
    'He came 14th in the Tanbong race.',
    'Unit prices rose in the market.',
  ])('must not match: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('an outlet named after a lower-case outlet noun', () => {
  it.each([
    ['Moscow newspaper Tanbongsky reported the arrest on Sunday.', 'Tanbongsky'],
    ['Online newspaper Harbor Post published a similar report.', 'Harbor Post'],
  ])('%s', (text, mention) => {
    expect(found(text)).toEqual([[mention, 'media']]);
  });

  it.each([
    'The newspaper said the trial was held in public.',
    'A newspaper in Hyesan printed the verdict.',
    'The newspaper North Korea reads most is Rodong Sinmun.',
  ])('must not match: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a headline in capitals', () => {
  it('is no name, however many head words it has', () => {
    expect(found('GUARDS SHOOT SMUGGLERS NEAR TANBONG SCHOOL, REPORT SAYS')).toEqual([]);
  });

  it('an acronym before a head is still a name', () => {
    expect(found('The SAND Institute released the video.')).toEqual([['SAND Institute', 'state']]);
  });
});

describe('gazetteer names the fifth and sixth batches showed', () => {
  it.each([
    ["He was tried at the North's Supreme Court on Friday.", 'Supreme Court', "Supreme Court of the Democratic People's Republic of Korea"],
    ['The Border Security Command oversees the brigades.', 'Border Security Command', 'Border Security Command'],
    ["He was a member of the Central Party's Control Commission.", "Central Party's Control Commission", 'Central Control Commission'],
    ['The Transnational Justice Working Group released a report.', 'Transnational Justice Working Group', 'Transitional Justice Working Group'],
  ])('%s', (text, mention, canonical) => {
    expect(orgs(text).map((o) => [o.text, o.canonical])).toEqual([[mention, canonical]]);
  });

  it("the Russian Pacific Fleet (the twelfth batch); America's fleet of that name is not it", () => {
    expect(orgs('The laborers worked for the Russian Pacific Fleet located in Siberia.').map((o) => [o.text, o.canonical])).toEqual([['Russian Pacific Fleet', 'Pacific Fleet']]);
    expect(orgs('The U.S. Pacific Fleet sent a carrier, as did the American Pacific Fleet.').map((o) => o.canonical)).not.toContain('Pacific Fleet');
  });

  it("another state's Supreme Court is not the North's", () => {
    expect(orgs("South Korea's Supreme Court upheld the verdict.").map((o) => o.canonical)).not.toContain("Supreme Court of the Democratic People's Republic of Korea");
  });
});

describe("another state's court or office named after its seat is an organization (#16 §2)", () => {
  const typedHere = (text: string) => extract(text).entities.filter((e) => e.type === 'ORG' || e.type === 'PLACE').map((e) => [e.type, e.text, e.canonical]);
  it.each([
    ['Officials of the Seoul Tanbong District Court sentenced him.', [['PLACE', 'Seoul', 'Seoul'], ['ORG', 'Tanbong District Court', 'Seoul Tanbong District Court']]],
    ["The Yanji Intermediate People's Court sentenced the smuggler.", [['PLACE', 'Yanji', 'Yanji'], ['ORG', "Intermediate People's Court", "Yanji Intermediate People's Court"]]],
    ["Officials of the Dandong People's Court sentenced the man.", [['PLACE', 'Dandong', 'Dandong'], ['ORG', "People's Court", "Dandong People's Court"]]],
  ])('%s', (text, expected) => {
    expect(typedHere(text)).toEqual(expected);
  });
  it.each([
    // the North's are local units of a generic kind
    ['Officials of the Musan County Court sentenced the smuggler.', [['PLACE', 'Musan County', 'Musan']]],
    ["Officials of the Hyesan People's Court sentenced the man.", [['PLACE', 'Hyesan', 'Hyesan']]],
    // an outlet's bureau abroad is a unit of the outlet, no body of its own
    ["The Tanbong Daily's Seoul Bureau reported it.", [['ORG', 'Tanbong Daily', 'Tanbong Daily'], ['PLACE', 'Seoul', 'Seoul']]],
  ])('no organization: %s', (text, expected) => {
    expect(typedHere(text)).toEqual(expected);
  });
});

describe("a place before a name is no owner of a plural noun's possessive inside it", () => {
  const typedHere = (text: string) => extract(text).entities.filter((e) => e.type === 'ORG' || e.type === 'PLACE').map((e) => [e.type, e.text, e.canonical]);
  it("a group's name runs on through \"Farmers'\" (a group keeps the place in its name)", () => {
    expect(typedHere("Members of the Kanggye City Farmers' Cooperative Association were questioned."))
      .toEqual([['ORG', "Kanggye City Farmers' Cooperative Association", "Kanggye City Farmers' Cooperative Association"]]);
  });
  it("an organization's name runs on through \"Workers'\" after a place", () => {
    expect(typedHere("Officials of the Kanggye Provincial Workers' Organization were questioned."))
      .toEqual([['ORG', "Kanggye Provincial Workers' Organization", "Kanggye Provincial Workers' Organization"]]);
  });
  it("a name without a place is no local unit: the Supreme People's Court", () => {
    expect(typedHere('Kim Song Chol, a judge of the Supreme People\u2019s Court, said so.')).toEqual([['ORG', 'Supreme People\u2019s Court', "Supreme Court of the Democratic People's Republic of Korea"]]);
  });
  it("a place, a generic possessive and a local head stay a local unit: the Hamhung City People's Committee", () => {
    expect(typedHere("The Hamhung City People's Committee met.")).toEqual([['PLACE', 'Hamhung City', 'Hamhung']]);
  });
});

describe('a tail of "on", "for" or "against" may name a place as the subject', () => {
  const typedHere = (text: string) => extract(text).entities.filter((e) => e.type === 'ORG' || e.type === 'PLACE').map((e) => [e.type, e.text]);
  it.each([
    ['Members of the Tanbong Commission on North Korea met in Geneva.', [['ORG', 'Tanbong Commission on North Korea'], ['PLACE', 'Geneva']]],
    ['The Tanbong Council for Human Rights in North Korea released a report.', [['ORG', 'Tanbong Council for Human Rights in North Korea']]],
  ])('%s', (text, expected) => {
    expect(typedHere(text)).toEqual(expected);
  });
  it.each([
    // a tail of "of" names the seat; "in" without a subject tail says where
    ['The Tanbong Trading Company of Hyesan sold the copper.', [['ORG', 'Tanbong Trading Company'], ['PLACE', 'Hyesan']]],
    ['The Tanbong Trading Company in Hyesan sold the copper.', [['ORG', 'Tanbong Trading Company'], ['PLACE', 'Hyesan']]],
    // a known body with a subject after it is that body
    ['A report by the Ministry of Unification on North Korea was released.', [['ORG', 'Ministry of Unification'], ['PLACE', 'North Korea']]],
  ])('the place stays a place: %s', (text, expected) => {
    expect(typedHere(text)).toEqual(expected);
  });
});

describe("a security unit abroad is no unit of the North's ministry", () => {
  it('the Jilin ... Public Security Department is China\'s, not the Ministry of State Security', () => {
    const o = orgs('Officials of the Jilin Provincial Public Security Department said.');
    expect(o.map((e) => [e.text, e.canonicalId])).toEqual([['Public Security Department', null]]);
  });
  it('the Hyesan City Security Department is the Ministry of State Security', () => {
    expect(orgs('Officers of the Hyesan City Security Department arrested him.').map((e) => e.canonical)).toEqual(['Ministry of State Security']);
  });
});

describe('organizations the eighth batch named (#16 §2, entities9)', () => {
  /** [text, canonical] of every organization. */
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  it.each([
    // a unit numbered by an ordinal in words; its command is the unit
    ['The command of the Fourth Corps was raided. Officers at the Fourth Corps Command paid.', [['Fourth Corps', 'Fourth Corps'], ['Fourth Corps', 'Fourth Corps']]],
    ['The Ninth Army Corps moved north.', [['Ninth Army Corps', 'Ninth Army Corps']]],
    ['The fourth corps of dancers sang.', []],
    // a designation and its number
    ['Agents of Bureau 64 raided the command.', [['Bureau 64', 'Bureau 64']]],
    // a head of several words with a possessive
    ["He praised a pupil at the Tanbong Children's Palace.", [["Tanbong Children's Palace", "Tanbong Children's Palace"]]],
    // a name given without its seat, after or before the seated name, is the seated one
    ["The head of the Provincial Tanbong Organization was shot. Ri, head of the Musan Provincial Tanbong Organization, lied.", [["Provincial Tanbong Organization", 'Musan Provincial Tanbong Organization'], ["Musan Provincial Tanbong Organization", 'Musan Provincial Tanbong Organization']]],
    // a unit's own name after its parent's head: two organizations
    ['A paper by the Tanbong University School of Law said so.', [['Tanbong University', 'Tanbong University'], ['School of Law', 'School of Law']]],
    ['The Tanbong School of Law opened.', [['Tanbong School of Law', 'Tanbong School of Law']]],
    // a place's name that ends like a demonym is an own word of the name it seats
    ['He studied at Yanbian University in Jilin.', [['University', 'Yanbian University']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('organizations the ninth batch named (#16 §2, entities10)', () => {
  /** [text, canonical] of every organization. */
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  it.each([
    // a weekday, a date or an amount ends the tail, the name keeps the words before it
    ['It was according to the Tanbong Institute of Criminology on Monday.', [['Tanbong Institute of Criminology', 'Tanbong Institute of Criminology']]],
    ['Miners of the Tanbong Institute of Geology on May 6 were fined.', [['Tanbong Institute of Geology', 'Tanbong Institute of Geology']]],
    // a bare "Korean" names no state: it opens the name; a state's demonym describes its organ
    ['It was according to the Korean Institute of Tanbong Studies on Monday.', [['Korean Institute of Tanbong Studies', 'Korean Institute of Tanbong Studies']]],
    ['The North Korean Ministry of Tanbong Affairs said so.', [['Ministry of Tanbong Affairs', 'Ministry of Tanbong Affairs']]],
    ['The Chinese Ministry of Tanbong Affairs said so.', [['Ministry of Tanbong Affairs', 'Ministry of Tanbong Affairs']]],
    // an outlet after "journal" or "network", a brand name opening with a lower-case letter
    ['Farmers earn eight times more, the journal Tanbong Review said.', [['Tanbong Review', 'Tanbong Review']]],
    ['Footage was broadcast on the Japanese network n-Tanbong last March.', [['n-Tanbong', 'n-Tanbong']]],
    ['He ran a smuggling network North Korean traders used.', []],
    ['The network Kim Chol ran was broken up.', []],
    // an acronym in parentheses says where the name opens
    ['The group, Rescue the Tanbong People Action Network (RTPAN), photographed it.', [['Rescue the Tanbong People Action Network', 'Rescue the Tanbong People Action Network'], ['RTPAN', 'Rescue the Tanbong People Action Network']]],
    ['Members of the Tanbong Action Network (TAN) met.', [['Tanbong Action Network', 'Tanbong Action Network'], ['TAN', 'Tanbong Action Network']]],
    // a later short form of a name given before is that organization
    ['The Tanbong Journalists Association met. The Journalists Association said so.', [['Tanbong Journalists Association', 'Tanbong Journalists Association'], ['Journalists Association', 'Tanbong Journalists Association']]],
    ['The U.N. Commission of Inquiry on human rights in North Korea was set up. Then the Council established the Commission of Inquiry.', [['Commission of Inquiry on human rights in North Korea', "Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea"], ['Commission of Inquiry', "Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea"]]],
    // a short form of two names stays as written, and one before its full name is no short form
    ['The Tanbong Journalists Association and the Musong Journalists Association met. The Journalists Association said so.', [['Tanbong Journalists Association', 'Tanbong Journalists Association'], ['Musong Journalists Association', 'Musong Journalists Association'], ['Journalists Association', 'Journalists Association']]],
    ['The Journalists Association said so. Later the Tanbong Journalists Association met.', [['Journalists Association', 'Journalists Association'], ['Tanbong Journalists Association', 'Tanbong Journalists Association']]],
    // a name its seat completes is its own, not a short form of one before it
    ['Gold came from the Tanbong Gold Mine and the Hyesan Gold Mine.', [['Tanbong Gold Mine', 'Tanbong Gold Mine'], ['Gold Mine', 'Hyesan Gold Mine']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('a headline capitalises its verbs (#16 §2, entities11)', () => {
  it.each([
    'North Korean Pupils EXPELLED From Sariwon University After Raid\n\nThe story follows.',
    'Teenagers Forced To Work In Tongsin Coal Mines For Years\n\nThe story follows.',
    'Russian Pupils Locked Inside Boarding School Overnight Again\n\nThe story follows.',
  ])('no organization: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it.each<[string, [string, string][]]>([
    // the same words in prose, and a name's own -ed adjective in a title-case line
    ['Miners were forced to work at the Pakson Coal Mine last year.', [['Pakson Coal Mine', 'company']]],
    ['Pupils Locked Out Of Class By Hwasong Teachers Union In Protest\n\nThe story follows.', []],
    ['Members of the Ryongsan Workers Association Against Forced Labor met.', [['Ryongsan Workers Association Against Forced Labor', 'ngo']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
