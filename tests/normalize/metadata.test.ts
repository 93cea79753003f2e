import { describe, expect, test } from 'vitest';
import { findMetadata } from '../../src/normalize/metadata.js';

const body = 'Police in the border city arrested five people last week, residents said.';

describe('bylines', () => {
  test.each([
    ['By Jane Roe | May 7, 2018 at 12:07 PM', 'Jane Roe', '2018-05-07'],
    ['By Jane Roe   |   Sept. 5, 2019', 'Jane Roe', '2019-09-05'],
    ['By Jane Roe - 4 March 2019', 'Jane Roe', '2019-03-04'],
    ['By Jane Roe | 2019.03.04 10:15am', 'Jane Roe', '2019-03-04'],
    ['By Jane Roe, UPI', 'Jane Roe', null],
    ['By Kim Min-ji and Lee Sang-ho', 'Kim Min-ji and Lee Sang-ho', null],
    ['By KANG Ji-won', 'KANG Ji-won', null],
    ['Reported by Jane Roe | May 7, 2018', 'Jane Roe', '2018-05-07'],
    ['Written by Pak Mi-ra', 'Pak Mi-ra', null],
    ['BY Jane Roe', 'Jane Roe', null],
  ])('%j → author %j, published %j', (line, author, published) => {
    const text = `A headline\n\n${line}\n\n${body}`;
    const m = findMetadata(text);
    expect(m.author).toBe(author);
    expect(m.published).toBe(published);
    expect(m.spans).toHaveLength(1);
    expect(text.slice(m.spans[0]!.start, m.spans[0]!.end)).toBe(line);
  });

  test.each([
    ['By Tuesday, the police had arrested five more people.'],
    ['By then, prices had doubled.'],
    ['By March 2019 the market had closed.'],
    ["By Kim Jong Un's order, the market was closed."],
    ['By The Numbers'],
    ['Reported by the state media, the trial was short.'],
    ['Written by hand, the note was found.'],
  ])('%j is not a byline', (line) => {
    const m = findMetadata(`A headline\n\n${line}\n\n${body}`);
    expect(m.author).toBeNull();
    expect(m.published).toBeNull();
    expect(m.spans).toEqual([]);
  });
});

describe('date lines and datelines', () => {
  test.each([
    ['Published: 2019-03-04', '2019-03-04'],
    ['Updated March 4, 2019, 10:00 AM', '2019-03-04'],
    ['Posted on 4 March 2019', '2019-03-04'],
    ['2019-03-14 11:02', '2019-03-14'],
    ['May 7, 2018 at 12:07 PM', '2018-05-07'],
    ['Wednesday, January 16, 2019', '2019-01-16'],
    ['Date : July 9, 2020', '2020-07-09'],
    ['UPDATED August 2, 2021, 4:15 p.m. ET', '2021-08-02'],
    ['POSTED ON 3 August 2021', '2021-08-03'],
    ['(AFP) Thursday 15 March 2012', '2012-03-15'],
    ['(Reuters) 2 June 2016', '2016-06-02'],
    ['09:12 March 3, 2021', '2021-03-03'],
    ['Min Ha Rang  |  2017-11-23 08:40', '2017-11-23'],
    ['Joe Doe | June 5, 2015', '2015-06-05'],
    ['2014/05/06  Pak Sun-ok', '2014-05-06'],
    ['updated 7:45 AM KST, Tue March 4, 2019', '2019-03-04'],
    ['Updated 11:02 PM, Fri. June 5, 2015', '2015-06-05'],
    ['The Daily Star | Jane Roe | Sept. 5, 2019', '2019-09-05'],
    // an outlet before a slash, under a byline (entities11)
    ['Harbor Press / July 25, 2009', '2009-07-25'],
    ['Apr. 2, 2016 by Harbor Watch in News', '2016-04-02'],
    ['June 5, 2015 by Jane Roe', '2015-06-05'],
  ])('%j → %s', (line, published) => {
    const text = `A headline\n${line}\n${body}`;
    const m = findMetadata(text);
    expect(m.published).toBe(published);
    expect(m.spans.map((s) => text.slice(s.start, s.end))).toEqual([line]);
  });

  test.each([
    [' date 2020-07-09 + ↺ − 16 px', 'date 2020-07-09', '2020-07-09'],
    ['Date 2020-07-09 Police in the border city arrested five people.', 'Date 2020-07-09', '2020-07-09'],
  ])('a labelled machine date opening a line %j: only the label and date are metadata', (line, span, published) => {
    const text = `A headline\n${line}\n${body}`;
    const m = findMetadata(text);
    expect(m.published).toBe(published);
    expect(m.spans.map((s) => text.slice(s.start, s.end))).toEqual([span]);
  });

  test('a wire dateline takes its year from the byline, and names the outlet', () => {
    const text = `A headline\nBy Jane Roe | May 8, 2018 at 9:00 AM\nMay 7 (UPI) -- ${body}`;
    const m = findMetadata(text);
    expect(m.published).toBe('2018-05-07');
    expect(m.outlet).toBe('UPI');
    // the dateline is content: only the byline is kept out of extraction
    expect(m.spans.map((s) => text.slice(s.start, s.end))).toEqual(['By Jane Roe | May 8, 2018 at 9:00 AM']);
  });

  test('a December dateline on a story dated in January belongs to the year before', () => {
    expect(findMetadata(`Headline\nPublished: 2019-01-02\nDec. 31 (UPI) -- ${body}`).published).toBe('2018-12-31');
  });

  test('a dateline with a city and agency', () => {
    const m = findMetadata(`Headline\n2019-03-14 11:02\nSEOUL, March 14 (Yonhap) -- ${body}`);
    expect(m.published).toBe('2019-03-14');
    expect(m.outlet).toBe('Yonhap');
  });

  test('a dateline without a stated year gives no publication date', () => {
    const m = findMetadata(`Headline\nMay 7 (UPI) -- ${body}`);
    expect(m.published).toBeNull();
    expect(m.outlet).toBe('UPI');
  });

  test.each([
    [`Headline\nThe arrests began on May 7, 2018, in the provincial capital, sources said.`],
    [`Headline\n${body}\nThe crackdown started in 2019-03-04 reports.`],
    [`Headline\n${body}`],
    [`Headline\nMay 7, 2018 Police raided the market in the provincial capital, sources said.`],
    [`Headline\nOn May 7, 2018 at 10:00 police arrived.`],
    [`Headline\nThe date of May 7, 2018 was chosen by the court.`],
    [`Headline\n(AFP) Police said on May 7, 2018 that five were held.`],
    [`Headline\nPosted on May 7, 2018 at the border, the guards were replaced.`],
    [`Headline\nMay 7, 2018 by the river in Hyesan, five were held.`],
    [`Headline\nThe date 2018-05-07 was set for the trial.`],
  ])('dates inside content are never the publication date: %j', (text) => {
    expect(findMetadata(text).published).toBeNull();
  });
});

