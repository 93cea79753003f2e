import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, HtmlReport, normalizedValue } from '../../src/export/report.js';
import { EntityTable } from '../../src/export/rows.js';
import { ENTITY_TYPES, type Document, type Entity } from '../../src/types.js';
import { extract } from '../helpers.js';
import { buildDocument, SPECS_AFTER_THE_PLACE, type Spec } from './document-builder.js';
import { HYESAN, RYANGGANG, SINUIJU, buildEventDocument, date } from './event-builder.js';

const build = (id: string, text: string, specs: Spec[], relations: Parameters<typeof buildDocument>[2] = [], meta: Partial<Document> = {}) =>
  buildDocument(text, specs, relations, { id, meta });




const place = (text: string, canonical: string, id: string | null, province: string | null, country: string | null, lat: number | null = null, lon: number | null = null): Spec => ({
  type: 'PLACE', text, canonical, canonicalId: id, norm: { level: 'city', province, country, lat, lon, resolved: id !== null },
});

const EVERY_TYPE = build('every-type',
  'On March 3, 2021 the Ministry of Social Security in Hyesan arrested Kim Chol-su for selling 300 grams of methamphetamine ' +
    'for 2,000 yuan; under Article 208 he got five years of reform through labor.',
  [
    { type: 'DATE', text: 'March 3, 2021', canonical: '2021-03-03', canonicalId: null, norm: { value: '2021-03-03' } },
    { type: 'ORG', text: 'Ministry of Social Security', canonical: 'Ministry of Social Security', canonicalId: 'mss', norm: { kind: 'police', acronym: 'MSS' } },
    place('Hyesan', 'Hyesan', 'kp-hyesan', 'Ryanggang Province', 'KP', 41.366, 128.271),
    ...SPECS_AFTER_THE_PLACE,
  ],
  [['based_in', 2, 3], ['quantity_of', 5, 6], ['penalty_for', 8, 9]],
  { title: 'Arrests in Hyesan', outlet: 'Test Wire', published: '2021-03-05' },
);

const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> &amp; \u2028';
const UNTRUSTED = build('untrusted', `${HOSTILE} in Dandong, China.`, [
  place('Dandong', `Dandong ${HOSTILE}`, 'cn-dandong', 'Liaoning Province', 'CN', 40.124, 124.394),
  place('China', 'China', 'cn', null, 'CN', 35, 103),
], [], { title: HOSTILE, outlet: '<b>Outlet</b>', url: 'javascript:alert(3)' });

function render(docs: Document[], options: ConstructorParameters<typeof HtmlReport>[0] = {}): string {
  const report = new HtmlReport(options);
  const table = new EntityTable();
  for (const d of docs) {
    report.add(d);
    table.add(d);
  }
  return report.finish([...table.rows()]);
}

const EVENTS = [
  buildEventDocument('ev-a', 'Two men were executed in Hyesan in March 2021. A third could be executed in Sinuiju.', [HYESAN, date('March 2021', '2021-03'), SINUIJU],
    [{ subtype: 'execute', trigger: 'executed', place: 0, time: 1 }, { subtype: 'execute', trigger: 'executed', place: 2, modality: 'other' }]),
  buildEventDocument('ev-b', 'A woman was arrested in Ryanggang Province in 2020.', [RYANGGANG, date('2020', '2020')],
    [{ subtype: 'arrest-jail', trigger: 'arrested', place: 0, time: 1 }]),
];

const DATA_BLOCK = /<script type="application\/json" id="nkie-data">([\s\S]*?)<\/script>/;

interface PageData {
  title: string;
  totals: { articles: number; entities: number; relations: number; embedded: number };
  typeTotals: number[];
  table: unknown[][];
  provinces: [string, number, number][];
  withoutProvince: number;
  abroad: number;
  places: unknown[][];
  subtypes: string[];
  events: unknown[][];
  articles: { id: string; title: string | null; text: string; counts: number[]; entities: unknown[][]; relations: unknown[][] }[];
}

const pageData = (html: string) => JSON.parse(DATA_BLOCK.exec(html)![1]!) as PageData;

