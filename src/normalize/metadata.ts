/**
 * Article metadata stated in the text: the first line (the title of .txt/.md files), the
 * byline ("By Elizabeth Shim | May 7, 2018 at 12:07 PM", "Reported by ..."), a date line ("Published:
 * 2019-03-04"), a wire dateline ("SEOUL, May 7 (Yonhap) --") and the outlet's own
 * attribution ("Daily NK has learned", "told RFA's Korean Service"). Never guessed: the
 * publication date comes from a line that states it, and a dateline's month and day take
 * their year only from such a line. The lines that carry metadata are returned as spans so
 * that their names and dates are not extracted as content.
 */
import type { Span } from '../types.js';
import { MONTH_SOURCE, WEEKDAY_SOURCE, isoDate, monthNumber } from './dates.js';

export interface FoundMetadata {
  firstLine: string | null;
  published: string | null;
  author: string | null;
  outlet: string | null;
  /** byline and date line: metadata, not content */
  spans: Span[];
}

/** Only the head of an article carries its byline and dateline. */
const HEAD = 1200;
/** A weekday, in full or abbreviated as update lines print it ("Mon October 28, 2013"). */
const WEEKDAY = `(?:${WEEKDAY_SOURCE}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?)`;
const DATE_TEXT = `(?:${WEEKDAY},? )?(?:(${MONTH_SOURCE}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2}) (${MONTH_SOURCE}),? (\\d{4})|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2}))`;
const DATE_START = new RegExp(`^${DATE_TEXT}`);
const NAME = "[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,3}";
// "Reported by" and "Written by" bylines name the writer as "By" does ("Reported by Jane Roe")
const BYLINE = new RegExp(`^[ \\t]*(?:By|BY|(?:Reported|Written) by) (${NAME}(?: and ${NAME})*)[ \\t]*(?:[|,-][ \\t]*([^\\n]*?))?[ \\t]*$`, 'm');
/** What may follow the names on a byline besides a date: an outlet or a role, all capitalised. */
const BYLINE_TAIL = /^(?:[A-Z][\w.&'-]*[ \t]?)+$/;
const NOT_A_NAME = new RegExp(`^(?:${MONTH_SOURCE}|${WEEKDAY_SOURCE}|The|This|That|Then|Now|Last|Next|Early|Late)\\b`);
const AGENCY = 'UPI|AP|AFP|Reuters|Yonhap|Xinhua|Kyodo';
const TIME = String.raw`\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?`;
/** The label of a date line, in any case: "Published:", "Posted on", "UPDATED", "Date :". */
const DATE_LABEL = String.raw`(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Dd]ate|PUBLISHED|UPDATED|POSTED|DATE)(?:[ \t]+(?:on|On|ON))?[ \t]*:?[ \t]*`;
/** A time and its zone as an update line prints them before the date ("5:01 AM EDT,"). */
const ZONED_TIME = String.raw`${TIME}(?:[ \t]+[A-Z]{2,4})?,?[ \t]+`;
/**
 * A line that is a date and what outlets print around it: a label ("Published: ...",
 * "updated 5:01 AM EDT, Mon October 28, 2013"), an outlet and author before bars or slashes ("Jane Roe |
 * 2019-03-04 16:57", "Times Online | Jane Roe | Oct. 24, 2008", "Harbor Press / July 25, 2009"), a wire agency ("(AFP)
 * Wednesday 14 March 2012"), a time before or after ("09:12 March 3, 2021", "May 7, 2018 at
 * 12:07 PM"), the author after the date ("2019/03/04 Jane Roe"), or a blog's post line ("March
 * 22, 2012 by Jane Roe in General"). A byline ("By ...") is found by BYLINE.
 */
const DATE_LINE = new RegExp(`^[ \\t]*(?:${DATE_LABEL}(?:${ZONED_TIME})?|(?:(?!By )${NAME}[ \\t]*[|/][ \\t]*){0,3}(?:\\((?:${AGENCY})\\)[ \\t]*)?(?:${TIME}[ \\t]+)?)${DATE_TEXT}(?:,?[ \\t]+(?:at[ \\t]+)?${TIME}[^\\n]*|[ \\t]+${NAME}|[ \\t]+by[ \\t]+${NAME}(?:[ \\t]+in[ \\t]+${NAME})?)?[ \\t]*$`, 'm');
/**
 * A site's "today" widget: a weekday's date on the page's first line, or under a weather line and
 * its city ("82 F / Los Angeles / Sunday, July 21, 2024", "Monday May 27, 2019 / Home Lead Story"):
 * the day the page was saved, furniture and no publication date (docs/annotation.md: a date line
 * of a site or a widget above the title).
 */
const TODAY_WIDGET = new RegExp(`^\\s*(?:-?\\d+(?:\\.\\d+)?[ \\t]*°?[ \\t]*[CF]\\s*\\n[ \\t]*${NAME}[ \\t]*\\n)?[ \\t]*${WEEKDAY},?[ \\t]`);
/**
 * A site widget's labelled machine date opening a line that goes on with other text (" date
 * 2022-10-20 As our ..."): the label and the date are metadata, the rest of the line is not.
 * Only an ISO date: a prose date after "Posted on" may open a sentence of reporting.
 */
const LABELLED_ISO_DATE = new RegExp(`^[ \\t]*${DATE_LABEL}(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'm');
/** "SEOUL, May 7 (Yonhap) --", "May 7 (UPI) --": a wire story's dateline and its agency. */
const DATELINE = new RegExp(`^[ \\t]*(?:[A-Z][A-Za-z. ]+, )?(${MONTH_SOURCE}) (\\d{1,2}) \\((${AGENCY})\\) ?-+`, 'm');

/** An outlet's attribution of its own reporting; the outlet with most such phrases is the reporting outlet. */
const OWN_ATTRIBUTION: readonly [string, RegExp][] = [
  ['Daily NK', /\bDaily NK has learned\b|\btold Daily NK\b|\bDaily NK sources?\b|\bdailynkenglish@/g],
  ['NK News', /\bNK News has learned\b|\btold NK News\b|\bNK News understands\b/g],
  ['Radio Free Asia', /\btold (?:RFA|Radio Free Asia)\b|\bRFA's Korean Service\b|\bRFA has learned\b/g],
  ['Asia Press', /\bASIAPRESS\b|\bAsia Press(?:'s)? reporting partner\b|\btold Asia ?Press\b/g],
  ['UPI', /\bfor more UPI news\b/g],
];

/** The ISO date of a DATE_TEXT match, whichever of its three forms matched. */
function dateOf(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) return isoDate(Number(m[3]), monthNumber(m[1]) ?? 0, Number(m[2]));
  if (m[4] !== undefined) return isoDate(Number(m[6]), monthNumber(m[5]!) ?? 0, Number(m[4]));
  return isoDate(Number(m[7]), Number(m[8]), Number(m[9]));
}

const lineSpan = (m: RegExpExecArray): Span => {
  const lead = m[0].length - m[0].trimStart().length;
  return { start: m.index + lead, end: m.index + m[0].trimEnd().length };
};

interface Byline {
  author: string;
  published: string | null;
  span: Span;
}

function findByline(head: string): Byline | null {
  const b = BYLINE.exec(head);
  if (!b || NOT_A_NAME.test(b[1]!)) return null;
  const tail = b[2] ?? '';
  const date = DATE_START.exec(tail);
  if (!date && tail !== '' && !BYLINE_TAIL.test(tail)) return null;
  return { author: b[1]!, published: date ? dateOf(date) : null, span: lineSpan(b) };
}

/** The outlet a dateline names, else the one whose own attribution occurs most (earliest on a tie). */
function findOutlet(folded: string, dateline: RegExpExecArray | null): string | null {
  if (dateline) return dateline[3]!;
  let best: { name: string; count: number; first: number } | null = null;
  for (const [name, re] of OWN_ATTRIBUTION) {
    // counted with exec: matchAll clones the expression and builds an array of matches per call
    re.lastIndex = 0;
    const hit = re.exec(folded);
    if (!hit) continue;
    const first = hit.index;
    let count = 1;
    while (re.exec(folded)) count++;
    if (!best || count > best.count || (count === best.count && first < best.first)) best = { name, count, first };
  }
  return best?.name ?? null;
}

export function findMetadata(folded: string): FoundMetadata {
  const firstMatch = /\S[^\n]*/.exec(folded);
  const firstLine = firstMatch ? firstMatch[0].trim() : null;
  const head = folded.slice(0, HEAD);
  const spans: Span[] = [];
  const byline = findByline(head);
  if (byline) spans.push(byline.span);
  let stated = byline?.published ?? null;
  const d = DATE_LINE.exec(head);
  if (d) {
    const widget = TODAY_WIDGET.exec(head);
    const widgetEnd = widget ? widget.index + widget[0].length : -1;
    const today = widgetEnd > d.index && widgetEnd <= d.index + d[0].length;
    // the widget's weather and city lines are its furniture too
    if (today) spans.push({ start: lineSpan(widget!).start, end: lineSpan(d).end });
    else {
      spans.push(lineSpan(d));
      stated ??= dateOf(d);
    }
  } else {
    const labelled = LABELLED_ISO_DATE.exec(head);
    if (labelled) {
      spans.push(lineSpan(labelled));
      stated ??= isoDate(Number(labelled[1]), Number(labelled[2]), Number(labelled[3]));
    }
  }
  const dateline = DATELINE.exec(head);
  let published = stated;
  // a dateline's place, date and agency are content (they are extracted); it only informs the metadata
  if (dateline) {
    if (stated) {
      // the dateline's day, in the year of the stated date (a December story updated in January: the year before)
      const month = monthNumber(dateline[1]!) ?? 0;
      const year = Number(stated.slice(0, 4)) - (month > Number(stated.slice(5, 7)) ? 1 : 0);
      published = isoDate(year, month, Number(dateline[2])) ?? stated;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return { firstLine, published, author: byline?.author ?? null, outlet: findOutlet(folded, dateline), spans };
}
