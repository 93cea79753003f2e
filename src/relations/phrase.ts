/**
 * Phrases: the little word-pattern language of rules/relations.yaml (docs/relations.md).
 *
 * A phrase is a space-separated sequence of items. An item is one word or punctuation mark,
 * alternatives joined by `|`, `{list}` (any word of a lexicon list), `<TYPE>` (one entity of
 * that type standing in the text), `<number>` (a number written in digits: "Kim, 45, a former
 * officer"), `<age>` (an age written as one hyphenated word: "a 45-year-old officer") or `<word>` (any one word, no punctuation: the words of a clause closed by commas,
 * "Kim, who fled in 2008, now works for ..."), optionally followed by `?` (may be absent), `*` (any number)
 * or `+` (one or more). `<end>`, only as the last item where allowed, means the text looked at
 * ends there; `<start>`, only as the first item of a `before` phrase, that the sentence begins there.
 *
 * Text and phrases are cut into the same tokens, so a phrase matches exactly what its author
 * wrote; an entity inside the text is one marker token ("<place>"), which no text can spell.
 * Matching simulates the phrase as a set of states over the tokens: linear in the tokens
 * times the items, whatever the phrase.
 */
import { foldText } from '../text/fold.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

// "'s" after a name is its own token; a word keeps inner apostrophes and hyphens; any other
// non-space character but double quotes (which never change what is related) is one token.
const TOKEN = /'s(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}"]/gu;
const WORD = /^[\p{L}\p{N}]/u;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The token standing for an entity of the type in a tokenized gap. */
export const entityToken = (type: EntityType): string => `<${type.toLowerCase()}>`;
const ENTITY_TOKENS = new Set<string>(ENTITY_TYPES.map(entityToken));

/** A stretch of text read as one token: an entity in the gap between two others. */
export interface Mark {
  start: number;
  end: number;
  token: string;
}

/**
 * Lower-case tokens of folded[from, to), without its complete parentheticals "(...)" and
 * "[...]"; each mark (sorted, inside the range, disjoint) is read as its one token.
 */
export function tokenize(folded: string, from = 0, to = folded.length, marks: readonly Mark[] = []): string[] {
  const out: string[] = [];
  const opened: number[] = [];
  const push = (t: string) => {
    const bracket = t.length === 1 ? t.charCodeAt(0) : 0;
    if ((bracket === CLOSE_PAREN || bracket === CLOSE_BRACKET) && opened.length > 0) {
      out.length = opened.pop()!;
      return;
    }
    if (bracket === OPEN_PAREN || bracket === OPEN_BRACKET) opened.push(out.length);
    out.push(t);
  };
  // match() hands back the tokens' strings alone, without a match object for each
  const scan = (text: string) => {
    const found = text.match(TOKEN);
    if (found) for (const t of found) push(t.toLowerCase());
  };
  let at = from;
  for (const mark of marks) {
    scan(folded.slice(at, mark.start));
    push(mark.token);
    at = mark.end;
  }
  scan(folded.slice(at, to));
  return out;
}

export const isWord = (token: string): boolean => WORD.test(token);
export const isEntity = (token: string): boolean => ENTITY_TOKENS.has(token);

interface Slot {
  words: ReadonlySet<string>;
  /** `<number>`: any token of digits also fills the slot */
  number: boolean;
  /** `<age>`: an age written as one hyphenated word ("45-year-old", "30-something") also fills the slot */
  age: boolean;
  /** `<word>`: any word token (letters or digits; not punctuation, not an entity) also fills the slot */
  anyWord: boolean;
  optional: boolean;
  repeat: boolean;
}

export interface Phrase {
  source: string;
  slots: readonly Slot[];
  /** `<end>`: nothing may follow the match */
  toEnd: boolean;
  /** `<start>`: nothing may come before the match */
  fromStart: boolean;
  /** how many entities the phrase can span (Infinity with a repeated `<TYPE>` item) */
  entities: number;
}

export type WordLists = ReadonlyMap<string, ReadonlySet<string>>;

const END = '<end>';
const START = '<start>';
const NUMBER = '<number>';
const AGE = '<age>';
const ANY_WORD = '<word>';
const DIGITS = /^[0-9]+$/;
// "45-year-old", "45-years-old", "30-something"; a token, since hyphenated words are one
const AGE_WORD = /^[0-9]+-(?:years?-old|something)$/;

const takes = (slot: Slot, token: string): boolean =>
  slot.words.has(token) || (slot.number && DIGITS.test(token)) || (slot.age && AGE_WORD.test(token)) || (slot.anyWord && WORD.test(token));
const LIST = /^\{([a-z0-9][a-z0-9-]*)\}$/;
const ENTITY = /^<([A-Za-z]+)>$/;

