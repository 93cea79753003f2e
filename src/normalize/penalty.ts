/**
 * Penalty durations to ISO 8601 ("two months" → P2M, "a year and a half" → P1Y6M).
 */

/** Regex source (case-insensitive) for a unit of a sentence's length. */
export const DURATION_UNIT_SOURCE = '(?:years?|months?|weeks?|days?)';

const UNIT_LETTER: ReadonlyMap<string, string> = new Map(Object.entries({ year: 'Y', month: 'M', week: 'W', day: 'D' }));

/**
 * "P15Y", "P2M", "P1Y6M" for an amount of a unit; null when the amount has no exact ISO form
 * in whole units (1.5 months, 0.3 years).
 */
export function isoDuration(amount: number, unit: string): string | null {
  const u = unit.toLowerCase().replace(/s$/, '');
  const letter = UNIT_LETTER.get(u);
  if (letter === undefined || amount <= 0) return null;
  if (Number.isInteger(amount)) return `P${amount}${letter}`;
  if (letter !== 'Y') return null;
  const months = amount * 12;
  if (!Number.isInteger(Math.round(months * 1e6) / 1e6)) return null;
  const m = Math.round(months);
  const years = Math.floor(m / 12);
  return `P${years > 0 ? `${years}Y` : ''}${m % 12}M`;
}
