import { describe, expect, it } from 'vitest';
import { isMappable, PlaceCollection } from '../../src/export/geojson.js';
import { DocumentSchema, type Document, type Entity } from '../../src/types.js';
import { extract } from '../helpers.js';

type PlaceSpec = [surface: string, canonical: string, canonicalId: string | null, lat: number | null, lon: number | null];

/** A Document whose PLACE entities are the given surfaces, found in order in the text. */
function placesDoc(id: string, text: string, places: PlaceSpec[], others: Entity[] = []): Document {
  let from = 0;
  const entities: Entity[] = places.map(([surface, canonical, canonicalId, lat, lon], i) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return {
      id: `e${i + 1}`, type: 'PLACE', text: surface, start, end: start + surface.length, sentence: 0, canonical, canonicalId, rule: 'test',
      norm: { level: 'city', province: 'Ryanggang Province', country: 'KP', lat, lon, resolved: canonicalId !== null },
    };
  });
  return DocumentSchema.parse({
    id, source: `${id}.txt`, title: null, outlet: null, author: null, url: null, published: null, text,
    sentences: [{ start: 0, end: text.length }], entities: [...entities, ...others], relations: [], events: [],
  });
}

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

const parse = (geojson: string) => JSON.parse(geojson) as { type: string; features: Feature[] };

describe('PlaceCollection', () => {
  const docs = [
    placesDoc('a', 'Hyesan traders met in Hyesan, not far from Hoeryong and Kapsan and Mystery Town.', [
      ['Hyesan', 'Hyesan', 'kp-hyesan', 41.366, 128.271],
      ['Hyesan', 'Hyesan', 'kp-hyesan', 41.366, 128.271],
      ['Hoeryong', 'Hoeryong', 'kp-hoeryong', 42.44, 129.75],
      ['Kapsan', 'Kapsan', 'kp-kapsan', null, null],
      ['Mystery Town', 'Mystery Town', null, null, null],
    ]),
    placesDoc('b', 'Police in Hyesan-si searched homes.', [['Hyesan-si', 'Hyesan', 'kp-hyesan', 41.366, 128.271]]),
  ];
  const places = new PlaceCollection();
  for (const d of docs) places.add(d);
  const geo = parse(places.finish());
  const byId = new Map(geo.features.map((f) => [f.id, f]));

  it('writes a FeatureCollection that reads back as JSON, one feature per line', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(places.finish().split('\n').filter((l) => l.startsWith('{"type":"Feature"'))).toHaveLength(2);
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
    }
  });

  it.each([
    // [canonicalId, [lon, lat], mentions, articles, surface_forms]
    ['kp-hyesan', [128.271, 41.366], 3, 2, 'Hyesan|Hyesan-si'],
    ['kp-hoeryong', [129.75, 42.44], 1, 1, 'Hoeryong'],
  ] as const)('aggregates %s: coordinates as [lon, lat], mentions, articles, surface forms', (id, coordinates, mentions, articles, surfaces) => {
    const f = byId.get(id)!;
    expect(f.geometry.coordinates).toEqual(coordinates);
    expect(f.properties).toMatchObject({ canonical_id: id, mentions, articles, surface_forms: surfaces, country: 'KP', level: 'city' });
  });

  it.each([
    ['kp-kapsan', 'in the gazetteer but without coordinates'],
    ['Mystery Town', 'not in the gazetteer'],
  ])('leaves out %s (%s)', (id) => {
    expect(byId.has(id)).toBe(false);
    expect(geo.features.some((f) => f.properties.name === id)).toBe(false);
  });

  it('puts the most mentioned place first', () => {
    expect(geo.features.map((f) => f.id)).toEqual(['kp-hyesan', 'kp-hoeryong']);
    expect(places.places().map((p) => [p.id, p.mentions])).toEqual([['kp-hyesan', 3], ['kp-hoeryong', 1]]);
  });

  it('ignores entities of other types even when they have an id', () => {
    const drug: Entity = { id: 'e2', type: 'DRUG', text: 'ice', start: 11, end: 14, sentence: 0, canonical: 'methamphetamine', canonicalId: 'methamphetamine', rule: 'test', norm: {} };
    const c = new PlaceCollection();
    c.add(placesDoc('c', 'Hyesan and ice.', [['Hyesan', 'Hyesan', 'kp-hyesan', 41.366, 128.271]], [drug]));
    expect(parse(c.finish()).features.map((f) => f.id)).toEqual(['kp-hyesan']);
    expect(isMappable(drug)).toBe(false);
  });

  it('writes an empty collection when no place is resolved', () => {
    expect(parse(new PlaceCollection().finish())).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('maps the resolved places of real pipeline output', () => {
    const doc = extract('Smugglers from Hyesan and Sinuiju crossed into Dandong, where police in Hyesan later found them.');
    const c = new PlaceCollection();
    c.add(doc);
    const features = parse(c.finish()).features;
    const mappable = doc.entities.filter(isMappable);
    expect(mappable.length).toBeGreaterThanOrEqual(3);
    expect(features.map((f) => f.id).sort()).toEqual([...new Set(mappable.map((e) => e.canonicalId))].sort());
    for (const e of mappable) {
      const f = features.find((x) => x.id === e.canonicalId)!;
      expect(f.geometry.coordinates).toEqual([e.norm.lon, e.norm.lat]);
    }
    expect(features.reduce((n, f) => n + (f.properties.mentions as number), 0)).toBe(mappable.length);
  });
});
