/**
 * Mass: units and their weight in grams. A "ton" is the metric ton (the press reporting on
 * Korea and China means metric tons). Pounds and ounces are the avoirdupois ones of wire
 * stories ("two pounds of methamphetamine"); "pounds sterling" is money, which the finder
 * leaves to the money finder (src/patterns/quantity.ts).
 */
import { formatDecimal, roundDecimal } from './numbers.js';

const GRAMS: ReadonlyMap<string, number> = new Map(Object.entries({
  mg: 0.001, mgs: 0.001, milligram: 0.001, milligrams: 0.001, milligramme: 0.001, milligrammes: 0.001,
  g: 1, gram: 1, grams: 1, gramme: 1, grammes: 1,
  kg: 1000, kgs: 1000, kilo: 1000, kilos: 1000, kilogram: 1000, kilograms: 1000, kilogramme: 1000, kilogrammes: 1000,
  ton: 1e6, tons: 1e6, tonne: 1e6, tonnes: 1e6,
  pound: 453.59237, pounds: 453.59237, lb: 453.59237, lbs: 453.59237,
  ounce: 28.349523125, ounces: 28.349523125, oz: 28.349523125,
}));

/** Lower-case unit words: a word of the text is a unit candidate when its key is one of them. */
export const MASS_UNIT_WORDS: ReadonlySet<string> = new Set(GRAMS.keys());

/** Regex source (compile case-insensitively) for a mass unit, longest first. */
export const MASS_UNIT_SOURCE = `(?:metric[ \\t]+)?(?:${[...GRAMS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`;

/** Abbreviations are lower case: "5G" is a network, not five grams. */
const CASE_SENSITIVE_UNITS = new Set(['g', 'mg', 'mgs', 'lb', 'lbs', 'oz']);

/** Grams per unit as written ("kg", "Kilograms", "metric tons"), or null when it is not a mass unit. */
export function gramsPerUnit(unit: string): number | null {
  const u = unit.trim().replace(/^metric\s+(?=tonn?e?s?$)/i, '');
  const key = u.toLowerCase();
  if (CASE_SENSITIVE_UNITS.has(key) && u !== key) return null;
  return GRAMS.get(key) ?? null;
}

/** The mass in grams of `amount` `unit`, or null when the unit is not a mass unit. */
export function toGrams(amount: number, unit: string): number | null {
  const per = gramsPerUnit(unit);
  return per === null ? null : roundDecimal(amount * per);
}

/** Canonical form of a mass: "1500 g". */
export function quantityCanonical(grams: number): string {
  return `${formatDecimal(grams)} g`;
}
