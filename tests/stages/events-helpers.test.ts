/**
 * The helpers of the events stage (src/stages/events/), each on words or entities written here:
 * what the stage's end-to-end tests (events.test.ts) reach only through whole sentences.
 */
import { describe, expect, test } from 'vitest';
import type { EventTrigger } from '../../src/rules/compile.js';
import type { MatchWord } from '../../src/stages/doc.js';
import { dominantOffence, headlineTest } from '../../src/stages/events/article.js';
import { countOf, countsSeries } from '../../src/stages/events/count.js';
import { prepare, type TriggerIndex } from '../../src/stages/events/cues.js';
import { nearestEvent, penaltyStatus } from '../../src/stages/events/penalty-status.js';
import { fromPersons } from '../../src/stages/events/place-filters.js';
import { habitualActive, habitualPassive } from '../../src/stages/events/properties.js';
import { findTriggers, gapEnd, inFlight, namesClass, type TriggerMatch } from '../../src/stages/events/triggers.js';
import {
  anyIn,
  clauseStarts,
  firstWordFrom,
  hasKey,
  lowerBound,
  phraseAt,
  phraseCounts,
  phraseEndsBefore,
  acrossQuotation,
  inQuotedTitle,
  quotationCounts,
  type SentenceWords,
} from '../../src/stages/events/words.js';
import { newWorkingDoc, type WorkingDoc } from '../../src/stages/doc.js';
import type { Entity, Event } from '../../src/types.js';
import { pipeline } from '../helpers.js';

/** A sentence split into words as the tokenizer keys them: letters and digits, lower case. */
function sentence(text: string): SentenceWords {
  const words: MatchWord[] = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: m[0].toLowerCase(),
    joinsNext: false,
    sentence: 0,
    boilerplate: false,
  }));
  return { text, words, keys: words.map((w) => w.key) };
}

const cues = () => prepare(pipeline().rules).cues;

/** A trigger entry of the given words, as rules/events.yaml compiles one. */
function trigger(rule: string, words: string, more: Partial<EventTrigger> = {}): EventTrigger {
  const [head, tail] = words.split(' ... ');
  return {
    rule,
    subtype: 'arrest-jail',
    keys: head!.split(' '),
    tail: tail === undefined ? [] : tail.split(' '),
    notBefore: new Set(),
    personsOnly: false,
    placeAfter: new Set(),
    placeLinks: new Set(),
    placeNotAfter: new Set(),
    penaltyKinds: new Set(),
    undated: false,
    ...more,
  };
}

function indexOf(...triggers: EventTrigger[]): TriggerIndex {
  const index = new Map<string, EventTrigger[]>();
  for (const t of triggers) index.set(t.keys[0]!, [...(index.get(t.keys[0]!) ?? []), t]);
  return index;
}

/** The match of the trigger entry over the words from `first` to `last`. */
const match = (t: EventTrigger, first: number, last = first): TriggerMatch => ({ trigger: t, first, last });

describe('words and phrases', () => {
  test('the first word ending after an offset', () => {
    const { words } = sentence('Police arrested two men');
    expect(firstWordFrom(words, 0)).toBe(0);
    expect(firstWordFrom(words, 6)).toBe(1); // the space after "Police"
    expect(firstWordFrom(words, 9)).toBe(1); // inside "arrested"
    expect(firstWordFrom(words, 100)).toBe(4);
  });

  test('a phrase at a word: the first of the list that starts there, whole', () => {
    const { keys } = sentence('they were sent back to the North');
    const phrases = [['sent', 'home'], ['sent', 'back'], ['sent']];
    expect(phraseAt(keys, 2, phrases)).toEqual(['sent', 'back']);
    expect(phraseAt(keys, 3, phrases)).toBeUndefined();
    expect(phraseAt(keys, 7, phrases)).toBeUndefined();
  });

  test('prefix counts tell whether a phrase starts in a range, the range clamped', () => {
    const { keys } = sentence('a source told us that police said nothing');
    const counts = phraseCounts(keys, [['told'], ['said']]);
    expect(anyIn(counts, 0, 2)).toBe(false);
    expect(anyIn(counts, 2, 3)).toBe(true);
    expect(anyIn(counts, 3, 6)).toBe(false);
    expect(anyIn(counts, -5, 100)).toBe(true);
    expect(anyIn(counts, 5, 3)).toBe(false);
  });

  test('a phrase ending right before a word; a word in a range', () => {
    const { keys } = sentence('North Korean leader Kim Jong Un');
    expect(phraseEndsBefore(keys, 3, [['korean', 'leader']])).toBe(true);
    expect(phraseEndsBefore(keys, 2, [['korean', 'leader']])).toBe(false);
    expect(phraseEndsBefore(keys, 1, [['north', 'korean', 'leader']])).toBe(false);
    expect(hasKey(keys, 0, 3, 'leader')).toBe(true);
    expect(hasKey(keys, 3, 6, 'leader')).toBe(false);
  });

  test('clause starts: the first word after the last comma, colon, dash, quotation mark or bracket', () => {
    const s = sentence('In May, police said: "two men were caught" (in Hyesan) yesterday');
    const starts = [...clauseStarts(s.text, s.words)];
    expect(starts).toEqual([0, 0, 2, 2, 4, 4, 4, 4, 8, 8, 10]);
  });

  test('quotation marks: an odd number between two points puts them inside and outside a quotation', () => {
    const s = sentence('He said \u201cthey were arrested\u201d in May');
    expect([...quotationCounts(s.text, s.words, s.text.length)]).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
    expect(acrossQuotation('said \u201cthey')).toBe(true);
    expect(acrossQuotation('\u201ctraitors\u201d are')).toBe(false);
  });

  test('a quotation in title case is a title, not what someone said', () => {
    const title = 'a declaration entitled \u201cThe Crackdown on Drug Use\u201d was issued';
    expect(inQuotedTitle(title, title.indexOf('Crackdown'), 0, title.length)).toBe(true);
    const speech = 'the source said \u201cmany people will be arrested\u201d';
    expect(inQuotedTitle(speech, speech.indexOf('arrested'), 0, speech.length)).toBe(false);
    expect(inQuotedTitle(speech, speech.indexOf('source'), 0, speech.length)).toBe(false);
  });

  test('lower bound in an ascending list', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 9)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});

