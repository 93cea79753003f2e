/**
 * Dates to TIMEX3 values (2018-05-07, 2016-01, 2019, 199X, 2019-SP, XXXX-03-12,
 * XXXX-WXX-3). Expressions without a year are resolved against the article's publication
 * date when it is known: a month or month-day takes the publication year, or the year before
 * when that would fall after publication; a weekday is the most recent such day on or before
 * publication (the coming one where the sentence speaks of what is to come). Without a publication date they keep X placeholders. Deictic expressions
 * ("last year", "yesterday") are not dates (docs/annotation.md) and have no value here.
 */

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Lower-case month names and abbreviations, and weekday names: the words a date can start with. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept']);
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Regex source (case-sensitive: months are capitalised) for a month name or abbreviation. */
export const MONTH_SOURCE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** Full month names only: an abbreviation alone, without a day or year, is not a date. */
export const FULL_MONTH_SOURCE = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export type DateMod = 'START' | 'MID' | 'END';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 1-12 for a month name or abbreviation ("Sept.", "jan"), else null. */
export function monthNumber(name: string): number | null {
  const key = name.replace(/\.$/, '').toLowerCase();
  if (key.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(key) && (key.length === 3 || key === 'sept' || key === m));
  return i === -1 ? null : i + 1;
}

/** 1 (Monday) to 7 (Sunday), the ISO weekday number, or null. */
export function weekdayNumber(name: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(name.toLowerCase());
  return i === -1 ? null : i + 1;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2018-05-07" for a real calendar day, else null (no 31 April, no 29 February 2019). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// Calendar arithmetic on day numbers (days since 1970-01-01), without Date objects: H. Hinnant's
// days_from_civil and civil_from_days for the proleptic Gregorian calendar.
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** ISO weekday of a day number: 1 (Monday) to 7 (Sunday); day 0 was a Thursday. */
const weekdayOf = (z: number) => ((((z + 3) % 7) + 7) % 7) + 1;
const dayString = (z: number) => {
  const [y, m, d] = civil(z);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseIso(published: string): Ymd {
  return { y: Number(published.slice(0, 4)), m: Number(published.slice(5, 7)), d: Number(published.slice(8, 10)) };
}

const dayOf = (p: Ymd) => dayNumber(p.y, p.m, p.d);

/**
 * A day of the month without a month ("on the 27th"): the most recent such day not after
 * publication, in its month or the month before; null without a publication date (nothing
 * names the month) or where that month has no such day.
 */
export function dayOfMonthValue(day: number, published: string): string | null {
  const p = parseIso(published);
  if (day <= p.d) return isoDate(p.y, p.m, day);
  return p.m === 1 ? isoDate(p.y - 1, 12, day) : isoDate(p.y, p.m - 1, day);
}

/** How many days after publication a month-day may fall and still be of the publication year. */
export const UPCOMING_DAYS = 31;

/**
 * A month and day without a year: "XXXX-03-12", or resolved against publication. A day after
 * publication is of the year before, unless it is `upcoming` (its sentence speaks of what is
 * to come) or falls within UPCOMING_DAYS after publication: nobody names a day eleven months
 * back without its year ("prohibited as of April 1" in an article of March 30).
 */
export function monthDayValue(month: number, day: number, published: string | null, upcoming = false): string | null {
  if (isoDate(2000, month, day) === null) return null;
  if (published === null) return `XXXX-${pad(month)}-${pad(day)}`;
  const p = parseIso(published);
  const after = month > p.m || (month === p.m && day > p.d);
  const thisYear = isoDate(p.y, month, day);
  const soon = thisYear !== null && dayNumber(p.y, month, day) - dayOf(p) <= UPCOMING_DAYS;
  return isoDate(after && !upcoming && !soon ? p.y - 1 : p.y, month, day);
}

/**
 * A month without a year: "XXXX-07", or resolved against publication: "in July" is the most
 * recent July up to the publication month, or the coming one when `upcoming` (its sentence
 * speaks of what is to come: "will be enacted in April"); "last July" one strictly before it,
 * "this July" the one of the publication year.
 */
export function monthValue(month: number, published: string | null, relation: 'in' | 'last' | 'this' = 'in', upcoming = false): string {
  if (published === null) return `XXXX-${pad(month)}`;
  const p = parseIso(published);
  const previousYear = relation === 'this' ? false : relation === 'last' ? month >= p.m : month > p.m && !upcoming;
  return `${previousYear ? p.y - 1 : p.y}-${pad(month)}`;
}

/**
 * A month or month-day said to be in the year before publication, or in the publication year
 * ("July last year", "mid-May of last year", "March this year"): `year`-MM(-DD), or XXXX
 * placeholders without a publication date.
 */
export function relativeYearValue(offset: -1 | 0, month: number, day: number | null, published: string | null): string | null {
  const y = published === null ? null : parseIso(published).y + offset;
  if (day !== null && isoDate(y ?? 2000, month, day) === null) return null;
  const year = y === null ? 'XXXX' : pad(y, 4);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A weekday: the most recent such day on or before publication ("on Wednesday"), strictly
 * before it for "last Wednesday", strictly after for "next Wednesday"; "XXXX-WXX-3" unresolved.
 */
export function weekdayValue(weekday: number, published: string | null, relation: 'on' | 'last' | 'next' | 'coming' = 'on'): string {
  if (published === null) return `XXXX-WXX-${weekday}`;
  const pub = dayOf(parseIso(published));
  const pubWeekday = weekdayOf(pub);
  if (relation === 'next') return dayString(pub + (((weekday - pubWeekday + 7) % 7) || 7));
  // the day itself or the first such day after it: "due to be released Friday"
  if (relation === 'coming') return dayString(pub + ((weekday - pubWeekday + 7) % 7));
  let back = (pubWeekday - weekday + 7) % 7;
  if (relation === 'last' && back === 0) back = 7;
  return dayString(pub - back);
}

/** "199X" for the 1990s. */
export function decadeValue(decadeStart: number): string {
  return `${String(decadeStart).slice(0, 3)}X`;
}

const SEASONS: ReadonlyMap<string, string> = new Map(Object.entries({ spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' }));

/** "2019-SP" for the spring of 2019; null for a word that is not a season. */
export function seasonValue(season: string, year: number): string | null {
  const code = SEASONS.get(season.toLowerCase());
  return code === undefined ? null : `${year}-${code}`;
}

/** The month each season starts in: winter is the one that starts in December. */
const SEASON_START_MONTH: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/**
 * A season without a year ("in the spring", "since the fall"): "XXXX-SP", or resolved against
 * publication to the most recent such season that had begun by the publication month.
 */
export function recentSeasonValue(season: string, published: string | null): string | null {
  const code = SEASONS.get(season.toLowerCase());
  if (code === undefined) return null;
  if (published === null) return `XXXX-${code}`;
  const p = parseIso(published);
  return `${p.m >= SEASON_START_MONTH.get(code)! ? p.y : p.y - 1}-${code}`;
}

/** TIMEX3 modifier of "early", "mid", "late", "the beginning/middle/end of". */
export function dateMod(word: string | undefined): DateMod | undefined {
  switch (word?.toLowerCase()) {
    // "the first half of 2019" as "early 2019", "the second half" as "late"
    case 'early': case 'beginning': case 'start': case 'first': return 'START';
    case 'mid': case 'middle': return 'MID';
    case 'late': case 'end': case 'second': case 'latter': return 'END';
    default: return undefined;
  }
}
