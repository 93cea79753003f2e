/**
 * Why a place of the trigger's sentence is not where the event happened: the home of an
 * organization, a border named by its states or the country across one, where someone went or a
 * thing came from, a place the trigger's entry does not link to it (docs/events.md, Arguments).
 */
import type { Entity } from '../../types.js';
import type { TriggerContext } from './context.js';
import { COORDINATORS } from '../event-coref.js';
import { CLAUSE_BREAK, firstWordFrom, phraseEndsBefore } from './words.js';

/** Prepositions: a place after one is no subject ("who had gone across to China were shot" was not shot by China). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'with', 'into', 'across', 'over', 'for', 'by', 'about', 'against', 'toward', 'towards', 'through', 'via', 'under', 'on', 'onto', 'in', 'at', 'of', 'near', 'inside', 'outside', 'within', 'between', 'among', 'like']);

/** Words that open another clause: a place after one is that clause's ("as South Korea ratcheted up pressure"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'because', 'after', 'before', 'since', 'where', 'although', 'though', 'whereas']);

/** The prepositions that put an event at a site ("tried at the North's Supreme Court"). */
const SITE_LINKS: ReadonlySet<string> = new Set(['at', 'in', 'inside']);

/** The possessives of an age after a person noun ("a woman in her 50s"). */
const AGE_POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'their']);

/** What joins two places of one list: "and", "or" or a comma (with "and" or "or" after it), "the" before the later place. */
const CONJUNCT_GAP = /^\s*,?\s*(?:and|or)\s+(?:the\s+)?$|^\s*,\s*(?:the\s+)?$/i;

/** A hyphen or a dash joining two names ("the North Korea-China border"). */
const HYPHEN = /[-\u2010-\u2014]/;

/** How many words after a repatriation's trigger its destination may start ("the repatriation took place in the Chinese cities of Tumen"). */
const DESTINATION_REACH = 8;

/** How many words (an auxiliary, an adverb) may stand between a state and the trigger it is the subject of ("North Korea has publicly executed"). */
const SUBJECT_GAP = 2;

/** How many lowercase words may describe an origin between "from" and its place ("from more prosperous and democratic South Korea"). */
const DESCRIBED_ORIGIN_WORDS = 4;

/** A relative clause opened by "where" right after a place (a comma between allowed). */
const WHERE_AFTER = /^\s*,?\s*where\b/i;

/** How many words before its link ("with", "to") a border noun may stand ("the border area with", "border crossings to"). */
const BORDER_REACH = 2;

/** Whether a place of the trigger's sentence is set aside as no place of the event's. */
export function placeRejected(t: TriggerContext, e: Entity): boolean {
  return isSeat(t, e) || inCompound(t, e) || standsForState(t, e) || namesBorder(t, e) || withConjunct(t, e, beyondBorder) || withConjunct(t, e, ofMovement)
    || !linkedAfter(t, e) || !linked(t, e) || withConjunct(t, e, unlinked) || inOffence(t, e) || inOtherClause(t, e) || atOtherTrigger(t, e);
}

/**
 * Words that open a clause of another event: a place inside that clause is its verb's. Not "after", "when", "before"
 * or "since": measured on the development set, "after" lost a match ("executed after a trial in ...", a preposition) and
 * the others changed nothing.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'whereas', 'although', 'though', 'because']);

/**
 * "The report of the sentencing came as the United Nations opened a field office in Seoul", "While South Korea held talks
 * in Seoul, the North executed two officials": a place in a clause opened by a subordinator that the trigger stands
 * outside is that clause's verb's, not the event's. After the trigger: the opener between them; before it: the opener
 * heads the sentence or follows a clause break, and a clause break closes its clause before the trigger. An "as" right
 * after a verb's trigger is a preposition of its object's role ("detained as 'illegal migrants' in China", "arrested as
 * spies in Dandong"), no clause of its own; after a noun it opens one ("face long sentences as authorities tighten control
 * over the Tumen River crossings").
 */
