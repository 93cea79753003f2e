/**
 * `nkie check` as a user runs it: the built CLI (dist/, built by `npm test`) over a temporary
 * gold and input directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaselineSchema } from '../../src/eval/baseline.js';
import { CLI_TIMEOUT_MS, ROOT } from '../helpers.js';
import { ALPHA, alphaDocGold, alphaGold, world, type World } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function nkie(w: World, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--gold', w.gold, '--input', w.input, '--rules', w.rules, ...args], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let w: World;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  w = world();
});

describe('nkie check', () => {
  it('reads JSON Lines articles from standard input with --input -, scoring them as from a directory', () => {
    const stdin = `${JSON.stringify({ id: 'alpha', text: ALPHA })}\n{broken\n`;
    // a gold file names its article's source: "<stdin>" for standard input
    const piped = world({ 'gold/alpha.gold.json': { ...alphaGold(), source: '<stdin>' } });
    const r = spawnSync(process.execPath, [CLI, 'check', '--gold', piped.gold, '--input', '-', '--rules', piped.rules, '--json'], { encoding: 'utf8', input: stdin, timeout: CLI_TIMEOUT_MS });
    expect(r.status).toBe(0);
    const fromStdin = JSON.parse(r.stdout) as { levels: unknown; notScored: { inputErrors: unknown[] } };
    const fromDir = JSON.parse(nkie(w, '--json').stdout) as { levels: unknown };
    expect(fromStdin.levels).toEqual(fromDir.levels);
    expect(fromStdin.notScored.inputErrors).toEqual([{ file: '<stdin>', line: 2, reason: expect.stringMatching(/^malformed JSON/) }]);
  });

  it('prints the report and exits 0 without --min-f1', () => {
    const r = nkie(w);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nkie check: 1 article\(s\) scored/);
    expect(r.stdout).toMatch(/^document\s+PLACE/m);
    expect(r.stderr).toBe('');
  });

  // the world's document-level micro F1 is 8/9 = 0.889
  const thresholds: [string, number, RegExp | null][] = [
    ['0', 0, null],
    ['0.5', 0, null],
    ['0.888', 0, null],
    ['0.89', 1, /document-level micro F1 0\.8889 is below --min-f1 0\.89/],
    ['1', 1, /below --min-f1 1/],
  ];
  it.each(thresholds)('--min-f1 %s exits %d', (x, code, message) => {
    const r = nkie(w, '--min-f1', x);
    expect(r.code).toBe(code);
    if (message) expect(r.stderr).toMatch(message);
    else expect(r.stderr).toBe('');
  });

  it.each(['abc', '1.5', '-0.1', ''])('rejects --min-f1 %j', (x) => {
    const r = nkie(w, '--min-f1', x);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expected a number from 0 to 1/);
    expect(r.stdout).toBe('');
  });

  it('--json prints one JSON object and still applies --min-f1', () => {
    const ok = nkie(w, '--json');
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.stdout) as { articles: string[]; levels: { document: { micro: { f1: number } } } };
    expect(j.articles).toEqual(['alpha']);
    expect(j.levels.document.micro.f1).toBe(0.889);
    const low = nkie(w, '--json', '--min-f1', '0.9');
    expect(low.code).toBe(1);
    expect(JSON.parse(low.stdout)).toEqual(j);
  });

  it('exits 1 on an invalid gold file, after printing the report', () => {
    const bad = world({ 'gold/beta.gold.json': { id: 'beta', source: 'beta.txt', entities: [{ id: 'g1' }], relations: [] } });
    const r = nkie(bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^invalid gold, not scored \(\d+\)$/m);
    expect(r.stderr).toMatch(/1 invalid gold file\(s\)/);
  });

  it('exits 1 when no article has gold', () => {
    const empty = world();
    rmSync(empty.gold, { recursive: true });
    mkdirSync(empty.gold);
    const r = nkie(empty);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was scored/);
  });

  it('exits 1 with one line when the gold directory is missing', () => {
    const r = nkie({ ...w, gold: join(w.root, 'nope') });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`nkie: ${join(w.root, 'nope')}: cannot read the gold directory (ENOENT)\n`);
  });

  it('--write-baseline writes the rounded scores of the scored articles', () => {
    const file = join(w.root, 'out', 'baseline.json');
    const r = nkie(w, '--write-baseline', file);
    expect(r.code).toBe(0);
    const b = BaselineSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(b.articles).toEqual(['alpha']);
    expect(b.levels.document.micro).toEqual({ precision: 1, recall: 0.8, f1: 0.889 });
    expect(Object.keys(b.levels.relations.byType)).toEqual(['located_in', 'based_in']);
  });

  it('--write-baseline writes nothing when a gold file is invalid', () => {
    const gold = alphaGold();
    gold.entities[0]!.start += 1;
    const bad = world({ 'gold/alpha.gold.json': gold });
    const file = join(bad.root, 'baseline.json');
    const r = nkie(bad, '--write-baseline', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/baseline not written/);
    expect(existsSync(file)).toBe(false);
  });

  it('--against scores a second reader\'s gold files, and exits 1 when none pairs with the gold', () => {
    const other = alphaDocGold();
    other.entities.pop();
    const two = world({ 'gold/alpha.gold.json': alphaDocGold(), 'second/alpha.gold.json': other });
    const r = nkie(two, '--against', join(two.root, 'second'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.against, j.rules]).toEqual([join(two.root, 'second'), null]);
    expect(j.levels.document.micro).toMatchObject({ tp: 4, fp: 0, fn: 1 });
    const none = nkie(two, '--against', join(two.root, 'gold', 'nothing-here'));
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/cannot read the gold directory/);
  });

  it('--against refuses --write-baseline (a baseline is of the extraction)', () => {
    const r = nkie(w, '--against', w.gold, '--write-baseline', join(w.root, 'b.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot be used with --against/);
    expect(existsSync(join(w.root, 'b.json'))).toBe(false);
  });
});
