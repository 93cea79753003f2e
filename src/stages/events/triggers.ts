/**
 * The triggers of one sentence: the phrases of rules/events.yaml, less those that are no event
 * (a document released, a class of persons, a shooting in flight), then the triggers this stage
 * makes from word lists (a penalty verb with its penalty, an escalation verb with its object).
 */
import type { EventTrigger } from '../../rules/compile.js';
import type { Entity, EventSubtype } from '../../types.js';
import type { Cues, TriggerIndex } from './cues.js';
import { CLAUSE_BREAK, firstWordFrom, hasPhrase, phraseAt, type SentenceWords } from './words.js';

export interface TriggerMatch {
  trigger: EventTrigger;
  /** word indexes within the sentence */
  first: number;
  last: number;
  /** where the cue windows are measured from, when not the trigger: the verb of a penalty noun ("speculating that they faced serious punishment") */
  predicate?: number;
}

/** A trigger a rule of this stage makes rather than one of rules/events.yaml: no words, and no entry's properties but its penalty kinds. */
function codeTrigger(rule: string, subtype: EventSubtype, penaltyKinds: readonly string[] = []): EventTrigger {
  return { rule, subtype, keys: [], tail: [], notBefore: new Set(), personsOnly: false, placeAfter: new Set(), placeLinks: new Set(), placeNotAfter: new Set(), penaltyKinds: new Set(penaltyKinds), undated: false };
}

/** A seizure trigger whose patient is a person: an arrest, with none of the seizure entry's properties and the arrest entry's penalty kinds (a seized person is held, not fined or executed). */
const SEIZED_PERSON_TRIGGER = codeTrigger('arrest-by-seizure-of-person', 'arrest-jail', ['detention', 'imprisonment']);

const PENALTY_VERB_TRIGGER = codeTrigger('sentence-by-penalty-verb', 'sentence');
/** A penalty a law provides ("the law prescribes the death penalty"): generic, whatever the sentence's cues. */
export const LAW_VERB_TRIGGER: EventTrigger = { ...PENALTY_VERB_TRIGGER, rule: 'sentence-by-law-verb' };

const ESCALATION_TRIGGER = codeTrigger('crackdown-by-escalation', 'crackdown');

/** Pronouns that stand for one or more persons and never for a thing, as a seizure's patient. */
const SEIZED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'who']);

/** Words that may follow an object pronoun "her" (a possessive "her" is followed by a noun or adjective instead). */
const OBJECT_FOLLOWERS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near', 'from', 'for', 'by', 'with', 'after', 'before', 'while', 'when', 'and', 'as', 'during', 'outside', 'inside']);

/** Pronouns that stand for persons: a subject of a trigger of persons that is no publication. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'who', 'i', 'we', 'you']);

/** The entity types whose names a trigger word inside is part of ("Amnesty International", "Anti-Execution Act"), not a trigger. */
const NAME_TYPES: ReadonlySet<Entity['type']> = new Set(['ORG', 'LAW', 'PERSON']);

/** The words between a sentence trigger and the execution it orders ("sentenced to death by firing squad", "to be executed"). */
const SENTENCED_TO_WORDS: ReadonlySet<string> = new Set(['to', 'death', 'by', 'a', 'be', 'public']);

/** How many words the object of a sentence trigger may have before its "to" ("sentenced the two men to"). */
const SENTENCED_OBJECT_WORDS = 4;

/** A count before a person noun: digits, or the words of large numbers ("two hundred people", "dozens of" is told by its "of"). */
const NUMBER_WORD = /^(?:\d[\d,.]*|dozen|hundred|hundreds|thousand|thousands|million|millions)$/;

/**
 * The subtypes whose participle after a bare class noun states a standing of the persons ("persons accused of crimes",
 * "people convicted of murder"); "persons caught in China" and "others forcibly returned" are reported events the gold counts.
 */
const STATUS_SUBTYPES: ReadonlySet<string> = new Set(['charge-indict', 'convict']);

/** The prepositions that make a person noun before a participle trigger the class a penalty is for ("punishments for residents caught"). */
const CLASS_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'against']);

/** How many words the gap of a trigger ("found ... guilty") may hold: an object ("the broker", "15 of them"). */
const GAP_WORDS = 4;

