/**
 * Compiles validated rules into what the stages use: a word trie over every alias of every
 * gazetteer entry (lookup cost depends on the words of the article, not on the number of
 * entries), the boilerplate patterns and the lexicon word sets.
 */
import { createHash } from 'node:crypto';
import { ENGLISH_WORDS } from '../text/english.js';
import { nameKeys } from '../text/fold.js';
import { readRules, RulesInvalidError, type Located, type RuleProblem, type RuleSet } from './load.js';
import { ORG_KINDS, type EventSubtype } from '../types.js';
import type { EventTriggerEntry, GazetteerEntry } from './schema.js';
import { aliasesOf, aliasKeys, type ExpandedAlias } from './variants.js';
import { compileLinePattern, type LinePattern } from './line-pattern.js';
import { readSpellings, respellings, type Spellings } from './spellings.js';
import { isStopWord } from '../text/wink.js';
import { compileRelationPatterns, type RelationPattern } from '../relations/compile.js';

/** Types whose names are proper nouns: only for them does an English word need a capital to be a name (drugs, penalties and laws are common nouns). */
const PROPER_NAME_TYPES: ReadonlySet<GazetteerEntry['type']> = new Set(['PLACE', 'ORG', 'PERSON']);
/** "drugs (unspecified)": a name followed by a parenthesised qualifier. */
const QUALIFIED_NAME = /^[^()]*\p{L}[^()]* \([^()]+\)$/u;
/** Lexicon lists named after a gazetteer organization: the words naming its local units (src/patterns/organization.ts). */
export const LOCAL_UNITS_OF = 'org-local-units-of-';
/** Lexicon lists named after a gazetteer law: the words that identify it however its title is translated (src/patterns/law-title.ts). */
export const LAW_WORDS_OF = 'law-words-of-';
/** Lexicon ids `demonyms-of-<country id>`: the adjectives naming a country's people ("South Korean"). */
export const DEMONYMS_OF = 'demonyms-of-';
/** Lexicon ids `org-heads-<kind>`: the head words of organizations (rules/organization-heads.yaml). */
const ORG_HEADS = 'org-heads-';
/** The lexicon id of the organization kinds that can be an event's agent (src/stages/events.ts): each word an ORG kind. */
export const EVENT_AGENT_KINDS = 'event-agent-kinds';

export interface AliasRef {
  entry: GazetteerEntry;
  /** the alias as written, for case-sensitive comparison */
  surface: string;
  caseSensitive: boolean;
  /** a one-word alias that is also an ordinary English word: needs capitalisation */
  ordinaryWord: boolean;
  /**
   * an organization's name of several words, one an ordinary English word, no head word, and
   * written capitalised in the rules ("Good Friends", "Open Doors", "Korea Future"): matches only
   * with no word in lower case, for then nothing says it names a body ("they were good friends",
   * "Korea's future"); a description written in lower case ("North Korean military") is exempt.
   * So is a person's name of several words ("Ri Pyong Chol", not a caption's keywords "ri pyong chol")
   */
  capitalisedName: boolean;
  /** lower-case words of which one must occur in the sentence */
  context: readonly string[] | null;
  /** words or phrases (as word keys) of which one must come right before the match */
  after: Guard;
  /** words or phrases of which one must come right after the match */
  before: Guard;
  /** words or phrases none of which may come right after the match */
  notBefore: Guard;
  /** words or phrases none of which may come right before the match */
  notAfter: Guard;
  /** words of which one must be said of the match, next to it or with only gap words between */
  predicate: { words: ReadonlySet<string>; gap: ReadonlySet<string> } | null;
  /** the alias ends with a period ("U.S."), which belongs to the match */
  trailingDot: boolean;
}

/** Guard phrases, each as its word keys; null: no guard. */
export type Guard = readonly (readonly string[])[] | null;

export interface TrieNode {
  next: Map<string, TrieNode>;
  refs: AliasRef[] | null;
}

