/**
 * The HTML report in a real browser: a headless Chromium driven by playwright-core, started
 * here. The browser is the one npm installs (@sparticuz/chromium, a devDependency) unless
 * NKIE_CHROMIUM names another Chromium executable. A browser that does not start FAILS the
 * test, saying what to do; it never skips. Screenshots go to $NKIE_SCREENSHOT_DIR, else to
 * <tmp>/nkie-report-screenshots.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlaceCollection } from '../../src/export/geojson.js';
import { HtmlReport } from '../../src/export/report.js';
import { EntityTable, type Row } from '../../src/export/rows.js';
import { ENTITY_TYPES, type Document } from '../../src/types.js';
import { extract, tempDir } from '../helpers.js';
import { buildDocument, SPECS_AFTER_THE_PLACE, type Spec } from '../export/document-builder.js';
import { HYESAN, RYANGGANG, SINUIJU, buildEventDocument, date } from '../export/event-builder.js';

const build = (id: string, text: string, specs: Spec[], relations: Parameters<typeof buildDocument>[2] = [], meta: Partial<Document> = {}) =>
  buildDocument(text, specs, relations, { id, meta, evidence: (i, t) => `Evidence ${i + 1}: ${t.slice(0, 40)}` });

// no network on the machine: without the background-networking flags Chromium floods refused connections.
// None of @sparticuz/chromium's own args: they suit AWS Lambda, and --disable-web-security would
// weaken the untrusted-text test.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const SHOTS = process.env.NKIE_SCREENSHOT_DIR ?? join(tmpdir(), 'nkie-report-screenshots');

/** The Chromium to drive: $NKIE_CHROMIUM when set, else the one npm installed, unpacked on first use. */
async function chromiumExecutable(): Promise<{ path: string; origin: string; advice: string }> {
  const configured = process.env.NKIE_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`NKIE_CHROMIUM=${configured}: no such file. Point it at a Chromium executable, or unset it to use the Chromium npm installs.`);
    return { path: configured, origin: 'NKIE_CHROMIUM', advice: 'Check that NKIE_CHROMIUM names a working Chromium, or unset it to use the Chromium npm installs.' };
  }
  let path: string;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    path = await packaged.executablePath();
  } catch (e) {
    throw new Error(`The Chromium npm installs (@sparticuz/chromium, a devDependency) cannot be loaded or unpacked (${String(e)}): run npm install, or set NKIE_CHROMIUM=/path/to/chromium`);
  }
  return {
    path,
    origin: '@sparticuz/chromium',
    advice: 'It needs the system libraries libnss3 and libnspr4 (Debian: apt-get install libnss3; `ldd` on the path names what is missing). Or set NKIE_CHROMIUM=/path/to/chromium to use another Chromium.',
  };
}

const place = (text: string, id: string, province: string | null, country: string, lat: number, lon: number, level: 'city' | 'country' = 'city'): Spec => ({
  type: 'PLACE', text, canonical: text, canonicalId: id, norm: { level, province, country, lat, lon, resolved: true },
});

const EVERY_TYPE = build('every-type',
  'On March 3, 2021 the Ministry of Social Security in Hyesan arrested Kim Chol-su for selling 300 grams of methamphetamine ' +
    'for 2,000 yuan.\n\nUnder Article 208 he got five years of reform through labor. Traders in Hoeryong said smuggling fell.',
  [
    { type: 'DATE', text: 'March 3, 2021', canonical: '2021-03-03', canonicalId: null, norm: { value: '2021-03-03' } },
    { type: 'ORG', text: 'Ministry of Social Security', canonical: 'Ministry of Social Security', canonicalId: 'mss', norm: { kind: 'police', acronym: 'MSS' } },
    place('Hyesan', 'kp-hyesan', 'Ryanggang Province', 'KP', 41.366, 128.271),
    ...SPECS_AFTER_THE_PLACE,
    place('Hoeryong', 'kp-hoeryong', 'North Hamgyong Province', 'KP', 42.443, 129.75),
    { type: 'CRIME', text: 'smuggling', canonical: 'smuggling', canonicalId: 'smuggling', norm: { offence: 'smuggling' } },
  ],
  [['based_in', 2, 3], ['quantity_of', 5, 6], ['penalty_for', 8, 9]],
  { title: 'Arrests in Hyesan', outlet: 'Test Wire', published: '2021-03-05', url: 'https://example.org/arrests' },
);

const HOSTILE = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
const UNTRUSTED = build('untrusted', `Traders wrote ${HOSTILE} on a wall in Dandong, China.`, [
  place('Dandong', 'cn-dandong', 'Liaoning Province', 'CN', 40.124, 124.394),
  place('China', 'cn', null, 'CN', 35, 103, 'country'),
], [['located_in', 1, 2]], { title: `Graffiti ${HOSTILE}`, url: 'javascript:alert(3)' });

