import { describe, expect, test } from 'vitest';
import { TITLE_MAX, titleFromFirstLine } from '../../src/normalize/title.js';

// a first paragraph of 150+ characters whose first sentence ends at character 71
const PARAGRAPH =
  'Police in Hyesan arrested five smugglers at the Yalu River last Tuesday. The suspects were handed over to the Ministry of State Security for questioning.';
// one sentence of 170+ characters: no sentence end within the limit
const LONG_SENTENCE =
  'Security officials in the border city of Hyesan arrested five smugglers who had carried methamphetamine and mobile phones across the frozen Yalu River from Changbai in China';

describe('title from the first line', () => {
  test.each([
    ['a headline', 'Five smugglers arrested at the Yalu River', 'Five smugglers arrested at the Yalu River'],
    ['a headline of two sentences', 'Meth is cheap in Hyesan. Here is why', 'Meth is cheap in Hyesan. Here is why'],
    ['a headline of exactly the limit', 'x'.repeat(TITLE_MAX), 'x'.repeat(TITLE_MAX)],
  ])('%s stays whole', (_name, line, title) => {
    expect(titleFromFirstLine(line)).toBe(title);
  });

  test('a long first paragraph is cut after its first sentence', () => {
    expect(titleFromFirstLine(PARAGRAPH)).toBe('Police in Hyesan arrested five smugglers at the Yalu River last Tuesday.');
  });

  test('a long first sentence is cut at a word boundary, with an ellipsis, within the limit', () => {
    const title = titleFromFirstLine(LONG_SENTENCE);
    expect(title).toBe('Security officials in the border city of Hyesan arrested five smugglers who had carried methamphetamine and mobile…');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  test.each([
    ['an initial', 'Kim J. Chol, a trader in Hyesan, said that the price of methamphetamine in the city has doubled since the border was closed in January 2020 by the state'],
    ['an abbreviation', 'Gen. Ri Yong Gil of the Ministry of State Security ordered the arrest of every trader dealing in methamphetamine in the border cities of Ryanggang Province'],
    ['"U.S." before a capital', 'The U.S. Treasury Department sanctioned two North Korean security officials who ran a methamphetamine smuggling ring across the border to China last year'],
  ])('%s does not end the first sentence', (_name, line) => {
    const title = titleFromFirstLine(line);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
  });

  test('trailing punctuation at the cut is dropped before the ellipsis', () => {
    const line = `${'word '.repeat(22)}Hyesan, ${'more words follow here '.repeat(3)}`;
    expect(titleFromFirstLine(line)).toBe(`${'word '.repeat(22)}Hyesan…`);
  });

  test('a line without spaces is cut hard', () => {
    expect(titleFromFirstLine('y'.repeat(300))).toBe(`${'y'.repeat(TITLE_MAX - 1)}…`);
  });

  test('a 2 MB first line with no sentence end is cut from its head alone', () => {
    expect(titleFromFirstLine('x'.repeat(2_000_000))).toBe(`${'x'.repeat(TITLE_MAX - 1)}…`);
    expect(titleFromFirstLine(`${'Hyesan'.repeat(400_000)}. Police`)).toBe(`${'Hyesan'.repeat(20)}`.slice(0, TITLE_MAX - 1) + '…');
  });
});
