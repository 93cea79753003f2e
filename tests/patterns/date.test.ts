import { describe, expect, test } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import type { EntityOf } from '../../src/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR, rulesDir } from '../helpers.js';

// no gazetteer: the finder alone, independent of the rule files being edited
const pipe = createPipeline({ rulesDir: rulesDir({ 'empty.yaml': 'kind: lexicon\nentries: []\n' }) });
const dates = (text: string, published: string | null = null) =>
  pipe.process({ id: 't', source: 't.txt', text, published }).entities.filter((e): e is EntityOf<'DATE'> => e.type === 'DATE');
/** [text, value, mod] of each date. */
const rows = (text: string, published: string | null = null) => dates(text, published).map((e) => [e.text, e.norm.value, e.norm.mod ?? null]);

// a Monday
const PUB = '2018-05-07';

/** The date finder with the rules' future cues (rules/date-words.yaml) and nothing else. */
const cued = createPipeline({ rulesDir: rulesDir({ 'date-words.yaml': readFileSync(join(RULES_DIR, 'date-words.yaml'), 'utf8') }) });
const cuedRows = (text: string, published: string | null = PUB) =>
  cued.process({ id: 't', source: 't.txt', text, published }).entities.filter((e): e is EntityOf<'DATE'> => e.type === 'DATE').map((e) => [e.text, e.norm.value, e.norm.mod ?? null]);

