/**
 * clean: folds the text (same length, so offsets still refer to the original) and marks
 * boilerplate: whole lines matching a rule in rules/boilerplate.yaml, and for `inline` rules
 * each match inside a line (for `closing` rules, at the end of a line of any length), so no entity is taken from site furniture such as "Read in
 * Korean", share buttons or a photo credit.
 */
import type { CompiledRules } from '../rules/compile.js';
import { linePatternSet, type LinePattern, type LinePatternSet } from '../rules/line-pattern.js';
import { foldText } from '../text/fold.js';
import { isSpace } from '../text/space.js';
import type { Span } from '../types.js';
import { mergeSpans, type WorkingDoc } from './doc.js';

/** Boilerplate is short; longer lines are content and are not tested against the patterns. */
const MAX_BOILERPLATE_LINE = 400;

interface BoilerplateTests {
  whole: LinePatternSet;
  anyInline: LinePatternSet;
  inline: LinePattern[];
  anyClosing: LinePatternSet;
  /** credits that close a paragraph: tested on the tail of a line of any length */
  closing: LinePattern[];
}

// per rule set, built on its first article: every line is tested against all patterns at once
const testsOf = new WeakMap<CompiledRules['boilerplate'], BoilerplateTests>();

function boilerplateTests(rules: CompiledRules): BoilerplateTests {
  let tests = testsOf.get(rules.boilerplate);
  if (!tests) {
    const inline = rules.boilerplate.filter((b) => b.inline && !b.closing).map((b) => b.pattern);
    const closing = rules.boilerplate.filter((b) => b.closing).map((b) => b.pattern);
    tests = { whole: linePatternSet(rules.boilerplate.filter((b) => !b.inline).map((b) => b.pattern)), anyInline: linePatternSet(inline), inline, anyClosing: linePatternSet(closing), closing };
    testsOf.set(rules.boilerplate, tests);
  }
  return tests;
}

export function clean(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  doc.folded = foldText(doc.text);
  const { whole, anyInline, inline, anyClosing, closing } = boilerplateTests(rules);
  const spans: Span[] = [];
  const text = doc.folded;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const found: Span[] = [];
    let wholeLine = false;
    if (e > s && e - s <= MAX_BOILERPLATE_LINE) {
      const line = text.slice(s, e);
      wholeLine = whole.testAny(line);
      if (wholeLine) found.push({ start: s, end: e });
      else if (anyInline.occursAny(line)) {
        for (const pattern of inline) for (const [a, z] of pattern.find(line)) found.push({ start: s + a, end: s + z });
      }
    }
    if (e > s && !wholeLine) {
      // a closing credit ends its line, so the line's last characters are enough to find it
      const tailStart = Math.max(s, e - MAX_BOILERPLATE_LINE);
      const tail = text.slice(tailStart, e);
      // one pass of the combined patterns first: most lines end in no credit
      if (anyClosing.occursAny(tail)) for (const pattern of closing) for (const [a, z] of pattern.find(tail)) found.push({ start: tailStart + a, end: tailStart + z });
    }
    spans.push(...mergeSpans(found, []));
    lineStart = lineEnd + 1;
  }
  doc.boilerplate = spans;
  return doc;
}
