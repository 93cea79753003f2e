/**
 * Every surface form an entry matches: its canonical name, typed aliases and acronyms, former
 * names, and for places the generated romanization variants of each name, each with the
 * designators of its level ("County", "-gun"; "City", "-si"; ...).
 */
import type { PlaceLevel } from '../types.js';
import { nameKeys } from '../text/fold.js';
import type { Alias, CrimePhrase, GazetteerEntry, PlaceEntry } from './schema.js';
import { hybridRomanizations, personRomanizations, romanizations } from './romanize.js';

export interface ExpandedAlias {
  text: string;
  caseSensitive: boolean;
  context?: string[];
  after?: string[];
  before?: string[];
  not_before?: string[];
  not_after?: string[];
  predicate?: { words: string[]; gap: string[] };
  /** the word keys, when known without reading the text again (expanded offence phrases) */
  keys?: readonly string[];
  /** the rule field the alias comes from, named in problems; absent: aliases */
  field?: 'phrases';
  /** a generated spelling (a press hybrid romanization, src/rules/romanize.ts; a British spelling, src/rules/spellings.ts), dropped where another entry claims it */
  generated?: boolean;
}

/**
 * Designators by level. Hyphenated and spaced forms ("Onsong-gun", "Onsong gun") share one
 * trie path, so only one is listed. "Mount" and "Port of" go before the name.
 */
export const DESIGNATORS: Readonly<Partial<Record<PlaceLevel, readonly string[]>>> = {
  province: ['Province', 'Provincial', 'do'],
  special_city: ['City', 'Special City', 'Directly Governed City', 'si'],
  city: ['City', 'si'],
  county: ['County', 'gun'],
  district: ['District', 'guyok', 'gu', 'jigu'],
  workers_district: ["Workers' District", 'rodongjagu', 'nodongjagu'],
  town: ['Town', 'up', 'eup'],
  village: ['Village', 'ri', 'dong'],
  river: ['River', 'gang'],
  mountain: ['Mountain', 'Mountains', 'Mount', 'san'],
  port: ['Port', 'Harbor', 'Harbour', 'Port of'],
  border_crossing: ['crossing', 'border crossing', 'bridge', 'customs'],
  prison_camp: ['Camp', 'prison camp', 'political prison camp', 'concentration camp', 'internment camp', 'kwanliso', 'kwalliso', 'kyohwaso'],
};
const PREFIX_DESIGNATORS: ReadonlySet<string> = new Set(['Mount', 'Port of']);

