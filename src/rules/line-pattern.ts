/**
 * Regular expressions written by rule authors run on RE2's linear-time engine, so no pattern
 * (however it is written) can hang a batch with catastrophic backtracking. Back-references and
 * look-around, which need backtracking, are rejected at load with RE2's message.
 */
import { RE2JS } from 're2js';

export interface LinePattern {
  source: string;
  /** true when the pattern matches the whole line */
  test(line: string): boolean;
  /** [start, end) of every match inside the line, narrowed to its group named `mark` if it has one */
  find(line: string): [number, number][];
}

/** Compiles a case-insensitive pattern, or returns the reason it is invalid. */
export function compileLinePattern(source: string): LinePattern | string {
  try {
    const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    // a pattern may require context it does not mark ("In Wonsan. Photo: AFP": the sentence end before a credit)
    const marked = 'mark' in re.namedGroups();
    return {
      source,
      test: (line) => re.matches(line),
      find: (line) => {
        const out: [number, number][] = [];
        // test() runs on RE2's DFA, three times faster than the matcher; most lines hold no match
        if (!re.test(line)) return out;
        const m = re.matcher(line);
        while (m.find()) {
          const [start, end] = marked ? [m.start('mark'), m.end('mark')] : [m.start(), m.end()];
          if (end > start) out.push([start, end]);
        }
        return out;
      },
    };
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
}

/** Several patterns tested at once; most lines match none of them. */
export interface LinePatternSet {
  /** true when some pattern matches the whole line */
  testAny(line: string): boolean;
  /** true when some pattern matches somewhere inside the line */
  occursAny(line: string): boolean;
}

/**
 * The patterns as one alternation: one pass of RE2's DFA over a line instead of one per
 * pattern. An unterminated \Q in a pattern would quote the rest of the alternation; that is a
 * syntax error, and such a set tests the patterns one by one.
 */
export function linePatternSet(patterns: readonly LinePattern[]): LinePatternSet {
  if (patterns.length === 0) return { testAny: () => false, occursAny: () => false };
  try {
    // only whether a line matches is asked here, so the `mark` groups (a name may occur once) lose their name
    const re = RE2JS.compile(patterns.map((p) => `(?:${p.source.replaceAll('(?P<mark>', '(')})`).join('|'), RE2JS.CASE_INSENSITIVE);
    return { testAny: (line) => re.matches(line), occursAny: (line) => re.test(line) };
  } catch {
    return { testAny: (line) => patterns.some((p) => p.test(line)), occursAny: (line) => patterns.some((p) => p.find(line).length > 0) };
  }
}
