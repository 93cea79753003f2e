/**
 * events: one justice event per trigger of the `events` rule files (rules/events.yaml), with
 * its arguments taken from the entities of the trigger's sentence, each role by entity type,
 * the nearest to the trigger winning (no fallback to the publication date or the title's
 * place: the guideline leaves such roles null). The mentions of one reported event are then
 * merged (event-coref.ts), a role null in the first mention taken from a later one and marked
 * fromContext. Modality, polarity, genericity and tense come from the cue
 * words of rules/event-words.yaml; a penalty argument takes its status from its event.
 */
import { parseNumber } from '../normalize/numbers.js';
import { EVENT_AGENT_KINDS, type CompiledRules, type EventTrigger } from '../rules/compile.js';
import type { Entity, Event, EventArgument, EventSubtype, PenaltyStatus } from '../types.js';
import { evidenceOf } from '../text/evidence.js';
import type { MatchWord, WorkingDoc } from './doc.js';
import { COORDINATORS, contains, mergeCoreferentEvents, type AnaphoraCues } from './event-coref.js';

/** How many words before the trigger a modality, negation or request cue may stand. */
const CUE_WINDOW = 5;
/** How many words before and after its trigger an event's arguments may stand (far beyond any real sentence's clause). */
const ARGUMENT_REACH = 60;
/** How many mentions the article's dominant offence needs at the least (one mention dominates nothing). */
const DOMINANT_MIN_MENTIONS = 4;
/** The offence of an event whose offence of event-drug-trade-offences is committed with a drug of its sentence. */
const DRUG_TRADE = 'drug-dealing';
/** How many words before the trigger a modality cue of the trigger's clause may stand. */
const MODAL_CLAUSE_REACH = 10;
/** How many words may stand between a negation and the trigger it denies ("was not yet arrested", "without a public trial"). */
const NEGATION_GAP = 2;
/** What ends a clause between two words: a comma, a colon or semicolon, a dash, a quotation mark, a bracket. */
const CLAUSE_BREAK = /[,;:\u2014\u2013"\u201c\u201d()]/;
/** How many words before the trigger a subject pronoun may stand ("she was released", "he had been sentenced"). */
const PRONOUN_REACH = 3;
/** How many sentences back a subject pronoun's antecedent may be named. */
const PRONOUN_SENTENCES = 3;
/** How many words a count may stand before its person noun ("three young women"). */
const COUNT_GAP = 2;

/** The subtypes that hand down, ask for or threaten a penalty: they decide its status before any other. */
const PENALTY_SUBTYPES: ReadonlySet<EventSubtype> = new Set(['sentence', 'execute', 'convict', 'trial-hearing', 'charge-indict', 'fine']);

/**
 * The subtypes that impose no penalty: a trial, a charge or a crackdown in a sentence with a
 * penalty ("will be tried under Article 208, which allows the death penalty") does not take it as
 * its own; the guideline's `sentence` role is the penalty an event imposes, threatens or provides.
 */
const PENALTYLESS_SUBTYPES: ReadonlySet<EventSubtype> = new Set(['trial-hearing', 'charge-indict', 'convict', 'crackdown', 'extradite', 'appeal', 'pardon', 'acquit']);

/**
 * The subtypes that take no place from their own sentence, only from their other mentions: a charge's clause places the
 * offence ("arrested ... on charges of drug trafficking in Dandong", "charged with espionage by North Korea, appeared before a
 * press conference in Pyongyang"); 31 of the 39 charges of the development gold have no place.
 */
const UNPLACED_SUBTYPES: ReadonlySet<EventSubtype> = new Set(['charge-indict']);

/** Counts written as words of vagueness: the least they mean. */
const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([['dozens', 24], ['hundreds', 200], ['thousands', 2000], ['several', 3], ['dozen', 12]]);

/** How many words before a date a cue of another fact's date may end ("since the December 2020", "adopted in 2020"). */
const OTHER_DATE_REACH = 3;

/** How many words after a word of sequence a date of the event it introduces may stand ("after dictator Kim Jong Il's death in December"). */
const SEQUENCE_DATE_REACH = 8;

/** How many words before its link ("with", "to") a border noun may stand ("the border area with", "border crossings to"). */
const BORDER_REACH = 2;

/** A hyphen or a dash joining two names ("the North Korea-China border"). */
const HYPHEN = /[-\u2010-\u2014]/;

/** An opening quotation mark: what follows it is what a source said. */
const OPENING_QUOTE = /[\u201c"]/;

/**
 * A dateline at the head of a sentence: a place in capitals, then a comma and a country or date, or
 * a dash at once ("SEOUL, Oct. 19 (UPI) --", "NEW YORK - "); or a place in title case, a comma, a
 * country and a long dash ("Changchun, China \u2014"); or, with no place, a date and the wire's name ("Feb. 6 (UPI)
 * \u2014"); each may follow a leftover bracketed tag of the page ("[imText1]", "[Alpha Biz= Kim Jisun] "). Or a page's
 * date line left before the text ("date 2024-06-27 ").
 */
const DATELINE = /^[ \t]*(?:\[[^\]\n]{0,30}\]\s*)?(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:,[^\n]{0,40}?)?(?:\s--?|\s\u2014|\s\u2013)\s|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)? ?(?:\u2014|\u2013|--)\s|[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z]+\) ?(?:\u2014|\u2013|--?)\s|date \d{4}-\d{2}-\d{2}\s)/;

type Phrases = readonly (readonly string[])[];

interface Cues {
  modality: Phrases;
  /** the modality cues but a law's modals (can, may...): what stays a doubt in a law's penalty sentence */
  lawModality: Phrases;
  lawNouns: Phrases;
  negation: Phrases;
  generic: Phrases;
  requested: Phrases;
  past: Phrases;
  future: Phrases;
  saying: Phrases;
  penaltyVerbs: Phrases;
  penaltyVerbParticles: ReadonlySet<string>;
  habitualAdverbs: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  penaltyNouns: ReadonlySet<string>;
  lawPenaltyVerbs: Phrases;
  escalationVerbs: Phrases;
  controlNouns: Phrases;
  personNouns: ReadonlySet<string>;
  drugTradeOffences: ReadonlySet<string>;
  conditional: ReadonlySet<string>;
  seatWords: ReadonlySet<string>;
  qualifiedNouns: ReadonlySet<string>;
  otherDate: Phrases;
  agentKinds: ReadonlySet<string>;
  rulerTitles: Phrases;
  rulers: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  dateBounds: Phrases;
  publications: ReadonlySet<string>;
  publishing: ReadonlySet<string>;
  classHeads: Phrases;
  shootingWords: ReadonlySet<string>;
  flight: Phrases;
  sequence: Phrases;
  borderWords: ReadonlySet<string>;
  borderLinks: ReadonlySet<string>;
  movement: Phrases;
  countHedges: Phrases;
  listedPlaceLinks: ReadonlySet<string>;
  habitualAuxiliaries: Phrases;
  habitualNounAuxiliaries: Phrases;
  specificDeterminers: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  anaphora: AnaphoraCues;
}

const cuesOf = (rules: CompiledRules): Cues => {
  const phrases = (id: string): Phrases => [...(rules.lexicon.get(id) ?? [])].map((p) => p.split(/\s+/));
  const lawModals = new Set(rules.lexicon.get('event-law-modals') ?? []);
  const modality = phrases('event-modality-other');
  return {
    modality,
    lawModality: modality.filter((p) => !lawModals.has(p.join(' '))),
    lawNouns: phrases('event-law-nouns'),
    negation: phrases('event-negation'),
    generic: phrases('event-generic'),
    requested: phrases('event-requested'),
    past: phrases('event-past'),
    future: phrases('event-future'),
    saying: phrases('event-saying'),
    penaltyVerbs: phrases('event-penalty-verbs'),
    penaltyNouns: rules.lexicon.get('event-penalty-nouns') ?? new Set(),
    penaltyVerbParticles: rules.lexicon.get('event-penalty-verb-particles') ?? new Set(),
    habitualAdverbs: rules.lexicon.get('event-habitual-adverbs') ?? new Set(),
    passiveAuxiliaries: rules.lexicon.get('event-passive-auxiliaries') ?? new Set(),
    lawPenaltyVerbs: phrases('event-law-penalty-verbs'),
    escalationVerbs: phrases('event-escalation-verbs'),
    controlNouns: phrases('event-control-nouns'),
    personNouns: rules.lexicon.get('event-person-nouns') ?? new Set(),
    drugTradeOffences: rules.lexicon.get('event-drug-trade-offences') ?? new Set(),
    conditional: rules.lexicon.get('event-conditional') ?? new Set(),
    seatWords: rules.lexicon.get('event-place-seat') ?? new Set(),
    qualifiedNouns: rules.lexicon.get('event-place-qualified-nouns') ?? new Set(),
    otherDate: phrases('event-date-other'),
    agentKinds: rules.lexicon.get(EVENT_AGENT_KINDS) ?? new Set(),
    rulerTitles: phrases('event-ruler-titles'),
    rulers: rules.lexicon.get('event-rulers') ?? new Set(),
    subjectPronouns: rules.lexicon.get('event-subject-pronouns') ?? new Set(),
    dateBounds: phrases('event-date-bounds'),
    publications: rules.lexicon.get('event-publication-nouns') ?? new Set(),
    publishing: rules.lexicon.get('event-publishing-verbs') ?? new Set(),
    classHeads: phrases('event-class-heads'),
    shootingWords: rules.lexicon.get('event-shooting-words') ?? new Set(),
    flight: phrases('event-flight-words'),
    sequence: phrases('event-sequence'),
    borderWords: rules.lexicon.get('event-border-nouns') ?? new Set(),
    borderLinks: rules.lexicon.get('event-border-links') ?? new Set(),
    movement: phrases('event-movement-places'),
    countHedges: phrases('event-count-hedges'),
    listedPlaceLinks: rules.lexicon.get('event-listed-place-links') ?? new Set(),
    habitualAuxiliaries: phrases('event-habitual-auxiliaries'),
    habitualNounAuxiliaries: phrases('event-habitual-noun-auxiliaries'),
    specificDeterminers: rules.lexicon.get('event-specific-determiners') ?? new Set(),
    articles: rules.lexicon.get('event-articles') ?? new Set(),
    anaphora: {
      determiners: rules.lexicon.get('event-anaphoric-determiners') ?? new Set(),
      novelty: rules.lexicon.get('event-novelty-words') ?? new Set(),
      addition: rules.lexicon.get('event-addition-adverbs') ?? new Set(),
    },
  };
};