describe('outlet', () => {
  test.each([
    ['Prices have doubled, Daily NK has learned.', 'Daily NK'],
    ['"Prices have doubled," a source told Daily NK.', 'Daily NK'],
    ["A resident told RFA's Korean Service that prices doubled.", 'Radio Free Asia'],
    ['A trader told Radio Free Asia that prices doubled.', 'Radio Free Asia'],
    ['ASIAPRESS reporting partners say prices doubled.', 'Asia Press'],
    ['Prices have doubled, NK News has learned.', 'NK News'],
    ['Two traders told NK News that prices doubled.', 'NK News'],
  ])('%j → %s', (sentence, outlet) => {
    expect(findMetadata(`Headline\n${sentence}`).outlet).toBe(outlet);
  });

  test('the outlet with most own attributions wins over one it cites', () => {
    const text = 'Headline\nOne source told Daily NK in 2019 that prices rose.\nA trader told NK News on Tuesday.\nAnother told NK News the same.';
    expect(findMetadata(text).outlet).toBe('NK News');
  });

  test('a wire dateline beats the outlet it cites', () => {
    const text = 'Headline\nMay 7 (UPI) -- A source told Radio Free Asia that prices rose. Another told RFA the same.';
    expect(findMetadata(text).outlet).toBe('UPI');
  });

  test.each([['Prices rose, according to Daily NK reporting.'], ['Radio Free Asia reported the arrests.'], ['No outlet is named here.']])(
    'no own attribution in %j',
    (sentence) => expect(findMetadata(`Headline\n${sentence}`).outlet).toBeNull(),
  );
});

test('first line', () => {
  expect(findMetadata('\n\n  Police arrest dealers  \nBody.').firstLine).toBe('Police arrest dealers');
  expect(findMetadata('   \n').firstLine).toBeNull();
});

describe("a site's today widget above the title (entities12)", () => {
  const body = 'Police in the border city arrested five people on Tuesday, sources said.';
  test.each([
    [`82 F\nTanbong\nSunday, July 21, 2024\n\nA headline\n${body}`],
    [`37.1 C\nHarbor City\nWednesday, April 16, 2025\n\nA headline\n${body}`],
    [`Monday May 27, 2019\nHome Lead Story A headline...\n\nA headline\n${body}`],
  ])('is furniture and no publication date: %j', (text) => {
    const m = findMetadata(text);
    expect(m.published).toBeNull();
    // the weather and the city are the widget's too
    expect(m.spans.map((sp) => text.slice(sp.start, sp.end))).toEqual([text.slice(0, text.indexOf('\n', text.search(/\d{4}/)))]);
  });
  test('a weekday date line under the title is the publication date', () => {
    expect(findMetadata(`A headline\nMonday, May 27, 2019\n${body}`).published).toBe('2019-05-27');
  });
});
