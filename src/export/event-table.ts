/**
 * event-table.csv: the events of a run grouped across articles, one row per `event_cluster`
 * (the same execution reported by several outlets is one row), the way entity-table.csv
 * groups entities. Each document gives its share (`eventParts`, stored in its rows record);
 * the table is built from those shares in article id order, so --jobs, incremental runs and
 * merged shards write the same bytes.
 *
 * Which events: asserted, positive, specific ones only. "Could face execution", "was not
 * arrested" and a law's penalty are no event that happened; they stay in events.csv.
 *
 * Two events are compatible when all of these hold:
 * - the same subtype;
 * - places: both known and equal, or one is a province and the other lies in it
 *   (a place with no known province matches only itself); unknown on either side: no constraint;
 * - times, as TIMEX3 calendar values (YYYY, YYYY-MM, YYYY-MM-DD): one is a prefix of the other
 *   (2021-03 and 2021-03-12 are compatible, 2021 and 2020 are not); other TIMEX3 values must be
 *   equal. A time taken from outside the sentence (the publication date) puts no constraint:
 *   two outlets publish on different days about one event;
 * - penalties: when both have one, the same kind and the same duration;
 * - crimes: when both have one, the same offence;
 * - and at least one anchor: both places known (and compatible) or both sentence times known
 *   (and compatible). Two events that agree only because neither says where or when are not
 *   taken for one.
 * An event joins the first cluster (in order of creation) whose every member it is compatible
 * with, else starts one; events are taken in article id order, then event order.
 */
import type { Document, Entity, Event, EventArgument } from '../types.js';
import type { Row } from './rows.js';

export const EVENT_TABLE_COLUMNS = [
  'event_cluster', 'subtype', 'place', 'province', 'time', 'penalty', 'crime', 'persons_count',
  'articles', 'article_count', 'event_ids', 'first_published',
] as const;

const LIST_SEPARATOR = '|';

/** One event's share of the event table: what clustering and the row need, nothing of the text. */
export interface EventPart {
  event: string;
  subtype: string;
  place: string | null;
  /** the place's province; the place itself when it is a province or special city */
  province: string | null;
  /** the place is a province or special city */
  placeIsProvince: boolean;
  /** a TIMEX3 value stated in the event's sentence */
  time: string | null;
  penalty: string | null;
  /** `kind duration` of the penalty, compared between events */
  penaltyKey: string | null;
  crime: string | null;
  persons: number;
  published: string | null;
}

/** What of a part eventsCompatible and a row read: parts alike in it are one kind, held once by the table. */
export type EventKind = Omit<EventPart, 'event' | 'persons' | 'published'>;

const PROVINCE_LEVELS = new Set(['province', 'special_city']);

/** The table shares of a document's events, in event order; events that did not happen are left out. */
export function eventParts(doc: Document): EventPart[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const entityOf = (a: EventArgument | null): Entity | undefined => (a?.entity ? byId.get(a.entity) : undefined);
  return doc.events
    .filter((v) => v.modality === 'asserted' && v.polarity === 'positive' && v.genericity === 'specific')
    .map((v) => {
      const args = v.arguments;
      const place = entityOf(args.place);
      const placeNorm = place?.type === 'PLACE' ? place.norm : null;
      const placeIsProvince = placeNorm !== null && PROVINCE_LEVELS.has(placeNorm.level ?? '');
      const penalty = entityOf(args.sentence);
      const penaltyNorm = penalty?.type === 'PENALTY' ? penalty.norm : null;
      return {
        event: v.id,
        subtype: v.subtype,
        place: args.place?.value ?? null,
        // a province's own norm names it as other places' norms do; its canonical name only when the norm does not
        province: placeIsProvince ? (placeNorm.province ?? args.place?.value ?? null) : (placeNorm?.province ?? null),
        placeIsProvince,
        time: args.time && !args.time.fromContext ? args.time.value : null,
        penalty: args.sentence?.value ?? null,
        penaltyKey: penaltyNorm ? `${penaltyNorm.kind} ${penaltyNorm.duration ?? ''}` : (args.sentence?.value ?? null),
        crime: args.crime?.value ?? null,
        persons: personsOf(v),
        published: doc.published,
      };
    });
}

