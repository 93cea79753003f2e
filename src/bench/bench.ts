/**
 * `npm run bench`: nkie's throughput against bare wink-nlp, in one process.
 *
 * Builds a varied corpus (bench/corpus.ts) and measures, in rounds that rotate their order so
 * that a noisy machine affects all alike: (a) wink-nlp readDoc alone, with the model and pipes
 * the pipeline uses; (b) a whole `run` with the default formats (load, every stage, rows
 * records, aggregates) into a temporary directory; the stages one by one, to show where (b) spends
 * its time; and the contract floor (bench/contract-floor.ts), what writing the output files
 * alone costs, which bounds the ratio any pipeline writing them can reach. Then an
 * incremental re-run over the unchanged corpus, the pipeline with 20,000 synthetic rule
 * entries against the normal rules, and on request the multi-core check (`--jobs-check`) and
 * the large memory run (`--memory N`), both as child processes of the CLI.
 * The multi-core check also measures what the machine itself allows: the stages alone over
 * the same articles in one child process, then in two at once (`--stages-child`, internal).
 *
 * Times are CPU time of this process (wall time is shown too): on a shared machine CPU time
 * is the steadier of the two, and the ratios use it. The kernel's share is shown apart: what
 * it costs to create a file depends on the directory as much as on nkie.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPipeline, VERSION, type Pipeline } from '../pipeline.js';
import type { CompiledRules } from '../rules/compile.js';
import { newWorkingDoc } from '../stages/doc.js';
import { STAGES } from '../stages/index.js';
import { limitHeapGrowth, runBatch, type RunSummary } from '../run.js';
import { wink, WINK_PIPES } from '../text/wink.js';
import type { Article } from '../types.js';
import { ContractFloorWriter } from './contract-floor.js';
import { generateArticles, sourceArticles, vocabularyOf, writeCorpus, type CorpusFiles } from './corpus.js';
import { rulesWithSynthetic } from './synthetic-rules.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    'min-mb': { type: 'string', default: '15' },
    seed: { type: 'string', default: '1' },
    rules: { type: 'string', default: 'rules' },
    source: { type: 'string', default: 'input' },
    rounds: { type: 'string', default: '2' },
    synthetic: { type: 'string', default: '20000' },
    'jobs-check': { type: 'boolean', default: false },
    memory: { type: 'string' },
    'memory-jobs': { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // internal: one process of the parallel-ceiling measure (the stages over a corpus directory)
    'stages-child': { type: 'string' },
    'child-articles': { type: 'string', default: '2000' },
  },
});

const int = (name: string, v: string | undefined, min = 0) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench: --${name} expects a whole number >= ${min}\n`);
    process.exit(1);
  }
  return n;
};

interface Timing {
  wall: number;
  cpu: number;
  /** the kernel's share of cpu */
  sys: number;
}

const ZERO: Timing = { wall: 0, cpu: 0, sys: 0 };

/** Seconds of wall and CPU time spent in f. */
async function timed<T>(f: () => T | Promise<T>): Promise<[T, Timing]> {
  const start = clock();
  const result = await f();
  return [result, elapsed(start)];
}

const clock = () => ({ cpu: process.cpuUsage(), wall: performance.now() });

function elapsed(start: ReturnType<typeof clock>): Timing {
  const c = process.cpuUsage(start.cpu);
  return { wall: (performance.now() - start.wall) / 1000, cpu: (c.user + c.system) / 1e6, sys: c.system / 1e6 };
}

const add = (a: Timing, b: Timing): Timing => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu, sys: a.sys + b.sys });
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const progress = (s: string) => {
  if (!flags.json) process.stderr.write(`bench: ${s}\n`);
};

function rates(t: Timing, corpus: { articles: number; bytes: number; tokens: number }) {
  return {
    seconds: round(t.wall, 3),
    cpuSeconds: round(t.cpu, 3),
    systemCpuSeconds: round(t.sys, 3),
    articlesPerSecond: round(corpus.articles / t.cpu, 1),
    mbPerSecond: round(corpus.bytes / 1e6 / t.cpu, 3),
    tokensPerSecond: Math.round(corpus.tokens / t.cpu),
    wallArticlesPerSecond: round(corpus.articles / t.wall, 1),
  };
}

/** Generates at least `articles` articles and `minBytes` of text. */
function buildCorpus(dir: string, articles: number, minBytes: number, seed: number, rules: string, source: string): CorpusFiles {
  const sources = sourceArticles(source);
  const vocab = vocabularyOf(rules);
  let count = articles;
  for (;;) {
    const corpus = writeCorpus(dir, generateArticles(sources, vocab, { articles: count, seed }));
    if (corpus.bytes >= minBytes) return corpus;
    rmSync(dir, { recursive: true, force: true });
    count = Math.ceil((count * minBytes) / corpus.bytes) + 1;
  }
}

