/**
 * White space exactly as JavaScript's `\s` defines it, tested on one UTF-16 code unit by table
 * lookup: the stages test it for every character of every article, where a regular expression
 * per character costs more than the rest of the scan. And the runs of non-space that wink-nlp
 * must not see whole.
 */

const SPACE = new Uint8Array(0x10000);
// tab, line feed, vertical tab, form feed, carriage return, space, NBSP, Ogham space mark
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680]) SPACE[c] = 1;
// en quad … hair space, line and paragraph separators, narrow NBSP, math space, ideographic space, BOM
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;
for (const c of [0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1;

/** True when the code unit is one `\s` matches. */
export const isSpace = (code: number): boolean => SPACE[code] === 1;

/** No word is longer; wink-nlp takes quadratic time over one long unbroken run (a 2 MB run: hours). */
export const RUN_PIECE = 256;

/**
 * The text wink-nlp reads: every run of more than RUN_PIECE non-space code units cut into
 * pieces by a space in place of each piece's last code unit. Same length, so offsets hold.
 * A run that long covers one of every RUN_PIECE consecutive offsets, so only those are
 * probed and a run is measured only around a probe that falls in it: a `\S{257,}` search
 * instead retries from every character of every run.
 */
export function breakLongRuns(text: string): string {
  let out = '';
  let copiedTo = 0;
  let measuredTo = 0;
  for (let probe = RUN_PIECE - 1; probe < text.length; probe += RUN_PIECE) {
    if (probe < measuredTo || SPACE[text.charCodeAt(probe)] === 1) continue;
    let start = probe;
    while (start > 0 && SPACE[text.charCodeAt(start - 1)] !== 1) start--;
    let end = probe + 1;
    while (end < text.length && SPACE[text.charCodeAt(end)] !== 1) end++;
    measuredTo = end;
    for (let cut = start + RUN_PIECE - 1; cut < end - 1; cut += RUN_PIECE) {
      out += text.slice(copiedTo, cut) + ' ';
      copiedTo = cut + 1;
    }
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/**
 * Regular-expression source for the white space between two words of a multiword form
 * ("5\nkilograms", "March\n3, 2021"): spaces and tabs with at most one line break, a wrapped
 * line, never a blank line. Whether that line break ends the sentence the pattern cannot see:
 * the patterns stage drops a match across a sentence boundary.
 */
export const WORD_GAP = '(?:[ \\t]*\\r?\\n[ \\t]*|[ \\t]+)';
/** WORD_GAP or nothing. */
export const OPTIONAL_WORD_GAP = '[ \\t]*(?:\\r?\\n[ \\t]*)?';
