/**
 * Dates: full dates, month and year, seasons, decades, month-days, months, years and
 * weekdays, valued in TIMEX3 by normalize/dates.ts. Month and weekday names
 * must be capitalised ("may" and "march" are ordinary words); a month alone needs a
 * preposition before it ("in May", "this past March"), another month it is joined to ("in May
 * and August") or a determiner when it modifies a noun ("their June harvest"), unless its name
 * is no other word ("designating November as ..."); a year alone a temporal word ("in 2019",
 * "since 2015", "into 2014", "early 2019"), a determiner or possessive when it modifies a noun
 * ("the 2004 study", "the commission's 2014 report") or a name's "of" ("the Refugee Convention of
 * 1951"), and no unit or currency after it ("in 2000 households"); a season without a year a
 * preposition and "the" ("in the spring", "since the fall"). Durations ("15 days")
 * and ages ("in her 40s") have no pattern here, nor deictic expressions without a calendar name
 * ("last year", "this month", "yesterday"): docs/annotation.md does not count them as dates.
 *
 * The finder walks the article's words and tries a pattern only at a word that can anchor it
 * (a number, a capitalised month or weekday, a season); the words that may
 * lead it ("in", "early", "end of", "Wednesday,") are read backwards from the anchor. Where
 * matches overlap, the more specific one wins.
 *
 * A weekday is a date only where the publication date resolves it: without one it names no
 * day. A month or day without a year takes the publication year (news mode); the narrative
 * year (the last year stated before it, HeidelTime's narrative mode) was measured on the real
 * development set and lost: DATE F1 0.949 → 0.781, because news reporting states background
 * years ("since 2012") before the current events it dates by month.
 */
import {
  MONTH_SOURCE, MONTH_WORDS, WEEKDAY_SOURCE, WEEKDAY_WORDS, dateMod, dayOfMonthValue, decadeValue, isoDate, monthDayValue, monthNumber, monthValue,
  recentSeasonValue, relativeYearValue, seasonValue, weekdayNumber, weekdayValue, type DateMod,
} from '../normalize/dates.js';
import { CURRENCY_AFTER_SOURCE } from '../normalize/money.js';
import { followingWord, matchAt, matchEndingAt, precedingWord, type NearWord } from '../normalize/numbers.js';
import { MASS_UNIT_SOURCE } from '../normalize/quantity.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Draft, WorkingDoc } from '../stages/doc.js';
import { overlapsAny, sentenceAt } from '../stages/doc.js';
import { KeyTable } from '../text/key-table.js';
import { OPTIONAL_WORD_GAP, WORD_GAP } from '../text/space.js';

const YEAR = '((?:1[89]|20)\\d\\d)';
/** What follows a number that is an amount, not a year. */
const AMOUNT_AFTER = `(?!${OPTIONAL_WORD_GAP}(?:%|percent\\b|per\\b|${MASS_UNIT_SOURCE}|${CURRENCY_AFTER_SOURCE}|(?:people|persons|households|families|cases|times|units|members|residents|soldiers|troops|defectors)\\b))`;

// Sticky patterns, tried at the word that anchors them.
const ISO = /(?<![\w./-])(\d{4})([-/.])(\d{2})\2(\d{2})(?![\w/-]|\.\d)/y;
/** "05/22/2014": a month and a day in figures, in either order where the numbers tell which is the month (a day above 12). */
const NUMERIC_DATE = /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/((?:1[89]|20)\d\d)(?![\w/-]|\.\d)/y;
/** "(1912-94)", "(1950-1953)": a span of years in parentheses, a life's or a war's; the second may drop its century. */
const YEAR_SPAN = /((?:1[89]|20)\d\d)[-\u2013]((?:1[89]|20)?\d\d)(?![\d\-\u2013/])/y;
/** "May 7, 2018", "January of 2016", "Jan. 19", "March": a month, then maybe a day, maybe a year. */
const MONTH_FIRST = new RegExp(`(${MONTH_SOURCE})(?![A-Za-z])(?:${WORD_GAP}([0-3]?\\d)(?:st|nd|rd|th)?\\b(?![:.,]\\d))?(?:,?${WORD_GAP}(?:of${WORD_GAP})?${YEAR}\\b)?`, 'y');
/**
 * A second day after a month-day, in the same month: "March 1st and 2nd", "June 3-4", "May 7 to 9,
 * 2018" (group 1 the day, group 2 the year both days take). What follows must end the phrase,
 * so a count is not read as a day ("on May 7 and 8 people were arrested").
 */