const PIPELINE = extract('Police in Hyesan, Ryanggang Province, seized 300 grams of methamphetamine on May 7, 2019. ' +
  'The dealer was sentenced to ten years of reform through labor under Article 208 of the Criminal Code.', { id: 'pipeline', title: 'A pipeline article' });

function writeReport(dir: string, name: string, docs: Document[]): { url: string; table: Row[] } {
  const report = new HtmlReport({ title: 'nkie browser test' });
  const table = new EntityTable();
  for (const d of docs) {
    report.add(d);
    table.add(d);
  }
  const rows = [...table.rows()];
  const path = join(dir, name);
  writeFileSync(path, report.finish(rows));
  return { url: pathToFileURL(path).href, table: rows };
}

let context: BrowserContext | undefined;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
const dialogs: string[] = [];
const dir = tempDir('nkie-report-');
// events in two months and three places; a "could be executed" that the events view leaves out
const EVENT_DOCS = [
  buildEventDocument('ev-a', 'Two men were executed in Hyesan in March 2021. A third could be executed in Sinuiju.', [HYESAN, date('March 2021', '2021-03'), SINUIJU],
    [{ subtype: 'execute', trigger: 'executed', place: 0, time: 1 }, { subtype: 'execute', trigger: 'executed', place: 2, modality: 'other' }], '2021-04-01'),
  buildEventDocument('ev-b', 'A woman was arrested in Sinuiju on 9 March 2021 and a trader was arrested in Ryanggang Province in May 2021.',
    [SINUIJU, date('9 March 2021', '2021-03-09'), RYANGGANG, date('May 2021', '2021-05')],
    [{ subtype: 'arrest-jail', trigger: 'arrested', place: 0, time: 1 }, { subtype: 'arrest-jail', trigger: 'arrested', place: 2, time: 3 }], '2021-05-20'),
];
const main = writeReport(dir, 'report.html', [EVERY_TYPE, UNTRUSTED, PIPELINE]);
const withEvents = writeReport(dir, 'events.html', EVENT_DOCS);
// a corpus large enough to need the pagination
const LARGE = 1200;
const large = writeReport(dir, 'large.html', Array.from({ length: LARGE }, (_, i) => build(`a${String(i).padStart(4, '0')}`, `Ice found in Hyesan, case ${i}.`, [
  { type: 'DRUG', text: 'Ice', canonical: 'methamphetamine', canonicalId: 'methamphetamine', norm: {} },
  place('Hyesan', 'kp-hyesan', 'Ryanggang Province', 'KP', 41.366, 128.271),
  { type: 'QUANTITY', text: `${i}`, canonical: `${i} g`, canonicalId: null, norm: { grams: i } },
], [], { title: `Case ${i}` })));

