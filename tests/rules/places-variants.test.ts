/** How a place entry becomes aliases (src/rules/variants.ts) and what the PLACE schema rejects. */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile.js';
import { formatProblem, RulesInvalidError } from '../../src/rules/load.js';
import { PlaceEntrySchema } from '../../src/rules/schema.js';
import { aliasesOf, placeStem } from '../../src/rules/variants.js';
import { nameKeys } from '../../src/text/fold.js';
import { rulesDir } from '../helpers.js';

const key = (s: string) => nameKeys(s)!.join(' ');
const place = (fields: Record<string, unknown>) => PlaceEntrySchema.parse({ id: 'x', type: 'PLACE', country: 'KP', ...fields });
const keysOf = (fields: Record<string, unknown>) => aliasesOf(place(fields)).map((a) => key(a.text));

describe('placeStem', () => {
  it.each([
    ['Onsong County', 'Onsong'],
    ['Onsong-gun', 'Onsong'],
    ['North Hamgyong Province', 'North Hamgyong'],
    ['Mount Paektu', 'Paektu'],
    ['Port of Nampo', 'Nampo'],
    ['Yodok political prison camp', 'Yodok'],
    ["Namyang Workers' District", 'Namyang'],
    ['Hyesan', 'Hyesan'],
  ])('%s → %s', (name, stem) => {
    expect(placeStem(name)).toBe(stem);
  });
});

describe('aliases of a place', () => {
  it('a county: canonical, romanizations and Hangul, bare and with each designator', () => {
    const keys = keysOf({ canonical: 'Onsong', hangul: '온성', level: 'county' });
    expect(keys).toEqual(expect.arrayContaining(['onsong', 'onsong county', 'onsong gun', 'onseong', 'onseong county', 'onsung gun', '온성', '온성 gun']));
  });

  it('bare: false keeps only the designated forms of generated names', () => {
    const keys = keysOf({ canonical: 'Kim Jong Suk County', hangul: '김정숙', level: 'county', bare: false });
    expect(keys).toEqual(expect.arrayContaining(['kim jong suk county', 'kim jong suk gun', 'kimjongsuk county', 'gimjeongsuk gun']));
    expect(keys).not.toContain('kim jong suk');
    expect(keys).not.toContain('kimjongsuk');
  });

  it('a divided province: North/N., the -bukto/-buk-do forms, never the bare core', () => {
    const keys = keysOf({ canonical: 'North Hamgyong Province', hangul: '함경북도', level: 'province' });
    expect(keys).toEqual(expect.arrayContaining([
      'north hamgyong', 'n hamgyong', 'north hamgyeong province', 'hamgyongbuk do', 'hamgyeongbuk do', 'hamgyong pukto', 'hamgyong bukto', 'hamgyeongbukdo', '함경북도',
    ]));
    expect(keys).not.toContain('hamgyong');
  });

  it('a name ending in its Korean designator: the solid form counts as designated', () => {
    const keys = keysOf({ canonical: 'Mount Kumgang', hangul: '금강산', level: 'mountain', bare: false });
    expect(keys).toEqual(expect.arrayContaining(['mount kumgang', 'kumgang mountain', 'kumgangsan', 'geumgangsan']));
    expect(keys).not.toContain('kumgang');
  });

  it('prefix designators go before the name', () => {
    expect(keysOf({ canonical: 'Nampo Port', hangul: '남포항', level: 'port', bare: false })).toEqual(expect.arrayContaining(['port of nampo', 'nampo harbor', 'namphohang']));
  });

  it('exclude drops a generated name and every designated form built on it', () => {
    const keys = keysOf({ canonical: 'Kangwon Province', hangul: '강원도', level: 'province', exclude: ['Gangwon'] });
    expect(keys).toContain('kangwon do');
    expect(keys.filter((k) => k.startsWith('gangwon'))).toEqual([]);
  });

  it('acronyms match case-sensitively, typed aliases as written', () => {
    const aliases = aliasesOf(place({ canonical: 'North Korea', level: 'country', acronyms: ['DPRK'], aliases: ['N. Korea'] }));
    expect(aliases).toEqual(expect.arrayContaining([{ text: 'DPRK', caseSensitive: true }, { text: 'N. Korea', caseSensitive: false }]));
  });

  it('a guarded typed alias replaces the same name unguarded, the canonical name included', () => {
    const aliases = aliasesOf(place({ canonical: 'Chad', level: 'country', country: 'TD', aliases: [{ text: 'Chad', context: ['africa'] }] }));
    expect(aliases.filter((a) => key(a.text) === 'chad')).toEqual([{ text: 'Chad', caseSensitive: false, context: ['africa'] }]);
    // an alias written case-sensitive replaces its name in any case: "Northeast China" capitalised only
    const region = aliasesOf(place({ canonical: 'Northeast China', level: 'region', country: 'CN', aliases: [{ text: 'Northeast China', case_sensitive: true }] }));
    expect(region.filter((a) => key(a.text) === 'northeast china')).toEqual([{ text: 'Northeast China', caseSensitive: true }]);
    // its twin: a name with no case-sensitive alias matches in any case
    const china = aliasesOf(place({ canonical: 'China', level: 'country', country: 'CN', aliases: [{ text: 'PRC', case_sensitive: true }] }));
    expect(china).toContainEqual({ text: 'China', caseSensitive: false });
    // one word written case-sensitive keeps its twin too: its capital is guarded anyway (an English word's)
    const chinaTwice = aliasesOf(place({ canonical: 'China', level: 'country', country: 'CN', aliases: [{ text: 'China', case_sensitive: true }] }));
    expect(chinaTwice).toContainEqual({ text: 'China', caseSensitive: false });
  });

  it('romanize: false keeps the Hangul but generates nothing', () => {
    expect(keysOf({ canonical: 'Onsong', hangul: '온성', level: 'county', romanize: false })).not.toContain('onseong');
  });
});