/** The index of the first word ending after `offset` (binary search; words.length when none). */
function firstWordFrom(words: readonly MatchWord[], offset: number): number {
  let [lo, hi] = [0, words.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Each cue list's phrases by their first word, built once per list: a word is compared only with the phrases it can start. */
const byFirstWord = new WeakMap<Phrases, Map<string, Phrases>>();

/** The first phrase of the list (in list order) that starts at keys[i], if any. */
function phraseAt(keys: readonly string[], i: number, phrases: Phrases): readonly string[] | undefined {
  let index = byFirstWord.get(phrases);
  if (index === undefined) {
    const built = new Map<string, (readonly string[])[]>();
    for (const p of phrases) {
      const list = built.get(p[0]!);
      if (list) list.push(p);
      else built.set(p[0]!, [p]);
    }
    index = built;
    byFirstWord.set(phrases, index);
  }
  return index.get(keys[i] ?? '')?.find((p) => p.every((k, j) => keys[i + j] === k));
}

/** Prefix counts of the words where one of the phrases starts: how many in [from, to) is counts[to] - counts[from]. */
function phraseCounts(keys: readonly string[], phrases: Phrases): Uint32Array {
  const counts = new Uint32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) counts[i + 1] = counts[i]! + (phraseAt(keys, i, phrases) === undefined ? 0 : 1);
  return counts;
}

/** The index of the first value not below `value` in an ascending list. */
function lowerBound(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const anyIn = (counts: Uint32Array, from: number, to: number) => {
  const [a, b] = [Math.max(0, Math.min(from, counts.length - 1)), Math.max(0, Math.min(to, counts.length - 1))];
  return b > a && counts[b]! - counts[a]! > 0;
};

/** Whether one of the phrases starts at a word of keys[from, to). */
function hasPhrase(keys: readonly string[], from: number, to: number, phrases: Phrases): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (phraseAt(keys, i, phrases) !== undefined) return true;
  return false;
}

interface TriggerMatch {
  trigger: EventTrigger;
  /** word indexes within the sentence */
  first: number;
  last: number;
  /** where the cue windows are measured from, when not the trigger: the verb of a penalty noun ("speculating that they faced serious punishment") */
  predicate?: number;
}

/** A trigger a rule of this stage makes rather than one of rules/events.yaml: no words, and no entry's properties but its penalty kinds. */
function codeTrigger(rule: string, subtype: EventTrigger['subtype'], penaltyKinds: readonly string[] = []): EventTrigger {
  return { rule, subtype, keys: [], tail: [], notBefore: new Set(), personsOnly: false, placeAfter: new Set(), placeLinks: new Set(), placeNotAfter: new Set(), penaltyKinds: new Set(penaltyKinds), undated: false };
}

/** A seizure trigger whose patient is a person: an arrest, with none of the seizure entry's properties and the arrest entry's penalty kinds (a seized person is held, not fined or executed). */
const SEIZED_PERSON_TRIGGER = codeTrigger('arrest-by-seizure-of-person', 'arrest-jail', ['detention', 'imprisonment']);

/** Pronouns that stand for one or more persons and never for a thing, as a seizure's patient. */
const SEIZED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'who']);

/**
 * Whether a seizure trigger seizes a person, which is an arrest: a person noun of
 * `event-person-nouns` or a pronoun of persons as the subject of its passive ("the woman being
 * seized by camp guards", "who was seized") or as its object, one word between at most ("guards
 * seized two defectors", "seized him"). "seized two kilograms of meth" stays a seizure.
 */
function seizesPerson(text: string, words: readonly MatchWord[], keys: readonly string[], m: TriggerMatch, cues: Cues): boolean {
  const isPerson = (k: string | undefined) => k !== undefined && (cues.personNouns.has(k) || SEIZED_PRONOUNS.has(k));
  // the words of one phrase: nothing but spaces between ("was confiscated,” he said" has no object)
  const joined = (a: number, b: number) => a >= 0 && b < words.length && /^\s+$/.test(text.slice(words[a]!.end, words[b]!.start));
  let i = m.first - 1;
  while (i >= 0 && cues.passiveAuxiliaries.has(keys[i]!) && joined(i, i + 1)) i--;
  if (i < m.first - 1 && joined(i, i + 1) && isPerson(keys[i])) return true;
  if (!joined(m.last, m.last + 1)) return false;
  const object = keys[m.last + 1];
  // "her" before a noun is a possessive ("seized her phone"); before a preposition or at the phrase's end, the person
  if (object === 'her' && joined(m.last + 1, m.last + 2) && !OBJECT_FOLLOWERS.has(keys[m.last + 2]!)) return false;
  return isPerson(object) || (joined(m.last + 1, m.last + 2) && cues.personNouns.has(keys[m.last + 2] ?? ''));
}

/** Words that may follow an object pronoun "her" (a possessive "her" is followed by a noun or adjective instead). */
const OBJECT_FOLLOWERS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near', 'from', 'for', 'by', 'with', 'after', 'before', 'while', 'when', 'and', 'as', 'during', 'outside', 'inside']);

/** What joins two places of one list: "and", "or" or a comma (with "and" or "or" after it), "the" before the later place. */
const CONJUNCT_GAP = /^\s*,?\s*(?:and|or)\s+(?:the\s+)?$|^\s*,\s*(?:the\s+)?$/i;

/** How many words before its verb of publishing a publication may stand ("a 400-page report issued in 2013"). */
const PUBLISHED_SUBJECT_REACH = 6;

/** The prepositions that make a person noun before a participle trigger the class a penalty is for ("punishments for residents caught"). */
const CLASS_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'against']);

/** How many words (an auxiliary, a verb, an adjective) may stand between a state and the generic event it is the subject of ("North Korea has resumed frequent public executions"). */
const STATE_SUBJECT_GAP = 3;

/** Words that open another clause: a place after one is that clause's ("as South Korea ratcheted up pressure"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'because', 'after', 'before', 'since', 'where', 'although', 'though', 'whereas']);

/** How many words of a title may stand between a year and the publication or law it dates ("the 2024 North Korean Human Rights Report"). */
const DOCUMENT_TITLE_WORDS = 5;

/** How many lowercase words may describe an origin between "from" and its place ("from more prosperous and democratic South Korea"). */
const DESCRIBED_ORIGIN_WORDS = 4;

/** The possessives of an age after a person noun ("a woman in her 50s"). */
const AGE_POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'their']);

/** Pronouns that stand for persons: a subject of a trigger of persons that is no publication. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'who', 'i', 'we', 'you']);

/** The entity types whose names a trigger word inside is part of ("Amnesty International", "Anti-Execution Act"), not a trigger. */
const NAME_TYPES: ReadonlySet<Entity['type']> = new Set(['ORG', 'LAW', 'PERSON']);

/** The triggers by their first word, each list in the rules' order (the longer first where two start alike). */
type TriggerIndex = ReadonlyMap<string, readonly EventTrigger[]>;

/** Per compiled rules: the trigger index and the cue phrases, built once rather than per document. */
const prepared = new WeakMap<CompiledRules, { index: TriggerIndex; cues: Cues }>();

function prepare(rules: CompiledRules): { index: TriggerIndex; cues: Cues } {
  let p = prepared.get(rules);
  if (!p) {
    const index = new Map<string, EventTrigger[]>();
    for (const t of rules.eventTriggers) {
      const list = index.get(t.keys[0]!);
      if (list) list.push(t);
      else index.set(t.keys[0]!, [t]);
    }
    p = { index, cues: cuesOf(rules) };
    prepared.set(rules, p);
  }
  return p;
}

/** How many words the gap of a trigger ("found ... guilty") may hold: an object ("the broker", "15 of them"). */
const GAP_WORDS = 4;

/**
 * Where the closing words of a gapped trigger ("found ... guilty") end, when they follow the words
 * of its head (from `after`) within GAP_WORDS words of one clause; -1 when they do not.
 */