/** Adds the CPU milliseconds of each stage over the articles to `into`. */
function stagePass(articles: readonly Article[], rules: CompiledRules, into: Record<string, number>): void {
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  for (const a of articles) {
    let doc = newWorkingDoc(a);
    for (const stage of STAGES) {
      const t = cpuMs();
      doc = stage.run(doc, rules);
      into[stage.name]! += cpuMs() - t;
    }
  }
}

/**
 * The time of writing the articles' documents through the contract floor
 * (bench/contract-floor.ts) into `dir`; the documents are made, untimed, a few at a time.
 * Like (b), a later round replaces the files of the first.
 */
function floorPass(articles: readonly Article[], pipeline: Pipeline, dir: string): Timing {
  const writer = new ContractFloorWriter(dir);
  let spent = ZERO;
  const chunk = 50;
  for (let i = 0; i < articles.length; i += chunk) {
    const docs = articles.slice(i, i + chunk).map((a) => pipeline.process(a));
    const start = clock();
    for (const doc of docs) writer.add(doc);
    spent = add(spent, elapsed(start));
  }
  const start = clock();
  writer.close();
  return add(spent, elapsed(start));
}

/** Pipeline CPU time over the same articles with two rule sets, alternating in small chunks. */
async function compareRules(articles: readonly Article[], normal: Pipeline, large: Pipeline): Promise<[Timing, Timing]> {
  let a = ZERO;
  let b = ZERO;
  const chunk = 100;
  for (let i = 0; i < articles.length; i += chunk) {
    const part = articles.slice(i, i + chunk);
    const runAll = (p: Pipeline) => () => {
      for (const art of part) p.process(art);
    };
    const order = (i / chunk) % 2 === 0;
    const first = await timed(runAll(order ? normal : large));
    const second = await timed(runAll(order ? large : normal));
    a = add(a, order ? first[1] : second[1]);
    b = add(b, order ? second[1] : first[1]);
  }
  return [a, b];
}

/** A digest of each output file (run.json aside), by name, articles/ included when there is one. */
function outputDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  for (const f of ['documents.jsonl', 'entities.csv', 'relations.csv', 'entity-table.csv', 'event-table.csv', 'errors.jsonl']) digests.set(f, digest(join(dir, f)));
  const articles = join(dir, 'articles');
  if (existsSync(articles)) for (const n of readdirSync(articles).sort()) digests.set(`articles/${n}`, digest(join(dir, 'articles', n)));
  return digests;
}

/** The files whose digests differ, or that only one side has. */
function differingFiles(x: Map<string, string>, y: Map<string, string>): string[] {
  return [...new Set([...x.keys(), ...y.keys()])].filter((f) => x.get(f) !== y.get(f));
}

