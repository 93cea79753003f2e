/**
 * Organizations the gazetteer does not list, found by their form: a run of capitalised words
 * (with "of", "for", "against", "on" and "the" inside it) that holds a head word from
 * rules/organization-heads.yaml: "Hamhung Medical University", "Seoul Journalists
 * Association", "Bureau of Foreign Trade". The kind is that of the first head word; the
 * canonical is the name as written (spaces collapsed, apostrophes straight), canonicalId null. An acronym in
 * parentheses right after the name ("(SJA)") is a mention of its own, and so is every later
 * use of that acronym in the article.
 *
 * The name runs from the first name word to the last head word, or on through a tail that
 * starts with "of"/"for"/"against"/"on" ("Council of the United Nations") unless the tail
 * names a place or a person ("Security Bureau of Hyesan" is the bureau, not Hyesan's name).
 * Leading stop words ("The") and a possessive place or person ("Japan's Foreign Ministry") are
 * left out; after a possessive organization the name is a unit of it ("RFA's Korean Service")
 * and is not taken. A nationality adjective opens the name ("the South Korean Democracy Network
 * Against ...") unless it describes it: after "a", a number or a possessive pronoun, or, a
 * state's demonym, before a state organ's head-first name ("the North Korean Ministry of ...";
 * a bare "Korean" names no state: "the Korean Institute of Criminology").
 *
 * A name that opens with its seat, a place the gazetteer knows ("the Anju Textile Mill"), keeps
 * that place a PLACE and is the rest of the name, canonical the whole name: the relation stage
 * states based_in. A place, generic words and the words of a ministry's local unit
 * (`org-local-units-of-<id>`: "Hyesan City Security Department") are the PLACE and a mention of
 * that ministry; the same words capitalised without a place are the ministry too. A name needs
 * a word that is neither a head nor generic ("the Provincial Security Bureau" is not one),
 * except right after "-based", which says an organization follows ("San Francisco-based
 * Current TV").
 *
 * Three words or more written all in capitals are a headline, no name. Other entities settle overlaps: a name that cuts through an entity found before it is not
 * taken; one whose head words all lie inside such entities is not taken ("Ministry of State
 * Security of ..." is the gazetteer's). A name that wholly contains a gazetteer entity and
 * has a head word of its own outside it ("Hyesan Mining College", a council of the United
 * Nations) wins over it in normalize: the longest name is the organization, the name inside
 * it is part of its name. A river, mountain or lake followed by a lower-case publication noun
 * ("the Imjingang magazine") is a publication named after it, not the place.
 *
 * A found name that is a variant of a gazetteer organization's name, equal to it once both
 * are compared without case, "the", apostrophes, hyphens and dots, plural endings, "Korean"
 * for "Korea" and British spellings ("Korea Central News Agency"), is that organization. Two
 * names that differ by a word of their own stay apart ("Ministry of Public Security" is not
 * the Ministry of People's Security), and a variant two entries share resolves to neither.
 *
 * The initials of a found name's capitalised words, written in capitals after it, are a mention
 * of it even where the article never states them in parentheses: "the Drug Enforcement
 * Administration ... DEA Administrator ..." (three letters or more, so "a UN" is no initials).
 *
 * A demonym and a mission noun (`org-missions`: "the Vietnamese Embassy in Seoul", "the Chinese
 * consulate") are a state's mission: canonical the mission of the country and its host
 * ("Embassy of Vietnam in South Korea").
 *
 * An outlet the gazetteer does not know is named by its capitalised words after a lower-case
 * noun of `org-outlet-nouns` ("Moscow newspaper Kommersant", "online newspaper Fontanka"): an
 * ORG of kind media.
 *
 * Military units are named by number: an ordinal in figures opening capitalised words that end
 * in a military head ("the 31st Border Guard Brigade", "the 25th Brigade"), or a designation of
 * `org-numbered-units` and its number ("Unit 974"). They take no tail ("Unit 974 of the People's
 * Army" is the unit and the army), and a shorter form with the same ordinal and head ("the 31st
 * Brigade" after "the 31st Border Guard Brigade") is the same unit.
 */
import { LOCAL_UNITS_OF, type CompiledRules } from '../rules/compile.js';
import { demonymsOf } from '../rules/demonyms.js';
import { standardSpelling, type Spellings } from '../rules/spellings.js';
import { placeStem } from '../rules/variants.js';
import type { GazetteerEntry } from '../rules/schema.js';
import type { Draft, MatchWord, WorkingDoc } from '../stages/doc.js';
import { overlapsAny } from '../stages/doc.js';
import { spanIndex } from '../text/span-index.js';
import { ENGLISH_WORDS as ENGLISH } from '../text/english.js';
import { isTitleCaseLine } from '../text/title-case.js';
import { isStopWord } from '../text/wink.js';
import { ORG_KINDS, type OrgKind } from '../types.js';
import { WORD_GAP } from '../text/space.js';

/** The rule of a found name that contains a gazetteer entity: normalize lets it win. */
export const CONTAINING_ORG_RULE = 'pattern:organization-containing';
const RULE = 'pattern:organization';
const NUMBERED_RULE = 'pattern:organization-numbered';
const OUTLET_RULE = 'pattern:organization-outlet';
/** An ordinal in figures or, capitalised, in words: "25th", "31st", "Third". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const SPELLED_ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;
/** The seat of a unit's commander after the unit's head: "the Third Corps Command" is the Third Corps. */
const COMMAND_OF_UNIT = /^(?:command|headquarters|hq)$/;
/** The most capitalised words between a unit's ordinal and its head ("31st Border Guard Brigade"). */
const MAX_UNIT_WORDS = 3;
const LOCAL_UNIT_RULE = 'pattern:organization-local-unit';
const VARIANT_RULE = 'pattern:organization-variant';
const MISSION_RULE = 'pattern:organization-mission';
const LOWER_CASE_RULE = 'pattern:organization-lower-case';
/** The most lower-case words before a head word that name a known body ("the state security ministry"). */
const MAX_LOWER_CASE_WORDS = 3;

/** A name the gazetteer lacks, as written: spaces collapsed, apostrophes straight as in every canonical (docs/annotation.md). */
const nameAsWritten = (written: string): string => written.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'");

