import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldAgainstText, goldSet, isDocumentGold, loadGoldDir, parseGold, type DocGold, type Gold } from '../../src/eval/gold.js';
import { tempDir } from '../helpers.js';
import { ALPHA, alphaDocGold, alphaGold } from './helpers.js';

/** alphaGold as plain JSON, changed by `edit`. */
function edited(edit: (g: Record<string, any>) => void): unknown {
  const g = JSON.parse(JSON.stringify(alphaGold())) as Record<string, any>;
  edit(g);
  return g;
}

/** An event of ALPHA as a reader states it: police of the MSS (g1) arrested smugglers in Hyesan (g2). */
const ARREST = { subtype: 'arrest-jail', trigger: 'arrested', agent: 'g1', place: 'g2', crime: 'smuggling', modality: 'asserted', polarity: 'positive', genericity: 'specific' };

describe('parseGold', () => {
  it('accepts a well-formed gold file', () => {
    const g = parseGold(edited(() => {}), 'alpha') as Gold;
    expect(g.id).toBe('alpha');
    expect(g.entities.map((e) => e.id)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
  });

  it('accepts a file without notes and published', () => {
    expect(Array.isArray(parseGold(edited((g) => { delete g.notes; delete g.published; }), 'alpha'))).toBe(false);
  });

  const invalid: [string, (g: Record<string, any>) => void, RegExp][] = [
    ['an unknown top-level field', (g) => { g.title = 'x'; }, /unrecognized key/i],
    ['coordinates in a gold PLACE norm', (g) => { g.entities[1].norm.lat = 41.4; }, /entities\.1\.norm.*unrecognized key/i],
    ['a PLACE norm without province', (g) => { delete g.entities[1].norm.province; }, /entities\.1\.norm\.province/],
    ['an unknown entity type', (g) => { g.entities[0].type = 'GROUP'; }, /entities\.0\.type/],
    ['a negative offset', (g) => { g.entities[0].start = -1; }, /entities\.0\.start/],
    ['an empty canonical', (g) => { g.entities[0].canonical = ''; }, /entities\.0\.canonical/],
    ['an unknown relation type', (g) => { g.relations[0].type = 'near'; }, /relations\.0\.type/],
    ['a published date that is not ISO', (g) => { g.published = 'May 7, 2018'; }, /published/],
    ['an id other than the file name', (g) => { g.id = 'beta'; }, /does not match the file name "alpha\.gold\.json"/],
    ['an entity id used twice', (g) => { g.entities[1].id = 'g1'; }, /entity id "g1" is used twice/],
    ['a relation to a missing entity', (g) => { g.relations[0].object = 'g99'; }, /relations\.0: no entity "g99"/],
    ['an empty span', (g) => { g.entities[2].end = g.entities[2].start; }, /g3: end \d+ is not after start/],
    ['two entities of one type on one span', (g) => { g.entities.push({ ...g.entities[1], id: 'g7' }); }, /g7: same type and span as g2/],
    ['an event naming a missing entity', (g) => { g.events = [{ ...ARREST, place: 'g99' }]; }, /events\.0\.place: no entity "g99"/],
    ['an event naming a missing person', (g) => { g.events = [{ ...ARREST, persons: ['g2', 'g98'] }]; }, /events\.0\.persons: no entity "g98"/],
    ['an event crime that is not an offence id', (g) => { g.events = [{ ...ARREST, crime: 'Smuggling' }]; }, /events\.0\.crime/],
    ['an unknown event subtype', (g) => { g.events = [{ ...ARREST, subtype: 'arrest' }]; }, /events\.0\.subtype/],
    ['an event without modality', (g) => { const { modality: _, ...rest } = ARREST; g.events = [rest]; }, /events\.0\.modality/],
  ];
  it.each(invalid)('rejects %s', (_, edit, reason) => {
    const problems = parseGold(edited(edit), 'alpha');
    expect(Array.isArray(problems)).toBe(true);
    expect((problems as string[]).join('\n')).toMatch(reason);
  });

  it('accepts events naming its entities, and a file without events (not annotated)', () => {
    const g = parseGold(edited((x) => { x.events = [ARREST]; }), 'alpha') as Gold;
    expect(g.events).toEqual([ARREST]);
    expect((parseGold(edited(() => {}), 'alpha') as Gold).events).toBeUndefined();
  });

  it('allows two types on one span (a reader may disagree with the type, not the gold)', () => {
    expect(Array.isArray(parseGold(edited((g) => { g.entities.push({ ...g.entities[1], id: 'g7', type: 'ORG', norm: { kind: null, acronym: null } }); }), 'alpha'))).toBe(false);
  });
});

describe('checkGoldAgainstText', () => {
  const gold = alphaGold();
  it('accepts offsets that read the gold text from the same source', () => {
    expect(checkGoldAgainstText(gold, 'alpha.txt', ALPHA)).toEqual([]);
  });

  const problems: [string, Gold, string, string, RegExp][] = [
    ['shifted offsets', { ...gold, entities: gold.entities.map((e) => (e.id === 'g2' ? { ...e, start: e.start + 1, end: e.end + 1 } : e)) }, 'alpha.txt', ALPHA, /g2: text "Hyesan" but offsets \d+-\d+ read "yesan,"/],
    ['a span past the end', gold, 'alpha.txt', ALPHA.slice(0, 100), /end \d+ is past the end of the text \(100\)/],
    ['another source file', gold, 'alpha.html', ALPHA, /source "alpha\.txt" but the article with this id comes from "alpha\.html"/],
  ];
  it.each(problems)('reports %s', (_, g, source, text, reason) => {
    expect(checkGoldAgainstText(g, source, text).join('\n')).toMatch(reason);
  });
});

describe('loadGoldDir', () => {
  it('reads *.gold.json files in name order and reports the unreadable and invalid ones', () => {
    const dir = tempDir('nkie-gold-');
    writeFileSync(join(dir, 'alpha.gold.json'), JSON.stringify(alphaGold()));
    writeFileSync(join(dir, 'aaa.gold.json'), JSON.stringify({ ...alphaGold(), id: 'aaa' }));
    writeFileSync(join(dir, 'broken.gold.json'), '{ "id": ');
    writeFileSync(join(dir, 'wrong.gold.json'), JSON.stringify(alphaGold()));
    writeFileSync(join(dir, 'baseline.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'not gold');
    const { files, problems } = loadGoldDir(dir);
    expect(files.map((f) => f.gold.id)).toEqual(['aaa', 'alpha']);
    expect(files[1]!.file).toBe(join(dir, 'alpha.gold.json'));
    expect(problems.map((p) => [p.id, p.file])).toEqual([['broken', join(dir, 'broken.gold.json')], ['wrong', join(dir, 'wrong.gold.json')]]);
    expect(problems[0]!.reason).toMatch(/^cannot read: /);
    expect(problems[1]!.reason).toMatch(/does not match the file name/);
  });
});

describe('parseGold, document level', () => {
  const docEdited = (edit: (g: Record<string, any>) => void) => {
    const g = alphaDocGold();
    edit(g);
    return g;
  };

  it('accepts a reader\'s document-level gold: no offsets, ids only where a relation or event needs them', () => {
    const g = parseGold(docEdited(() => {}), 'alpha') as DocGold;
    expect(isDocumentGold(g)).toBe(true);
    expect(goldSet(g)).toBe('real');
    expect(g.entities.map((e) => e.id ?? null)).toEqual(['mss', 'hyesan', 'ryanggang', null, null]);
  });

  it('puts mention-level gold in the fixtures set unless it names its set', () => {
    expect(goldSet(parseGold(edited(() => {}), 'alpha') as Gold)).toBe('fixtures');
    expect(goldSet(parseGold(edited((g) => { g.set = 'heldout'; }), 'alpha') as Gold)).toBe('heldout');
  });

  const invalid: [string, (g: Record<string, any>) => void, RegExp][] = [
    ['an id other than the file name', (g) => { g.id = 'beta'; }, /does not match the file name/],
    ['offsets, which this shape has not', (g) => { g.entities[0].start = 3; }, /entities\.0.*unrecognized key/i],
    ['a relation to an entity without that id', (g) => { g.relations[0].object = 'chagang'; }, /relations\.0: no entity "chagang"/],
    ['an id used twice', (g) => { g.entities[2].id = 'hyesan'; }, /entities\.2: id "hyesan" is used twice/],
    ['an event argument naming no entity', (g) => { g.events[0].place = 'manpo'; }, /events\.0\.place: no entity "manpo"/],
    ['an event of a subtype ACE and nkie lack', (g) => { g.events[0].subtype = 'riot'; }, /events\.0\.subtype/],
    ['a PLACE without its province', (g) => { delete g.entities[1].norm.province; }, /entities\.1\.norm\.province/],
    ['a level other than document', (g) => { g.level = 'mention'; }, /level/],
  ];
  it.each(invalid)('rejects %s', (_, edit, reason) => {
    const problems = parseGold(docEdited(edit), 'alpha');
    expect(Array.isArray(problems)).toBe(true);
    expect((problems as string[]).join('\n')).toMatch(reason);
  });
});
