/**
 * ACE's event properties from the cue words of rules/event-words.yaml: modality (asserted or
 * other), polarity, genericity and tense, and whether a penalty was asked for rather than handed
 * down.
 */
import { parseNumber } from '../../normalize/numbers.js';
import type { Event } from '../../types.js';
import { COORDINATORS } from '../event-coref.js';
import { CUE_WINDOW, type TriggerContext } from './context.js';
import type { Cues } from './cues.js';
import { LAW_VERB_TRIGGER, type TriggerMatch } from './triggers.js';
import { CLAUSE_BREAK, hasPhrase, phraseAt } from './words.js';

/** How many words before the trigger a modality cue of the trigger's clause may stand. */
const MODAL_CLAUSE_REACH = 10;
/** How many words may stand between a negation and the trigger it denies ("was not yet arrested", "without a public trial"). */
const NEGATION_GAP = 2;
/** How many words may stand between a verb of avoidance and the trigger it avoids ("evaded being arrested", "to escape the crackdown"). */
const AVOIDANCE_GAP = 1;

/** How many words before a bare plural subject a determiner or count may stand and make it a definite set ("the three young women"). */
const SUBJECT_MODIFIER_REACH = 3;

/** Where the cue windows end: the trigger, or the verb of a penalty noun ("speculating that they faced serious punishment"), less CUE_WINDOW words. */
const cueWindowStart = (m: TriggerMatch) => (m.predicate ?? m.first) - CUE_WINDOW;

export interface Genericity {
  generic: boolean;
  /** generic by a cue of the sentence or as a law's penalty, not by a habitual form only */
  byCue: boolean;
}

/**
 * Generic by a cue of the sentence (a class, a law, an adverb of habit not past a clause break after the trigger), as
 * what a law provides ("the act prescribes strong punishments"), or by a habitual form without a date (a date makes it
 * one occurrence: "smugglers are sent to the camp on Monday"; a headline's present tells one event).
 */
export function genericityOf(t: TriggerContext): Genericity {
  const { s, m, inReach } = t;
  const byCue = genericByCue(t) || m.trigger === LAW_VERB_TRIGGER;
  const habitual = (habitualPassive(s.keys, m, s.cues) || (!s.headline && habitualActive(s.keys, m, s.cues))) && !inReach.some((e) => e.type === 'DATE');
  return { generic: byCue || habitual, byCue };
}

/**
 * An adverb of habit after the trigger, past a comma, colon or dash, is another clause's ("was executed by firing squad,
 * on charges of listening to foreign radio regularly"); a class or a law's cue counts wherever it stands.
 */
function genericByCue({ s, m }: TriggerContext): boolean {
  const { text, words, keys, cues, quotesBefore } = s;
  return s.genericCues.some((i) => {
    // "'Those who watch ... will be sentenced,' a resident of Hyesan, where the execution took place": a quotation's cue is what was said
    if ((quotesBefore[Math.max(i, m.first)]! - quotesBefore[Math.min(i, m.first)]!) % 2 === 1) return false;
    return i <= m.last || !cues.habitualAdverbs.has(keys[i]!) || !/[,;:\u2014\u2013]/.test(text.slice(words[m.last]!.end, words[i]!.start));
  });
}


/**
 * A habitual present passive with a bare plural subject: a kind of event, not one occurrence (ACE's
 * generic). The subject is a plural person noun before the auxiliary ("defectors are sent to", "smugglers
 * are being shot") or the plural event noun of the trigger itself ("public executions have been carried
 * out"); no determiner or count may stand before it ("the defectors are sent", "three men are tried").
 */
