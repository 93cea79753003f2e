/**
 * A batch killed part way leaves no damaged file, and re-running it with --incremental
 * completes it to exactly the output of an uninterrupted run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROWS_DIR } from '../../src/batch/segments.js';
import { CLI_TIMEOUT_MS, ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const PLACES = ['Hyesan', 'Hoeryong', 'Hamhung', 'Sinuiju', 'Chongjin', 'Musan', 'Onsong', 'Kanggye'];
const AGGREGATES = ['documents.jsonl', 'entities.csv', 'relations.csv', 'events.csv', 'entity-table.csv'];

function corpus(n: number): string {
  const dir = tempDir('nkie-kill-in-');
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    lines.push(JSON.stringify({
      id: `a${String(i).padStart(5, '0')}`,
      published: '2021-03-05',
      text: `Arrests in ${place}\n\nPolice in ${place}, North Hamgyong Province, seized ${i % 900 + 10} grams of methamphetamine on Wednesday and sold it for ${i % 50 + 100} yuan a gram.`,
    }));
  }
  // several files, so the run is interrupted between and inside files
  for (let f = 0; f < 5; f++) writeFileSync(join(dir, `part-${f}.jsonl`), lines.filter((_, i) => i % 5 === f).join('\n') + '\n');
  return dir;
}

const run = (input: string, output: string, ...extra: string[]) =>
  spawnSync(process.execPath, [CLI, 'run', '--input', input, '--output', output, '--quiet', ...extra], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });

/** Bytes of rows records written so far: every article stores one, whatever the formats. */
function rowsBytes(output: string): number {
  const dir = join(output, ROWS_DIR);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, name) => n + (statSync(join(dir, name), { throwIfNoEntry: false })?.size ?? 0), 0);
}

/** Large enough that the kill lands well inside the run, small enough to run five times in a test suite. */
const ARTICLES = 2000;

describe('killing a run and resuming it with --incremental', () => {
  const input = corpus(ARTICLES);
  const clean = tempDir('nkie-clean-');
  // a record is about the same size for every article here: 300 articles' worth, well before the end
  let killAt = 0;

  beforeAll(() => {
    expect(run(input, clean).status).toBe(0);
    killAt = (rowsBytes(clean) / ARTICLES) * 300;
  }, 240_000);

  it.each([[[]], [['--formats', 'articles']]])('ends with the same output as a clean run (%j)', async (formats: string[]) => {
    const killed = tempDir('nkie-killed-');
    const child = spawn(process.execPath, [CLI, 'run', '--input', input, '--output', killed, '--quiet', '--incremental', ...formats], { stdio: 'ignore' });
    // kill it once some articles are written, well before the end
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (rowsBytes(killed) >= killAt) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run finished before it could be killed'));
      });
    });
    await new Promise((r) => child.on('exit', r));

    // nothing half-written under a final name: every article file present parses
    const articles = join(killed, 'articles');
    expect(existsSync(articles)).toBe(formats.length > 0);
    for (const name of existsSync(articles) ? readdirSync(articles).filter((n) => n.endsWith('.json')) : []) {
      expect(() => JSON.parse(readFileSync(join(articles, name), 'utf8')), name).not.toThrow();
    }
    for (const f of AGGREGATES) expect(existsSync(join(killed, f)), `${f} must not exist before the run completes`).toBe(false);

    const resumed = run(input, killed, '--incremental', ...formats);
    expect(resumed.status).toBe(0);
    const state = JSON.parse(readFileSync(join(killed, 'run.json'), 'utf8'));
    expect(state.articles).toBe(ARTICLES);
    for (const f of AGGREGATES) expect(readFileSync(join(killed, f), 'utf8'), f).toBe(readFileSync(join(clean, f), 'utf8'));
    if (formats.length > 0) {
      const docs = readFileSync(join(clean, 'documents.jsonl'), 'utf8').trim().split('\n');
      expect(readdirSync(articles)).toHaveLength(ARTICLES);
      for (const line of docs.filter((_, i) => i % 250 === 0)) {
        const doc = JSON.parse(line) as { id: string };
        expect(readFileSync(join(articles, `${doc.id}.json`), 'utf8'), doc.id).toBe(JSON.stringify(doc, null, 2) + '\n');
      }
    }
  }, 240_000);
});