describe('dates that need no publication date', () => {
  test.each([
    ['The raid took place on May 7, 2018, in Hyesan.', 'May 7, 2018', '2018-05-07', null],
    ['The raid took place on 7 May 2018 in Hyesan.', '7 May 2018', '2018-05-07', null],
    ['The raid was logged as 2018-05-07 in the file.', '2018-05-07', '2018-05-07', null],
    ['The raid took place on Wednesday, May 9, 2018.', 'Wednesday, May 9, 2018', '2018-05-09', null],
    ['The raid took place on Sept. 5th, 2019.', 'Sept. 5th, 2019', '2019-09-05', null],
    ['The law was adopted in January 2016.', 'January 2016', '2016-01', null],
    ['The law was adopted in January of 2016.', 'January of 2016', '2016-01', null],
    ['The law took effect in 2019.', '2019', '2019', null],
    ['Prices have risen since 2015.', '2015', '2015', null],
    ['The camp closed in the year 2001.', '2001', '2001', null],
    ['Prices have been stable as of 2019.', '2019', '2019', null],
    ['The findings of the 2004 survey were grim.', '2004', '2004', null],
    ['After this 2011 raid, she fled across the river.', '2011', '2011', null],
    ['Inspectors cited the 2019 Market Order Law.', '2019', '2019', null],
    ['The market opened around 2010, traders said.', '2010', '2010', null],
    ['Arrests rose in early 2019.', 'early 2019', '2019', 'START'],
    ['Arrests rose in mid-2019.', 'mid-2019', '2019', 'MID'],
    ['The order came at the end of 2019.', 'end of 2019', '2019', 'END'],
    ['Famine struck in the 1990s.', '1990s', '199X', null],
    ['Famine struck in the mid-1990s.', 'mid-1990s', '199X', 'MID'],
    ['Markets spread in the late 1990s.', 'late 1990s', '199X', 'END'],
    ["Markets spread in the '90s.", "'90s", '199X', null],
    ['Markets spread in the 90s.', '90s', '199X', null],
    ['Dramas from the 80’s were popular.', '80’s', '198X', null],
    ["Dramas from the 80's were popular.", "80's", '198X', null],
    ['Famine struck in the mid 90s.', 'mid 90s', '199X', 'MID'],
    ['The crackdown began in the spring of 2019.', 'spring of 2019', '2019-SP', null],
    ['The crackdown began in summer 2019.', 'summer 2019', '2019-SU', null],
    ['He fled in the winter of 2011.', 'winter of 2011', '2011-WI', null],
    ['On a winter night in 2011, agents came.', 'winter night in 2011', '2011-WI', null],
    ['On summer mornings in 2015 guards patrolled.', 'summer mornings in 2015', '2015-SU', null],
    ['He fled in late March 2011.', 'late March 2011', '2011-03', 'END'],
    ['Arrests began in early July.', 'early July', 'XXXX-07', 'START'],
    ['Arrests began in mid-July.', 'mid-July', 'XXXX-07', 'MID'],
    ['Arrests began in late July.', 'late July', 'XXXX-07', 'END'],
    ['Arrests began at the beginning of July.', 'beginning of July', 'XXXX-07', 'START'],
    ['Arrests began on Jan. 19 in Hyesan.', 'Jan. 19', 'XXXX-01-19', null],
    ['Arrests began on March 12 in Hyesan.', 'March 12', 'XXXX-03-12', null],
    ['Arrests began on 12 March in Hyesan.', '12 March', 'XXXX-03-12', null],
    ['Arrests began on the 12th of March.', '12th of March', 'XXXX-03-12', null],
    ['Arrests began in May in Hyesan.', 'May', 'XXXX-05', null],
    ['The campaign has continued into 2014.', '2014', '2014', null],
    ["The panel's 2014 report named the camps.", '2014', '2014', null],
    ['It breaches the Refugee Convention of 1951 and other law.', '1951', '1951', null],
    ['The drought ruined their June potato harvest.', 'June', 'XXXX-06', null],
    ['Arrests were made in the spring.', 'spring', 'XXXX-SP', null],
    ['She fled in the late fall, a source said.', 'late fall', 'XXXX-FA', 'END'],
  ])('%j → %j %s %s', (text, span, value, mod) => {
    expect(rows(text)).toEqual([[span, value, mod]]);
    const d = dates(text)[0]!;
    expect(d.canonical).toBe(value);
    expect(text.slice(d.start, d.end)).toBe(span);
  });

  test.each([
    ['The executions took place on March 1st and 2nd in front of the families.', null, [['March 1st', 'XXXX-03-01', null], ['2nd', 'XXXX-03-02', null]]],
    ['The trial ran June 3-4, 2019, in Pyongyang.', null, [['June 3', '2019-06-03', null], ['4', '2019-06-04', null]]],
    ['Raids were held on April 9 to 11.', null, [['April 9', 'XXXX-04-09', null], ['11', 'XXXX-04-11', null]]],
    ['The executions took place on March 1st and 2nd, the NGO said.', PUB, [['March 1st', '2018-03-01', null], ['2nd', '2018-03-02', null]]],
  ])('a second day in the same month: %j', (text, published, expected) => {
    expect(rows(text, published)).toEqual(expected);
  });

  test.each([
    ['On May 7 and 8 people were arrested in Hyesan.', [['May 7', 'XXXX-05-07', null]]],
    ['Prices fell on May 7 and 3 dealers fled.', [['May 7', 'XXXX-05-07', null]]],
    ['The raid on May 7 and 5 others followed.', [['May 7', 'XXXX-05-07', null]]],
  ])('no second day where a count follows: %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test.each([
    ['Images taken in May and August showed new barracks.', [['May', 'XXXX-05', null], ['August', 'XXXX-08', null]]],
    ['Prices rose in May, June or July.', [['May', 'XXXX-05', null], ['June', 'XXXX-06', null], ['July', 'XXXX-07', null]]],
  ])('a month joined to a month found before it: %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a range of years gives both years', () => {
    expect(rows('Defectors who left between 2016 and 2018 were interviewed.')).toEqual([['2016', '2016', null], ['2018', '2018', null]]);
    expect(rows('The survey ran from 2015 to 2019.')).toEqual([['2015', '2015', null], ['2019', '2019', null]]);
  });
});