beforeAll(async () => {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new Error(`playwright-core cannot be loaded (${String(e)}): it is a devDependency, run npm install`);
  }
  const browser = await chromiumExecutable();
  try {
    context = await chromium.launchPersistentContext(tempDir('nkie-chromium-'), { executablePath: browser.path, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  } catch (e) {
    throw new Error(`Chromium ${browser.path} (from ${browser.origin}) did not start. ${browser.advice} This test fails rather than skip.\n${String(e)}`);
  }
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(main.url);
});

afterAll(async () => {
  await context?.close();
});

const open = (hash: string) => page.goto(`${main.url}${hash}`);
const texts = (selector: string) => page.locator(selector).allTextContents();

/** WCAG relative luminance of an "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('report.html in Chromium', () => {
  it('lists every article in the index with its entity counts', async () => {
    await open('#/articles');
    expect(await page.locator('#a-body tr').count()).toBe(3);
    const row = page.locator('#a-body tr', { hasText: 'Arrests in Hyesan' });
    const cells = await row.locator('td').allTextContents();
    // title, outlet, published, total, one count per type, relations
    expect(cells.slice(1, 4)).toEqual(['Test Wire', '2021-03-05', String(EVERY_TYPE.entities.length)]);
    const relationsCell = 4 + ENTITY_TYPES.length;
    expect(cells.slice(4, relationsCell)).toEqual(ENTITY_TYPES.map((t) => String(EVERY_TYPE.entities.filter((e) => e.type === t).length)));
    expect(cells[relationsCell]).toBe('3');
    await page.screenshot({ path: join(SHOTS, 'index.png'), fullPage: true });
  });

  it('highlights every entity type, each in its own colour, with readable text', async () => {
    await open('#/articles');
    await page.getByRole('link', { name: 'Arrests in Hyesan' }).click();
    await expect.poll(() => page.locator('#h-article').textContent()).toBe('Arrests in Hyesan');
    const colours = new Set<string>();
    for (const type of ENTITY_TYPES) {
      const marks = page.locator(`#art-text mark.t-${type}`);
      expect(await marks.count(), type).toBe(EVERY_TYPE.entities.filter((e) => e.type === type).length);
      const [bg, fg] = await marks.first().evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).color]);
      colours.add(bg!);
      expect(contrast(bg!, fg!), `${type} text contrast`).toBeGreaterThanOrEqual(7);
    }
    expect(colours.size).toBe(ENTITY_TYPES.length);
    expect(await texts('#art-text mark.t-PLACE')).toEqual(['HyesanPLACE', 'HoeryongPLACE']);
  });

  it('reaches the entities with the keyboard and shows canonical name, id and value', async () => {
    await open('#/article/every-type');
    let focused = '';
    for (let i = 0; i < 20 && !focused.startsWith('MARK'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent}`);
    }
    expect(focused).toBe('MARK:March 3, 2021DATE');
    // DATE, ORG, then PLACE
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('HyesantypePLACEidkp-hyesanvaluecity, Ryanggang Province, KP @ 41.366,128.271mentione3 · test-rule');
    await page.screenshot({ path: join(SHOTS, 'article.png') });
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.hover('#art-text mark.t-LAW');
    await expect.poll(() => tip.textContent()).toContain('Criminal Code article 208: Smuggling of narcotics');
  });

  it('lists the relations beside the text with their evidence, and leads from them to the entities', async () => {
    await open('#/article/every-type');
    expect(await page.locator('#h-rels').textContent()).toBe('Relations (3)');
    expect(await texts('#art-rels blockquote')).toEqual(EVERY_TYPE.relations.map((r) => r.evidence));
    expect(await texts('#art-rels li .rel-type')).toEqual(['based in', 'quantity of', 'penalty for']);
    await page.locator('#art-rels li').nth(1).getByRole('button', { name: 'methamphetamine' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('methamphetamineDRUG');
  });

  it('shows untrusted article text as text: no element, no script, no javascript: link', async () => {
    await open('#/article/untrusted');
    expect(await page.locator('#h-article').textContent()).toBe(`Graffiti ${HOSTILE}`);
    expect(await page.locator('#art-text').textContent()).toContain(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#art-meta a').count()).toBe(0);
    expect(await page.locator('#art-meta').textContent()).toContain('javascript:alert(3)');
    expect(dialogs).toEqual([]);
  });

  it('marks every entity of a real pipeline document', async () => {
    await open('#/article/pipeline');
    expect(await texts('#art-text mark .lbl')).toEqual(PIPELINE.entities.map((e) => e.type));
    expect(await page.locator('#art-rels li').count()).toBe(PIPELINE.relations.length);
  });

  it('filters the entity table by type and by text', async () => {
    await open('#/entities');
    const rows = page.locator('#t-body tr');
    expect(await rows.count()).toBe(main.table.length);
    await page.selectOption('#f-type', 'PLACE');
    const places = main.table.filter((r) => r.type === 'PLACE').map((r) => r.canonical);
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(places);
    await page.fill('#f-text', 'hoer');
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(['Hoeryong']);
    await page.selectOption('#f-type', '');
    await page.fill('#f-text', 'meth');
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(['methamphetamine']);
    expect(await page.locator('#t-status').textContent()).toBe('Showing 1–1 of 1 entities.');
    await page.fill('#f-text', 'no such entity');
    expect(await rows.count()).toBe(0);
    expect(await page.locator('#t-status').textContent()).toBe('No entity matches.');
  });

  it('sorts the entity table by a column, both ways', async () => {
    await open('#/entities');
    await page.fill('#f-text', '');
    const mentions = async () => (await page.locator('#t-body td:nth-child(6)').allTextContents()).map(Number);
    await page.getByRole('button', { name: 'Mentions' }).click();
    expect(await page.locator('th', { hasText: 'Mentions' }).getAttribute('aria-sort')).toBe('descending');
    const down = await mentions();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBe(2);
    await page.getByRole('button', { name: 'Mentions' }).click();
    const up = await mentions();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.screenshot({ path: join(SHOTS, 'entities.png') });
  });

  it('draws the articles of each North Korean province and a map of the resolved places', async () => {
    await open('#/places');
    // Ryanggang (Hyesan in two articles, the province itself in one) and North Hamgyong; Dandong's Liaoning Province is abroad
    expect(await page.locator('#chart rect.bar').count()).toBe(2);
    expect(await texts('#chart text')).toEqual(['Ryanggang Province', '2 (3 mentions)', 'North Hamgyong Province', '1 (1 mention)']);
    expect(await page.locator('#chart-cap').textContent()).toContain('Not counted: 2 mentions of places abroad');
    expect(await page.locator('#map polygon.land').count()).toBe(1);
    const points = await page.locator('#map circle.pt').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
    expect(points).toEqual(expect.arrayContaining(['Dandong, 1 mention in 1 article', 'Hoeryong, 1 mention in 1 article', 'Hyesan, 2 mentions in 2 articles']));
    // the pipeline document's places too, every resolved place but the countries
    const collection = new PlaceCollection();
    for (const d of [EVERY_TYPE, UNTRUSTED, PIPELINE]) collection.add(d);
    expect(points).toHaveLength(collection.places().filter((p) => p.level !== 'country').length);
    expect(await texts('#outside li')).toEqual(['China (country, CN): 1 mention in 1 article']);
    await page.locator('#map circle.pt').first().focus();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'places.png'), fullPage: true });
  });

  it('draws the events by month stacked by subtype, on the map, and lists each with its evidence', async () => {
    await page.goto(`${withEvents.url}#/events`);
    // March 2021 (an execution and an arrest), April (none), May (an arrest)
    expect(await page.locator('#timeline g.month').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label'))))
      .toEqual(['2021-03: 2 events (arrest-jail 1, execute 1)', '2021-04: 0 events', '2021-05: 1 event (arrest-jail 1)']);
    expect(await page.locator('#timeline g.month[data-month="2021-03"] rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-subtype'))))
      .toEqual(['arrest-jail', 'execute']);
    const fills = await page.locator('#timeline rect').evaluateAll((rs) => rs.map((r) => getComputedStyle(r).fill));
    expect(new Set(fills).size).toBe(2);
    expect(await page.locator('#ev-map polygon.land').count()).toBe(1);
    expect(await page.locator('#ev-map circle.ev-pt').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')).sort()))
      .toEqual(['Hyesan (Ryanggang): 1 event', 'Ryanggang: 1 event', 'Sinuiju (North Pyongan): 1 event']);
    expect(await page.locator('#ev-body tr').count()).toBe(3);
    expect(await page.locator('#ev-status').textContent()).toBe('Showing 1–3 of 3 events.');
    const execution = page.locator('#ev-body tr[data-event="ev-a:v1"]');
    expect(await execution.locator('blockquote').textContent()).toBe(EVENT_DOCS[0]!.text);
    expect(await execution.locator('.trigger').textContent()).toBe('executed');
    // the month's bar lists its events; a map point lists its place's
    await page.locator('#timeline g.month[data-month="2021-05"]').click();
    expect(await page.locator('#ev-body tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-event')))).toEqual(['ev-b:v2']);
    await page.locator('#ev-map circle[aria-label^="Hyesan"]').click();
    expect(await page.locator('#ev-body tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-event')))).toEqual(['ev-a:v1']);
    expect(await page.locator('#ev-status').textContent()).toBe('Showing 1–1 of 1 event at Hyesan.');
    await page.getByRole('button', { name: 'Show all months and places' }).click();
    await page.selectOption('#ev-type', 'arrest-jail');
    expect(await page.locator('#ev-body tr').count()).toBe(2);
    // each row marks its own trigger: the second arrest's is the second "arrested" of the sentence
    const second = await page.locator('#ev-body tr[data-event="ev-b:v2"] blockquote').evaluate((q) => q.firstChild?.textContent);
    expect(second).toBe(EVENT_DOCS[1]!.text.slice(0, EVENT_DOCS[1]!.text.lastIndexOf('arrested')));
    await page.screenshot({ path: join(SHOTS, 'events.png'), fullPage: true });
    // each event leads to its article
    await page.locator('#ev-body tr').first().getByRole('link', { name: 'ev-b' }).click();
    await expect.poll(() => page.locator('#h-article').textContent()).toBe('ev-b');
  });

  it('pages through a large corpus', async () => {
    await page.goto(`${large.url}#/articles`);
    expect(await page.locator('#a-body tr').count()).toBe(50);
    expect(await page.locator('#a-status').textContent()).toBe(`Showing 1–50 of ${LARGE.toLocaleString('en-US')} articles.`);
    await page.getByRole('button', { name: 'Next page' }).click();
    expect(await page.locator('#a-body tr a').first().textContent()).toBe('Case 50');
    await page.fill('#a-filter', 'Case 1199');
    expect(await texts('#a-body tr a')).toEqual(['Case 1199']);
    await page.goto(`${large.url}#/entities`);
    expect(await page.locator('#t-body tr').count()).toBe(100);
    await page.goto(`${large.url}#/article/a0042`);
    expect(await texts('#art-text mark .lbl')).toEqual(['DRUG', 'PLACE', 'QUANTITY']);
  });

  it('made no network request and logged no error', () => {
    expect(new Set(requests)).toEqual(new Set([main.url, large.url, withEvents.url]));
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
