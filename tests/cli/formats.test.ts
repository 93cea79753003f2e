import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnn } from '../../src/export/brat.js';
import { parseConll } from '../../src/export/conll.js';
import type { Document } from '../../src/types.js';
import { CLI_TIMEOUT_MS, ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

describe('nkie run --formats', () => {
  const input = tempDir('nkie-in-');
  const out = tempDir('nkie-out-');
  let docs: Document[];

  beforeAll(() => {
    writeFileSync(join(input, 'a.txt'), 'Arrests in Hyesan\n\nPolice in Hyesan, Ryanggang Province, seized 500 grams of methamphetamine.');
    writeFileSync(join(input, 'b.txt'), 'Trial in Hamhung\n\nA court in Hamhung sentenced two dealers to 10 years of reform through labor.');
    const r = spawnSync(process.execPath, [CLI, 'run', '--input', input, '--output', out, '--quiet', '--formats', 'all'], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    expect(r.status, r.stderr).toBe(0);
    docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Document);
  });

  it('writes every format besides the contract files', () => {
    for (const f of ['report.html', 'places.geojson', 'entities.conll', 'brat/annotation.conf', 'brat/a.txt', 'brat/a.ann', 'articles/a.json', 'entities.csv']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });

  it('writes brat files that read back to the documents', () => {
    for (const d of docs) {
      const txt = readFileSync(join(out, 'brat', `${d.id}.txt`), 'utf8');
      const { entities, relations } = parseAnn(readFileSync(join(out, 'brat', `${d.id}.ann`), 'utf8'), txt);
      expect(txt).toBe(d.text);
      expect(entities.map((e) => [e.type, e.text])).toEqual(d.entities.map((e) => [e.type, e.text]));
      expect(relations).toHaveLength(d.relations.length);
    }
  });

  it('writes CoNLL with one block per document and GeoJSON of the resolved places', () => {
    expect(parseConll(readFileSync(join(out, 'entities.conll'), 'utf8'))).toHaveLength(docs.length);
    const geo = JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    const names = geo.features.map((f: { properties: { name: string } }) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Hyesan', 'Hamhung']));
  });

  it('writes a self-contained report', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']https?:/i);
  });

  it('rejects an unknown format before reading anything', () => {
    const r = spawnSync(process.execPath, [CLI, 'run', '--input', input, '--output', tempDir(), '--formats', 'csv,pdf'], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
  });
});