export interface CompiledRules {
  dir: string;
  /** sha256 over every rule file and the nkie version: changes when any rule changes */
  fingerprint: string;
  entries: ReadonlyMap<string, GazetteerEntry>;
  trie: TrieNode;
  boilerplate: readonly { id: string; pattern: LinePattern; inline: boolean; closing: boolean }[];
  /** lexicon id → lower-case words */
  lexicon: ReadonlyMap<string, ReadonlySet<string>>;
  /** the spellings of a word that do not make another name (rules/spellings.yaml) */
  spellings: Spellings;
  /** the relation patterns of the `relations` rule files, in file order */
  relations: readonly RelationPattern[];
  /** the event triggers of the `events` rule files, longest first */
  eventTriggers: readonly EventTrigger[];
  counts: Record<string, number>;
  attributions: string[];
}

/** One trigger phrase of an event rule, as the lower-case word keys it matches. */
export interface EventTrigger {
  rule: string;
  subtype: EventSubtype;
  keys: readonly string[];
  /** after a gap of a few words, the words that close the trigger ("found ... guilty": "found 15 of them guilty"); empty for a phrase without gap */
  tail: readonly string[];
  notBefore: ReadonlySet<string>;
  /** no trigger where a publication is its object or subject (docs/events.md) */
  personsOnly: boolean;
  /** when not empty, the place is one after the trigger linked by one of these words (docs/events.md) */
  placeAfter: ReadonlySet<string>;
  /** when not empty, the place is one right after one of these words, or the subject right before the trigger (docs/events.md) */
  placeLinks: ReadonlySet<string>;
  /** a place right after one of these words is not the event's (docs/events.md) */
  placeNotAfter: ReadonlySet<string>;
  /** when not empty, the only penalty kinds the event takes (docs/events.md) */
  penaltyKinds: ReadonlySet<string>;
  /** the trigger is a phrase of another verb ("on charges of"): the date of its clause is that verb's, and the event takes none (docs/events.md) */
  undated: boolean;
}

/** The gap of a trigger: "..." between two phrases ("found ... guilty"). */
const GAP = /\s*\.\.\.\s*/;

function compileEventTriggers(entries: readonly Located<EventTriggerEntry>[], problems: RuleProblem[]): EventTrigger[] {
  const out: EventTrigger[] = [];
  const owner = new Map<string, string>();
  for (const { value: e, file, line } of entries) {
    e.triggers.forEach((t, i) => {
      // "found ... guilty": the words before the gap and those after it, each a phrase of words
      const parts = t.split(GAP);
      const [keys, tail] = [nameKeys(parts[0]!), parts.length === 2 ? nameKeys(parts[1]!) : []];
      const joined = keys === null || tail === null ? '' : [...keys, ...(parts.length === 2 ? ['...', ...tail] : [])].join(' ');
      const other = owner.get(joined);
      if (parts.length > 2 || parts.some((part) => part.trim() === '')) problems.push({ file, line, entry: e.id, field: `triggers[${i}]`, message: `"${t}" has a gap ("...") that is not between two phrases: write one gap between words` });
      else if (keys === null || tail === null) problems.push({ file, line, entry: e.id, field: `triggers[${i}]`, message: `"${t}" is split by punctuation: write words only` });
      else if (other !== undefined) problems.push({ file, line, entry: e.id, field: `triggers[${i}]`, message: `"${t}" is already a trigger of ${other}` });
      else {
        owner.set(joined, e.id);
        out.push({ rule: e.id, subtype: e.subtype, keys, tail, notBefore: new Set(e.not_before.map((w) => w.toLowerCase())), personsOnly: e.persons_only, placeAfter: new Set(e.place_after.map((w) => w.toLowerCase())), placeLinks: new Set(e.place_links.map((w) => w.toLowerCase())), placeNotAfter: new Set(e.place_not_after.map((w) => w.toLowerCase())), penaltyKinds: new Set(e.penalty_kinds), undated: e.undated });
      }
    });
  }
  // the longest phrase wins where two start at the same word
  return out.sort((a, b) => b.keys.length + b.tail.length - a.keys.length - a.tail.length);
}

/** Names of organizations and laws in every spelling of their words ("Labour" for "Labor"); other types list their forms. */
const RESPELLED_TYPES: ReadonlySet<GazetteerEntry['type']> = new Set(['ORG', 'LAW']);

