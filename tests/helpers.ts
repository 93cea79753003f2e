/**
 * Shared test helpers: the real rules compiled once, the full pipeline over a sentence
 * written in the test, and throw-away rule directories for loader tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, type Pipeline } from '../src/pipeline.js';
import type { Article, Document, Entity, EntityType } from '../src/types.js';
import { tempDir } from './temp.js';

export { tempDir };

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RULES_DIR = join(ROOT, 'rules');
export const INPUT_DIR = join(ROOT, 'input');
/**
 * A CLI spawned by a test is killed after this long: a synchronous spawn cannot be stopped by
 * vitest's own timeouts, so a hung run would otherwise hold the suite (and CI) for hours.
 */
export const CLI_TIMEOUT_MS = 240_000;

let shared: Pipeline | null = null;

/** The pipeline over the repository's rules, compiled once per test file. */
export function pipeline(): Pipeline {
  shared ??= createPipeline({ rulesDir: RULES_DIR });
  return shared;
}

/** Runs the whole pipeline over a text written in the test. */
export function extract(text: string, meta: Partial<Omit<Article, 'text'>> = {}): Document {
  return pipeline().process({ id: 'test', source: 'test.txt', text, ...meta });
}

/** The entities of one type (or all), as [text, canonical] pairs: compact to assert on. */
export function found(text: string, type?: EntityType, meta: Partial<Omit<Article, 'text'>> = {}): [string, string][] {
  return extract(text, meta).entities.filter((e) => type === undefined || e.type === type).map((e) => [e.text, e.canonical]);
}

/** The first entity of a type in the text, or undefined. */
export function first<T extends EntityType>(text: string, type: T, meta: Partial<Omit<Article, 'text'>> = {}): Extract<Entity, { type: T }> | undefined {
  return extract(text, meta).entities.find((e): e is Extract<Entity, { type: T }> => e.type === type);
}

/** A temporary rules directory holding the given files (name → YAML text). */
export function rulesDir(files: Record<string, string>): string {
  const dir = tempDir('nkie-rules-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