describe('triggers', () => {
  test('a gap holds up to four words of one clause', () => {
    const s = sentence('the court found 15 of them guilty');
    expect(gapEnd(s, 3, ['guilty'])).toBe(6);
    expect(gapEnd(sentence('found the broker and his two sons guilty'), 1, ['guilty'])).toBe(-1);
    expect(gapEnd(sentence('found, in the end, guilty'), 1, ['guilty'])).toBe(-1);
  });

  test('the longest trigger at a word wins, and its not_before blocks the shorter one too', () => {
    const charged = trigger('charge', 'charged');
    const chargedWith = trigger('charge-with', 'charged with', { notBefore: new Set(['cracking']) });
    const index = indexOf(chargedWith, charged);
    expect(findTriggers(sentence('he was charged with spying'), index).map((m) => [m.trigger.rule, m.first, m.last])).toEqual([['charge-with', 2, 3]]);
    expect(findTriggers(sentence('guards charged with cracking down'), index)).toEqual([]);
    expect(findTriggers(sentence('he was charged yesterday'), index).map((m) => m.trigger.rule)).toEqual(['charge']);
  });

  test('a word inside a name starts no trigger', () => {
    const s = sentence('Amnesty International called for a pardon');
    const index = indexOf(trigger('pardon', 'amnesty'), trigger('pardon-noun', 'pardon'));
    const name = { start: 0, end: 21, type: 'ORG' } as Entity;
    expect(findTriggers(s, index, [name]).map((m) => m.trigger.rule)).toEqual(['pardon-noun']);
  });

  test('a class of persons: after a class head, or a participle after the persons a penalty is for', () => {
    const caught = trigger('arrest', 'caught');
    expect(namesClass(sentence('threats for those caught').keys, match(caught, 3), [], cues())).toBe(true);
    expect(namesClass(sentence('harsh punishments for residents caught smuggling').keys, match(caught, 4), [], cues())).toBe(true);
    expect(namesClass(sentence('two residents were caught smuggling').keys, match(caught, 3), [], cues())).toBe(false);
    expect(namesClass(sentence('a letter for residents caught').keys, match(caught, 4), [], cues())).toBe(false);
  });

  test('a shooting in flight is no execution; a shooting as punishment is one', () => {
    const shot = trigger('execute', 'shot dead', { subtype: 'execute' });
    expect(inFlight(sentence('he was shot dead while attempting to escape').keys, match(shot, 2, 3), cues())).toBe(true);
    expect(inFlight(sentence('he was shot dead in front of the crowd').keys, match(shot, 2, 3), cues())).toBe(false);
  });
});

describe('counts of persons', () => {
  test('the count nearest the trigger, of a person noun at most two words on', () => {
    const { keys } = sentence('police arrested three young women and dozens of residents');
    expect(countOf(keys, 1, cues().personNouns)).toEqual({ min: 3, max: 3 });
    expect(countOf(keys, 8, cues().personNouns)).toEqual({ min: 24, max: null });
    expect(countOf(sentence('police seized three kilograms').keys, 1, cues().personNouns)).toBeNull();
  });

  test('a count right before the trigger makes a series', () => {
    const { keys } = sentence('16 drug busts since 2008 and dozens arrested and many arrests');
    expect(countsSeries(keys, 1)).toBe(true);
    expect(countsSeries(keys, 7)).toBe(true);
    expect(countsSeries(keys, 10)).toBe(false);
  });
});

