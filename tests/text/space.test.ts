import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongRuns, isSpace, RUN_PIECE } from '../../src/text/space.js';

// the straightforward version the scan replaces
const LONG_RUN = new RegExp(`\\S{${RUN_PIECE + 1},}`, 'g');
function breakLongRunsByRegex(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const units = run.split('');
    for (let i = RUN_PIECE - 1; i < units.length - 1; i += RUN_PIECE) units[i] = ' ';
    return units.join('');
  });
}

// runs around the piece length, glued with every kind of white space and non-ASCII units
const unit = fc.constantFrom('x', 'é', '한', '😀', '\ud800', '\udc00', '\u00ad', "'", ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085');
const piece = fc.oneof(
  unit,
  fc.tuple(fc.constantFrom('a', '😀', 'é'), fc.integer({ min: RUN_PIECE - 3, max: 3 * RUN_PIECE + 3 })).map(([c, n]) => c.repeat(n).slice(0, n)),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('isSpace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isSpace(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
  });
});

describe('breakLongRuns', () => {
  it('gives what the regular expression version gives', () => {
    fc.assert(fc.property(text, (t) => {
      expect(breakLongRuns(t)).toBe(breakLongRunsByRegex(t));
    }), { numRuns: 2000 });
  });

  it('finds a run just over the limit wherever it starts', () => {
    for (let at = 0; at < 2 * RUN_PIECE + 8; at++) {
      for (let length = RUN_PIECE - 1; length <= RUN_PIECE + 3; length++) {
        const t = `${'a b'.repeat(at).slice(0, at)} ${'x'.repeat(length)} z`;
        expect(breakLongRuns(t)).toBe(breakLongRunsByRegex(t));
      }
    }
  });

  it('returns the text itself when no run is too long', () => {
    const t = `${'a'.repeat(RUN_PIECE)} b`;
    expect(breakLongRuns(t)).toBe(t);
  });
});
