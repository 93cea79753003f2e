/**
 * The optional output formats of `nkie run --formats`, fed one Document at a time while the
 * aggregates are built (in id order) and finished with the run's entity table:
 *
 * - `report`: report.html, one self-contained page (export/report.ts);
 * - `geojson`: places.geojson, resolved places with mention counts (export/geojson.ts);
 * - `brat`: brat/<id>.txt and brat/<id>.ann with annotation.conf and visual.conf (export/brat.ts);
 * - `conll`: entities.conll, CoNLL-2003-style BIO tokens (export/conll.ts).
 *
 * `csv` and `json` name the contract files, which every run writes. `articles`, the pretty
 * articles/<id>.json file of each Document, is written where the article is processed
 * (batch/process.ts), not here.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../types.js';
import { BRAT_CONFIG, toBrat } from './brat.js';
import { toConll } from './conll.js';
import { PlaceCollection } from './geojson.js';
import { HtmlReport } from './report.js';
import type { Row } from './rows.js';
import { writeFileAtomic } from './write.js';

export const FORMATS = ['csv', 'json', 'articles', 'report', 'geojson', 'brat', 'conll'] as const;
export type Format = (typeof FORMATS)[number];

/** What `nkie run` writes without --formats: the contract files only. */
export const DEFAULT_FORMATS = 'csv,json';

/** Parses "csv,json,report"; throws a message naming the unknown format. */
export function parseFormats(list: string): Set<Format> {
  const out = new Set<Format>();
  for (const raw of list.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    if (raw === 'all') FORMATS.forEach((f) => out.add(f));
    else if ((FORMATS as readonly string[]).includes(raw)) out.add(raw as Format);
    else throw new Error(`unknown format "${raw}" (formats: ${FORMATS.join(', ')}, all)`);
  }
  return out;
}

export class ExtraFormats {
  private readonly report: HtmlReport | null;
  private readonly places: PlaceCollection | null;
  /** null once closed */
  private conll: { fd: number; tmp: string; path: string } | null;
  private readonly bratDir: string | null;

  constructor(private readonly output: string, formats: ReadonlySet<Format>) {
    this.report = formats.has('report') ? new HtmlReport({ title: 'nkie report' }) : null;
    this.places = formats.has('geojson') ? new PlaceCollection() : null;
    if (formats.has('conll')) {
      const path = join(output, 'entities.conll');
      const tmp = `${path}.tmp-${process.pid}`;
      this.conll = { fd: openSync(tmp, 'w'), tmp, path };
    } else this.conll = null;
    this.bratDir = formats.has('brat') ? join(output, 'brat') : null;
    if (this.bratDir) {
      // a fresh collection: files of articles no longer in the run must not linger
      rmSync(this.bratDir, { recursive: true, force: true });
      mkdirSync(this.bratDir, { recursive: true });
      for (const [name, content] of Object.entries(BRAT_CONFIG)) writeFileAtomic(join(this.bratDir, name), content);
    }
  }

  /** True when any format needs the Documents. */
  get active(): boolean {
    return this.report !== null || this.places !== null || this.conll !== null || this.bratDir !== null;
  }

  /** True when a format needs the entity table's rows at `finish` (the report shows the whole table). */
  get needsEntityTable(): boolean {
    return this.report !== null;
  }

  add(doc: Document): void {
    this.report?.add(doc);
    this.places?.add(doc);
    if (this.conll) writeSync(this.conll.fd, toConll(doc));
    if (this.bratDir) {
      const { txt, ann } = toBrat(doc);
      writeFileAtomic(join(this.bratDir, `${doc.id}.txt`), txt);
      writeFileAtomic(join(this.bratDir, `${doc.id}.ann`), ann);
    }
  }

  /** After a failure: the conll file's temporary file goes; files already in place stay. */
  abandon(): void {
    if (!this.conll) return;
    closeSync(this.conll.fd);
    rmSync(this.conll.tmp, { force: true });
    this.conll = null;
  }

  /** `tableRows`: the entity table's rows when `needsEntityTable`, else none. */
  finish(tableRows: readonly Row[]): void {
    if (this.report) writeFileAtomic(join(this.output, 'report.html'), this.report.finish(tableRows));
    if (this.places) writeFileAtomic(join(this.output, 'places.geojson'), this.places.finish());
    if (this.conll) {
      const { fd, tmp, path } = this.conll;
      this.conll = null;
      closeSync(fd);
      renameSync(tmp, path);
    }
  }
}
