#!/usr/bin/env node
/**
 * Derives rules/places-kp-admin.yaml from the "North Korea Administrative Divisions Dataset"
 * (jakkrapongt, Open Admin Data, CC BY 4.0) and copies its licence to rules/kp-admin.LICENSE.txt.
 *
 *   npm run build && node scripts/import-kp-admin.mjs <path-to-kp-admin-dir>
 *
 * The dataset gives English names (North Korea's official romanization without diacritics),
 * the hierarchy and coordinates. This script adds what it lacks: the Hangul name of every
 * unit, the press's McCune–Reischauer canonical name, levels (special cities, districts),
 * ISO 3166-2 codes, and the disambiguation between units that romanize alike. It reads the
 * built romanizer (dist/) so the generated names are exactly the ones the pipeline matches.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { romanizations, standardRomanizations } from '../dist/rules/romanize.js';
import { nameKeys } from '../dist/text/fold.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'rules', 'places-kp-admin.yaml');
const LICENSE_OUT = join(ROOT, 'rules', 'kp-admin.LICENSE.txt');

/** Dataset province id → Hangul (with 도 for provinces), level and ISO 3166-2 code. */
const PROVINCES = {
  KP01: { hangul: '량강도', iso: 'KP-10' },
  KP02: { hangul: '함경북도', iso: 'KP-09' },
  KP03: { hangul: '함경남도', iso: 'KP-08' },
  KP04: { hangul: '강원도', iso: 'KP-07' },
  KP05: { hangul: '자강도', iso: 'KP-04' },
  KP06: { hangul: '평안북도', iso: 'KP-03' },
  KP07: { hangul: '평안남도', iso: 'KP-02' },
  KP08: { hangul: '황해북도', iso: 'KP-06' },
  KP09: { hangul: '황해남도', iso: 'KP-05' },
  // province-level cities: the dataset's city proper (KP1001, KP1102) is the same place
  KP10: { hangul: '평양', iso: 'KP-01', level: 'special_city', cityProper: 'KP1001' },
  KP11: { hangul: '남포', iso: 'KP-14', level: 'special_city', cityProper: 'KP1102' },
};

/** Dataset county id → Hangul name without its designator. */
const HANGUL = {
  KP0101: '혜산', KP0102: '삼수', KP0103: '김정숙', KP0104: '김형직', KP0105: '김형권', KP0106: '보천',
  KP0107: '삼지연', KP0108: '대홍단', KP0109: '운흥', KP0110: '백암', KP0111: '갑산', KP0112: '풍서',
  KP0201: '라선', KP0202: '김책', KP0203: '회령', KP0205: '청진', KP0211: '길주', KP0212: '화대',
  KP0213: '명천', KP0214: '명간', KP0215: '어랑', KP0216: '경성', KP0217: '연사', KP0218: '무산',
  KP0219: '부령', KP0220: '온성', KP0221: '경원', KP0222: '경흥',
  KP0301: '신포', KP0302: '단천', KP0307: '함흥', KP0310: '함주', KP0311: '영광', KP0312: '신흥',
  KP0313: '부전', KP0314: '장진', KP0315: '정평', KP0316: '금야', KP0317: '요덕', KP0318: '고원',
  KP0319: '락원', KP0320: '홍원', KP0321: '북청', KP0322: '덕성', KP0323: '리원', KP0324: '허천',
  KP0325: '수동', KP0326: '금호',
  KP0401: '원산', KP0402: '문천', KP0403: '안변', KP0404: '고산', KP0405: '통천', KP0406: '고성',
  KP0407: '금강', KP0408: '창도', KP0409: '김화', KP0410: '회양', KP0411: '세포', KP0412: '평강',
  KP0413: '철원', KP0414: '이천', KP0415: '판교', KP0416: '법동', KP0417: '천내',
  KP0501: '강계', KP0502: '만포', KP0503: '희천', KP0504: '랑림', KP0505: '전천', KP0506: '성간',
  KP0507: '장강', KP0508: '화평', KP0509: '중강', KP0510: '자성', KP0511: '시중', KP0512: '위원',
  KP0513: '초산', KP0514: '우시', KP0515: '고풍', KP0516: '송원', KP0517: '동신', KP0518: '룡림',
  KP0601: '신의주', KP0602: '정주', KP0603: '구성', KP0604: '벽동', KP0605: '피현', KP0606: '룡천',
  KP0607: '염주', KP0608: '철산', KP0609: '동림', KP0610: '선천', KP0611: '곽산', KP0612: '운전',
  KP0613: '박천', KP0614: '녕변', KP0615: '구장', KP0616: '향산', KP0617: '운산', KP0618: '태천',
  KP0619: '천마', KP0620: '의주', KP0621: '삭주', KP0622: '대관', KP0623: '창성', KP0624: '동창',
  KP0625: '신도',
  KP0701: '평성', KP0703: '안주', KP0704: '개천', KP0705: '순천', KP0706: '덕천', KP0707: '대동',
  KP0708: '증산', KP0714: '평원', KP0715: '숙천', KP0716: '문덕', KP0717: '성천', KP0718: '신양',
  KP0719: '양덕', KP0720: '은산', KP0721: '북창', KP0722: '맹산', KP0723: '회창', KP0724: '녕원',
  KP0725: '대흥', KP0726: '청남', KP0727: '득장',
  KP0801: '사리원', KP0802: '송림', KP0803: '개성', KP0804: '장풍', KP0805: '황주', KP0806: '연탄',
  KP0807: '봉산', KP0808: '은파', KP0809: '린산', KP0810: '서흥', KP0811: '수안', KP0812: '연산',
  KP0813: '신평', KP0814: '곡산', KP0815: '신계', KP0816: '평산', KP0817: '금천', KP0818: '토산',
  KP0820: '강남', KP0821: '중화', KP0822: '상원',
  KP0901: '해주', KP0902: '강령', KP0903: '옹진', KP0904: '태탄', KP0905: '장연', KP0906: '삼천',
  KP0907: '송화', KP0908: '은률', KP0909: '은천', KP0910: '안악', KP0911: '신천', KP0912: '재령',
  KP0913: '신원', KP0914: '봉천', KP0915: '배천', KP0916: '연안', KP0917: '청단', KP0918: '룡연',
  KP0919: '과일', KP0920: '벽성',
  KP1001: '평양', KP1007: '은정', KP1023: '강동',
  KP1102: '남포', KP1103: '온천', KP1104: '룡강', KP1105: '대안', KP1106: '강서', KP1107: '천리마',
};