describe('resolved against the publication date', () => {
  test.each([
    ['The source said on Wednesday that prices rose.', 'Wednesday', '2018-05-02'],
    ['The source said on Monday that prices rose.', 'Monday', '2018-05-07'],
    ['The source said last Monday that prices rose.', 'last Monday', '2018-04-30'],
    ['The trial opens next Friday in Hyesan.', 'next Friday', '2018-05-11'],
    ['Arrests began on Jan. 19 in Hyesan.', 'Jan. 19', '2018-01-19'],
    ['Arrests began on Dec. 19 in Hyesan.', 'Dec. 19', '2017-12-19'],
    ['Arrests began in early July.', 'early July', '2017-07'],
    ['Arrests began in February.', 'February', '2018-02'],
    ['Arrests began last March.', 'last March', '2018-03'],
    ['He was arrested this past March in Hyesan.', 'past March', '2018-03'],
    ['Officials named November a month of inspections.', 'November', '2017-11'],
    ['He was arrested in the spring.', 'spring', '2018-SP'],
    ['Since the fall, agents have checked phones.', 'fall', '2017-FA'],
    ['Smuggling slowed during the winter.', 'winter', '2017-WI'],
    ['The drought ruined their June potato harvest.', 'June', '2017-06'],
  ])('%j → %j %s', (text, span, value) => {
    expect(rows(text, PUB).map(([t, v]) => [t, v])).toEqual([[span, value]]);
  });

  test.each([
    ['A source reported on the 27th, "Prices doubled."', [['27th', '2018-04-27', null]]],
    ['The trial was held on the 3rd in Hyesan.', [['3rd', '2018-05-03', null]]],
    ['The trial ran from the 4th to 6th, officials said.', [['4th', '2018-05-04', null], ['6th', '2018-05-06', null]]],
    ['The trial ran from the 4th to 8th, officials said.', [['4th', '2018-04-04', null], ['8th', '2018-04-08', null]]],
    ['Lectures were given on May 3 and 4 for the cadres.', [['May 3', '2018-05-03', null], ['4', '2018-05-04', null]]],
  ])('a day of the month alone takes the publication month, or the one before: %j', (text, expected) => {
    expect(rows(text, PUB)).toEqual(expected);
  });

  test.each([
    ['The 8th Party Congress opened in Pyongyang.'],
    ['Executions rose in the 20th century.'],
    ['He lived on the 3rd floor of the block.'],
    ['He was caught for the 2nd time.'],
  ])('no day of the month in %j', (text) => {
    expect(rows(text, PUB)).toEqual([]);
  });

  test('without a publication date a day of the month names no day', () => {
    expect(rows('A source reported on the 27th that prices rose.')).toEqual([]);
  });

  test('deictic expressions without a calendar name are not dates, even with a publication date', () => {
    for (const text of ['Drug use rose this year.', 'Drug use rose last year.', 'Prices fell last month.', 'Police raided the house yesterday.', 'Arrests came last week.', "Last year's crackdown failed."]) {
      expect(rows(text, PUB)).toEqual([]);
    }
  });
});

