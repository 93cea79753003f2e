/**
 * The word lists of rules/event-words.yaml the events stage reads, and the trigger index of
 * rules/events.yaml: built once per compiled rules, not per document.
 */
import { EVENT_AGENT_KINDS, type CompiledRules, type EventTrigger } from '../../rules/compile.js';
import type { AnaphoraCues } from '../event-coref.js';
import type { Phrases } from './words.js';

export interface Cues {
  modality: Phrases;
  /** the modality cues but a law's modals (can, may...): what stays a doubt in a law's penalty sentence */
  lawModality: Phrases;
  lawNouns: Phrases;
  negation: Phrases;
  avoidance: ReadonlySet<string>;
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
  residence: Phrases;
  stateCapitals: ReadonlySet<string>;
  capitalVerbs: ReadonlySet<string>;
  qualifiedNouns: ReadonlySet<string>;
  otherDate: Phrases;
  agentKinds: ReadonlySet<string>;
  rulerTitles: Phrases;
  rulers: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  chainGroupNouns: ReadonlySet<string>;
  chainDeterminers: ReadonlySet<string>;
  dateBounds: Phrases;
  publications: ReadonlySet<string>;
  publishing: ReadonlySet<string>;
  classHeads: Phrases;
  classNouns: ReadonlySet<string>;
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

export function cuesOf(rules: CompiledRules): Cues {
  const phrases = (id: string): Phrases => [...(rules.lexicon.get(id) ?? [])].map((p) => p.split(/\s+/));
  const words = (id: string): ReadonlySet<string> => rules.lexicon.get(id) ?? new Set();
  const lawModals = words('event-law-modals');
  const modality = phrases('event-modality-other');
  return {
    modality,
    lawModality: modality.filter((p) => !lawModals.has(p.join(' '))),
    lawNouns: phrases('event-law-nouns'),
    negation: phrases('event-negation'),
    avoidance: words('event-avoidance'),
    generic: phrases('event-generic'),
    requested: phrases('event-requested'),
    past: phrases('event-past'),
    future: phrases('event-future'),
    saying: phrases('event-saying'),
    penaltyVerbs: phrases('event-penalty-verbs'),
    penaltyNouns: words('event-penalty-nouns'),
    penaltyVerbParticles: words('event-penalty-verb-particles'),
    habitualAdverbs: words('event-habitual-adverbs'),
    passiveAuxiliaries: words('event-passive-auxiliaries'),
    lawPenaltyVerbs: phrases('event-law-penalty-verbs'),
    escalationVerbs: phrases('event-escalation-verbs'),
    controlNouns: phrases('event-control-nouns'),
    personNouns: words('event-person-nouns'),
    drugTradeOffences: words('event-drug-trade-offences'),
    conditional: words('event-conditional'),
    seatWords: words('event-place-seat'),
    residence: phrases('event-place-residence'),
    stateCapitals: words('event-state-capitals'),
    capitalVerbs: words('event-capital-verbs'),
    qualifiedNouns: words('event-place-qualified-nouns'),
    otherDate: phrases('event-date-other'),
    agentKinds: words(EVENT_AGENT_KINDS),
    rulerTitles: phrases('event-ruler-titles'),
    rulers: words('event-rulers'),
    subjectPronouns: words('event-subject-pronouns'),
    chainGroupNouns: words('event-chain-group-nouns'),
    chainDeterminers: words('event-chain-determiners'),
    dateBounds: phrases('event-date-bounds'),
    publications: words('event-publication-nouns'),
    publishing: words('event-publishing-verbs'),
    classHeads: phrases('event-class-heads'),
    classNouns: words('event-class-nouns'),
    shootingWords: words('event-shooting-words'),
    flight: phrases('event-flight-words'),
    sequence: phrases('event-sequence'),
    borderWords: words('event-border-nouns'),
    borderLinks: words('event-border-links'),
    movement: phrases('event-movement-places'),
    countHedges: phrases('event-count-hedges'),
    listedPlaceLinks: words('event-listed-place-links'),
    habitualAuxiliaries: phrases('event-habitual-auxiliaries'),
    habitualNounAuxiliaries: phrases('event-habitual-noun-auxiliaries'),
    specificDeterminers: words('event-specific-determiners'),
    articles: words('event-articles'),
    anaphora: {
      determiners: words('event-anaphoric-determiners'),
      novelty: words('event-novelty-words'),
      addition: words('event-addition-adverbs'),
    },
  };
}

/** The triggers by their first word, each list in the rules' order (the longer first where two start alike). */
export type TriggerIndex = ReadonlyMap<string, readonly EventTrigger[]>;

export interface Prepared {
  index: TriggerIndex;
  cues: Cues;
}

/** Per compiled rules: the trigger index and the cue phrases, built once rather than per document. */
const prepared = new WeakMap<CompiledRules, Prepared>();

export function prepare(rules: CompiledRules): Prepared {
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

/** Whether an entity names one of the rulers of `event-rulers` (canonical names, any hyphenation). */
export function isRuler(canonical: string, cues: Cues): boolean {
  return cues.rulers.has(canonical.toLowerCase().replace(/-/g, ' '));
}