function withRespellings(e: GazetteerEntry, aliases: ExpandedAlias[], spellings: Spellings): ExpandedAlias[] {
  if (!RESPELLED_TYPES.has(e.type) || spellings.size === 0) return aliases;
  const respelled = aliases.flatMap((a) => {
    const keys = a.caseSensitive ? null : aliasKeys(a);
    return keys === null ? [] : respellings(keys, spellings).map((form) => ({ ...a, keys: form, generated: true }));
  });
  return [...aliases, ...respelled];
}

const newNode = (): TrieNode => ({ next: new Map(), refs: null });

function checkEntries(set: RuleSet, byId: Map<string, Located<GazetteerEntry>>, problems: RuleProblem[]): void {
  for (const { value: e, file, line } of set.gazetteer) {
    const at = { file, line, entry: e.id };
    for (const other of e.shares_alias_with) {
      const target = byId.get(other);
      if (!target) problems.push({ ...at, field: 'shares_alias_with', message: `no entry with id "${other}"` });
      else if (target.value.type !== e.type) problems.push({ ...at, field: 'shares_alias_with', message: `"${other}" is a ${target.value.type}, not a ${e.type}` });
    }
    // the guideline's canonical form (docs/annotation.md, adjudication 5): "New York Times", never "The New York Times"
    if (e.type === 'ORG' && /^the\s/i.test(e.canonical)) problems.push({ ...at, field: 'canonical', message: `"${e.canonical}": an organization's canonical has no leading "The"` });
    if (e.type === 'PLACE' && e.province !== null) {
      const p = byId.get(e.province)?.value;
      if (!p) problems.push({ ...at, field: 'province', message: `no entry with id "${e.province}"` });
      else if (p.type !== 'PLACE' || (p.level !== 'province' && p.level !== 'special_city')) {
        problems.push({ ...at, field: 'province', message: `"${e.province}" is not a province or special city` });
      }
    }
  }
}

/**
 * A generated spelling (a press hybrid, a British spelling) stays with its entry only when every
 * other entry that has it has it generated too and shares aliases with it (the two Unsans:
 * "Woonsan" is either, as "Unsan" is); otherwise it is dropped: "Sunchon" is the standard form
 * of 순천, never 선천's hybrid. Returns the (key, id) pairs to drop, as "key|id".
 */
