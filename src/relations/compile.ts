/**
 * Compiles the validated entries of the `relations` rule files into the patterns the engine
 * runs: phrases parsed once, entity constraints as sets. Every problem names the file, the
 * entry and the field.
 */
import type { Located, RuleProblem } from '../rules/load.js';
import type { RelationEntry } from '../rules/schema.js';
import { ENTITY_TYPES, type EntityType, type OrgKind, type PlaceLevel, type RelationType } from '../types.js';
import { compilePhrase, matchesNothing, reversePhrase, type Phrase, type WordLists } from './phrase.js';

/** What an entity must be to fill one side of a relation. */
export interface Side {
  types: ReadonlySet<EntityType>;
  /** the types as bits (TYPE_BIT): whether a sentence holds one is a single test */
  typeMask: number;
  levels: ReadonlySet<PlaceLevel> | null;
  kinds: ReadonlySet<OrgKind> | null;
}

export type Pairing =
  /** `entities`: how many entities may stand between the two (entity items of the phrases) */
  | { mode: 'between'; phrases: readonly Phrase[]; entities: number }
  /** `all`: every partner within reach, not only the first */
  | { mode: 'near'; maxWords: number; words: readonly Phrase[]; unless: readonly Phrase[]; skip: ReadonlySet<EntityType>; all: boolean }
  | { mode: 'anywhere' };

export interface RelationPattern {
  id: string;
  relation: RelationType;
  subject: Side;
  object: Side;
  subjectFirst: boolean;
  pairing: Pairing;
  /** read backwards: they are matched from the first entity towards the sentence start */
  before: readonly Phrase[];
  /** none of these may end right before the first entity (read backwards too) */
  notBefore: readonly Phrase[];
  after: readonly Phrase[];
  /** none of these may start right after the last entity */
  notAfter: readonly Phrase[];
  lists: RelationEntry['lists'];
  /** a list of places and one place pair all when the gazetteer puts every listed place inside the one */
  distributeKnown: boolean;
  /** only pairs the gazetteer confirms: the subject resolved inside the object */
  knownInside: boolean;
  /** a list pairs only when "or" joins it (alternatives, each of which the relation holds for) */
  listsOfAlternatives: boolean;
  /** a list pairs only when no article opens an item after the first (a possessive reaching over bare names) */
  bareLists: boolean;
  /** when a side is a list: one of these must follow the last entity */
  listAfter: readonly Phrase[];
  /** besides the English list joiners, what joins two items of a list for this pattern */
  listJoiners: readonly Phrase[];
  /** the words inside parentheses before an entity that restates the subject; empty: none */
  subjectRestatement: readonly Phrase[];
}

/** One bit per entity type. */
export const TYPE_BIT: Readonly<Record<EntityType, number>> = Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, 1 << i])) as Record<EntityType, number>;

const side = (types: readonly EntityType[], levels?: readonly PlaceLevel[], kinds?: readonly OrgKind[]): Side => ({
  types: new Set(types),
  typeMask: types.reduce((mask, t) => mask | TYPE_BIT[t], 0),
  levels: levels ? new Set(levels) : null,
  kinds: kinds ? new Set(kinds) : null,
});

/** Phrases that may name an entity standing in the text they read (`<PLACE>`): the gap, a near gap's words, and the words around the pair. */
const ENTITY_ITEM_FIELDS: ReadonlySet<string> = new Set(['between', 'before', 'after', 'not_before', 'not_after', 'near.words', 'near.unless']);

export function compileRelationPatterns(entries: readonly Located<RelationEntry>[], lists: WordLists, problems: RuleProblem[]): RelationPattern[] {
  const out: RelationPattern[] = [];
  const seen = new Map<string, Located<RelationEntry>>();
  for (const located of entries) {
    const { value: e, file, line } = located;
    const problem = (field: string, message: string) => problems.push({ file, line, entry: e.id, field, message });
    const prev = seen.get(e.id);
    if (prev) problem('id', `duplicate relation pattern id, first defined in ${prev.file}${prev.line === null ? '' : `:${prev.line}`}`);
    seen.set(e.id, located);

    let ok = true;
    // `<end>` closes the text a phrase is matched against: the sentence after an entity, or a near gap
    const endAllowed = new Set(['after', 'not_after', 'list_after', 'near.words', 'near.unless']);
    // `<start>` opens the text a phrase is matched against: the sentence before an entity, or a near gap
    const startAllowed = new Set(['before', 'not_before', 'near.words', 'near.unless']);
    // these may match nothing: an empty gap, or an entity alone in its parentheses
    const mayBeEmpty = new Set(['between', 'list_joiners', 'subject_restatement']);
    const phrases = (field: string, sources: readonly string[] | undefined): Phrase[] => {
      const compiled: Phrase[] = [];
      (sources ?? []).forEach((source, i) => {
        const p = compilePhrase(source, lists, endAllowed.has(field), startAllowed.has(field));
        if (typeof p === 'string') {
          problem(`${field}[${i}]`, p);
          ok = false;
        } else if (!mayBeEmpty.has(field) && matchesNothing(p) && !((p.toEnd || p.fromStart) && !field.startsWith('near'))) {
          problem(`${field}[${i}]`, `"${source}" can match no words at all, so it would constrain nothing`);
          ok = false;
        } else if (!ENTITY_ITEM_FIELDS.has(field) && p.entities > 0) {
          problem(`${field}[${i}]`, `"${source}": entity items (<TYPE>) belong in between, near, before, after, not_before and not_after phrases only`);
          ok = false;
        } else compiled.push(field === 'before' || field === 'not_before' ? reversePhrase(p) : p);
      });
      return compiled;
    };

    const between = phrases('between', e.between);
    const before = phrases('before', e.before);
    const notBefore = phrases('not_before', e.not_before);
    const after = phrases('after', e.after);
    const notAfter = phrases('not_after', e.not_after);
    const listAfter = phrases('list_after', e.list_after);
    const listJoiners = phrases('list_joiners', e.list_joiners);
    const subjectRestatement = phrases('subject_restatement', e.subject_restatement);
    let pairing: Pairing;
    if (e.between) pairing = { mode: 'between', phrases: between, entities: Math.max(...between.map((p) => p.entities)) };
    else if (e.near) {
      pairing = { mode: 'near', maxWords: e.near.max_words, words: phrases('near.words', e.near.words), unless: phrases('near.unless', e.near.unless), skip: new Set(e.near.skip), all: e.near.all === true };
    } else pairing = { mode: 'anywhere' };
    if (!ok) continue;
    out.push({
      id: e.id,
      relation: e.relation,
      subject: side(e.subject, e.subject_levels, e.subject_kinds),
      object: side(e.object, e.object_levels, e.object_kinds),
      subjectFirst: e.order !== 'object-first',
      pairing,
      before,
      notBefore,
      after,
      notAfter,
      lists: e.lists,
      distributeKnown: e.distribute_known === true,
      knownInside: e.known_inside === true,
      listsOfAlternatives: e.lists_of_alternatives === true,
      bareLists: e.bare_lists === true,
      listAfter,
      listJoiners,
      subjectRestatement,
    });
  }
  return out;
}