function gapEnd(text: string, words: readonly MatchWord[], keys: readonly string[], after: number, tail: readonly string[]): number {
  for (let j = after; j <= after + GAP_WORDS && j + tail.length <= keys.length; j++) {
    if (CLAUSE_BREAK.test(text.slice(words[j - 1]!.end, words[j]!.start))) return -1;
    if (tail.every((k, t) => keys[j + t] === k)) return j + tail.length - 1;
  }
  return -1;
}

/**
 * The triggers of one sentence's words, left to right, none overlapping, the longest at a word
 * winning; a word inside the name of an organization, a law or a person starts no trigger.
 */
function findTriggers(text: string, words: readonly MatchWord[], keys: readonly string[], triggers: TriggerIndex, names: readonly Entity[] = []): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const inName = new Uint8Array(words.length);
  for (const e of names) for (let i = firstWordFrom(words, e.start); i < words.length && words[i]!.end <= e.end; i++) if (words[i]!.start >= e.start) inName[i] = 1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.boilerplate || inName[i]) continue;
    // the longest trigger at the word decides: its not_before blocks the shorter ones too ("charged with cracking down" is no "charged")
    let last = -1;
    const t = triggers.get(keys[i]!)?.find((tr) => {
      if (!tr.keys.every((k, j) => keys[i + j] === k)) return false;
      last = tr.tail.length === 0 ? i + tr.keys.length - 1 : gapEnd(text, words, keys, i + tr.keys.length, tr.tail);
      return last !== -1;
    });
    if (!t || t.notBefore.has(keys[last + 1] ?? '')) continue;
    out.push({ trigger: t, first: i, last });
    i = last;
  }
  return out;
}

/** How many words before a trigger its subject may stand ("a report by Human Rights Watch (HRW) released"); how many after, its object ("released the report"). */
const SUBJECT_REACH = 6;
const OBJECT_REACH = 2;
/** How many words the title of a document released may hold, the document's noun included ("the 2024 North Korean Human Rights Report"). */
const TITLED_OBJECT_REACH = 7;
/** A word of a title: capitalised, or a year. */
const TITLE_WORD = /^(?:[A-Z]|\d{4}$)/;

/**
 * Whether a publication is the subject or object of a trigger of persons ("North Korea Human Rights Report
 * Released", "released it on the 30th", "who released the report"): a document released is no one freed.
 * A person noun, a pronoun of persons or a verb of saying between them ends the subject ("the report said
 * the prisoners were released").
 */
function ofPublication(text: string, words: readonly MatchWord[], keys: readonly string[], m: TriggerMatch, cues: Cues, saying: Uint32Array): boolean {
  if (!m.trigger.personsOnly) return false;
  for (let i = m.last + 1; i <= Math.min(keys.length - 1, m.last + OBJECT_REACH); i++) if (cues.publications.has(keys[i]!)) return true;
  // "released the 2024 North Korean Human Rights Report": a title in capitals, or a year, between the verb and the document
  for (let i = m.last + 1; i <= Math.min(keys.length - 1, m.last + TITLED_OBJECT_REACH); i++) {
    if (CLAUSE_BREAK.test(text.slice(words[i - 1]!.end, words[i]!.start))) break;
    if (cues.publications.has(keys[i]!)) return true;
    if (!TITLE_WORD.test(text.slice(words[i]!.start, words[i]!.end)) && !cues.articles.has(keys[i]!)) break;
  }
  for (let i = m.first - 1; i >= Math.max(0, m.first - SUBJECT_REACH); i--) {
    if (cues.personNouns.has(keys[i]!) || PERSON_PRONOUNS.has(keys[i]!) || anyIn(saying, i, i + 1)) return false;
    if (cues.publications.has(keys[i]!)) return true;
  }
  return false;
}

/** How many words after a shooting its flight may start ("shot dead while attempting to escape"). */
const FLIGHT_REACH = 6;

/** How many words after a repatriation's trigger its destination may start ("the repatriation took place in the Chinese cities of Tumen"). */
const DESTINATION_REACH = 8;

/** Prepositions: a place after one is no subject ("who had gone across to China were shot" was not shot by China). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'with', 'into', 'across', 'over', 'for', 'by', 'about', 'against', 'toward', 'towards', 'through', 'via', 'under', 'on', 'onto', 'in', 'at', 'of', 'near', 'inside', 'outside', 'within', 'between', 'among', 'like']);

/** How many words (an auxiliary, an adverb) may stand between a state and the trigger it is the subject of ("North Korea has publicly executed"). */
const SUBJECT_GAP = 2;

/** The prepositions that put an event at a site ("tried at the North's Supreme Court"). */
const SITE_LINKS: ReadonlySet<string> = new Set(['at', 'in', 'inside']);

/** How many words after a penalty verb its penalty may start ("received five years", "was sent to a labor training camp"). */
const PENALTY_VERB_REACH = 6;

const PENALTY_VERB_TRIGGER = codeTrigger('sentence-by-penalty-verb', 'sentence');
/** A penalty a law provides ("the law prescribes the death penalty"): generic, whatever the sentence's cues. */
const LAW_VERB_TRIGGER: EventTrigger = { ...PENALTY_VERB_TRIGGER, rule: 'sentence-by-law-verb' };

const HYPHEN_AFTER = /^[-\u2010\u2011]/;

/** How many words after a penalty verb its penalty noun may stand ("stipulates strict punishment", "face severe punishments"). */
const PENALTY_NOUN_REACH = 3;

/**
 * A light verb of rules/event-words.yaml (received, given, got, sent, dismissed, expelled, face)
 * is a sentence trigger only where a penalty is its object: a PENALTY entity starts at it or
 * within a few words after it ("his wife received five years", "was dismissed from his post").
 * "received a letter" and "sent to the market" are none. Where its object is a penalty noun of
 * event-penalty-nouns instead ("stipulates strict punishment", "threats of punishment", "would face
 * severe punishments"), the noun is the trigger: it names the penalty the verb provides or threatens.
 * Words already in a trigger are skipped.
 */
function penaltyVerbTriggers(text: string, words: readonly MatchWord[], keys: readonly string[], taken: readonly TriggerMatch[], entities: readonly Entity[], cues: Cues): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const penalties = entities.filter((e) => e.type === 'PENALTY');
  const covered = new Uint8Array(words.length);
  for (const m of taken) covered.fill(1, m.first, m.last + 1);
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.boilerplate || covered[i]) continue;
    const lawVerb = phraseAt(keys, i, cues.lawPenaltyVerbs);
    const request = phraseAt(keys, i, cues.requested);
    // "prosecutors sought ten years": the penalty asked for is the trigger, the verb only makes it requested
    if (request) {
      const reach = words[Math.min(words.length - 1, i + request.length - 1 + PENALTY_VERB_REACH)]!.end;
      const asked = penalties.find((e) => e.start >= words[i]!.end && e.start <= reach);
      if (asked) {
        const first = firstWordFrom(words, asked.start);
        const last = firstWordFrom(words, asked.end - 1);
        if (!covered.subarray(first, last + 1).includes(1)) {
          out.push({ trigger: PENALTY_VERB_TRIGGER, first, last, predicate: i });
          i = last;
        }
        continue;
      }
    }
    // "carrying out public executions" performs them: no law carries a penalty here; "carrying out harsher punishments" is
    // one of the penalty verbs that end in the particle
    const asLaw = lawVerb !== undefined && !cues.penaltyVerbParticles.has(keys[i + lawVerb.length] ?? '') ? lawVerb : undefined;
    const verb = asLaw ?? phraseAt(keys, i, cues.penaltyVerbs);
    if (!verb) continue;
    const trigger = asLaw ? LAW_VERB_TRIGGER : PENALTY_VERB_TRIGGER;
    const last = i + verb.length - 1;
    if (cues.penaltyVerbParticles.has(keys[last + 1] ?? '')) continue;
    // a verb that ends in its particle ("carrying out", "meting out") performs penalties: its object is a penalty noun; a
    // PENALTY after it is the trigger's own ("carrying out public executions")
    const performs = cues.penaltyVerbParticles.has(verb[verb.length - 1]!);
    const reach = words[Math.min(words.length - 1, last + PENALTY_VERB_REACH)]!.end;
    if (!performs && penalties.some((e) => e.end > words[i]!.start && e.start <= reach)) {
      out.push({ trigger, first: i, last });
      i = last;
      continue;
    }
    for (let j = last + 1; j <= Math.min(words.length - 1, last + PENALTY_NOUN_REACH); j++) {
      // "punishment-free" is a modifier, not the penalty
      if (covered[j] || !cues.penaltyNouns.has(keys[j]!) || HYPHEN_AFTER.test(text.slice(words[j]!.end, words[j]!.end + 1))) continue;
      out.push({ trigger, first: j, last: j, predicate: i });
      i = j;
      break;
    }
  }
  return out;
}

/** How many words after an escalation verb its control noun may end ("stepped up its border surveillance"). */
const ESCALATION_REACH = 4;

const ESCALATION_TRIGGER = codeTrigger('crackdown-by-escalation', 'crackdown');

