/** Valid Documents written by hand for the exporter tests: entities are found in the text in order. */
import { DocumentSchema, type Document, type Entity, type Relation } from '../../src/types.js';

export type Spec = Omit<Entity, 'id' | 'start' | 'end' | 'sentence' | 'rule'>;

export interface BuildOptions {
  id?: string;
  meta?: Partial<Document>;
  /** the evidence of relation i (0-based); the whole text by default */
  evidence?: (i: number, text: string) => string;
}

/** A Document whose entities are the specs, each found in the text after the previous one. */
export function buildDocument(text: string, specs: Spec[], relations: [Relation['type'], number, number][] = [], options: BuildOptions = {}): Document {
  const id = options.id ?? 'doc';
  let from = 0;
  const entities = specs.map((s, i) => {
    const start = text.indexOf(s.text, from);
    if (start < 0) throw new Error(`"${s.text}" is not in the text`);
    from = start + s.text.length;
    return { ...s, id: `e${i + 1}`, start, end: start + s.text.length, sentence: 0, rule: 'test-rule' } as Entity;
  });
  return DocumentSchema.parse({
    id, source: `${id}.txt`, title: null, outlet: null, author: null, url: null, published: null, text,
    sentences: [{ start: 0, end: text.length }], entities,
    relations: relations.map(([type, s, o], i) => ({
      id: `r${i + 1}`, type, subject: `e${s}`, object: `e${o}`, sentence: 0,
      evidence: options.evidence?.(i, text) ?? text, rule: `rule-${type}`, conflict: false,
    })),
    events: [],
    ...options.meta,
  });
}

/** One entity of each non-place type, in the order "Kim Chol-su ... 300 grams of methamphetamine for 2,000 yuan ... Article 208 ... five years of reform through labor". */
export const SPECS_AFTER_THE_PLACE: readonly Spec[] = [
  { type: 'PERSON', text: 'Kim Chol-su', canonical: 'Kim Chol-su', canonicalId: null, norm: {} },
  { type: 'QUANTITY', text: '300 grams', canonical: '300 g', canonicalId: null, norm: { grams: 300 } },
  { type: 'DRUG', text: 'methamphetamine', canonical: 'methamphetamine', canonicalId: 'methamphetamine', norm: {} },
  { type: 'MONEY', text: '2,000 yuan', canonical: '2000 CNY', canonicalId: null, norm: { currency: 'CNY', min: 2000, max: 2000 } },
  { type: 'LAW', text: 'Article 208', canonical: 'Criminal Code Article 208', canonicalId: 'cc-208', norm: { code: 'Criminal Code', article: 208, title: 'Smuggling of narcotics' } },
  { type: 'PENALTY', text: 'five years of reform through labor', canonical: 'reform through labor', canonicalId: 'rtl', norm: { kind: 'reform_through_labor', status: 'imposed', duration: 'P5Y' } },
];
