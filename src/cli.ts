#!/usr/bin/env node
/**
 * nkie command line: parses arguments, calls the library, reports, and chooses the exit code:
 * 0 everything processed; 2 the batch finished but some inputs failed; 1 nothing could run
 * (invalid rules, unreadable input, bad arguments). Known errors print one line, no stack.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { formatProblem, RulesInvalidError } from './rules/load.js';
import { compileRules } from './rules/compile.js';
import { DEFAULT_MAX_BYTES, InputUnavailableError, runBatch } from './run.js';
import { VERSION } from './pipeline.js';
import { documentJsonSchema } from './json-schema.js';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

function fail(message: string): never {
  process.stderr.write(`nkie: ${message}\n`);
  process.exit(1);
}

function reportRules(e: RulesInvalidError): never {
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
  .option('-i, --input <path>', 'input directory or file (.txt .md .html .json .jsonl)', 'input')
  .option('-o, --output <dir>', 'output directory', 'output')
  .option('-r, --rules <dir>', 'rules directory', 'rules')
  .option('--max-bytes <n>', 'skip input files larger than this', positiveInt, DEFAULT_MAX_BYTES)
  .option('--csv-raw', 'write CSV cells as they are (no spreadsheet formula neutralisation)', false)
  .option('-q, --quiet', 'no progress bar and no summary line', false)
  .action(async (o: { input: string; output: string; rules: string; maxBytes: number; csvRaw: boolean; quiet: boolean }) => {
    const bar = !o.quiet && process.stderr.isTTY ? new SingleBar({ format: 'nkie {bar} {value}/{total} files', hideCursor: true }, Presets.shades_classic) : null;
    try {
      const summary = await runBatch({
        input: o.input, output: o.output, rules: o.rules, maxBytes: o.maxBytes, csvRaw: o.csvRaw,
        onStart: (total) => bar?.start(total, 0),
        onArticle: (done) => bar?.update(done),
      });
      bar?.stop();
      for (const w of summary.warnings) process.stderr.write(`nkie: warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.reason}\n`);
      for (const e of summary.errors) process.stderr.write(`nkie: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.reason}\n`);
      if (!o.quiet) {
        process.stdout.write(`${summary.articles} articles, ${summary.entities} entities, ${summary.relations} relations in ${summary.seconds.toFixed(2)} s, ${summary.errors.length} errors → ${o.output}\n`);
      }
      process.exitCode = summary.errors.length > 0 ? 2 : 0;
    } catch (e) {
      bar?.stop();
      if (e instanceof RulesInvalidError) reportRules(e);
      if (e instanceof InputUnavailableError) fail(e.message);
      throw e;
    }
  });

program
  .command('schema')
  .description('print the JSON Schema of the Document (schema/document.schema.json)')
  .action(() => {
    process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
  });

const rules = program.command('rules').description('work with rule files');
rules
  .command('lint')
  .description('validate the rule files and print counts per kind')
  .option('-r, --rules <dir>', 'rules directory', 'rules')
  .action((o: { rules: string }) => {
    try {
      const compiled = compileRules(o.rules, VERSION);
      for (const [kind, n] of Object.entries(compiled.counts).sort()) process.stdout.write(`${kind}\t${n}\n`);
      process.stdout.write(`ok: ${o.rules} (fingerprint ${compiled.fingerprint.slice(0, 12)})\n`);
    } catch (e) {
      if (e instanceof RulesInvalidError) reportRules(e);
      throw e;
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 1);
  fail(`internal error: ${(e as Error).stack ?? String(e)}`);
}
