/**
 * Article metadata stated in the text: the first line (title of .txt/.md files), a byline
 * ("By Elizabeth Shim | May 7, 2018 at 12:07 PM"), and the outlet's own attribution.
 */
import type { Span } from '../types.js';

export interface FoundMetadata {
  firstLine: string | null;
  published: string | null;
  author: string | null;
  outlet: string | null;
  byline: Span | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const BYLINE = new RegExp(`^By ([A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,3})\\s*(?:[|,\\-]\\s*${MONTH_RE} (\\d{1,2}), (\\d{4})[^\\n]*)?$`, 'm');
const DATE_LINE = new RegExp(`^(?:Published|Updated|Posted)?:?\\s*${MONTH_RE} (\\d{1,2}), (\\d{4})(?:,? (?:at )?\\d{1,2}:\\d{2}[^\\n]*)?$`, 'm');

/** Outlets' own attribution, strongest first: a wire dateline, then "has learned"/"told". */
const OUTLET_PATTERNS: readonly [RegExp, string | null][] = [
  [/^[A-Z][a-z]{2,8}\.? \d{1,2} \((UPI|AP|AFP|Reuters|Yonhap)\) ?-/m, null],
  [/\bDaily NK has learned\b|\btold Daily NK\b|dailynkenglish@/, 'Daily NK'],
  [/\bNK News has learned\b|\btold NK News\b/, 'NK News'],
  [/\btold (?:RFA|Radio Free Asia)(?:'s (?:Korean Service))?\b|\bRFA has learned\b/, 'Radio Free Asia'],
  [/\btold (?:Asia ?Press)\b|\bASIAPRESS\b/, 'Asia Press'],
  [/\bfor more UPI news\b/, 'UPI'],
];

const isoDate = (month: string, day: string, year: string): string | null => {
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) + 1;
  const d = Number(day);
  if (m === 0 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Only the head of the article carries a byline. */
const HEAD = 800;

export function findMetadata(folded: string): FoundMetadata {
  const firstMatch = /\S[^\n]*/.exec(folded);
  const firstLine = firstMatch ? firstMatch[0].trim() : null;
  const head = folded.slice(0, HEAD);
  let published: string | null = null;
  let author: string | null = null;
  let byline: Span | null = null;
  const b = BYLINE.exec(head);
  if (b) {
    author = b[1] ?? null;
    if (b[2] && b[3] && b[4]) published = isoDate(b[2], b[3], b[4]);
    byline = { start: b.index, end: b.index + b[0].trimEnd().length };
  }
  if (!published) {
    const d = DATE_LINE.exec(head);
    if (d && d[1] && d[2] && d[3]) {
      published = isoDate(d[1], d[2], d[3]);
      byline = { start: d.index, end: d.index + d[0].trimEnd().length };
    }
  }
  let outlet: string | null = null;
  for (const [re, name] of OUTLET_PATTERNS) {
    const m = re.exec(folded);
    if (m) {
      outlet = name ?? m[1] ?? null;
      break;
    }
  }
  return { firstLine, published, author, outlet, byline };
}
