/**
 * brat standoff export, so annotators can review and correct the extraction in brat.
 *
 * API, one document at a time, into one collection directory:
 *
 *     for (const [name, content] of Object.entries(BRAT_CONFIG)) writeFileAtomic(join(dir, name), content);
 *     const { txt, ann } = toBrat(doc);   // brat/<doc.id>.txt and brat/<doc.id>.ann
 *     const { entities, relations } = parseAnn(readFile(ann), readFile(txt));  // read back, e.g. after review
 *
 * The .ann holds `T<n>` text-bound annotations (the number of entity `e<n>`), `R<n>` relations
 * (of relation `r<n>`), and AnnotatorNotes carrying the normalization:
 *
 *     T1	PLACE 10 16	Hyesan
 *     #1	AnnotatorNotes T1	canonical=Hyesan; id=kp-hyesan; value=city, Ryanggang Province, KP @ 41.366,128.271; rule=gazetteer
 *     R1	located_in Arg1:T1 Arg2:T2
 *     #2	AnnotatorNotes R1	rule=located-in-comma-province; conflict=false
 *
 * brat counts offsets in Unicode code points while Documents count UTF-16 code units: they
 * differ after any character outside the Basic Multilingual Plane (emoji, rare CJK), so offsets
 * are converted both ways. A span across a line break is written as brat writes it, in
 * fragments (`T3 ORG 5 12;13 20`), since an .ann line cannot hold a newline. In note values
 * `\` `;` tab and newline are escaped with a backslash.
 */
import { ENTITY_TYPES, RELATION_TYPES, type Document, type Span } from '../types.js';
import { normalizedValue, TYPE_COLOURS } from './report.js';

export interface BratFiles {
  txt: string;
  ann: string;
}

/** The collection's configuration files (name → content), written once beside the documents. */
export const BRAT_CONFIG: Readonly<Record<string, string>> = {
  'annotation.conf': [
    '[entities]', ...ENTITY_TYPES,
    '',
    // any entity type on either side, so a reviewer can add a relation the rules do not know yet
    '[relations]', ...RELATION_TYPES.map((r) => `${r} Arg1:<ENTITY>, Arg2:<ENTITY>`),
    '',
    '[events]',
    '',
    '[attributes]',
    '',
  ].join('\n'),
  'visual.conf': [
    '[labels]', ...ENTITY_TYPES,
    '',
    '[drawing]', ...ENTITY_TYPES.map((t) => `${t}\tbgColor:${TYPE_COLOURS[t]}`),
    '',
  ].join('\n'),
};

/** Converts between UTF-16 offsets and code-point offsets of one text. */
class OffsetMap {
  /** code-point offset at each UTF-16 offset, or null when the text has no surrogate pair */
  private readonly toCp: Uint32Array | null;
  private readonly toUnit: Uint32Array | null;
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.toCp = null;
      this.toUnit = null;
      return;
    }
    this.toCp = new Uint32Array(text.length + 1);
    const toUnit: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.toCp[i] = cp;
      toUnit.push(i);
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) this.toCp[++i] = cp;
      cp++;
    }
    this.toCp[text.length] = cp;
    toUnit.push(text.length);
    this.toUnit = Uint32Array.from(toUnit);
  }

  codePoint(unit: number): number {
    return this.toCp ? this.toCp[unit]! : unit;
  }

  /** undefined past the end of the text */
  unit(codePoint: number): number | undefined {
    if (!this.toUnit) return codePoint <= this.length ? codePoint : undefined;
    return this.toUnit[codePoint];
  }
}

const LINE_BREAK = /[\r\n]+/g;

/** The span in pieces that hold no line break. */
function fragments(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(slice); m !== null; m = LINE_BREAK.exec(slice)) {
    if (m.index > from) out.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  if (from < slice.length) out.push({ start: start + from, end });
  return out;
}

const escapeNote = (s: string) => s.replace(/[\\;\t\n\r]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));

function note(fields: [string, string][]): string {
  return fields.map(([k, v]) => `${k}=${escapeNote(v)}`).join('; ');
}