describe('properties', () => {
  test('a habitual present passive with a bare plural subject', () => {
    const sent = trigger('sentence', 'sent', { subtype: 'sentence' });
    expect(habitualPassive(sentence('defectors are sent to camps').keys, match(sent, 2), cues())).toBe(true);
    expect(habitualPassive(sentence('the defectors are sent to camps').keys, match(sent, 3), cues())).toBe(false);
    expect(habitualPassive(sentence('three defectors are sent to camps').keys, match(sent, 3), cues())).toBe(false);
  });

  test('a habitual present with a bare plural object; not a crackdown', () => {
    const executes = trigger('execute-verb', 'executes', { subtype: 'execute' });
    expect(habitualActive(sentence('the government executes people for treason').keys, match(executes, 2), cues())).toBe(true);
    expect(habitualActive(sentence('the government executes two smugglers').keys, match(executes, 2), cues())).toBe(false);
    const cracking = trigger('crackdown', 'cracking', { subtype: 'crackdown' });
    expect(habitualActive(sentence('police are cracking people').keys, match(cracking, 2), cues())).toBe(false);
  });

  test('the home of the persons after "from": a person noun, or the age after one', () => {
    const personNouns = cues().personNouns;
    expect(fromPersons(sentence('a trader from Chongjin').keys, 2, personNouns)).toBe(true);
    expect(fromPersons(sentence('a woman in her 50s from Musan').keys, 5, personNouns)).toBe(true);
    expect(fromPersons(sentence('phones smuggled from China').keys, 2, personNouns)).toBe(false);
  });
});

describe('penalty status and the article', () => {
  const event = (start: number, more: Partial<Event> = {}) => ({ start, polarity: 'positive', genericity: 'specific', modality: 'asserted', ...more }) as Event;

  test('the status of a penalty from its event', () => {
    expect(penaltyStatus(event(0), false)).toBe('imposed');
    expect(penaltyStatus(event(0), true)).toBe('requested');
    expect(penaltyStatus(event(0, { modality: 'other' }), false)).toBe('possible');
    expect(penaltyStatus(event(0, { genericity: 'generic' }), true)).toBe('generic');
    expect(penaltyStatus(event(0, { polarity: 'negative', genericity: 'generic' }), false)).toBeNull();
  });

  test('the nearest event to an offset, the earlier on a tie', () => {
    const events = [event(10), event(30), event(30), event(50)];
    const starts = events.map((v) => v.start);
    expect(nearestEvent(events, starts, 0)).toBe(events[0]);
    expect(nearestEvent(events, starts, 20)).toBe(events[0]);
    expect(nearestEvent(events, starts, 21)).toBe(events[1]);
    expect(nearestEvent(events, starts, 45)).toBe(events[3]);
    expect(nearestEvent(events, starts, 40)).toBe(events[1]);
  });

  test('the dominant offence: more than half the mentions, and four at the least', () => {
    const crime = (offence: string) => ({ type: 'CRIME', norm: { offence } }) as Entity;
    const smuggling = [crime('smuggling'), crime('smuggling'), crime('smuggling'), crime('smuggling')];
    expect(dominantOffence([...smuggling, crime('murder'), crime('fraud')])).toBe(smuggling[0]);
    expect(dominantOffence([...smuggling.slice(1), crime('murder')])).toBeUndefined();
    expect(dominantOffence([...smuggling, crime('murder'), crime('fraud'), crime('theft'), crime('theft')])).toBeUndefined();
  });

  test('a sentence that repeats the title, whatever its spacing and case', () => {
    const doc: WorkingDoc = { ...newWorkingDoc({ id: 't', source: 't', text: 'Five Arrested  in Hyesan\nFive men were arrested in Hyesan.' }), title: 'Five arrested in Hyesan' };
    doc.sentences = [{ start: 0, end: 24 }, { start: 25, end: 58 }];
    const isHeadline = headlineTest(doc);
    expect([isHeadline(0), isHeadline(1)]).toEqual([true, false]);
    expect(headlineTest({ ...doc, title: 'five  ARRESTED in hyesan' })(0)).toBe(true);
    expect(headlineTest({ ...doc, title: 'Five arrested in Hyesan City' })(0)).toBe(false);
    expect(headlineTest({ ...doc, title: null })(0)).toBe(false);
  });
});
