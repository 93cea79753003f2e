/**
 * The two views of a check result: one JSON object with a fixed key order (scores rounded to
 * 3 decimals), and a human report sized for a 100-column terminal: the score table, then
 * what could not be scored, then every miss and spurious item.
 */
import { ENTITY_TYPES, EVENT_SUBTYPES, RELATION_TYPES } from '../types.js';
import type { CheckResult, Differences, EntityItem, EventItem, EventLevels, LevelName, Levels, Located, MentionItem, RelationItem, ResolutionItem } from './check.js';
import { LEVEL_NAMES } from './check.js';
import type { LevelScores, Prf, Scores } from './score.js';

export const DECIMALS = 3;
export const round = (x: number) => Number(x.toFixed(DECIMALS));

const scoresJson = (s: Scores) => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) });
const prfJson = (s: Prf) => ({ ...scoresJson(s), tp: s.tp, fp: s.fp, fn: s.fn });

/** The levels present, in LEVEL_NAMES order: a set without gold events has no event levels. */
const levelsJson = (levels: Levels) =>
  Object.fromEntries(presentLevels(levels).map(([level, l]) => [level, levelJson(l)])) as Record<Exclude<LevelName, keyof EventLevels>, LevelJson> & Partial<Record<keyof EventLevels, LevelJson>>;
type LevelJson = ReturnType<typeof levelJson>;

export const presentLevels = (levels: Levels): [LevelName, LevelScores][] =>
  (Object.keys(LEVEL_NAMES) as LevelName[]).flatMap((level) => (levels[level] === undefined ? [] : [[level, levels[level]!] as [LevelName, LevelScores]]));

function levelJson(l: LevelScores) {
  return {
    micro: prfJson(l.micro),
    macro: scoresJson(l.macro),
    byType: Object.fromEntries(Object.entries(l.byType).map(([t, s]) => [t, prfJson(s)])),
  };
}

const locatedJson = (s: Located) => ({ type: s.type, text: s.text, start: s.start, end: s.end });
const mentionJson = (m: MentionItem) => ({ article: m.article, ...locatedJson(m), near: m.near && locatedJson(m.near) });
const entityJson = (e: EntityItem) => ({ article: e.article, type: e.type, name: e.name, text: e.text, start: e.start, end: e.end });
const endJson = (s: Located & { name: string }) => ({ type: s.type, name: s.name, text: s.text, start: s.start, end: s.end });
const relationJson = (r: RelationItem) => ({ article: r.article, type: r.type, subject: endJson(r.subject), object: endJson(r.object) });
const eventJson = (e: EventItem) => ({ article: e.article, subtype: e.subtype, trigger: e.trigger, place: e.place, time: e.time, sentence: e.sentence });
const resolutionJson = (m: ResolutionItem) => ({ article: m.article, ...locatedJson(m), gold: m.gold, predicted: m.predicted });

function differencesJson<T, J>(d: Differences<T>, f: (t: T) => J) {
  return { missed: d.missed.map(f), spurious: d.spurious.map(f) };
}

/** Everything in the result, as one JSON-ready object. */
export function toJson(r: CheckResult) {
  return {
    nkie: r.nkie,
    rulesFingerprint: r.rulesFingerprint,
    gold: r.gold,
    input: r.input,
    rules: r.rules,
    against: r.against,
    articles: r.articles,
    notScored: {
      withoutGold: r.notScored.withoutGold.map((a) => ({ id: a.id, source: a.source })),
      goldWithoutArticle: r.notScored.goldWithoutArticle.map((g) => ({ id: g.id, file: g.file })),
      invalidGold: r.notScored.invalidGold.map((p) => ({ id: p.id, file: p.file, reason: p.reason })),
      inputErrors: r.notScored.inputErrors.map((e) => ({ file: e.file, line: e.line, reason: e.reason })),
    },
    sets: r.sets.map((s) => ({ name: s.name, articles: s.articles, levels: levelsJson(s.levels) })),
    levels: levelsJson(r.levels),
    differences: {
      mentions: differencesJson(r.differences.mentions, mentionJson),
      resolutions: r.differences.resolutions.map(resolutionJson),
      entities: differencesJson(r.differences.entities, entityJson),
      relations: differencesJson(r.differences.relations, relationJson),
      events: differencesJson(r.differences.events, eventJson),
    },
  };
}

