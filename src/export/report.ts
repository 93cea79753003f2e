/**
 * The HTML report: one self-contained file (inline CSS and JS, no network, no framework) to
 * look at a run's results in a browser, offline.
 *
 * API, fed one document at a time:
 *
 *     const report = new HtmlReport({ title: 'nkie run 2024-05-01' });
 *     for (const doc of documents) { report.add(doc); table.add(doc); }
 *     writeFileAtomic(join(out, 'report.html'), report.finish([...table.rows()]));
 *
 * `finish` takes the entity-table rows (export/rows.ts `EntityTable.rows()`).
 *
 * What it shows: an index of articles with entity counts per type; per article, its text with
 * entities highlighted by type (hover or focus shows canonical name, id and normalized value)
 * and its relations with their evidence beside it; the corpus entity table, sortable and
 * filtered by type and text; articles by North Korean province as a bar chart; a map of the resolved
 * places over an outline of North Korea, with places outside the map listed beside it; the
 * events (those that happened: asserted, positive, specific, as in event-table.csv) as a
 * timeline by month stacked by subtype and on the map by place, each linked to its evidence
 * sentence and its article.
 *
 * Article text is untrusted: all data goes into one JSON block (with `<`, `>` and `&` escaped,
 * so no text can close the script element) and the page builds its DOM with textContent, never
 * innerHTML. A Content-Security-Policy admits only the page's own script (by hash) and forbids
 * every fetch. Each article is rendered on demand, and the index and table are paginated, so
 * the page stays usable with thousands of articles; past `maxArticles` articles the rest are
 * counted in every total, chart, map and table but their text is not embedded.
 */
import { createHash } from 'node:crypto';
import { provinceOf } from '../normalize/province.js';
import { ENTITY_TYPES, EVENT_SUBTYPES, type Document, type Entity, type EntityType, type EventSubtype } from '../types.js';
import { PlaceCollection } from './geojson.js';
import { ENTITY_TABLE_COLUMNS, type Row } from './rows.js';

export interface ReportOptions {
  /** page title; default "nkie report" */
  title?: string;
  /** shown under the title when given (kept out by default so reruns give identical files) */
  generatedAt?: string;
  /** articles whose text is embedded; default 5000 */
  maxArticles?: number;
}

/** Background colours per type: distinct hues, all light enough for #111 text at a contrast above 9:1. */
export const TYPE_COLOURS: Readonly<Record<EntityType, string>> = {
  PLACE: '#fdc66b',
  ORG: '#7fe3e3',
  LAW: '#ffa3b6',
  PERSON: '#cdbfff',
  DRUG: '#9fe39a',
  QUANTITY: '#e2e88f',
  MONEY: '#aed0ff',
  DATE: '#dcc8b0',
  PENALTY: '#f2a6ec',
  CRIME: '#ffb98a',
};

/** Fill colours per event subtype in the timeline: neighbours in the list differ in hue. */
export const SUBTYPE_COLOURS: Readonly<Record<EventSubtype, string>> = {
  'arrest-jail': '#1f5fbf',
  'release-parole': '#7fb3e8',
  'trial-hearing': '#6a3d9a',
  'charge-indict': '#c2a5cf',
  convict: '#8c510a',
  sentence: '#dfa85a',
  fine: '#35978f',
  execute: '#b2182b',
  extradite: '#f4a582',
  acquit: '#1b7837',
  appeal: '#a6dba0',
  pardon: '#4d4d4d',
  crackdown: '#e08214',
  seizure: '#c51b7d',
};

/** The normalized value of an entity as one short line, shown in the report and in brat notes. */
export function normalizedValue(e: Entity): string {
  switch (e.type) {
    case 'PLACE': {
      const n = e.norm;
      const where = [n.level, n.province, n.country].filter((v) => v !== null).join(', ');
      return n.lat !== null && n.lon !== null ? `${where} @ ${n.lat},${n.lon}` : where;
    }
    case 'ORG':
      return [e.norm.kind, e.norm.acronym === null ? null : `(${e.norm.acronym})`].filter((v) => v !== null).join(' ');
    case 'LAW': {
      const n = e.norm;
      const code = [n.code, n.article === null ? null : `article ${n.article}`].filter((v) => v !== null).join(' ');
      return n.title === null || n.title === n.code ? code : `${code}: ${n.title}`;
    }
    case 'QUANTITY':
      return `${e.norm.grams} g`;
    case 'MONEY':
      return e.norm.min === e.norm.max ? `${e.norm.min} ${e.norm.currency}` : `${e.norm.min}-${e.norm.max} ${e.norm.currency}`;
    case 'DATE':
      return e.norm.mod ? `${e.norm.value} (${e.norm.mod})` : e.norm.value;
    case 'PENALTY':
      return [e.norm.kind, e.norm.duration, e.norm.life ? 'life' : null].filter((v) => v !== null).join(' ');
    case 'CRIME':
      return e.norm.offence;
    case 'PERSON':
    case 'DRUG':
      return '';
  }
}

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** What the page gets per entity: [start, end, type index, entity id, canonical, canonical id, value, rule]. */
type EntityTuple = [number, number, number, string, string, string | null, string, string];
/** Per relation: [type, subject index, object index, evidence, conflict]; indexes into the article's entities. */
type RelationTuple = [string, number, number, string, boolean];

interface ArticleData {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  source: string;
  counts: number[];
  text: string;
  entities: EntityTuple[];
  relations: RelationTuple[];
}

/**
 * What the page gets per event: [subtype index, article id, event id, TIMEX3 time, YYYY-MM of
 * the time (null when it names no month), place, province, lat, lon, trigger, evidence (null
 * past the embedded articles), the trigger's offset in the evidence].
 */
type EventTuple = [number, string, string, string | null, string | null, string | null, string | null, number | null, number | null, string, string | null, number];

const SUBTYPE_INDEX = new Map<string, number>(EVENT_SUBTYPES.map((t, i) => [t, i]));
const MONTH = /^(\d{4}-\d{2})(?:-\d{2})?$/;

/** The events of a document that happened (as event-table.csv counts them), as the page gets them. */
function eventTuples(doc: Document, withEvidence: boolean): EventTuple[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.events
    .filter((v) => v.modality === 'asserted' && v.polarity === 'positive' && v.genericity === 'specific')
    .map((v) => {
      const place = v.arguments.place;
      const entity = place?.entity ? byId.get(place.entity) : undefined;
      const norm = entity?.type === 'PLACE' ? entity.norm : null;
      const province = entity?.type === 'PLACE' ? provinceOf(entity) : null;
      const time = v.arguments.time?.value ?? null;
      return [
        SUBTYPE_INDEX.get(v.subtype)!, doc.id, v.id, time, (time && MONTH.exec(time)?.[1]) ?? null,
        place?.value ?? null, province, norm?.lat ?? null, norm?.lon ?? null, v.trigger, withEvidence ? v.evidence : null,
        v.start - (doc.sentences[v.sentence]?.start ?? 0),
      ];
    });
}

