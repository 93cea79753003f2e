/**
 * createPipeline compiles the rules once and runs the stages over one article at a time.
 */
import { compileRules, type CompiledRules } from './rules/compile.js';
import { newWorkingDoc, type WorkingDoc } from './stages/doc.js';
import { STAGES } from './stages/index.js';
import type { Article, Document } from './types.js';
import { VERSION } from './version.js';

export { VERSION };

export interface PipelineOptions {
  rulesDir: string;
}

export interface Pipeline {
  rules: CompiledRules;
  /** milliseconds spent in each stage since the pipeline was created */
  stageMs: Record<string, number>;
  process(article: Article): Document;
}

export function toDocument(doc: WorkingDoc): Document {
  return {
    id: doc.id,
    source: doc.source,
    title: doc.title,
    outlet: doc.outlet,
    author: doc.author,
    url: doc.url,
    published: doc.published,
    text: doc.text,
    sentences: doc.sentences,
    entities: doc.entities,
    relations: doc.relations,
    events: doc.events,
  };
}

export function createPipeline(options: PipelineOptions): Pipeline {
  const rules = compileRules(options.rulesDir, VERSION);
  const stageMs: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
  return {
    rules,
    stageMs,
    process(article) {
      let doc = newWorkingDoc(article);
      for (const stage of STAGES) {
        const t0 = performance.now();
        doc = stage.run(doc, rules);
        stageMs[stage.name]! += performance.now() - t0;
      }
      return toDocument(doc);
    },
  };
}