/** The Korean designators a Hangul name may end with, longest first. */
const HANGUL_SUFFIXES: Readonly<Partial<Record<PlaceLevel, readonly string[]>>> = {
  province: ['도'],
  special_city: ['특별시', '직할시', '시'],
  city: ['시'],
  county: ['군'],
  district: ['구역', '지구', '구'],
  workers_district: ['로동자구'],
  town: ['읍'],
  village: ['리', '동'],
  river: ['강'],
  mountain: ['산'],
  port: ['항'],
};
/** 함경북도 → North Hamgyong, Hamgyong-pukto; 황해남도 → South Hwanghae, Hwanghae-namdo. */
const PROVINCE_HALVES: Readonly<Record<string, { word: string; abbreviation: string; suffixes: readonly string[] }>> = {
  북: { word: 'North', abbreviation: 'N.', suffixes: ['pukto', 'bukto', 'bukdo'] },
  남: { word: 'South', abbreviation: 'S.', suffixes: ['namdo'] },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');
const TRAILING_DESIGNATORS = [...new Set(Object.values(DESIGNATORS).flat())].filter((d) => !PREFIX_DESIGNATORS.has(d)).sort((a, b) => b.length - a.length);
const TRAILING = new RegExp(`[ -](?:${TRAILING_DESIGNATORS.map(escape).join('|')})$`, 'i');
const LEADING = new RegExp(`^(?:${[...PREFIX_DESIGNATORS].map(escape).join('|')}) `);

/** The name without its designator: "Onsong County" → "Onsong", "Mount Paektu" → "Paektu". */
export function placeStem(name: string): string {
  return name.replace(TRAILING, '').replace(LEADING, '');
}

function fromAlias(a: Alias): ExpandedAlias {
  if (typeof a === 'string') return { text: a, caseSensitive: false };
  return { text: a.text, caseSensitive: a.case_sensitive ?? false, ...(a.context ? { context: a.context } : {}), ...(a.after ? { after: a.after } : {}), ...(a.before ? { before: a.before } : {}), ...(a.not_before ? { not_before: a.not_before } : {}), ...(a.not_after ? { not_after: a.not_after } : {}), ...(a.predicate ? { predicate: a.predicate } : {}) };
}

const keyOf = (name: string) => nameKeys(name)?.join(' ') ?? name.toLowerCase();

/** The word keys of an alias, null when it is split by punctuation. */
export const aliasKeys = (a: ExpandedAlias): readonly string[] | null => a.keys ?? nameKeys(a.text);

const aliasKey = (a: ExpandedAlias) => aliasKeys(a)?.join(' ') ?? a.text.toLowerCase();

interface HangulNames {
  /** names that take the level's designators */
  stems: string[];
  /** names that already end in a Korean designator: Paektusan, Hamgyongbuk-do */
  designated: string[];
}

function hangulNames(e: PlaceEntry, hangul: string, romanize: (h: string) => string[]): HangulNames {
  const rom = (h: string) => (e.romanize ? romanize(h) : []);
  const suffix = (HANGUL_SUFFIXES[e.level] ?? []).find((s) => hangul.endsWith(s) && hangul.length > s.length);
  const base = suffix ? hangul.slice(0, -suffix.length) : hangul;
  const designated = suffix ? [hangul, ...rom(hangul)] : [];
  const half = e.level === 'province' && base.length > 1 ? PROVINCE_HALVES[base.slice(-1)] : undefined;
  if (!half) return { stems: [base, ...rom(base)], designated };
  // the bare core ("Hamgyong") names the historical province, not this half of it
  const stems: string[] = [...rom(base)];
  for (const core of rom(base.slice(0, -1))) {
    stems.push(`${half.word} ${core}`, `${half.abbreviation} ${core}`);
    for (const s of half.suffixes) {
      // the designator also stands apart: "Hwanghae-nam-do", "Hwanghaenam-do" (Revised Romanization's own form)
      const [direction, designator] = [s.slice(0, -2), s.slice(-2)];
      designated.push(`${core}-${s}`, `${core}-${direction}-${designator}`, `${core}${direction}-${designator}`);
    }
  }
  return { stems, designated };
}

/** The spellings of 관리소 the press prints; a camp's alias in one ("Kwanliso No. 22") is matched in each. */
/** The spellings of kwanliso (관리소) the press writes, in the gazetteer's aliases and the numbered-camp finder. */
export const KWANLISO_SPELLINGS = ['Kwanliso', 'Kwalliso', 'Kwan-li-so', 'Kwanriso', 'Gwanliso', 'Gwalliso'];
const KWANLISO_START = new RegExp(`^(?:${KWANLISO_SPELLINGS.map((w) => w.replace(/-/g, '\\-')).join('|')})(?= )`, 'i');

/** A prison camp's typed aliases that begin with a spelling of kwanliso, in the other spellings. */
function kwanlisoSpellings(e: PlaceEntry, typed: readonly ExpandedAlias[]): ExpandedAlias[] {
  if (e.level !== 'prison_camp') return [];
  const out: ExpandedAlias[] = [];
  for (const a of typed) {
    const m = KWANLISO_START.exec(a.text);
    if (!m || isGuarded(a)) continue;
    for (const w of KWANLISO_SPELLINGS) if (w.toLowerCase() !== m[0].toLowerCase()) out.push({ text: w + a.text.slice(m[0].length), caseSensitive: false, generated: true });
  }
  return out;
}

function placeAliases(e: PlaceEntry): ExpandedAlias[] {
  const typed = e.aliases.map(fromAlias);
  const excluded = e.exclude.map(keyOf);
  const stems = new Set<string>([placeStem(e.canonical)]);
  for (const a of typed) if (!a.context && !a.caseSensitive) stems.add(placeStem(a.text));
  const designated = new Set<string>();
  let hybrid: HangulNames = { stems: [], designated: [] };
  if (e.hangul) {
    const names = hangulNames(e, e.hangul, romanizations);
    for (const s of names.stems) stems.add(s);
    for (const d of names.designated) designated.add(d);
    hybrid = hangulNames(e, e.hangul, hybridRomanizations);
  }
  const designators = DESIGNATORS[e.level] ?? [];
  const expand = (stemList: Iterable<string>, designatedList: Iterable<string>, extra: Partial<ExpandedAlias>): ExpandedAlias[] => {
    const out: ExpandedAlias[] = [];
    for (const stem of stemList) {
      if (excluded.includes(keyOf(stem))) continue;
      if (e.bare || designators.length === 0) out.push({ text: stem, caseSensitive: false, ...extra });
      for (const d of designators) {
        out.push({ text: PREFIX_DESIGNATORS.has(d) ? `${d} ${stem}` : `${stem} ${d}`, caseSensitive: false, ...extra });
      }
    }
    for (const d of designatedList) {
      const key = keyOf(d);
      if (!excluded.some((x) => key.startsWith(x))) out.push({ text: d, caseSensitive: false, ...extra });
    }
    return out;
  };
  const stemKeys = new Set([...stems].map(keyOf));
  const designatedKeys = new Set([...designated].map(keyOf));
  const hybrids = expand(
    hybrid.stems.filter((x) => !stemKeys.has(keyOf(x))),
    hybrid.designated.filter((x) => !designatedKeys.has(keyOf(x))),
    { generated: true },
  );
  // full typed aliases keep their own form too ("Rason Special Economic Zone")
  const all = [{ text: e.canonical, caseSensitive: false }, ...typed, ...kwanlisoSpellings(e, typed), ...e.acronyms.map((a) => ({ text: a, caseSensitive: true })), ...expand(stems, designated, {}), ...hybrids];
  // a typed alias with a guard replaces the same name unguarded, the canonical name included:
  // "Chad" with a context list never matches without it
  return withoutUnguardedTwins(all);
}

const isGuarded = (a: ExpandedAlias): boolean => a.context !== undefined || a.after !== undefined || a.before !== undefined || a.not_before !== undefined || a.not_after !== undefined || a.predicate !== undefined;

/**
 * A guarded alias replaces the same name unguarded, the canonical name included; so does a name
 * of several words written case-sensitive ("Northeast China" capitalised is the region, "northeast
 * China" is China), which no capital-letter guard covers. One word keeps both: its case-insensitive
 * form is capitalised anyway where it is an English word (src/rules/compile.ts, ordinaryWord).
 */
function withoutUnguardedTwins(aliases: ExpandedAlias[]): ExpandedAlias[] {
  const guarded = new Set(aliases.filter((a) => isGuarded(a) || (a.caseSensitive && (aliasKeys(a)?.length ?? 0) > 1)).map(aliasKey));
  return guarded.size === 0 ? aliases : aliases.filter((a) => isGuarded(a) || a.caseSensitive || !guarded.has(aliasKey(a)));
}

/** What may stand between an offence phrase's verb and what follows it: nothing, or an article. */
const PHRASE_ARTICLES = ['', 'a', 'the'];

interface PhrasePart {
  text: string;
  keys: string[] | null;
}

/**
 * Every spelled-out form of an offence phrase: adverb, verb, optional article, modifier,
 * object, each part that the phrase has. The parts are read once and their keys joined: a
 * phrase is tens of thousands of aliases. A part split by punctuation leaves its aliases
 * without keys, for the compiler to report.
 */
function phraseAliases(p: CrimePhrase): ExpandedAlias[] {
  const parts = (words: readonly string[] | undefined): PhrasePart[][] => (words ? [words.map((text) => ({ text, keys: nameKeys(text) }))] : []);
  const slots = [...parts(p.adverbs), ...parts(p.verbs), ...parts(p.modifiers), ...parts(p.objects)];
  // the article goes after the verb, only where something follows it
  const articleAfter = p.verbs && (p.modifiers || p.objects) ? (p.adverbs ? 1 : 0) : -1;
  let forms: PhrasePart[] = [{ text: '', keys: [] }];
  slots.forEach((slot, i) => {
    const next: PhrasePart[] = [];
    for (const form of forms) {
      for (const part of slot) {
        const text = form.text === '' ? part.text : `${form.text} ${part.text}`;
        const keys = form.keys && part.keys ? [...form.keys, ...part.keys] : null;
        if (i !== articleAfter) next.push({ text, keys });
        else for (const article of PHRASE_ARTICLES) next.push(article === '' ? { text, keys } : { text: `${text} ${article}`, keys: keys && [...keys, article] });
      }
    }
    forms = next;
  });
  const guard = { ...(p.before ? { before: p.before } : {}), ...(p.not_after ? { not_after: p.not_after } : {}) };
  return forms.map(({ text, keys }) => (keys ? { text, caseSensitive: false, keys, field: 'phrases', ...guard } : { text, caseSensitive: false, field: 'phrases', ...guard }));
}

/** Each way of writing the United Nations and the United States at the head of a longer name. */
const ABBREVIATED_HEADS: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['United States', 'US', 'U.S.'],
];

