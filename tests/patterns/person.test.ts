import { describe, expect, it, test } from 'vitest';
import { found } from '../helpers.js';

const persons = (text: string) => found(text, 'PERSON');

describe('person finder', () => {
  it.each([
    ['Kim Jong Un inspected the unit.', [['Kim Jong Un', 'Kim Jong Un']]],
    ['A photo showed Kim Jong-un at the site.', [['Kim Jong-un', 'Kim Jong Un']]],
    ['Officials met Ri Pyong Chol on Monday.', [['Ri Pyong Chol', 'Ri Pyong Chol']]],
    ['We spoke with reporter Yeom Seung Cheol.', [['Yeom Seung Cheol', 'Yeom Seung Cheol']]],
    ['The defector Park Yeon-mi spoke in Seoul.', [['Park Yeon-mi', 'Park Yeon Mi']]],
    ['Former leader Kim Jŏng Il was named.', [['Kim Jŏng Il', 'Kim Jong Il']]],
    ['A source told Mr. Choi about it.', [['Choi', 'Choi']]],
    ['The report by Elizabeth Warren came out.', [['Elizabeth Warren', 'Elizabeth Warren']]],
    ['It was written by reporter Jiro Ishimaru in Osaka.', [['Jiro Ishimaru', 'Jiro Ishimaru']]],
    ['President Moon Jae In visited.', [['Moon Jae In', 'Moon Jae In']]],
    ['A woman surnamed Ryom was arrested.', [['Ryom', 'Ryom']]],
    ['A woman surnamed Ryom Mi Ok was arrested.', [['Ryom Mi Ok', 'Ryom Mi Ok']]],
    ['An officer identified by his surname Pyon fled.', [['Pyon', 'Pyon']]],
    ['A trader known by her family name of Yun paid.', [['Yun', 'Yun']]],
    ['A guard, surname of Ok, left.', [['Ok', 'Ok']]],
    ['The trader, identifying herself only as Ryom, said so.', [['Ryom', 'Ryom']]],
    ['A guard who gave his name only as Pyon left.', [['Pyon', 'Pyon']]],
    ['A trader known only by her surname, Ryom, paid.', [['Ryom', 'Ryom']]],
    ['He served only as China\'s envoy.', []],
    // DPRK official romanization writes aspirated onsets th, kh, ph
    ['His uncle, Pak Chol Thaek, was shot.', [['Pak Chol Thaek', 'Pak Chol Thaek']]],
    ['The judge Ri Myong-khun read it.', [['Ri Myong-khun', 'Ri Myong Khun']]],
    // a surname the article uses alone as a person's only name, at least twice
    ['Guards let Pyon cross. Later they made an example of Pyon.', [['Pyon', 'Pyon'], ['Pyon', 'Pyon']]],
    ['Guards let Pyon cross.', []],
    ['Pyon Chol Ho fled. Guards let Pyon cross, then shot Pyon.', [['Pyon Chol Ho', 'Pyon Chol Ho'], ['Pyon', 'Pyon Chol Ho'], ['Pyon', 'Pyon Chol Ho']]],
    ['Guards let Song cross. Later they sang a Song.', []],
    // a surname a marker introduced: each later use alone is that person, even once
    ['A guard identified by his surname of Pyon was held. A party secretary, Pyon took money.', [['Pyon', 'Pyon'], ['Pyon', 'Pyon']]],
    ['A party secretary, Pyon took money. A guard identified by his surname of Pyon was held.', [['Pyon', 'Pyon']]],
    // a first name before an organization's head word is the organization
    ['The clip was aired by Japanese Akira Television on Monday.', []],
    ['The clip was aired by Mary Television on Monday.', []],
    ['The clip was aired by Mary Tellison on Monday.', [['Mary Tellison', 'Mary Tellison']]],
    ['Elizabeth Shim and Dahye Kim wrote it.', [['Elizabeth Shim', 'Elizabeth Shim'], ['Dahye Kim', 'Dahye Kim']]],
    ['Elizabeth Shim and Mirae Lee wrote it.', [['Elizabeth Shim', 'Elizabeth Shim'], ['Mirae Lee', 'Mirae Lee']]],
    ['Elizabeth Shim and Human Rights Watch wrote it.', [['Elizabeth Shim', 'Elizabeth Shim']]],
    ['Elizabeth Shim visited Hyesan and Onsong County.', [['Elizabeth Shim', 'Elizabeth Shim']]],
    ['Elizabeth Shim said so. And Dahye Kim left.', [['Elizabeth Shim', 'Elizabeth Shim']]],
    ['Three women, surnamed Ri, Pak and Ok, were held.', [['Ri', 'Ri'], ['Pak', 'Pak'], ['Ok', 'Ok']]],
    ['Two guards surnamed Ri and Pak, and Ok fled.', [['Ri', 'Ri'], ['Pak', 'Pak'], ['Ok', 'Ok']]],
    ['A woman surnamed Ri, Hyesan and Pak left.', [['Ri', 'Ri']]],
    ['A woman surnamed Ri and Pak Chol Ho left.', [['Ri', 'Ri'], ['Pak Chol Ho', 'Pak Chol Ho']]],
    ['A woman surnamed Ri. Pak left.', [['Ri', 'Ri']]],
    ['Guards met Dr. Harold Winthrop Pemberly there.', [['Harold Winthrop Pemberly', 'Harold Winthrop Pemberly']]],
    ['Guards met Harold Winthrop in Hyesan.', [['Harold Winthrop', 'Harold Winthrop']]],
    ['Guards met Harold Winthrop Tuesday.', [['Harold Winthrop', 'Harold Winthrop']]],
    ['Source: Margaret T. Holloway, "Guards shot", Harbor Times.', [['Margaret T. Holloway', 'Margaret T. Holloway']]],
    ['Guards met Margaret T. Harbor Institute staff.', []],
    ['NK Weekly\nPak Song Ho met guards.', [['Pak Song Ho', 'Pak Song Ho']]],
    ['Guards were held.\nMargaret Holloway said so.', [['Margaret Holloway', 'Margaret Holloway']]],
    ['Activist Song-chol Bae spoke in Seoul.', [['Song-chol Bae', 'Song Chol Bae']]],
    ['Song-chol Bae spoke. Bae said more.', [['Song-chol Bae', 'Song Chol Bae'], ['Bae', 'Song Chol Bae']]],
    // Chinese names: a pinyin surname and given name; the surname alone later is the same person
    ['Spokesman Zhao Lijian denied it.', [['Zhao Lijian', 'Zhao Lijian']]],
    ['Xu Mingyue met the envoys. Xu said little.', [['Xu Mingyue', 'Xu Mingyue'], ['Xu', 'Xu Mingyue']]],
    ['Officials quoted Tang Chun-ying on Monday.', [['Tang Chun-ying', 'Tang Chun-ying']]],
    // Japanese names: both words made of morae
    ['The abductee Naoko Hirata was taken in 1978.', [['Naoko Hirata', 'Naoko Hirata']]],
    ['Minister Kenta Morimoto said so.', [['Kenta Morimoto', 'Kenta Morimoto']]],
    // a pseudonym
    ['A defector using the pseudonym Ji-hye spoke.', [['Ji-hye', 'Ji-hye']]],
    ['A trader, who goes by the alias Sun-ok, paid.', [['Sun-ok', 'Sun-ok']]],
    // a person trigger the list now holds
    ['The detainee Harlan Voskuijl was freed.', [['Harlan Voskuijl', 'Harlan Voskuijl']]],
    // titles before a name
    ['Rep. Harlan Voskuijl spoke.', [['Harlan Voskuijl', 'Harlan Voskuijl']]],
    ['Sen. Harlan Voskuijl and Gov. Torvald Quennick spoke.', [['Harlan Voskuijl', 'Harlan Voskuijl'], ['Torvald Quennick', 'Torvald Quennick']]],
    ['DEA Administrator Torvald Quennick spoke.', [['Torvald Quennick', 'Torvald Quennick']]],
    ['Rep. Thae Song-ho spoke.', [['Thae Song-ho', 'Thae Song Ho']]],
    // a three-part Western name whose middle word is also an English word
    ['Researcher Sheila Walnut Brekkevold said so.', [['Sheila Walnut Brekkevold', 'Sheila Walnut Brekkevold']]],
    // a full name after an honorific, and one before an appositive naming a role
    ['Guards met Mr. Somchai Wattanaporn there.', [['Somchai Wattanaporn', 'Somchai Wattanaporn']]],
    ['In a report, Vichai Sornprasert, a Thai law professor, said so.', [['Vichai Sornprasert', 'Vichai Sornprasert']]],
    ['At the meeting, Nguyen Thanh Tri, the Vietnamese ambassador, spoke.', [['Nguyen Thanh Tri', 'Nguyen Thanh Tri']]],
    // a surname marker introducing a new person
    ['Another defector, only identified as Pak, returned.', [['Pak', 'Pak']]],
    // a surname that is an English function word, opening a sentence before a two-syllable given name
    ['Do Hee Yun, director of the coalition, said so.', [['Do Hee Yun', 'Do Hee Yun']]],
    ['So Se Pyong spoke at the meeting.', [['So Se Pyong', 'So Se Pyong']]],
    ['So Kim Jong Un said nothing.', [['Kim Jong Un', 'Kim Jong Un']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    'The arrests were led by Unified Command officials.',
    'So Many people were arrested.',
    'Do Not enter the border zone.',
    'Do You Know what happened?',
    'No One Knows the truth.',
    'No Kim was there.',
    'He met Kim at the market.',
    'Kim Il was not a full name here.',
    'The Park Avenue office closed.',
    'Shin Sun left early.',
    'Read in Korean',
    'The surname is common.',
    'The name of Hyesan changed.',
    'His family of Hyesan fled.',
    'The well-known Bae wrote.',
    'A far-off Kim watched.',
    'Border Guards Held\n\nNK Weekly\nPak Song Ho\n3/14/2011\n\nGuards were held.',
    'A guard looks across the river.\nMargaret Holloway\n/\nAFP via Getty Images',
    // not Chinese names: an English word as given name, a surname that is an English word opening a sentence
    'Wang Market traders left.',
    'Long Live the leader, they shouted.',
    'Fan Club members met.',
    // not Japanese names: a Korean or English word breaks the mora test
    'Musan Mine workers went on strike.',
    'Kaesong Sinuiju trains stopped.',
    // a demonym reads as morae ("Ko-re-a-n") but is an adjective
    'A South Korean NGO said the trial was held.',
    // the demonym second: a hyphenated adjective
    'Smugglers live near the Sino-Korean border.',
    'The pseudonym was not given.',
    // a title, an honorific or an appositive before words a dictionary knows
    'Rep. Office Building was closed.',
    'He met Mr. Big Shot there.',
    'In the end, Hyesan Market, a trader said, was closed.',
    'In the end, Sornprasert Wattanaporn, a large market, was closed.',
    'The men were identified as Chinese.',
  ])('finds no person in %j', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a second name in parentheses', () => {
  it('is the same person, named as the article first named them', () => {
    expect(persons('Mina Park was held. The court tried Park Min Hee (Mina Park) on Monday.')).toEqual([
      ['Mina Park', 'Mina Park'],
      ['Park Min Hee', 'Mina Park'],
      ['Mina Park', 'Mina Park'],
    ]);
  });

  it('is a person even when no other finder takes it', () => {
    expect(persons('The court tried Park Min Hee (Minna Park) on Monday. Ms. Park was held.')).toEqual([
      ['Park Min Hee', 'Park Min Hee'],
      ['Minna Park', 'Park Min Hee'],
      ['Park', 'Park Min Hee'],
    ]);
  });

  it.each([
    ['a place', 'The court tried Park Min Hee (North Korea) on Monday.'],
    ['one word', 'The court tried Park Min Hee (Hyesan) on Monday.'],
    ['English words', 'The court tried Park Min Hee (Border Guard) on Monday.'],
  ])('is not taken from a parenthesis holding %s', (_what, text) => {
    expect(persons(text)).toEqual([['Park Min Hee', 'Park Min Hee']]);
  });

  it('is not joined when the parenthesis holds more than the name', () => {
    expect(persons('The court tried Park Min Hee (and Mina Park) on Monday.')).toEqual([
      ['Park Min Hee', 'Park Min Hee'],
      ['Mina Park', 'Mina Park'],
    ]);
  });
});

describe('a surname alone after the full name', () => {
  it('is the same person', () => {
    expect(persons('Reporter Jiro Ishimaru visited Hyesan. Ishimaru said prices rose.\nIshimaru: They did.')).toEqual([
      ['Jiro Ishimaru', 'Jiro Ishimaru'],
      ['Ishimaru', 'Jiro Ishimaru'],
      ['Ishimaru', 'Jiro Ishimaru'],
    ]);
    expect(persons('Officials met Ri Pyong Chol on Monday. Ri left early.')).toEqual([
      ['Ri Pyong Chol', 'Ri Pyong Chol'],
      ['Ri', 'Ri Pyong Chol'],
    ]);
  });

  it('after an honorific, is the same person', () => {
    expect(persons('Courts tried Mina Chao and Dara Lee. Ms. Chao and Ms. Lee were held.')).toEqual([
      ['Mina Chao', 'Mina Chao'],
      ['Dara Lee', 'Dara Lee'],
      ['Chao', 'Mina Chao'],
      ['Lee', 'Dara Lee'],
    ]);
  });

  it('after a surname marker, is a new person', () => {
    expect(persons('Pak Chol Ho fled. Another man, only identified as Pak, returned.')).toEqual([
      ['Pak Chol Ho', 'Pak Chol Ho'],
      ['Pak', 'Pak'],
    ]);
  });

  it.each([
    ['before the full name', 'Ishimaru arrived. Later reporter Jiro Ishimaru wrote.', [['Jiro Ishimaru', 'Jiro Ishimaru']]],
    ['shared by two persons', 'Kim Jong Un met Kim Yo Jong. Kim left.', [['Kim Jong Un', 'Kim Jong Un'], ['Kim Yo Jong', 'Kim Yo Jong']]],
    ['starting another name', 'Ri Pyong Chol met Ri Il Hwan.', [['Ri Pyong Chol', 'Ri Pyong Chol'], ['Ri Il Hwan', 'Ri Il Hwan']]],
    ['after an honorific, before the full name', 'Ms. Chao arrived. Later Mina Chao wrote.', [['Chao', 'Chao'], ['Mina Chao', 'Mina Chao']]],
  ])('is not linked %s', (_why, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('used alone twice or more, is a person; before a noun of a ruling family, none', () => {
    expect(persons('They allowed Choi to work at sea. They made an example out of Choi.').map(([t]) => t)).toEqual(['Choi', 'Choi']);
    expect(persons('Critics say the Kim regime fears culture. Under the Kim family rule, dramas are banned.')).toEqual([]);
  });
});

describe('person names across a wrapped line', () => {
  it('joins a name split by a line break inside its sentence, its canonical on one line', () => {
    expect(persons('The trader (Pak\nYong-chol) was arrested.')).toEqual([['Pak\nYong-chol', 'Pak Yong Chol']]);
  });

  it('stops at a blank line', () => {
    expect(persons('The trader (Pak\n\nYong-chol) was arrested.').filter(([surface]) => surface.includes('\n'))).toEqual([]);
  });
});

describe('Korean surnames the list lacked (#16 §2)', () => {
  it.each([
    ['Sim Jae-hwan and Jung Gwang-il were the sources.', [['Sim Jae-hwan', 'Sim Jae Hwan'], ['Jung Gwang-il', 'Jung Gwang Il']]],
    ['The researcher Shim Mi-ok said so.', [['Shim Mi-ok', 'Shim Mi Ok']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it('a surname with no given name is no person', () => {
    expect(persons('The Sim card was smuggled in.')).toEqual([]);
  });
});

describe('names the eighth batch wrote (#16 §2, entities9)', () => {
  it.each([
    // North Korea's leaders are one canonical each, in every romanization (rules/persons.yaml)
    ['North Korean leader Kim Jong Eun met officials.', [['Kim Jong Eun', 'Kim Jong Un']]],
    ['Kim Jung-un arrived in Hyesan. Kim said so.', [['Kim Jung-un', 'Kim Jong Un'], ['Kim', 'Kim Jong Un']]],
    ['The founder Kim Il Song was revered.', [['Kim Il Song', 'Kim Il Sung']]],
    // other Korean names keep the text's spelling
    ['Pak Tan-bong met Kim Jong Hwa.', [['Pak Tan-bong', 'Pak Tan Bong'], ['Kim Jong Hwa', 'Kim Jong Hwa']]],
    // a caption's lower-case keywords name no one
    ['Tags: ri pyong chol, kim jong un, parade', []],
    // leaders abroad by full name; a later surname is the full name's person, a surname alone is as written
    ['Former Presidents Bill Clinton and Jimmy Carter came. Clinton spoke first.', [['Bill Clinton', 'Bill Clinton'], ['Jimmy Carter', 'Jimmy Carter'], ['Clinton', 'Bill Clinton']]],
    ['The Obama administration said so.', [['Obama', 'Obama']]],
    ['He came. Obama administration officials said so.', [['Obama', 'Obama']]],
    ['The Bush administration acted.', [['Bush', 'Bush']]],
    ['Bush fires raged in the hills.', []],
    // a letter after an honorific, or an honorific after a surname marker, is no name
    ['The suspect, identified only as Mr. A, was held. Police linked A to the ring.', []],
    // a second name after "known as" is the same person, under the name the article uses most
    ['Ri Tan-bong, known in the US as Peter Tanbong, was tried. Peter Tanbong confessed.', [['Ri Tan-bong', 'Peter Tanbong'], ['Peter Tanbong', 'Peter Tanbong'], ['Peter Tanbong', 'Peter Tanbong']]],
    // Western order with a given name of one word of Korean syllables
    ['It was hard, said Dokeel Park of the group.', [['Dokeel Park', 'Dokeel Park']]],
    ['Guards closed the Hyesan Park gate.', []],
    // Chinese surnames the list lacked
    ['A paper by Cui Wenhai of the law school said so.', [['Cui Wenhai', 'Cui Wenhai']]],
    // a surname alone before an appositive naming a role; not a ruler's
    ['"Arrests rose," Xu, a police officer with the bureau, said.', [['Xu', 'Xu']]],
    ['In remarks by Kim, the leader has criticized slang.', []],
    // a spaced given name of one syllable
    ['Pyon Mi defected in 2020.', [['Pyon Mi', 'Pyon Mi']]],
    ['Hwang Min said so.', [['Hwang Min', 'Hwang Min']]],
    ['Headline: Kim Met Officials in Hyesan', []],
    ['Guards boarded the Pong Su at dawn.', []],
    ['The address was Ham Kyung Book Do Chung.', []],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('names the ninth batch wrote (#16 §2, entities10)', () => {
  it.each([
    // surnames listed after a plural marker
    ['The two, identified only by their last names, Pak and Ryu, were convicted.', [['Pak', 'Pak'], ['Ryu', 'Ryu']]],
    // a hyphenated given name ending in "oh"
    ['Professor Pak Chol-oh, director of the centre, said so.', [['Pak Chol-oh', 'Pak Chol Oh']]],
    // a Chinese given name that is an English word, after a role
    ['The foreign ministry spokesman Hua Gang said they were not defectors.', [['Hua Gang', 'Hua Gang']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([
    'Their last names were changed in 2010.',
    'Residents saw Qin Gang in Dandong.',
    'Oh, the trial was held in public.',
  ])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe("North Korea's officials in KCNA's spelling (rules/persons.yaml; adjudication 5, ruling 14)", () => {
  it.each([
    // an official is one canonical in every romanization the press uses
    ['Chang Sung-taek, the uncle of the leader, was executed.', [['Chang Sung-taek', 'Jang Song Thaek']]],
    ['Defense chief Hyun Yong-chol fell asleep.', [['Hyun Yong-chol', 'Hyon Yong Chol']]],
    ['The defector Tae Yong-ho spoke. Tae said so.', [['Tae Yong-ho', 'Thae Yong Ho'], ['Tae', 'Thae Yong Ho']]],
    ['Choi Ryong-hae attended the rally.', [['Choi Ryong-hae', 'Choe Ryong Hae']]],
    // must not: a person who shares a surname and one syllable with an official keeps the text's spelling
    ['Chang Sung-min, a broker, was arrested.', [['Chang Sung-min', 'Chang Sung Min']]],
    ['Hyun Yong-soo, a trader, was fined.', [['Hyun Yong-soo', 'Hyun Yong Soo']]],
    // a foreigner the DPRK held is one person under the name he uses, his Korean name's surname alone too (persons11)
    ['Detained American Pae Jun-ho was sentenced. The US asked for the release of Pae.', [['Pae Jun-ho', 'Kenneth Bae'], ['Pae', 'Kenneth Bae']]],
    ['Pae Jun-sik, a broker, was held.', [['Pae Jun-sik', 'Pae Jun Sik']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('names the tenth and eleventh batches wrote (#16 §2, persons11)', () => {
  it.each([
    // "you" for 여/유 in the spellings people choose
    ['Lawmaker Chun Myoung Sik said spy agency chief Pak Kyoung Ho briefed them.', [['Chun Myoung Sik', 'Chun Myoung Sik'], ['Pak Kyoung Ho', 'Pak Kyoung Ho']]],
    // a hyphenated given name ending in "ah"
    ['The presiding judge, Ryu Song-ah, read the verdict.', [['Ryu Song-ah', 'Ryu Song Ah']]],
    // a surname the lexicon lacks, known by its hyphenated given name, over a place read across it
    ['Reports said Kyong Won-chol, a chemist, had defected.', [['Kyong Won-chol', 'Kyong Won Chol']]],
    ['Reports said Phyo Myong-sik, a chemist, had defected.', [['Phyo Myong-sik', 'Phyo Myong Sik']]],
    // Western order: two spaced syllables of a given name, then the surname
    ['The captain Man Chol Pak, 60, and first mate Dong Sun Ri, 48, pleaded not guilty.', [['Man Chol Pak', 'Man Chol Pak'], ['Dong Sun Ri', 'Dong Sun Ri']]],
    ['Lawyers for first mate Dong Sun Ri spoke. Ri was acquitted.', [['Dong Sun Ri', 'Dong Sun Ri'], ['Ri', 'Dong Sun Ri']]],
    // must not: Korean order where the first word is a surname
    ['Officials named Ryu Chol Pak as the broker.', [['Ryu Chol Pak', 'Ryu Chol Pak']]],
    // after an organization's possessive, a one-syllable given name: the possessive ends the name before
    ["Amnesty International's Ryu Chol said the camps grew.", [['Ryu Chol', 'Ryu Chol']]],
    ['Amnesty International’s Ryu Chol said the camps grew.', [['Ryu Chol', 'Ryu Chol']]],
    // after a role, a first name that is an English word too, before a word that is a name
    ['The women were notified, according to Deputy Press Secretary Bill Tellison.', [['Bill Tellison', 'Bill Tellison']]],
    ['Rep. Frank Richardson, who flew to Pyongyang, spoke.', [['Frank Richardson', 'Frank Richardson']]],
    // a leader's surname after a title, a dictator's surname alone
    ['This year, President Bush signed the act.', [['Bush', 'Bush']]],
    ['The camps echo the worst excesses of Stalin\'s Soviet Union.', [['Stalin', 'Stalin']]],
    // a first name before a place's designator is the place
    ['Evan Tellison, a Pierce County man, arrived.', [['Evan Tellison', 'Evan Tellison']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it.each([
    // without the possessive, a capitalised word before a one-syllable given name makes a longer name
    'The Amnesty International Ryu Chol Fund opened.',
    // a place's designator after the hyphen: a village, no given name
    'Villagers of Tong Won-ri fled.',
    // an English word as the one-syllable surname
    'They said Ten Won-chol bills were fake.',
    // inside a longer capitalised name
    'The Hyesan Tong Won-chol Market opened.',
    // Western order needs a surname last, and no capitalised word around it
    'The Man Sun Moonlight band played.',
    'The film Big Man Chol Ri opened.',
    'Man Chol Ri said nothing.',
    // after a role, a second role or an organization, no name
    'The Secretary General Assembly met.',
    'The Minister Frank Office opened.',
    'He became Secretary Bill Committee chair.',
  ])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('the author named in a citation block (persons11; docs/annotation.md, citation lines)', () => {
  const block = 'Border Guards Held\n\nKorea Times\nMargaret Holloway\n10/14/2007\n\nGuards were held.';
  it("under another outlet's name, on a page of a known outlet, is a person", () => {
    expect(found(block, 'PERSON', { outlet: 'Border Watch (Korea Times)' })).toEqual([['Margaret Holloway', 'Margaret Holloway']]);
  });
  it("under the page's own outlet, or when the page's outlet is unknown, is the byline", () => {
    expect(found(block, 'PERSON', { outlet: 'Korea Times' })).toEqual([]);
    expect(found(block, 'PERSON')).toEqual([]);
  });
  it('under a title after a pointer to the original is a person', () => {
    expect(persons('Guards were held.\n\nRead the full story here:\nGuards held in Hyesan\nMargaret Holloway\n\nComments are closed.')).toEqual([['Margaret Holloway', 'Margaret Holloway']]);
  });
  it('without the pointer, or right under it with no title, is furniture', () => {
    expect(persons('Guards were held.\n\nSee also:\nGuards held in Hyesan\nMargaret Holloway\n\nComments are closed.')).toEqual([]);
    expect(persons('Guards were held.\n\nRead the full story here:\nMargaret Holloway\n\nComments are closed.')).toEqual([]);
  });
});

describe("a ship's name (persons11; rules/names.yaml vessel-nouns)", () => {
  it.each([
    'The cargo ship Kum Song carried heroin. Police boarded the Kum Song at dawn.',
    'Kum Song four acquitted. A North Korean ship named Kum Song was seized.',
    'The freighter Ryong Sun Ho docked in Nampho.',
  ])('is no person: %j', (text) => {
    expect(persons(text)).toEqual([]);
  });
  it.each([
    ["The ship's captain Pak Chol Ho, 60, was held.", [['Pak Chol Ho', 'Pak Chol Ho']]],
    ['Guards boarded the ship. Pak Chol Ho was held.', [['Pak Chol Ho', 'Pak Chol Ho']]],
  ])('a crew member is a person: %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a name in a byline or a photo credit (persons11; rules/names.yaml credit-words)', () => {
  it.each([
    'Guards shot\n\nMarch 20, 2005|By Margaret Holloway, Harbor Newspapers: Harbor Times.\n\nGuards were held.',
    'Photo: BTS | By Margaret Holloway and Min Chol Pak, The Harbor Post | Guards were held.',
    'Guards were held.\n\nChol-su Pak harbor@harbortimes.com',
    'A guard post.  HARBOR / Margaret Holloway / File photo\nGuards were held.',
    'A guard at the border. (Margaret Holloway, Flickr, Creative Commons)\n\nGuards were held.',
  ])('is furniture: %j', (text) => {
    expect(persons(text)).toEqual([]);
  });
  it.each([
    ['By the time Pak Chol Ho arrived, guards had left.', [['Pak Chol Ho', 'Pak Chol Ho']]],
    ['Guards were held by Margaret Holloway, a police chief.', [['Margaret Holloway', 'Margaret Holloway']]],
    ['Two guards (Pak Chol Ho and Ri Yong Su) fled.', [['Pak Chol Ho', 'Pak Chol Ho'], ['Ri Yong Su', 'Ri Yong Su']]],
    ['The defector (Margaret Holloway, a photographer) spoke.', [['Margaret Holloway', 'Margaret Holloway']]],
  ])('a name in a sentence is a person: %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a Korean given name alone after the full name (persons11)', () => {
  it('is the full name\'s person', () => {
    expect(persons('The manager Pak Yoo Chol ran the firm. Yoo Chol traveled a lot.')).toEqual([
      ['Pak Yoo Chol', 'Pak Yoo Chol'],
      ['Yoo Chol', 'Pak Yoo Chol'],
    ]);
  });
  it('is not when it comes first, or two full names share it', () => {
    expect(persons('Yoo Chol traveled a lot. The manager Pak Yoo Chol ran the firm.')).toEqual([
      ['Yoo Chol', 'Yoo Chol'],
      ['Pak Yoo Chol', 'Pak Yoo Chol'],
    ]);
    expect(persons('Pak Yoo Chol and Ri Yoo Chol fled. Yoo Chol was caught.')).toEqual([
      ['Pak Yoo Chol', 'Pak Yoo Chol'],
      ['Ri Yoo Chol', 'Ri Yoo Chol'],
      ['Yoo Chol', 'Yoo Chol'],
    ]);
  });
  it('is not for a name in Western order', () => {
    expect(persons('First mate Man Jin Ri was acquitted. Jin Ri said nothing.')).toEqual([
      ['Man Jin Ri', 'Man Jin Ri'],
      ['Jin Ri', 'Jin Ri'],
    ]);
  });
});

describe('a surname before an appositive, after a full name (persons11)', () => {
  it.each([
    ['Pyon Guk-chol was held. It arrested Pyon, a missionary, for espionage.', [['Pyon Guk-chol', 'Pyon Guk Chol'], ['Pyon', 'Pyon Guk Chol']]],
    // a known leader sharing the surname does not make it ambiguous: the role is not his
    ['Kim Guk-chol was held. Leader Kim Jong-un spoke. It arrested Kim, a missionary, for espionage.', [['Kim Guk-chol', 'Kim Guk Chol'], ['Kim Jong-un', 'Kim Jong Un'], ['Kim', 'Kim Guk Chol']]],
    // two persons found with the surname: which one the text does not say
    ['Kim Guk-chol and Kim Chol-su were held. It arrested Kim, a missionary, for espionage.', [['Kim Guk-chol', 'Kim Guk Chol'], ['Kim Chol-su', 'Kim Chol Su'], ['Kim', 'Kim']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("a person's name in the plural (persons11)", () => {
  it('is that person when the article writes the name in the singular too', () => {
    expect(persons("The Korean Harold Tellisons of the border. Call him Korea's Harold Tellison.")).toEqual([
      ['Harold Tellisons', 'Harold Tellison'],
      ['Harold Tellison', 'Harold Tellison'],
    ]);
  });
  it('keeps a name ending in s that no singular matches', () => {
    expect(persons('Guards met Harold Tellisons there.')).toEqual([['Harold Tellisons', 'Harold Tellisons']]);
  });
});

describe('the UN mandates on North Korea by name (entities12; rules/persons.yaml)', () => {
  test.each([
    // a name opening the sentence and one after a long title and a comma, neither first name in any list
    ['Vitit Muntarbhorn told the committee that the camps had grown.', [['Vitit Muntarbhorn', 'Vitit Muntarbhorn']]],
    ['The arrests went on, said the Special Rapporteur on the situation, Marzuki Darusman. Darusman urged restraint.', [['Marzuki Darusman', 'Marzuki Darusman'], ['Darusman', 'Marzuki Darusman']]],
    ['"It is arbitrary," the Special Rapporteur on executions, Christof Heyns, said.', [['Christof Heyns', 'Christof Heyns']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('names the thirteenth batch wrote (#16 §2, entities13)', () => {
  it.each([
    // 의 spelled "eui", as people spell it for themselves
    ['Ministry spokesman Pak Eui Chol told a briefing on Monday that it was so.', 'Pak Eui Chol', 'Pak Eui Chol'],
    // a Chinese surname that is an English word, opening a sentence, before an appositive naming a role;
    // a given name that is an English word (chao) there too; the text's ü kept
    ['Lü Fang, an expert at the Harbor Academy, told reporters that robberies rose.', 'Lü Fang', 'Lü Fang'],
    ['Lu Chao, an analyst at the Harbor Institute, said so.', 'Lu Chao', 'Lu Chao'],
    // a surname that is a place, after a role and a first name
    ['"Stay alert," Deputy Attorney General Susan Monaco stated.', 'Susan Monaco', 'Susan Monaco'],
    // the UN High Commissioners for Human Rights, by name
    ['U.N. High Commissioner for Human Rights Volker Türk and his office were criticised.', 'Volker Türk', 'Volker Türk'],
    // a person after a number that is no tonnage
    ['Of the 4,480 arrested, Pak Sun Ok was the last.', 'Pak Sun Ok', 'Pak Sun Ok'],
    // 백 spelled "Paik", as the press spells some
    ['"Output fell," Paik Chol-su, a director at the Harbor Institute, said.', 'Paik Chol-su', 'Paik Chol Su'],
  ])('%s', (text, mention, canonical) => {
    expect(persons(text)).toContainEqual([mention, canonical]);
  });
  it.each([
    // no role after the name: the English word opens a sentence
    ['Lu Chao said the soup was cold.', 'Lu Chao'],
    // no role before: the place stays a place
    ['Susan Monaco was a quiet place.', 'Susan Monaco'],
    ['The office in Monaco closed.', 'Monaco'],
    // a ship after its tonnage, in every mention
    ['Troops boarded the 4,480-ton Pak Sun in heavy seas. The Pak Sun had cast off a dinghy.', 'Pak Sun'],
  ])('no person: %s', (text, mention) => {
    expect(persons(text).map(([t]) => t)).not.toContain(mention);
  });
});
