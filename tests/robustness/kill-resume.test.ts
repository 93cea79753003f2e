/**
 * A batch killed part way leaves no damaged file, and re-running it with --incremental
 * completes it to exactly the output of an uninterrupted run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const PLACES = ['Hyesan', 'Hoeryong', 'Hamhung', 'Sinuiju', 'Chongjin', 'Musan', 'Onsong', 'Kanggye'];
const AGGREGATES = ['documents.jsonl', 'entities.csv', 'relations.csv', 'entity-table.csv'];

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
  spawnSync(process.execPath, [CLI, 'run', '--input', input, '--output', output, '--quiet', ...extra], { encoding: 'utf8' });

describe('killing a run and resuming it with --incremental', () => {
  it('ends with the same output as a clean run', async () => {
    const input = corpus(5000);
    const clean = tempDir('nkie-clean-');
    expect(run(input, clean).status).toBe(0);

    const killed = tempDir('nkie-killed-');
    const child = spawn(process.execPath, [CLI, 'run', '--input', input, '--output', killed, '--quiet', '--incremental'], { stdio: 'ignore' });
    // kill it once some articles are written, well before the end
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        const dir = join(killed, 'articles');
        const written = existsSync(dir) ? readdirSync(dir).length : 0;
        if (written >= 300) {
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
    for (const name of readdirSync(join(killed, 'articles')).filter((n) => n.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(killed, 'articles', name), 'utf8')), name).not.toThrow();
    }
    for (const f of AGGREGATES) expect(existsSync(join(killed, f)), `${f} must not exist before the run completes`).toBe(false);

    const resumed = run(input, killed, '--incremental');
    expect(resumed.status).toBe(0);
    const state = JSON.parse(readFileSync(join(killed, 'run.json'), 'utf8'));
    expect(state.articles).toBe(5000);
    for (const f of AGGREGATES) expect(readFileSync(join(killed, f), 'utf8'), f).toBe(readFileSync(join(clean, f), 'utf8'));
  }, 240_000);
});