/** The table columns the page shows; the norm columns are folded into one "details" cell, the article ids left out (thousands for a common entity). */
const DETAIL_COLUMNS = ENTITY_TABLE_COLUMNS.filter((c) => !['canonical_id', 'type', 'canonical', 'articles', 'mentions', 'surface_forms', 'article_ids'].includes(c));

function articleData(doc: Document): ArticleData {
  const entities = [...doc.entities].sort((a, b) => a.start - b.start || a.end - b.end);
  const index = new Map(entities.map((e, i) => [e.id, i]));
  const counts = ENTITY_TYPES.map(() => 0);
  for (const e of entities) counts[TYPE_INDEX.get(e.type)!]!++;
  return {
    id: doc.id, title: doc.title, outlet: doc.outlet, published: doc.published, url: doc.url, source: doc.source,
    counts,
    text: doc.text,
    entities: entities.map((e) => [e.start, e.end, TYPE_INDEX.get(e.type)!, e.id, e.canonical, e.canonicalId, normalizedValue(e), e.rule]),
    relations: doc.relations.map((r) => [r.type, index.get(r.subject) ?? -1, index.get(r.object) ?? -1, r.evidence, r.conflict]),
  };
}

/** JSON safe inside a script element: no `</script>`, `<!--` or entity can form. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

/**
 * A rough outline of North Korea's borders, [lon, lat], clockwise from the mouth of the Yalu:
 * up the Yalu to Paektu, down the Tumen to the sea, the east coast, the Military Demarcation
 * Line, the west coast. Good to a few kilometres: it gives the map its shape, nothing more.
 */
const NK_OUTLINE: readonly (readonly [number, number])[] = [
  [124.32, 39.83], [124.4, 40.03], [124.65, 40.25], [124.95, 40.45], [125.35, 40.65], [125.75, 40.88], [126.05, 41.05],
  [126.3, 41.17], [126.6, 41.55], [126.9, 41.8], [127.3, 41.55], [127.65, 41.45], [128.0, 41.43], [128.3, 41.42],
  [128.35, 41.7], [128.08, 42.0], [128.5, 42.03], [128.9, 42.1], [129.2, 42.25], [129.55, 42.4], [129.75, 42.45], [129.9, 42.75],
  [130.0, 42.98], [130.25, 42.88], [130.45, 42.55], [130.65, 42.3], [130.3, 42.2], [129.8, 41.8], [129.55, 41.4],
  [129.2, 40.68], [128.9, 40.45], [128.3, 40.05], [127.6, 39.8], [127.45, 39.4], [127.45, 39.15], [127.75, 39.0],
  [128.1, 38.75], [128.36, 38.61], [127.8, 38.32], [127.3, 38.3], [126.95, 38.15], [126.7, 37.95], [126.45, 37.75],
  [126.1, 37.75], [125.7, 37.95], [125.35, 37.7], [125.05, 37.85], [124.7, 38.05], [124.9, 38.35], [125.15, 38.55],
  [125.3, 38.75], [125.15, 39.1], [125.35, 39.45], [125.05, 39.55], [124.75, 39.6], [124.55, 39.75],
];
/** The map's frame: North Korea with a margin; places outside it are listed beside the map. */
const MAP_BOUNDS = { west: 124.0, east: 131.0, south: 37.5, north: 43.2 };

/**
 * Counts, for each of North Korea's provinces (and special cities), the articles that mention a
 * place in it and those mentions. Places abroad (Dandong in Liaoning, China itself) are counted
 * apart, however near the border, and so are places in no province (North Korea itself,
 * regions, unresolved names).
 */
class ProvinceCounts {
  /** province → [articles, mentions] */
  private readonly counts = new Map<string, [number, number]>();
  withoutProvince = 0;
  abroad = 0;

  add(doc: Document): void {
    const inArticle = new Set<string>();
    for (const e of doc.entities) {
      if (e.type !== 'PLACE') continue;
      const { province, country } = e.norm;
      if (country !== null && country !== 'KP') this.abroad++;
      else if (country === null || province === null) this.withoutProvince++;
      else {
        let c = this.counts.get(province);
        if (!c) this.counts.set(province, (c = [0, 0]));
        c[1]++;
        if (!inArticle.has(province)) {
          inArticle.add(province);
          c[0]++;
        }
      }
    }
  }

  /** [province, articles, mentions], most articles first, then most mentions, then by name. */
  sorted(): [string, number, number][] {
    return [...this.counts].map(([p, [a, m]]): [string, number, number] => [p, a, m])
      .sort((x, y) => y[1] - x[1] || y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  }
}

export class HtmlReport {
  private readonly title: string;
  private readonly generatedAt: string | null;
  private readonly maxArticles: number;
  /** each embedded article already as JSON: far smaller in memory than the objects */
  private readonly articles: string[] = [];
  private readonly totals = { articles: 0, entities: 0, relations: 0 };
  private readonly typeTotals = ENTITY_TYPES.map(() => 0);
  private readonly provinces = new ProvinceCounts();
  private readonly places = new PlaceCollection();
  /** each event already as JSON, like the articles */
  private readonly events: string[] = [];

  constructor(options: ReportOptions = {}) {
    this.title = options.title ?? 'nkie report';
    this.generatedAt = options.generatedAt ?? null;
    this.maxArticles = options.maxArticles ?? 5000;
  }

  add(doc: Document): void {
    this.totals.articles++;
    this.totals.entities += doc.entities.length;
    this.totals.relations += doc.relations.length;
    for (const e of doc.entities) this.typeTotals[TYPE_INDEX.get(e.type)!]!++;
    this.provinces.add(doc);
    this.places.add(doc);
    const embedded = this.articles.length < this.maxArticles;
    for (const v of eventTuples(doc, embedded)) this.events.push(scriptJson(v));
    if (embedded) this.articles.push(scriptJson(articleData(doc)));
  }