describe('PLACE rules the compiler rejects', () => {
  const problems = (yaml: string): string[] => {
    try {
      compileRules(rulesDir({ 'p.yaml': `kind: gazetteer\nentries:\n${yaml}` }));
    } catch (e) {
      if (e instanceof RulesInvalidError) return e.problems.map(formatProblem);
      throw e;
    }
    return [];
  };
  const entry = (id: string, extra: string) => `  - id: ${id}\n    type: PLACE\n    country: KP\n${extra}`;

  it.each([
    ['bare: false without a designator in a canonical name of several words', entry('a', '    canonical: Kim Tanbong\n    level: county\n    bare: false\n'), /entry a: field canonical: bare: false needs a designator/],
    ['two places romanizing alike without shares_alias_with', entry('a', '    canonical: Unsan\n    hangul: 운산\n    level: county\n') + entry('b', '    canonical: Unsan\n    hangul: 은산\n    level: county\n'), /entry b: field aliases: "Unsan" is also an alias of a; state shares_alias_with/],
    ['Hangul with Latin letters', entry('a', '    canonical: Onsong\n    hangul: 온성A\n    level: county\n'), /entry a: field hangul: Hangul syllables only/],
    ['no country for a place that is not a region', entry('a', '    canonical: Onsong\n    level: county\n').replace('country: KP', 'country: null'), /entry a: field country: only a region may lie in no country/],
  ])('%s', (_name, yaml, expected) => {
    expect(problems(yaml).join('\n')).toMatch(expected);
  });

  it('bare: false with a canonical name of one word: the one-word name matches bare, the spaced one only with its designator', () => {
    expect(problems(entry('a', '    canonical: Kimtanbong\n    level: county\n    bare: false\n    aliases: [Kim Tanbong County]\n'))).toEqual([]);
  });

  it('a region may lie in no country', () => {
    expect(problems(entry('a', '    canonical: Europe\n    level: region\n').replace('country: KP', 'country: null'))).toEqual([]);
  });

  it('shares_alias_with on one side accepts the shared name', () => {
    const yaml = entry('a', '    canonical: Unsan\n    hangul: 운산\n    level: county\n    shares_alias_with: [b]\n') + entry('b', '    canonical: Unsan\n    hangul: 은산\n    level: county\n');
    expect(problems(yaml)).toEqual([]);
  });
});