describe('not dates', () => {
  test.each([
    ['The source said on Wednesday that prices rose.'],
    ['Police came last Friday, a resident said.'],
    ['He served 15 days in a holding center.'],
    ['She was sent away for two months.'],
    ['The dealer operated for several years.'],
    ['A woman in her 40s was arrested.'],
    ["A woman in her 40's was arrested."],
    ['A man in his mid 30s was arrested.'],
    ['Both were in their late 50s.'],
    ['A man in his forties was arrested.'],
    ['A man in his 60s ran the ring.'],
    ['Over the last year, prices doubled.'],
    ['In the last year prices doubled.'],
    ['Officials may march the suspects through the market.'],
    ['They may be released soon.'],
    ['May God protect them, she said.'],
    ['Police arrested 2019 people in the campaign.'],
    ['In 2000 households, inspectors found opium.'],
    ['Article 2019 does not exist.'],
    ['The 2000 households in the district were searched.'],
    ['He sold the 1900 grams in one night.'],
    ['She paid the 2000 yuan to a broker.'],
    ['The 2000, he said, was not enough.'],
    ['Call +82 2 1234 5678 for details.'],
    ['Prices rose 15% in the market.'],
    ['He carried 2018 grams of ice.'],
    ['The market sells goods on Sundays.'],
    ['The fall of prices surprised traders.'],
    ['Since the fall of the regime, prices rose.'],
    ['Traders feared a repeat of the fall in prices.'],
    ['Villagers drank the spring water.'],
    ['The May Day parade was held.'],
    ['He paid in cash and May Kim paid in rice.'],
    ['A total of 2000 soldiers were sent.'],
    ["The group's 2000 members were questioned."],
    ['One of 1990 candidates was chosen.'],
    ['A winter night in the camp was long.'],
    ['He paid 1,500 yuan.'],
    ['The decision was made in march.'],
    ['The October Revolution was studied in school.'],
    ['She said May was a hard time.'],
  ])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('dates across a wrapped line', () => {
  test.each([
    ['The raid took place on May\n7, 2018, in Hyesan.', 'May\n7, 2018', '2018-05-07', null],
    ['The raid took place on May 7,\n2018, in Hyesan.', 'May 7,\n2018', '2018-05-07', null],
    ['The law was adopted in January of\n2016 by the assembly.', 'January of\n2016', '2016-01', null],
    ['The raids began in early\n2019 near the border.', 'early\n2019', '2019', 'START'],
  ])('%j', (text, span, value, mod) => {
    expect(rows(text)).toEqual([[span, value, mod]]);
  });

  test('a blank line or a sentence boundary ends the date', () => {
    expect(rows('The raid took place on May\n\n7 guards were there.')).toEqual([]);
    expect(rows('The raid took place in May 2018.\n7 guards were there.')).toEqual([['May 2018', '2018-05', null]]);
    // a title-case headline's line break ends the sentence: no date across it
    expect(rows('Guards Arrest Traders Since May\n2018 Was Hard')).toEqual([]);
  });
});

describe('a half of a year or month is its start or end (#16 §2)', () => {
  test.each([
    ['The crackdown began in the second half of 2019 in Hyesan.', [['second half of 2019', '2019', 'END']]],
    ['Arrests rose in the first half of 2021.', [['first half of 2021', '2021', 'START']]],
    ['Arrests rose in the latter half of 2021.', [['latter half of 2021', '2021', 'END']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  test.each([
    // a half of something else is no date's part
    ['The first half of the match ended in 2019.', [['2019', '2019', null]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('what the eighth batch wrote (#16 §2, entities9)', () => {

  test.each([
    // a sentence about what is to come names the coming day or month
    ['Police will restrict movement from July 1 to July 15.', [['July 1', '2018-07-01', null], ['July 15', '2018-07-15', null]]],
    ['The rule will be enforced in October, officials said.', [['October', '2018-10', null]]],
    ['"We will send them back by Nov. 20 at the latest."', [['Nov. 20', '2018-11-20', null]]],
    ['A mourning period runs through the end of June.', [['end of June', '2018-06', 'END']]],
    // a day within a month after publication is the coming one, whatever the sentence
    ['The ban includes the memorial day on May 20.', [['May 20', '2018-05-20', null]]],
    // past events keep the year before
    ['He was repatriated in October.', [['October', '2017-10', null]]],
    ['He was arrested on Nov. 20 in Hyesan.', [['Nov. 20', '2017-11-20', null]]],
    // a cue in another sentence says nothing of this one
    ['Officials will talk. He was arrested on Nov. 20.', [['Nov. 20', '2017-11-20', null]]],
  ])('%s', (text, expected) => {
    expect(cuedRows(text)).toEqual(expected);
  });

  test.each([
    ['He fled in July last year, a source said.', PUB, [['July last year', '2017-07', null]]],
    ['Trials began in mid-March of last year.', PUB, [['mid-March of last year', '2017-03', 'MID']]],
    ['On Feb. 20 last year he fled.', PUB, [['Feb. 20 last year', '2017-02-20', null]]],
    ['Arrests rose in March this year.', PUB, [['March this year', '2018-03', null]]],
    ['He fled in July last year, a source said.', null, [['July last year', 'XXXX-07', null]]],
    // "last year" alone stays no date
    ['He fled last year in a boat.', PUB, []],
  ])('the year said after a month: %s', (text, published, expected) => {
    expect(rows(text, published)).toEqual(expected);
  });

  test.each([
    ['05/22/2014 Hyesan (Harbor Press)- Guards were held.', [['05/22/2014', '2014-05-22', null]]],
    ['The notice of 22/05/2014 was read out.', [['22/05/2014', '2014-05-22', null]]],
    // neither number tells the month
    ['The notice of 05/06/2014 was read out.', []],
    // a life's span in parentheses: two years, the second with the first's century
    ['The founder Ri Tanbong (1912-94) is revered.', [['1912', '1912', null], ['94', '1994', null]]],
    ['The war (1950-1953) ended in a truce.', [['1950', '1950', null], ['1953', '1953', null]]],
    ['Since (1998-03) the numbers fell.', []],
    // a span that modifies a noun after a determiner, or after a temporal word
    ['The two states fought their 1950-53 conflict to a truce.', [['1950', '1950', null], ['53', '1953', null]]],
    ['Guards built the fence in 1994-98 along the river.', [['1994', '1994', null], ['98', '1998', null]]],
    // a score, a page range, a code: no lead and no noun
    ['The vote went 1950-53 against the motion.', []],
    // a year between an adjective and its noun after a determiner; a count is plural
    ['According to an exhaustive 2012 study, the camps grew.', [['2012', '2012', null]]],
    ['The remaining 2000 prisoners were moved.', []],
    ['The inspection came this past spring.', [['spring', 'XXXX-SP', null]]],
    ['They drank from this spring of water.', []],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('what the ninth batch wrote (#16 §2, entities10)', () => {

  test.each([
    // a weekday in a clause about what is to come is the coming one (PUB is a Monday)
    ['The report is due to be released Friday by the ministry.', [['Friday', '2018-05-11', null]]],
    ['Any follow-up after the report is issued on Wednesday will be blocked.', [['Wednesday', '2018-05-09', null]]],
    ['The court will rule on Monday.', [['Monday', '2018-05-07', null]]],
    // a past verb before it tells a past day, whatever follows
    ['He was arrested on Friday and will be tried in June.', [['Friday', '2018-05-04', null], ['June', '2018-06', null]]],
    ['An official said on Thursday it will not confirm the claims.', [['Thursday', '2018-05-03', null]]],
    ['The man arrested Friday will be tried.', [['Friday', '2018-05-04', null]]],
    // a cue far from the weekday in its sentence says nothing of it
    ['The source told a reporter on Friday that the office has ordered smugglers to report those going to South Korea.', [['Friday', '2018-05-04', null]]],
  ])('%s', (text, expected) => {
    expect(cuedRows(text)).toEqual(expected);
  });
});

describe('the tense of a weekday\'s clause (thirteenth batch)', () => {

  test.each([
    // PUB is Monday 2018-05-07: the nearest auxiliary of the clause decides, however far
    ['The four fishermen were handed over to the border police on Tuesday through the Sinuiju crossing.', [['Tuesday', '2018-05-01', null]]],
    ['Officials will raise the detention of the trader at a new round of talks on Thursday.', [['Thursday', '2018-05-10', null]]],
    ['The detained trader, who will be tried next month, was questioned on Friday.', [['Friday', '2018-05-04', null]]],
    ['Ministry officials said on Wednesday that the trader will be released.', [['Wednesday', '2018-05-02', null]]],
    // must not: an auxiliary of another clause says nothing of the weekday
    ['The trader was detained in March, and the court rules on Thursday until further notice.', [['March', '2018-03', null], ['Thursday', '2018-05-10', null]]],
    ['He will appeal, but the court met on Friday.', [['Friday', '2018-05-04', null]]],
    // a month in the run-up to an event is the coming one
    ['Security was tightened in the run-up to the party congress in September.', [['September', '2018-09', null]]],
    ['Security was tightened in September.', [['September', '2017-09', null]]],
  ])('%s', (text, expected) => {
    expect(cuedRows(text)).toEqual(expected);
  });
});