/** How many words before a trigger its subject may stand ("a report by Human Rights Watch (HRW) released"); how many after, its object ("released the report"). */
const SUBJECT_REACH = 6;
const OBJECT_REACH = 2;
/** How many words the title of a document released may hold, the document's noun included ("the 2024 North Korean Human Rights Report"). */
const TITLED_OBJECT_REACH = 7;
/** A word of a title: capitalised, or a year. */
const TITLE_WORD = /^(?:[A-Z]|\d{4}$)/;

/** How many words after a shooting its flight may start ("shot dead while attempting to escape"). */
const FLIGHT_REACH = 6;

/** How many words after a penalty verb its penalty may start ("received five years", "was sent to a labor training camp"). */
const PENALTY_VERB_REACH = 6;

/** How many words after a penalty verb its penalty noun may stand ("stipulates strict punishment", "face severe punishments"). */
const PENALTY_NOUN_REACH = 3;
/** The determiners of a penalty noun that point back at a penalty the article has told ("received the sentences"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
const PENALTY_COMPLEMENTS: ReadonlySet<string> = new Set(['for', 'of']);

/** A hyphen right after a word: "punishment-free" is a modifier. */
const HYPHEN_AFTER = /^[-\u2010\u2011]/;

/** How many words after an escalation verb its control noun may end ("stepped up its border surveillance"). */
const ESCALATION_REACH = 4;

/**
 * The triggers of one sentence, left to right: the phrases of rules/events.yaml that are events,
 * then the penalty verbs and escalations on the words left, a seizure of a person made an arrest.
 */
export function sentenceTriggers(s: SentenceWords, entities: readonly Entity[], index: TriggerIndex, cues: Cues): TriggerMatch[] {
  const found = findTriggers(s, index, entities.filter((e) => NAME_TYPES.has(e.type)));
  const matches = found.filter((m) => !ofPublication(s, m, cues) && !namesClass(s.keys, m, found, cues) && !inFlight(s.keys, m, cues));
  matches.push(...penaltyVerbTriggers(s, matches, entities, cues));
  matches.push(...escalationTriggers(s, matches, cues));
  const governed = insideGovernedPenalty(s, matches, entities);
  for (const m of matches) if (penaltyOfSentence(s.keys, m, matches)) governed.add(m);
  if (governed.size > 0) matches.splice(0, matches.length, ...matches.filter((m) => !governed.has(m)));
  for (const m of matches) if (m.trigger.subtype === 'seizure' && seizesPerson(s, m, cues)) m.trigger = SEIZED_PERSON_TRIGGER;
  return matches.sort((a, b) => a.first - b.first);
}

/**
 * The triggers that lie inside a penalty a sentence trigger before them gives: words after the penalty's
 * head ("sentenced to six years behind bars", "faces up to seven years behind bars", "sentenced to seven
 * and six years behind bars, respectively") name where the term is served, no arrest of their own. A
 * trigger that starts its penalty ("jailed for life", "imprisoned") is the penalty's own event, and one
 * before any sentence trigger ("had been behind bars for six years when he was sentenced") is kept.
 */
export function insideGovernedPenalty({ words }: SentenceWords, matches: readonly TriggerMatch[], entities: readonly Entity[]): Set<TriggerMatch> {
  const out = new Set<TriggerMatch>();
  for (const e of entities) {
    if (e.type !== 'PENALTY') continue;
    const head = firstWordFrom(words, e.start);
    const inside = matches.filter((m) => m.trigger.subtype !== 'sentence' && m.first > head && words[m.first]!.start >= e.start && words[m.last]!.end <= e.end);
    if (inside.length > 0 && matches.some((o) => o.trigger.subtype === 'sentence' && o.last < head)) for (const m of inside) out.add(m);
  }
  return out;
}

/**
 * Where the closing words of a gapped trigger ("found ... guilty") end, when they follow the words
 * of its head (from `after`) within GAP_WORDS words of one clause; -1 when they do not.
 */
