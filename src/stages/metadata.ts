/**
 * metadata: title, publication date, outlet and author, from the loader's fields first (a
 * JSON field, an HTML meta tag, a plain-text file's front matter) and else from the
 * article's own first line (normalize/title.ts), byline, dateline and attribution. Never guessed: a field the
 * article does not state stays null. Byline and date line are metadata, not content, and
 * are kept out of extraction like boilerplate; a dateline's place and date are content.
 */
import { findMetadata } from '../normalize/metadata.js';
import { titleFromFirstLine } from '../normalize/title.js';
import { mergeSpans, type WorkingDoc } from './doc.js';

export function metadata(doc: WorkingDoc): WorkingDoc {
  const a = doc.article;
  const found = findMetadata(doc.folded);
  doc.title = a.title ?? (a.titleFromFirstLine && found.firstLine !== null ? titleFromFirstLine(found.firstLine) : null);
  doc.published = a.published ?? found.published;
  doc.outlet = a.outlet ?? found.outlet;
  doc.author = a.author ?? found.author;
  doc.boilerplate = mergeSpans(doc.boilerplate, found.spans);
  return doc;
}
