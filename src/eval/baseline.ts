/**
 * The ratchet: baseline.json holds the scores of the last deliberate baseline (precision,
 * recall and F1 per level, overall and per type, rounded to 3 decimals) and the articles they
 * were measured on. A score may not fall below its baseline by more than half the rounding
 * unit; raising the baseline is a commit of a rewritten file (`npm run baseline`).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EVENT_LEVELS, LEVEL_NAMES, type CheckResult, type LevelName, type Levels } from './check.js';
import { presentLevels, round } from './report.js';
import type { LevelScores, Scores } from './score.js';

export const TOLERANCE = 0.0005;

const ScoresSchema = z.object({ precision: z.number(), recall: z.number(), f1: z.number() }).strict();
const LevelSchema = z.object({ micro: ScoresSchema, macro: ScoresSchema, byType: z.record(z.string(), ScoresSchema) }).strict();
// event levels exist only for sets with gold events
const LevelsSchema = z.object(Object.fromEntries(Object.keys(LEVEL_NAMES).map((level) => [level, (EVENT_LEVELS as readonly string[]).includes(level) ? LevelSchema.optional() : LevelSchema])) as Record<LevelName, typeof LevelSchema>).strict();

export const BaselineSchema = z.object({
  articles: z.array(z.string()),
  levels: LevelsSchema,
  /** each set of gold files, so a set cannot drop behind the pooled scores */
  sets: z.record(z.string(), z.object({ articles: z.array(z.string()), levels: LevelsSchema }).strict()),
}).strict();

export type Baseline = z.infer<typeof BaselineSchema>;

const rounded = (s: Scores): Scores => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) });

function levelBaseline(l: LevelScores): z.infer<typeof LevelSchema> {
  return { micro: rounded(l.micro), macro: rounded(l.macro), byType: Object.fromEntries(Object.entries(l.byType).map(([t, s]) => [t, rounded(s)])) };
}

const levelsBaseline = (levels: Levels): Baseline['levels'] =>
  Object.fromEntries(presentLevels(levels).map(([level, l]) => [level, levelBaseline(l)])) as Baseline['levels'];

export function baselineOf(r: CheckResult): Baseline {
  return {
    articles: r.articles,
    levels: levelsBaseline(r.levels),
    sets: Object.fromEntries(r.sets.map((s) => [s.name, { articles: s.articles, levels: levelsBaseline(s.levels) }])),
  };
}

/** Pretty JSON with each score triple on one line, so a diff of the file reads per type. */
export function formatBaseline(b: Baseline): string {
  const pretty = JSON.stringify(b, null, 2).replace(/\{\n\s+("precision": [^,]+),\n\s+("recall": [^,]+),\n\s+("f1": [^\n]+)\n\s+\}/g, '{ $1, $2, $3 }');
  return `${pretty}\n`;
}

export function readBaseline(file: string): Baseline {
  return BaselineSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every score below its baseline, and any change of the scored articles, one line each. */
export function regressions(r: CheckResult, baseline: Baseline): string[] {
  const out: string[] = [];
  const added = r.articles.filter((a) => !baseline.articles.includes(a));
  const removed = baseline.articles.filter((a) => !r.articles.includes(a));
  if (added.length > 0 || removed.length > 0) {
    out.push(`scored articles differ from the baseline (added: ${added.join(', ') || 'none'}; removed: ${removed.join(', ') || 'none'}): run npm run baseline`);
  }
  out.push(...levelRegressions('', r.levels, baseline.levels));
  for (const [name, was] of Object.entries(baseline.sets)) {
    const now = r.sets.find((s) => s.name === name);
    if (now === undefined) out.push(`set ${name}: no longer scored: run npm run baseline`);
    else out.push(...levelRegressions(`set ${name}: `, now.levels, was.levels));
  }
  return out;
}

function levelRegressions(prefix: string, levels: Levels, baseline: Baseline['levels']): string[] {
  const out: string[] = [];
  for (const level of Object.keys(LEVEL_NAMES) as LevelName[]) {
    const now = levels[level];
    const was = baseline[level];
    if (was === undefined) continue;
    // a level in the baseline that is gone (its set's gold events removed) is a change to make deliberately
    if (now === undefined) {
      out.push(`${prefix}${LEVEL_NAMES[level]}: no longer scored: run npm run baseline`);
      continue;
    }
    const compare = (label: string, current: Scores, base: Scores) => {
      for (const k of ['precision', 'recall', 'f1'] as const) {
        if (current[k] < base[k] - TOLERANCE) out.push(`${prefix}${LEVEL_NAMES[level]} ${label} ${k}: ${current[k].toFixed(4)} < baseline ${base[k].toFixed(3)}`);
      }
    };
    compare('micro', now.micro, was.micro);
    compare('macro', now.macro, was.macro);
    // on the same articles, a type leaves the scores only when its last spurious prediction goes: no regression
    for (const [type, base] of Object.entries(was.byType)) {
      const current = now.byType[type];
      if (current !== undefined) compare(type, current, base);
    }
  }
  return out;
}
