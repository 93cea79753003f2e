/**
 * relations: relations stated within one sentence, found by the patterns in
 * src/relations/ over the sentence's entities and the words between them.
 */
import { RELATION_FINDERS } from '../relations/index.js';
import type { Entity, Relation } from '../types.js';
import type { WorkingDoc } from './doc.js';

export function relations(doc: WorkingDoc): WorkingDoc {
  const bySentence = new Map<number, Entity[]>();
  for (const e of doc.entities) {
    let list = bySentence.get(e.sentence);
    if (!list) bySentence.set(e.sentence, (list = []));
    list.push(e);
  }
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const [sentence, entities] of bySentence) {
    if (entities.length < 2) continue;
    const span = doc.sentences[sentence]!;
    const evidence = doc.text.slice(span.start, span.end);
    for (const find of RELATION_FINDERS) {
      for (const r of find({ doc, entities, sentence })) {
        const key = `${r.type} ${r.subject} ${r.object}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ id: `r${out.length + 1}`, sentence, evidence, ...r });
      }
    }
  }
  doc.relations = out;
  return doc;
}