/**
 * A verb of escalation of rules/event-words.yaml (stepping up, tightened, toughened up...) is a
 * crackdown trigger, spanning the verb to its object, only where a noun of control
 * (surveillance, restrictions, checks...) follows within a few words: "stepping up surveillance",
 * "tightening restrictions on phones", "toughened up checks of the narcotics trade"; "stepped up
 * production" and "tightened the bolts" are none. Words already in a trigger are skipped.
 */
function escalationTriggers(keys: readonly string[], words: readonly MatchWord[], taken: readonly TriggerMatch[], cues: Cues): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const covered = new Uint8Array(words.length);
  for (const m of taken) covered.fill(1, m.first, m.last + 1);
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.boilerplate || covered[i]) continue;
    const verb = phraseAt(keys, i, cues.escalationVerbs);
    if (!verb) continue;
    const verbEnd = i + verb.length;
    for (let j = verbEnd; j < Math.min(words.length, verbEnd + ESCALATION_REACH); j++) {
      if (covered[j]) break;
      const noun = phraseAt(keys, j, cues.controlNouns);
      if (!noun) continue;
      out.push({ trigger: ESCALATION_TRIGGER, first: i, last: j + noun.length - 1 });
      i = j + noun.length - 1;
      break;
    }
  }
  return out;
}

/** The value an argument carries: a date's TIMEX3 value, an offence id, else the canonical name. */
function valueOf(e: Entity): string {
  if (e.type === 'DATE') return e.norm.value;
  if (e.type === 'CRIME') return e.norm.offence;
  return e.canonical;
}

const argument = (e: Entity | undefined, fromContext = false): EventArgument | null => (e ? { entity: e.id, value: valueOf(e), fromContext } : null);

/** The count of persons stated nearest the trigger: "three women", "dozens of residents". */
/** How many words before a bare plural subject a determiner or count may stand and make it a definite set ("the three young women"). */
const SUBJECT_MODIFIER_REACH = 3;

/**
 * A habitual present passive with a bare plural subject: a kind of event, not one occurrence (ACE's
 * generic). The subject is a plural person noun before the auxiliary ("defectors are sent to", "smugglers
 * are being shot") or the plural event noun of the trigger itself ("public executions have been carried
 * out"); no determiner or count may stand before it ("the defectors are sent", "three men are tried").
 */
function habitualPassive(keys: readonly string[], m: TriggerMatch, cues: Cues): boolean {
  const bare = (subject: number) =>
    keys.slice(Math.max(0, subject - SUBJECT_MODIFIER_REACH), subject).every((k) => !cues.specificDeterminers.has(k) && parseNumber(k) === null);
  const personSubject = cues.habitualAuxiliaries.some((aux) => {
    const subject = m.first - aux.length - 1;
    return subject >= 0 && aux.every((k, j) => keys[subject + 1 + j] === k) && cues.personNouns.has(keys[subject]!) && bare(subject);
  });
  const eventNounSubject = keys[m.last]!.endsWith('s') && bare(m.first) && cues.habitualNounAuxiliaries.some((aux) => aux.every((k, j) => keys[m.last + 1 + j] === k));
  return personSubject || eventNounSubject;
}

/**
 * A habitual present with a bare plural object: "the North Korean government executes people for offenses like treason",
 * "North Korea is executing people who distribute drugs" (a headline's present tells one event: "North Korea executes 80").
 */
function habitualActive(keys: readonly string[], m: TriggerMatch, cues: Cues): boolean {
  const verb = keys[m.last]!;
  if (!(verb.endsWith('es') || verb.endsWith('ing')) || m.trigger.subtype === 'crackdown') return false;
  const object = keys[m.last + 1] ?? '';
  return (cues.personNouns.has(object) && object.endsWith('s')) || object === 'people';
}

/** One more group of a list of places ("and nine others in Kunming"): its place and its count. */
interface ListedGroup {
  place: Entity;
  count: NonNullable<Event['count']>;
}

/**
 * The groups a clause lists after the event's place, each with a count and its own place: "20
 * defectors were arrested in Qingdao, Shandong Province, and nine others in Kunming", "detained
 * five defectors near Beijing, seven in Shenyang and around 10 in Yanji and Dandong". Each group is
 * one event of the guideline's (one per place); the walk stops at the first word that continues no
 * group, and at a group in several places ("10 in Yanji and Dandong"), which has no place of its own
 * and would merge into the first group as a coreferent mention.
 */
function listedGroups(text: string, words: readonly MatchWord[], keys: readonly string[], entities: readonly Entity[], place: Extract<Entity, { type: 'PLACE' }>, cues: Cues): ListedGroup[] {
  const places = entities.filter((e): e is Extract<Entity, { type: 'PLACE' }> => e.type === 'PLACE');
  const placeAt = (i: number) => places.find((e) => firstWordFrom(words, e.start) === i);
  const lastWord = (e: Entity) => firstWordFrom(words, e.end - 1);
  // "Qingdao, Shandong Province": a place's province or country after a comma belongs to it
  const withRegion = (e: Extract<Entity, { type: 'PLACE' }>) => {
    const region = placeAt(lastWord(e) + 1);
    return region !== undefined && contains(region, e) && text.slice(e.end, region.start).trim() === ',' ? lastWord(region) : lastWord(e);
  };
  const groups: ListedGroup[] = [];
  let at = withRegion(place) + 1;
  for (;;) {
    let i = at;
    if (text.slice(words[i - 1]!.end, words[i]?.start ?? text.length).trim() !== ',' && keys[i] !== 'and') break;
    if (keys[i] === 'and') i++;
    while (i < keys.length && hasPhrase(keys, i, i + 1, cues.countHedges)) i += phraseAt(keys, i, cues.countHedges)!.length;
    const n = parseNumber(keys[i] ?? '');
    if (n === null || !Number.isInteger(n)) break;
    i++;
    if (cues.personNouns.has(keys[i] ?? '')) i++;
    if (!cues.listedPlaceLinks.has(keys[i] ?? '')) break;
    const place = placeAt(keys[i + 1] === 'the' ? i + 2 : i + 1);
    if (place === undefined || (keys[withRegion(place) + 1] === 'and' && placeAt(withRegion(place) + 2) !== undefined)) break;
    groups.push({ place, count: { min: n, max: n } });
    at = withRegion(place) + 1;
  }
  return groups;
}

function countOf(keys: readonly string[], at: number, personNouns: ReadonlySet<string>): Event['count'] {
  let best: { distance: number; count: NonNullable<Event['count']> } | null = null;
  // a person noun after the word, tested first: it is rarer than a word that parses as a number
  const nounFollows = (i: number) => {
    for (let j = i + 1; j < Math.min(keys.length, i + 2 + COUNT_GAP); j++) if (personNouns.has(keys[j]!)) return true;
    return false;
  };
  for (let i = Math.max(0, at - ARGUMENT_REACH); i < Math.min(keys.length, at + ARGUMENT_REACH); i++) {
    if (!nounFollows(i)) continue;
    const vague = VAGUE_COUNTS.get(keys[i]!);
    const n = vague === undefined ? parseNumber(keys[i]!) : null;
    if (vague === undefined && (n === null || !Number.isInteger(n))) continue;
    const distance = Math.abs(i - at);
    const count = vague === undefined ? { min: n!, max: n! } : { min: vague, max: null };
    if (!best || distance < best.distance) best = { distance, count };
  }
  return best?.count ?? null;
}

function tenseOf(keys: readonly string[], m: TriggerMatch, cues: Cues): Event['tense'] {
  const from = m.first - CUE_WINDOW;
  if (hasPhrase(keys, from, m.first, cues.future)) return 'future';
  if (hasPhrase(keys, from, m.first, cues.past) || keys[m.last]!.endsWith('ed')) return 'past';
  return 'unspecified';
}

function penaltyStatus(event: Event, requested: boolean): PenaltyStatus | null {
  if (event.polarity === 'negative') return null;
  if (event.genericity === 'generic') return 'generic';
  if (requested) return 'requested';
  return event.modality === 'other' ? 'possible' : 'imposed';
}

