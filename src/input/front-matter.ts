/**
 * YAML front matter of a .txt or .md article, the convention of static-site tools: a first
 * line `---`, `key: value` lines, a closing `---` line, then the article. The front matter
 * is not part of the article: the body after the closing line is the text every offset
 * refers to. Known keys are title, published, outlet, url and author; any other key is
 * ignored with a warning (static-site files carry layout, tags, draft... that nkie has no use
 * for). A value of the wrong form, invalid YAML or a front matter never closed fails the
 * file, with the line of the file that is wrong.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export const FRONT_MATTER_KEYS = ['title', 'published', 'outlet', 'url', 'author'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
export type FrontMatterFields = Partial<Record<FrontMatterKey, string>>;

/** A problem at a line of the file (1-based). */
export interface FrontMatterProblem {
  line: number;
  reason: string;
}

export type FrontMatter =
  | { ok: true; body: string; fields: FrontMatterFields; warnings: FrontMatterProblem[] }
  | { ok: false; problem: FrontMatterProblem };

const DELIMITER = /^---[ \t]*$/;
const LINE_BREAK = /\r\n|\n|\r/g;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The day of an ISO date or timestamp as written (a timestamp keeps the publisher's own day), or null. */
export function publishedDay(value: string): string | null {
  const day = ISO_DAY.test(value) ? value : ISO_TIMESTAMP.exec(value)?.[1];
  if (day === undefined) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}

/** Each line of a text: where it starts, its content, and where the next one starts. */
function* lines(text: string): Generator<{ start: number; content: string; next: number }> {
  const breaks = new RegExp(LINE_BREAK);
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    yield { start, content: text.slice(start, m.index), next: m.index + m[0].length };
    start = m.index + m[0].length;
  }
  yield { start, content: text.slice(start), next: text.length };
}

function fieldValue(key: FrontMatterKey, value: unknown): string | { error: string } | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    return { error: `expected text, got ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${String(value)}`} (quote it: ${key}: "...")` };
  }
  const v = value.trim();
  if (v === '') return null;
  if (key === 'published') return publishedDay(v) ?? { error: `"${v}" is not an ISO date (YYYY-MM-DD) or timestamp (YYYY-MM-DDThh:mm:ssZ)` };
  if (key === 'url' && !URL.canParse(v)) return { error: `"${v}" is not an absolute URL` };
  return v;
}

/** The front matter of a text and its body, or null when the text has none (its first line is not `---`). */
export function parseFrontMatter(text: string): FrontMatter | null {
  const it = lines(text);
  const first = it.next();
  if (first.done || !DELIMITER.test(first.value.content)) return null;
  const yamlStart = first.value.next;
  let close: { yamlEnd: number; bodyStart: number } | null = null;
  for (const line of it) {
    if (DELIMITER.test(line.content)) {
      close = { yamlEnd: line.start, bodyStart: line.next };
      break;
    }
  }
  if (close === null) return { ok: false, problem: { line: 1, reason: 'front matter opened by "---" on line 1 is never closed by a "---" line' } };
  const source = text.slice(yamlStart, close.yamlEnd);
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // line 1 of the YAML is line 2 of the file; an error found at the very end is on its last line
  const lastLine = counter.linePos(Math.max(0, source.length - 1)).line;
  const lineAt = (offset: number) => 1 + Math.min(counter.linePos(offset).line, lastLine);
  const error = doc.errors[0];
  if (error) return { ok: false, problem: { line: lineAt(error.pos[0]), reason: `front matter: invalid YAML: ${error.message}` } };
  const fields: FrontMatterFields = {};
  const warnings: FrontMatterProblem[] = [];
  if (doc.contents === null) return { ok: true, body: text.slice(close.bodyStart), fields, warnings };
  if (!isMap(doc.contents)) return { ok: false, problem: { line: 2, reason: 'front matter: expected "key: value" lines' } };
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const line = lineAt(isScalar(keyNode) && keyNode.range ? keyNode.range[0] : 0);
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      warnings.push({ line, reason: `front matter: unknown key "${key}" ignored (known: ${FRONT_MATTER_KEYS.join(', ')})` });
      continue;
    }
    const known = key as FrontMatterKey;
    const value = fieldValue(known, isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON(): unknown } | null)?.toJSON());
    if (value !== null && typeof value === 'object') return { ok: false, problem: { line, reason: `front matter: ${known}: ${value.error}` } };
    if (value !== null) fields[known] = value;
  }
  return { ok: true, body: text.slice(close.bodyStart), fields, warnings };
}