/** The persons an event names or counts, whichever is more. */
function personsOf(v: Event): number {
  return Math.max(v.arguments.persons.length, v.count?.max ?? v.count?.min ?? 0);
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** TIMEX3 values that may name the same time: calendar prefixes, else equal values. */
export function timesCompatible(a: string, b: string): boolean {
  if (CALENDAR.test(a) && CALENDAR.test(b)) return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
  return a === b;
}

/** Places that may be the same: equal, or a province and a place in it. */
export function placesCompatible(a: EventKind, b: EventKind): boolean {
  if (a.place === b.place) return true;
  if (a.placeIsProvince !== b.placeIsProvince) return a.province !== null && a.province === b.province;
  return false;
}

/** Whether two events may be one event reported twice (the rules in this file's comment). */
export function eventsCompatible(a: EventKind, b: EventKind): boolean {
  if (a.subtype !== b.subtype) return false;
  const bothPlaces = a.place !== null && b.place !== null;
  const bothTimes = a.time !== null && b.time !== null;
  if (bothPlaces && !placesCompatible(a, b)) return false;
  if (bothTimes && !timesCompatible(a.time!, b.time!)) return false;
  if (a.penaltyKey !== null && b.penaltyKey !== null && a.penaltyKey !== b.penaltyKey) return false;
  if (a.crime !== null && b.crime !== null && a.crime !== b.crime) return false;
  return bothPlaces || bothTimes;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The value of the most specific part: a place below province level over a province, a longer time over a shorter. */
function mostSpecific(parts: readonly EventKind[], get: (p: EventKind) => string | null, rank: (p: EventKind) => number): string | null {
  let best: EventKind | null = null;
  for (const part of parts) {
    if (get(part) === null) continue;
    if (best === null || rank(part) > rank(best)) best = part;
  }
  return best && get(best);
}

/**
 * The keys under which an event can meet a compatible one: every compatible pair shares an
 * anchor, so it shares its subtype and either its place's province (the place itself when it
 * has none) or its time's year (the whole value when it is not a calendar date).
 */
function anchorKeys(p: EventPart): string[] {
  const keys: string[] = [];
  if (p.place !== null) keys.push(`${p.subtype}\u0000place\u0000${p.province ?? p.place}`);
  if (p.time !== null) keys.push(`${p.subtype}\u0000time\u0000${CALENDAR.test(p.time) ? p.time.slice(0, 4) : p.time}`);
  return keys;
}

const kindKey = (p: EventPart) => [p.subtype, p.place, p.province, p.placeIsProvince, p.time, p.penaltyKey, p.penalty, p.crime].join('\u0000');

/** A growable column of 32-bit integers: a run's table has hundreds of thousands of clusters, 4 bytes each here. */
class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }
}

/** The members and kinds of a cluster that has more than one member; most have one, held in the columns alone. */
interface Grown {
  /** indices of its distinct kinds, in order */
  kinds: number[];
  /** each member as its article's index and its event id's index, in the order added */
  members: number[];
}

/**
 * Clusters events across documents, one document's parts at a time, added in article id order.
 * A cluster is a row of integer columns (its first member, first kind, persons, first publication
 * date) and, once it has a second member, an entry in `grown`: a run of 100,000 articles has
 * hundreds of thousands of events, held until the run ends.
 */
export class EventTable {
  private readonly firstArticle = new IntColumn();
  private readonly firstEvent = new IntColumn();
  private readonly firstKind = new IntColumn();
  private readonly persons = new IntColumn();
  /** index into `dates`, −1 when no member has a publication date */
  private readonly firstPublished = new IntColumn();
  private readonly grown = new Map<number, Grown>();
  /** anchor key → the clusters with a member under it (ascending), so an event is compared with those alone */
  private readonly byAnchor = new Map<string, number[]>();
  private readonly articles: string[] = [];
  private readonly kinds: EventKind[] = [];
  private readonly kindIndex = new Map<string, number>();
  private readonly eventIds: string[] = [];
  private readonly eventIndex = new Map<string, number>();
  private readonly dates: string[] = [];
  private readonly dateIndex = new Map<string, number>();

  add(doc: Document): void {
    this.addParts(doc.id, eventParts(doc));
  }

