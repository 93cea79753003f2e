import { describe, expect, it } from 'vitest';
import { hybridRomanizations, personRomanizations, romanizations, standardRomanizations } from '../../src/rules/romanize.js';
import { nameKeys } from '../../src/text/fold.js';

const key = (s: string) => nameKeys(s)!.join(' ');
const keysOf = (hangul: string) => romanizations(hangul).map(key);

describe('romanizations: every family from the jamo', () => {
  it.each([
    // [hangul, press MR (first), a form of each other family that applies]
    ['신의주', 'Sinuiju', ['Sin-uiju', 'Shinuiju']],
    ['함흥', 'Hamhung', ['Hamheung']],
    ['청진', 'Chongjin', ['Cheongjin', 'Chungjin']],
    ['회령', 'Hoeryong', ['Hoeryeong', 'Hoiryeong', 'Hoiryong', 'Hoiryung']],
    ['량강', 'Ryanggang', ['Yanggang']],
    ['혜산', 'Hyesan', []],
    ['평성', 'Pyongsong', ['Pyeongseong', 'Phyongsong']],
    ['풍서', 'Pungso', ['Pungseo', 'Phungso']],
    ['자강', 'Chagang', ['Jagang']],
    ['온성', 'Onsong', ['Onseong', 'Onsung']],
    ['함경', 'Hamgyong', ['Hamgyeong', 'Hamkyung']],
    ['룡천', 'Ryongchon', ['Yongchon', 'Yongcheon']],
    ['녕변', 'Nyongbyon', ['Yongbyon', 'Yeongbyeon']],
    ['화평', 'Hwapyong', ['Hwaphyong', 'Hwapyeong']],
  ])('%s → %s and %j', (hangul, mr, others) => {
    const variants = romanizations(hangul);
    expect(variants[0]).toBe(mr);
    for (const o of others) expect(keysOf(hangul)).toContain(key(o));
  });

  it.each([
    // sound changes across syllables, written by the pronouncing families
    ['백암', 'Paekam', 'Paegam'],
    ['락원', 'Rakwon', 'Nagwon'],
    ['강령', 'Kangryong', 'Kangnyong'],
    ['송림', 'Songrim', 'Songnim'],
    ['압록', 'Aprok', 'Amnok'],
    ['삭주', 'Sakchu', 'Sakju'],
    ['벽동', 'Pyoktong', 'Pyokdong'],
  ])('%s: spelled %s and pronounced %s', (hangul, spelled, pronounced) => {
    expect(keysOf(hangul)).toEqual(expect.arrayContaining([key(spelled), key(pronounced)]));
  });

  it.each([
    // press hybrids: MR and older-press syllables mixed inside one word; oo/woo for ㅜ
    ['평성', ['Pyongsung', 'Pyungsong']],
    ['회령', ['Hoeryung']],
    ['운산', ['Woonsan']],
    ['순천', ['Soonchun']],
    ['함경', ['Hamgyung', 'Hamkyong']],
  ])('%s: press hybrids %j', (hangul, hybrids) => {
    expect([...keysOf(hangul), ...hybridRomanizations(hangul).map(key)]).toEqual(expect.arrayContaining(hybrids.map(key)));
  });

  it.each([
    // must not: hybrids mix whole syllables, never letters a syllable of neither system has
    ['평성', ['Pyoongsong', 'Pyangsong']],
    ['운산', ['Woonsun', 'Wunsan']],
  ])('%s: no %j', (hangul, never) => {
    for (const n of never) expect([...keysOf(hangul), ...hybridRomanizations(hangul).map(key)]).not.toContain(key(n));
  });

  it('hybrids are kept apart from the systems\' forms, and never repeat one', () => {
    expect(keysOf('평성')).not.toContain(key('Pyongsung'));
    expect(hybridRomanizations('평성').map(key)).toContain(key('Pyongsung'));
    for (const h of ['평성', '회령', '김형권', '천리마']) {
      const hybrids = hybridRomanizations(h).map(key);
      for (const k of keysOf(h)) expect(hybrids).not.toContain(k);
      expect(hybrids.length).toBeLessThanOrEqual(60);
    }
  });

  it('writes ㄴ/ㄹ meeting ㄹ as ll in every family (Chollima)', () => {
    expect(romanizations('천리마')[0]).toBe('Chollima');
    expect(keysOf('천리마')).not.toContain('chonrima');
  });

  it('romanizes each word of a spaced name', () => {
    expect(romanizations('김 정숙')).toContain('Kim Jongsuk');
  });
});

describe('romanizations: bounded, deterministic, no duplicates after folding', () => {
  const names = ['신의주', '함흥', '청진', '회령', '량강', '평양', '김형권', '천리마', '삼지연', '전거리'];

  it.each(names)('%s', (hangul) => {
    const variants = romanizations(hangul);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.length).toBeLessThanOrEqual(30);
    expect(new Set(variants.map(key)).size).toBe(variants.length);
    expect(romanizations(hangul)).toEqual(variants);
  });

  it('standard forms are a prefix of all forms', () => {
    for (const h of names) expect(romanizations(h).slice(0, standardRomanizations(h).length)).toEqual(standardRomanizations(h));
  });

  it('spends no variant on what folding already unifies (breves, apostrophes)', () => {
    const keys = keysOf('평성');
    expect(keys).toContain(key("P'yŏngsŏng"));
    expect(romanizations('평성').some((v) => /[ŏŭ']/.test(v))).toBe(false);
  });
});

describe('romanizations: not Hangul', () => {
  it.each(['', 'Hyesan', '혜산A', 'ㅎ'])('%j gives nothing', (text) => {
    expect(romanizations(text)).toEqual([]);
  });
});

describe('personRomanizations: a name syllable by syllable, each in any system (#16 §2)', () => {
  it('spells every syllable every way the press does, the given name spaced', () => {
    const names = personRomanizations('김 정은');
    for (const n of ['Kim Jong Un', 'Kim Jong Eun', 'Kim Jung Un', 'Kim Chong Un', 'Kim Jeong Eun', 'Gim Jong Un']) expect(names).toContain(n);
    expect(names).not.toContain('Kim Jongun');
  });
  it('keeps or drops an initial r, and writes a two-syllable surname solid', () => {
    expect(personRomanizations('최 룡해')).toEqual(expect.arrayContaining(['Choe Ryong Hae', 'Choi Yong Hae']));
    expect(personRomanizations('남궁 민')).toContain('Namgung Min');
  });
  it('gives nothing for a name not in Hangul', () => expect(personRomanizations('Kim Jong Un')).toEqual([]));
});

describe('misspellings the press prints (#16 §2, entities9)', () => {
  it('writes ㅚ as ㅢ is, a generated spelling like the hybrids', () => {
    expect(hybridRomanizations('회령')).toEqual(expect.arrayContaining(['Huiryeong', 'Huiryong']));
    expect(romanizations('회령')).not.toContain('Huiryeong');
  });
});
