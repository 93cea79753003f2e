import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { compileLinePattern, linePatternSet, type LinePattern } from '../../src/rules/line-pattern.js';

const compile = (source: string): LinePattern => {
  const p = compileLinePattern(source);
  if (typeof p === 'string') throw new Error(p);
  return p;
};

const sources = ['read (this article )?in (korean|english)\\.?', 'loading\\s*(\\.\\.\\.|…)?', '(?i)share', '\\((end|ends)\\)$', '^by [a-z]+', 'a|b', 'x*', 'copy\\Qright.\\E', '\\. (?P<mark>kim)$', '(?:^|by )(?P<mark>kim)'];
const line = fc.array(fc.constantFrom('read ', 'in ', 'Korean', 'english', '.', 'LOADING', '...', '…', 'share', '(end)', '(ENDS)', 'by ', 'kim', 'a', 'b', 'x', ' ', 'copyright.', 'é', '😀'), { maxLength: 8 }).map((parts) => parts.join(''));

describe('compileLinePattern', () => {
  it('finds only the group named mark when the pattern has one', () => {
    expect(compile('[.!?] +(?P<mark>photo: [a-z]+)$').find('A market. Photo: harbor')).toEqual([[10, 23]]);
    expect(compile('[.!?] +(?P<mark>photo: [a-z]+)$').find('Photo: harbor')).toEqual([]);
    expect(compile('[.!?] +photo: [a-z]+$').find('A market. Photo: harbor')).toEqual([[8, 23]]);
  });
});

describe('linePatternSet', () => {
  it('answers as the patterns one by one would', () => {
    fc.assert(
      fc.property(fc.subarray(sources), line, (chosen, l) => {
        const patterns = chosen.map(compile);
        const set = linePatternSet(patterns);
        expect(set.testAny(l)).toBe(patterns.some((p) => p.test(l)));
        expect(set.occursAny(l)).toBe(chosen.some((s) => RE2JS.compile(s, RE2JS.CASE_INSENSITIVE).test(l)));
        // what the clean stage relies on: no occurrence, nothing to find
        if (!set.occursAny(l)) for (const p of patterns) expect(p.find(l)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('tests one by one when a pattern ends inside a \\Q quote', () => {
    const set = linePatternSet([compile('a\\Qb'), compile('c')]);
    expect(set.testAny('ab')).toBe(true);
    expect(set.testAny('c')).toBe(true);
    expect(set.occursAny('xx ab')).toBe(true);
    expect(set.testAny('b')).toBe(false);
  });

  it('matches nothing when empty', () => {
    expect(linePatternSet([]).testAny('')).toBe(false);
    expect(linePatternSet([]).occursAny('x')).toBe(false);
  });
});
