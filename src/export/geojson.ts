/**
 * GeoJSON export: the resolved places of a run as one RFC 7946 FeatureCollection, a Point
 * per gazetteer place (canonicalId non-null, with lat and lon), with how often and in how many
 * articles it is mentioned. Opens as it is in QGIS or geojson.io.
 *
 * API, fed one document at a time:
 *
 *     const places = new PlaceCollection();
 *     for (const doc of documents) places.add(doc);
 *     writeFileAtomic(join(out, 'places.geojson'), places.finish());
 *
 * `places()` gives the same aggregate as objects (the HTML report draws its map from it).
 * Memory holds one entry per distinct place, never the documents.
 */
import type { Document, EntityOf, PlaceLevel } from '../types.js';

/** One gazetteer place aggregated over the documents added so far. */
export interface PlaceSummary {
  id: string;
  /** the canonical name of its first mention */
  name: string;
  level: PlaceLevel | null;
  province: string | null;
  country: string | null;
  lat: number;
  lon: number;
  mentions: number;
  articles: number;
  /** distinct texts that mentioned it, sorted */
  surfaceForms: string[];
}

interface Entry {
  summary: Omit<PlaceSummary, 'surfaceForms'>;
  surfaces: Set<string>;
  /** the last document counted in `articles`, so each document counts once */
  lastDoc: number;
}

type Place = EntityOf<'PLACE'>;

/** A mention the map can draw: in the gazetteer and with coordinates. */
export function isMappable(e: Document['entities'][number]): e is Place & { canonicalId: string; norm: { lat: number; lon: number } } {
  return e.type === 'PLACE' && e.canonicalId !== null && e.norm.lat !== null && e.norm.lon !== null;
}

export class PlaceCollection {
  private readonly entries = new Map<string, Entry>();
  private docs = 0;

  add(doc: Document): void {
    const docIndex = ++this.docs;
    for (const e of doc.entities) {
      if (!isMappable(e)) continue;
      let entry = this.entries.get(e.canonicalId);
      if (!entry) {
        const n = e.norm;
        entry = {
          summary: { id: e.canonicalId, name: e.canonical, level: n.level, province: n.province, country: n.country, lat: n.lat, lon: n.lon, mentions: 0, articles: 0 },
          surfaces: new Set(),
          lastDoc: 0,
        };
        this.entries.set(e.canonicalId, entry);
      }
      entry.summary.mentions++;
      if (entry.lastDoc !== docIndex) {
        entry.lastDoc = docIndex;
        entry.summary.articles++;
      }
      entry.surfaces.add(e.text);
    }
  }

  /** Most mentioned first, then by id. */
  places(): PlaceSummary[] {
    return [...this.entries.values()]
      .map((e) => ({ ...e.summary, surfaceForms: [...e.surfaces].sort() }))
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The FeatureCollection as JSON text, one feature per line. */
  finish(): string {
    const features = this.places().map((p) => JSON.stringify({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        canonical_id: p.id, name: p.name, level: p.level, province: p.province, country: p.country,
        mentions: p.mentions, articles: p.articles,
        // joined like entity-table.csv: GIS tools show a string attribute, not a nested list
        surface_forms: p.surfaceForms.join('|'),
      },
    }));
    return `{"type":"FeatureCollection","features":[${features.length ? `\n${features.join(',\n')}\n` : ''}]}\n`;
  }
}