/** What stands before a known body's lower-case name: "the", a possessive ("the country's"). */
const DETERMINED = /(?:^|[^\p{L}])(?:the|\p{L}['\u2019]s?)\s+$/iu;
/** Country names read with "the" ("Embassy of the United States"). */
const COUNTRY_WITH_THE = /^(?:United|Republic|Democratic|Czech|Central African|Dominican|Marshall|Solomon|Netherlands|Philippines|Bahamas|Gambia|Maldives)\b/;

/** The lexicon ids of a state's name as its missions' canonicals write it (`state-names-of-cn`: the People's Republic of China). */
const STATE_NAMES_OF = 'state-names-of-';
/** The lexicon ids of a state's abbreviation as a name's first word (`org-name-abbreviations-of-us`: "U.S."). */
const NAME_ABBREVIATIONS_OF = 'org-name-abbreviations-of-';
/** Words a state's name keeps in lower case. */
const LOWER_IN_NAMES: ReadonlySet<string> = new Set(['of', 'the', 'and']);
/** Before a mission, a word saying the text does not name one mission ("a South Korean consulate in northeast China"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Levels of a place a consulate's canonical names as its city. */
const CITY_LEVELS: ReadonlySet<string> = new Set(['city', 'special_city', 'county']);

const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'on', 'the']);
/** "and" joins words of one name only where a list of two names cannot be meant (cutAtListAnd). */
const AND = 'and';
/** The most words an "and" may follow before a name's first head word ("South and North ... Institute"). */
const MAX_WORDS_BEFORE_AND = 3;
/** Connectors that may start the tail after the last head word. */
const TAIL_STARTS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'on']);
/** Connectors of a tail that states the name's subject, which may be a place: "Commission on North Korea", "Committee for Human Rights in North Korea". */
const SUBJECT_TAIL_STARTS: ReadonlySet<string> = new Set(['for', 'against', 'on']);
/** Within a subject tail, "in" before a place continues the name ("... for Human Rights in North Korea"). */
const IN = 'in';
/** A weekday ends a name: "Tanbong Broadcasting on Wednesday" is a time, not the name's tail. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
/** A past participle opening a name's tail ("Abducted"), and the prepositions that may follow it. */
const PARTICIPLE = /^[a-z]{3,}ed$/;
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'by', 'from', 'in']);
/** Prepositions and adverbs a headline capitalises after its verb ("EXPELLED From", "Locked Inside", "Watched Too Much"). */
const HEADLINE_LINKS: ReadonlySet<string> = new Set(['from', 'to', 'in', 'inside', 'into', 'too', 'by', 'at', 'with', 'after', 'over', 'out', 'off', 'up', 'down']);
const headlineLink = (text: string, w: MatchWord | undefined): boolean => w !== undefined && HEADLINE_LINKS.has(w.key) && /^\p{Lu}/u.test(text.charAt(w.start));
/** Words in -ed that names hold as adjectives, not as a headline's verbs ("United Nations", "Associated Press"). */
const NAME_PARTICIPLES: ReadonlySet<string> = new Set(['united', 'limited', 'associated', 'allied', 'federated', 'incorporated', 'reformed', 'advanced', 'applied', 'combined', 'concerned', 'disabled', 'abducted', 'detained', 'kidnapped', 'separated', 'displaced', 'unified', 'armed', 'integrated', 'specialized', 'specialised', 'registered', 'licensed', 'red']);
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
const NATIONALITY = /(?:ese|ean|ian|ish|can)$/;
/** Words before a nationality adjective that make it a description ("a South Korean ..."), not part of a name. */
/** What joins two words of a name: see `joins` in findOrganizations. */
const NAME_JOIN = new RegExp(`^(?:['\u2019]?${WORD_GAP}|-|\\.(?:${WORD_GAP})?)$`);
const DESCRIBING = /(?:^|[^\p{L}])(?:a|an|another|one|two|three|several|some|many|other|its|their|his|her|our|this|that|these|those)\s+$/iu;
/** Places that give an organization named after them its seat ("the Anju Textile Mill" sits in Anju). */
const SEAT_LEVELS: ReadonlySet<string> = new Set(['province', 'special_city', 'city', 'county', 'district', 'workers_district', 'town', 'village', 'region']);
/** Organs of a state: their official names carry no nationality adjective ("the North Korean Ministry of ..."). */
const STATE_ORGANS: ReadonlySet<OrgKind> = new Set(['security', 'police', 'judicial', 'party', 'military', 'state']);
/** Kinds of organization whose place-name prefix is their seat; not outlets, groups or bodies named after a place they cover. */
const SEATED_KINDS: ReadonlySet<OrgKind> = new Set(['security', 'police', 'judicial', 'party', 'military', 'state', 'mass', 'company']);
/** Places whose name a publication takes; a town's name before "newspaper" says where. */
const NATURAL_FEATURES: ReadonlySet<string> = new Set(['river', 'mountain', 'lake']);
/** An acronym in parentheses right after a name, alone or with the name's last word: "(SJA)", "(SAND Institute)". */
const ACRONYM = /^ \(([A-Z][A-Za-z&]{1,7})(?: (\p{Lu}\p{Ll}+))?\)/u;
/** What ends right before an organization described by where it sits ("a Seoul-based ..."). */
const BASED = /[\p{L}.]-based (?:the )?$/iu;

