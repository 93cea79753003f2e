/** nkie's library interface. */
export { createPipeline, VERSION, type Pipeline, type PipelineOptions } from './pipeline.js';
export { runBatch, type RunOptions, type RunSummary } from './run.js';
export { compileRules, type CompiledRules } from './rules/compile.js';
export { RulesInvalidError, formatProblem, type RuleProblem } from './rules/load.js';
export { check, GoldUnavailableError, type CheckOptions, type CheckResult } from './eval/check.js';
export { formatReport, toJson } from './eval/report.js';
export { STAGES } from './stages/index.js';
export * from './types.js';