describe('normalizedValue', () => {
  it.each(EVERY_TYPE.entities.map((e, i) => [e.type, e, [
    '2021-03-03', 'police (MSS)', 'city, Ryanggang Province, KP @ 41.366,128.271', '', '300 g', '', '2000 CNY',
    'Criminal Code article 208: Smuggling of narcotics', 'reform_through_labor P5Y',
  ][i]] as const))('%s', (_type, entity, expected) => {
    expect(normalizedValue(entity)).toBe(expected);
  });

  it.each([
    ['a money range', { type: 'MONEY', norm: { currency: 'KPW', min: 50000, max: 70000 } }, '50000-70000 KPW'],
    ['a date with a modifier', { type: 'DATE', norm: { value: '2019-03', mod: 'START' } }, '2019-03 (START)'],
    ['a life sentence', { type: 'PENALTY', norm: { kind: 'imprisonment', status: null, duration: null, life: true } }, 'imprisonment life'],
    ['an offence', { type: 'CRIME', norm: { offence: 'illegal-phone-use' } }, 'illegal-phone-use'],
    ['an unresolved place', { type: 'PLACE', norm: { level: null, province: null, country: null, lat: null, lon: null, resolved: false } }, ''],
    ['a named law', { type: 'LAW', norm: { code: 'Law on Narcotics', article: null, title: 'Law on Narcotics' } }, 'Law on Narcotics'],
    ['an organization without acronym', { type: 'ORG', norm: { kind: 'party', acronym: null } }, 'party'],
  ] as [string, Pick<Entity, 'type' | 'norm'>, string][])('%s', (_why, partial, expected) => {
    expect(normalizedValue({ ...partial, id: 'e1', text: 'x', start: 0, end: 1, sentence: 0, canonical: 'x', canonicalId: null, rule: 'r' } as Entity)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['plain', 'plain'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('HtmlReport', () => {
  const html = render([EVERY_TYPE, UNTRUSTED], { title: 'Run <1>' });
  const data = pageData(html);

  it('is one self-contained page: no URL outside the embedded data but the SVG namespace', () => {
    const outside = html.replace(DATA_BLOCK, '');
    expect([...new Set(outside.match(/https?:\/\/[^\s"'<>)]+/g))]).toEqual(['http://www.w3.org/2000/svg']);
    const refs = [...outside.matchAll(/\s(?:src|href|action|srcset)="([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !r.startsWith('#') && !r.startsWith('data:'))).toEqual([]);
  });

  it('admits only its own script and style by hash, and forbids every fetch', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(csp).not.toContain('unsafe');
  });

  it('cannot be broken out of by article text, titles or names', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Outlet');
    expect(html).toContain('<title>Run &lt;1&gt;</title>');
    const untrusted = data.articles.find((a) => a.id === 'untrusted')!;
    expect(untrusted.title).toBe(HOSTILE);
    expect(untrusted.text).toBe(UNTRUSTED.text);
    expect(untrusted.entities[0]![4]).toBe(`Dandong ${HOSTILE}`);
  });

  it('embeds each article with its entities in text order and its relations by entity index', () => {
    const a = data.articles.find((x) => x.id === 'every-type')!;
    expect(a.counts).toEqual(ENTITY_TYPES.map((t) => EVERY_TYPE.entities.filter((e) => e.type === t).length));
    expect(a.entities.map((e) => a.text.slice(e[0] as number, e[1] as number))).toEqual(EVERY_TYPE.entities.map((e) => e.text));
    const at = EVERY_TYPE.text.indexOf('Hyesan');
    expect(a.entities[2]).toEqual([at, at + 6, ENTITY_TYPES.indexOf('PLACE'), 'e3', 'Hyesan', 'kp-hyesan', 'city, Ryanggang Province, KP @ 41.366,128.271', 'test-rule']);
    expect(a.relations.map((r) => [r[0], r[1], r[2]])).toEqual([['based_in', 1, 2], ['quantity_of', 4, 5], ['penalty_for', 7, 8]]);
  });

  it('counts totals, types, provinces and places', () => {
    expect(data.totals).toEqual({ articles: 2, entities: 11, relations: 3, embedded: 2 });
    expect(data.typeTotals[ENTITY_TYPES.indexOf('PLACE')]).toBe(3);
    expect(data.provinces).toEqual([['Ryanggang Province', 1, 1]]);
    expect(data.abroad).toBe(2);
    expect(data.withoutProvince).toBe(0);
    expect(data.places.map((p) => p[1])).toEqual(['cn', 'cn-dandong', 'kp-hyesan']);
  });

  it('charts the articles of each North Korean province beside their mentions, without places abroad', () => {
    const kp = (text: string, id: string, province: string) => place(text, text, id, province, 'KP', 41, 128);
    const d = pageData(render([
      build('one', 'Hyesan and Hyesan again, Kimjongsuk, Hoeryong and Liaoning; Onsan.', [
        kp('Hyesan', 'kp-hyesan', 'Ryanggang Province'), kp('Hyesan', 'kp-hyesan', 'Ryanggang Province'),
        kp('Kimjongsuk', 'kp-kimjongsuk', 'Ryanggang Province'), kp('Hoeryong', 'kp-hoeryong', 'North Hamgyong Province'),
        place('Liaoning', 'Liaoning Province', 'cn-liaoning', 'Liaoning Province', 'CN', 41, 123), place('Onsan', 'Onsan', null, null, null),
      ]),
      build('two', 'Hoeryong, then Jilin and Yanji.', [
        kp('Hoeryong', 'kp-hoeryong', 'North Hamgyong Province'),
        place('Jilin', 'Jilin Province', 'cn-jilin', 'Jilin Province', 'CN', 43, 126), place('Yanji', 'Yanji', 'cn-yanji', 'Jilin Province', 'CN', 42.9, 129.5),
      ]),
    ]));
    // [province, articles, mentions]: Ryanggang has more mentions, North Hamgyong more articles
    expect(d.provinces).toEqual([['North Hamgyong Province', 2, 2], ['Ryanggang Province', 1, 3]]);
    expect(d.provinces.map((p) => p[0]).filter((p) => /Liaoning|Jilin/.test(p))).toEqual([]);
    expect(d.abroad).toBe(3);
    expect(d.withoutProvince).toBe(1);
  });

  it('shows the entity table rows with their norm columns folded into details', () => {
    const hyesan = data.table.find((r) => r[2] === 'kp-hyesan')!;
    expect(hyesan).toEqual(['PLACE', 'Hyesan', 'kp-hyesan', 'level: city; province: Ryanggang Province; country: KP; lat: 41.366; lon: 128.271; resolved: true', 1, 1, 'Hyesan']);
    expect(data.table).toHaveLength(11);
  });

  it('embeds at most maxArticles articles but counts all of them', () => {
    const docs = ['a', 'b', 'c'].map((id) => build(id, 'Ice in Hyesan.', [
      { type: 'DRUG', text: 'Ice', canonical: 'methamphetamine', canonicalId: 'methamphetamine', norm: {} },
      place('Hyesan', 'Hyesan', 'kp-hyesan', 'Ryanggang Province', 'KP', 41.366, 128.271),
    ]));
    const d = pageData(render(docs, { maxArticles: 2 }));
    expect(d.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(d.totals).toEqual({ articles: 3, entities: 6, relations: 0, embedded: 2 });
    expect(d.provinces).toEqual([['Ryanggang Province', 3, 3]]);
    expect(d.table.find((r) => r[2] === 'methamphetamine')!.slice(4, 6)).toEqual([3, 3]);
  });

  it('is the same file for the same input unless a generation time is given', () => {
    expect(render([EVERY_TYPE])).toBe(render([EVERY_TYPE]));
    expect(render([EVERY_TYPE])).not.toContain('2024-05-01T10:00');
    expect(pageData(render([EVERY_TYPE], { generatedAt: '2024-05-01T10:00' }))).toMatchObject({ generatedAt: '2024-05-01T10:00' });
  });

  it('embeds the events that happened with their month, place, province, coordinates and evidence', () => {
    const d = pageData(render(EVENTS));
    const execute = d.subtypes.indexOf('execute');
    const arrest = d.subtypes.indexOf('arrest-jail');
    expect(d.events).toEqual([
      [execute, 'ev-a', 'v1', '2021-03', '2021-03', 'Hyesan', 'Ryanggang', 41.4, 128.18, 'executed', EVENTS[0]!.text, 13],
      // a year names no month: no bar on the timeline; the province is its own province
      [arrest, 'ev-b', 'v1', '2020', null, 'Ryanggang', 'Ryanggang', 41.2, 128.0, 'arrested', EVENTS[1]!.text, 12],
    ]);
  });

  it('counts the events of articles past maxArticles without their evidence', () => {
    const d = pageData(render(EVENTS, { maxArticles: 1 }));
    expect(d.events.map((v) => v[10] === null)).toEqual([false, true]);
  });

  it('writes a page without articles', () => {
    const d = pageData(new HtmlReport().finish([]));
    expect(d).toMatchObject({ title: 'nkie report', totals: { articles: 0, entities: 0, relations: 0, embedded: 0 }, articles: [], table: [], places: [] });
  });

  it('embeds real pipeline output with every entity and relation', () => {
    const doc = extract('Police in Hyesan, Ryanggang Province, seized 300 grams of methamphetamine on May 7, 2019. ' +
      'The dealer was sentenced to ten years of reform through labor under Article 208 of the Criminal Code.');
    const a = pageData(render([doc])).articles[0]!;
    expect(a.entities).toHaveLength(doc.entities.length);
    expect(a.entities.map((e) => a.text.slice(e[0] as number, e[1] as number))).toEqual(doc.entities.map((e) => e.text));
    expect(a.relations.map((r) => [a.entities[r[1] as number]![3], a.entities[r[2] as number]![3]])).toEqual(doc.relations.map((r) => [r.subject, r.object]));
  });
});