/**
 * Where the dataset's flat "County" list is corrected: special cities the press and ISO
 * 3166-2 treat as province-level, districts (구역, 구, 지구), a county made a city in 2019,
 * counties named after persons (the press writes them as one word, "Kimjongsuk"; spaced as the
 * person's name, "Kim Jong Suk", they match only with their designator; their ids predate the
 * one-word canonical and stay), former names, and the press's spelling where it differs from
 * strict McCune–Reischauer.
 */
const OVERRIDES = {
  KP0201: { level: 'special_city', iso: 'KP-13', province: null, aliases: ['Rajin-Sonbong', 'Rajin-Seonbong', 'Rason Special Economic Zone', 'Rason Economic and Trade Zone'] },
  KP0803: { level: 'special_city', iso: 'KP-15', province: null },
  KP0202: { canonical: 'Kim Chaek' },
  KP0103: { id: 'kp-kim-jong-suk', canonical: 'Kimjongsuk', bare: false, aliases: ['Kim Jong Suk County', 'Kim Jongsuk County', 'Sinpa'], note: 'named Sinpa County until 1981' },
  KP0104: { id: 'kp-kim-hyong-jik', canonical: 'Kimhyongjik', bare: false, aliases: ['Kim Hyong Jik County', 'Kim Hyongjik County', 'Kim Hyung Jik County', 'Kim Hyeong Jik County'] },
  KP0105: { id: 'kp-kim-hyong-gwon', canonical: 'Kimhyonggwon', bare: false, aliases: ['Kim Hyong Gwon County', 'Kim Hyonggwon County', 'Kim Hyong Kwon County', 'Kim Hyung Kwon County', 'Kim Hyeong Gwon County'] },
  KP0107: { level: 'city', note: 'a city since 2019' },
  KP0221: { aliases: ['Saebyol'], note: 'named Saebyol County until 2019' },
  KP0222: { aliases: ['Undok'], note: 'named Undok County until 2019' },
  KP0211: { canonical: 'Kilju' },
  KP0621: { canonical: 'Sakju' },
  KP0908: { canonical: 'Unryul' },
  KP0325: { level: 'district' },
  KP0326: { level: 'district' },
  KP0726: { level: 'district' },
  KP0727: { level: 'district' },
  KP1007: { level: 'district' },
  KP1105: { level: 'district' },
  KP1106: { level: 'district' },
  KP1107: { level: 'district' },
  KP1102: { aliases: ['Chinnampo'] },
};

/**
 * Revised Romanization spellings that name a South Korean place far more often than the North
 * Korean unit written the same way in Hangul (Gangnam is Seoul's, not Kangnam County).
 */