/** The .txt (the article text as it is) and .ann of one document. */
export function toBrat(doc: Document): BratFiles {
  const offsets = new OffsetMap(doc.text);
  const lines: string[] = [];
  let notes = 0;
  const tid = (entityId: string) => `T${entityId.slice(1)}`;
  for (const e of doc.entities) {
    const parts = fragments(doc.text, e.start, e.end);
    const where = parts.map((p) => `${offsets.codePoint(p.start)} ${offsets.codePoint(p.end)}`).join(';');
    lines.push(`${tid(e.id)}\t${e.type} ${where}\t${parts.map((p) => doc.text.slice(p.start, p.end)).join(' ')}`);
    const fields: [string, string][] = [['canonical', e.canonical], ['id', e.canonicalId ?? ''], ['value', normalizedValue(e)], ['rule', e.rule]];
    lines.push(`#${++notes}\tAnnotatorNotes ${tid(e.id)}\t${note(fields)}`);
  }
  for (const r of doc.relations) {
    const rid = `R${r.id.slice(1)}`;
    lines.push(`${rid}\t${r.type} Arg1:${tid(r.subject)} Arg2:${tid(r.object)}`);
    lines.push(`#${++notes}\tAnnotatorNotes ${rid}\t${note([['rule', r.rule], ['conflict', String(r.conflict)]])}`);
  }
  return { txt: doc.text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}

export interface BratEntity {
  /** T<n> */
  id: string;
  type: string;
  /** UTF-16 offsets, from the first fragment's start to the last one's end */
  start: number;
  end: number;
  fragments: Span[];
  /** as written in the .ann: the fragments' texts joined by a space */
  text: string;
  /** key=value fields of its AnnotatorNotes, empty without a note */
  note: Record<string, string>;
}

export interface BratRelation {
  /** R<n> */
  id: string;
  type: string;
  arg1: string;
  arg2: string;
  note: Record<string, string>;
}

export class BratParseError extends Error {}

/** Splits a note on unescaped `;` (and the one space after it), each part `key=value`; a part without `=` is a key with an empty value. */
export function parseNote(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let part = '';
  const flush = () => {
    const eq = part.indexOf('=');
    if (part) out[eq === -1 ? part : part.slice(0, eq)] = eq === -1 ? '' : part.slice(eq + 1);
    part = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const n = text[++i]!;
      part += n === 't' ? '\t' : n === 'n' ? '\n' : n === 'r' ? '\r' : n;
    } else if (c === ';') {
      flush();
      if (text[i + 1] === ' ') i++;
    } else part += c;
  }
  flush();
  return out;
}

/**
 * Reads an .ann back: its text-bound annotations and relations, with their notes. Offsets are
 * converted to UTF-16 over `text` (the .txt); every span's text must match it. Other brat
 * annotations (events, attributes, normalizations, equivalences) are not part of nkie's
 * output and are skipped.
 */
export function parseAnn(ann: string, text: string): { entities: BratEntity[]; relations: BratRelation[] } {
  const offsets = new OffsetMap(text);
  const entities: BratEntity[] = [];
  const relations: BratRelation[] = [];
  const notes = new Map<string, Record<string, string>>();
  const fail = (n: number, why: string): never => {
    throw new BratParseError(`.ann line ${n}: ${why}`);
  };
  ann.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    const n = i + 1;
    const tab1 = line.indexOf('\t');
    const tab2 = tab1 === -1 ? -1 : line.indexOf('\t', tab1 + 1);
    const id = tab1 === -1 ? line : line.slice(0, tab1);
    const head = tab1 === -1 ? '' : line.slice(tab1 + 1, tab2 === -1 ? undefined : tab2);
    const tail = tab2 === -1 ? '' : line.slice(tab2 + 1);
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(head);
      if (!m || tab2 === -1) return fail(n, 'expected "T<n>\\tTYPE START END\\tTEXT"');
      const frags = m[2]!.split(';').map((f) => {
        const [s, e] = f.split(' ').map((x) => offsets.unit(Number(x)));
        if (s === undefined || e === undefined || e < s) return fail(n, `the span ${f} is not within the text`);
        return { start: s, end: e };
      });
      const joined = frags.map((f) => text.slice(f.start, f.end)).join(' ');
      if (joined !== tail) fail(n, `the text "${tail}" is not what the .txt holds there ("${joined}")`);
      entities.push({ id, type: m[1]!, start: frags[0]!.start, end: frags[frags.length - 1]!.end, fragments: frags, text: tail, note: {} });
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(head);
      if (!m) return fail(n, 'expected "R<n>\\tTYPE Arg1:T<n> Arg2:T<n>"');
      relations.push({ id, type: m[1]!, arg1: m[2]!, arg2: m[3]!, note: {} });
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(head);
      if (!m) return fail(n, 'expected "#<n>\\tAnnotatorNotes <id>\\tNOTE"');
      notes.set(m[1]!, parseNote(tail));
    }
  });
  for (const a of [...entities, ...relations]) a.note = notes.get(a.id) ?? {};
  return { entities, relations };
}
