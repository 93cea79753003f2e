import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile.js';
import { formatProblem, RulesInvalidError } from '../../src/rules/load.js';
import { rulesDir } from '../helpers.js';

function problems(files: Record<string, string>): string[] {
  try {
    compileRules(rulesDir(files));
  } catch (e) {
    if (e instanceof RulesInvalidError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

const place = (id: string, extra = '') => `  - id: ${id}
    type: PLACE
    canonical: ${id}
    level: county
    country: KP${extra}
`;

describe('rule validation names the file, line, entry and field', () => {
  it.each([
    ['malformed YAML', { 'a.yaml': 'kind: gazetteer\nentries: [\n' }, /a\.yaml:\d+: invalid YAML/],
    ['unknown kind', { 'a.yaml': 'kind: recipes\nentries: []\n' }, /a\.yaml: field kind: /],
    ['unknown field', { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong', '\n    colour: red')}` }, /a\.yaml:3: entry onsong: field colour: unknown field/],
    ['missing field', { 'a.yaml': 'kind: gazetteer\nentries:\n  - id: x\n    type: ORG\n    canonical: X\n' }, /entry x: field kind: /],
    ['empty alias', { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong', '\n    aliases: ["  "]')}` }, /entry onsong: field aliases\[0\]: must not be empty/],
    ['bad id', { 'a.yaml': `kind: gazetteer\nentries:\n${place('Onsong County')}` }, /field id: ids are lower-case/],
    ["a person's Hangul without the space after the surname", { 'a.yaml': 'kind: gazetteer\nentries:\n  - id: kim-tan-bong\n    type: PERSON\n    canonical: Kim Tan Bong\n    hangul: 김단봉\n' }, /entry kim-tan-bong: field hangul: Hangul syllables: the surname, a space/],
    ['local units of an organization the gazetteer lacks', { 'a.yaml': 'kind: lexicon\nentries:\n  - id: org-local-units-of-tanbong-bureau\n    words: [security bureau]\n' },
      /a\.yaml:3: entry org-local-units-of-tanbong-bureau: field id: no gazetteer organization "tanbong-bureau"/],
    ['the words of a law the gazetteer lacks', { 'a.yaml': 'kind: lexicon\nentries:\n  - id: law-words-of-tanbong-law\n    words: [tanbong]\n' },
      /a\.yaml:3: entry law-words-of-tanbong-law: field id: no named law "tanbong-law" in the gazetteer for its words/],
    ['demonyms of a place that is no country', { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong')}`, 'b.yaml': 'kind: lexicon\nentries:\n  - id: demonyms-of-onsong\n    words: [Onsongese]\n' },
      /b\.yaml:3: entry demonyms-of-onsong: field id: no gazetteer country "onsong" for its demonyms/],
    ['an event agent kind that is no organization kind', { 'a.yaml': 'kind: lexicon\nentries:\n  - id: event-agent-kinds\n    words: [police, polise]\n' },
      /a\.yaml:3: entry event-agent-kinds: field words\[1\]: "polise" is no organization kind/],
    ['a spelling of two words', { 'a.yaml': 'kind: lexicon\nentries:\n  - id: spellings-of-defense\n    words: [de fence]\n' },
      /a\.yaml:3: entry spellings-of-defense: field words\[0\]: "de fence" is not one lower-case word/],
    ['a spelling of two words listed', { 'a.yaml': 'kind: lexicon\nentries:\n  - id: spellings-of-center\n    words: [centre]\n  - id: spellings-of-centre\n    words: [centrum]\n' },
      /a\.yaml:5: entry spellings-of-centre: field id: "centre" is already a spelling of "center"/],
    ['an ORG country that is no ISO code', { 'a.yaml': 'kind: gazetteer\nentries:\n  - id: x\n    type: ORG\n    kind: state\n    canonical: X\n    country: Korea\n' }, /entry x: field country: /],
    ['an ORG canonical with a leading "The"', { 'a.yaml': 'kind: gazetteer\nentries:\n  - id: tanbong-times\n    type: ORG\n    kind: media\n    canonical: The Tanbong Times\n' },
      /a\.yaml:3: entry tanbong-times: field canonical: "The Tanbong Times": an organization's canonical has no leading "The"/],
    ['stop-word alias', { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong', '\n    aliases: [the]')}` }, /entry onsong: field aliases: "the" is a single stop word/],
    ['punctuation-split alias', { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong', '\n    aliases: ["Onsong, North"]')}` }, /split by punctuation/],
    ['unknown province', { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong', '\n    province: nowhere')}` }, /entry onsong: field province: no entry with id "nowhere"/],
    ['invalid regular expression', { 'b.yaml': 'kind: boilerplate\nentries:\n  - id: bad\n    pattern: "(unclosed"\n' }, /b\.yaml:3: entry bad: field pattern: invalid regular expression/],
    ['closing without inline', { 'b.yaml': 'kind: boilerplate\nentries:\n  - id: tail\n    closing: true\n    pattern: "x$"\n' }, /b\.yaml:3: entry tail: field closing: closing needs inline: true/],
    ['back-reference (needs backtracking)', { 'b.yaml': 'kind: boilerplate\nentries:\n  - id: slow\n    pattern: "(a+)+\\\\1"\n' }, /entry slow: field pattern: invalid regular expression/],
    ['no rule files', { 'notes.txt': 'nothing' }, /no rule files/],
  ])('%s', (_name, files, expected) => {
    expect(problems(files).join('\n')).toMatch(expected);
  });

  it('reports a duplicate id with where it was first defined', () => {
    const out = problems({
      'a.yaml': `kind: gazetteer\nentries:\n${place('onsong')}`,
      'b.yaml': `kind: gazetteer\nentries:\n${place('onsong')}`,
    });
    expect(out).toEqual([expect.stringMatching(/b\.yaml:3: entry onsong: field id: duplicate id, first defined in .*a\.yaml:3/)]);
  });

  it('rejects an alias claimed by two entries of one type unless they say so', () => {
    const clash = `kind: gazetteer\nentries:\n${place('unsan-a', '\n    aliases: [Unsan]')}${place('unsan-b', '\n    aliases: [Unsan]')}`;
    expect(problems({ 'a.yaml': clash }).join('\n')).toMatch(/entry unsan-b: field aliases: "Unsan" is also an alias of unsan-a; state shares_alias_with/);
    const stated = `kind: gazetteer\nentries:\n${place('unsan-a', '\n    aliases: [Unsan]\n    shares_alias_with: [unsan-b]')}${place('unsan-b', '\n    aliases: [Unsan]')}`;
    expect(problems({ 'a.yaml': stated })).toEqual([]);
  });

  it('collects every problem before failing', () => {
    const out = problems({ 'a.yaml': `kind: gazetteer\nentries:\n${place('x', '\n    colour: red')}${place('y', '\n    aliases: [""]')}` });
    expect(out).toHaveLength(2);
  });

  it('compiles valid rules and fingerprints their content', () => {
    const files = { 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong')}` };
    const a = compileRules(rulesDir(files));
    expect(a.entries.get('onsong')?.canonical).toBe('onsong');
    expect(compileRules(rulesDir(files)).fingerprint).toBe(a.fingerprint);
    expect(compileRules(rulesDir({ 'a.yaml': `kind: gazetteer\nentries:\n${place('onsong', '\n    lat: 42.9')}` })).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('an alias written case-sensitive (#16 §2, entities9)', () => {
  it('replaces the same name in any case, the canonical included', () => {
    const rules = compileRules(rulesDir({ 'a.yaml': `kind: gazetteer\nentries:\n  - id: region-tanbong\n    type: PLACE\n    canonical: Upper Tanbong\n    level: region\n    country: KP\n    aliases: [{ text: Upper Tanbong, case_sensitive: true }]\n` }));
    const refs = rules.trie.next.get('upper')!.next.get('tanbong')!.refs!;
    expect(refs.map((r) => r.caseSensitive)).toEqual([true]);
  });
});