function cliRun(args: string[]): { wall: number; run: { maxRssMB: number; seconds: number; articles: number } } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'run', '--quiet', ...args], { encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`nkie run ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const out = args[args.indexOf('--output') + 1]!;
  return { wall, run: JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) };
}

/**
 * `--stages-child DIR`: the pipeline over the first articles of DIR, in memory, after a
 * warm-up; prints the wall seconds. What one process does when nothing else is shared.
 */
function stagesChild(dir: string): void {
  const articles = sourceArticles(dir).slice(0, int('child-articles', flags['child-articles'], 1));
  const pipeline = createPipeline({ rulesDir: flags.rules });
  for (const a of articles.slice(0, 200)) pipeline.process(a);
  const t0 = performance.now();
  for (const a of articles) pipeline.process(a);
  process.stdout.write(JSON.stringify({ wall: (performance.now() - t0) / 1000 }) + '\n');
}

/** Wall seconds of each of `n` stage children started together. */
async function stageChildren(dir: string, n: number): Promise<number[]> {
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--stages-child', dir, '--rules', flags.rules], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve((JSON.parse(out) as { wall: number }).wall) : reject(new Error(`stages child exited ${code}`))));
    });
  return Promise.all(Array.from({ length: n }, one));
}

async function main() {
  if (flags['stages-child'] !== undefined) {
    stagesChild(flags['stages-child']);
    return;
  }
  limitHeapGrowth();
  const seed = int('seed', flags.seed);
  const tmp = mkdtempSync(join(tmpdir(), 'nkie-bench-'));
  const report: Record<string, unknown> = { nkie: VERSION, node: process.version, winkPipes: [...WINK_PIPES], rules: flags.rules };
  try {
    if (flags.memory !== undefined) await measureMemory(tmp, seed, report);
    else await measureThroughput(tmp, seed, report);
  } finally {
    if (flags.keep) progress(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : format(report));
}

/** `--memory N`: only the large run, as a child process reporting its own peak memory. */
async function measureMemory(tmp: string, seed: number, report: Record<string, unknown>): Promise<void> {
  const n = int('memory', flags.memory, 1);
  const jobs = int('memory-jobs', flags['memory-jobs'], 1);
  progress(`memory: generating ${n} articles`);
  const big = writeCorpus(join(tmp, 'memory-corpus'), generateArticles(sourceArticles(flags.source), vocabularyOf(flags.rules), { articles: n, seed }));
  progress(`memory: nkie run --jobs ${jobs} over ${n} articles`);
  const { wall, run } = cliRun(['--input', big.dir, '--output', join(tmp, 'memory-out'), '--rules', flags.rules, '--jobs', String(jobs)]);
  report.memory = { articles: run.articles, mb: round(big.bytes / 1e6), jobs, seconds: round(wall, 1), maxRssMB: run.maxRssMB, target: 500 };
}

/** The default bench: (a), (b), the stages, the incremental re-run, the gazetteer scale and optionally --jobs. */
async function measureThroughput(tmp: string, seed: number, report: Record<string, unknown>): Promise<void> {
  const articles = int('articles', flags.articles, 1);
  const rounds = int('rounds', flags.rounds, 1);
  const synthetic = int('synthetic', flags.synthetic);
  const minBytes = Number(flags['min-mb']) * 1e6;
  progress(`generating ${articles} articles`);
  const files = buildCorpus(join(tmp, 'corpus'), articles, minBytes, seed, flags.rules, flags.source);
  const loaded = sourceArticles(files.dir);
  const nlp = wink();
  // the warm-up pass fills wink-nlp's lexicon cache, which (a) and (b) then share alike
  let tokens = 0;
  for (const a of loaded) tokens += nlp.readDoc(a.text).tokens().length();
  const corpus = { articles: files.articles, bytes: files.bytes, tokens };
  report.corpus = { articles: files.articles, files: files.files, mb: round(files.bytes / 1e6), tokens, seed };

  let bare = ZERO;
  let full = ZERO;
  let floor = ZERO;
  let last: RunSummary | null = null;
  const out = join(tmp, 'out');
  const stageCpu: Record<string, number> = Object.fromEntries(STAGES.map((st) => [st.name, 0]));
  const pipeline = createPipeline({ rulesDir: flags.rules });
  const steps = [
    async () => {
      progress('(a) bare wink-nlp');
      bare = add(bare, (await timed(() => {
        for (const art of loaded) nlp.readDoc(art.text);
      }))[1]);
    },
    async () => {
      progress('(b) nkie run');
      const [summary, t] = await timed(() => runBatch({ input: files.dir, output: out, rules: flags.rules, maxBytes: Number.MAX_SAFE_INTEGER, csvRaw: false }));
      full = add(full, t);
      last = summary;
    },
    () => {
      progress('the stages one by one');
      stagePass(loaded, pipeline.rules, stageCpu);
    },
    () => {
      progress('the contract floor');
      floor = add(floor, floorPass(loaded, pipeline, join(tmp, 'floor')));
    },
  ];
  // each round starts one step later, so no measure always follows the same one
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < steps.length; k++) {
      progress(`round ${r + 1}/${rounds}`);
      await steps[(r + k) % steps.length]!();
    }
  }
  const mean = (t: Timing): Timing => ({ wall: t.wall / rounds, cpu: t.cpu / rounds, sys: t.sys / rounds });
  const perArticle = (ms: number) => round(ms / rounds / corpus.articles, 3);
  const stagesMs = Object.values(stageCpu).reduce((a, b) => a + b, 0);
  report.bare = rates(mean(bare), corpus);
  report.run = { ...rates(mean(full), corpus), entities: last!.entities, relations: last!.relations };
  report.ratio = { cpu: round(bare.cpu / full.cpu, 3), wall: round(bare.wall / full.wall, 3), target: 0.5 };
  report.stages = {
    cpuMsPerArticle: {
      ...Object.fromEntries(Object.entries(stageCpu).map(([k, v]) => [k, perArticle(v)])),
      // what a run adds to the stages: reading input, writing the article files and rows records, the aggregates
      'load, files and aggregates': perArticle(full.cpu * 1000 - stagesMs),
    },
    // each stage's part of a whole run's CPU time per article (the events stage's cost, issue 17)
    shareOfRun: Object.fromEntries(Object.entries(stageCpu).map(([k, v]) => [k, round(v / (full.cpu * 1000), 3)])),
    bareMsPerArticle: perArticle(bare.cpu * 1000),
    ratioStagesOnly: round((bare.cpu * 1000) / stagesMs, 3),
  };
  // the output contract written for documents already made: no pipeline writing it can do better than bare / (bare + floor);
  // the kernel's share depends on the file system (creating a file costs it 0.02 to over 1 ms by directory here), so also without it
  const floorUser = floor.cpu - floor.sys;
  report.contractFloor = {
    cpuMsPerArticle: perArticle(floor.cpu * 1000),
    systemCpuMsPerArticle: perArticle(floor.sys * 1000),
    ratioBound: round(bare.cpu / (bare.cpu + floor.cpu), 3),
    ratioBoundKernelFree: round(bare.cpu / (bare.cpu + floorUser), 3),
    // these stages (wink-nlp included) and the contract, with nothing else: no state, no kernel
    ratioBoundTheseStages: round(bare.cpu / (stagesMs / 1000 + floorUser), 3),
  };
  report.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

  progress('incremental re-run over the unchanged corpus');
  const [again, rerun] = await timed(() => runBatch({ input: files.dir, output: out, rules: flags.rules, maxBytes: Number.MAX_SAFE_INTEGER, csvRaw: false, incremental: true }));
  report.incremental = {
    skipped: again.skipped,
    processed: again.processed,
    seconds: round(rerun.wall, 3),
    cpuSeconds: round(rerun.cpu, 3),
    speedupCpu: round(mean(full).cpu / rerun.cpu, 1),
    speedupWall: round(mean(full).wall / rerun.wall, 1),
    target: 10,
  };

  if (synthetic > 0) {
    progress(`gazetteer scale: the rules plus ${synthetic} synthetic entries`);
    const large = rulesWithSynthetic(flags.rules, join(tmp, 'synthetic-rules'), synthetic, seed, VERSION);
    const [normal, withSynthetic] = await compareRules(loaded, createPipeline({ rulesDir: flags.rules }), createPipeline({ rulesDir: large }));
    report.gazetteerScale = {
      syntheticEntries: synthetic,
      normalArticlesPerSecond: round(corpus.articles / normal.cpu, 1),
      largeArticlesPerSecond: round(corpus.articles / withSynthetic.cpu, 1),
      ratio: round(normal.cpu / withSynthetic.cpu, 3),
      target: 0.85,
    };
  }

  if (flags['jobs-check']) {
    const runs: Record<number, number> = { 1: 0, 2: 0 };
    const digests: Record<number, Map<string, string>> = {};
    const jobsOut = join(tmp, 'jobs');
    // one directory for both: creating a file costs the kernel from 0.02 to over 1 ms depending on the directory;
    // an untimed first run fills it, so that every timed run replaces the same files
    progress('jobs check: a first run fills the output directory');
    cliRun(['--input', files.dir, '--output', jobsOut, '--rules', flags.rules]);
    for (let r = 0; r < rounds; r++) {
      for (const jobs of r % 2 === 0 ? [1, 2] : [2, 1]) {
        progress(`jobs check round ${r + 1}/${rounds}: --jobs ${jobs}`);
        runs[jobs]! += cliRun(['--input', files.dir, '--output', jobsOut, '--rules', flags.rules, '--jobs', String(jobs)]).wall;
        digests[jobs] = outputDigests(jobsOut);
      }
    }
    const differ = differingFiles(digests[1]!, digests[2]!);
    // the ceiling: two processes that share nothing, each doing what one does alone
    let alone = 0;
    let pair = 0;
    for (let r = 0; r < rounds; r++) {
      progress(`parallel ceiling round ${r + 1}/${rounds}: the stages in one process, then in two at once`);
      alone += (await stageChildren(files.dir, 1))[0]!;
      pair += Math.max(...(await stageChildren(files.dir, 2)));
    }
    report.jobs = {
      jobs1Seconds: round(runs[1]! / rounds), jobs2Seconds: round(runs[2]! / rounds), speedup: round(runs[1]! / runs[2]!), target: 1.7, identical: differ.length === 0, differ,
      ceiling: { articles: Math.min(corpus.articles, int('child-articles', flags['child-articles'], 1)), oneSeconds: round(alone / rounds), twoSeconds: round(pair / rounds), speedup: round((2 * alone) / pair) },
    };
  }
}

/** The report as a few aligned lines. */
function format(r: Record<string, unknown>): string {
  const get = (path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
  const lines: string[] = [];
  const c = r.corpus as Record<string, number>;
  lines.push(`nkie ${String(r.nkie)} on node ${String(r.node)}; wink-nlp pipes ${(r.winkPipes as string[]).join(', ')}; rules ${String(r.rules)}`);
  if (r.memory) {
    lines.push(`memory: ${String(get('memory.articles'))} articles (${String(get('memory.mb'))} MB) with --jobs ${String(get('memory.jobs'))} in ${String(get('memory.seconds'))} s, peak RSS ${String(get('memory.maxRssMB'))} MB (target < 500)`);
    return lines.join('\n') + '\n';
  }
  lines.push(`corpus: ${c.articles} articles, ${c.mb} MB, ${c.tokens} tokens (seed ${c.seed})`);
  lines.push('                     articles/s      MB/s    tokens/s   (per CPU second; wall articles/s)');
  for (const [label, key] of [['(a) bare wink-nlp', 'bare'], ['(b) nkie run', 'run']] as const) {
    const x = r[key] as Record<string, number>;
    lines.push(`${label.padEnd(20)} ${String(x.articlesPerSecond).padStart(10)} ${String(x.mbPerSecond).padStart(9)} ${String(x.tokensPerSecond).padStart(11)}   (${x.wallArticlesPerSecond})`);
  }
  lines.push(`ratio (b)/(a): ${String(get('ratio.cpu'))} CPU, ${String(get('ratio.wall'))} wall (target >= 0.5)`);
  const per = get('stages.cpuMsPerArticle') as Record<string, number>;
  lines.push(`CPU ms per article: ${Object.entries(per).map(([k, v]) => `${k} ${v}`).join(', ')}; bare wink-nlp ${String(get('stages.bareMsPerArticle'))}`);
  const share = get('stages.shareOfRun') as Record<string, number>;
  lines.push(`share of a run's CPU per article by stage: ${Object.entries(share).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
  lines.push(`ratio of the stages alone (no input or output) to bare wink-nlp: ${String(get('stages.ratioStagesOnly'))}`);
  lines.push(`system CPU (the kernel's share): (a) ${String(get('bare.systemCpuSeconds'))} s, (b) ${String(get('run.systemCpuSeconds'))} s of ${String(get('run.cpuSeconds'))} s`);
  lines.push(`contract floor (the output files of documents already made, no extraction): ${String(get('contractFloor.cpuMsPerArticle'))} CPU ms per article, ${String(get('contractFloor.systemCpuMsPerArticle'))} of it the kernel's`);
  lines.push(`  best ratio any pipeline writing these files can reach: ${String(get('contractFloor.ratioBound'))}; were the kernel's work free: ${String(get('contractFloor.ratioBoundKernelFree'))}; with these stages: ${String(get('contractFloor.ratioBoundTheseStages'))}`);
  lines.push(`peak RSS: ${String(r.peakRssMB)} MB`);
  lines.push(`incremental re-run: ${String(get('incremental.skipped'))} unchanged articles kept, ${String(get('incremental.seconds'))} s: ${String(get('incremental.speedupCpu'))}x faster (CPU), ${String(get('incremental.speedupWall'))}x (wall) (target >= 10)`);
  if (r.gazetteerScale) {
    lines.push(`gazetteer scale: ${String(get('gazetteerScale.normalArticlesPerSecond'))} articles/s with the rules, ${String(get('gazetteerScale.largeArticlesPerSecond'))} with ${String(get('gazetteerScale.syntheticEntries'))} synthetic entries more: ratio ${String(get('gazetteerScale.ratio'))} (target >= 0.85)`);
  }
  if (r.jobs) {
    lines.push(`--jobs 2: ${String(get('jobs.jobs2Seconds'))} s against ${String(get('jobs.jobs1Seconds'))} s for --jobs 1: ${String(get('jobs.speedup'))}x (target >= 1.7); outputs ${get('jobs.identical') ? 'byte-identical' : `DIFFER: ${(get('jobs.differ') as string[]).join(', ')}`}`);
    lines.push(`parallel ceiling of this machine: the stages over ${String(get('jobs.ceiling.articles'))} articles take ${String(get('jobs.ceiling.oneSeconds'))} s in one process and ${String(get('jobs.ceiling.twoSeconds'))} s in each of two at once: ${String(get('jobs.ceiling.speedup'))}x`);
  }
  return lines.join('\n') + '\n';
}

await main();