/** A name of several words with its leading "United Nations"/"United States" written the other ways. */
function abbreviatedForms(name: string): string[] {
  for (const forms of ABBREVIATED_HEADS) {
    const head = forms.find((f) => name.startsWith(`${f} `) || name.includes(` ${f} `));
    if (!head) continue;
    return forms.filter((f) => f !== head).map((f) => name.replace(new RegExp(`(^| )${head.replace(/\./g, '\\.')} `), `$1${f} `));
  }
  return [];
}

/** All aliases of an entry, canonical first. */
export function aliasesOf(e: GazetteerEntry): ExpandedAlias[] {
  if (e.type === 'PLACE') return placeAliases(e);
  const out: ExpandedAlias[] = [{ text: e.canonical, caseSensitive: false }, ...e.aliases.map(fromAlias)];
  for (const a of e.acronyms) out.push({ text: a, caseSensitive: true });
  if (e.type === 'CRIME') for (const p of e.phrases) out.push(...phraseAliases(p));
  // a known person's name in every romanization ("Kim Jong Eun", "Kim Jung Un"); one another entry names is dropped
  if (e.type === 'PERSON' && e.hangul) for (const name of personRomanizations(e.hangul)) out.push({ text: name, caseSensitive: false, generated: true });
  if (e.type === 'ORG') {
    // the UN's and the United States' bodies with the state or the organization abbreviated as the press
    // writes it ("U.N. High Commissioner for Refugees", "UN Office on Drugs and Crime", "U.S. Air Force")
    const written = new Set(out.map((a) => a.text.toLowerCase()));
    for (const a of [...out]) {
      if (a.caseSensitive || isGuarded(a)) continue;
      // "US" and "UN" without their dots only in capitals ("let us air ..." is no name); a form the
      // entry already lists keeps its own case rule
      for (const text of abbreviatedForms(a.text)) {
        if (written.has(text.toLowerCase())) continue;
        written.add(text.toLowerCase());
        out.push({ text, caseSensitive: /^(?:US|UN) | (?:US|UN) /.test(text), generated: true });
      }
    }
    if (e.acronym) out.push({ text: e.acronym, caseSensitive: true });
    for (const f of e.formerly) {
      out.push({ text: f.name, caseSensitive: false });
      if (f.acronym) out.push({ text: f.acronym, caseSensitive: true });
    }
  }
  return withoutUnguardedTwins(out);
}
