/**
 * CSV text byte for byte as export/write.ts's openCsv (fast-csv) writes it, but as plain
 * strings: formatting every mention of a batch through the row-by-row stream cost more than
 * the pipeline's later stages.
 */
import { NORM_FIELDS, type Row } from '../export/rows.js';
import { neutraliseCell } from '../export/write.js';
import type { Document } from '../types.js';

// fast-csv drops NUL and quotes a field holding a quote, a comma, a line break or (its quirk) a "|"
const SPECIAL = /[\0",\n\r|]/;
const QUOTE = /"/g;
// neutraliseCell changes only cells starting with one of = + - @ tab CR
const FORMULA_FIRST = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

function csvField(value: Row[string] | undefined, raw: boolean): string {
  if (value === null || value === undefined) return '';
  // a finite number's text has no special character and is never a formula ("-2" is a plain number; "-Infinity" is not)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = String(value);
  const s = !raw && FORMULA_FIRST.has(text.charCodeAt(0)) ? neutraliseCell(text) : text;
  if (!SPECIAL.test(s)) return s;
  const kept = s.includes('\0') ? s.replace(/\0/g, '') : s;
  if (kept.includes('"')) return `"${kept.replace(QUOTE, '""')}"`;
  return SPECIAL.test(kept) ? `"${kept}"` : kept;
}

/** One CSV record, without its line break. */
export function csvRecord(row: Row, columns: readonly string[], raw: boolean): string {
  const cells: string[] = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) cells[i] = csvField(row[columns[i]!], raw);
  return cells.join(',');
}

/** Records each preceded by a line break, as they follow the header (fast-csv ends the file without one). */
export function csvRecords(rows: readonly Row[], columns: readonly string[], raw: boolean): string {
  return rows.length === 0 ? '' : '\n' + rows.map((r) => csvRecord(r, columns, raw)).join('\n');
}

/**
 * The entities.csv records of a document, each preceded by a line break: what
 * `csvRecords(entityRows(doc), ENTITY_COLUMNS, raw)` gives, without a row object per mention.
 */
export function entityRecords(doc: Document, raw: boolean): string {
  let out = '';
  const article = csvField(doc.id, raw);
  for (const e of doc.entities) {
    out += `\n${article},${csvField(e.id, raw)},${csvField(e.type, raw)},${csvField(e.text, raw)},${e.start},${e.end},${e.sentence},${csvField(e.canonical, raw)},${csvField(e.canonicalId, raw)}`;
    const norm = e.norm as Record<string, Row[string] | undefined>;
    for (const f of NORM_FIELDS[e.type]) out += f === null ? ',' : ',' + csvField(norm[f], raw);
    out += ',' + csvField(e.rule, raw);
  }
  return out;
}
