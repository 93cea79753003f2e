/**
 * The real-reporting sets (eval/real, eval/real-heldout): every gold file is valid
 * document-level gold, the manifest lists exactly the gold files with an address and a
 * SHA-256, and where a text has been saved beside them (texts/ is git-ignored: the articles are
 * other people's work) it is the text that was annotated.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { goldSet, isDocumentGold, loadGoldDir } from '../../src/eval/gold.js';
import { ROOT } from '../helpers.js';

interface ManifestRow { id: string; outlet: string; published: string; url: string; title: string; sha256: string }

async function manifest(file: string): Promise<ManifestRow[]> {
  const rows: ManifestRow[] = [];
  await new Promise<void>((resolve, reject) => {
    const stream = parse<ManifestRow, ManifestRow>({ headers: true, strictColumnHandling: true });
    stream.on('data', (r: ManifestRow) => rows.push(r)).on('error', reject).on('end', () => resolve());
    stream.end(readFileSync(file));
  });
  return rows;
}

const SETS: [string, string, number, number][] = [
  // directory, set name, at least this many articles, from at least this many outlets
  ['eval/real', 'real', 40, 10],
  ['eval/real-heldout', 'real-heldout', 20, 10],
];

describe.each(SETS)('%s', (dir, set, minArticles, minOutlets) => {
  const root = join(ROOT, dir);
  const { files, problems } = loadGoldDir(join(root, 'gold'));

  it('holds only valid document-level gold of its set', () => {
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(minArticles);
    for (const { gold } of files) {
      expect(isDocumentGold(gold), gold.id).toBe(true);
      expect(goldSet(gold), gold.id).toBe(set);
    }
  });

  it('holds gold events whose roles name entities of the same file (a crime by its offence id)', () => {
    // parseGold rejects a role naming a missing id and a crime outside the offence list; this checks the set is annotated at all
    const withEvents = files.filter(({ gold }) => (gold.events ?? []).length > 0);
    if (set === 'real') expect(withEvents.length).toBeGreaterThanOrEqual(30);
    for (const { gold } of withEvents) {
      const ids = new Set(gold.entities.map((e) => e.id).filter((id) => id !== undefined));
      for (const ev of gold.events!) {
        const refs = [ev.agent, ev.sentence, ev.law, ev.place, ev.time, ev.money, ev.drug, ev.quantity, ...(ev.persons ?? [])].filter((r) => typeof r === 'string');
        for (const ref of refs) expect(ids.has(ref), `${gold.id}: ${ev.subtype} "${ev.trigger}" names ${ref}`).toBe(true);
      }
    }
  });

  it('has a manifest row, with an address, an outlet and a SHA-256, for each gold file and no other', async () => {
    const rows = await manifest(join(root, 'manifest.csv'));
    expect(rows.map((r) => r.id).sort()).toEqual(files.map((f) => f.gold.id).sort());
    for (const r of rows) {
      expect(r.url, r.id).toMatch(/^https?:\/\//);
      expect(r.outlet, r.id).not.toBe('');
      expect(r.sha256, r.id).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(rows.map((r) => r.outlet)).size).toBeGreaterThanOrEqual(minOutlets);
  });

  it('where a text has been saved, it is the text that was annotated', async () => {
    for (const r of await manifest(join(root, 'manifest.csv'))) {
      const text = join(root, 'texts', `${r.id}.json`);
      if (!existsSync(text)) continue;
      const article = JSON.parse(readFileSync(text, 'utf8')) as { id: string; text: string };
      expect(article.id).toBe(r.id);
      expect(createHash('sha256').update(article.text, 'utf8').digest('hex'), `${text}: not the annotated text`).toBe(r.sha256);
    }
  });
});

it('no real article is in both sets', async () => {
  const [dev, heldout] = await Promise.all(SETS.map(([dir]) => manifest(join(ROOT, dir, 'manifest.csv'))));
  const devUrls = new Set(dev!.map((r) => r.url));
  expect(heldout!.filter((r) => devUrls.has(r.url)).map((r) => r.id)).toEqual([]);
});

it('holds second readings (eval/agreement) only of development articles, as valid document-level gold with events', async () => {
  const { files, problems } = loadGoldDir(join(ROOT, 'eval/agreement/gold'));
  expect(problems).toEqual([]);
  expect(files.length).toBeGreaterThanOrEqual(28);
  const devIds = new Set((await manifest(join(ROOT, 'eval/real/manifest.csv'))).map((r) => r.id));
  for (const { gold } of files) {
    expect(devIds.has(gold.id), `${gold.id}: no development article of this id`).toBe(true);
    expect(isDocumentGold(gold), gold.id).toBe(true);
    expect(gold.events, gold.id).toBeDefined();
  }
});
