import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractFloorWriter } from '../../src/bench/contract-floor.js';
import { sourceArticles } from '../../src/bench/corpus.js';
import { createPipeline } from '../../src/pipeline.js';
import { tempDir } from '../helpers.js';
import { nkie, testCorpus, testRules } from '../run/fixture.js';

const CONTRACT = ['documents.jsonl', 'entities.csv', 'relations.csv', 'entity-table.csv'];

/** The contract files of a directory by name, article files included. */
function contractFiles(dir: string): Record<string, string> {
  const files = Object.fromEntries(CONTRACT.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  for (const f of readdirSync(join(dir, 'articles')).sort()) files[`articles/${f}`] = readFileSync(join(dir, 'articles', f), 'utf8');
  return files;
}

describe('ContractFloorWriter', () => {
  it('writes the very files a run writes: the floor measures the whole contract, nothing less', () => {
    const rules = testRules();
    const corpus = testCorpus(20);
    const run = tempDir('nkie-run-');
    expect(nkie('run', '-q', '-i', corpus, '-r', rules, '-o', run).status).toBe(0);

    const floor = tempDir('nkie-floor-');
    const pipeline = createPipeline({ rulesDir: rules });
    const writer = new ContractFloorWriter(floor);
    for (const article of sourceArticles(corpus)) writer.add(pipeline.process(article));
    writer.close();

    const expected = contractFiles(run);
    expect(Object.keys(expected).filter((f) => f.startsWith('articles/'))).toHaveLength(20);
    expect(contractFiles(floor)).toEqual(expected);
  });
});
