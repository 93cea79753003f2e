/**
 * The demonyms of the `demonyms-of-<country id>` lexicons ("South Korean" → South Korea), as a
 * table from the phrase (lower case, words joined by one space) to the country's entry, made
 * once per compiled rules.
 */
import { DEMONYMS_OF, type CompiledRules } from './compile.js';
import type { GazetteerEntry } from './schema.js';

const tables = new WeakMap<CompiledRules, Map<string, GazetteerEntry>>();

export function demonymsOf(rules: CompiledRules): Map<string, GazetteerEntry> {
  const known = tables.get(rules);
  if (known) return known;
  const table = new Map<string, GazetteerEntry>();
  for (const [id, phrases] of rules.lexicon) {
    const country = id.startsWith(DEMONYMS_OF) ? rules.entries.get(id.slice(DEMONYMS_OF.length)) : undefined;
    if (country) for (const phrase of phrases) table.set(phrase.split(/[\s-]+/).join(' '), country);
  }
  tables.set(rules, table);
  return table;
}