export function events(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  const out: Event[] = [];
  if (rules.eventTriggers.length === 0) {
    doc.events = out;
    return doc;
  }
  const { index, cues } = prepare(rules);
  const headlines = headlineSentences(doc);
  const bySentence = new Map<number, MatchWord[]>();
  for (const w of doc.words) {
    const list = bySentence.get(w.sentence);
    if (list) list.push(w);
    else bySentence.set(w.sentence, [w]);
  }
  const entitiesOf = new Map<number, Entity[]>();
  for (const e of doc.entities) {
    const list = entitiesOf.get(e.sentence);
    if (list) list.push(e);
    else entitiesOf.set(e.sentence, [e]);
  }

  for (const [sentence, words] of bySentence) {
    const keys = words.map((w) => w.key);
    const entities = entitiesOf.get(sentence) ?? [];
    const saying = phraseCounts(keys, cues.saying);
    // "threats of punishment for those caught", "anyone caught watching videos will be sentenced": the trigger names
    // the class of persons a statement is about, not an event of its own
    const namesClass = (m: TriggerMatch, found: readonly TriggerMatch[]) => cues.classHeads.some((p) => p.every((k, j) => keys[m.first - p.length + j] === k)) || targetsClass(m, found);
    // "harsh punishments for residents caught smuggling", "public executions of individuals caught distributing": a
    // participle after the person noun a penalty is for names whom it targets, not an arrest of its own
    const targetsClass = (m: TriggerMatch, found: readonly TriggerMatch[]) => m.first >= 3 && cues.personNouns.has(keys[m.first - 1]!) && CLASS_PREPOSITIONS.has(keys[m.first - 2]!)
      && (cues.penaltyNouns.has(keys[m.first - 3]!) || found.some((o) => o.last === m.first - 3));
    // "shot dead while attempting to escape": a killing at the border or in flight is no justice's execution (adjudication 3)
    const inFlight = (m: TriggerMatch) => m.trigger.subtype === 'execute' && m.trigger.keys.some((k) => cues.shootingWords.has(k)) && hasPhrase(keys, m.last + 1, Math.min(keys.length, m.last + 1 + FLIGHT_REACH), cues.flight);
    const found = findTriggers(doc.text, words, keys, index, entities.filter((e) => NAME_TYPES.has(e.type)));
    const matches = found.filter((m) => !ofPublication(doc.text, words, keys, m, cues, saying) && !namesClass(m, found) && !inFlight(m));
    matches.push(...penaltyVerbTriggers(doc.text, words, keys, matches, entities, cues));
    matches.push(...escalationTriggers(keys, words, matches, cues));
    for (const m of matches) if (m.trigger.subtype === 'seizure' && seizesPerson(doc.text, words, keys, m, cues)) m.trigger = SEIZED_PERSON_TRIGGER;
    matches.sort((a, b) => a.first - b.first);
    if (matches.length === 0) continue;
    const span = doc.sentences[sentence]!;
    const sentenceText = doc.text.slice(span.start, span.end);
    // a wire dateline ("SEOUL, Oct. 19 (UPI) --", "HYESAN, North Korea —") names where the story was filed, not where the event happened
    const dateline = DATELINE.exec(sentenceText);
    const datelineEnd = dateline === null ? -1 : span.start + dateline[0].length;
    // a cue right after an article modifies the adjective of a noun phrase ("a typically terse statement"), not the event
    const genericCues = keys.flatMap((_, i) => (hasPhrase(keys, i, i + 1, cues.generic) && !cues.articles.has(keys[i - 1] ?? '') ? [i] : []));
    const sentenceGeneric = genericCues.length > 0;
    // an adverb of habit after the trigger, past a comma, colon or dash, is another clause's ("was executed by firing squad,
    // on charges of listening to foreign radio regularly"); a class or a law's cue counts wherever it stands
    const genericFor = (m: TriggerMatch) => genericCues.some((i) => i <= m.last || !cues.habitualAdverbs.has(keys[i]!) || !/[,;:\u2014\u2013]/.test(doc.text.slice(words[m.last]!.end, words[i]!.start)));
    // a sentence that opens on a condition ("If you flee to China, you'll be caught") asserts none of the events of its first clause
    const conditional = cues.conditional.has(keys[0] ?? '');
    const sequence = phraseCounts(keys, cues.sequence);
    // a generic penalty of a law ("under Article 183 a person can be sentenced to one year", "shall be punished by"): its
    // "can" is the law's range, not the writer's doubt; a penalty faced ("those arrested could face ten years") stays other
    const ofLaw = (sentenceGeneric || matches.some((m) => m.trigger === LAW_VERB_TRIGGER)) && (entities.some((e) => e.type === 'LAW') || hasPhrase(keys, 0, keys.length, cues.lawNouns));
    // "arrested since November" dates the arrest; "16 drug busts since 2008" counts a series the date only bounds
    const counted = (m: TriggerMatch) => /^\d/.test(keys[m.first - 1] ?? '') || VAGUE_COUNTS.has(keys[m.first - 1] ?? '');
    const afterTrigger = new Set(matches.filter((m) => !counted(m)).map((m) => m.last + 1));
    const sentenceEvents: Event[] = [];
    const requestedOf = new Map<Event, boolean>();
    // the entities in sentence order with the index of their first word, to take each trigger's reach by binary search
    const ordered = entities.every((e, i) => i === 0 || entities[i - 1]!.start <= e.start) ? entities : [...entities].sort((a, b) => a.start - b.start);
    const entityWords = ordered.map((e) => firstWordFrom(words, e.start));
    const matchWords = matches.map((o) => o.first);
    // the words of a date ("May 3"), which no cue word is
    const inDate = new Uint8Array(words.length);
    for (const e of entities) if (e.type === 'DATE') for (let i = firstWordFrom(words, e.start); i < words.length && words[i]!.start < e.end; i++) inDate[i] = 1;
    // where each word's clause begins: the first word after the last clause break before it
    const clauseStart = new Uint32Array(words.length);
    for (let i = 1; i < words.length; i++) clauseStart[i] = CLAUSE_BREAK.test(doc.text.slice(words[i - 1]!.end, words[i]!.start)) ? i : clauseStart[i - 1]!;
    for (const m of matches) {
      const start = words[m.first]!.start;
      const end = words[m.last]!.end;
      // a trigger's arguments stand within its reach: a run-on sentence of thousands of words costs per trigger what a sentence does
      const inReach = ordered.slice(lowerBound(entityWords, m.first - ARGUMENT_REACH), lowerBound(entityWords, m.last + ARGUMENT_REACH + 1));
      const othersInReach = matches.slice(lowerBound(matchWords, m.first - ARGUMENT_REACH), lowerBound(matchWords, m.last + ARGUMENT_REACH + 1)).filter((o) => o !== m);
      // what a law provides is generic whatever the sentence's cues ("the act prescribes strong punishments")
      // a date makes a habitual form one occurrence ("smugglers are sent to the camp on Monday")
      const habitual = (habitualPassive(keys, m, cues) || (!headlines.has(sentence) && habitualActive(keys, m, cues))) && !inReach.some((e) => e.type === 'DATE');
      const byCue = genericFor(m) || m.trigger === LAW_VERB_TRIGGER;
      const generic = byCue || habitual;
      const nearest = (type: Entity['type'], accept: (e: Entity) => boolean = () => true) => {
        let best: Entity | undefined;
        let bestDistance = Infinity;
        for (const e of inReach) {
          if (e.type !== type || !accept(e)) continue;
          if ((type === 'PLACE' || type === 'DATE') && (e.end <= datelineEnd || acrossSaying(e))) continue;
          // "according to Human Rights Watch", "the Good Friends aid agency said": the source, not the agent
          if (type === 'ORG' && acrossSaying(e)) continue;
          if (type === 'PLACE' && (isSeat(e) || namesBorder(e) || withConjunct(e, beyondBorder) || withConjunct(e, ofMovement) || !linkedAfter(e) || !linked(e) || withConjunct(e, unlinked))) continue;
          if (type === 'DATE' && (isOtherDate(e) || isBound(e) || ofSequencePhrase(e))) continue;
          if (type === 'DATE' && nearerOtherTrigger(e)) continue;
          const d = distance(e, start, end);
          if (d < bestDistance) [best, bestDistance] = [e, d];
        }
        return best;
      };
      // a place, date, organization or person on the other side of a verb of saying, or just after one before the trigger, is the source's
      // ("a source in Musan told us on Monday that ...", "..., a source said on Monday")
      const acrossSaying = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        if (e.end <= start) {
          // "In North Korea, the JoongAng Daily reported that ...": a place opening the sentence frames what it tells
          if (e.type === 'PLACE' && first <= 1 && (first === 0 || keys[0] === 'in') && /^\s*,/.test(doc.text.slice(e.end, e.end + 2))) return false;
          // the nearest verb of saying decides; a quotation it opens before the entity holds what was said, not the source's
          // (The source said, “In February, 30 people were captured”)
          for (let j = m.first - 1; j >= Math.max(0, first - CUE_WINDOW); j--) if (anyIn(saying, j, j + 1)) return !OPENING_QUOTE.test(doc.text.slice(words[j]!.end, e.start));
          // "reported at a meeting ... held on February 28 that X was purged": between a verb of saying and the "that" of what
          // it reports, the report's place and date
          const last = firstWordFrom(words, e.end - 1);
          if (!keys.slice(last + 1, m.first).includes('that')) return false;
          return anyIn(saying, clauseStart[first]!, first);
        }
        if (e.start < end) return false;
        // after the trigger: a verb of saying between them, or a trailing attribution (", a source in Musan said"), its verb
        // within a few words of the entity: a clause's subject further from the verb acts ("to crack down on X, China
        // distributed guidelines to ..., a source told")
        if (anyIn(saying, m.last + 1, first)) return true;
        return anyIn(saying, first + 1, Math.min(keys.length, firstWordFrom(words, e.end - 1) + 1 + CUE_WINDOW)) && doc.text.slice(end, e.start).includes(',');
      };
      // "the report said that Kim illegally entered the North, where he was captured": a person after "said that" is what
      // was said, the subject of the reported clause, not the source
      const reported = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        return e.end <= start && keys[first - 1] === 'that' && anyIn(saying, first - 2, first - 1);
      };
      // "a trader from Chongjin", "a woman in her 50s from the Hyongjaesan District": a "from" after a person noun, or after
      // the age that follows one, names the home of the persons the event befalls
      const ofPersons = (from: number) => {
        const age = from >= 4 && keys[from - 3] === 'in' && AGE_POSSESSIVES.has(keys[from - 2]!) && /^\d0s$/.test(keys[from - 1]!);
        return cues.personNouns.has(keys[(age ? from - 3 : from) - 1] ?? '');
      };
      // a repatriation's place is its destination or handover point ("repatriated to Kilju from China", "the repatriation
      // took place in Tumen"): after the trigger in its clause, linked by a word of the entry's place_after, never the
      // origin after "from" nor the acting state before the trigger ("China repatriated")
      const linkedAfter = (e: Entity) => {
        if (m.trigger.placeAfter.size === 0) return true;
        // "handed over to North Korea" holds its destination
        if (e.start < end) return e.start >= start;
        if (CLAUSE_BREAK.test(doc.text.slice(end, e.start))) return false;
        const first = firstWordFrom(words, e.start);
        const link = keys[first - 1] === 'the' ? first - 2 : first - 1;
        if (first - m.last > DESTINATION_REACH || keys[link] === 'from') return false;
        // the last preposition or subordinator before the place links it ("repatriated to their homeland over the weekend as
        // South Korea ratcheted up pressure" is no repatriation to South Korea); "of" names the place of a noun ("the Chinese
        // cities of Tumen")
        for (let i = first - 1; i > m.last; i--) {
          if (keys[i] === 'of') continue;
          if (m.trigger.placeAfter.has(keys[i]!)) return true;
          if (PREPOSITIONS.has(keys[i]!) || SUBORDINATORS.has(keys[i]!)) return false;
        }
        return false;
      };
      // an execution's place is where it happened ("executed in Hyesan", "a public trial in the port city of Chongjin") or
      // the state that executes at home ("North Korea executed"): not a place of another verb of the sentence ("leaflets
      // floated from South Korea", "who had gone across to China", "the summit with the U.S.")
      const linked = (e: Entity) => {
        if (m.trigger.placeLinks.size === 0) return true;
        const first = firstWordFrom(words, e.start);
        const link = keys[first - 1] === 'the' ? first - 2 : first - 1;
        // "officials of North Korea were shot on charges of": after a person noun, "of" names whose officials they are
        if (m.trigger.placeLinks.has(keys[link] ?? '')) return !(keys[link] === 'of' && cues.personNouns.has(keys[link - 1] ?? ''));
        // "a woman from Hyesan was executed": the home of the persons the event befalls
        if (keys[link] === 'from' && ofPersons(link)) return true;
        // "Hoeryong, where two women were executed": the place a relative clause of the trigger is about
        const last = firstWordFrom(words, e.end - 1);
        if (e.end <= start && keys[last + 1] === 'where' && !keys.slice(last + 2, m.first).some((_, j) => CLAUSE_BREAK.test(doc.text.slice(words[last + 2 + j]!.end, words[last + 3 + j]?.start ?? start)))) return true;
        return subjectOf(e);
      };
      // "North Korea has charged two officials": the place right before the trigger as its subject, an auxiliary or an adverb between
      const subjectOf = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        const link = keys[first - 1] === 'the' ? first - 2 : first - 1;
        return e.end <= start && !PREPOSITIONS.has(keys[link] ?? '') && m.first - firstWordFrom(words, e.end - 1) <= SUBJECT_GAP + 1 && !CLAUSE_BREAK.test(doc.text.slice(e.end, start));
      };
      // "internally exiled 100 people from Pyongyang": where the persons are sent from, not where the penalty is served; and
      // for every event a place after "from" is an origin ("investigators sent from Pyongyang", "smuggled meth from North
      // Korea"), but after a person noun the home of the persons the event befalls ("police arrested a trader from Chongjin")
      const unlinked = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        const at = keys[first - 1] === 'the' ? first - 2 : first - 1;
        const link = keys[at] ?? '';
        return m.trigger.placeNotAfter.has(link) || (link === 'from' && !ofPersons(at)) || fromDescribed(first);
      };
      // "crimes involving foreign media from more prosperous and democratic South Korea": the words describing a place
      // after "from" leave it an origin
      const fromDescribed = (first: number) => {
        // "three movies from the puppet scoundrels (South Korea)": a place in brackets glosses the words before them
        const glossed = /\(\s*$/.test(doc.text.slice(words[first - 1]?.end ?? 0, words[first]!.start));
        for (let i = first - 1; i >= Math.max(0, first - 1 - DESCRIBED_ORIGIN_WORDS); i--) {
          if (!(glossed && i === first - 1) && CLAUSE_BREAK.test(doc.text.slice(words[i]!.end, words[i + 1]!.start))) return false;
          if (keys[i] === 'from') return i < first - 2 && !ofPersons(i);
          if (PREPOSITIONS.has(keys[i]!) || !/^[a-z]+$/.test(doc.text.slice(words[i]!.start, words[i]!.end))) return false;
        }
        return false;
      };
      // "North Korean leader Kim Jong Un", "dictator Kim Jong Il's death": the ruler who orders or is named, no one the event
      // befalls (a possessive is no cue: "the confiscation of Han's home" befalls Han)
      const ruler = (e: Entity) => {
        if (cues.rulers.has(e.canonical.toLowerCase().replace(/-/g, ' '))) return true;
        const first = firstWordFrom(words, e.start);
        return cues.rulerTitles.some((p) => p.length <= first && p.every((k, j) => keys[first - p.length + j] === k));
      };
      // "New York-based Human Rights Watch", "a Seoul-based source": the home of an organization or a source
      const isSeat = (e: Entity) => {
        const next = /^[-\u2010-\u2014 ]+([a-z]+)/i.exec(doc.text.slice(e.end, e.end + 20));
        if (next !== null && cues.seatWords.has(next[1]!.toLowerCase())) return true;
        // "Watching Sokor Films", "United States citizen Kenneth Bae": a place before a noun it qualifies
        const noun = /^ ([a-z]+)\b/i.exec(doc.text.slice(e.end, e.end + 20));
        if (noun !== null && cues.qualifiedNouns.has(noun[1]!.toLowerCase())) return true;
        // "an official from North Korea's Ministry of State Security", "under North Korea's penal code": after a preposition,
        // the country of an organization or a law names someone's post or the law applied; not the state's organ as the
        // subject ("North Korea's Ministry of State Security arrested") nor the site of the event ("tried at the North's
        // Supreme Court")
        const owner = /^['\u2019]s? /.exec(doc.text.slice(e.end, e.end + 3));
        if (owner === null || !inReach.some((o) => (o.type === 'ORG' || o.type === 'LAW') && o.start === e.end + owner[0].length)) return false;
        const first = firstWordFrom(words, e.start);
        const link = keys[keys[first - 1] === 'the' ? first - 2 : first - 1] ?? '';
        return PREPOSITIONS.has(link) && !SITE_LINKS.has(link);
      };
      // "were convicted ... after they were arrested in March", "executed Aug. 31 after a public trial": a date nearer to
      // another trigger of the sentence, with a word of sequence between the two, dates that event alone (one
      // happened after the other); "arrested since November amid a crackdown" shares it
      const distance = (e: Entity, from: number, to: number) => (e.end <= from ? from - e.end : e.start >= to ? e.start - to : 0);
      const nearerOtherTrigger = (e: Entity) => {
        const [first, last] = [firstWordFrom(words, e.start), firstWordFrom(words, e.end - 1)];
        // the word of sequence stands between the date and this trigger: "executed at Hyesan airport in 2014 after being
        // charged" dates the execution, the charge comes after the word
        const apart = e.end <= start ? anyIn(sequence, last + 1, m.first) : anyIn(sequence, m.last + 1, first);
        return apart && othersInReach.some((o) => distance(e, words[o.first]!.start, words[o.last]!.end) < distance(e, start, end) &&
          anyIn(sequence, Math.min(o.last, m.last) + 1, Math.max(o.first, m.first)));
      };
      // "a crackdown on the border area with China", "escaping across the border to China": the country on the other
      // side of a border, not where the event happened
      const beyondBorder = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        const link = keys[first - 1] === 'the' ? first - 2 : first - 1;
        if (!cues.borderLinks.has(keys[link] ?? '')) return false;
        return keys.slice(Math.max(0, link - BORDER_REACH), link).some((k) => cues.borderWords.has(k));
      };
      // "in the North Korea-China border area", "the China-North Korea border region": a pair of states joined by a hyphen
      // names a border, not where the event happened
      const namesBorder = (e: Entity) => {
        const pairedAfter = HYPHEN.test(doc.text.charAt(e.end)) ? inReach.find((p) => p.type === 'PLACE' && p.start === e.end + 1) : undefined;
        const pairedBefore = HYPHEN.test(doc.text.charAt(e.start - 1)) ? inReach.find((p) => p.type === 'PLACE' && p.end === e.start - 1) : undefined;
        if (pairedAfter === undefined && pairedBefore === undefined) return false;
        const next = /^\s+([a-z]+)/i.exec(doc.text.slice((pairedAfter ?? e).end, (pairedAfter ?? e).end + 20));
        return next !== null && cues.borderWords.has(next[1]!.toLowerCase());
      };
      // "attempting to travel to South Korea", "relatives who defected to the South", "phones made in China": where
      // someone went or a thing came from, the place of a verb of movement, not the event's
      const ofMovement = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        const end = keys[first - 1] === 'the' ? first - 1 : first;
        return cues.movement.some((p) => p.length <= end && p.every((k, j) => keys[end - p.length + j] === k));
      };
      // "the border between China and North Korea", "provinces bordering Russia and China": a place coordinated with one
      // the rule sets aside shares its link
      const withConjunct = (e: Entity, rule: (p: Entity) => boolean): boolean => {
        if (rule(e)) return true;
        // a list: "and", "or" or a comma between the two, "the" before the later ("South Korea, the U.S., and Japan")
        const before = inReach.find((p) => p.type === 'PLACE' && p.end <= e.start && CONJUNCT_GAP.test(doc.text.slice(p.end, e.start)));
        return before !== undefined && withConjunct(before, rule);
      };
      // "executions had declined since 2000", "the law adopted in 2020": the date another verb's state began or a law
      // was made, not the event's; a cue right after a trigger dates that event ("arrested since November")
      const isOtherDate = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        if (published(first)) return true;
        return cues.otherDate.some((p) => {
          for (let i = Math.max(0, first - OTHER_DATE_REACH - p.length + 1); i + p.length <= first; i++) {
            if (!afterTrigger.has(i) && p.every((k, j) => keys[i + j] === k)) return true;
          }
          return false;
        });
      };
      // "a report issued in 2013", "the 2024 North Korean Human Rights Report released on Thursday": the date a publication
      // came out, a verb of publishing between them
      const published = (first: number) => {
        const on = first - 1;
        if (keys[on] !== 'on' && keys[on] !== 'in') return false;
        const verb = on - 1;
        if (!cues.publishing.has(keys[verb] ?? '')) return false;
        for (let i = verb - 1; i >= Math.max(0, verb - PUBLISHED_SUBJECT_REACH); i--) {
          if (CLAUSE_BREAK.test(doc.text.slice(words[i]!.end, words[i + 1]!.start))) return false;
          if (cues.publications.has(keys[i]!)) return true;
        }
        return false;
      };
      // "a 2021 report", "the 2024 North Korean Human Rights Report", "under a 2020 law", "the 2020 Reactionary Ideology Law":
      // a year before a publication or a law, the words of its title between, dates the document, not the event
      const namesDocument = (next: number) => {
        for (let i = next; i < Math.min(keys.length, next + DOCUMENT_TITLE_WORDS + 1); i++) {
          if (cues.publications.has(keys[i]!) || hasPhrase(keys, i, i + 1, cues.lawNouns) || inReach.some((o) => o.type === 'LAW' && firstWordFrom(words, o.start) === i)) return true;
          if (!/^[A-Z]/.test(doc.text.slice(words[i]!.start, words[i]!.end))) return false;
        }
        return false;
      };
      // "executed at least 27 times by 2018", "detained from 2009 to 2019": a date that bounds a period, not the event's date
      // ("between July 15 and July 17": the date coordinated with a bound one bounds it too); "a 2021 report": a publication's date
      const isBound = (e: Entity): boolean => {
        const first = firstWordFrom(words, e.start);
        if (namesDocument(firstWordFrom(words, e.end - 1) + 1)) return true;
        if (cues.dateBounds.some((p) => p.length <= first && p.every((k, j) => keys[first - p.length + j] === k))) return true;
        // "from 2009 to 2019": a date that a bound follows starts the period
        const next = firstWordFrom(words, e.end - 1) + 1;
        const bound = phraseAt(keys, next, cues.dateBounds);
        if (bound !== undefined && inReach.some((d) => d.type === 'DATE' && firstWordFrom(words, d.start) === next + bound.length)) return true;
        if (!COORDINATORS.has(keys[first - 1] ?? '')) return false;
        const before = inReach.find((d) => d.type === 'DATE' && d.end <= words[first - 1]!.start && firstWordFrom(words, d.end - 1) === first - 2);
        return before !== undefined && isBound(before);
      };
      // "strengthened border security after dictator Kim Jong Il's death in December", "After his arrest in March, he was
      // executed": a date in the phrase a word of sequence opens dates what that phrase tells, not a trigger outside it
      const ofSequencePhrase = (e: Entity) => {
        const first = firstWordFrom(words, e.start);
        for (let s = first - 1; s >= Math.max(0, first - SEQUENCE_DATE_REACH); s--) {
          if (CLAUSE_BREAK.test(doc.text.slice(words[s]!.end, words[s + 1]!.start))) return false;
          if (anyIn(sequence, s, s + 1)) return !(m.first > s && m.first < first);
        }
        return false;
      };
      // the most specific place the sentence gives: "Hyesan, Ryanggang Province", "the North executed a manager in
      // South Pyongan Province" take the place inside the nearest one
      const mostSpecific = (p: Entity | undefined): Entity | undefined => {
        if (p?.type !== 'PLACE') return p;
        // not across a word of sequence: "arrested in North Hamgyong province after attempting to smuggle meth to Hoeryong"
        const apart = (q: Entity) => {
          const [a, b] = [firstWordFrom(words, p.start), firstWordFrom(words, q.start)];
          return anyIn(sequence, Math.min(a, b), Math.max(a, b));
        };
        const inner = nearest('PLACE', (q) => q.type === 'PLACE' && contains(p, q) && !apart(q));
        // a country's province may itself hold a city of the sentence ("Hyesan, Ryanggang Province in northern North Korea")
        return inner === undefined ? p : mostSpecific(inner);
      };
      // "arrested in Hyesan and Musan": two places of the same rank joined by a coordinator give no one place of the
      // event, only one holding both does ("in Hyesan and Musan, Ryanggang Province"); docs/annotation.md, adjudication 3
      const sameRankConjunct = (p: Extract<Entity, { type: 'PLACE' }>): Extract<Entity, { type: 'PLACE' }> | undefined => {
        const first = firstWordFrom(words, p.start);
        const last = firstWordFrom(words, p.end - 1);
        const joined = (q: Entity): q is Extract<Entity, { type: 'PLACE' }> => {
          if (q.type !== 'PLACE' || q.norm.level === null || q.norm.level !== p.norm.level || q.canonical === p.canonical) return false;
          const [qFirst, qLast] = [firstWordFrom(words, q.start), firstWordFrom(words, q.end - 1)];
          return (qLast === first - 2 && COORDINATORS.has(keys[first - 1] ?? '')) || (qFirst === last + 2 && COORDINATORS.has(keys[last + 1] ?? ''))
            || ((qLast === first - 1 || qFirst === last + 1) && /^\s*,\s*$/.test(doc.text.slice(Math.min(p.end, q.end), Math.max(p.start, q.start))));
        };
        return inReach.find(joined);
      };
      const placeOf = (p: Entity | undefined): Entity | undefined => {
        if (p?.type !== 'PLACE') return p;
        const other = sameRankConjunct(p);
        if (other === undefined) return p;
        return nearest('PLACE', (q) => q.type === 'PLACE' && contains(q, p) && contains(q, other));
      };
      // "North Korea has resumed frequent public executions": a generic event keeps the country that acts as its subject
      // (annotation.md: a state acting at home gives its country), not a country of a law or a warning ("punishable by
      // death in North Korea")
      const stateSubject = () => {
        const p = nearest('PLACE');
        if (p?.type !== 'PLACE' || p.norm.level !== 'country' || p.end > start) return false;
        const [first, last] = [firstWordFrom(words, p.start), firstWordFrom(words, p.end - 1)];
        return !PREPOSITIONS.has(keys[first - 1] ?? '') && m.first - last <= STATE_SUBJECT_GAP + 1 && !CLAUSE_BREAK.test(doc.text.slice(p.end, start));
      };
      const before = (m.predicate ?? m.first) - CUE_WINDOW;
      // "smugglers caught with 5 kg of meth" are drug dealers: the offence of the drug trade, as "drug smuggling" is
      const crimeArgument = (crime: Entity | undefined, drug: Entity | undefined): EventArgument | null => {
        const a = argument(crime);
        return a && drug && cues.drugTradeOffences.has(a.value) ? { ...a, value: DRUG_TRADE } : a;
      };
      // a modal reaches the verbs coordinated after it in its clause ("could be killed on the spot or publicly executed",
      // "will ensure you are caught and repatriated"), not a noun after a preposition ("will be warned ahead of the crackdown")
      const modalCues = ofLaw && m.trigger.subtype === 'sentence' ? cues.lawModality : cues.modality;
      // "will typically use executions", "would usually be sent": a modal before an adverb of habit states a habit, not a possibility
      const modalAt = (i: number) => {
        const cue = phraseAt(keys, i, modalCues);
        // "On May 3": a word of a date is no modal
        return cue !== undefined && !cues.habitualAdverbs.has(keys[i + cue.length] ?? '') && !inDate[i];
      };
      const modalBetween = (from: number, to: number) => {
        for (let i = Math.max(0, from); i < to; i++) if (modalAt(i)) return true;
        return false;
      };
      const coordinatedModal = () => {
        let from = m.first;
        while (from > 0 && m.first - from < MODAL_CLAUSE_REACH && !CLAUSE_BREAK.test(doc.text.slice(words[from - 1]!.end, words[from]!.start))) from--;
        if (from >= before) return false;
        const cueAt = keys.slice(from, before).findIndex((_, j) => modalAt(from + j));
        return cueAt !== -1 && keys.slice(from + cueAt, m.first).some((k) => COORDINATORS.has(k));
      };
      // a negation of another clause ("who was not identified, was arrested") does not deny the event
      const negated = () => {
        let from = m.first;
        while (from > Math.max(0, before) && !CLAUSE_BREAK.test(doc.text.slice(words[from - 1]!.end, words[from]!.start))) from--;
        // the negated verb is the trigger or its auxiliary: "did not go to the September execution" denies the going
        for (let i = Math.max(0, from); i < m.first; i++) {
          const cue = phraseAt(keys, i, cues.negation);
          if (cue !== undefined && m.first - (i + cue.length) <= NEGATION_GAP) return true;
        }
        return false;
      };
      // a penalty asked for ("sought the death penalty") is not one handed down
      const requested = hasPhrase(keys, before, m.last + 1, cues.requested);

      const event: Event = {
        id: `v${out.length + 1}`,
        subtype: m.trigger.subtype,
        trigger: doc.text.slice(start, end),
        start,
        end,
        sentence,
        evidence: evidenceOf(doc.text, span.start, span.end, start, end),
        arguments: {
          // the press, aid groups and international bodies report and protest; the state's organs arrest, try and execute
          agent: argument(nearest('ORG', (e) => e.type === 'ORG' && cues.agentKinds.has(e.norm.kind ?? ''))),
          // "according to Jang Se-yul", "..., Choi told reporters": the source is no participant
          persons: inReach.filter((e) => e.type === 'PERSON' && (!acrossSaying(e) || reported(e)) && !ruler(e)).map((e) => argument(e)!),
          crime: crimeArgument(nearest('CRIME'), nearest('DRUG')),
          // an arrest holds, a seizure confiscates: another kind of penalty is another event's ("arrested and sent to a camp")
          sentence: PENALTYLESS_SUBTYPES.has(m.trigger.subtype) ? null : argument(nearest('PENALTY', (e) => e.type === 'PENALTY' && (m.trigger.penaltyKinds.size === 0 || m.trigger.penaltyKinds.has(e.norm.kind)))),
          law: argument(nearest('LAW')),
          // a generic event (what a law provides, what happens as a rule) is no one occurrence: it has no place or time of its own
          // a habitual form keeps the place of its own sentence, which bounds it ("inside North Korea, where citizens are
          // detained"); a cue-generic event does not (measured: a law's "in North Korea" is mostly no place of the gold's), unless the
          // country is its subject
          // a charge's clause places the offence ("on charges of drug trafficking in Dandong"), not the charge; the state that
          // charges is its place ("North Korea has charged two officials")
          place: byCue && !stateSubject() ? null : argument(placeOf(mostSpecific(nearest('PLACE', (e) => !UNPLACED_SUBTYPES.has(m.trigger.subtype) || subjectOf(e))))),
          // "arrested this past March on charges of spying": the date is the arrest's; a charge phrase takes none
          time: generic || m.trigger.undated ? null : argument(nearest('DATE')),
          money: argument(nearest('MONEY')),
          drug: argument(nearest('DRUG')),
          quantity: argument(nearest('QUANTITY')),
        },
        count: countOf(keys, m.first, cues.personNouns),
        // the words of a trigger of rules/events.yaml are no cue of its own modality ("face charges of" states a charge
        // brought); a light verb this stage takes as a trigger is ("face ten years")
        modality: (conditional && !doc.text.slice(span.start, start).includes(';')) || modalBetween(before, m.trigger.keys.length > 0 ? m.first : m.first + 1) || requested || coordinatedModal() ? 'other' : 'asserted',
        polarity: negated() ? 'negative' : 'positive',
        genericity: generic ? 'generic' : 'specific',
        tense: tenseOf(keys, m, cues),
        rule: m.trigger.rule,
      };
      // "Her husband had good connections, so she was released": a subject pronoun right before the trigger stands for the
      // person last named in the sentences before
      if (event.arguments.persons.length === 0 && keys.slice(Math.max(0, m.first - PRONOUN_REACH), m.first).some((k) => cues.subjectPronouns.has(k))) {
        const named: Entity[] = [];
        for (let s = sentence - PRONOUN_SENTENCES; s < sentence; s++) {
          for (const e of entitiesOf.get(s) ?? []) if (e.type === 'PERSON' && !cues.rulers.has(e.canonical.toLowerCase().replace(/-/g, ' '))) named.push(e);
        }
        const antecedent = named[named.length - 1];
        if (antecedent) event.arguments.persons = [argument(antecedent, true)!];
      }
      out.push(event);
      sentenceEvents.push(event);
      requestedOf.set(event, requested);
      const listedFrom = event.arguments.place === null ? undefined : inReach.find((e): e is Extract<Entity, { type: 'PLACE' }> => e.type === 'PLACE' && e.id === event.arguments.place!.entity);
      for (const group of listedFrom === undefined ? [] : listedGroups(doc.text, words, keys, inReach, listedFrom, cues)) {
        const listed: Event = { ...event, id: `v${out.length + 1}`, arguments: { ...event.arguments, persons: [...event.arguments.persons], place: argument(group.place) }, count: group.count };
        out.push(listed);
        sentenceEvents.push(listed);
        requestedOf.set(listed, requested);
      }
    }
    // each penalty takes its status from the nearest event that deals in penalties, else the nearest event
    const penaltyEvents = sentenceEvents.filter((v) => PENALTY_SUBTYPES.has(v.subtype));
    const deciders = penaltyEvents.length > 0 ? penaltyEvents : sentenceEvents;
    const deciderStarts = deciders.map((v) => v.start);
    for (const p of entities) {
      if (p.type !== 'PENALTY') continue;
      const decider = nearestEvent(deciders, deciderStarts, p.start);
      p.norm.status = penaltyStatus(decider, requestedOf.get(decider)!);
    }
  }
  // one event per reported event, not per mention: the coreferent mentions merged
  doc.events = mergeCoreferentEvents(out, doc.entities, doc.text, cues.anaphora, headlines);
  fillCrimeFromArticle(doc.events, doc.entities, cues.drugTradeOffences);
  fillDeathPenalty(doc.events, doc.entities);
  return doc;
}