function droppedGenerated(entries: readonly GazetteerEntry[], aliasesById: ReadonlyMap<string, readonly ExpandedAlias[]>): Set<string> {
  // key → id → whether the entry has it only as a generated spelling
  const claimants = new Map<string, Map<string, boolean>>();
  for (const [id, aliases] of aliasesById) {
    for (const a of aliases) {
      const key = a.caseSensitive ? undefined : aliasKeys(a)?.join(' ');
      if (key === undefined) continue;
      let ids = claimants.get(key);
      if (!ids) claimants.set(key, (ids = new Map()));
      ids.set(id, (ids.get(id) ?? true) && a.generated === true);
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const shares = (x: string, y: string) => byId.get(x)!.shares_alias_with.includes(y) || byId.get(y)!.shares_alias_with.includes(x);
  const dropped = new Set<string>();
  for (const [key, ids] of claimants) {
    if (ids.size < 2) continue;
    for (const [id, generatedOnly] of ids) {
      if (!generatedOnly) continue;
      const kept = [...ids].every(([other, otherGenerated]) => other === id || (otherGenerated && shares(id, other)));
      if (!kept) dropped.add(`${key}|${id}`);
    }
  }
  return dropped;
}

/** Reads, validates and compiles the rules in `dir`; throws RulesInvalidError. */
/** The guards of an alias, as one key: two aliases of one name differ when any guard does. */
function guardKey(a: ExpandedAlias): string {
  return JSON.stringify([a.after ?? null, a.before ?? null, a.context ?? null, a.not_before ?? null, a.not_after ?? null, a.predicate ?? null]);
}

export function compileRules(dir: string, version = '0'): CompiledRules {
  const set = readRules(dir);
  const problems: RuleProblem[] = [];
  const byId = new Map<string, Located<GazetteerEntry>>();
  const unique: Located<GazetteerEntry>[] = [];
  for (const located of set.gazetteer) {
    const prev = byId.get(located.value.id);
    if (prev) {
      problems.push({ file: located.file, line: located.line, entry: located.value.id, field: 'id', message: `duplicate id, first defined in ${prev.file}${prev.line === null ? '' : `:${prev.line}`}` });
    } else {
      byId.set(located.value.id, located);
      unique.push(located);
    }
  }
  checkEntries(set, byId, problems);

  const trie = newNode();
  // "type key" → ids claiming it, to find aliases claimed twice without a stated disambiguation
  const claims = new Map<string, Set<string>>();

  // an offence phrase's guard repeats in each of its thousands of aliases: read once
  const guardKeysOf = new Map<string, string[] | null>();
  const spellings = readSpellings(set.lexicon, problems);
  const aliasesById = new Map(unique.map(({ value: e }) => [e.id, withRespellings(e, aliasesOf(e), spellings)] as const));
  // the one-word head words of organizations (rules/organization-heads.yaml): a name holding one says it names a body in any case
  const orgHeads = new Set(set.lexicon.filter(({ value: l }) => l.id.startsWith(ORG_HEADS)).flatMap(({ value: l }) => l.words.map((w) => w.toLowerCase())).filter((w) => !/\s/.test(w)));
  const dropped = droppedGenerated(unique.map((u) => u.value), aliasesById);

  for (const { value: e, file, line } of unique) {
    const at = { file, line, entry: e.id };
    const seen = new Set<string>();
    for (const alias of aliasesById.get(e.id)!) {
      const keys = aliasKeys(alias);
      if (alias.generated && dropped.has(`${keys?.join(' ')}|${e.id}`)) continue;
      if (keys === null) {
        // a canonical with a qualifier ("drugs (unspecified)") is a display name, matched through its aliases
        if (alias.text === e.canonical && QUALIFIED_NAME.test(e.canonical)) continue;
        problems.push({ ...at, field: alias.field ?? 'aliases', message: `"${alias.text}" has no letters or is split by punctuation` });
        continue;
      }
      if (keys.length === 1 && isStopWord(keys[0]!) && !alias.caseSensitive) {
        problems.push({ ...at, field: 'aliases', message: `"${alias.text}" is a single stop word; it would match everywhere` });
        continue;
      }
      const joined = keys.join(' ');
      // one name may be listed twice with different guards ("party" after "the", and after "ruling";
      // "US" before "led", and in a sentence about the state)
      const dedupe = `${joined}|${alias.caseSensitive ? alias.text : ''}|${guardKey(alias)}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const claimKey = `${e.type} ${alias.caseSensitive ? alias.text : joined}`;
      let ids = claims.get(claimKey);
      if (!ids) claims.set(claimKey, (ids = new Set()));
      for (const other of ids) {
        if (other === e.id) continue;
        const o = byId.get(other)!.value;
        if (!e.shares_alias_with.includes(other) && !o.shares_alias_with.includes(e.id)) {
          problems.push({ ...at, field: 'aliases', message: `"${alias.text}" is also an alias of ${other}; state shares_alias_with to disambiguate` });
        }
      }
      ids.add(e.id);
      let node = trie;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = newNode()));
        node = child;
      }
      const guard = (name: string, phrases: readonly string[] | undefined): Guard => {
        if (!phrases) return null;
        return phrases.flatMap((phrase) => {
          if (!guardKeysOf.has(phrase)) guardKeysOf.set(phrase, nameKeys(phrase));
          const guardKeys = guardKeysOf.get(phrase)!;
          if (guardKeys === null) problems.push({ ...at, field: alias.field ?? 'aliases', message: `${name} "${phrase}" of "${alias.text}" has no letters or is split by punctuation` });
          return guardKeys ? [guardKeys] : [];
        });
      };
      (node.refs ??= []).push({
        entry: e,
        surface: alias.text,
        caseSensitive: alias.caseSensitive,
        // a context list is the author's own guard, replacing the capital-letter one
        ordinaryWord: PROPER_NAME_TYPES.has(e.type) && !alias.caseSensitive && !alias.context && keys.length === 1 && ENGLISH_WORDS.has(keys[0]!),
        capitalisedName: !alias.caseSensitive && !alias.context && keys.length > 1 && (e.type === 'PERSON' || (e.type === 'ORG'
          && keys.some((k) => ENGLISH_WORDS.has(k) && !isStopWord(k)) && !keys.some((k) => orgHeads.has(k))
          && !alias.text.split(/[\s-]+/).some((w) => /^\p{Ll}/u.test(w) && !isStopWord(w.toLowerCase())))),
        context: alias.context?.map((w) => w.toLowerCase()) ?? null,
        after: guard('after', alias.after),
        before: guard('before', alias.before),
        notBefore: guard('not_before', alias.not_before),
        notAfter: guard('not_after', alias.not_after),
        predicate: alias.predicate ? { words: new Set(alias.predicate.words.map((w) => w.toLowerCase())), gap: new Set(alias.predicate.gap.map((w) => w.toLowerCase())) } : null,
        trailingDot: alias.text.endsWith('.'),
      });
    }
  }

  const boilerplate: { id: string; pattern: LinePattern; inline: boolean; closing: boolean }[] = [];
  for (const { value: b, file, line } of set.boilerplate) {
    const compiled = compileLinePattern(b.pattern);
    if (typeof compiled === 'string') problems.push({ file, line, entry: b.id, field: 'pattern', message: compiled });
    else boilerplate.push({ id: b.id, pattern: compiled, inline: b.inline, closing: b.closing });
  }
  const lexicon = new Map<string, Set<string>>();
  for (const { value: l, file, line } of set.lexicon) {
    if (lexicon.has(l.id)) problems.push({ file, line, entry: l.id, field: 'id', message: 'duplicate lexicon id' });
    lexicon.set(l.id, new Set(l.words.map((w) => w.toLowerCase())));
    const parent = l.id.startsWith(LOCAL_UNITS_OF) ? l.id.slice(LOCAL_UNITS_OF.length) : null;
    if (parent !== null && byId.get(parent)?.value.type !== 'ORG') problems.push({ file, line, entry: l.id, field: 'id', message: `no gazetteer organization "${parent}" for its local units` });
    const law = l.id.startsWith(LAW_WORDS_OF) ? l.id.slice(LAW_WORDS_OF.length) : null;
    const named = law === null ? undefined : byId.get(law)?.value;
    if (law !== null && (named?.type !== 'LAW' || named.article !== null)) problems.push({ file, line, entry: l.id, field: 'id', message: `no named law "${law}" in the gazetteer for its words` });
    const country = l.id.startsWith(DEMONYMS_OF) ? byId.get(l.id.slice(DEMONYMS_OF.length))?.value : undefined;
    if (l.id.startsWith(DEMONYMS_OF) && (country?.type !== 'PLACE' || country.level !== 'country')) problems.push({ file, line, entry: l.id, field: 'id', message: `no gazetteer country "${l.id.slice(DEMONYMS_OF.length)}" for its demonyms` });
    if (l.id === EVENT_AGENT_KINDS) {
      l.words.forEach((w, i) => {
        if (!(ORG_KINDS as readonly string[]).includes(w)) problems.push({ file, line, entry: l.id, field: `words[${i}]`, message: `"${w}" is no organization kind (${ORG_KINDS.join(', ')})` });
      });
    }
  }
  const relations = compileRelationPatterns(set.relations, lexicon, problems);
  const eventTriggers = compileEventTriggers(set.events, problems);
  if (problems.length > 0) throw new RulesInvalidError(problems);

  const hash = createHash('sha256').update(`nkie ${version}\n`);
  for (const [name, content] of [...set.files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\n${content}\n`);
  const counts: Record<string, number> = {};
  for (const { value: e } of set.gazetteer) counts[e.type] = (counts[e.type] ?? 0) + 1;
  counts.boilerplate = boilerplate.length;
  counts.lexicon = lexicon.size;
  counts.relations = relations.length;
  counts.eventTriggers = eventTriggers.length;
  return {
    dir,
    fingerprint: hash.digest('hex'),
    entries: new Map([...byId].map(([id, l]) => [id, l.value])),
    trie,
    boilerplate,
    lexicon,
    spellings,
    relations,
    eventTriggers,
    counts,
    attributions: set.attributions,
  };
}