/** Compiles a phrase, or returns why it is invalid. */
export function compilePhrase(source: string, lists: WordLists, allowEnd = false, allowStart = false): Phrase | string {
  const items = source.trim() === '' ? [] : source.trim().split(/\s+/);
  const slots: Slot[] = [];
  let toEnd = false;
  let fromStart = false;
  let entities = 0;
  for (const [i, raw] of items.entries()) {
    if (raw === END) {
      if (!allowEnd || i !== items.length - 1) return `${END} is allowed only as the last item of an "after" phrase or a near word`;
      toEnd = true;
      continue;
    }
    if (raw === START) {
      if (!allowStart || i !== 0) return `${START} is allowed only as the first item of a "before" phrase or a near word`;
      fromStart = true;
      continue;
    }
    const suffix = /[?*+]$/.test(raw) && raw.length > 1 ? raw.slice(-1) : '';
    const body = suffix ? raw.slice(0, -1) : raw;
    const words = new Set<string>();
    let number = false;
    let age = false;
    let anyWord = false;
    for (const alt of body.split('|')) {
      if (alt === NUMBER) {
        number = true;
        continue;
      }
      if (alt === AGE) {
        age = true;
        continue;
      }
      if (alt === ANY_WORD) {
        anyWord = true;
        continue;
      }
      const entity = ENTITY.exec(alt);
      if (entity) {
        if (!(ENTITY_TYPES as readonly string[]).includes(entity[1]!)) return `"${alt}" is not an entity type: write one of ${ENTITY_TYPES.map((t) => `<${t}>`).join(' ')}`;
        words.add(entityToken(entity[1] as EntityType));
        continue;
      }
      const list = LIST.exec(alt);
      if (list) {
        const members = lists.get(list[1]!);
        if (!members) return `no lexicon list "${list[1]}"`;
        for (const w of members) {
          const t = tokenize(foldText(w));
          if (t.length !== 1 || t[0] !== foldText(w).toLowerCase()) return `lexicon list "${list[1]}" has "${w}", which is not one word: lists used in phrases hold single words`;
          words.add(t[0]);
        }
        continue;
      }
      const t = tokenize(foldText(alt));
      if (alt === '' || t.length !== 1 || t[0] !== foldText(alt).toLowerCase()) {
        return `"${alt}" in "${raw}" is not one word or punctuation mark; write words as separate items and alternatives with |`;
      }
      words.add(t[0]);
    }
    const slot = { words, number, age, anyWord, optional: suffix === '?' || suffix === '*', repeat: suffix === '*' || suffix === '+' };
    if ([...words].some(isEntity)) entities += slot.repeat ? Infinity : 1;
    slots.push(slot);
  }
  return { source, slots, toEnd, fromStart, entities };
}

/** The phrase read backwards, for matching the words that end right before an entity: its start is then its end. */
export function reversePhrase(p: Phrase): Phrase {
  return { ...p, slots: [...p.slots].reverse(), toEnd: p.fromStart, fromStart: p.toEnd };
}

/** True when the phrase can match without any token. */
export function matchesNothing(p: Phrase): boolean {
  return p.slots.every((s) => s.optional);
}

function closure(slots: readonly Slot[], states: Uint8Array): void {
  for (let i = 0; i < slots.length; i++) if (states[i] && slots[i]!.optional) states[i + 1] = 1;
}

// The state sets of matchPhrase, reused by every call (it never runs inside itself): a phrase
// is matched thousands of times an article, and fresh arrays per token were most of its cost.
let current = new Uint8Array(32);
let following = new Uint8Array(32);

/**
 * Matches the phrase against the tokens from index `from`: all of them (`whole`), or a
 * beginning of them (`prefix`; a `<end>` phrase must still use them all).
 */
export function matchPhrase(p: Phrase, tokens: readonly string[], mode: 'whole' | 'prefix', from = 0): boolean {
  const { slots } = p;
  const n = slots.length;
  const mustUseAll = mode === 'whole' || p.toEnd;
  if (current.length <= n) {
    current = new Uint8Array(2 * (n + 1));
    following = new Uint8Array(2 * (n + 1));
  }
  let states = current;
  let next = following;
  states.fill(0, 0, n + 1);
  states[0] = 1;
  closure(slots, states);
  if (!mustUseAll && states[n]) return true;
  for (let at = from; at < tokens.length; at++) {
    const t = tokens[at]!;
    next.fill(0, 0, n + 1);
    let alive = false;
    for (let i = 0; i < n; i++) {
      if (!states[i] || !takes(slots[i]!, t)) continue;
      next[i + 1] = 1;
      if (slots[i]!.repeat) next[i] = 1;
      alive = true;
    }
    if (!alive) return false;
    closure(slots, next);
    const done = states;
    states = next;
    next = done;
    if (!mustUseAll && states[n]) return true;
  }
  return states[n] === 1;
}

/** True when the phrase matches somewhere in the tokens (a `<end>` phrase: at their end; a `<start>` phrase: at their start). */
export function occursIn(p: Phrase, tokens: readonly string[]): boolean {
  const first = p.slots[0];
  for (let i = 0; i < (p.fromStart ? Math.min(1, tokens.length) : tokens.length); i++) {
    // a match can only start at a token the first required item takes
    if (first && !first.optional && !takes(first, tokens[i]!)) continue;
    if (matchPhrase(p, tokens, 'prefix', i)) return true;
  }
  return false;
}