/** The event whose trigger starts nearest to `offset` (the earlier on a tie), from events in the order of their starts. */
function nearestEvent(events: readonly Event[], starts: readonly number[], offset: number): Event {
  const at = lowerBound(starts, offset);
  if (at === 0) return events[0]!;
  const before = events[lowerBound(starts, starts[at - 1]!)]!;
  return at === events.length || offset - before.start <= events[at]!.start - offset ? before : events[at]!;
}

/** The sentences that repeat the article's title. */
function headlineSentences(doc: WorkingDoc): Set<number> {
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const title = doc.title === null ? '' : flat(doc.title);
  const out = new Set<number>();
  if (title === '') return out;
  doc.sentences.forEach((s, i) => {
    if (flat(doc.text.slice(s.start, s.end)) === title) out.add(i);
  });
  return out;
}

/**
 * An execution whose sentence names no penalty ("firing squads executing alleged traffickers")
 * takes the article's death penalty, when the article names one: the guideline gives an
 * `execute` event the death penalty mention when there is one, and an execution is one.
 */
function fillDeathPenalty(events: Event[], entities: readonly Entity[]): void {
  const death = entities.find((e) => e.type === 'PENALTY' && e.norm.kind === 'death_penalty');
  if (!death) return;
  for (const v of events) if (v.subtype === 'execute' && v.arguments.sentence === null) v.arguments.sentence = argument(death, true);
}