export function gapEnd({ text, words, keys }: SentenceWords, after: number, tail: readonly string[]): number {
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
export function findTriggers(s: SentenceWords, triggers: TriggerIndex, names: readonly Entity[] = []): TriggerMatch[] {
  const { words, keys } = s;
  const out: TriggerMatch[] = [];
  const inName = new Uint8Array(words.length);
  for (const e of names) for (let i = firstWordFrom(words, e.start); i < words.length && words[i]!.end <= e.end; i++) if (words[i]!.start >= e.start) inName[i] = 1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.boilerplate || inName[i]) continue;
    // the longest trigger at the word decides: its not_before blocks the shorter ones too ("charged with cracking down" is no "charged")
    let last = -1;
    const t = triggers.get(keys[i]!)?.find((tr) => {
      if (!tr.keys.every((k, j) => keys[i + j] === k)) return false;
      last = tr.tail.length === 0 ? i + tr.keys.length - 1 : gapEnd(s, i + tr.keys.length, tr.tail);
      return last !== -1;
    });
    if (!t || t.notBefore.has(keys[last + 1] ?? '')) continue;
    out.push({ trigger: t, first: i, last });
    i = last;
  }
  return out;
}

/**
 * Whether an execution trigger is the penalty a sentence trigger right before it gives ("sentenced to execution",
 * "sentenced to death by firing squad", "sentenced to be executed") or a law sets ("calls for execution of
 * violators"): the execution is ordered or threatened, not carried out. A light verb's penalty stays an execution as
 * well ("face a firing squad": the gold's execution).
 * Only the sentence's object and the words of SENTENCED_TO_WORDS may stand between ("sentenced to death and executed"
 * is both).
 */
export function penaltyOfSentence(keys: readonly string[], m: TriggerMatch, matches: readonly TriggerMatch[]): boolean {
  if (m.trigger.subtype !== 'execute') return false;
  return matches.some((o) => {
    if (o.trigger.subtype !== 'sentence' || o.last >= m.first) return false;
    // a law's verb sets the execution as its penalty ("the act calls for execution of violators")
    if (o.trigger.rule === LAW_VERB_TRIGGER.rule) return keys.slice(o.last + 1, m.first).every((k) => SENTENCED_TO_WORDS.has(k));
    // the sentence's object may stand before its "to" ("sentenced Ri Yong-ho to be executed")
    const to = keys.slice(o.last + 1, Math.min(m.first, o.last + 2 + SENTENCED_OBJECT_WORDS)).indexOf('to');
    return to !== -1 && keys.slice(o.last + 1 + to, m.first).every((k) => SENTENCED_TO_WORDS.has(k));
  });
}

/**
 * Whether a publication is the subject or object of a trigger of persons ("North Korea Human Rights Report
 * Released", "released it on the 30th", "who released the report"): a document released is no one freed.
 * A person noun, a pronoun of persons or a verb of saying between them ends the subject ("the report said
 * the prisoners were released").
 */
export function ofPublication({ text, words, keys }: SentenceWords, m: TriggerMatch, cues: Cues): boolean {
  if (!m.trigger.personsOnly) return false;
  for (let i = m.last + 1; i <= Math.min(keys.length - 1, m.last + OBJECT_REACH); i++) if (cues.publications.has(keys[i]!)) return true;
  // "released the 2024 North Korean Human Rights Report": a title in capitals, or a year, between the verb and the document
  for (let i = m.last + 1; i <= Math.min(keys.length - 1, m.last + TITLED_OBJECT_REACH); i++) {
    if (CLAUSE_BREAK.test(text.slice(words[i - 1]!.end, words[i]!.start))) break;
    if (cues.publications.has(keys[i]!)) return true;
    if (!TITLE_WORD.test(text.slice(words[i]!.start, words[i]!.end)) && !cues.articles.has(keys[i]!)) break;
  }
  for (let i = m.first - 1; i >= Math.max(0, m.first - SUBJECT_REACH); i--) {
    // a publication noun first: "reports" is also a verb of saying ("the 2022 Country Reports on Human Rights Practices released on Tuesday")
    if (cues.publications.has(keys[i]!)) return true;
    if (cues.personNouns.has(keys[i]!) || PERSON_PRONOUNS.has(keys[i]!) || phraseAt(keys, i, cues.saying) !== undefined) return false;
  }
  return false;
}

