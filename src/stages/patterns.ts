/**
 * patterns: entities written in forms rather than names: amounts, prices, dates, penalties,
 * code articles, persons, places marked only by their designator, and organizations known by
 * a head word. Each finder is a module in src/patterns/ returning drafts with their norm; a
 * finder sees the drafts of the gazetteer and of the finders before it. Last, a place
 * followed by a facility's name ("Kilju Station") becomes that facility (src/patterns/facility.ts).
 */
import type { CompiledRules } from '../rules/compile.js';
import { findDates } from '../patterns/date.js';
import { findMoney } from '../patterns/money.js';
import { findPenalties } from '../patterns/penalty.js';
import { findLawArticles } from '../patterns/law.js';
import { findLawTitles } from '../patterns/law-title.js';
import { findOrganizations } from '../patterns/organization.js';
import { findDesignatedPlaces } from '../patterns/place-designator.js';
import { withFacilities } from '../patterns/facility.js';
import { findPersons } from '../patterns/person.js';
import { findQuantities } from '../patterns/quantity.js';
import type { Draft, WorkingDoc } from './doc.js';
import { sentenceAt } from './doc.js';

export type Finder = (doc: WorkingDoc, rules: CompiledRules) => Draft[];

export const FINDERS: readonly Finder[] = [findDesignatedPlaces, findPersons, findQuantities, findMoney, findDates, findPenalties, findLawTitles, findLawArticles, findOrganizations];

/**
 * A finder's words may be split by a wrapped line (text/space.ts WORD_GAP), but a line break
 * that ends the sentence (tokenize) ends every form.
 */
function crossesSentenceAtLineBreak(doc: WorkingDoc, d: Draft): boolean {
  return d.text.includes('\n') && sentenceAt(doc.sentences, d.start) !== sentenceAt(doc.sentences, d.end - 1);
}

export function patterns(doc: WorkingDoc, rules: CompiledRules): WorkingDoc {
  for (const find of FINDERS) for (const d of find(doc, rules)) if (!crossesSentenceAtLineBreak(doc, d)) doc.drafts.push(d);
  doc.drafts = withFacilities(doc, rules);
  return doc;
}