const toKey = (phrase: string) => phrase.toLowerCase().replace(/['\u2019]/g, '').split(/[\s-]+/).join(' ');
/** A head word of several words as the words' keys read it: a possessive's "'s" is no part of its word ("children's palace" → "children palace"). */
const toHeadKey = (phrase: string) => toKey(phrase.replace(/['\u2019]s\b/g, ''));

/** The form two spellings of one name share: "the Korea Central News Agency" = "Korean Central News Agency", "Labour" = "Labor" (rules/spellings.yaml). */
function variantKey(name: string, spellings: Spellings): string {
  return name.toLowerCase().replace(/['\u2019]/g, '').split(/[\s.\-/]+/)
    .filter((w) => w !== '' && w !== 'the')
    // the adjective of the country does not make another name either
    .map((w) => (w === 'korean' ? 'korea' : standardSpelling(w, spellings)))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** The finder's word lists, keyed once per compiled rules rather than once per article. */
interface OrgLexicon {
  kinds: Map<string, OrgKind>;
  longest: number;
  generic: Set<string>;
  notNames: Set<string>;
  localUnitHeads: Set<string>;
  /** a lower-case publication noun right after a place: `org-publication-nouns` */
  publicationAfter: RegExp | null;
  /** the words naming a local unit of a gazetteer organization ("security bureau") → that organization */
  localUnitParents: Map<string, GazetteerEntry>;
  /** `korean-surnames`: a place written as a surname and a given name is a person's name in a name ("Kim Chaek University") */
  surnames: Set<string>;
  /** the variant key of each gazetteer organization's names → the organization, null where two share it */
  variants: Map<string, GazetteerEntry | null>;
  /** `org-missions`, as keys: "embassy", "consulate general" */
  missions: Set<string>;
  /** `org-name-abbreviations-of-<id>`: a state's abbreviation opening a name → the state's canonical ("u.s." → United States) */
  stateAbbreviations: Map<string, string>;
  /** `org-missions-named-embassy`: a mission noun named Embassy, found only with its host after it ("the Swedish mission in Pyongyang") */
  missionsNamedEmbassy: Set<string>;
  /** `org-missions-in-city`: missions whose canonical names the city they sit in ("Consulate General of Japan in Shenyang") */
  missionsInCity: Set<string>;
  /** `org-numbered-units`: a designation a number follows ("Unit 974") */
  numberedUnits: Set<string>;
  /** `org-unit-heads`: a head that opens a unit's own name after an organization's head ("University School of Law") */
  unitHeads: Set<string>;
  /** `org-outlet-nouns`: a lower-case noun an outlet's name follows ("newspaper Kommersant") */
  outletNouns: Set<string>;
  /** `relation-org-units`: the last word of a unit nested in the name of its organization ("... Party Finance Department") */
  unitWords: Set<string>;
  /** `org-abbreviated-heads`: head words written as abbreviations, whose dot is part of the name ("Co.") */
  abbreviatedHeads: Set<string>;
}

const lexicons = new WeakMap<CompiledRules, OrgLexicon>();

function lexiconOf(rules: CompiledRules): OrgLexicon {
  const known = lexicons.get(rules);
  if (known) return known;
  const kinds = new Map<string, OrgKind>();
  let longest = 1;
  for (const kind of ORG_KINDS) {
    for (const phrase of rules.lexicon.get(`org-heads-${kind}`) ?? []) {
      const key = toHeadKey(phrase);
      kinds.set(key, kind);
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  const keys = (id: string, key = toKey) => new Set([...(rules.lexicon.get(id) ?? [])].map(key));
  const nouns = [...(rules.lexicon.get('org-publication-nouns') ?? [])].map((n) => n.toLowerCase().replace(/[^a-z ]/g, ''));
  const localUnitParents = new Map<string, GazetteerEntry>();
  for (const [id, words] of rules.lexicon) {
    const parent = id.startsWith(LOCAL_UNITS_OF) ? rules.entries.get(id.slice(LOCAL_UNITS_OF.length)) : undefined;
    if (parent) for (const phrase of words) localUnitParents.set(toKey(phrase), parent);
  }
  const stateAbbreviations = new Map<string, string>();
  for (const [id, words] of rules.lexicon) {
    const state = id.startsWith(NAME_ABBREVIATIONS_OF) ? rules.entries.get(id.slice(NAME_ABBREVIATIONS_OF.length)) : undefined;
    if (state) for (const abbreviation of words) stateAbbreviations.set(abbreviation, state.canonical);
  }
  const variants = new Map<string, GazetteerEntry | null>();
  for (const e of rules.entries.values()) {
    if (e.type !== 'ORG') continue;
    // names written out in words: acronyms and guarded aliases are no model of a variant
    const names = [e.canonical, ...e.formerly.map((f) => f.name), ...e.aliases.flatMap((a) => (typeof a === 'string' ? [a] : []))];
    for (const key of new Set(names.map((n) => variantKey(n, rules.spellings)))) {
      if (key.split(' ').length < 2) continue;
      const other = variants.get(key);
      variants.set(key, other === undefined || other?.id === e.id ? e : null);
    }
  }
  const lexicon: OrgLexicon = {
    kinds, longest, generic: keys('org-generic-words'), notNames: keys('org-not-names'), localUnitHeads: keys('org-local-unit-heads', toHeadKey),
    publicationAfter: nouns.length === 0 ? null : new RegExp(`^[ \t](?:${nouns.join('|')})\\b`),
    localUnitParents,
    surnames: keys('korean-surnames'),
    variants,
    missions: keys('org-missions'),
    missionsNamedEmbassy: keys('org-missions-named-embassy'),
    stateAbbreviations,
    missionsInCity: keys('org-missions-in-city'),
    numberedUnits: keys('org-numbered-units'),
    unitHeads: keys('org-unit-heads'),
    outletNouns: keys('org-outlet-nouns'),
    unitWords: keys('relation-org-units'),
    abbreviatedHeads: keys('org-abbreviated-heads'),
  };
  lexicons.set(rules, lexicon);
  return lexicon;
}

function isNameWord(text: string, w: MatchWord): boolean {
  const c = text.charCodeAt(w.start);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A found name as word indexes [first, last] with the kind of its first own head word. */
interface Candidate {
  first: number;
  last: number;
  kind: OrgKind;
  containing: boolean;
  /** the whole name, its seat by the place's canonical name, when a place that is the organization's seat opens it and stays a PLACE: "Anju Textile Mill" */
  seatedName: string | null;
  /** a local unit of this gazetteer organization ("Hyesan Security Bureau" → the Ministry of State Security) */
  parent: GazetteerEntry | null;
}

export function findOrganizations(doc: WorkingDoc, rules: CompiledRules): Draft[] {
  const heads = lexiconOf(rules);
  if (heads.kinds.size === 0) return [];
  const { generic, notNames, localUnitHeads } = heads;
  const words = doc.words;
  const text = doc.folded;
  const earlier = spanIndex(doc.drafts.filter((d) => d.type !== 'DATE' && d.type !== 'MONEY' && d.type !== 'QUANTITY' && d.type !== 'CRIME'));
  // a date or an amount ends a name's tail: "the Kangdong Coal-mining Complex on May 6"
  const amounts = spanIndex(doc.drafts.filter((d) => d.type === 'DATE' || d.type === 'MONEY' || d.type === 'QUANTITY'));
  const out: Draft[] = [];

  // a space or a hyphen between words of a name, the apostrophe of a plural possessive
  // ("Workers' Party"), or the dot of an initial ("U.N. Security Council"); the space may be a
  // wrapped line's line break
  const joins = (a: MatchWord, b: MatchWord | undefined): b is MatchWord =>
    b !== undefined && a.joinsNext && !b.boilerplate && b.sentence === a.sentence && NAME_JOIN.test(text.slice(a.end, b.start));

  // a group's name may open with a common noun's possessive after "the" ("the Citizen's
  // Coalition for ..."); a possessive entity ("North Korea's ...") owns the name instead
  const possessiveOpener = (k: number): boolean => {
    const owner = words[k]!;
    const next = words[k + 1];
    return next !== undefined && words[k - 1]?.key === 'the' && next.sentence === owner.sentence && isNameWord(text, owner) && isNameWord(text, next)
      && ENGLISH.has(owner.key) && /^['\u2019]s +$/.test(text.slice(owner.end, next.start)) && earlier.overlapping(owner.start, owner.end).length === 0;
  };

  // inside a name, a common noun's possessive that is no head word runs on ("Tanbong People's
  // Solidarity", "North Korean People's Liberation Front"); an entity's possessive owns what follows
  const possessiveInside = (k: number): boolean => {
    const owner = words[k]!;
    const next = words[k + 1];
    return next !== undefined && next.sentence === owner.sentence && isNameWord(text, owner) && isNameWord(text, next)
      && ENGLISH.has(owner.key) && !heads.kinds.has(owner.key) && /^['\u2019]s +$/.test(text.slice(owner.end, next.start))
      && earlier.overlapping(owner.start, owner.end).length === 0;
  };

  // "in" and a place after a subject tail of the run so far: "the Committee for Human Rights in North Korea"
  const inSubjectTail = (runFirst: number, runLast: number, k: number): boolean => words[k]!.key === IN && words[k + 1] !== undefined
    // (a name's subject tail is near: the last dozen words, not the whole of a headline's run)
    && words.slice(Math.max(runFirst + 1, runLast - 12), runLast).some((x) => SUBJECT_TAIL_STARTS.has(x.key))
    && earlier.overlapping(words[k + 1]!.start, words[k + 1]!.end).some((d) => d.type === 'PLACE' && d.start === words[k + 1]!.start);

  const units = numberedUnits();
  out.push(...units);
  const inUnit = spanIndex(units);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.boilerplate || !isNameWord(text, w) || /\d/.test(text[w.start]!) || inUnit.overlapping(w.start, w.end).length > 0) continue;
    // the run: name words, with connectors between name words
    let last = i;
    for (;;) {
      if (last === i ? possessiveOpener(i) : possessiveInside(last)) {
        last = last + 1;
        continue;
      }
      let j = last + 1;
      while (j < words.length && joins(words[j - 1]!, words[j]) && (CONNECTORS.has(words[j]!.key) || words[j]!.key === AND || inSubjectTail(i, last, j)) && !isNameWord(text, words[j]!)) j++;
      const next = words[j];
      // a lower-case word hyphenated to a name word is part of it ("Coal-mining Complex"), but
      // "-based" says where the name that follows sits ("the Seoul-based Current TV")
      const hyphenated = j === last + 1 && next !== undefined && next.key !== 'based' && text.slice(words[last]!.end, next.start) === '-';
      if (!joins(words[j - 1]!, next) || !isNameWord(text, next) && !hyphenated) break;
      last = j;
    }
    last = cutAtListAnd(i, last);
    last = cutAtUnitName(i, last);
    const candidate = nameIn(i, last);
    if (candidate) {
      const drafts = draftsOf(candidate);
      out.push(...drafts);
      // the words of an acronym stated with the name's last word ("(SAND Institute)") are no name of their own
      const through = drafts[drafts.length - 1]!.end;
      i = candidate.last;
      while (i + 1 < words.length && words[i + 1]!.start < through) i++;
    } else i = last;
  }
  // a later "SAND Institute" is a use of the acronym stated with the head, not a name of its own
  const acronymAt = new Map<string, number>();
  for (const d of out) if (d.rule === `${RULE}-acronym` && !acronymAt.has(d.text)) acronymAt.set(d.text, d.start);
  const own = out.filter((d) => d.rule === `${RULE}-acronym` || d.start < (acronymAt.get(d.text) ?? Infinity));
  const stated = [...own, ...acronymRepeats(own)];
  unitsOfKnownOrganizations(stated);
  const named = [...stated, ...initialsOf(stated), ...publicationsNamedAfterPlaces(), ...missions(), ...outletsAfterNouns(stated)];
  return shortFormsOfEarlierNames(shortFormsOfSeatedNames([...named, ...lowerCaseNamesOfKnownBodies(named)]));

  /**
   * A found name of two words or more whose words stand together in an organization named
   * before it in the article ("the Commission of Inquiry" after "the U.N. Commission of Inquiry
   * on human rights in North Korea", "the Journalists Association" after "the Tanbong Journalists
   * Association") is a short form of that name: the same organization. A short form of two
   * different earlier names stays as written.
   */
  function shortFormsOfEarlierNames(found: Draft[]): Draft[] {
    const orgs = [...found, ...doc.drafts].filter((d): d is Extract<Draft, { type: 'ORG' }> => d.type === 'ORG');
    return found.map((d) => {
      // a name as written, not one its seat completes ("Gold Mine" after "Huchang" is its own mine)
      if (d.type !== 'ORG' || d.canonicalId !== null || d.rule !== RULE || d.canonical !== spelledOut(nameAsWritten(d.text))) return d;
      const key = variantKey(d.text, rules.spellings);
      if (!key.includes(' ')) return d;
      const longer = orgs.filter((o) => {
        const written = variantKey(o.text, rules.spellings);
        return o.end <= d.start && o.canonical !== d.canonical && written.length > key.length && ` ${written} `.includes(` ${key} `);
      });
      const names = new Set(longer.map((o) => o.canonical));
      if (names.size !== 1) return d;
      const o = longer[0]!;
      return { ...d, canonical: o.canonical, canonicalId: o.canonicalId, norm: { kind: o.norm.kind, acronym: o.norm.acronym } };
    });
  }

  /**
   * A name found without its seat that the article gives with it elsewhere ("the Provincial
   * Workers' Organizations" and "the Ryanggang Provincial Workers' Organization"): one
   * organization, the seated name its canonical. The seat is a place the article names; a short
   * form two seated names share stays as written.
   */
  function shortFormsOfSeatedNames(found: Draft[]): Draft[] {
    // a place as written, its canonical, and its name without designator: "Ryanggang" of "Ryanggang Provincial ..."
    const places = new Set(doc.drafts.filter((d) => d.type === 'PLACE').flatMap((d) => [d.text, d.canonical, placeStem(d.canonical)].map((n) => variantKey(n, rules.spellings))));
    const seated = new Map<string, Set<string>>();
    for (const d of [...found, ...doc.drafts]) {
      if (d.type !== 'ORG') continue;
      const parts = variantKey(d.canonical, rules.spellings).split(' ');
      for (let n = 1; n < parts.length - 1; n++) {
        if (!places.has(parts.slice(0, n).join(' '))) continue;
        const tail = parts.slice(n).join(' ');
        seated.set(tail, (seated.get(tail) ?? new Set()).add(d.canonical));
      }
    }
    if (seated.size === 0) return found;
    return found.map((d) => {
      if (d.type !== 'ORG' || d.canonicalId !== null) return d;
      const full = seated.get(variantKey(d.canonical, rules.spellings));
      return full?.size === 1 && !full.has(d.canonical) ? { ...d, canonical: [...full][0]! } : d;
    });
  }

  /**
   * A known organization's name in lower case with its words in another order: "the education
   * ministry" is the Ministry of Education, "the country's labour ministry" the Ministry of
   * Labour. One to three lower-case words and a head word, after "the" or a possessive, whose
   * name, or the head with "of" and the words ("ministry of education"), is a gazetteer
   * organization's (compared as variants: spelling, plurals, "the"). A head word without its
   * words names no body: "a ministry", "the ministry".
   */
  function lowerCaseNamesOfKnownBodies(found: Draft[]): Draft[] {
    const out: Draft[] = [];
    const taken = spanIndex(found);
    for (let k = 1; k < words.length; k++) {
      const head = words[k]!;
      if (!heads.kinds.has(head.key) || isNameWord(text, head) || head.boilerplate) continue;
      for (let n = Math.min(MAX_LOWER_CASE_WORDS, k); n >= 1; n--) {
        const first = words[k - n]!;
        const before = doc.text.slice(Math.max(0, first.start - 4), first.start);
        if (!DETERMINED.test(before)) continue;
        const subject = words.slice(k - n, k);
        if (subject.some((x, i) => isNameWord(text, x) || isStopWord(x.key) || CONNECTORS.has(x.key) || x.sentence !== head.sentence || !joins(x, words[k - n + i + 1]))) continue;
        if (earlier.overlapping(first.start, head.end).length > 0 || taken.overlapping(first.start, head.end).length > 0) continue;
        const written = doc.text.slice(first.start, head.end);
        const known = knownByName(written) ?? knownByName(`${head.key} of ${subject.map((x) => x.key).join(' ')}`);
        if (known?.type !== 'ORG') continue;
        out.push({ type: 'ORG', text: written, start: first.start, end: head.end, canonical: known.canonical, canonicalId: known.id, rule: LOWER_CASE_RULE, norm: { kind: known.kind, acronym: null } });
        break;
      }
    }
    return out;
  }

  /** A lower-case letter hyphenated to a capitalised word opens a brand's name: "n-TV". */
  function brandPrefix(k: number): boolean {
    const w = words[k]!;
    const next = words[k + 1];
    return w.end - w.start === 1 && text[w.end] === '-' && next !== undefined && next.start === w.end + 1 && isNameWord(text, next);
  }

  /** Outlets named after a lower-case outlet noun: "Moscow newspaper Kommersant reported", "the network n-TV". */
  function outletsAfterNouns(found: Draft[]): Draft[] {
    const outlets: Draft[] = [];
    if (heads.outletNouns.size === 0) return outlets;
    const taken = spanIndex(found);
    for (let k = 0; k < words.length - 1; k++) {
      const noun = words[k]!;
      if (noun.boilerplate || isNameWord(text, noun)) continue;
      const second = words[k + 1]!;
      const size = second.sentence === noun.sentence && heads.outletNouns.has(`${noun.key} ${second.key}`) ? 2 : heads.outletNouns.has(noun.key) ? 1 : 0;
      if (size === 0) continue;
      const first = k + size;
      if (!joins(words[first - 1]!, words[first]) || !(isNameWord(text, words[first]!) || brandPrefix(first)) || isStopWord(words[first]!.key)) continue;
      let last = first;
      while (last - first < MAX_UNIT_WORDS - 1 && joins(words[last]!, words[last + 1]) && isNameWord(text, words[last + 1]!)) last++;
      const start = words[first]!.start;
      const end = words[last]!.end;
      if (earlier.overlapping(start, end).length > 0 || amounts.overlapping(start, end).length > 0 || taken.overlapping(start, end).length > 0) continue;
      // a demonym after the noun describes what follows ("a smuggling network North Korean traders used")
      if (NATIONALITY.test(words[first]!.key) || COMPASS.has(words[first]!.key)) continue;
      const written = doc.text.slice(start, end);
      outlets.push({ type: 'ORG', text: written, start, end, canonical: nameAsWritten(written), canonicalId: null, rule: OUTLET_RULE, norm: { kind: 'media', acronym: null } });
      k = last;
    }
    return outlets;
  }

  /** Military units named by number: "the 31st Border Guard Brigade", "the 25th Brigade", "Unit 974". */
  function numberedUnits(): Draft[] {
    const found: Draft[] = [];
    const fullNames = new Map<string, string>();
    const unit = (first: number, last: number): Draft => {
      const start = words[first]!.start;
      const end = words[last]!.end;
      const written = doc.text.slice(start, end);
      return { type: 'ORG', text: written, start, end, canonical: nameAsWritten(written), canonicalId: null, rule: NUMBERED_RULE, norm: { kind: 'military', acronym: null } };
    };
    for (let i = 0; i < words.length - 1; i++) {
      const w = words[i]!;
      if (w.boilerplate || earlier.overlapping(w.start, w.end).length > 0) continue;
      if (heads.numberedUnits.has(w.key) && isNameWord(text, w) && joins(w, words[i + 1]) && /^\d+$/.test(words[i + 1]!.key)) {
        found.push(unit(i, i + 1));
        i++;
        continue;
      }
      if (!ORDINAL.test(w.key) && !(SPELLED_ORDINAL.test(w.key) && isNameWord(text, w))) continue;
      let end = i;
      while (end - i < MAX_UNIT_WORDS + 1 && joins(words[end]!, words[end + 1]) && isNameWord(text, words[end + 1]!) && !/\d/.test(words[end + 1]!.key)) end++;
      const militaryHeads = headsIn(i + 1, end).filter(([, , kind]) => kind === 'military');
      // "the Third Corps Command" is the corps: its command after another head names no other unit
      if (militaryHeads.length > 1 && COMMAND_OF_UNIT.test(words[militaryHeads[militaryHeads.length - 1]![0]]!.key)) militaryHeads.pop();
      const military = militaryHeads.pop();
      if (military === undefined) continue;
      const last = military[0] + military[1] - 1;
      if (coveredBy(i + 1, last).length > 0) continue;
      const d = unit(i, last);
      // "the 31st Brigade" after "the 31st Border Guard Brigade": the ordinal and the head name one unit
      const key = `${w.key} ${words.slice(military[0], last + 1).map((x) => x.key).join(' ')}`;
      const full = fullNames.get(key);
      if (full === undefined || last - i > 1) fullNames.set(key, full ?? d.canonical);
      d.canonical = full ?? d.canonical;
      found.push(d);
      i = last;
    }
    // a short form written before its full name takes it too
    for (const d of found) {
      const parts = d.canonical.split(' ');
      const full = fullNames.get(`${parts[0]!.toLowerCase()} ${parts.slice(-1)[0]!.toLowerCase()}`);
      if (parts.length === 2 && full !== undefined && (ORDINAL.test(parts[0]!) || SPELLED_ORDINAL.test(parts[0]!.toLowerCase()))) d.canonical = full;
    }
    return found;
  }

  function knownByName(name: string): GazetteerEntry | null | undefined {
    return heads.variants.get(variantKey(name, rules.spellings));
  }

  /**
   * A found name whose last word is a unit (`relation-org-units`: department, bureau, ...) followed
   * by "of" and a gazetteer organization, maybe after its country's possessive and one adjective
   * ("the Justice Department of North Korea's ruling party"), is that organization's unit: its
   * canonical names both ("Justice Department of the Workers' Party of Korea"), and so does every
   * mention of the unit written the same way in the article.
   */
  function unitsOfKnownOrganizations(found: Draft[]): void {
    const units = rules.lexicon.get('relation-org-units');
    if (!units) return;
    const known = doc.drafts.filter((d) => d.type === 'ORG' && d.canonicalId !== null);
    const composed = new Map<string, string>();
    for (const d of found) {
      if (d.type !== 'ORG' || d.canonicalId !== null || (d.rule !== RULE && d.rule !== CONTAINING_ORG_RULE)) continue;
      if (!units.has(d.text.split(/\s+/).pop()!.toLowerCase())) continue;
      const owner = known.find((o) => o.start > d.end && o.start - d.end < 40);
      if (!owner) continue;
      const gap = doc.text.slice(d.end, owner.start);
      const possessive = /^ of (?:the )?(.+?)['\u2019]s (?:[a-z]+ )?$/.exec(gap);
      const place = possessive ? earlier.overlapping(d.end + gap.indexOf(possessive[1]!), owner.start).find((p) => p.type === 'PLACE') : undefined;
      if (!/^ of (?:the )?$/.test(gap) && !(possessive && place && place.text === possessive[1])) continue;
      composed.set(d.text, `${d.text} of ${/^the /i.test(owner.canonical) ? '' : 'the '}${owner.canonical}`);
    }
    for (const d of found) {
      const canonical = d.type === 'ORG' && d.canonicalId === null ? composed.get(d.text) : undefined;
      if (canonical) d.canonical = canonical;
    }
  }

  /** Later uses of the initials of a found name that states no acronym: "DEA" after "Drug Enforcement Administration". */
  function initialsOf(found: Draft[]): Draft[] {
    const uses: Draft[] = [];
    const taken = spanIndex(found);
    const seen = new Set<string>();
    for (const d of found) {
      if (d.type !== 'ORG' || (d.rule !== RULE && d.rule !== CONTAINING_ORG_RULE) || d.norm.acronym !== null) continue;
      const initials = d.text.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
      if (initials.length < 3 || seen.has(initials)) continue;
      seen.add(initials);
      for (const at of usesAfter(initials, d.end)) {
        if (taken.overlapping(at, at + initials.length).length > 0) continue;
        uses.push({ ...d, text: initials, start: at, end: at + initials.length, rule: `${RULE}-initials` });
      }
    }
    return uses;
  }

  /**
   * A demonym and a mission noun: "the Vietnamese Embassy in Seoul" → Embassy of Vietnam in South
   * Korea. The sending state is named by its `state-names-of-<id>` where it has one ("the People's
   * Republic of China"), else by its canonical; the host is the place right after "in": its
   * country for an embassy, the city itself for a consulate (`org-missions-in-city`) sited in a
   * city (docs/annotation.md, adjudication 8). Without a host the canonical ends at the state; a
   * mission after "a" is not said to be one mission and is no entity.
   */
  function missions(): Draft[] {
    const found: Draft[] = [];
    if (heads.missions.size === 0) return found;
    const demonyms = demonymsOf(rules);
    const taken = spanIndex(out);
    const places = spanIndex(doc.drafts.filter((d) => d.type === 'PLACE' && d.canonicalId !== null));
    // keys of one or two words from `at` in one sentence, built without slicing: this runs at every word
    const keyOf = (at: number, n: number): string | undefined => {
      const first = words[at];
      if (first === undefined || n === 1) return first?.key;
      const second = words[at + 1];
      return second === undefined || second.sentence !== first.sentence ? undefined : `${first.key} ${second.key}`;
    };
    // a mission noun's first word must follow: a cheap test before the demonym lookup at every word
    const missionStarts = new Set([...heads.missions].map((k) => k.split(' ')[0]!));
    for (let i = 0; i < words.length; i++) {
      for (const n of [2, 1]) {
        if (!missionStarts.has(words[i + n]?.key ?? '')) continue;
        const key = keyOf(i, n);
        const country = key === undefined ? undefined : demonyms.get(key);
        if (country === undefined) continue;
        const headSize = [2, 1].find((h) => words[i + n]?.sentence === words[i]!.sentence && heads.missions.has(keyOf(i + n, h) ?? ''));
        if (headSize === undefined) continue;
        const head = words.slice(i + n, i + n + headSize);
        const headKey = head.map((x) => x.key).join(' ');
        const start = words[i]!.start;
        const end = head[head.length - 1]!.end;
        if (words[i]!.boilerplate || earlier.overlapping(start, end).length > 0 || taken.overlapping(start, end).length > 0) continue;
        if (INDEFINITE.has(words[i - 1]?.key ?? '')) continue;
        const after = words[i + n + headSize];
        const hostPlace = after?.key === 'in' && after.sentence === words[i]!.sentence ? places.overlapping(words[i + n + headSize + 1]?.start ?? -1, (words[i + n + headSize + 1]?.start ?? -1) + 1)[0] : undefined;
        const host = hostPlace ? hostOf(hostPlace.canonicalId!, heads.missionsInCity.has(headKey)) : null;
        const namedEmbassy = heads.missionsNamedEmbassy.has(headKey);
        if (namedEmbassy && host === null) continue;
        const mission = namedEmbassy ? 'Embassy' : head.map((x) => x.key[0]!.toUpperCase() + x.key.slice(1)).join(' ');
        found.push({ type: 'ORG', text: doc.text.slice(start, end), start, end, canonical: `${mission} of ${stateName(country)}${host === null ? '' : ` in ${host}`}`, canonicalId: null, rule: MISSION_RULE, norm: { kind: 'state', acronym: null } });
        i += n + head.length - 1;
        break;
      }
    }
    return found;
  }

  /** A state as a mission names it: its `state-names-of-<id>` ("the Republic of Korea"), else its canonical, with "the" where the name takes it. */
  function stateName(country: GazetteerEntry): string {
    const formal = [...(rules.lexicon.get(`${STATE_NAMES_OF}${country.id}`) ?? [])][0];
    if (formal !== undefined) return `the ${formal.split(' ').map((w) => (LOWER_IN_NAMES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ')}`;
    return COUNTRY_WITH_THE.test(country.canonical) ? `the ${country.canonical}` : country.canonical;
  }

  /** A name opening with its state's abbreviation (`org-name-abbreviations-of-<id>`: "U.S. Bureau of Prisons") spells the state out: United States Bureau of Prisons. */
  function spelledOut(name: string): string {
    for (const [abbreviation, state] of heads.stateAbbreviations) {
      if (name.length > abbreviation.length && name.slice(0, abbreviation.length + 1).toLowerCase() === `${abbreviation} `) return `${state} ${name.slice(abbreviation.length + 1)}`;
    }
    return name;
  }

  /** The host a mission's canonical names: the city for a consulate in a city, else the country holding the place. */
  function hostOf(placeId: string, inCity: boolean): string | null {
    const place = rules.entries.get(placeId);
    if (place?.type !== 'PLACE') return null;
    if (inCity && CITY_LEVELS.has(place.level ?? '')) return place.canonical;
    const country = place.level === 'country' ? place : [...rules.entries.values()].find((e) => e.type === 'PLACE' && e.level === 'country' && e.country === place.country);
    if (country === undefined) return null;
    return COUNTRY_WITH_THE.test(country.canonical) ? `the ${country.canonical}` : country.canonical;
  }

  /**
   * A river, mountain or lake the gazetteer knows, followed by a lower-case publication noun
   * from `org-publication-nouns` ("the Imjingang magazine"): a publication named after it (a
   * town before the noun is where the paper is sold or made: "Hyesan newspaper vendors"),
   * an ORG of kind media whose name is the place's as written. It contains the place, so it wins.
   */
  function publicationsNamedAfterPlaces(): Draft[] {
    const after = heads.publicationAfter;
    if (after === null) return [];
    const found: Draft[] = [];
    for (const d of doc.drafts) {
      if (d.type !== 'PLACE' || d.canonicalId === null || !NATURAL_FEATURES.has(d.norm.level ?? '') || overlapsAny(doc.boilerplate, d.start, d.end)) continue;
      const m = after.exec(doc.text.slice(d.end, d.end + 16));
      if (!m) continue;
      const end = d.end + m[0].length;
      found.push({ type: 'ORG', text: doc.text.slice(d.start, end), start: d.start, end, canonical: d.text, canonicalId: null, rule: CONTAINING_ORG_RULE, norm: { kind: 'media', acronym: null } });
    }
    return found;
  }

  /**
   * A gazetteer organization opening [first, last] and the capitalised words after it, which end
   * in a unit word (`relation-org-units`) and hold a head word and a word of their own: a unit nested in the name of its
   * organization ("the Rodong Dang Labor Organization Department", "the Workers' Party Finance
   * Department"), an organization of its own named by those words, of the kind of its parent;
   * both stay entities (docs/annotation.md, nested names).
   */
  function nestedUnit(first: number, last: number): Candidate | null {
    if (first > last || !heads.unitWords.has(words[last]!.key)) return null;
    const parent = earlier.overlapping(words[first]!.start, words[first]!.end).find((d) => d.type === 'ORG' && d.canonicalId !== null && d.start === words[first]!.start);
    if (!parent) return null;
    let unit = first;
    while (unit <= last && words[unit]!.start < parent.end) unit++;
    if (unit > last || CONNECTORS.has(words[unit]!.key) || coveredBy(unit, last).length > 0) return null;
    // a word of its own besides heads and generic words: "the MSS Office" names no unit
    const headWords = new Set(headsIn(unit, last).flatMap(([at, n]) => Array.from({ length: n }, (_, i) => at + i)));
    if (!words.slice(unit, last + 1).some((x, i) => !headWords.has(unit + i) && !generic.has(x.key) && !CONNECTORS.has(x.key))) return null;
    const headKind = headsIn(unit, last)[0]?.[2];
    if (headKind === undefined) return null;
    return { first: unit, last, kind: (parent.type === 'ORG' ? parent.norm.kind : null) ?? headKind, containing: false, seatedName: null, parent: null };
  }

  function coveredBy(first: number, last: number, types?: readonly string[]) {
    const start = words[first]!.start;
    const end = words[last]!.end;
    return earlier.overlapping(start, end).filter((d) => !types || types.includes(d.type));
  }

  /**
   * Where a name ends right before a unit's own name opens ("the Yanbian University School of
   * Law": the university, then its "School of Law"): an organization's head word, then a head of
   * `org-unit-heads` with "of" after it. Mentions never overlap, and the parent and the unit are
   * each an organization (docs/annotation.md, nested names); else `last`.
   */
  function cutAtUnitName(first: number, last: number): number {
    for (let k = first; k + 2 <= last; k++) {
      if (heads.kinds.has(words[k]!.key) && heads.unitHeads.has(words[k + 1]!.key) && words[k + 2]!.key === 'of') return k;
    }
    return last;
  }

  /**
   * The run up to its first "and" that joins two names rather than two words of one name. An
   * "and" stays inside a name in its tail, when the words after it hold no head word ("Network
   * for North Korean Democracy and Human Rights", "Ministry of Land and Environment
   * Protection"), or before its first head word, when the words before it hold none and do not
   * open the sentence ("the South and North Development Institute"). Words of another entity on
   * either side, a head word on both sides ("the Ministry of Unification and Ministry of
   * Justice"), "the" or a Korean surname after it make a list of two.
   */
  function cutAtListAnd(first: number, last: number): number {
    for (let k = first + 1; k < last; k++) {
      if (words[k]!.key !== AND) continue;
      let end = k + 1;
      while (end < last && words[end + 1]!.key !== AND) end++;
      // a Korean surname after "and" opens a person's name the person finder may not know ("and Kim Chol")
      const nameWords = isNameWord(text, words[k - 1]!) && isNameWord(text, words[k + 1]!) && !heads.surnames.has(words[k + 1]!.key);
      const leftHeads = headsIn(first, k - 1);
      // a head word on one side only: on both, two names; on neither, no name
      const oneSideHeaded = headsIn(k + 1, end).length > 0 !== leftHeads.length > 0;
      const alone = nameWords && oneSideHeaded && coveredBy(k - 1, k - 1).length === 0 && coveredBy(k + 1, end).length === 0;
      const lastLeftHead = leftHeads[leftHeads.length - 1];
      const inTail = lastLeftHead !== undefined && words.slice(lastLeftHead[0] + lastLeftHead[1], k).some((x) => TAIL_STARTS.has(x.key));
      let opening = first;
      while (opening < k && isStopWord(words[opening]!.key)) opening++;
      const beforeHead = leftHeads.length === 0 && k - opening <= MAX_WORDS_BEFORE_AND && opening > 0 && words[opening - 1]!.sentence === words[opening]!.sentence
        && words.slice(opening, k).every((x) => isNameWord(text, x));
      if (!alone || !(inTail || beforeHead)) return k - 1;
    }
    return last;
  }

  /** Head word matches in [first, last], longest first at each position: [at, length, kind]. */
  function headsIn(first: number, last: number): [number, number, OrgKind][] {
    const found: [number, number, OrgKind][] = [];
    for (let k = first; k <= last; k++) {
      // the keys of the 1..longest words from k, each built from the one before
      const keys: string[] = [];
      for (let n = 1; n <= Math.min(heads.longest, last - k + 1); n++) keys.push(n === 1 ? words[k]!.key : `${keys[n - 2]} ${words[k + n - 1]!.key}`);
      for (let n = keys.length; n >= 1; n--) {
        const kind = heads.kinds.get(keys[n - 1]!);
        if (kind) {
          found.push([k, n, kind]);
          k += n - 1;
          break;
        }
      }
    }
    return found;
  }

  function nameIn(runFirst: number, runLast: number): Candidate | null {
    const before = /['\u2019]s? $/.exec(doc.text.slice(Math.max(0, words[runFirst]!.start - 3), words[runFirst]!.start));
    if (before) {
      const owner = words[runFirst]!.start - before[0].length;
      if (earlier.endingAt(owner).some((d) => d.type === 'ORG')) return null;
    }
    let first = runFirst;
    // leading stop words; nationality adjectives where they describe the name rather than open it:
    // after "a", a number or a possessive ("a South Korean ..."), or before an organ of a state
    // whose name starts with its head ("the North Korean Ministry of ..."); otherwise they are part
    // of the name ("the South Korean Democracy Network Against ...", "the Japanese Association for ...")
    while (first <= runLast && isStopWord(words[first]!.key)) first++;
    let adjectives = first;
    // a place's name that ends like an adjective is no adjective ("Yanbian University")
    const nationality = (k: number) => NATIONALITY.test(words[k]?.key ?? '') && !earlier.overlapping(words[k]!.start, words[k]!.end).some((d) => d.type === 'PLACE' && d.canonicalId !== null);
    while (adjectives <= runLast && (COMPASS.has(words[adjectives]!.key) && nationality(adjectives + 1) || nationality(adjectives) && !heads.kinds.has(words[adjectives]!.key))) adjectives++;
    const opening = headsIn(adjectives, runLast)[0];
    // a state's organ is described by its state's demonym; a bare "Korean" names no state and
    // opens the name ("the Korean Institute of Criminology")
    const ofState = demonymsOf(rules).has(words.slice(first, adjectives).map((x) => x.key).join(' '));
    const organOfState = opening !== undefined && opening[0] === adjectives && STATE_ORGANS.has(opening[2]) && ofState;
    if (adjectives > first && (DESCRIBING.test(doc.text.slice(Math.max(0, words[first]!.start - 12), words[first]!.start)) || organOfState)) first = adjectives;
    // a possessive place or person before the first head word ("North Korea's" after it opens a tail)
    const headAt = headsIn(first, runLast)[0]?.[0] ?? runLast;
    for (let k = first; k < headAt; k++) {
      const after = doc.text.slice(words[k]!.end, words[k]!.end + 2);
      if (/^['\u2019]s/.test(after) || /s$/.test(words[k]!.key) && /^['\u2019]/.test(after)) {
        // "Human Rights Watch's Asia Division" is a unit of the organization, not one of its own
        // the owner is an entity that ends at the possessive, not one running on ("Workers' Party")
        // (an entity before it owns nothing: "the Dandong People's Court" is no court of Dandong's people)
        const owners = coveredBy(first, k).filter((d) => d.end <= words[k]!.end + 2 && d.end > words[k]!.start);
        if (owners.some((d) => d.type === 'ORG')) return null;
        if (owners.some((d) => d.type === 'PLACE' || d.type === 'PERSON')) first = k + 1;
      }
    }
    while (first <= runLast && CONNECTORS.has(words[first]!.key)) first++;
    if (first > runLast) return null;
    // a connector before the first head word ends a phrase that is not the name: "Students of ..."
    const firstHead = headsIn(first, runLast)[0]?.[0] ?? runLast;
    for (let k = firstHead - 1; k > first; k--) {
      if (CONNECTORS.has(words[k]!.key) && !isNameWord(text, words[k]!)) {
        first = k + 1;
        break;
      }
    }
    while (first <= runLast && CONNECTORS.has(words[first]!.key)) first++;
    // a gazetteer organization and a unit nested in its name are names of their own: the unit's, or the end of the run
    for (let k = first; k <= runLast; k++) {
      const nested = nestedUnit(k, runLast);
      if (nested === null) continue;
      if (k === first) return nested;
      runLast = k - 1;
      while (runLast >= first && CONNECTORS.has(words[runLast]!.key)) runLast--;
      if (runLast < first) return null;
      break;
    }
    const found = headsIn(first, runLast).filter(([at, n]) => !coveredBy(at, at + n - 1).some((d) => d.canonicalId !== null || d.type !== 'ORG'));
    if (found.length === 0) return null;
    const [lastHeadAt, lastHeadLength] = found[found.length - 1]!;
    let last = lastHeadAt + lastHeadLength - 1;
    // the tail: "of the United Nations", not "of Hyesan"
    // a place in a tail of "of" is the seat ("of Hyesan"), in a tail of "on" or "for" the subject ("on North Korea")
    const tailTypes: Draft['type'][] = SUBJECT_TAIL_STARTS.has(words[last + 1]?.key ?? '') ? ['PERSON'] : ['PLACE', 'PERSON'];
    const tailLast = tailBeforeTime(last, runLast);
    if (tailLast > last && TAIL_STARTS.has(words[last + 1]!.key) && coveredBy(last + 1, tailLast, tailTypes).length === 0) last = tailLast;
    else if (last + 1 === runLast) last = participleTail(last);
    first = openedByAcronym(runFirst, first, last);
    const start = words[first]!.start;
    const end = words[last]!.end;
    const inside = coveredBy(first, last);
    // an entity cut through by the name: it stands, the name does not
    if (inside.some((d) => d.start < start || d.end > end)) return null;
    const spanKeys = words.slice(first, last + 1).map((x) => x.key);
    if (notNames.has(spanKeys.join(' '))) return null;
    // three words or more in capitals throughout are a headline's, not a name ("FIRING SQUAD ... IN SCHOOL")
    if (spanKeys.length >= 3 && !/\p{Ll}/u.test(doc.text.slice(start, end))) return null;
    // a headline capitalises its verbs: a participle and a capitalised preposition after it in a
    // title-case line are the headline's clause, no name ("Students EXPELLED From University",
    // "Forced To Work In Coal Mines"); "Network Against Forced Labor" keeps its participle
    if (spanKeys.some((key, k) => PARTICIPLE.test(key) && !NAME_PARTICIPLES.has(key) && headlineLink(doc.text, words[first + k + 1])) && isTitleCaseLine(doc.text, start)) return null;
    const headWords = new Set<number>();
    for (const [at, n] of headsIn(first, last)) for (let k = at; k < at + n; k++) headWords.add(k);
    const places = coveredBy(first, last, ['PLACE']);
    const inPlace = (k: number) => places.some((d) => d.start <= words[k]!.start && words[k]!.end <= d.end);
    // a nationality adjective belongs to a name but does not make one ("the North Korean Army" is
    // no name); a place's name that ends like one does ("Yanbian University")
    const ownWord = spanKeys.some((key, k) => !headWords.has(first + k) && !CONNECTORS.has(key) && key !== AND && !generic.has(key) && (!NATIONALITY.test(key) || inPlace(first + k)));
    // a one-word name that is all head: "Radio", "Ministry"; after "-based" a name of two words
    // or more may be all generic words and heads ("the San Francisco-based Current TV")
    if (!ownWord && !(spanKeys.length >= 2 && BASED.test(doc.text.slice(Math.max(0, start - 8), start)))) return unitOfParent(first, last);
    // a place and generic words before a local head: a local unit of a generic kind
    const isLocalHead = ([at, n]: readonly [number, number, ...unknown[]]) => localUnitHeads.has(spanKeys.slice(at - first, at - first + n).join(' '));
    // a head that is no local head names an organ of its own ("the Dandong Customs Office"): no local unit of a generic kind
    const localHead = found.some(isLocalHead) && found.every((h) => h[0] > last || isLocalHead(h));
    // the local units of a generic kind are the North's; another state's court or police named
    // after its seat is an organization of its own ("the Seoul Central District Court", "the Yanji
    // Intermediate People's Court"), a name the press gives each; an outlet's "Seoul Bureau" is none
    const seatPlace = places.find((d) => d.type === 'PLACE' && d.start === start);
    const abroad = seatPlace?.type === 'PLACE' && seatPlace.norm.country !== null && seatPlace.norm.country !== undefined && seatPlace.norm.country !== 'KP';
    const organOfForce = found.some((h) => h[2] === 'judicial' || h[2] === 'police' || h[2] === 'security');
    // a possessive generic word is listed with its apostrophe ("people's": key "peoples")
    if (localHead && !(abroad && organOfForce) && places.length > 0 && spanKeys.every((key, k) => headWords.has(first + k) || CONNECTORS.has(key) || generic.has(key) || generic.has(`${key}s`) || inPlace(first + k))) {
      // a unit abroad is no unit of the North's ministries ("the Jilin ... Security Department" is China's)
      return abroad ? null : localUnitOf(first, last, inPlace);
    }
    const kind = found[0]![2];
    const seat = places.find((d) => d.type === 'PLACE' && d.start === start && d.canonicalId !== null && SEAT_LEVELS.has(d.norm.level ?? '') && d.end < words[found[0]![0]]!.start);
    // a town named after a person, written as the person's name, names the organization after the person
    const personsName = seat !== undefined && words[first + 1]!.start < seat.end && heads.surnames.has(words[first]!.key);
    if (seat && SEATED_KINDS.has(kind) && !personsName) {
      let own = first;
      while (words[own]!.start < seat.end) own++;
      const rest = inside.filter((d) => d !== seat);
      // the seat by its canonical name, so one organization has one name however its place is spelled ("ChungJin College" is
      // Chongjin College); a place written by another name the gazetteer lists for it (a former name: "Huchang" of
      // Kimhyongjik) keeps that name, which is the organization's own ("Huchang Gold Mine")
      const seatWord = doc.text.slice(seat.start, seat.end).toLowerCase();
      const otherName = (rules.entries.get(seat.canonicalId!)?.aliases ?? []).some((a) => (typeof a === 'string' ? a : a.text).toLowerCase() === seatWord);
      const seatedName = `${otherName ? nameAsWritten(doc.text.slice(seat.start, seat.end)) : seat.canonical} ${nameAsWritten(doc.text.slice(words[own]!.start, end))}`;
      return { first: own, last, kind, containing: rest.some((d) => d.canonicalId !== null), seatedName, parent: null };
    }
    return { first, last, kind, containing: inside.some((d) => d.canonicalId !== null), seatedName: null, parent: null };
  }

  /**
   * Where a name opens when its acronym in parentheses says so: the acronym's first letter is no
   * initial of the name's first word but of a capitalised word of the run before it, with only
   * connectors between ("Rescue the Tanbong People Action Network (RTPAN)": the verb opens the
   * name, though "the" would have cut it); else `first`.
   */
  function openedByAcronym(runFirst: number, first: number, last: number): number {
    const acronym = ACRONYM.exec(doc.text.slice(words[last]!.end, words[last]!.end + 40))?.[1];
    if (acronym === undefined || text[words[first]!.start]!.toUpperCase() === acronym[0]) return first;
    let k = first - 1;
    while (k >= runFirst && CONNECTORS.has(words[k]!.key)) k--;
    return k >= runFirst && isNameWord(text, words[k]!) && text[words[k]!.start] === acronym[0] && coveredBy(k, first - 1).length === 0 ? k : first;
  }

  /**
   * The last word of a tail after the head at `last`, up to `runLast`: a date, an amount or a
   * weekday, and the connectors before it, end the tail ("the Institute of Tanbong Studies on
   * Monday", "... Complex on May 6"), the name keeping the words before them.
   */
  function tailBeforeTime(last: number, runLast: number): number {
    let end = last;
    while (end < runLast && !WEEKDAY.test(words[end + 1]!.key) && amounts.overlapping(words[end + 1]!.start, words[end + 1]!.end).length === 0) end++;
    if (end < runLast) while (end > last && CONNECTORS.has(words[end]!.key)) end--;
    return end;
  }

  /**
   * A place, generic words and a local head: a local unit of a generic kind, no organization of
   * its own. Where the words after the place name a unit of a gazetteer organization
   * (`org-local-units-of-<id>`: "Hyesan City Security Department"), the mention is that
   * organization's, and the place stays a PLACE: the unit is based in it.
   */
  /**
   * A past participle after the head and a preposition continue a group's name to the end of
   * the capitalised words after them ("Family Assembly Abducted to North Korea"), in prose only
   * (a headline capitalises every verb). Returns the name's last word, `last` when none.
   */
  function participleTail(last: number): number {
    const participle = words[last + 1]!;
    const preposition = words[last + 2];
    if (!PARTICIPLE.test(participle.key) || preposition === undefined || !PARTICIPLE_PREPOSITIONS.has(preposition.key)
      || !joins(participle, preposition) || isTitleCaseLine(doc.text, participle.start)) return last;
    let end = last + 2;
    while (joins(words[end]!, words[end + 1]) && isNameWord(text, words[end + 1]!)) end++;
    return end > last + 2 && amounts.overlapping(participle.start, words[end]!.end).length === 0 ? end : last;
  }

  function localUnitOf(first: number, last: number, inPlace: (k: number) => boolean): Candidate | null {
    for (let k = first + 1; k <= last; k++) {
      if (!inPlace(k - 1) && !generic.has(words[k - 1]!.key)) return null;
      const parent = heads.localUnitParents.get(words.slice(k, last + 1).map((x) => x.key).join(' '));
      if (parent?.type === 'ORG' && words.slice(first, k).some((_, i) => inPlace(first + i))) {
        return { first: k, last, kind: parent.kind, containing: false, seatedName: null, parent };
      }
    }
    return null;
  }

  /**
   * Generic words and the capitalised words of a ministry's local unit, with no place: the
   * press's name for that ministry's branch ("the Security Bureau", "the Provincial Security
   * Department" are the Ministry of State Security). The level words before it stay outside
   * the mention, where the relation patterns read them ("provincial ...").
   */
  function unitOfParent(first: number, last: number): Candidate | null {
    for (let k = first; k <= last; k++) {
      const parent = heads.localUnitParents.get(words.slice(k, last + 1).map((x) => x.key).join(' '));
      if (parent?.type === 'ORG') return { first: k, last, kind: parent.kind, containing: false, seatedName: null, parent };
      if (!generic.has(words[k]!.key)) return null;
    }
    return null;
  }

  function draftsOf(c: Candidate): Draft[] {
    const start = words[c.first]!.start;
    // an abbreviated head keeps its dot ("GumRung Co."), which may also end the sentence
    const end = words[c.last]!.end + (heads.abbreviatedHeads.has(words[c.last]!.key) && text[words[c.last]!.end] === '.' ? 1 : 0);
    const written = doc.text.slice(start, end);
    if (c.parent?.type === 'ORG') {
      return [{ type: 'ORG', text: written, start, end, canonical: c.parent.canonical, canonicalId: c.parent.id, rule: LOCAL_UNIT_RULE, norm: { kind: c.kind, acronym: null } }];
    }
    const known = c.seatedName === null && !c.containing ? knownByName(written) : undefined;
    const parenthesised = ACRONYM.exec(doc.text.slice(end, end + 40));
    // "(SAND Institute)": the acronym and the name's own last word
    const withHead = parenthesised?.[2] === undefined || doc.text.slice(words[c.last]!.start, end) === parenthesised[2];
    const stated = parenthesised && withHead ? parenthesised[1]! : null;
    const mention = stated === null ? '' : parenthesised![0].slice(2, -1);
    if (known?.type === 'ORG') {
      const drafts: Draft[] = [{ type: 'ORG', text: written, start, end, canonical: known.canonical, canonicalId: known.id, rule: VARIANT_RULE, norm: { kind: known.kind, acronym: known.acronym ?? stated } }];
      if (stated) drafts.push({ ...drafts[0]!, text: mention, start: end + 2, end: end + 2 + mention.length, rule: `${RULE}-acronym` });
      return drafts;
    }
    const canonical = c.seatedName ?? spelledOut(nameAsWritten(written));
    const rule = c.containing ? CONTAINING_ORG_RULE : RULE;
    const drafts: Draft[] = [{ type: 'ORG', text: written, start, end, canonical, canonicalId: null, rule, norm: { kind: c.kind, acronym: stated } }];
    if (stated) {
      const at = end + 2;
      drafts.push({ type: 'ORG', text: mention, start: at, end: at + mention.length, canonical, canonicalId: null, rule: `${RULE}-acronym`, norm: { kind: c.kind, acronym: stated } });
    }
    return drafts;
  }

  /** Where a capitalised word (an acronym, a name's initials) stands alone after `from`, outside the entities found before. */
  function usesAfter(word: string, from: number): number[] {
    const at: number[] = [];
    const pattern = new RegExp(`(?<![\\w-])${word}(?![\\w-])`, 'g');
    pattern.lastIndex = from;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      if (earlier.overlapping(m.index, m.index + word.length).length === 0) at.push(m.index);
    }
    return at;
  }

  /** Later uses of an acronym stated in parentheses, spelled exactly so. */
  function acronymRepeats(found: Draft[]): Draft[] {
    const repeats: Draft[] = [];
    for (const d of found) {
      if (d.rule !== `${RULE}-acronym` || d.type !== 'ORG') continue;
      for (const at of usesAfter(d.text, d.end)) repeats.push({ ...d, start: at, end: at + d.text.length, rule: `${RULE}-acronym` });
    }
    return repeats;
  }
}
