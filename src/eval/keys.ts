/**
 * Document-level identity of an entity: what a row of the exported entity table says about
 * it. Names (PLACE ORG LAW PERSON DRUG) compare by canonical name, ignoring case and runs of
 * whitespace; amounts, money, dates and penalties compare by their norm, offences by their id.
 */
import type { CrimeNorm, DateNorm, EntityType, MoneyNorm, PenaltyNorm, QuantityNorm, RelationType } from '../types.js';

export type Keyable =
  | { type: 'PLACE' | 'ORG' | 'LAW' | 'PERSON' | 'DRUG'; canonical: string }
  | { type: 'CRIME'; canonical: string; norm: CrimeNorm }
  | { type: 'QUANTITY'; canonical: string; norm: QuantityNorm }
  | { type: 'MONEY'; canonical: string; norm: MoneyNorm }
  | { type: 'DATE'; canonical: string; norm: DateNorm }
  | { type: 'PENALTY'; canonical: string; norm: PenaltyNorm };

export interface EntityKey {
  type: EntityType;
  /** compared: type and normalized value */
  key: string;
  /** shown: the value as a reader would write it */
  name: string;
}

/** Gold grams are often converted by hand from ounces or pounds: 4 significant digits. */
const GRAM_DIGITS = 4;
/** Money is stated exactly; rounding only removes floating-point noise from "1.1 million". */
const MONEY_DIGITS = 9;

const significant = (x: number, digits: number) => (x === 0 ? 0 : Number(x.toPrecision(digits)));

export const normalizeName = (s: string) => s.replace(/\s+/g, ' ').trim();

export function entityKey(e: Keyable): EntityKey {
  const name = valueName(e);
  const folded = e.type === 'QUANTITY' || e.type === 'MONEY' || e.type === 'DATE' || e.type === 'PENALTY' || e.type === 'CRIME' ? name : name.toLowerCase();
  return { type: e.type, key: `${e.type}\u0000${folded}`, name };
}

function valueName(e: Keyable): string {
  switch (e.type) {
    case 'QUANTITY':
      return `${significant(e.norm.grams, GRAM_DIGITS)} g`;
    case 'MONEY': {
      const min = significant(e.norm.min, MONEY_DIGITS);
      const max = significant(e.norm.max, MONEY_DIGITS);
      return min === max ? `${e.norm.currency} ${min}` : `${e.norm.currency} ${min}-${max}`;
    }
    case 'DATE':
      return e.norm.value;
    case 'PENALTY':
      return e.norm.duration === null ? e.norm.kind : `${e.norm.kind} ${e.norm.duration}`;
    case 'CRIME':
      return e.norm.offence;
    default:
      return normalizeName(e.canonical);
  }
}

/** A relation between two entities, compared by type and the document-level keys of both ends. */
export function relationKey(type: RelationType, subject: EntityKey, object: EntityKey): string {
  return `${type}\u0000${subject.key}\u0000${object.key}`;
}
