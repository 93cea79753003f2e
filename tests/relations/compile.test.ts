import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile.js';
import { RulesInvalidError, type RuleProblem } from '../../src/rules/load.js';
import { rulesDir } from '../helpers.js';
import { realRules } from './build.js';

const WORDS = `kind: lexicon
entries:
  - id: units
    words: [branch, office]
`;

const VALID = `  - id: located-in-comma
    relation: located_in
    subject: PLACE
    object: PLACE
    object_levels: [province]
    order: subject-first
    between: [","]
    lists: respectively
`;

function compileEntries(entries: string) {
  return compileRules(rulesDir({ 'words.yaml': WORDS, 'relations.yaml': `kind: relations\nentries:\n${entries}` }));
}

function problemsOf(entries: string): RuleProblem[] {
  try {
    compileEntries(entries);
  } catch (e) {
    if (e instanceof RulesInvalidError) return e.problems;
    throw e;
  }
  return [];
}

/** An entry with the fields of VALID, some replaced or added. */
function entry(fields: Record<string, string | null>): string {
  const lines = VALID.trimEnd().split('\n').map((l) => l.replace(/^ {2}- /, '    '));
  const out: string[] = [];
  const keyOf = (l: string) => l.trim().split(':')[0]!;
  for (const l of lines) {
    const k = keyOf(l);
    if (k in fields) {
      if (fields[k] !== null) out.push(`    ${k}: ${fields[k]}`);
    } else out.push(l);
  }
  for (const [k, v] of Object.entries(fields)) if (v !== null && !lines.some((l) => keyOf(l) === k)) out.push(`    ${k}: ${v}`);
  return `  - ${out.join('\n').trimStart()}\n`;
}

