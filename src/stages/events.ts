/**
 * events: one justice event per trigger of the `events` rule files (rules/events.yaml), with
 * its arguments taken from the entities of the trigger's sentence, each role by entity type,
 * the nearest to the trigger winning (no fallback to the publication date or the title's
 * place: the guideline leaves such roles null). The mentions of one reported event are then
 * merged (event-coref.ts), a role null in the first mention taken from a later one and marked
 * fromContext. Modality, polarity, genericity and tense come from the cue
 * words of rules/event-words.yaml; a penalty argument takes its status from its event.
 *
 * The steps are in events/: the triggers of a sentence (triggers.ts), what its triggers share
 * (context.ts), each role's argument (arguments.ts, with place.ts, the place and date filters and
 * source.ts), the count of persons (count.ts), the properties (properties.ts), a charge brought at
 * an arrest (charge-arrest.ts), one event per penalty a verb gives person by person (per-person.ts), the penalties' status (penalty-status.ts), the persons chain across sentences and the persons and time it
 * licenses (persons-chain.ts, chain-context.ts) and what the article gives
 * its events once merged (article.ts).
 */
import type { CompiledRules } from '../rules/compile.js';
import type { Entity, Event } from '../types.js';
import { evidenceOf } from '../text/evidence.js';
import type { WorkingDoc } from './doc.js';
import { mergeCoreferentEvents } from './event-coref.js';
import { fillCrimeFromArticle, fillDeathPenalty, headlineTest } from './events/article.js';
import { argument, argumentsOf, pronounAntecedent } from './events/arguments.js';
import { chargesAtArrests } from './events/charge-arrest.js';
import { fromChain } from './events/chain-context.js';
import { personsChain } from './events/persons-chain.js';
import { sentenceContext, triggerContext, type SentenceContext } from './events/context.js';
import { countOf, listedGroups, type ListedGroup } from './events/count.js';
import { dateAtCourt, placeAtCourt } from './events/court.js';
import { prepare } from './events/cues.js';
import { setPenaltyStatuses } from './events/penalty-status.js';
import { penaltiesGiven } from './events/per-person.js';
import { genericityOf, modalityOf, polarityOf, requested, tenseOf } from './events/properties.js';
import { sentenceTriggers } from './events/triggers.js';
import { phraseCounts } from './events/words.js';

export function events(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  const out: Event[] = [];
  if (rules.eventTriggers.length === 0) {
    doc.events = out;
    return doc;
  }
  const { index, cues } = prepare(rules);
  const isHeadline = headlineTest(doc);
  // the sentences with triggers that repeat the title: the only ones asked about
  const headlines = new Set<number>();
  const bySentence = groupBy(doc.words, (w) => w.sentence);
  const entitiesOf = groupBy(doc.entities, (e) => e.sentence);

  for (const [sentence, words] of bySentence) {
    const keys = words.map((w) => w.key);
    const entities = entitiesOf.get(sentence) ?? [];
    const matches = sentenceTriggers({ text: doc.text, words, keys }, entities, index, cues);
    if (matches.length === 0) continue;
    const headline = isHeadline(sentence);
    if (headline) headlines.add(sentence);
    const saying = phraseCounts(keys, cues.saying);
    const s = sentenceContext({ text: doc.text, words, keys, cues, sentence, span: doc.sentences[sentence]!, entities, matches, saying, headline });
    const sentenceEvents: Event[] = [];
    const requestedOf = new Map<Event, boolean>();
    const add = (v: Event, isRequested: boolean) => {
      out.push(v);
      sentenceEvents.push(v);
      requestedOf.set(v, isRequested);
    };
    for (const m of matches) {
      const t = triggerContext(s, m);
      const genericity = genericityOf(t);
      const isRequested = requested(t);
      const event: Event = {
        id: `v${out.length + 1}`,
        subtype: m.trigger.subtype,
        trigger: doc.text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
        sentence,
        evidence: evidenceOf(doc.text, s.span.start, s.span.end, t.start, t.end),
        arguments: argumentsOf(t, genericity),
        count: countOf(keys, m.first, cues.personNouns),
        modality: modalityOf(t, isRequested),
        polarity: polarityOf(t),
        genericity: genericity.generic ? 'generic' : 'specific',
        tense: tenseOf(t),
        rule: m.trigger.rule,
      };
      if (event.arguments.persons.length === 0) {
        const antecedent = pronounAntecedent(t, entitiesOf);
        if (antecedent) event.arguments.persons = [argument(antecedent, true)!];
      }
      // one verb giving several people different penalties: one event per penalty given (adjudication 6)
      const given = penaltiesGiven(t).map((g) => ({
        ...event.arguments,
        persons: g.persons.length > 0 ? g.persons.map((e) => argument(e)!) : [...event.arguments.persons],
        // a term with no entity of its own ("seven" of "seven and six years") has the kind of the penalty it shares a head with
        sentence: 'id' in g.penalty ? argument(g.penalty) : { ...argument(g.penalty.head)!, entity: null },
      }));
      if (given.length > 0) event.arguments = given[0]!;
      add(event, isRequested);
      for (const args of given.slice(1)) add({ ...event, id: `v${out.length + 1}`, arguments: args }, isRequested);
      for (const group of listedGroupsOf(s, t.inReach, event)) {
        add({ ...event, id: `v${out.length + 1}`, arguments: { ...event.arguments, persons: [...event.arguments.persons], place: argument(group.place) }, count: group.count }, isRequested);
      }
    }
    chargesAtArrests(sentenceEvents);
    setPenaltyStatuses(entities, sentenceEvents, requestedOf);
  }
  // "They were sentenced" after "Three smugglers were arrested": the persons a reference names across sentences, and the
  // time of the same event told again (docs/events.md, events17); before the merge, which then joins what is one event
  fromChain(personsChain(doc, out, cues));
  // one event per reported event, not per mention: the coreferent mentions merged
  doc.events = mergeCoreferentEvents(out, doc.entities, doc.text, cues.anaphora, headlines);
  fillCrimeFromArticle(doc.events, doc.entities, cues.drugTradeOffences);
  fillDeathPenalty(doc.events, doc.entities);
  placeAtCourt(doc.events, doc.entities, doc.text);
  dateAtCourt(doc.events, doc.entities);
  return doc;
}

/** The groups a clause lists after the event's place ("and nine others in Kunming"), each one more event with its own place and count. */
function listedGroupsOf(s: SentenceContext, inReach: readonly Entity[], event: Event): ListedGroup[] {
  const place = event.arguments.place;
  const from = place === null ? undefined : inReach.find((e): e is Extract<Entity, { type: 'PLACE' }> => e.type === 'PLACE' && e.id === place.entity);
  return from === undefined ? [] : listedGroups(s, inReach, from, s.cues);
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
