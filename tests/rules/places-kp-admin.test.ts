/**
 * The committed admin places derived from the Open Admin Data dataset
 * (scripts/import-kp-admin.mjs): read from rules/, never from the dataset itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlaceEntrySchema, type PlaceEntry } from '../../src/rules/schema.js';
import { RULES_DIR } from '../helpers.js';

const file = parse(readFileSync(join(RULES_DIR, 'places-kp-admin.yaml'), 'utf8')) as { kind: string; attribution: string; entries: unknown[] };
const entries: PlaceEntry[] = file.entries.map((e) => PlaceEntrySchema.parse(e));
const byId = new Map(entries.map((e) => [e.id, e]));

describe('attribution and licence', () => {
  it.each([
    'North Korea Administrative Divisions Dataset',
    'jakkrapongt',
    'CC BY 4.0',
    'https://github.com/open-admin-data/north-korea-administrative-divisions',
    'https://creativecommons.org/licenses/by/4.0/',
    'Changes:',
  ])('the attribution names %s', (part) => {
    expect(file.attribution).toContain(part);
  });

  it('the licence text is committed next to the rules', () => {
    const licence = readFileSync(join(RULES_DIR, 'kp-admin.LICENSE.txt'), 'utf8');
    expect(licence).toContain('Creative Commons Attribution 4.0 International');
    expect(licence).toContain('jakkrapongt');
  });
});

describe('coverage of the dataset', () => {
  const datasetIds = new Set(entries.flatMap((e) => [...(e.note ?? '').matchAll(/\bKP\d{2,4}\b/g)].map((m) => m[0])));

  it('every province (11) and every county or city (179) is represented', () => {
    expect([...datasetIds].filter((id) => id.length === 4)).toHaveLength(11);
    expect([...datasetIds].filter((id) => id.length === 6)).toHaveLength(179);
  });

  it('the city proper of Pyongyang and Nampo is merged into the special city', () => {
    expect(byId.get('kp-pyongyang')!.note).toContain('KP1001');
    expect(byId.get('kp-nampo')!.note).toContain('KP1102');
    expect(entries).toHaveLength(11 + 179 - 2);
  });

  it('every entry is a North Korean place with Hangul and coordinates', () => {
    for (const e of entries) {
      expect(e, e.id).toMatchObject({ type: 'PLACE', country: 'KP' });
      expect(e.hangul, e.id).toMatch(/^[\uac00-\ud7a3]+$/);
      expect(e.lat, e.id).not.toBeNull();
      expect(e.lon, e.id).not.toBeNull();
      expect(e.id).toMatch(/^kp-[a-z0-9-]+$/);
    }
  });

  it('every unit below a province points to a province or special city', () => {
    for (const e of entries.filter((x) => x.level !== 'province' && x.level !== 'special_city')) {
      expect(['province', 'special_city'], e.id).toContain(byId.get(e.province!)?.level);
    }
  });
});

describe('province-level units and their ISO 3166-2 codes', () => {
  it.each([
    ['kp-pyongyang', 'Pyongyang', 'special_city', 'KP-01'],
    ['kp-south-pyongan', 'South Pyongan Province', 'province', 'KP-02'],
    ['kp-north-pyongan', 'North Pyongan Province', 'province', 'KP-03'],
    ['kp-chagang', 'Chagang Province', 'province', 'KP-04'],
    ['kp-south-hwanghae', 'South Hwanghae Province', 'province', 'KP-05'],
    ['kp-north-hwanghae', 'North Hwanghae Province', 'province', 'KP-06'],
    ['kp-kangwon', 'Kangwon Province', 'province', 'KP-07'],
    ['kp-south-hamgyong', 'South Hamgyong Province', 'province', 'KP-08'],
    ['kp-north-hamgyong', 'North Hamgyong Province', 'province', 'KP-09'],
    ['kp-ryanggang', 'Ryanggang Province', 'province', 'KP-10'],
    ['kp-rason', 'Rason', 'special_city', 'KP-13'],
    ['kp-nampo', 'Nampo', 'special_city', 'KP-14'],
    ['kp-kaesong', 'Kaesong', 'special_city', 'KP-15'],
  ])('%s', (id, canonical, level, iso) => {
    expect(byId.get(id)).toMatchObject({ canonical, level, iso, province: null });
  });

  it('no other entry has an ISO code', () => {
    expect(entries.filter((e) => e.iso !== undefined)).toHaveLength(13);
  });
});

describe('canonical names are the press McCune–Reischauer without diacritics', () => {
  it.each([
    ['kp-hamhung', 'Hamhung', 'city'],
    ['kp-hoeryong', 'Hoeryong', 'city'],
    ['kp-chongjin', 'Chongjin', 'city'],
    ['kp-sinuiju', 'Sinuiju', 'city'],
    ['kp-hyesan', 'Hyesan', 'city'],
    ['kp-onsong', 'Onsong', 'county'],
    ['kp-pungso', 'Pungso', 'county'],
    ['kp-kim-chaek', 'Kim Chaek', 'city'],
    ['kp-samjiyon', 'Samjiyon', 'city'],
    ['kp-unjong', 'Unjong', 'district'],
    ['kp-chollima', 'Chollima', 'district'],
    ['kp-kim-jong-suk', 'Kimjongsuk', 'county'],
    ['kp-kim-hyong-jik', 'Kimhyongjik', 'county'],
    ['kp-kim-hyong-gwon', 'Kimhyonggwon', 'county'],
  ])('%s: %s (%s)', (id, canonical, level) => {
    expect(byId.get(id)).toMatchObject({ canonical, level });
  });

  it('counties named after persons need their designator when spaced as the person\'s name', () => {
    expect(entries.filter((e) => !e.bare).map((e) => e.id).sort()).toEqual(['kp-kim-hyong-gwon', 'kp-kim-hyong-jik', 'kp-kim-jong-suk']);
  });

  it('the two Unsans differ in Hangul and share their name', () => {
    const north = byId.get('kp-unsan-north-pyongan')!;
    const south = byId.get('kp-unsan-south-pyongan')!;
    expect([north.hangul, south.hangul]).toEqual(['운산', '은산']);
    expect(north.shares_alias_with).toContain(south.id);
  });

  it('the dataset spelling the romanizer does not produce stays an alias', () => {
    expect(byId.get('kp-kapsan')!.aliases).toContain('Kabsan');
  });
});
