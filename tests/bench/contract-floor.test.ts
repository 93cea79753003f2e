import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractFloorWriter } from '../../src/bench/contract-floor.js';
import { sourceArticles } from '../../src/bench/corpus.js';
import { createPipeline } from '../../src/pipeline.js';
import { tempDir } from '../helpers.js';
import { AGGREGATES, nkie, outputFiles, testCorpus, testRules } from '../run/fixture.js';

// the contract's files: errors.jsonl is a run's, not a document's
const CONTRACT = AGGREGATES.filter((f) => f !== 'errors.jsonl');

describe('ContractFloorWriter', () => {
  it('writes the very files a run writes: the floor measures the whole contract, nothing less', () => {
    const rules = testRules();
    const corpus = testCorpus(20);
    const run = tempDir('nkie-run-');
    expect(nkie('run', '-q', '-i', corpus, '-r', rules, '-o', run).status).toBe(0);

    // a directory the writer makes, as the bench gives it
    const floor = join(tempDir('nkie-floor-'), 'floor');
    const pipeline = createPipeline({ rulesDir: rules });
    const writer = new ContractFloorWriter(floor);
    for (const article of sourceArticles(corpus)) writer.add(pipeline.process(article));
    writer.close();

    // the default output: the aggregates, no per-article files (outputFiles would list them)
    const expected = outputFiles(run, CONTRACT);
    expect(Object.keys(expected)).toEqual(CONTRACT);
    expect(readFileSync(join(run, 'documents.jsonl'), 'utf8').trim().split('\n')).toHaveLength(20);
    expect(outputFiles(floor, CONTRACT)).toEqual(expected);
    expect(readdirSync(floor).sort()).toEqual([...CONTRACT].sort());
  });
});
