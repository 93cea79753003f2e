/**
 * clean: folds the text (same length, so offsets still refer to the original) and marks
 * boilerplate: whole lines matching a rule in rules/boilerplate.yaml, and for `inline` rules
 * each match inside a line, so no entity is taken from site furniture such as "Read in
 * Korean", share buttons or a photo credit.
 */
import type { CompiledRules } from '../rules/compile.js';
import { foldText } from '../text/fold.js';
import type { Span } from '../types.js';
import { mergeSpans, type WorkingDoc } from './doc.js';

/** Boilerplate is short; longer lines are content and are not tested against the patterns. */
const MAX_BOILERPLATE_LINE = 400;

export function clean(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  doc.folded = foldText(doc.text);
  const whole = rules.boilerplate.filter((b) => !b.inline);
  const inline = rules.boilerplate.filter((b) => b.inline);
  const spans: Span[] = [];
  const text = doc.folded;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && e - s <= MAX_BOILERPLATE_LINE) {
      const line = text.slice(s, e);
      if (whole.some((b) => b.pattern.test(line))) spans.push({ start: s, end: e });
      else {
        const found: Span[] = [];
        for (const b of inline) for (const [a, z] of b.pattern.find(line)) found.push({ start: s + a, end: s + z });
        spans.push(...mergeSpans(found, []));
      }
    }
    lineStart = lineEnd + 1;
  }
  doc.boilerplate = spans;
  return doc;
}