describe('relation patterns in the rules', () => {
  it('compiles a valid pattern with its sides, pairing and lists', () => {
    const rules = compileEntries(VALID);
    expect(rules.relations).toHaveLength(1);
    const p = rules.relations[0]!;
    expect(p).toMatchObject({ id: 'located-in-comma', relation: 'located_in', subjectFirst: true, lists: 'respectively' });
    expect([...p.subject.types]).toEqual(['PLACE']);
    expect([...p.object.levels!]).toEqual(['province']);
    expect(p.subject.levels).toBeNull();
    expect(p.pairing.mode).toBe('between');
    expect(rules.counts.relations).toBe(1);
  });

  it('accepts a list of entity types and the near and anywhere pairings', () => {
    const rules = compileEntries([
      entry({ id: 'a', subject: '[QUANTITY, MONEY]', object: 'DRUG', object_levels: null, lists: null }),
      entry({ id: 'b', between: null, near: '{ max_words: 5, words: [sets], skip: [PLACE] }', object_levels: null }),
      entry({ id: 'c', between: null, order: null, lists: null, anywhere_in_sentence: 'true', before: '["{units} of"]' }),
    ].join(''));
    expect(rules.relations.map((p) => p.pairing.mode)).toEqual(['between', 'near', 'anywhere']);
    expect([...rules.relations[0]!.subject.types]).toEqual(['QUANTITY', 'MONEY']);
  });

  const invalid: [string, string, string, string][] = [
    ['an unknown field', entry({ distance: '3' }), 'distance', 'unknown field'],
    ['an unknown relation', entry({ relation: 'lives_in' }), 'relation', ''],
    ['an unknown entity type', entry({ subject: 'TOWN' }), 'subject', ''],
    ['no pairing', entry({ between: null }), 'between', 'state exactly one of between, near, anywhere_in_sentence'],
    ['two pairings', entry({ near: '{ max_words: 3, words: [in] }' }), 'near', 'state exactly one of'],
    ['no order', entry({ order: null }), 'order', 'required: subject-first or object-first'],
    ['order with anywhere', entry({ between: null, lists: null, anywhere_in_sentence: 'true', before: '[in]' }), 'order', 'has no meaning'],
    ['lists with anywhere', entry({ between: null, order: null, anywhere_in_sentence: 'true', before: '[in]' }), 'lists', 'has no meaning'],
    ['anywhere without words', entry({ between: null, order: null, lists: null, anywhere_in_sentence: 'true' }), 'anywhere_in_sentence', 'needs before or after'],
    ['levels on a non-place', entry({ object: 'ORG' }), 'object_levels', 'levels apply to PLACE'],
    ['kinds on a non-org', entry({ subject_kinds: '[media]' }), 'subject_kinds', 'kinds apply to ORG'],
    ['a near distance out of range', entry({ between: null, near: '{ max_words: 99, words: [in] }' }), 'near.max_words', ''],
    ['an unknown list', entry({ between: '["{unit} of"]' }), 'between[0]', 'no lexicon list "unit"'],
    ['a bad phrase item', entry({ between: '[",", "in,the"]' }), 'between[1]', 'is not one word'],
    ['a before phrase that needs no words', entry({ before: '["the?"]' }), 'before[0]', 'can match no words at all'],
    ['<end> in a before phrase', entry({ before: '["<end>"]' }), 'before[0]', '<end> is allowed only'],
    ['<start> in an after phrase', entry({ after: '["<start> said"]' }), 'after[0]', '<start> is allowed only'],
    ['<start> after the first item of a before phrase', entry({ before: '["the <start>"]' }), 'before[0]', '<start> is allowed only'],
    ['list_after without lists', entry({ lists: null, list_after: '[respectively]' }), 'list_after', 'needs lists: respectively or distribute'],
    ['a bad list_after phrase', entry({ list_after: '["{nope}"]' }), 'list_after[0]', 'no lexicon list "nope"'],
    ['a bad near phrase', entry({ between: null, near: '{ max_words: 3, words: ["carries,out"] }' }), 'near.words[0]', 'is not one word'],
    ['a near word that needs no words', entry({ between: null, near: '{ max_words: 3, words: ["<end>"] }' }), 'near.words[0]', 'can match no words at all'],
    ['a near veto from an unknown list', entry({ between: null, near: '{ max_words: 3, words: [in], unless: ["{nope}"] }' }), 'near.unless[0]', 'no lexicon list "nope"'],
    ['an unknown entity type', entry({ between: '["in <TOWN>"]' }), 'between[0]', '"<TOWN>" is not an entity type'],
    ['an entity item outside between', entry({ lists: 'distribute', list_after: '["{units} of <ORG>"]' }), 'list_after[0]', 'entity items (<TYPE>) belong in between, near, before, after, not_before and not_after phrases only'],
    ['list_joiners without lists', entry({ lists: null, list_joiners: '["and then"]' }), 'list_joiners', 'needs lists: respectively or distribute'],
    ['a bad restatement phrase', entry({ subject_restatement: '["{nope}*"]' }), 'subject_restatement[0]', 'no lexicon list "nope"'],
    ['a not_after phrase from an unknown list', entry({ not_after: '["{nope}"]' }), 'not_after[0]', 'no lexicon list "nope"'],
    ['lists_of_alternatives without lists', entry({ lists: null, lists_of_alternatives: 'true' }), 'lists_of_alternatives', 'needs lists: respectively or distribute'],
    ['bare_lists without lists', entry({ lists: null, bare_lists: 'true' }), 'bare_lists', 'needs lists: respectively or distribute'],
    ['distribute_known on another relation', entry({ relation: 'based_in', subject: 'ORG', object_levels: null, distribute_known: 'true' }), 'distribute_known', 'applies to located_in only'],
    ['known_inside on another relation', entry({ relation: 'based_in', subject: 'ORG', object_levels: null, known_inside: 'true' }), 'known_inside', 'applies to located_in only'],
  ];
  it.each(invalid)('reports %s with file, entry and field', (_, yaml, field, message) => {
    const problems = problemsOf(yaml);
    expect(problems.length).toBeGreaterThan(0);
    const p = problems.find((x) => x.field === field);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.file).toMatch(/relations\.yaml$/);
    expect(p!.entry).toBe('located-in-comma');
    expect(p!.line).toBe(3);
    expect(p!.message).toContain(message);
  });

  it('compiles near words and vetoes as phrases, list joiners, a restatement and the entities a gap may hold', () => {
    const rules = compileEntries([
      entry({ id: 'a', between: null, near: '{ max_words: 5, words: ["{units} of", "for <end>"], unless: [not, ";"], skip: [PLACE] }', list_joiners: '["and then"]', subject_restatement: '["", "about"]' }),
      entry({ id: 'b', between: '["in", "in <PLACE> of", "<ORG>* in"]' }),
    ].join(''));
    const [a, b] = rules.relations;
    expect(a!.pairing).toMatchObject({ mode: 'near', maxWords: 5 });
    if (a!.pairing.mode !== 'near') throw new Error('near expected');
    expect(a!.pairing.words.map((p) => [p.source, p.toEnd])).toEqual([['{units} of', false], ['for <end>', true]]);
    expect(a!.pairing.unless.map((p) => p.source)).toEqual(['not', ';']);
    expect(a!.listJoiners.map((p) => p.source)).toEqual(['and then']);
    expect(a!.subjectRestatement.map((p) => p.source)).toEqual(['', 'about']);
    expect(b!.pairing).toMatchObject({ mode: 'between', entities: Infinity });
    expect(b!.listJoiners).toEqual([]);
    expect(b!.subjectRestatement).toEqual([]);
  });

  it('compiles not_before phrases reversed, with entity items and <start>', () => {
    const [p] = compileEntries(entry({ not_before: '["<PLACE> ,", "<start> from"]' })).relations;
    expect(p!.notBefore.map((ph) => [ph.source, ph.entities, ph.toEnd])).toEqual([['<PLACE> ,', 1, false], ['<start> from', 0, true]]);
    expect(compileEntries(VALID).relations[0]).toMatchObject({ notBefore: [] });
  });

  it('compiles an entity item in an after and a not_after phrase', () => {
    const [p] = compileEntries(entry({ after: '["agent in <PLACE> ,"]', not_after: '["\'s <PLACE>"]' })).relations;
    expect(p!.after.map((ph) => [ph.source, ph.entities])).toEqual([['agent in <PLACE> ,', 1]]);
    expect(p!.notAfter.map((ph) => [ph.source, ph.entities])).toEqual([["'s <PLACE>", 1]]);
  });

  it('compiles not_after phrases and distribute_known', () => {
    const [p] = compileEntries(entry({ not_after: '["\'s", "{units}"]', distribute_known: 'true' })).relations;
    expect(p!.notAfter.map((ph) => ph.source)).toEqual(["'s", '{units}']);
    expect(p!.distributeKnown).toBe(true);
    expect(compileEntries(VALID).relations[0]).toMatchObject({ notAfter: [], distributeKnown: false });
  });

  it('compiles bare_lists', () => {
    expect(compileEntries(entry({ bare_lists: 'true' })).relations[0]!.bareLists).toBe(true);
    expect(compileEntries(VALID).relations[0]).toMatchObject({ bareLists: false });
  });

  it('compiles known_inside', () => {
    expect(compileEntries(entry({ known_inside: 'true' })).relations[0]!.knownInside).toBe(true);
    expect(compileEntries(VALID).relations[0]).toMatchObject({ knownInside: false });
  });

  it('reports a duplicate id at its second definition', () => {
    const problems = problemsOf(VALID + VALID);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 'located-in-comma', field: 'id', line: 11 });
    expect(problems[0]!.message).toMatch(/duplicate relation pattern id, first defined in .*relations\.yaml:3/);
  });

  it('compiles the repository relation patterns', () => {
    expect(realRules().relations.length).toBeGreaterThan(20);
  });
});