const SOUTH_KOREAN_HOMONYMS = {
  KP04: ['Gangwon'], KP0820: ['Gangnam'], KP0414: ['Icheon'], KP0406: ['Goseong'], KP0413: ['Cheorwon'],
  KP0409: ['Gimhwa'], KP0311: ['Yeonggwang'], KP0817: ['Geumcheon'], KP1106: ['Gangseo'], KP1023: ['Gangdong'],
  KP0705: ['Suncheon'],
};

const DESIGNATOR_OF_LEVEL = { city: 'City', county: 'County', district: 'District', special_city: 'City' };

const key = (name) => nameKeys(name)?.join(' ') ?? name.toLowerCase();
const slug = (name) => name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const stemOf = (datasetName) => datasetName.replace(/ (City|Dist\.)$/, '');
const coord = (v) => Number(Number(v).toFixed(3));
const mr = (hangul) => romanizations(hangul)[0];

function main(dir) {
  if (!dir) {
    console.error('usage: node scripts/import-kp-admin.mjs <path-to-kp-admin-dir>');
    process.exit(2);
  }
  const provinces = JSON.parse(readFileSync(join(dir, 'all-province.json'), 'utf8'));
  const counties = JSON.parse(readFileSync(join(dir, 'all-county.json'), 'utf8'));
  const citation = readFileSync(join(dir, 'CITATION.cff'), 'utf8');
  const version = /^version:\s*"?([^"\n]+)"?/m.exec(citation)?.[1] ?? 'unknown';

  const byDatasetId = new Map(counties.map((c) => [c.id, c]));
  const entries = [];
  const provinceIds = new Map();

  for (const p of [...provinces].sort((a, b) => a.id.localeCompare(b.id))) {
    const conf = PROVINCES[p.id];
    if (!conf) throw new Error(`no Hangul for province ${p.id} ${p.name.en}`);
    const level = conf.level ?? 'province';
    const base = level === 'province' ? conf.hangul.slice(0, -1) : conf.hangul;
    const half = { 북: 'North', 남: 'South' }[base.slice(-1)];
    const name = half ? `${half} ${mr(base.slice(0, -1))}` : mr(base);
    const id = `kp-${slug(name)}`;
    provinceIds.set(p.id, id);
    const proper = conf.cityProper ? byDatasetId.get(conf.cityProper) : null;
    const geo = proper ? proper.geo : p.geo;
    entries.push({
      source: p, id, canonical: level === 'province' ? `${name} Province` : name, hangul: conf.hangul, level,
      province: null, iso: conf.iso, lat: coord(geo.lat), lon: coord(geo.lon), bare: true,
      aliases: [...(OVERRIDES[conf.cityProper]?.aliases ?? [])], exclude: SOUTH_KOREAN_HOMONYMS[p.id] ?? [],
      datasetName: p.name.en, note: proper ? `Open Admin Data ${p.id} "${p.name.en}" with ${proper.id} "${proper.name.en}" (its city proper)` : `Open Admin Data ${p.id} "${p.name.en}"`,
    });
  }
  const merged = new Set(Object.values(PROVINCES).map((c) => c.cityProper).filter(Boolean));

  for (const c of [...counties].sort((a, b) => a.id.localeCompare(b.id))) {
    if (merged.has(c.id)) continue;
    const hangul = HANGUL[c.id];
    if (!hangul) throw new Error(`no Hangul for ${c.id} ${c.name.en}`);
    const o = OVERRIDES[c.id] ?? {};
    const datasetName = stemOf(c.name.en);
    const level = o.level ?? (/ City$/.test(c.name.en) ? 'city' : 'county');
    const canonical = o.canonical ?? mr(hangul);
    entries.push({
      source: c, id: o.id ?? null, canonical, hangul, level,
      province: o.province === null ? null : provinceIds.get(c.parent.id), iso: o.iso,
      lat: coord(c.geo.lat), lon: coord(c.geo.lon), bare: o.bare ?? true,
      aliases: o.aliases ?? [], exclude: SOUTH_KOREAN_HOMONYMS[c.id] ?? [], datasetName,
      note: [`Open Admin Data ${c.id} "${c.name.en}" (${c.parent.name.en})`, o.note].filter(Boolean).join('; '),
    });
  }

  assignIds(entries);
  addDatasetSpellings(entries);
  settleCollisions(entries);

  const yamlEntries = entries.map((e) => ({
    id: e.id,
    type: 'PLACE',
    canonical: e.canonical,
    hangul: e.hangul,
    level: e.level,
    ...(e.province ? { province: e.province } : {}),
    country: 'KP',
    ...(e.iso ? { iso: e.iso } : {}),
    lat: e.lat,
    lon: e.lon,
    ...(e.bare ? {} : { bare: false }),
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(e.exclude.length ? { exclude: e.exclude } : {}),
    ...(e.shares.size ? { shares_alias_with: [...e.shares].sort() } : {}),
    note: e.note,
  }));
  const attribution =
    `Derived from "North Korea Administrative Divisions Dataset" (version ${version}) by jakkrapongt, Open Admin Data, ` +
    'https://github.com/open-admin-data/north-korea-administrative-divisions, licensed CC BY 4.0 ' +
    '(https://creativecommons.org/licenses/by/4.0/; full text in rules/kp-admin.LICENSE.txt). ' +
    'Changes: Hangul names, McCune-Reischauer canonical names, ISO 3166-2 codes and ids added; ' +
    'Pyongyang, Nampo, Rason and Kaesong made special cities (the city proper of Pyongyang and Nampo merged into them); ' +
    'districts, a 2019 city and former names corrected; coordinates rounded to 3 decimals; ' +
    'romanization variants and disambiguation (exclude, shares_alias_with) added.';
  const header =
    '# GENERATED by scripts/import-kp-admin.mjs from the Open Admin Data kp-admin dataset: do not edit by hand.\n' +
    '# Change the script (Hangul, overrides) and re-run it. Places beyond the admin list live in places.yaml.\n';
  writeFileSync(OUT, header + stringify({ kind: 'gazetteer', attribution, entries: yamlEntries }, { lineWidth: 0 }));
  copyFileSync(join(dir, 'LICENSE'), LICENSE_OUT);
  const count = (l) => entries.filter((e) => e.level === l).length;
  console.log(`${entries.length} places written to ${OUT}: ${count('province')} provinces, ${count('special_city')} special cities, ${count('city')} cities, ${count('county')} counties, ${count('district')} districts`);
}