  addParts(article: string, parts: readonly EventPart[]): void {
    if (parts.length === 0) return;
    if (this.articles[this.articles.length - 1] !== article) this.articles.push(article);
    const articleIndex = this.articles.length - 1;
    for (const part of parts) {
      const keys = anchorKeys(part);
      const candidates = [...new Set(keys.flatMap((k) => this.byAnchor.get(k) ?? []))].sort((a, b) => a - b);
      let index = candidates.find((c) => this.kindsOf(c).every((k) => eventsCompatible(this.kinds[k]!, part)));
      const kind = numberOf(kindKey(part), this.kindIndex, this.kinds, () => ({
        subtype: part.subtype, place: part.place, province: part.province, placeIsProvince: part.placeIsProvince,
        time: part.time, penalty: part.penalty, penaltyKey: part.penaltyKey, crime: part.crime,
      }));
      const event = numberOf(part.event, this.eventIndex, this.eventIds, () => part.event);
      const published = part.published === null ? -1 : numberOf(part.published, this.dateIndex, this.dates, () => part.published!);
      if (index === undefined) {
        index = this.firstArticle.length;
        this.firstArticle.push(articleIndex);
        this.firstEvent.push(event);
        this.firstKind.push(kind);
        this.persons.push(part.persons);
        this.firstPublished.push(published);
      } else {
        let grown = this.grown.get(index);
        if (!grown) this.grown.set(index, (grown = { kinds: [this.firstKind.at(index)], members: [this.firstArticle.at(index), this.firstEvent.at(index)] }));
        if (!grown.kinds.includes(kind)) grown.kinds.push(kind);
        grown.members.push(articleIndex, event);
        this.persons.set(index, Math.max(this.persons.at(index), part.persons));
        const first = this.firstPublished.at(index);
        if (published !== -1 && (first === -1 || this.dates[published]! < this.dates[first]!)) this.firstPublished.set(index, published);
      }
      for (const k of keys) {
        const list = this.byAnchor.get(k);
        if (!list) this.byAnchor.set(k, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
  }

  private kindsOf(cluster: number): readonly number[] {
    return this.grown.get(cluster)?.kinds ?? [this.firstKind.at(cluster)];
  }

  /** Rows sorted by subtype, time, province, place and cluster id, each built as it is taken. */
  *rows(): Generator<Row> {
    const memberId = (article: number, event: number) => `${this.articles[article]!}:${this.eventIds[event]!}`;
    const keyed: { key: string; cluster: number }[] = [];
    for (let c = 0; c < this.firstArticle.length; c++) {
      const kinds = this.kindsOf(c).map((k) => this.kinds[k]!);
      const time = mostSpecific(kinds, (p) => p.time, (p) => p.time?.length ?? 0);
      const province = mostSpecific(kinds, (p) => p.province, () => 0);
      const place = mostSpecific(kinds, (p) => p.place, (p) => (p.placeIsProvince ? 0 : 1));
      const id = memberId(this.firstArticle.at(c), this.firstEvent.at(c));
      keyed.push({ key: [kinds[0]!.subtype, time ?? '', province ?? '', place ?? '', id].join('\u0000'), cluster: c });
    }
    keyed.sort((a, b) => compareStrings(a.key, b.key));
    for (const { cluster: c } of keyed) {
      const kinds = this.kindsOf(c).map((k) => this.kinds[k]!);
      const members = this.grown.get(c)?.members ?? [this.firstArticle.at(c), this.firstEvent.at(c)];
      const eventIds: string[] = [];
      const articles = new Set<string>();
      for (let i = 0; i < members.length; i += 2) {
        eventIds.push(memberId(members[i]!, members[i + 1]!));
        articles.add(this.articles[members[i]!]!);
      }
      const sorted = [...articles].sort(compareStrings);
      const published = this.firstPublished.at(c);
      yield {
        event_cluster: eventIds[0]!,
        subtype: kinds[0]!.subtype,
        place: mostSpecific(kinds, (p) => p.place, (p) => (p.placeIsProvince ? 0 : 1)),
        province: mostSpecific(kinds, (p) => p.province, () => 0),
        time: mostSpecific(kinds, (p) => p.time, (p) => p.time?.length ?? 0),
        penalty: mostSpecific(kinds, (p) => p.penalty, () => 0),
        crime: mostSpecific(kinds, (p) => p.crime, () => 0),
        persons_count: this.persons.at(c) || null,
        articles: sorted.join(LIST_SEPARATOR),
        article_count: sorted.length,
        event_ids: eventIds.join(LIST_SEPARATOR),
        first_published: published === -1 ? null : this.dates[published]!,
      };
    }
  }
}

/** The number of `key` in `list` (by `index`), adding `make()` when it has none. */
function numberOf<T>(key: string, index: Map<string, number>, list: T[], make: () => T): number {
  let n = index.get(key);
  if (n === undefined) {
    n = list.length;
    list.push(make());
    index.set(key, n);
  }
  return n;
}