  /** The whole page, given the run's entity-table rows. */
  finish(entityTable: readonly Row[]): string {
    const table = entityTable.map((r) => [
      r.type, r.canonical, r.canonical_id,
      DETAIL_COLUMNS.filter((c) => r[c] !== null && r[c] !== undefined && r[c] !== '').map((c) => `${c}: ${String(r[c])}`).join('; '),
      r.articles, r.mentions, r.surface_forms,
    ]);
    const meta = {
      title: this.title,
      generatedAt: this.generatedAt,
      types: ENTITY_TYPES,
      totals: { ...this.totals, embedded: this.articles.length },
      typeTotals: this.typeTotals,
      table,
      provinces: this.provinces.sorted(),
      withoutProvince: this.provinces.withoutProvince,
      abroad: this.provinces.abroad,
      places: this.places.places().map((p) => [p.name, p.id, p.country, p.level, p.lat, p.lon, p.mentions, p.articles]),
      outline: NK_OUTLINE,
      bounds: MAP_BOUNDS,
      subtypes: EVENT_SUBTYPES,
    };
    // the articles and events are spliced in as the JSON they already are
    const data = `${scriptJson(meta).slice(0, -1)},"events":[${this.events.join(',')}],"articles":[${this.articles.join(',')}]}`;
    const csp = [
      "default-src 'none'", `script-src 'sha256-${sha256(CLIENT_JS)}'`, `style-src 'sha256-${sha256(css())}'`,
      "img-src data:", "base-uri 'none'", "form-action 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(this.title)}</title>
<style>${css()}</style>
</head>
<body>
${BODY}
<script type="application/json" id="nkie-data">${data}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
  }
}

function css(): string {
  const types = ENTITY_TYPES.map((t) => `.t-${t}{background:${TYPE_COLOURS[t]}}`).join('');
  const subtypes = EVENT_SUBTYPES.map((t) => `.s-${t}{background:${SUBTYPE_COLOURS[t]};fill:${SUBTYPE_COLOURS[t]}}`).join('');
  return STATIC_CSS + types + subtypes;
}

const STATIC_CSS = `
[hidden]{display:none!important}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#111;background:#fff}
a{color:#0b4aa8}
a:hover{color:#062d69}
:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
/* headings and main take focus only to move screen readers and keyboard users along: no ring */
[tabindex="-1"]:focus{outline:none}
.skip{position:absolute;left:-9999px;top:0;background:#111;color:#fff;padding:.5em 1em;z-index:10}
.skip:focus{left:0}
header.top{padding:1em 1.5em .5em;border-bottom:1px solid #ccc;background:#f6f7f9}
header.top h1{margin:0 0 .2em;font-size:1.5em}
.summary{margin:.2em 0;color:#333}
nav.tabs ul{list-style:none;margin:.6em 0 0;padding:0;display:flex;gap:.4em;flex-wrap:wrap}
nav.tabs a{display:inline-block;padding:.35em .9em;border:1px solid #999;border-bottom:none;border-radius:.4em .4em 0 0;text-decoration:none;color:#111;background:#e9ecf1}
nav.tabs a[aria-current=page]{background:#fff;font-weight:700;border-color:#555}
main{padding:1em 1.5em 3em}
h2{font-size:1.3em;margin:.3em 0 .6em}
h3{font-size:1.05em;margin:.2em 0 .5em}
.legend{display:flex;flex-wrap:wrap;gap:.35em;margin:.5em 0;padding:0;list-style:none}
.chip{display:inline-block;padding:.05em .55em;border-radius:.35em;font-size:.8em;font-weight:700;color:#111;border:1px solid rgba(0,0,0,.25)}
.chip .n{font-weight:400;margin-left:.35em}
.controls{display:flex;flex-wrap:wrap;gap:1em;align-items:end;margin:.5em 0}
.controls label{display:flex;flex-direction:column;font-size:.85em;font-weight:600}
input,select,button{font:inherit}
input[type=search],select{padding:.3em .4em;border:1px solid #666;border-radius:.3em;min-width:14em}
button{padding:.3em .8em;border:1px solid #555;border-radius:.3em;background:#f2f4f7;color:#111;cursor:pointer}
button:disabled{color:#666;border-color:#aaa;cursor:default}
.status{font-size:.9em;color:#333;margin:.4em 0}
.pager{display:flex;gap:.5em;align-items:center;margin:.6em 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9em}
caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
thead th{background:#f0f2f5;border-bottom:2px solid #999;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.zero{color:#767676}
td.nowrap{white-space:nowrap}
th button.sort{border:none;background:none;padding:0;font-weight:700;color:#111}
th button.sort::after{content:" \\2195";color:#555}
th[aria-sort=ascending] button.sort::after{content:" \\25B2"}
th[aria-sort=descending] button.sort::after{content:" \\25BC"}
.meta{color:#333;margin:.2em 0 .6em}
.meta .sep{margin:0 .4em;color:#767676}
.article-layout{display:grid;grid-template-columns:minmax(0,2fr) minmax(16em,1fr);gap:1.5em;align-items:start}
@media (max-width:900px){.article-layout{grid-template-columns:1fr}}
.article-text{white-space:pre-wrap;line-height:2.1;font-size:1.02em;max-width:52em;overflow-wrap:anywhere}
mark.ent{color:#111;padding:.15em .3em;margin:0 .1em;border-radius:.35em;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
mark.ent .lbl{font-size:.62em;font-weight:700;letter-spacing:.03em;margin-left:.4em;vertical-align:middle;text-transform:uppercase}
mark.ent.hl{outline:3px solid #111;outline-offset:1px}
aside.rels{border-left:3px solid #ccc;padding-left:1em;position:sticky;top:.5em;max-height:calc(100vh - 1em);overflow-y:auto}
aside.rels ol{padding-left:1.2em;margin:0}
aside.rels li{margin:0 0 .9em}
.rel-type{display:inline-block;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;background:#eef0f3;border:1px solid #bbb;border-radius:.3em;padding:0 .3em;margin:0 .2em}
.rel-ent{padding:0 .35em;border:1px solid rgba(0,0,0,.3);border-radius:.3em}
.conflict{color:#8a1c1c;font-weight:700;font-size:.85em}
blockquote{margin:.3em 0 0;padding:.2em .6em;border-left:3px solid #bbb;color:#333;font-size:.9em}
.empty{color:#555;font-style:italic}
#tip{position:absolute;z-index:20;max-width:26em;background:#1b1f24;color:#fff;padding:.5em .7em;border-radius:.4em;font-size:.85em;line-height:1.4;box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:none}
#tip dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:0 .6em}
#tip dt{color:#c9d1d9}
#tip dd{margin:0;overflow-wrap:anywhere}
#tip .tip-title{font-weight:700;margin-bottom:.2em}
.places{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:2em;align-items:start}
@media (max-width:1000px){.places{grid-template-columns:1fr}}
figure{margin:0}
figcaption{font-size:.9em;color:#333;margin:.3em 0}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#111}
svg .bar{fill:#a65300}
svg .land{fill:#eef1e8;stroke:#555;stroke-width:1.2}
svg .grid{stroke:#d5d9de;stroke-width:.6}
svg .pt{stroke:#fff;stroke-width:1.2;cursor:help}
svg .pt.kp{fill:#b4460b}
svg .pt.other{fill:#1f5fbf}
svg .pt:focus{outline:none;stroke:#111;stroke-width:3}
svg .pt-label{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px}
.map-legend{display:flex;gap:1.2em;flex-wrap:wrap;font-size:.85em;margin:.3em 0;padding:0;list-style:none}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;vertical-align:-.05em}
.dot.kp{background:#b4460b}
.dot.other{background:#1f5fbf}
details{margin:.6em 0}
.outside li{margin:.1em 0}
svg .ev-pt{fill:#b2182b;fill-opacity:.8;stroke:#fff;stroke-width:1.2;cursor:pointer}
svg .ev-pt:focus{outline:none;stroke:#111;stroke-width:3}
svg .month{cursor:pointer}
svg .month:focus{outline:none;stroke:#111;stroke-width:2}
svg .axis{stroke:#555;stroke-width:1}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;border:1px solid rgba(0,0,0,.3)}
.ev-filter{font-weight:600}
.trigger{font-weight:700;text-decoration:underline}
`;

const BODY = `<a class="skip" href="#main">Skip to content</a>
<header class="top">
<h1 id="page-title"></h1>
<p class="summary" id="summary"></p>
<ul class="legend" id="legend" aria-label="Entity types"></ul>
<nav class="tabs" aria-label="Report sections"><ul>
<li><a href="#/articles" data-view="articles">Articles</a></li>
<li><a href="#/entities" data-view="entities">Entity table</a></li>
<li><a href="#/places" data-view="places">Places</a></li>
<li><a href="#/events" data-view="events">Events</a></li>
</ul></nav>
</header>
<main id="main" tabindex="-1">
<section id="view-articles" aria-labelledby="h-articles">
<h2 id="h-articles" tabindex="-1">Articles</h2>
<div class="controls"><label for="a-filter">Filter by title, outlet or id<input type="search" id="a-filter" autocomplete="off"></label></div>
<p class="status" id="a-status" aria-live="polite"></p>
<div class="scroll"><table id="a-table"><caption>Articles and their entities by type</caption><thead><tr id="a-head"></tr></thead><tbody id="a-body"></tbody></table></div>
<div class="pager" id="a-pager"></div>
</section>
<section id="view-article" aria-labelledby="h-article" hidden>
<p><a href="#/articles">&larr; All articles</a></p>
<h2 id="h-article" tabindex="-1"></h2>
<p class="meta" id="art-meta"></p>
<ul class="legend" id="art-legend" aria-label="Entities in this article by type"></ul>
<div class="article-layout">
<div class="article-text" id="art-text" lang="en"></div>
<aside class="rels" aria-labelledby="h-rels"><h3 id="h-rels">Relations</h3><div id="art-rels"></div></aside>
</div>
</section>
<section id="view-entities" aria-labelledby="h-entities" hidden>
<h2 id="h-entities" tabindex="-1">Entity table</h2>
<p>Every distinct entity of the run, one row each: how many articles mention it and how often.</p>
<div class="controls">
<label for="f-type">Type<select id="f-type"><option value="">All types</option></select></label>
<label for="f-text">Filter by name, id or surface form<input type="search" id="f-text" autocomplete="off"></label>
</div>
<p class="status" id="t-status" aria-live="polite"></p>
<div class="scroll"><table id="t-table"><caption>Entities</caption><thead><tr id="t-head"></tr></thead><tbody id="t-body"></tbody></table></div>
<div class="pager" id="t-pager"></div>
</section>
<section id="view-places" aria-labelledby="h-places" hidden>
<h2 id="h-places" tabindex="-1">Places</h2>
<div class="places">
<figure id="chart-fig"><figcaption id="chart-cap">Articles by province</figcaption><div id="chart"></div>
<details><summary>The chart as a table</summary><div id="chart-table"></div></details></figure>
<figure id="map-fig"><figcaption id="map-cap">Resolved places by their coordinates (equirectangular projection; outline of North Korea approximate)</figcaption>
<ul class="map-legend"><li><span class="dot kp"></span>Place in North Korea</li><li><span class="dot other"></span>Place in another country</li><li>Circle size grows with mentions</li></ul>
<div id="map"></div>
<h3 id="h-outside">Countries and places outside the map</h3><ul class="outside" id="outside"></ul></figure>
</div>
</section>
<section id="view-events" aria-labelledby="h-events" hidden>
<h2 id="h-events" tabindex="-1">Events</h2>
<p>Arrests, trials, sentences, executions and the other justice events that happened (asserted, not negated, specific), one per trigger, as in event-table.csv before clustering.</p>
<figure id="timeline-fig"><figcaption id="timeline-cap">Events by month, stacked by subtype</figcaption>
<ul class="map-legend" id="timeline-legend" aria-label="Event subtypes"></ul>
<div class="scroll" id="timeline"></div></figure>
<figure id="ev-map-fig"><figcaption id="ev-map-cap">Events by place (a province's events at the province; circle size grows with events)</figcaption>
<div id="ev-map"></div><p class="status" id="ev-unmapped"></p></figure>
<h3 id="h-ev-list">Events and their evidence</h3>
<div class="controls">
<label for="ev-type">Subtype<select id="ev-type"><option value="">All subtypes</option></select></label>
<button type="button" id="ev-clear">Show all months and places</button>
</div>
<p class="status" id="ev-status" aria-live="polite"></p>
<div class="scroll"><table id="ev-table"><caption>Events</caption><thead><tr><th scope="col">Subtype</th><th scope="col">Time</th><th scope="col">Place</th><th scope="col">Article</th><th scope="col">Evidence</th></tr></thead><tbody id="ev-body"></tbody></table></div>
<div class="pager" id="ev-pager"></div>
</section>
</main>
<div id="tip" role="tooltip" hidden></div>`;

/** The page's script. A plain string: it runs in the browser, where nothing of this module exists. */
const CLIENT_JS = String.raw`
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('nkie-data').textContent);
  const TYPES = data.types;
  const $ = (id) => document.getElementById(id);
  const fmt = (n) => Number(n).toLocaleString('en-US');
  const count = (n, noun) => fmt(n) + ' ' + noun + (n === 1 ? '' : 's');
  const SVGNS = 'http://www.w3.org/2000/svg';

  /** Builds an element; props: text, cls, or attributes. Children are nodes or strings (as text). */
  function el(tag, props, children) {
    const node = document.createElement(tag);
    setProps(node, props);
    for (const c of children || []) node.append(c);
    return node;
  }
  function svgEl(tag, props) {
    const node = document.createElementNS(SVGNS, tag);
    setProps(node, props);
    return node;
  }
  function setProps(node, props) {
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined) continue;
      if (k === 'text') node.textContent = String(v);
      else if (k === 'cls') node.setAttribute('class', v);
      else node.setAttribute(k, String(v));
    }
  }
  function chip(type, count) {
    const c = el('span', { cls: 'chip t-' + type, text: type });
    if (count !== undefined) c.append(el('span', { cls: 'n', text: fmt(count) }));
    return c;
  }
  function pager(container, page, pages, go) {
    container.replaceChildren();
    if (pages <= 1) return;
    const prev = el('button', { type: 'button', text: 'Previous page' });
    const next = el('button', { type: 'button', text: 'Next page' });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    prev.addEventListener('click', () => go(page - 1));
    next.addEventListener('click', () => go(page + 1));
    container.append(prev, el('span', { text: 'Page ' + (page + 1) + ' of ' + pages }), next);
  }

  // ---- header
  $('page-title').textContent = data.title;
  document.title = data.title;
  const t = data.totals;
  let summary = count(t.articles, 'article') + ', ' + count(t.entities, 'entity mention') + ', ' + count(t.relations, 'relation') + '.';
  if (t.embedded < t.articles) summary += ' The text of the first ' + fmt(t.embedded) + ' articles is included; every count, the table, chart and map cover all.';
  if (data.generatedAt) summary += ' Generated ' + data.generatedAt + '.';
  $('summary').textContent = summary;
  TYPES.forEach((type, i) => $('legend').append(el('li', {}, [chip(type, data.typeTotals[i])])));

  // ---- tooltip, shared by entity marks and map points
  const tip = $('tip');
  let tipOwner = null;
  function showTip(target, title, rows) {
    tipOwner = target;
    const dl = el('dl');
    for (const [k, v] of rows) if (v !== null && v !== '') dl.append(el('dt', { text: k }), el('dd', { text: v }));
    tip.replaceChildren(el('div', { cls: 'tip-title', text: title }), dl);
    tip.hidden = false;
    const r = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - width - 4));
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }
  function hideTip() {
    tip.hidden = true;
    tipOwner = null;
  }
  function tipFor(node) {
    if (!node || !node.closest) return;
    const mark = node.closest('mark.ent');
    if (mark) return entityTip(mark);
    const pt = node.closest('.pt');
    if (pt) return placeTip(pt);
  }
  document.addEventListener('mouseover', (e) => {
    const show = tipFor(e.target);
    if (show) show(); else if (tipOwner && !tipOwner.contains(document.activeElement)) hideTip();
  });
  document.addEventListener('focusin', (e) => {
    const show = tipFor(e.target);
    if (show) show(); else hideTip();
  });
  document.addEventListener('focusout', () => hideTip());
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });

  // ---- articles index
  const articles = data.articles;
  const byId = new Map(articles.map((a, i) => [a.id, i]));
  const A_PAGE = 50;
  let aPage = 0;
  let aRows = articles;
  const aHead = $('a-head');
  aHead.append(el('th', { scope: 'col', text: 'Title' }), el('th', { scope: 'col', text: 'Outlet' }), el('th', { scope: 'col', text: 'Published' }),
    el('th', { scope: 'col', cls: 'num', text: 'Entities' }));
  for (const type of TYPES) aHead.append(el('th', { scope: 'col', cls: 'num' }, [chip(type)]));
  aHead.append(el('th', { scope: 'col', cls: 'num', text: 'Relations' }));
  function renderArticles() {
    const pages = Math.max(1, Math.ceil(aRows.length / A_PAGE));
    aPage = Math.min(aPage, pages - 1);
    const slice = aRows.slice(aPage * A_PAGE, (aPage + 1) * A_PAGE);
    $('a-body').replaceChildren(...slice.map((a) => {
      const total = a.counts.reduce((x, y) => x + y, 0);
      const tr = el('tr', {}, [
        el('td', {}, [el('a', { href: '#/article/' + encodeURIComponent(a.id), text: a.title || a.id })]),
        el('td', { text: a.outlet || '' }), el('td', { cls: 'nowrap', text: a.published || '' }), el('td', { cls: 'num', text: fmt(total) }),
      ]);
      for (const n of a.counts) tr.append(el('td', { cls: n ? 'num' : 'num zero', text: fmt(n) }));
      tr.append(el('td', { cls: 'num', text: fmt(a.relations.length) }));
      return tr;
    }));
    $('a-status').textContent = aRows.length === 0 ? 'No article matches.'
      : 'Showing ' + fmt(aPage * A_PAGE + 1) + '–' + fmt(aPage * A_PAGE + slice.length) + ' of ' + fmt(aRows.length) + ' articles.';
    pager($('a-pager'), aPage, pages, (p) => { aPage = p; renderArticles(); });
  }
  $('a-filter').addEventListener('input', (e) => {
    const q = e.target.value.trim().toLowerCase();
    aRows = q ? articles.filter((a) => [a.title, a.outlet, a.id].some((v) => v && v.toLowerCase().includes(q))) : articles;
    aPage = 0;
    renderArticles();
  });
  renderArticles();

  // ---- one article, rendered when opened
  let current = null;
  function entityTip(mark) {
    return () => {
      const e = current.entities[Number(mark.dataset.e)];
      showTip(mark, e[4], [['type', TYPES[e[2]]], ['id', e[5] === null ? '(not in the gazetteer)' : e[5]], ['value', e[6]], ['mention', e[3] + ' · ' + e[7]]]);
    };
  }
  function showArticle(id) {
    const i = byId.get(id);
    const a = i === undefined ? null : articles[i];
    current = a;
    if (!a) {
      $('h-article').textContent = 'Article not found';
      $('art-meta').textContent = 'No article with id ' + id + ' is included in this report.';
      for (const n of ['art-legend', 'art-text', 'art-rels']) $(n).replaceChildren();
      return;
    }
    $('h-article').textContent = a.title || a.id;
    const meta = [a.outlet, a.published, 'id ' + a.id, a.source].filter(Boolean);
    const metaNodes = [];
    meta.forEach((m, k) => { if (k) metaNodes.push(el('span', { cls: 'sep', text: '·', 'aria-hidden': 'true' })); metaNodes.push(m); });
    if (a.url) {
      metaNodes.push(el('span', { cls: 'sep', text: '·', 'aria-hidden': 'true' }));
      // only web links become links: a javascript: or data: URL stays text
      metaNodes.push(/^https?:\/\//i.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: a.url }) : a.url);
    }
    $('art-meta').replaceChildren(...metaNodes);
    $('art-legend').replaceChildren(...TYPES.map((type, k) => el('li', {}, [chip(type, a.counts[k])])));

    const frag = document.createDocumentFragment();
    const marks = [];
    let at = 0;
    a.entities.forEach((e, k) => {
      // entities never overlap; one that does (or runs past the text) is left unmarked
      if (e[0] < at || e[1] > a.text.length || e[1] <= e[0]) return;
      if (e[0] > at) frag.append(a.text.slice(at, e[0]));
      const type = TYPES[e[2]];
      const m = el('mark', { cls: 'ent t-' + type, tabindex: '0', 'data-e': k, 'data-type': type, 'aria-describedby': 'tip' },
        [a.text.slice(e[0], e[1]), el('span', { cls: 'lbl', text: type })]);
      marks[k] = m;
      frag.append(m);
      at = e[1];
    });
    frag.append(a.text.slice(at));
    $('art-text').replaceChildren(frag);

    $('h-rels').textContent = 'Relations (' + a.relations.length + ')';
    if (a.relations.length === 0) {
      $('art-rels').replaceChildren(el('p', { cls: 'empty', text: 'No relation found in this article.' }));
      return;
    }
    const entButton = (k) => {
      const e = a.entities[k];
      if (!e) return el('span', { text: '?' });
      const b = el('button', { type: 'button', cls: 'rel-ent t-' + TYPES[e[2]], text: e[4], title: 'Show in the text' });
      b.addEventListener('click', () => { if (marks[k]) { marks[k].scrollIntoView({ block: 'center' }); marks[k].focus(); } });
      return b;
    };
    const list = el('ol');
    for (const r of a.relations) {
      const li = el('li', {}, [entButton(r[1]), el('span', { cls: 'rel-type', text: r[0].replace(/_/g, ' ') }), entButton(r[2])]);
      if (r[4]) li.append(' ', el('span', { cls: 'conflict', text: 'contradicts the gazetteer' }));
      li.append(el('blockquote', { text: r[3] }));
      const light = (on) => { for (const k of [r[1], r[2]]) if (marks[k]) marks[k].classList.toggle('hl', on); };
      li.addEventListener('mouseenter', () => light(true));
      li.addEventListener('mouseleave', () => light(false));
      li.addEventListener('focusin', () => light(true));
      li.addEventListener('focusout', () => light(false));
      list.append(li);
    }
    $('art-rels').replaceChildren(list);
  }

  // ---- entity table
  const COLS = [
    { key: 0, label: 'Type' }, { key: 1, label: 'Canonical' }, { key: 2, label: 'Id' }, { key: 3, label: 'Details', sort: false },
    { key: 4, label: 'Articles', num: true }, { key: 5, label: 'Mentions', num: true }, { key: 6, label: 'Surface forms', sort: false },
  ];
  const T_PAGE = 100;
  let tPage = 0;
  let tRows = data.table;
  let sortKey = null;
  let sortDir = 1;
  for (const type of TYPES) $('f-type').append(el('option', { value: type, text: type }));
  const tHead = $('t-head');
  const headers = COLS.map((c) => {
    const th = el('th', { scope: 'col', cls: c.num ? 'num' : null });
    if (c.sort === false) th.textContent = c.label;
    else {
      th.setAttribute('aria-sort', 'none');
      const b = el('button', { type: 'button', cls: 'sort', text: c.label });
      b.addEventListener('click', () => {
        sortDir = sortKey === c.key ? -sortDir : (c.num ? -1 : 1);
        sortKey = c.key;
        applyTable();
      });
      th.append(b);
    }
    tHead.append(th);
    return th;
  });
  function applyTable() {
    const type = $('f-type').value;
    const q = $('f-text').value.trim().toLowerCase();
    tRows = data.table.filter((r) => (!type || r[0] === type)
      && (!q || [r[1], r[2], r[6]].some((v) => v !== null && String(v).toLowerCase().includes(q))));
    if (sortKey !== null) {
      const col = COLS[sortKey];
      tRows.sort((x, y) => {
        const a = x[col.key], b = y[col.key];
        const d = col.num ? a - b : String(a === null ? '' : a).localeCompare(String(b === null ? '' : b));
        return d * sortDir;
      });
    }
    COLS.forEach((c, k) => {
      if (c.sort !== false) headers[k].setAttribute('aria-sort', sortKey === c.key ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
    tPage = 0;
    renderTable();
  }
  function renderTable() {
    const pages = Math.max(1, Math.ceil(tRows.length / T_PAGE));
    const slice = tRows.slice(tPage * T_PAGE, (tPage + 1) * T_PAGE);
    $('t-body').replaceChildren(...slice.map((r) => el('tr', { 'data-type': r[0] }, [
      el('td', {}, [chip(r[0])]), el('td', { text: r[1] }), el('td', { text: r[2] === null ? '' : r[2] }), el('td', { text: r[3] }),
      el('td', { cls: 'num', text: fmt(r[4]) }), el('td', { cls: 'num', text: fmt(r[5]) }),
      el('td', { text: String(r[6] === null ? '' : r[6]).split('|').join(', ') }),
    ])));
    $('t-status').textContent = tRows.length === 0 ? 'No entity matches.'
      : 'Showing ' + fmt(tPage * T_PAGE + 1) + '–' + fmt(tPage * T_PAGE + slice.length) + ' of ' + fmt(tRows.length) + ' entities.';
    pager($('t-pager'), tPage, pages, (p) => { tPage = p; renderTable(); });
  }
  $('f-type').addEventListener('change', applyTable);
  $('f-text').addEventListener('input', applyTable);
  renderTable();

  // ---- places: chart and map, drawn when first shown
  let placesDrawn = false;
  function drawChart() {
    const rows = data.provinces;
    const notes = [];
    if (data.abroad) notes.push(count(data.abroad, 'mention') + ' of places abroad');
    if (data.withoutProvince) notes.push(count(data.withoutProvince, 'place mention') + ' in no province (North Korea itself, regions, unresolved names)');
    const note = notes.length ? ' Not counted: ' + notes.join('; ') + '.' : '';
    $('chart-cap').textContent = 'Articles that mention a place in each province of North Korea' +
      (rows.length ? ', most first, with the mentions beside.' : ': no place in a province of North Korea.') + note;
    if (!rows.length) return;
    const labelW = 200, barW = 320, rowH = 24, W = labelW + barW + 140, H = rows.length * rowH + 8;
    const max = Math.max(...rows.map((r) => r[1]));
    const s = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-labelledby': 'chart-cap' });
    rows.forEach(([label, arts, mentions], k) => {
      const y = 4 + k * rowH;
      const w = Math.max(2, (arts / max) * barW);
      const name = svgEl('text', { x: labelW - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end' });
      name.textContent = label;
      const bar = svgEl('rect', { cls: 'bar', x: labelW, y: y + 3, width: w, height: rowH - 6 });
      const value = svgEl('text', { x: labelW + w + 6, y: y + rowH / 2 + 4 });
      value.textContent = fmt(arts) + ' (' + count(mentions, 'mention') + ')';
      s.append(name, bar, value);
    });
    $('chart').replaceChildren(s);
    $('chart-table').replaceChildren(el('table', {}, [
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: 'Province' }), el('th', { scope: 'col', cls: 'num', text: 'Articles' }),
        el('th', { scope: 'col', cls: 'num', text: 'Mentions' })])]),
      el('tbody', {}, rows.map(([label, arts, mentions]) => el('tr', {}, [el('td', { text: label }), el('td', { cls: 'num', text: fmt(arts) }),
        el('td', { cls: 'num', text: fmt(mentions) })]))),
    ]));
  }
  /** The outline of North Korea on its grid, and the projection: shared by the places map and the events map. */
  function baseMap(captionId) {
    const b = data.bounds;
    const k = Math.cos(((b.north + b.south) / 2) * Math.PI / 180);
    const S = 90;
    const W = Math.round((b.east - b.west) * k * S), H = Math.round((b.north - b.south) * S);
    const x = (lon) => ((lon - b.west) * k * S).toFixed(1);
    const y = (lat) => ((b.north - lat) * S).toFixed(1);
    const s = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'group', 'aria-labelledby': captionId });
    s.append(svgEl('rect', { x: 0, y: 0, width: W, height: H, fill: '#f4f8fb' }));
    for (let lon = Math.ceil(b.west); lon <= b.east; lon++) s.append(svgEl('line', { cls: 'grid', x1: x(lon), x2: x(lon), y1: 0, y2: H }));
    for (let lat = Math.ceil(b.south); lat <= b.north; lat++) s.append(svgEl('line', { cls: 'grid', x1: 0, x2: W, y1: y(lat), y2: y(lat) }));
    s.append(svgEl('polygon', { cls: 'land', points: data.outline.map(([lon, lat]) => x(lon) + ',' + y(lat)).join(' ') }));
    const inBounds = (lat, lon) => lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
    return { s, x, y, W, H, inBounds };
  }
  function drawMap() {
    const b = data.bounds;
    const { s, x, y, W } = baseMap('map-cap');
    // a country's point is its centroid, which says nothing on a map of one country: listed instead
    const inside = [], outside = [];
    for (const p of data.places) {
      const [, , , level, lat, lon] = p;
      (level !== 'country' && lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east ? inside : outside).push(p);
    }
    // most mentioned drawn last, on top; the ten most mentioned are labelled
    const labelled = new Set(inside.slice(0, 10));
    for (const p of inside.slice().reverse()) {
      const [name, id, country, , lat, lon, mentions, arts] = p;
      const r = Math.min(18, 3 + 2 * Math.sqrt(mentions));
      const c = svgEl('circle', { cls: 'pt ' + (country === 'KP' ? 'kp' : 'other'), cx: x(lon), cy: y(lat), r: r.toFixed(1), tabindex: '0',
        'aria-label': name + ', ' + count(mentions, 'mention') + ' in ' + count(arts, 'article') });
      c.dataset.p = String(data.places.indexOf(p));
      s.append(c);
      if (labelled.has(p)) {
        // labels of points in the eastern third go to their left, so they stay inside the map
        const east = Number(x(lon)) > W * 0.66;
        const label = svgEl('text', { cls: 'pt-label', x: (Number(x(lon)) + (east ? -(r + 3) : r + 3)).toFixed(1), y: (Number(y(lat)) + 4).toFixed(1),
          'text-anchor': east ? 'end' : 'start', 'aria-hidden': 'true' });
        label.textContent = name;
        s.append(label);
      }
    }
    $('map').replaceChildren(s);
    $('outside').replaceChildren(...(outside.length ? outside.map(([name, id, country, level, , , mentions, arts]) =>
      el('li', { text: name + ' (' + [level, country].filter(Boolean).join(', ') + '): ' + count(mentions, 'mention') + ' in ' + count(arts, 'article') }))
      : [el('li', { cls: 'empty', text: 'None.' })]));
  }
  function placeTip(pt) {
    return () => {
      const [name, id, country, level, lat, lon, mentions, arts] = data.places[Number(pt.dataset.p)];
      showTip(pt, name, [['id', id], ['level', level || ''], ['country', country || ''], ['coordinates', lat + ', ' + lon],
        ['mentions', fmt(mentions)], ['articles', fmt(arts)]]);
    };
  }

  // ---- events: timeline, map and list, drawn when first shown
  const SUBTYPES = data.subtypes;
  const events = data.events;
  const evFilter = { month: null, place: null };
  const EV_PAGE = 100;
  let evPage = 0;
  let evRows = events;
  let eventsDrawn = false;
  for (const st of SUBTYPES) $('ev-type').append(el('option', { value: st, text: st }));
  const placeKey = (v) => v[5] === null ? null : v[5] + '\u0000' + v[7] + '\u0000' + v[8];
  function drawTimeline() {
    const dated = events.filter((v) => v[4] !== null);
    const undated = events.length - dated.length;
    const months = [...new Set(dated.map((v) => v[4]))].sort();
    $('timeline-legend').replaceChildren(...SUBTYPES.map((st) => el('li', {}, [el('span', { cls: 'swatch s-' + st, 'aria-hidden': 'true' }), st])));
    $('timeline-cap').textContent = 'Events by month, stacked by subtype' + (events.length ? '' : ': no event in this run') +
      (undated ? '; ' + count(undated, 'event') + ' with no month not shown' : '') + '. Select a month to list its events.';
    if (!months.length) { $('timeline').replaceChildren(); return; }
    // every month from the first to the last, empty ones too, so the axis is time
    const all = [];
    for (let [yy, mm] = months[0].split('-').map(Number); ; ) {
      const m = yy + '-' + String(mm).padStart(2, '0');
      all.push(m);
      if (m === months[months.length - 1]) break;
      mm++; if (mm > 12) { mm = 1; yy++; }
    }
    const counts = new Map(all.map((m) => [m, SUBTYPES.map(() => 0)]));
    for (const v of dated) counts.get(v[4])[v[0]]++;
    const max = Math.max(...[...counts.values()].map((c) => c.reduce((a, b) => a + b, 0)));
    const bw = Math.max(6, Math.min(28, Math.floor(900 / all.length))), H = 180, top = 10, left = 36, bottom = 40;
    const W = left + all.length * bw + 10;
    const s = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + (H + top + bottom), width: W, height: H + top + bottom, role: 'group', 'aria-labelledby': 'timeline-cap' });
    s.append(svgEl('line', { cls: 'axis', x1: left, x2: W - 5, y1: top + H, y2: top + H }));
    const maxLabel = svgEl('text', { x: left - 4, y: top + 8, 'text-anchor': 'end' });
    maxLabel.textContent = fmt(max);
    s.append(maxLabel);
    all.forEach((m, i) => {
      const c = counts.get(m);
      const total = c.reduce((a, b) => a + b, 0);
      const g = svgEl('g', { cls: 'month', 'data-month': m, tabindex: total ? '0' : null, role: total ? 'button' : null,
        'aria-label': m + ': ' + count(total, 'event') + (total ? ' (' + SUBTYPES.map((st, k) => c[k] ? st + ' ' + c[k] : '').filter(Boolean).join(', ') + ')' : '') });
      let y0 = top + H;
      SUBTYPES.forEach((st, k) => {
        if (!c[k]) return;
        const h = (c[k] / max) * H;
        y0 -= h;
        g.append(svgEl('rect', { cls: 's-' + st, 'data-subtype': st, x: left + i * bw + 1, y: y0.toFixed(1), width: bw - 2, height: h.toFixed(1) }));
      });
      if (total) {
        const pick = () => { evFilter.month = m; evFilter.place = null; applyEvents(); };
        g.addEventListener('click', pick);
        g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
      }
      s.append(g);
      // a label on January and on the first month
      if (i === 0 || m.endsWith('-01')) {
        const label = svgEl('text', { x: left + i * bw, y: top + H + 16 });
        label.textContent = m;
        s.append(label);
      }
    });
    $('timeline').replaceChildren(s);
  }
  function drawEventMap() {
    const { s, x, y, inBounds } = baseMap('ev-map-cap');
    const byPlace = new Map();
    let unmapped = 0;
    for (const v of events) {
      if (v[7] === null || v[8] === null || !inBounds(v[7], v[8])) { unmapped++; continue; }
      const key = placeKey(v);
      if (!byPlace.has(key)) byPlace.set(key, { name: v[5], province: v[6], lat: v[7], lon: v[8], n: 0 });
      byPlace.get(key).n++;
    }
    const points = [...byPlace.entries()].sort((a, b) => b[1].n - a[1].n);
    for (const [key, p] of points.slice().reverse()) {
      const r = Math.min(18, 3 + 2 * Math.sqrt(p.n));
      const c = svgEl('circle', { cls: 'ev-pt', cx: x(p.lon), cy: y(p.lat), r: r.toFixed(1), tabindex: '0', role: 'button',
        'aria-label': p.name + (p.province && p.province !== p.name ? ' (' + p.province + ')' : '') + ': ' + count(p.n, 'event') });
      c.dataset.place = key;
      const pick = () => { evFilter.place = key; evFilter.month = null; applyEvents(); };
      c.addEventListener('click', pick);
      c.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
      s.append(c);
    }
    $('ev-map').replaceChildren(s);
    $('ev-unmapped').textContent = unmapped ? count(unmapped, 'event') + ' with no place on the map (no place, a place abroad or without coordinates).' : '';
  }
  function applyEvents() {
    const st = $('ev-type').value;
    evRows = events.filter((v) => (!st || SUBTYPES[v[0]] === st) && (!evFilter.month || v[4] === evFilter.month)
      && (!evFilter.place || placeKey(v) === evFilter.place));
    evPage = 0;
    renderEvents();
  }
  /** The evidence sentence with its trigger marked, found by its offset. */
  function evidenceNode(v) {
    if (v[10] === null) return el('span', { cls: 'empty', text: 'not embedded (article past the report\u2019s limit)' });
    const q = el('blockquote');
    const at = v[11];
    if (v[10].slice(at, at + v[9].length) !== v[9]) q.textContent = v[10];
    else q.append(v[10].slice(0, at), el('span', { cls: 'trigger', text: v[9] }), v[10].slice(at + v[9].length));
    return q;
  }
  function renderEvents() {
    const pages = Math.max(1, Math.ceil(evRows.length / EV_PAGE));
    const slice = evRows.slice(evPage * EV_PAGE, (evPage + 1) * EV_PAGE);
    $('ev-body').replaceChildren(...slice.map((v) => el('tr', { 'data-subtype': SUBTYPES[v[0]], 'data-event': v[1] + ':' + v[2] }, [
      el('td', {}, [el('span', { cls: 'swatch s-' + SUBTYPES[v[0]], 'aria-hidden': 'true' }), SUBTYPES[v[0]]]),
      el('td', { cls: 'nowrap', text: v[3] || '' }),
      el('td', { text: v[5] === null ? '' : v[5] + (v[6] && v[6] !== v[5] ? ' (' + v[6] + ')' : '') }),
      el('td', {}, [byId.has(v[1]) ? el('a', { href: '#/article/' + encodeURIComponent(v[1]), text: v[1] }) : v[1]]),
      el('td', {}, [evidenceNode(v)]),
    ])));
    const where = [evFilter.month ? 'in ' + evFilter.month : '', evFilter.place ? 'at ' + evFilter.place.split('\u0000')[0] : ''].filter(Boolean).join(' ');
    $('ev-status').textContent = (evRows.length === 0 ? 'No event' : 'Showing ' + fmt(evPage * EV_PAGE + 1) + '–' + fmt(evPage * EV_PAGE + slice.length) + ' of ' + count(evRows.length, 'event'))
      + (where ? ' ' + where : '') + '.';
    pager($('ev-pager'), evPage, pages, (p) => { evPage = p; renderEvents(); });
  }
  $('ev-type').addEventListener('change', applyEvents);
  $('ev-clear').addEventListener('click', () => { evFilter.month = null; evFilter.place = null; applyEvents(); });

  // ---- views
  const views = { articles: $('view-articles'), article: $('view-article'), entities: $('view-entities'), places: $('view-places'), events: $('view-events') };
  const headings = { articles: 'h-articles', article: 'h-article', entities: 'h-entities', places: 'h-places', events: 'h-events' };
  let routed = false;
  function route() {
    const h = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    let name = 'articles';
    if (h.startsWith('article/')) name = 'article';
    else if (h === 'entities' || h === 'places' || h === 'events') name = h;
    hideTip();
    for (const [k, v] of Object.entries(views)) v.hidden = k !== name;
    for (const a of document.querySelectorAll('nav.tabs a')) {
      const on = a.dataset.view === name || (name === 'article' && a.dataset.view === 'articles');
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    if (name === 'article') showArticle(h.slice('article/'.length));
    if (name === 'places' && !placesDrawn) { drawChart(); drawMap(); placesDrawn = true; }
    if (name === 'events' && !eventsDrawn) { drawTimeline(); drawEventMap(); applyEvents(); eventsDrawn = true; }
    // after a click or back button, bring keyboard and screen-reader users to the new view
    if (routed) $(headings[name]).focus();
    routed = true;
  }
  window.addEventListener('hashchange', route);
  route();
})();
`;