export function inOtherClause({ s, m, start, end }: TriggerContext, e: Entity): boolean {
  const { text, words, keys } = s;
  const first = firstWordFrom(words, e.start);
  if (e.start >= end) {
    // "as" right after the trigger names what the persons are taken for ("detained as 'illegal migrants' in China")
    const roleAfter = (i: number) => i === m.last + 1 && keys[i] === 'as' && keys[m.last]!.endsWith('ed') && /^\s+$/.test(text.slice(end, words[i]!.start));
    for (let i = m.last + 1; i < first; i++) if (CLAUSE_OPENERS.has(keys[i]!) && opensClause(keys, i) && !roleAfter(i)) return true;
    return false;
  }
  if (e.end > start || !CLAUSE_BREAK.test(text.slice(e.end, start))) return false;
  for (let i = first - 1; i >= 0; i--) {
    if (CLAUSE_OPENERS.has(keys[i]!) && opensClause(keys, i)) return i === 0 || CLAUSE_BREAK.test(text.slice(words[i - 1]!.end, words[i]!.start));
    if (CLAUSE_BREAK.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false;
  }
  return false;
}

/**
 * Whether the opener at word `i` opens a clause of another event: not "as" before an article, "well" or "part" (a
 * preposition or a fixed phrase: "detained as a spy", "as well as") nor after "same" or "such" ("the same contingent as
 * the trial"); not a clause whose subject is a pronoun of the persons ("detain them while they were attempting to cross
 * the Yalu River", "arrested as he tried to cross"): what they did then, at the event's place.
 */
const opensClause = (keys: readonly string[], i: number) => !PERSONS_SUBJECTS.has(keys[i + 1] ?? '')
  && (keys[i] !== 'as' || (!AS_NO_CLAUSE.has(keys[i + 1] ?? '') && !keys.slice(Math.max(0, i - 3), i).some((k) => k === 'same' || k === 'such')));
const PERSONS_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
const AS_NO_CLAUSE: ReadonlySet<string> = new Set(['a', 'an', 'well', 'part', 'many', 'much', 'long', 'soon', 'punishment', 'such']);

/** The subtypes a court carries out, whose offence a clause after the trigger may tell with its own place. */
const COURT_STEPS: ReadonlySet<string> = new Set(['trial-hearing', 'convict', 'acquit', 'sentence']);

/** The words that open the offence a court step is for: "convicted of", "sentenced ... for". */
const OFFENCE_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * "convicted Friday of producing methamphetamine in North Korea", "sentenced to nine years for producing 60 kilograms of
 * methamphetamine at a factory in Sariwon": a place after "of" or "for" and a gerund that follow a court's step, with no
 * clause break, is where the offence was done, not where the court sat.
 */
export function inOffence({ s, m, end }: TriggerContext, e: Entity): boolean {
  if (!COURT_STEPS.has(m.trigger.subtype) || e.start < end) return false;
  const { text, words, keys } = s;
  const first = firstWordFrom(words, e.start);
  if (CLAUSE_BREAK.test(text.slice(end, e.start))) return false;
  for (let i = m.last + 1; i < first - 1; i++) if (OFFENCE_LINKS.has(keys[i]!) && keys[i + 1]!.endsWith('ing')) return true;
  return false;
}

/** The words that put a place right after a trigger as where that event happened ("go on trial in Pyongyang"). */
const SITE_AFTER_TRIGGER: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * "Two journalists arrested near the border will go on trial in Pyongyang", "citizens previously arrested in North Korea
 * have been released": a place right after another trigger of the sentence by "in" or "at", that trigger standing between
 * this one and the place, is where that other event happened. Not when the two triggers are joined by "and" or "or"
 * ("arrested and tried in Hyesan": one place for both), nor when this event took place within the other ("sentenced at a
 * public trial in Manpo").
 */
export function atOtherTrigger(t: TriggerContext, e: Entity): boolean {
  return rightAfterOtherTrigger(t, e, SITE_AFTER_TRIGGER);
}

/**
 * Whether the entity stands right after another trigger of the sentence, linked by one of `links`, that trigger standing
 * between this one and the entity, not joined to it by "and" or "or", and not an event this one took place within.
 */
export function rightAfterOtherTrigger({ s, m, start, othersInReach }: TriggerContext, e: Entity, links: ReadonlySet<string>): boolean {
  const { text, words, keys } = s;
  const first = firstWordFrom(words, e.start);
  const link = linkBefore(keys, first);
  if (!links.has(keys[link] ?? '')) return false;
  // before the trigger, only in the phrase of its subject: past a clause break the place may be told for both ("who were
  // executed in China recently, two were nabbed")
  if (e.end <= start && CLAUSE_BREAK.test(text.slice(e.end, start))) return false;
  return othersInReach.some((o) => {
    if (o.last !== link - 1 || o.trigger.subtype === m.trigger.subtype) return false;
    const [from, to] = o.first > m.last ? [m.last + 1, o.first] : o.last < m.first ? [o.last + 1, m.first] : [0, 0];
    if (from === to) return false;
    // "sentenced at public trial in Manpo", "arrested in a crackdown in Hoeryong": this event took place within the other
    // "arrested in November 2020 amid a crackdown": the other took place within this one
    for (let i = from; i < to; i++) if (COORDINATORS.has(keys[i]!) || (o.first > m.last ? WITHIN_EVENT : AROUND_EVENT).has(keys[i]!)) return false;
    return true;
  });
}

/**
 * The words that put an event inside a later one of the sentence ("sentenced at a public trial", "arrested during a
 * crackdown") or make the later one its penalty ("sentenced to execution in October 2022").
 */
const WITHIN_EVENT: ReadonlySet<string> = new Set(['at', 'in', 'during', 'amid', 'to']);

/** The words that put an earlier event of the sentence inside a later one ("arrested in November amid a crackdown"). */
const AROUND_EVENT: ReadonlySet<string> = new Set(['during', 'amid']);

/** The word that links the entity at word `first` to what comes before: the one before it, or before its "the". */
const linkBefore = (keys: readonly string[], first: number) => (keys[first - 1] === 'the' ? first - 2 : first - 1);

/**
 * "a trader from Chongjin", "a woman in her 50s from the Hyongjaesan District": a "from" (at word `from`) after a person
 * noun, or after the age that follows one, names the home of the persons the event befalls.
 */
export function fromPersons(keys: readonly string[], from: number, personNouns: ReadonlySet<string>): boolean {
  const age = from >= 4 && keys[from - 3] === 'in' && AGE_POSSESSIVES.has(keys[from - 2]!) && /^\d0s$/.test(keys[from - 1]!);
  return personNouns.has(keys[(age ? from - 3 : from) - 1] ?? '');
}

/**
 * A repatriation's place is its destination or handover point ("repatriated to Kilju from China", "the repatriation
 * took place in Tumen"): after the trigger in its clause, linked by a word of the entry's place_after, never the
 * origin after "from" nor the acting state before the trigger ("China repatriated").
 */
export function linkedAfter({ s, m, start, end }: TriggerContext, e: Entity): boolean {
  if (m.trigger.placeAfter.size === 0) return true;
  const { text, words, keys } = s;
  // "handed over to North Korea" holds its destination
  if (e.start < end) return e.start >= start;
  if (CLAUSE_BREAK.test(text.slice(end, e.start))) return false;
  const first = firstWordFrom(words, e.start);
  const link = linkBefore(keys, first);
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
}

/**
 * An execution's place is where it happened ("executed in Hyesan", "a public trial in the port city of Chongjin") or
 * the state that executes at home ("North Korea executed"): not a place of another verb of the sentence ("leaflets
 * floated from South Korea", "who had gone across to China", "the summit with the U.S.").
 */
export function linked(t: TriggerContext, e: Entity): boolean {
  const { s, m, start } = t;
  if (m.trigger.placeLinks.size === 0) return true;
  const { text, words, keys, cues } = s;
  const first = firstWordFrom(words, e.start);
  const link = linkBefore(keys, first);
  // "officials of North Korea were shot on charges of": after a person noun, "of" names whose officials they are
  if (m.trigger.placeLinks.has(keys[link] ?? '')) return !(keys[link] === 'of' && cues.personNouns.has(keys[link - 1] ?? ''));
  // "a woman from Hyesan was executed": the home of the persons the event befalls
  if (keys[link] === 'from' && fromPersons(keys, link, cues.personNouns)) return true;
  // "Hoeryong, where two women were executed": the place a relative clause of the trigger is about
  const last = firstWordFrom(words, e.end - 1);
  if (e.end <= start && keys[last + 1] === 'where') {
    let broken = false;
    for (let i = last + 2; i < m.first; i++) if (CLAUSE_BREAK.test(text.slice(words[i]!.end, words[i + 1]?.start ?? start))) broken = true;
    if (!broken) return true;
  }
  return subjectOf(t, e);
}

/** "North Korea has charged two officials": the place right before the trigger as its subject, an auxiliary or an adverb between. */
export function subjectOf({ s, m, start }: TriggerContext, e: Entity): boolean {
  const { text, words, keys } = s;
  const first = firstWordFrom(words, e.start);
  const link = linkBefore(keys, first);
  return e.end <= start && !PREPOSITIONS.has(keys[link] ?? '') && m.first - firstWordFrom(words, e.end - 1) <= SUBJECT_GAP + 1 && !CLAUSE_BREAK.test(text.slice(e.end, start));
}

/** "face drug charges in China": the place right after the trigger, linked by "in" (a "the" between allowed), is where the charge is brought. */
export function rightAfterIn({ s, m }: TriggerContext, e: Entity): boolean {
  const { words, keys } = s;
  return keys[m.last + 1] === 'in' && linkBefore(keys, firstWordFrom(words, e.start)) === m.last + 1;
}

/**
 * "internally exiled 100 people from Pyongyang": where the persons are sent from, not where the penalty is served; and
 * for every event a place after "from" is an origin ("investigators sent from Pyongyang", "smuggled meth from North
 * Korea"), but after a person noun the home of the persons the event befalls ("police arrested a trader from Chongjin").
 */
export function unlinked({ s, m }: TriggerContext, e: Entity): boolean {
  const { words, keys, cues } = s;
  const first = firstWordFrom(words, e.start);
  const at = linkBefore(keys, first);
  const link = keys[at] ?? '';
  return m.trigger.placeNotAfter.has(link) || (link === 'from' && !fromPersons(keys, at, cues.personNouns)) || fromDescribed(s, first);
}

/**
 * "crimes involving foreign media from more prosperous and democratic South Korea": the words describing a place
 * (at word `first`) after "from" leave it an origin.
 */
function fromDescribed({ text, words, keys, cues }: TriggerContext['s'], first: number): boolean {
  // "three movies from the puppet scoundrels (South Korea)": a place in brackets glosses the words before them
  const glossed = /\(\s*$/.test(text.slice(words[first - 1]?.end ?? 0, words[first]!.start));
  for (let i = first - 1; i >= Math.max(0, first - 1 - DESCRIBED_ORIGIN_WORDS); i--) {
    if (!(glossed && i === first - 1) && CLAUSE_BREAK.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false;
    if (keys[i] === 'from') return i < first - 2 && !fromPersons(keys, i, cues.personNouns);
    if (PREPOSITIONS.has(keys[i]!) || !/^[a-z]+$/.test(text.slice(words[i]!.start, words[i]!.end))) return false;
  }
  return false;
}

/**
 * "New York-based Human Rights Watch", "a Seoul-based source": the home of an organization or a source; "Watching Sokor
 * Films": a place before a noun it qualifies; "an official from North Korea's Ministry of State Security": the country
 * of an organization or a law after a preposition.
 */
export function isSeat({ s, inReach }: TriggerContext, e: Entity): boolean {
  const { text, words, keys, cues } = s;
  const next = /^[-\u2010-\u2014 ]+([a-z]+)/i.exec(text.slice(e.end, e.end + 20));
  if (next !== null && cues.seatWords.has(next[1]!.toLowerCase())) return true;
  // "Watching Sokor Films", "United States citizen Kenneth Bae": a place before a noun it qualifies
  const noun = /^ ([a-z]+)\b/i.exec(text.slice(e.end, e.end + 20));
  if (noun !== null && cues.qualifiedNouns.has(noun[1]!.toLowerCase())) return true;
  // "once a resident of Bakersfield, California", "students living in Kujang County": where the persons live (adjudication
  // 4), with the place that follows it after a comma; unless a "where" clause puts the event there ("said a resident of
  // Hyesan, where the execution took place")
  const residence = (p: Entity) => phraseEndsBefore(keys, linkBefore(keys, firstWordFrom(words, p.start)) + 1, cues.residence) && !WHERE_AFTER.test(text.slice(p.end, p.end + 10));
  if (residence(e) || inReach.some((p) => p.type === 'PLACE' && p.end < e.start && /^\s*,\s*$/.test(text.slice(p.end, e.start)) && residence(p))) return true;
  // "an official from North Korea's Ministry of State Security", "under North Korea's penal code": after a preposition,
  // the country of an organization or a law names someone's post or the law applied; not the state's organ as the
  // subject ("North Korea's Ministry of State Security arrested") nor the site of the event ("tried at the North's
  // Supreme Court")
  const owner = /^['\u2019]s? /.exec(text.slice(e.end, e.end + 3));
  if (owner === null || !inReach.some((o) => (o.type === 'ORG' || o.type === 'LAW') && o.start === e.end + owner[0].length)) return false;
  const link = keys[linkBefore(keys, firstWordFrom(words, e.start))] ?? '';
  return PREPOSITIONS.has(link) && !SITE_LINKS.has(link);
}

/**
 * "Pyongyang imposes death penalty for drug dealers", "an act that Pyongyang is now punishing ... including public
 * execution": a capital of event-state-capitals right before the trigger or an auxiliary of event-capital-verbs is the
 * state acting, not where the event happened (annotation.md, adjudication 4); "Pyongyang police arrested" and "an officer
 * in Pyongyang was executed" are the city's.
 */
export function standsForState({ s, m }: TriggerContext, e: Entity): boolean {
  const { words, keys, cues } = s;
  if (!cues.stateCapitals.has(e.canonical.toLowerCase()) || PREPOSITIONS.has(keys[linkBefore(keys, firstWordFrom(words, e.start))] ?? '')) return false;
  const next = firstWordFrom(words, e.end - 1) + 1;
  return next === m.first || cues.capitalVerbs.has(keys[next] ?? '');
}

/** A word joined by a hyphen right before a name ("Korean-US"), or a lowercase one right after it ("US-led", "China-made"). */
const HYPHENED_BEFORE = /[A-Za-z][-\u2010\u2011]$/;
const HYPHENED_AFTER = /^[-\u2010\u2011][a-z]/;

/**
 * "Korean-US missionary Kenneth Bae", "a US-led campaign", "China-made phones": a place joined by a hyphen to a word that is
 * no place is part of a compound adjective, not where the event happened (two places so joined name a border: namesBorder).
 */
export function inCompound({ s, inReach }: TriggerContext, e: Entity): boolean {
  const { text } = s;
  if (HYPHENED_AFTER.test(text.slice(e.end, e.end + 2))) return true;
  return HYPHENED_BEFORE.test(text.slice(Math.max(0, e.start - 2), e.start)) && !inReach.some((p) => p.type === 'PLACE' && p.end === e.start - 1);
}

/**
 * "in the North Korea-China border area", "the China-North Korea border region": a pair of states joined by a hyphen
 * names a border, not where the event happened.
 */
export function namesBorder({ s, inReach }: TriggerContext, e: Entity): boolean {
  const { text, cues } = s;
  const pairedAfter = HYPHEN.test(text.charAt(e.end)) ? inReach.find((p) => p.type === 'PLACE' && p.start === e.end + 1) : undefined;
  const pairedBefore = HYPHEN.test(text.charAt(e.start - 1)) ? inReach.find((p) => p.type === 'PLACE' && p.end === e.start - 1) : undefined;
  if (pairedAfter === undefined && pairedBefore === undefined) return false;
  const next = /^\s+([a-z]+)/i.exec(text.slice((pairedAfter ?? e).end, (pairedAfter ?? e).end + 20));
  return next !== null && cues.borderWords.has(next[1]!.toLowerCase());
}

/**
 * "a crackdown on the border area with China", "escaping across the border to China": the country on the other side
 * of a border, not where the event happened.
 */
export function beyondBorder({ s }: TriggerContext, e: Entity): boolean {
  const { words, keys, cues } = s;
  const link = linkBefore(keys, firstWordFrom(words, e.start));
  if (!cues.borderLinks.has(keys[link] ?? '')) return false;
  for (let i = Math.max(0, link - BORDER_REACH); i < link; i++) if (cues.borderWords.has(keys[i]!)) return true;
  return false;
}

/**
 * "attempting to travel to South Korea", "relatives who defected to the South", "phones made in China": where someone
 * went or a thing came from, the place of a verb of movement, not the event's. A place right after "into" is where
 * someone or something went ("smuggle methamphetamine from North Korea into the United States"), but for a trigger whose
 * place is its destination ("repatriated into North Korea").
 */
export function ofMovement({ s, m }: TriggerContext, e: Entity): boolean {
  const { words, keys, cues } = s;
  const first = firstWordFrom(words, e.start);
  const at = keys[first - 1] === 'the' ? first - 1 : first;
  return phraseEndsBefore(keys, at, cues.movement) || (keys[at - 1] === 'into' && m.trigger.placeAfter.size === 0);
}

/**
 * "the border between China and North Korea", "provinces bordering Russia and China": a place coordinated with one the
 * rule sets aside shares its link; a list has "and", "or" or a comma between two places, "the" before the later
 * ("South Korea, the U.S., and Japan").
 */
export function withConjunct(t: TriggerContext, e: Entity, rule: (t: TriggerContext, p: Entity) => boolean): boolean {
  if (rule(t, e)) return true;
  const before = t.inReach.find((p) => p.type === 'PLACE' && p.end <= e.start && CONJUNCT_GAP.test(t.s.text.slice(p.end, e.start)));
  return before !== undefined && withConjunct(t, before, rule);
}