/**
 * Whether the trigger names the class of persons a statement is about, not an event of its own: right after a
 * class head ("threats of punishment for those caught", "anyone caught watching videos will be sentenced"), or a
 * participle after the person noun a penalty is for ("harsh punishments for residents caught smuggling", "public
 * executions of individuals caught distributing"), the penalty a noun of event-penalty-nouns or another trigger; or
 * a charge or conviction right after a bare noun of event-class-nouns ("included people accused of drug-related crimes",
 * "amnesty to persons convicted of crimes"; "200 people convicted of smuggling" is counted, an event).
 */
export function namesClass(keys: readonly string[], m: TriggerMatch, found: readonly TriggerMatch[], cues: Cues): boolean {
  if (cues.classHeads.some((p) => p.every((k, j) => keys[m.first - p.length + j] === k))) return true;
  if (STATUS_SUBTYPES.has(m.trigger.subtype) && m.first >= 1 && cues.classNouns.has(keys[m.first - 1]!) && !countedOrDetermined(keys[m.first - 2], cues)) return true;
  return m.first >= 3 && cues.personNouns.has(keys[m.first - 1]!) && CLASS_PREPOSITIONS.has(keys[m.first - 2]!)
    && (cues.penaltyNouns.has(keys[m.first - 3]!) || found.some((o) => o.last === m.first - 3));
}

/** Whether the word before a person noun makes its persons a definite or counted set ("the people", "70 people", "two hundred people"). */
function countedOrDetermined(before: string | undefined, cues: Cues): boolean {
  return before !== undefined && (cues.specificDeterminers.has(before) || NUMBER_WORD.test(before));
}

/** "shot dead while attempting to escape": a killing at the border or in flight is no justice's execution (adjudication 3). */
export function inFlight(keys: readonly string[], m: TriggerMatch, cues: Cues): boolean {
  return m.trigger.subtype === 'execute' && m.trigger.keys.some((k) => cues.shootingWords.has(k)) && hasPhrase(keys, m.last + 1, Math.min(keys.length, m.last + 1 + FLIGHT_REACH), cues.flight);
}

/**
 * Whether a seizure trigger seizes a person, which is an arrest: a person noun of
 * `event-person-nouns` or a pronoun of persons as the subject of its passive ("the woman being
 * seized by camp guards", "who was seized") or as its object, one word between at most ("guards
 * seized two defectors", "seized him"). "seized two kilograms of meth" stays a seizure.
 */
export function seizesPerson({ text, words, keys }: SentenceWords, m: TriggerMatch, cues: Cues): boolean {
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

/**
 * A light verb of rules/event-words.yaml (received, given, got, sent, dismissed, expelled, face)
 * is a sentence trigger only where a penalty is its object: a PENALTY entity starts at it or
 * within a few words after it ("his wife received five years", "was dismissed from his post").
 * "received a letter" and "sent to the market" are none. Where its object is a penalty noun of
 * event-penalty-nouns instead ("stipulates strict punishment", "threats of punishment", "would face
 * severe punishments"), the noun is the trigger: it names the penalty the verb provides or threatens.
 * Words already in a trigger are skipped.
 */
export function penaltyVerbTriggers({ text, words, keys }: SentenceWords, taken: readonly TriggerMatch[], entities: readonly Entity[], cues: Cues): TriggerMatch[] {
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
      // "the three who received the sentences": a definite noun repeats a penalty told before, no new event; not one its
      // complement defines ("increased the punishment for the consumption of foreign media")
      if (DEFINITE.has(keys[j - 1]!) && !PENALTY_COMPLEMENTS.has(keys[j + 1] ?? '')) break;
      out.push({ trigger, first: j, last: j, predicate: i });
      i = j;
      break;
    }
  }
  return out;
}

/**
 * A verb of escalation of rules/event-words.yaml (stepping up, tightened, toughened up...) is a
 * crackdown trigger, spanning the verb to its object, only where a noun of control
 * (surveillance, restrictions, checks...) follows within a few words: "stepping up surveillance",
 * "tightening restrictions on phones", "toughened up checks of the narcotics trade"; "stepped up
 * production" and "tightened the bolts" are none. Words already in a trigger are skipped.
 */
export function escalationTriggers({ words, keys }: SentenceWords, taken: readonly TriggerMatch[], cues: Cues): TriggerMatch[] {
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
