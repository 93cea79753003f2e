/**
 * relations: relations stated within one sentence, found by the patterns of the `relations`
 * rule files (rules/relations.yaml) over the sentence's entities and the words around them.
 */
import { findRelations } from '../relations/index.js';
import type { CompiledRules } from '../rules/compile.js';
import type { WorkingDoc } from './doc.js';

export function relations(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  doc.relations = findRelations(doc, rules.relations);
  return doc;
}