/** kp-<name>; where two units share a name, kp-<name>-<province>. */
function assignIds(entries) {
  const byName = new Map();
  for (const e of entries.filter((x) => x.id === null)) {
    const name = slug(e.canonical.replace(/ County$/, ''));
    byName.set(name, [...(byName.get(name) ?? []), e]);
  }
  for (const [name, list] of byName) {
    for (const e of list) e.id = list.length > 1 ? `kp-${name}-${e.province.replace(/^kp-/, '')}` : `kp-${name}`;
  }
}

/** The dataset's own spelling stays matchable where the romanizer does not produce it (Kabsan, Jaerong). */
function addDatasetSpellings(entries) {
  for (const e of entries) {
    const generated = new Set([...romanizations(baseHangul(e)), e.canonical.replace(/ Province$/, '')].map(key));
    if (generated.has(key(e.datasetName))) continue;
    const designated = e.bare ? e.datasetName : `${e.datasetName} ${DESIGNATOR_OF_LEVEL[e.level]}`;
    if (![e.canonical, ...e.aliases].some((a) => key(a) === key(designated))) e.aliases.unshift(designated);
    if (e.bare) console.log(`dataset spelling kept as alias: ${e.id} "${e.datasetName}" (generated: ${romanizations(baseHangul(e)).join(', ')})`);
  }
}

const baseHangul = (e) => (e.level === 'province' ? e.hangul.slice(0, -1) : e.hangul);

/**
 * Two units whose names romanize alike: where the spelling is a standard form of both, both
 * keep it and state shares_alias_with (the gazetteer settles it by the province named in the
 * article); where it is a standard form of only one, the other gives it up (exclude).
 */
function settleCollisions(entries) {
  const claims = new Map();
  for (const e of entries) {
    e.shares = new Set();
    if (e.level === 'province') continue;
    const strong = new Set([e.canonical, e.datasetName, ...e.aliases, ...standardRomanizations(e.hangul)].map(key));
    e.strong = strong;
    for (const k of new Set([...strong, ...romanizations(e.hangul).map(key)])) claims.set(k, [...(claims.get(k) ?? []), e]);
  }
  for (const [k, list] of claims) {
    if (list.length < 2) continue;
    const strong = list.filter((e) => e.strong.has(k));
    for (const e of list) {
      if (strong.length > 0 && !e.strong.has(k)) {
        const spelling = romanizations(e.hangul).find((r) => key(r) === k);
        if (!e.exclude.includes(spelling)) e.exclude.push(spelling);
      } else {
        for (const other of list) if (other !== e && (strong.length === 0 || other.strong.has(k))) e.shares.add(other.id);
      }
    }
    console.log(`shared spelling "${k}": ${list.map((e) => `${e.id}${e.strong.has(k) ? '' : ' (not a standard form)'}`).join(', ')}`);
  }
}

main(process.argv[2]);