/** Items of a "not scored" list shown in the human report; --json lists them all. */
const LIST_LIMIT = 10;

const fixed = (x: number) => x.toFixed(DECIMALS);
const quote = (s: string, max: number) => JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** Document-level gold has no offsets: its items show "doc". */
const offsets = (s: { start: number | null; end: number | null }) => (s.start === null ? 'doc' : `${s.start}-${s.end}`);

function scoreTable(levels: Levels): string[] {
  const header = ['level', 'type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  const scores = (s: Scores) => [fixed(s.precision), fixed(s.recall), fixed(s.f1)];
  const counts = (s: Prf) => [String(s.tp), String(s.fp), String(s.fn)];
  // a level with nothing on either side (mentions of document-level gold) is left out
  const shown = presentLevels(levels).filter(([, l]) => Object.keys(l.byType).length > 0);
  const blocks = shown.map(([level, l]) => {
    const name = LEVEL_NAMES[level];
    const rows = [
      ...Object.entries(l.byType).map(([t, s]) => [t, ...scores(s), ...counts(s)]),
      ['micro', ...scores(l.micro), ...counts(l.micro)],
      ['macro', ...scores(l.macro), '', '', ''],
    ];
    return rows.map((r, i) => [i === 0 ? name : '', ...r]);
  });
  const widths = header.map((h, c) => Math.max(h.length, ...blocks.flat().map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...blocks.flatMap((b, i) => [...(i === 0 ? [] : ['']), ...b.map(line)])];
}

function limited<T>(title: string, items: readonly T[], show: (t: T) => string): string[] {
  if (items.length === 0) return [];
  const more = items.length > LIST_LIMIT ? [`  … and ${items.length - LIST_LIMIT} more (--json lists all)`] : [];
  return [`${title} (${items.length})`, ...items.slice(0, LIST_LIMIT).map((t) => `  ${show(t)}`), ...more];
}

/** Items grouped under their article, in the order given (article order, then text order). */
function section<T extends { article: string }>(title: string, note: string, items: readonly T[], show: (t: T) => string): string[] {
  const out = ['', `${title}: ${items.length}${items.length > 0 && note ? ` (${note})` : ''}`];
  let article: string | null = null;
  for (const t of items) {
    if (t.article !== article) out.push(`  ${t.article}`);
    article = t.article;
    out.push(`    ${show(t)}`);
  }
  return out;
}

const offsetsWidth = (spans: readonly Located[]) => Math.max(0, ...spans.map((s) => offsets(s).length));

const ENTITY_TYPE_WIDTH = Math.max(...ENTITY_TYPES.map((t) => t.length));
const RELATION_TYPE_WIDTH = Math.max(...RELATION_TYPES.map((t) => t.length));

const mentionLine = (m: MentionItem, width: number) =>
  [m.type.padEnd(ENTITY_TYPE_WIDTH), offsets(m).padStart(width), quote(m.text, 40).padEnd(42), m.near ? `~ ${m.near.type} ${offsets(m.near)}` : '']
    .join('  ').trimEnd();

const entityLine = (e: EntityItem, width: number) =>
  [e.type.padEnd(ENTITY_TYPE_WIDTH), offsets(e).padStart(width), e.text === e.name ? quote(e.name, 60) : `${quote(e.name, 32)} from ${quote(e.text, 32)}`].join('  ');

const relationLine = (r: RelationItem) =>
  [r.type.padEnd(RELATION_TYPE_WIDTH), `${quote(r.subject.name, 22)} ${offsets(r.subject)} → ${quote(r.object.name, 22)} ${offsets(r.object)}`].join('  ');

/** Relations compare by the normalized names of their ends, so the report shows those. */
const RELATION_NOTE = 'normalized names, offsets of the mention';

const EVENT_NOTE = 'subtype, trigger, place, time, penalty';
const SUBTYPE_WIDTH = Math.max(...EVENT_SUBTYPES.map((t) => t.length));
const eventLine = (e: EventItem) =>
  [e.subtype.padEnd(SUBTYPE_WIDTH), quote(e.trigger, 16), e.place === null ? '-' : quote(e.place, 22), e.time ?? '-', e.sentence === null ? '-' : quote(e.sentence, 16)].join('  ');

const SET_NOTES: Readonly<Record<string, string>> = {
  tuned: 'the rules were developed on these',
  heldout: 'written without looking at the rules',
  real: 'real reporting, document-level gold',
  'real-heldout': 'real reporting kept out of rule development',
};

/** The human report. */
export function formatReport(r: CheckResult): string {
  const n = r.notScored;
  const d = r.differences;
  const mentionWidth = offsetsWidth([...d.mentions.missed, ...d.mentions.spurious]);
  const entityWidth = offsetsWidth([...d.entities.missed, ...d.entities.spurious]);
  const out = [
    r.against === null
      ? `nkie check: ${r.articles.length} article(s) scored against ${r.gold} (input ${r.input}, rules ${r.rules} ${(r.rulesFingerprint ?? '').slice(0, 12)})`
      : `nkie check: ${r.articles.length} second reading(s) in ${r.against} scored against ${r.gold} (agreement of two readers: no rules run)`,
    ...limited(r.against === null ? 'input articles without gold' : 'second readings without gold', n.withoutGold, (a) => a.source),
    ...limited(r.against === null ? 'gold files without an input article' : 'gold files without a second reading', n.goldWithoutArticle, (g) => g.file),
    ...limited('invalid gold, not scored', n.invalidGold, (p) => `${p.file}: ${p.reason}`),
    ...limited('input errors', n.inputErrors, (e) => `${e.file}${e.line === null ? '' : `:${e.line}`}: ${e.reason}`),
    ...r.sets.flatMap((s) => ['', `set ${s.name}: ${s.articles.length} article(s)${SET_NOTES[s.name] ? ` (${SET_NOTES[s.name]})` : ''}`, ...scoreTable(s.levels)]),
    ...(r.sets.length > 1 ? ['', 'all sets pooled (read the sets above: a pool hides their differences)', ...scoreTable(r.levels)] : []),
    ...section('missed mentions', '~ the overlapping prediction', d.mentions.missed, (m) => mentionLine(m, mentionWidth)),
    ...section('spurious mentions', '~ the overlapping gold mention', d.mentions.spurious, (m) => mentionLine(m, mentionWidth)),
    ...section('mentions resolved to another name', 'gold → predicted', d.resolutions, (m) => `${m.type.padEnd(ENTITY_TYPE_WIDTH)}  ${offsets(m)}  ${quote(m.text, 24)}: ${quote(m.gold, 28)} → ${quote(m.predicted, 28)}`),
    ...section('missed entities, document level', 'offsets of the first mention', d.entities.missed, (e) => entityLine(e, entityWidth)),
    ...section('spurious entities, document level', 'offsets of the first mention', d.entities.spurious, (e) => entityLine(e, entityWidth)),
    ...section('missed relations', RELATION_NOTE, d.relations.missed, relationLine),
    ...section('spurious relations', RELATION_NOTE, d.relations.spurious, relationLine),
    ...section('missed events', EVENT_NOTE, d.events.missed, eventLine),
    ...section('spurious events', EVENT_NOTE, d.events.spurious, eventLine),
  ];
  return `${out.join('\n')}\n`;
}
