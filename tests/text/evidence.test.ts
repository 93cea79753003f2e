import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_CHARS, evidenceOf } from '../../src/text/evidence.js';

describe('evidenceOf', () => {
  it('keeps a sentence of ordinary length whole', () => {
    const text = 'Intro. Police in Hyesan arrested a trader. Outro.';
    expect(evidenceOf(text, 7, 42, 24, 32)).toBe('Police in Hyesan arrested a trader.');
  });

  it('keeps a sentence of exactly the longest length whole', () => {
    const text = 'a'.repeat(EVIDENCE_MAX_CHARS);
    expect(evidenceOf(text, 0, text.length, 10, 20)).toBe(text);
  });

  it('cuts a run-on sentence to whole words around what it states', () => {
    const text = 'the traders rolled along the road, '.repeat(200) + 'police arrested a trader, ' + 'the lorries went past the fields, '.repeat(200);
    const start = text.indexOf('arrested');
    const evidence = evidenceOf(text, 0, text.length, start, start + 'arrested'.length);
    expect(evidence.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
    expect(evidence).toContain('police arrested a trader');
    expect(text).toContain(evidence);
    // whole words at both ends: the characters just outside are spaces
    const at = text.indexOf(evidence);
    expect(/\s/.test(text.charAt(at - 1))).toBe(true);
    expect(/\s/.test(text.charAt(at + evidence.length))).toBe(true);
  });
});