/**
 * The article's dominant offence: the CRIME of the offence named in more than half of the
 * article's CRIME mentions, and at least twice ("smugglers ... smuggling ... the smuggler"); its
 * first mention stands for it. Undefined when no offence dominates (the guideline leaves the
 * crime null when the text names several without one dominant).
 */
function dominantOffence(entities: readonly Entity[]): Entity | undefined {
  const crimes = entities.filter((e) => e.type === 'CRIME');
  const counts = new Map<string, number>();
  for (const c of crimes) counts.set(c.norm.offence, (counts.get(c.norm.offence) ?? 0) + 1);
  for (const [offence, n] of counts) {
    if (n >= DOMINANT_MIN_MENTIONS && n * 2 > crimes.length) return crimes.find((c) => c.norm.offence === offence);
  }
  return undefined;
}

/**
 * An event whose sentence, and whose coreferent mentions, name no offence is about the
 * article's dominant offence, when one dominates: reporting names the offence once or twice
 * ("arrested for smuggling") and then tells the arrest, the trial and the execution without it.
 * The neighbouring sentence's offence was tried and lost precision on the development set.
 */
function fillCrimeFromArticle(events: Event[], entities: readonly Entity[], drugTradeOffences: ReadonlySet<string>): void {
  const dominant = dominantOffence(entities);
  if (!dominant) return;
  for (const v of events) {
    if (v.arguments.crime !== null || v.genericity === 'generic') continue;
    const crime = argument(dominant, true)!;
    v.arguments.crime = v.arguments.drug !== null && drugTradeOffences.has(crime.value) ? { ...crime, value: DRUG_TRADE } : crime;
  }
}