export function habitualPassive(keys: readonly string[], m: TriggerMatch, cues: Cues): boolean {
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
export function habitualActive(keys: readonly string[], m: TriggerMatch, cues: Cues): boolean {
  const verb = keys[m.last]!;
  if (!(verb.endsWith('es') || verb.endsWith('ing')) || m.trigger.subtype === 'crackdown') return false;
  const object = keys[m.last + 1] ?? '';
  return (cues.personNouns.has(object) && object.endsWith('s')) || object === 'people';
}

/** A penalty asked for ("sought the death penalty") is not one handed down: a cue of event-requested before the trigger's end. */
export function requested({ s, m }: TriggerContext): boolean {
  return hasPhrase(s.keys, cueWindowStart(m), m.last + 1, s.cues.requested);
}

/**
 * `other` for what could, will or would happen, threats, plans, beliefs: a modality cue before the trigger, a condition
 * opening the sentence (up to a semicolon), a penalty asked for, or a modal of the clause that reaches a coordinated
 * trigger. The words of a trigger of rules/events.yaml are no cue of their own modality ("face charges of" states a charge
 * brought); a light verb this stage takes as a trigger is ("face ten years").
 */
export function modalityOf(t: TriggerContext, isRequested: boolean): Event['modality'] {
  const { s, m, start } = t;
  const conditional = s.conditional && !s.text.slice(s.span.start, start).includes(';');
  // "to avoid arrest": what someone avoids has not happened; "had evaded arrest" denies it (polarityOf)
  const avoided = avoidanceAt(t);
  const intended = avoided !== undefined && phraseAt(s.keys, avoided, s.cues.negation) === undefined;
  return conditional || intended || modalBetween(t, cueWindowStart(m), m.trigger.keys.length > 0 ? m.first : m.first + 1) || isRequested || coordinatedModal(t) ? 'other' : 'asserted';
}

/**
 * The word of event-avoidance right before the trigger, one word between at most and no clause break ("fled to China to
 * avoid arrest", "had evaded being arrested"): the event avoided, which did not happen. Undefined when there is none.
 */
export function avoidanceAt({ s, m }: TriggerContext): number | undefined {
  const { text, words, keys, cues } = s;
  for (let i = m.first - 1; i >= Math.max(0, m.first - 1 - AVOIDANCE_GAP); i--) {
    if (CLAUSE_BREAK.test(text.slice(words[i]!.end, words[i + 1]!.start))) return undefined;
    if (cues.avoidance.has(keys[i]!)) return i;
  }
  return undefined;
}

/**
 * A modal cue at word i: in a law's penalty sentence only the cues that are no law's modal (its "can" is the law's
 * range); not before an adverb of habit ("will typically use executions", "would usually be sent": a habit, not a
 * possibility); not a word of a date ("On May 3").
 */
function modalAt({ s, m }: TriggerContext, i: number): boolean {
  const { keys, cues } = s;
  const cue = phraseAt(keys, i, s.ofLaw && m.trigger.subtype === 'sentence' ? cues.lawModality : cues.modality);
  return cue !== undefined && !cues.habitualAdverbs.has(keys[i + cue.length] ?? '') && !s.inDate[i];
}

function modalBetween(t: TriggerContext, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (modalAt(t, i)) return true;
  return false;
}

/**
 * A modal reaches the verbs coordinated after it in its clause ("could be killed on the spot or publicly executed",
 * "will ensure you are caught and repatriated"), not a noun after a preposition ("will be warned ahead of the crackdown").
 */
function coordinatedModal(t: TriggerContext): boolean {
  const { s, m } = t;
  const { text, words, keys } = s;
  const before = cueWindowStart(m);
  let from = m.first;
  while (from > 0 && m.first - from < MODAL_CLAUSE_REACH && !CLAUSE_BREAK.test(text.slice(words[from - 1]!.end, words[from]!.start))) from--;
  if (from >= before) return false;
  let cueAt = -1;
  for (let i = from; i < before; i++) {
    if (modalAt(t, i)) {
      cueAt = i;
      break;
    }
  }
  if (cueAt === -1) return false;
  for (let i = cueAt; i < m.first; i++) if (COORDINATORS.has(keys[i]!)) return true;
  return false;
}

/**
 * A negation of the trigger's clause within a few words before it denies the event: the negated verb is the trigger or
 * its auxiliary ("did not go to the September execution" denies the going); a negation of another clause ("who was not
 * identified, was arrested") does not.
 */
export function polarityOf({ s, m }: TriggerContext): Event['polarity'] {
  const { text, words, keys, cues } = s;
  const before = cueWindowStart(m);
  let from = m.first;
  while (from > Math.max(0, before) && !CLAUSE_BREAK.test(text.slice(words[from - 1]!.end, words[from]!.start))) from--;
  for (let i = Math.max(0, from); i < m.first; i++) {
    const cue = phraseAt(keys, i, cues.negation);
    if (cue !== undefined && m.first - (i + cue.length) <= NEGATION_GAP) return 'negative';
  }
  return 'positive';
}

export function tenseOf({ s, m }: TriggerContext): Event['tense'] {
  const { keys, cues } = s;
  const from = m.first - CUE_WINDOW;
  if (hasPhrase(keys, from, m.first, cues.future)) return 'future';
  if (hasPhrase(keys, from, m.first, cues.past) || keys[m.last]!.endsWith('ed')) return 'past';
  return 'unspecified';
}
