#!/usr/bin/env node
/**
 * nkie command line: parses arguments, calls the library, reports, and chooses the exit code:
 * 0 everything processed; 2 the batch finished but some inputs failed; 1 nothing could run
 * (invalid rules, unreadable input, bad arguments). Known errors print one line, no stack.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { parseShard, type Shard } from './batch/shard.js';
import { DEFAULT_FORMATS, FORMATS, parseFormats, type Format } from './export/formats.js';
import { defaultRulesDir, PACKAGE_RULES } from './rules/locate.js';
import { DEFAULT_MAX_BYTES, STDIN } from './input/load.js';
import type { RulesInvalidError } from './rules/load.js';
import type { RunSummary } from './run.js';
import { VERSION } from './version.js';

// A command imports what it runs when it runs: the pipeline (wink-nlp, compromise, the word
// list) costs 0.5 s of CPU to load, which --help, --version, merge and a mistyped option skip.

const formatList = (v: string) => {
  try {
    return parseFormats(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
};

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

const shardArg = (v: string): Shard => {
  const shard = parseShard(v);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
};

/** Problems on stderr, the summary line on stdout; exit 2 when some inputs failed. */
function reportRun(summary: RunSummary, output: string, quiet: boolean): void {
  for (const w of summary.warnings) process.stderr.write(`nkie: warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.reason}\n`);
  for (const e of summary.errors) process.stderr.write(`nkie: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.reason}\n`);
  if (!quiet) {
    const kept = summary.skipped > 0 ? ` (${summary.skipped} unchanged, kept)` : '';
    process.stdout.write(`${summary.articles} articles${kept}, ${summary.entities} entities, ${summary.relations} relations in ${summary.seconds.toFixed(2)} s, ${summary.errors.length} errors → ${output}\n`);
  }
  process.exitCode = summary.errors.length > 0 ? 2 : 0;
}

/** --rules, the same for every command that reads the rules. */
const rulesOption = () =>
  new Option('-r, --rules <dir>', 'rules directory').default(defaultRulesDir(), `./rules when the current directory has one, else the rules installed with nkie (${PACKAGE_RULES})`);

function fail(message: string): never {
  process.stderr.write(`nkie: ${message}\n`);
  process.exit(1);
}

async function reportRules(e: RulesInvalidError): Promise<never> {
  const { formatProblem } = await import('./rules/load.js');
  for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
  fail(`${e.problems.length} problem(s) in the rules; nothing was processed`);
}

const program = new Command()
  .name('nkie')
  .description('Extract places, organizations, laws, drugs, penalties, amounts and dates from news about North Korea.')
  .version(VERSION)
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(`nkie: ${str.replace(/^error: /, '')}`) });

program
  .command('run')
  .description('process every article in the input directory into the output directory')
  .option('-i, --input <path>', 'input directory or file (.txt .md .html .json .jsonl), or - for JSON Lines on standard input', 'input')
  .option('-o, --output <dir>', 'output directory', 'output')
  .addOption(rulesOption())
  .option('--max-bytes <n>', 'skip input files larger than this', positiveInt, DEFAULT_MAX_BYTES)
  .option('--csv-raw', 'write CSV cells as they are (no spreadsheet formula neutralisation)', false)
  .option('-j, --jobs <n>', 'worker threads processing articles (output identical for any n)', positiveInt, 1)
  .option('--incremental', 'skip articles unchanged (content, rules, version) since the last run in the output directory', false)
  .addOption(new Option('-f, --formats <list>', `output formats, comma-separated: ${FORMATS.join(', ')}, or all (csv and json are always written; articles is one articles/<id>.json per article)`)
    .argParser(formatList).default(parseFormats(DEFAULT_FORMATS), DEFAULT_FORMATS))
  .option('--shard <k/n>', 'process only shard k of n (by id hash); combine the shards with `nkie merge` (default: every article)', shardArg)
  .option('-q, --quiet', 'no progress bar and no summary line', false)
  .action(async (o: { input: string; output: string; rules: string; maxBytes: number; csvRaw: boolean; jobs: number; incremental: boolean; shard?: Shard; formats: Set<Format>; quiet: boolean }) => {
    const { InputUnavailableError, limitHeapGrowth, runBatch } = await import('./run.js');
    const { RulesInvalidError } = await import('./rules/load.js');
    if (o.input === STDIN && process.stdin.isTTY) process.stderr.write('nkie: reading JSON Lines articles from standard input (end with Ctrl-D)\n');
    // the bar counts files; standard input's length is unknown
    const bar = !o.quiet && process.stderr.isTTY && o.input !== STDIN ? new SingleBar({ format: 'nkie {bar} {value}/{total} files', hideCursor: true }, Presets.shades_classic) : null;
    limitHeapGrowth();
    try {
      const summary = await runBatch({
        input: o.input, output: o.output, rules: o.rules, maxBytes: o.maxBytes, csvRaw: o.csvRaw,
        jobs: o.jobs, incremental: o.incremental, shard: o.shard ?? null, formats: o.formats,
        onStart: (total) => bar?.start(total, 0),
        onArticle: (done) => bar?.update(done),
      });
      bar?.stop();
      reportRun(summary, o.output, o.quiet);
    } catch (e) {
      bar?.stop();
      if (e instanceof RulesInvalidError) await reportRules(e);
      if (e instanceof InputUnavailableError) fail(e.message);
      throw e;
    }
  });