const COORDINATED_DAY = new RegExp(
  `(?:,?${WORD_GAP}(?:and|&)${WORD_GAP}|${WORD_GAP}(?:to|through)${WORD_GAP}|${OPTIONAL_WORD_GAP}[-–]${OPTIONAL_WORD_GAP})([0-3]?\\d(?:st|nd|rd|th)?)(?:,?${WORD_GAP}${YEAR})?(?=[,.;:)]|\\s*$|${WORD_GAP}(?:in|at|on|when|while|and|but|after|before|respectively|last|this|of|for)\\b)`,
  'yd',
);
/**
 * What may follow a day of the month named alone ("on the 27th, a source said", "the 4th to
 * 8th"): the phrase ends there, so "the 8th Party Congress" and "the 20th century" are no days.
 */
const DAY_ALONE_END = new RegExp(`(?=[,.;:)"”]|\\s*$|${WORD_GAP}(?:in|at|on|when|while|and|but|after|before|respectively|of|to|through|a|the)\\b)`, 'y');
/** "7 May 2018", "12 March", "the 12th of March". */
const DAY_FIRST = new RegExp(`(?<![\\w.,-])([0-3]?\\d)(?:st|nd|rd|th)?${WORD_GAP}(?:of${WORD_GAP})?(${MONTH_SOURCE})(?![A-Za-z])(?:,?${WORD_GAP}${YEAR}\\b)?`, 'y');
/** "spring 2019", "the fall of 2017", "a winter night in 2011": the season's part of a day belongs to the span. */
const SEASON = new RegExp(`(spring|summer|autumn|fall|winter)(?:${WORD_GAP}(?:day|night|morning|afternoon|evening)s?${WORD_GAP}in|${WORD_GAP}of)?${WORD_GAP}${YEAR}\\b`, 'iy');
const DECADE = /((?:1[89]|20)\d0)'?s\b/y;
const SHORT_DECADE = /(?<![\w'])'([3-9]0)s\b/y;
/** "the 90s", "the mid 90s": without the apostrophe only after "the", since "her 40s" is an age. */
const BARE_SHORT_DECADE = /(?<![\w'])([3-9]0)s\b/y;
/** "the 80's", "the 80’s": a decade with an apostrophe before its s, after "the" as BARE_SHORT_DECADE. */
const APOSTROPHE_SHORT_DECADE = /([3-9]0)['\u2019]s\b/y;
const DECADE_THE_BEFORE = new RegExp(`\\bthe${WORD_GAP}(?:(?:early|mid|late)(?:-|${WORD_GAP}))?$`, 'iy');
const YEARS = new RegExp(`${YEAR}(?:${OPTIONAL_WORD_GAP}(?:-|to|and|through|until)${OPTIONAL_WORD_GAP}${YEAR})?\\b${AMOUNT_AFTER}`, 'yd');
/** After a month or month-day, the year it is in said relative to publication: "July last year", "mid-May of last year", "March this year". */
const RELATIVE_YEAR_AFTER = new RegExp(`,?${WORD_GAP}(?:of${WORD_GAP})?(last|this)${WORD_GAP}year\\b`, 'iy');

/** Leading words, read backwards from the anchor (normalize/numbers.ts matchEndingAt). */
const MOD_BEFORE = new RegExp(`(?:(early|mid|late)(?:-|${WORD_GAP})|(beginning|start|middle|end)${WORD_GAP}of${WORD_GAP}|(first|second|latter)${WORD_GAP}half${WORD_GAP}of${WORD_GAP})$`, 'iy');
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY_SOURCE},?${WORD_GAP}$`, 'y');
const YEAR_LEAD_BEFORE = new RegExp(`(?:in|into|since|until|till|during|throughout|before|after|around|by|from|between|as${WORD_GAP}of|circa)${WORD_GAP}(?:the${WORD_GAP}year${WORD_GAP})?$`, 'iy');
/**
 * What leads a season named without a year: a preposition and "the", or "this (past)", maybe a
 * modifier ("in the spring", "since the early fall", "this past spring"); group 1 the modifier.
 */
const SEASON_ALONE_BEFORE = new RegExp(`(?:(?:in|since|until|till|during|throughout|before|after|by|from)${WORD_GAP}the|this(?:${WORD_GAP}past)?)${WORD_GAP}(?:(early|mid|late)(?:-|${WORD_GAP}))?$`, 'iy');
/** After a season named without a year, words that make it a noun of another sense ("the fall of the regime", "the fall in prices") or a name's. */
const SEASON_ALONE_NOT_BEFORE = new RegExp(`^(?:${WORD_GAP}(?:of|in|to|from)\\b|${WORD_GAP}\\p{Lu})`, 'u');
/** The last word of each kind of lead, to test cheaply before the pattern. */
const MOD_LAST_WORDS: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'of']);
const MONTH_LEADS: ReadonlyMap<string, 'in' | 'last' | 'this'> = new Map([
  ...['in', 'since', 'until', 'till', 'during', 'by', 'from', 'through', 'throughout', 'before', 'after', 'to', 'of'].map((w) => [w, 'in'] as const),
  // "this past March" is the last March
  ['last', 'last'], ['past', 'last'], ['this', 'this'],
]);
/**
 * Months whose names are no other English word, a date without a lead ("designating November
 * as ..."); "May", "March", "August", "April" and "June" are words or names and need one.
 */
const MONTHS_ALONE: ReadonlySet<string> = new Set(['january', 'february', 'september', 'october', 'november', 'december']);
/** A capitalised word after a month alone makes it part of a name ("the October Revolution"). */
const NAME_AFTER = new RegExp(`^${WORD_GAP}\\p{Lu}`, 'u');
const YEAR_LEAD_LAST_WORDS: ReadonlySet<string> = new Set(['in', 'into', 'since', 'until', 'till', 'during', 'throughout', 'before', 'after', 'around', 'by', 'from', 'between', 'of', 'circa', 'year']);
/** Determiners before a year that modifies a noun: "the 2004 study", "this 2008 incident", "the 2022 Drug Law". */
const YEAR_MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'a']);
/** Determiners before a month that modifies a noun ("their June potato harvest"); "this" already leads a month, and "a May" is no date. */
const MONTH_MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'its', 'their', 'his', 'her']);
/** What ends a sentence or a line between two words. */
const SENTENCE_BREAK = /[.!?:\n]/;
/** What joins a month to the month before it ("May and August", "May, June or July"). */
const MONTH_LINK = new RegExp(`^(?:,?${WORD_GAP}(?:and|or)|,)${WORD_GAP}$`);
const WEEKDAY_LEADS: ReadonlyMap<string, 'last' | 'on' | 'next'> = new Map([['last', 'last'], ['past', 'last'], ['this', 'on'], ['next', 'next']]);
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words that can anchor a date, other than numbers. Months and weekdays must be capitalised. */
const ANCHORS = new KeyTable<'month' | 'weekday' | 'season'>([
  ...[...MONTH_WORDS].map((w) => [w, 'month'] as const),
  ...[...WEEKDAY_WORDS].map((w) => [w, 'weekday'] as const),
  ...['spring', 'summer', 'autumn', 'fall', 'winter'].map((w) => [w, 'season'] as const),
]);
/** First letters of the anchors that may be lower case: seasons. */
const LOWER_CASE_ANCHOR_START: readonly boolean[] = Array.from({ length: 128 }, (_, c) => 'safw'.includes(String.fromCharCode(c)));
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/;
/** The words between the two days of a range named without a month ("from the 4th to 8th"). */
const RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'and', 'through']);
const DECADE_WORD = /^\d{3}0s$/;
const SHORT_DECADE_WORD = /^[3-9]0s$/;

/** From the most to the least specific: where matches overlap, the lower rank wins. */
const RANK = { iso: 0, full: 1, monthYear: 2, season: 3, decade: 4, monthDay: 5, dayOfMonth: 6, month: 7, year: 8, weekday: 9 } as const;
const RULE: Readonly<Record<keyof typeof RANK, string>> = {
  iso: 'pattern:date-iso', full: 'pattern:date-full', monthYear: 'pattern:date-month-year', season: 'pattern:date-season',
  decade: 'pattern:date-decade', monthDay: 'pattern:date-month-day', month: 'pattern:date-month', year: 'pattern:date-year',
  weekday: 'pattern:date-weekday', dayOfMonth: 'pattern:date-day-of-month',
};

interface Found {
  start: number;
  end: number;
  value: string;
  mod: DateMod | undefined;
  kind: keyof typeof RANK;
}

class Collector {
  readonly found: Found[] = [];
  /**
   * @param upcoming whether the sentence at an offset speaks of what is to come
   * (`date-future-cues`): a month or day after publication there is the coming one
   * @param upcomingNear whether a future cue stands in the clause around [start, end): a few words
   * before it or after it in its sentence ("due to be released Friday", "Monday will be")
   */
  constructor(readonly text: string, readonly upcoming: (at: number) => boolean, readonly upcomingNear: (start: number, end: number) => boolean) {}

  /** "last year" or "this year" right after `end`: the year offset and the end of the phrase. */
  relativeYear(end: number): [-1 | 0, number] | null {
    const m = matchAt(RELATIVE_YEAR_AFTER, this.text, end);
    return m ? [m[1]!.toLowerCase() === 'last' ? -1 : 0, end + m[0].length] : null;
  }

  /** The lead words matched by `re` that end at `at`. */
  lead(re: RegExp, at: number, words: number): RegExpExecArray | null {
    return matchEndingAt(re, this.text, at, words);
  }

  /** The word before `start`, lower case, if any. */
  previous(start: number): NearWord | null {
    return precedingWord(this.text, start);
  }

  /** Start and modifier after reading "early", "mid-", "end of"... before `start`. */
  withMod(start: number): [number, DateMod | undefined] {
    if (!MOD_LAST_WORDS.has(this.previous(start)?.word ?? '')) return [start, undefined];
    const m = this.lead(MOD_BEFORE, start, 3);
    return m ? [m.index, dateMod(m[1] ?? m[2] ?? m[3])] : [start, undefined];
  }

  /** Start after reading a weekday before a date ("Wednesday, May 9, 2018"). */
  withWeekday(start: number): number {
    if (!WEEKDAY_WORDS.has(this.previous(start)?.word ?? '')) return start;
    return this.lead(WEEKDAY_BEFORE, start, 1)?.index ?? start;
  }

  add(kind: keyof typeof RANK, start: number, end: number, value: string | null, mod?: DateMod): void {
    if (value !== null) this.found.push({ start, end, value, mod, kind });
  }
}

function monthFirst(c: Collector, m: RegExpExecArray, published: string | null): void {
  const [, name, day, year] = m;
  const month = monthNumber(name!)!;
  const end = m.index + m[0].length;
  if (day !== undefined && year !== undefined) c.add('full', c.withWeekday(m.index), end, isoDate(Number(year), month, Number(day)));
  else if (year !== undefined) {
    const [start, mod] = c.withMod(m.index);
    c.add('monthYear', start, end, `${year}-${String(month).padStart(2, '0')}`, mod);
  } else if (day !== undefined) {
    const relative = c.relativeYear(end);
    if (relative) return c.add('full', c.withWeekday(m.index), relative[1], relativeYearValue(relative[0], month, Number(day), published));
    const second = matchAt(COORDINATED_DAY, c.text, end);
    const day2 = second ? parseInt(second[1]!, 10) : 0;
    const coordinated = second !== null && day2 > Number(day) && day2 <= 31;
    const year2 = coordinated ? second[2] : undefined;
    const valueOf = (d: number) => (year2 === undefined ? monthDayValue(month, d, published, c.upcoming(m.index)) : isoDate(Number(year2), month, d));
    c.add(year2 === undefined ? 'monthDay' : 'full', c.withWeekday(m.index), end, valueOf(Number(day)));
    if (coordinated) c.add('monthDay', second.indices![1]![0], second.indices![1]![1], valueOf(day2));
  } else if (FULL_MONTH.test(name!)) {
    const [start, mod] = c.withMod(m.index);
    const relative = c.relativeYear(end);
    if (relative) return c.add('monthYear', start, relative[1], relativeYearValue(relative[0], month, null, published), mod);
    const upcoming = c.upcoming(m.index);
    if (mod) return c.add('month', start, end, monthValue(month, published, 'in', upcoming), mod);
    const lead = c.previous(m.index);
    const relation = lead && lead.end < m.index ? MONTH_LEADS.get(lead.word) : undefined;
    if (relation === undefined) {
      const alone = MONTHS_ALONE.has(name!.toLowerCase()) && !NAME_AFTER.test(c.text.slice(end, end + 3));
      const modifier = lead !== null && MONTH_MODIFIER_DETERMINERS.has(lead.word) && beforeLowerCaseNoun(c.text, end);
      if (alone || modifier || joinedToMonth(c, m.index)) c.add('month', m.index, end, monthValue(month, published, 'in', upcoming));
      return;
    }
    c.add('month', relation === 'in' ? m.index : lead!.start, end, monthValue(month, published, relation, upcoming));
  }
}

/** A month found just before `start`, joined to it by "and", "or" or a comma: "in May and August". */
function joinedToMonth(c: Collector, start: number): boolean {
  return c.found.some((f) => f.end < start && (f.kind === 'month' || f.kind === 'monthDay') && MONTH_LINK.test(c.text.slice(f.end, start)));
}

function dayFirst(c: Collector, m: RegExpExecArray, published: string | null): void {
  const [, day, name, year] = m;
  const month = monthNumber(name!)!;
  const end = m.index + m[0].length;
  if (year !== undefined) return c.add('full', c.withWeekday(m.index), end, isoDate(Number(year), month, Number(day)));
  if (!FULL_MONTH.test(name!)) return;
  const relative = c.relativeYear(end);
  if (relative) c.add('full', m.index, relative[1], relativeYearValue(relative[0], month, Number(day), published));
  else c.add('monthDay', m.index, end, monthDayValue(month, Number(day), published, c.upcoming(m.index)));
}

function decade(c: Collector, m: RegExpExecArray, decadeStart: number): void {
  const [start, mod] = c.withMod(m.index);
  c.add('decade', start, m.index + m[0].length, decadeValue(decadeStart), mod);
}

/** `modifier`: the year modifies a noun after a determiner ("the 2004 study"), which is lead enough. */
function years(c: Collector, m: RegExpExecArray, modifier = false): void {
  const [start, mod] = c.withMod(m.index);
  if (!mod && !modifier && !c.lead(YEAR_LEAD_BEFORE, m.index, 3)) return;
  c.add('year', start, m.indices![1]![1], m[1]!, mod);
  if (m[2] !== undefined) {
    const [s2, e2] = m.indices![2]!;
    c.add('year', s2, e2, m[2]);
  }
}

/** "05/22/2014" → 2014-05-22; "22/05/2014" too; "05/06/2014" names no day for certain and is skipped. */
function numericDate(c: Collector, m: RegExpExecArray): void {
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (a <= 12 && b <= 12 && a !== b) return;
  const [month, day] = a > 12 ? [b, a] : [a, b];
  c.add('iso', m.index, m.index + m[0].length, isoDate(year, month, day));
}

/**
 * The two years of "(1912-94)": the second takes the first's century, or the next one's when it
 * would come before it; a second of 12 or less is a month ("(1998-03)") and no span.
 */
function yearSpan(c: Collector, m: RegExpExecArray): void {
  const first = Number(m[1]);
  let second = Number(m[2]);
  if (m[2]!.length === 2) {
    if (second <= 12) return;
    second += Math.floor(first / 100) * 100;
    if (second < first) second += 100;
  }
  if (second <= first) return;
  const [s1, e1] = [m.index, m.index + m[1]!.length];
  c.add('year', s1, e1, String(first));
  c.add('year', m.index + m[0].length - m[2]!.length, m.index + m[0].length, String(second));
}

/**
 * A season without a year after a preposition and "the" ("in the spring", "since the fall"), the
 * most recent such season by the publication date; the span is the season and its modifier
 * ("late fall"), as annotation.md spans "late August".
 */
function seasonAlone(c: Collector, start: number, end: number, published: string | null): void {
  const lead = c.lead(SEASON_ALONE_BEFORE, start, 4);
  if (lead === null || SEASON_ALONE_NOT_BEFORE.test(c.text.slice(end, end + 6))) return;
  const mod = dateMod(lead[1]);
  const spanStart = mod ? lead.index + lead[0].search(/(?:early|mid|late)/i) : start;
  c.add('season', spanStart, end, recentSeasonValue(c.text.slice(start, end), published), mod);
}

/** How far around a weekday a future cue is read, in characters: its clause, some six words before and four after. */
const NEAR_BEFORE = 45;
const NEAR_AFTER = 30;
/** Words of a past verb phrase right before a weekday ("was arrested on Monday", "had met Friday"). */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);
/** Irregular past forms that tell reporting of a past day ("said on Thursday that it will ..."). */
const PAST_FORMS: ReadonlySet<string> = new Set(['said', 'told', 'met', 'held', 'sent', 'left', 'fled', 'came', 'went', 'took', 'gave', 'began', 'saw', 'found', 'caught', 'shot']);
/** What makes a participle before a weekday present or future, not past ("is issued on Monday", "to be released Friday"). */
const NOT_PAST_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['is', 'are', 'be', 'will']);

/**
 * Whether the verb before a weekday tells a past event: an auxiliary of the past among the three
 * words before it, or a past participle right before it (or before its "on") that no "is", "are",
 * "be" makes present.
 */
function pastVerbBefore(c: Collector, start: number): boolean {
  let at = start;
  for (let k = 0; k < 3; k++) {
    const w = c.previous(at);
    if (w === null) return false;
    if (PAST_AUXILIARIES.has(w.word)) return true;
    if ((w.word.endsWith('ed') || PAST_FORMS.has(w.word)) && (k === 0 || (k === 1 && c.previous(start)?.word === 'on'))) return !NOT_PAST_BEFORE_PARTICIPLE.has(c.previous(w.start)?.word ?? '');
    at = w.start;
  }
  return false;
}

/** Future modals: the nearest of these or of PAST_AUXILIARIES before a weekday in its clause gives its tense. */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall']);
/** Words that open a clause: the tense of a weekday is not read past them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'when', 'after', 'before', 'while', 'because', 'if', 'where', 'until', 'and', 'but']);
/** Punctuation between two words that ends a clause. */
const CLAUSE_BREAK = /[,;:!?()"\u201c\u201d\u2014\u2013]|\n\s*\n/;
/** How many words before a weekday its clause's verb is looked for. */
const CLAUSE_WORDS = 20;

/**
 * The tense of the clause a weekday stands in, by the nearest auxiliary before it: "were
 * repatriated to North Korea on Tuesday" is past however far "were" is; "will continue to press
 * them in a new round of talks on Thursday" is future. Null when the clause has neither.
 */
function clauseTense(c: Collector, start: number): 'past' | 'future' | null {
  let at = start;
  for (let k = 0; k < CLAUSE_WORDS; k++) {
    const w = c.previous(at);
    if (w === null || CLAUSE_BREAK.test(c.text.slice(w.end, at))) return null;
    if (PAST_AUXILIARIES.has(w.word)) return 'past';
    if (FUTURE_MODALS.has(w.word)) return 'future';
    if (CLAUSE_OPENERS.has(w.word)) return null;
    at = w.start;
  }
  return null;
}

/**
 * A weekday names a calendar day only in an article whose publication date resolves it: the most
 * recent such day, or the coming one in a clause whose nearest auxiliary is a future modal ("the
 * court will rule on Monday"), or, with no auxiliary in the clause, where a `date-future-cues`
 * word stands a few words around it with no past verb before it ("a report due to be released
 * Friday", "after the report is issued on Monday will be blocked").
 */
function weekday(c: Collector, start: number, end: number, name: string, published: string | null): void {
  if (published === null) return;
  const lead = c.previous(start);
  const relation = lead ? WEEKDAY_LEADS.get(lead.word) : undefined;
  const tense = clauseTense(c, start);
  const coming = relation === undefined && (tense === 'future' || (tense === null && c.upcomingNear(start, end) && !pastVerbBefore(c, start)));
  c.add('weekday', relation ? lead!.start : start, end, weekdayValue(weekdayNumber(name)!, published, relation ?? (coming ? 'coming' : 'on')));
}

const isUpper = (c: number) => c >= 65 && c <= 90;

function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Dates anchored at a word that starts with a digit: years, ISO dates, days, decades. */
function numberAnchor(c: Collector, key: string, start: number, end: number, published: string | null): void {
  const text = c.text;
  let m: RegExpExecArray | null;
  if (allDigits(key)) {
    if (key.length === 4) {
      const next = text[end];
      if ((next === '-' || next === '/' || next === '.') && (m = matchAt(ISO, text, start))) {
        c.add('iso', m.index, m.index + m[0].length, isoDate(Number(m[1]), Number(m[3]), Number(m[4])));
      }
      if ((next === 's' || next === "'") && (m = matchAt(DECADE, text, start))) decade(c, m, Number(m[1]));
      const lead = c.previous(start);
      const leadWord = lead?.word ?? '';
      if ((MOD_LAST_WORDS.has(leadWord) || YEAR_LEAD_LAST_WORDS.has(leadWord)) && (m = matchAt(YEARS, text, start))) years(c, m, leadWord === 'of' && afterNameOf(c, lead!));
      else if ((YEAR_MODIFIER_DETERMINERS.has(leadWord) || isPossessive(text, lead)) && beforeNoun(text, end) && (m = matchAt(YEARS, text, start))) years(c, m, true);
      else if (adjectiveAfterDeterminer(c, lead) && beforeSingularNoun(text, end) && (m = matchAt(YEARS, text, start))) years(c, m, true);
      if ((next === '-' || next === '\u2013') && (m = matchAt(YEAR_SPAN, text, start))) {
        const spanEnd = m.index + m[0].length;
        // "(1912-94)", "their 1950-53 conflict", "in 1994-98"
        const enclosed = text[start - 1] === '(' && text[spanEnd] === ')';
        const modifies = (YEAR_MODIFIER_DETERMINERS.has(leadWord) || isPossessive(text, lead)) && beforeNoun(text, spanEnd);
        if (enclosed || modifies || YEAR_LEAD_LAST_WORDS.has(leadWord)) yearSpan(c, m);
      }
    } else if (key.length === 2 && (text[end] === "'" || text[end] === '\u2019') && c.lead(DECADE_THE_BEFORE, start, 2) && (m = matchAt(APOSTROPHE_SHORT_DECADE, text, start))) decade(c, m, 1900 + Number(m[1]));
    else if (key.length <= 2 && text[end] === '/' && (m = matchAt(NUMERIC_DATE, text, start))) numericDate(c, m);
    else if (key.length <= 2 && beforeMonth(text, end) && (m = matchAt(DAY_FIRST, text, start))) dayFirst(c, m, published);
  } else if (ORDINAL_DAY.test(key)) {
    if (beforeMonth(text, end) && (m = matchAt(DAY_FIRST, text, start))) dayFirst(c, m, published);
    else if (published !== null) dayOfMonth(c, key, start, end, published);
  } else if (DECADE_WORD.test(key)) {
    if ((m = matchAt(DECADE, text, start))) decade(c, m, Number(m[1]));
  } else if (SHORT_DECADE_WORD.test(key)) {
    if ((m = matchAt(SHORT_DECADE, text, start - 1))) decade(c, m, 1900 + Number(m[1]));
    else if (c.lead(DECADE_THE_BEFORE, start, 2) && (m = matchAt(BARE_SHORT_DECADE, text, start))) decade(c, m, 1900 + Number(m[1]));
  }
}

/**
 * A day of the month named alone, after "the" ("on the 27th") or as the second of a range
 * after one ("from the 4th to 8th"), in an article whose publication date gives it its month
 * (docs/annotation.md); the phrase must end after it.
 */
function dayOfMonth(c: Collector, key: string, start: number, end: number, published: string): void {
  const day = parseInt(key, 10);
  if (day < 1 || day > 31 || matchAt(DAY_ALONE_END, c.text, end) === null) return;
  const lead = c.previous(start);
  if (lead?.word === 'the') return c.add('dayOfMonth', start, end, dayOfMonthValue(day, published));
  const first = lead !== null && RANGE_LINKS.has(lead.word) ? c.found.find((f) => f.kind === 'dayOfMonth' && c.text.slice(f.end, start).trim() === lead.word) : undefined;
  const firstDay = first === undefined ? 0 : Number(first.value.slice(8));
  if (first === undefined || day <= firstDay) return;
  // both days in the month of the later one: a range does not straddle the publication date
  const value = dayOfMonthValue(day, published);
  if (value === null) return;
  first.value = `${value.slice(0, 8)}${first.value.slice(8)}`;
  c.add('dayOfMonth', start, end, value);
}

/**
 * "of" after a capitalised word inside a sentence: the year of a name ("the Refugee Convention of
 * 1951", "the Criminal Code of 2004"); a sentence's first word is capitalised whatever it is ("One
 * of 1990 candidates").
 */
function afterNameOf(c: Collector, of: NearWord): boolean {
  const name = c.previous(of.start);
  if (name === null || !isUpper(c.text.charCodeAt(name.start))) return false;
  const before = c.previous(name.start);
  return before !== null && !SENTENCE_BREAK.test(c.text.slice(before.end, name.start));
}

/** The "s" of a possessive ("the commission's 2014 report"), a determiner of the noun after it. */
function isPossessive(text: string, word: NearWord | null): boolean {
  return word !== null && word.word === 's' && text[word.start - 1] === "'" && word.start >= 2 && /\p{L}/u.test(text[word.start - 2]!);
}

/**
 * `lead` is a lower-case word after a determiner: the adjective of "an exhaustive 2012 study".
 * With the singular noun asked after the year, a count ("the remaining 2000 prisoners") is none.
 */
function adjectiveAfterDeterminer(c: Collector, lead: NearWord | null): boolean {
  if (lead === null || !/^\p{Ll}+$/u.test(c.text.slice(lead.start, lead.start + lead.word.length))) return false;
  const determiner = c.previous(lead.start)?.word ?? '';
  return determiner === 'an' || YEAR_MODIFIER_DETERMINERS.has(determiner);
}

/** A lower-case word not ending in "s" follows `end` directly: the singular noun a year modifies. */
function beforeSingularNoun(text: string, end: number): boolean {
  const next = followingWord(text, end);
  return next !== null && next.start === end + 1 && /^\p{Ll}+$/u.test(text.slice(next.start, next.start + next.word.length)) && !next.word.endsWith('s');
}

/** A lower-case word follows `end` directly: the noun a month modifies ("June potato harvest"). */
function beforeLowerCaseNoun(text: string, end: number): boolean {
  const next = followingWord(text, end);
  return next !== null && next.start === end + 1 && /^\p{Ll}/u.test(text.slice(next.start, next.end));
}

/** A word of letters follows `end` directly: the noun a year modifies ("2004 study"); the year pattern still refuses units and count nouns. */
function beforeNoun(text: string, end: number): boolean {
  const next = followingWord(text, end);
  return next !== null && next.start === end + 1 && /^\p{L}/u.test(next.word);
}

/** A capitalised month name, or "of", follows `end`: "12 March", "12th of March". */
function beforeMonth(text: string, end: number): boolean {
  const next = followingWord(text, end);
  return next !== null && (next.word === 'of' || (MONTH_WORDS.has(next.word) && isUpper(text.charCodeAt(next.start))));
}

const futureCues = new WeakMap<CompiledRules, RegExp | null>();

/** The `date-future-cues` of the rules as one pattern on whole words, made once per rules. */
function futureCuesOf(rules: CompiledRules): RegExp | null {
  let re = futureCues.get(rules);
  if (re === undefined) {
    const words = [...(rules.lexicon.get('date-future-cues') ?? [])];
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, WORD_GAP);
    re = words.length === 0 ? null : new RegExp(`(?<![\\w'])(?:${words.map(escape).join('|')})(?![\\w'])`, 'i');
    futureCues.set(rules, re);
  }
  return re;
}

export function findDates(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const text = doc.folded;
  const published = doc.published;
  const cues = futureCuesOf(rules);
  const upcoming = (at: number) => {
    const s = cues === null ? -1 : sentenceAt(doc.sentences, at);
    return s !== -1 && cues!.test(text.slice(doc.sentences[s]!.start, doc.sentences[s]!.end));
  };
  const upcomingNear = (start: number, end: number) => {
    const s = cues === null ? -1 : sentenceAt(doc.sentences, start);
    if (s === -1) return false;
    const sentence = doc.sentences[s]!;
    return cues!.test(text.slice(Math.max(sentence.start, start - NEAR_BEFORE), Math.min(sentence.end, end + NEAR_AFTER)));
  };
  const c = new Collector(text, upcoming, upcomingNear);
  let m: RegExpExecArray | null;
  for (const w of doc.words) {
    if (w.boilerplate) continue;
    const key = w.key;
    const first = text.charCodeAt(w.start);
    if (first >= 48 && first <= 57) numberAnchor(c, key, w.start, w.end, published);
    else {
      const capital = isUpper(first);
      if (!capital && !LOWER_CASE_ANCHOR_START[first]) continue;
      const anchor = ANCHORS.get(key);
      if (anchor === undefined) continue;
      if (anchor === 'month' && capital) {
        if ((m = matchAt(MONTH_FIRST, text, w.start))) monthFirst(c, m, published);
      } else if (anchor === 'weekday' && capital) weekday(c, w.start, w.end, key, published);
      else if (anchor === 'season') {
        if ((m = matchAt(SEASON, text, w.start))) {
          const [start, mod] = c.withMod(m.index);
          c.add('season', start, m.index + m[0].length, seasonValue(m[1]!, Number(m[2])), mod);
        } else seasonAlone(c, w.start, w.end, published);
      }
    }
  }
  const taken: Found[] = [];
  for (const f of c.found.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start)) {
    if (taken.some((t) => t.start < f.end && f.start < t.end) || overlapsAny(doc.boilerplate, f.start, f.end)) continue;
    taken.push(f);
  }
  return taken.sort((a, b) => a.start - b.start).map((f) => {
    const norm = f.mod ? { value: f.value, mod: f.mod } : { value: f.value };
    return { type: 'DATE', text: doc.text.slice(f.start, f.end), start: f.start, end: f.end, canonical: f.value, canonicalId: null, rule: RULE[f.kind], norm };
  });
}