program
  .command('merge')
  .description('combine output directories (the shards of `run --shard k/n`) into one, identical to a single run')
  .argument('<dirs...>', 'output directories to combine')
  .requiredOption('-o, --output <dir>', 'output directory for the combined result')
  .option('-q, --quiet', 'no summary line', false)
  .action(async (dirs: string[], o: { output: string; quiet: boolean }) => {
    const { mergeOutputs, MergeError } = await import('./batch/merge.js');
    try {
      reportRun(mergeOutputs({ dirs, output: o.output }), o.output, o.quiet);
    } catch (e) {
      if (e instanceof MergeError) fail(e.message);
      throw e;
    }
  });

program
  .command('schema')
  .description('print the JSON Schema of the Document (schema/document.schema.json)')
  .action(async () => {
    const { documentJsonSchema } = await import('./json-schema.js');
    process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
  });

const fraction = (v: string) => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
};

program
  .command('check')
  .description('score the extraction against the gold files (exit 1 below --min-f1 or on invalid gold)')
  .option('-g, --gold <dir>', 'gold directory (<id>.gold.json files)', 'tests/fixtures')
  .option('-i, --input <path>', 'input directory or file holding the articles, or - for JSON Lines on standard input', 'input')
  .addOption(rulesOption())
  .option('--json', 'print the whole result as one JSON object', false)
  .option('--min-f1 <x>', 'exit 1 when the overall document-level micro F1 is below x (default: no minimum)', fraction)
  .option('--write-baseline <file>', 'write the scores as the ratchet baseline (npm run baseline; default: none written)')
  .option('--against <dir>', 'score the gold files of a second reader in <dir> in place of the extraction: the agreement of two readers (--input and --rules unused; default: the extraction is scored)')
  .action(async (o: { gold: string; input: string; rules: string; json: boolean; minF1?: number; writeBaseline?: string; against?: string }) => {
    const { check, GoldUnavailableError } = await import('./eval/check.js');
    const { toJson, formatReport } = await import('./eval/report.js');
    const { baselineOf, formatBaseline } = await import('./eval/baseline.js');
    const { writeFileAtomic } = await import('./export/write.js');
    const { InputUnavailableError } = await import('./run.js');
    const { RulesInvalidError } = await import('./rules/load.js');
    let result;
    try {
      if (o.against !== undefined && o.writeBaseline !== undefined) fail('--write-baseline scores the extraction; it cannot be used with --against');
      result = check({ gold: o.gold, input: o.input, rules: o.rules, ...(o.against === undefined ? {} : { against: o.against }) });
    } catch (e) {
      if (e instanceof RulesInvalidError) await reportRules(e);
      if (e instanceof InputUnavailableError || e instanceof GoldUnavailableError) fail(e.message);
      throw e;
    }
    process.stdout.write(o.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : formatReport(result));
    // the report is out: set the exit code rather than exit, so a piped report is not cut short
    const failures: string[] = [];
    const invalid = new Set(result.notScored.invalidGold.map((p) => p.file)).size;
    if (result.articles.length === 0) failures.push(`no ${o.against === undefined ? `article of ${o.input}` : `second reading in ${o.against}`} has a valid gold file in ${o.gold}; nothing was scored`);
    if (invalid > 0) failures.push(`${invalid} invalid gold file(s)`);
    const f1 = result.levels.document.micro.f1;
    if (o.minF1 !== undefined && f1 < o.minF1) failures.push(`document-level micro F1 ${f1.toFixed(4)} is below --min-f1 ${o.minF1}`);
    if (o.writeBaseline !== undefined) {
      if (result.articles.length > 0 && invalid === 0) {
        writeFileAtomic(o.writeBaseline, formatBaseline(baselineOf(result)));
        process.stderr.write(`nkie: baseline of ${result.articles.length} article(s) written to ${o.writeBaseline}\n`);
      } else {
        failures.push(`baseline not written to ${o.writeBaseline}`);
      }
    }
    for (const f of failures) process.stderr.write(`nkie: ${f}\n`);
    process.exitCode = failures.length > 0 ? 1 : 0;
  });

const rules = program.command('rules').description('work with rule files');
rules
  .command('lint')
  .description('validate the rule files and print counts per kind')
  .addOption(rulesOption())
  .action(async (o: { rules: string }) => {
    const { compileRules } = await import('./rules/compile.js');
    const { RulesInvalidError } = await import('./rules/load.js');
    try {
      const compiled = compileRules(o.rules, VERSION);
      for (const [kind, n] of Object.entries(compiled.counts).sort()) process.stdout.write(`${kind}\t${n}\n`);
      process.stdout.write(`ok: ${o.rules} (fingerprint ${compiled.fingerprint.slice(0, 12)})\n`);
    } catch (e) {
      if (e instanceof RulesInvalidError) await reportRules(e);
      throw e;
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 1);
  fail(`internal error: ${(e as Error).stack ?? String(e)}`);
}
