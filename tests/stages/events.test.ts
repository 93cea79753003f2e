import { describe, expect, test } from 'vitest';
import type { Event } from '../../src/types.js';
import { compileRules } from '../../src/rules/compile.js';
import { formatProblem, RulesInvalidError } from '../../src/rules/load.js';
import { extract, rulesDir } from '../helpers.js';

/** The events of a text, with every trigger checked against the text (offsets are sacred). */
function eventsOf(text: string, meta: Parameters<typeof extract>[1] = {}): Event[] {
  const doc = extract(text, meta);
  for (const v of doc.events) expect(doc.text.slice(v.start, v.end)).toBe(v.trigger);
  return doc.events;
}

const only = (text: string, meta: Parameters<typeof extract>[1] = {}): Event => {
  const events = eventsOf(text, meta);
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe('one event per trigger, of the trigger\'s subtype', () => {
  test.each([
    ['Police arrested a trader in Hyesan last week.', 'arrest-jail', 'arrested'],
    ['The woman was detained by border guards.', 'arrest-jail', 'detained'],
    ['The court sentenced him to ten years of reform through labor.', 'sentence', 'sentenced'],
    ['Two men were executed by firing squad.', 'execute', 'executed'],
    ['Residents were made to watch the execution of a smuggler.', 'execute', 'the execution of'],
    ['A public trial was held in the stadium.', 'trial-hearing', 'public trial'],
    ['She was forcibly repatriated from China in May.', 'extradite', 'forcibly repatriated'],
    ['Customs officers seized 5 kilograms of methamphetamine.', 'seizure', 'seized'],
    ['The manager was fined for selling rice.', 'fine', 'fined'],
    ['A fine of 300,000 won is levied on anyone caught with a radio.', 'fine', 'A fine of'],
    ['The former minister was placed under house arrest in Pyongyang.', 'arrest-jail', 'house arrest'],
    ['Authorities launched a crackdown on smuggling.', 'crackdown', 'crackdown'],
    ['The prisoner was released after two years.', 'release-parole', 'released'],
    ['He was convicted of espionage.', 'convict', 'convicted'],
    ['Prosecutors sought the death penalty for the broker.', 'sentence', 'sought the death penalty'],
    ['Escapees are interned at a camp near Onsong.', 'arrest-jail', 'interned'],
    ['The slightest mistake has led to detentions.', 'arrest-jail', 'detentions'],
    ['Police made spot searches of several brokers.', 'crackdown', 'spot searches'],
    ['Guards shot two smugglers to death at the river.', 'execute', 'shot two smugglers to death'],
    ['Police have made 12 drug busts in Yanji.', 'seizure', 'drug busts'],
  ])('%s', (text, subtype, trigger) => {
    expect(only(text)).toMatchObject({ subtype, trigger });
  });

  test.each([
    'The film is a tale of arrested development.',
    'He tried to defect twice.',
    'The market reopened after the rain.',
    'Executive officers met in Pyongyang.',
    'Search engines returned few results.',
    'A bronze bust of the founder stood in the square.',
    'The troops were shot at, and two of the dogs froze to death.',
  ])('no event: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('arguments from the entities of the sentence, by role', () => {
  test('agent, crime, sentence, place and time of a sentencing', () => {
    const v = only('In March 2021 the Central Court in Pyongyang sentenced Kim Chol-su to death for drug trafficking.');
    expect(v.arguments.agent?.value).toBe("Supreme Court of the Democratic People's Republic of Korea");
    expect(v.arguments.crime).toMatchObject({ value: 'drug-dealing', fromContext: false });
    expect(v.arguments.sentence?.value).toBe('death penalty');
    expect(v.arguments.place?.value).toBe('Pyongyang');
    expect(v.arguments.time).toMatchObject({ value: '2021-03', fromContext: false });
    expect(v.arguments.persons.map((p) => p.value)).toEqual(['Kim Chol Su']);
  });

  test('drug and quantity of a seizure', () => {
    const v = only('Guards seized 3 kilograms of methamphetamine.');
    expect(v.arguments.drug?.value).toBe('methamphetamine');
    expect(v.arguments.quantity?.value).toBe('3000 g');
  });

  test.each([
    ['Police arrested three women at the market.', { min: 3, max: 3 }],
    ['Police arrested 12 young soldiers at the market.', { min: 12, max: 12 }],
    ['Police arrested dozens of residents at the market.', { min: 24, max: null }],
    ['Police arrested the owner of three shops.', null],
  ])('count: %s', (text, count) => {
    expect(only(text).count).toEqual(count);
  });

  test('no time from the publication date and no place from the title: a role the text does not give stays null', () => {
    const meta = { title: 'Crackdown in Hoeryong', published: '2022-06-01' };
    const [inTitle, inBody] = eventsOf('Crackdown in Hoeryong\n\nThe police arrested a trader.', meta);
    expect(inTitle!.arguments.place).toMatchObject({ value: 'Hoeryong', fromContext: false });
    expect(inBody!.arguments.place).toBeNull();
    expect(inBody!.arguments.time).toBeNull();
    const dated = eventsOf('Crackdown in Hoeryong\n\nThe police arrested a trader in Hyesan in 2019.', meta)[1]!;
    expect(dated.arguments.place).toMatchObject({ value: 'Hyesan', fromContext: false });
    expect(dated.arguments.time).toMatchObject({ value: '2019', fromContext: false });
  });
});

describe('modality, polarity, genericity, tense', () => {
  test.each([
    ['He could face execution for the crime.', 'other', 'positive', 'specific'],
    ['He was executed for the crime.', 'asserted', 'positive', 'specific'],
    ['Smugglers will be arrested, the notice said.', 'other', 'positive', 'specific'],
    ['The police did not arrest the driver.', 'asserted', 'negative', 'specific'],
    ['He was never arrested.', 'asserted', 'negative', 'specific'],
    // a negation of another clause does not deny the event; one of its own clause does
    ['The trader, who was not named, was arrested in May.', 'asserted', 'positive', 'specific'],
    ['The trader, who was named, was not arrested in May.', 'asserted', 'negative', 'specific'],
    // a negation denies the trigger or its auxiliary, two words between at most; a verb between is the one denied
    ['The broker has not yet been arrested.', 'asserted', 'negative', 'specific'],
    ['The miner did not go to the March execution.', 'asserted', 'positive', 'specific'],
    ['Those caught with phones are sent to labor camps.', 'asserted', 'positive', 'generic'],
    ['Smuggling is punishable by execution under the law.', 'asserted', 'positive', 'generic'],
    // a modal before an adverb of habit states a habit
    ['Officials will typically order executions before the harvest.', 'asserted', 'positive', 'generic'],
    ['Officials will order executions before the harvest.', 'other', 'positive', 'specific'],
    // wishes, demands and obligations are not asserted (adjudication 3)
    ['Guards are obliged to arrest any trader without a permit.', 'other', 'positive', 'specific'],
    ['The families hope the soldiers are released before winter.', 'other', 'positive', 'specific'],
    ['Seoul demanded that the fishermen be freed at once.', 'other', 'positive', 'specific'],
    ['Such brokers must be arrested, the notice said.', 'other', 'positive', 'specific'],
    ['The families hoped for news, and the soldiers were released in May.', 'asserted', 'positive', 'specific'],
  ])('%s', (text, modality, polarity, genericity) => {
    expect(eventsOf(text)[0]).toMatchObject({ modality, polarity, genericity });
  });

  test.each([
    ['The farmer was sentenced without a public trial.', 'trial-hearing', 'negative'],
    ['This is not the first search or crackdown in Onsong.', 'crackdown', 'positive'],
  ])('polarity of the %s', (text, subtype, polarity) => {
    expect(eventsOf(text).find((v) => v.subtype === subtype)).toMatchObject({ polarity });
  });

  test.each([
    ['Police arrested him in May.', 'past'],
    ['The police will arrest anyone who sells phones.', 'future'],
    ['Executions happen in the square.', 'unspecified'],
  ])('tense: %s', (text, tense) => {
    expect(eventsOf(text)[0]!.tense).toBe(tense);
  });
});

describe('a penalty takes its status from its event', () => {
  const statusOf = (text: string) => extract(text).entities.flatMap((e) => (e.type === 'PENALTY' ? [e.norm.status] : []));

  test.each([
    ['The court sentenced him to death.', ['imposed']],
    ['Prosecutors sought the death penalty for the broker.', ['requested']],
    ['A man caught with a Chinese phone could face execution.', ['possible']],
    ['Drug dealing is punishable by the death penalty.', ['generic']],
    ['The death penalty is rare in the province.', [null]],
  ])('%s', (text, statuses) => {
    expect(statusOf(text)).toEqual(statuses);
  });
});

describe('event rules are validated on load', () => {
  const problems = (yaml: string): string[] => {
    try {
      compileRules(rulesDir({ 'events.yaml': yaml }));
    } catch (e) {
      if (e instanceof RulesInvalidError) return e.problems.map(formatProblem);
      throw e;
    }
    return [];
  };

  test.each([
    ['an unknown subtype', 'kind: events\nentries:\n  - id: kidnap\n    subtype: kidnap\n    triggers: [kidnapped]\n', /events\.yaml:3: entry kidnap: field subtype: /],
    ['an unknown field', 'kind: events\nentries:\n  - id: arrest\n    subtype: arrest-jail\n    triggers: [arrested]\n    lemma: arrest\n', /entry arrest: field lemma: unknown field/],
    ['no trigger', 'kind: events\nentries:\n  - id: arrest\n    subtype: arrest-jail\n    triggers: []\n', /entry arrest: field triggers: /],
    ['a trigger split by punctuation', 'kind: events\nentries:\n  - id: arrest\n    subtype: arrest-jail\n    triggers: ["arrested, then"]\n', /entry arrest: field triggers\[0\]: .*split by punctuation/],
    ['a trigger of two entries', 'kind: events\nentries:\n  - id: arrest\n    subtype: arrest-jail\n    triggers: [detained]\n  - id: jail\n    subtype: arrest-jail\n    triggers: [Detained]\n', /entry jail: field triggers\[0\]: "Detained" is already a trigger of arrest/],
    ['a gap at the end of a trigger', 'kind: events\nentries:\n  - id: convict\n    subtype: convict\n    triggers: ["found ..."]\n', /entry convict: field triggers\[0\]: .*gap/],
    ['two gaps in a trigger', 'kind: events\nentries:\n  - id: convict\n    subtype: convict\n    triggers: ["found ... to be ... guilty"]\n', /entry convict: field triggers\[0\]: .*gap/],
    ['a gapped trigger of two entries', 'kind: events\nentries:\n  - id: convict\n    subtype: convict\n    triggers: [found ... guilty]\n  - id: verdict\n    subtype: convict\n    triggers: [Found ... Guilty]\n', /entry verdict: field triggers\[0\]: "Found ... Guilty" is already a trigger of convict/],
    ['persons_only not a boolean', 'kind: events\nentries:\n  - id: release\n    subtype: release-parole\n    triggers: [released]\n    persons_only: yes please\n', /entry release: field persons_only: /],
    ['undated not a boolean', 'kind: events\nentries:\n  - id: charge-noun\n    subtype: charge-indict\n    triggers: [on charges of]\n    undated: sometimes\n', /entry charge-noun: field undated: /],
    ['an unknown penalty kind', 'kind: events\nentries:\n  - id: arrest\n    subtype: arrest-jail\n    triggers: [arrested]\n    penalty_kinds: [jail]\n', /entry arrest: field penalty_kinds\[0\]: .*death_penalty/],
  ])('%s', (_name, yaml, expected) => {
    expect(problems(yaml).join('\n')).toMatch(expected);
  });

  test('a valid file loads', () => {
    expect(problems('kind: events\nentries:\n  - id: arrest\n    subtype: arrest-jail\n    triggers: [arrested, taken into custody]\n')).toEqual([]);
    expect(problems('kind: events\nentries:\n  - id: convict\n    subtype: convict\n    triggers: [found guilty, found ... guilty]\n')).toEqual([]);
    expect(problems('kind: events\nentries:\n  - id: charge-noun\n    subtype: charge-indict\n    triggers: [on charges of]\n    undated: true\n')).toEqual([]);
  });
});

describe('a trigger inside a name is no trigger', () => {
  test.each([
    ['Amnesty International published a report on Tuesday.', []],
    ['The Anti-Execution Law Society met in Seoul.', []],
  ])('%s', (text, subtypes) => {
    expect(eventsOf(text).map((v) => v.subtype)).toEqual(subtypes);
  });

  test('the same word outside a name is one', () => {
    expect(eventsOf('The leader declared an amnesty for prisoners.').map((v) => v.subtype)).toEqual(['pardon']);
  });
});

describe('trigger words of the guideline', () => {
  test.each([
    ['The smuggler was sent to a labor training camp for six months.', 'sentence'],
    ['The teacher was banished to a remote village.', 'sentence'],
    ['The broker was captured near the river.', 'arrest-jail'],
    ['Police put seven of them behind bars.', 'arrest-jail'],
    ['The cadre was accused by his neighbors.', 'charge-indict'],
    ['The regime declared a war on drugs.', 'crackdown'],
    ['Border patrols were doubled in the county.', 'crackdown'],
  ])('%s', (text, subtype) => {
    expect(eventsOf(text).map((v) => v.subtype)).toContain(subtype);
  });

  test.each([
    'The letter was sent to a friend in Seoul.',
    'The parcel was sent to the market.',
  ])('no event: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('a place or date of the source is not the event\'s', () => {
  const placeTime = (text: string) => {
    const v = eventsOf(text, { published: '2021-06-01' })[0]!;
    return [v.arguments.place?.value ?? null, v.arguments.time?.value ?? null];
  };

  test.each([
    ['A source in Musan told reporters on Monday that police arrested a trader.', [null, null]],
    ['Police arrested a trader, a source in Musan said on Monday.', [null, null]],
    ['According to a source in Musan, police arrested a trader.', [null, null]],
    ['Press reports in Musan indicated that police arrested a trader.', [null, null]],
    ['HOERYONG, North Korea — Police arrested a trader.', [null, null]],
    ['In a lecture in Musan, officials warned that traders would be arrested.', [null, null]],
    ['Police arrested a trader last week, a source in Musan told Daily NK on Monday.', [null, null]],
  ])('%s', (text, expected) => {
    expect(placeTime(text)).toEqual(expected);
  });

  test.each([
    ['Police arrested a trader in Musan on Monday, a source said.', ['Musan', '2021-05-31']],
    ['A source said police arrested a trader in Musan.', ['Musan', null]],
    ['Police in Hoeryong, North Korea arrested a trader.', ['Hoeryong', null]],
    ['The source said, \u201cIn Musan on Monday, police arrested a trader.\u201d', ['Musan', '2021-05-31']],
    ['Police arrested a trader in Musan after officials warned him.', ['Musan', null]],
    ['Recently, to clamp down on smugglers, China handed out new rules to its border police instructing them to treat couriers as criminals, a source in Musan told the paper.', ['China', null]],
  ])('must keep: %s', (text, expected) => {
    expect(placeTime(text)).toEqual(expected);
  });
});

describe('a light verb with a penalty as its object is a sentence', () => {
  test.each([
    ['His wife received five years of reform through labor.', 'received', 'asserted'],
    ['The driver was given six months of labor training.', 'given', 'asserted'],
    ['The manager was dismissed from his post.', 'dismissed', 'asserted'],
    ['Smugglers now face ten years of reform through labor.', 'face', 'other'],
  ])('%s', (text, trigger, modality) => {
    const sentences = eventsOf(text).filter((v) => v.subtype === 'sentence');
    expect(sentences.map((v) => [v.trigger, v.modality])).toEqual([[trigger, modality]]);
  });

  test.each([
    'His wife received a letter from Seoul.',
    'The driver got a new truck.',
    'The meeting was dismissed early.',
    'Traders face rising prices in the market.',
    'Residents were given a warning at the neighbourhood meeting.',
  ])('must not match: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'sentence')).toEqual([]);
  });
});

describe('a shooting at the border or in flight is no execution (adjudication 3)', () => {
  test.each([
    'A porter was shot dead while attempting to escape across the river.',
    'Border guards shot to death a fisherman crossing the Yalu in June.',
  ])('%s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'execute')).toEqual([]);
  });

  test.each([
    'The three who had been crossing the border were shot behind closed doors as punishment.',
    'Two brokers were executed for attempting to flee to China.',
    'Guards shot two smugglers to death at the river.',
  ])('must keep: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'execute')).toHaveLength(1);
  });
});

describe('two places of the same rank give the event no place, only one holding both (adjudication 3)', () => {
  const place = (text: string) => eventsOf(text)[0]!.arguments.place?.value ?? null;
  test.each([
    ['Police arrested two brokers in Hyesan and Hoeryong last week.', null],
    ['Police arrested two brokers in Sinuiju, Kanggye and Hyesan.', null],
    ['Police arrested two brokers in Hyesan and Hoeryong in North Korea.', 'North Korea'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  test.each([
    ['Police arrested two brokers in Hyesan, Ryanggang Province.', 'Hyesan'],
    ['Guards caught the women in Hyesan and sent them to Pyongyang.', 'Hyesan'],
  ])('must keep: %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
});

describe('a penalty prosecutors sought is a sentence event, modality other (adjudication 3)', () => {
  test.each([
    ['The prosecutor sought ten years of reform through labor for the courier.', 'ten years of reform through labor'],
    ['Prosecutors requested the death penalty for the two brokers.', 'death penalty'],
  ])('%s', (text, trigger) => {
    const v = eventsOf(text).filter((e) => e.subtype === 'sentence');
    expect(v.map((e) => [e.trigger, e.modality])).toEqual([[trigger, 'other']]);
  });

  test.each([
    'The prosecutor sought a meeting with the family in April.',
    'The lawyer requested a copy of the verdict.',
  ])('must not match: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'sentence')).toEqual([]);
  });
});

describe('the noun "fine" is a fine event only as money owed', () => {
  test.each([
    'It is fine for children to play near the river.',
    'The fine print of the new rule worried traders.',
  ])('must not match: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'fine')).toEqual([]);
  });
});

describe('a dismissal from a post is a sentence with a dismissal penalty (adjudication 3)', () => {
  const dismissals = (text: string) => eventsOf(text).filter((v) => v.subtype === 'sentence').map((v) => v.trigger);
  test.each([
    ['Pyongyang has dismissed its minister of public health, officials said.', 'dismissed'],
    ['The former railway chief Ri Chol-man was fired in March for taking bribes.', 'fired'],
    ['The provincial party secretary was purged from his position last year.', 'purged'],
    ['The deputy director was demoted to a clerk for negligence.', 'demoted'],
  ])('%s', (text, trigger) => {
    expect(dismissals(text)).toEqual([trigger]);
  });

  test.each([
    'The guards fired at the officials who ran toward the river.',
    'To stop the boat, the chief of the unit fired warning shots.',
    'The minister dismissed reports of a famine as lies.',
    'Officials dismissed claims that the chief had fled.',
    'The purge of old stock left the market half empty.',
    'After the purge of Minister Pak Sun-hui, three officials were questioned.',
  ])('must not match: %s', (text) => {
    expect(dismissals(text)).toEqual([]);
  });
});

describe('a generic event has no place or time of its own', () => {
  test('generic: neither', () => {
    const v = eventsOf('In Musan, those caught with phones are sent to labor camps since 2019.')[0]!;
    expect(v.genericity).toBe('generic');
    expect([v.arguments.place, v.arguments.time]).toEqual([null, null]);
  });

  test.each([
    'Smugglers caught in Hyesan are normally imprisoned for five years.',
    'Public executions have been carried out in Hyesan for many years.',
    'Public executions in Hyesan have been increasing this year.',
    'Arrests of smugglers are frequent in Musan.',
  ])('generic by a habitual cue: %s', (text) => {
    const v = eventsOf(text)[0]!;
    expect([v.genericity, v.arguments.place]).toEqual(['generic', null]);
  });

  test('must keep: a specific event of the same words', () => {
    const v = eventsOf('In Musan, a trader with a phone was arrested in 2019.')[0]!;
    expect(v.genericity).toBe('specific');
    expect([v.arguments.place?.value, v.arguments.time?.value]).toEqual(['Musan', '2019']);
  });
});

describe('a habitual present passive with a bare plural subject is generic', () => {
  test.each([
    ['Defectors are interned at a camp near Onsong.', 'interned', 'Onsong'],
    ['Smugglers are being arrested in Hyesan.', 'arrested', 'Hyesan'],
    ['Inside the country, where young traders are detained for selling phones.', 'detained', null],
    ['Public executions have been held in Chongjin.', 'Public executions', 'Chongjin'],
    ['Inspections are conducted at the market.', 'Inspections', null],
  ])('%s', (text, trigger, place) => {
    const v = eventsOf(text).find((e) => e.trigger === trigger)!;
    expect(v.genericity).toBe('generic');
    // the place of its own sentence bounds the generalization (docs/annotation.md); it takes no time
    expect([v.arguments.place?.value ?? null, v.arguments.time]).toEqual([place, null]);
  });

  test.each([
    ['The defectors are detained in Onsong.', 'detained'],
    ['Three smugglers are being arrested in Hyesan.', 'arrested'],
    ['Smugglers were arrested in Hyesan.', 'arrested'],
    ['Smugglers have been arrested in Hyesan.', 'arrested'],
    ['The public executions have been held in Chongjin.', 'public executions'],
    ['Defectors are detained in Onsong on May 3, 2019.', 'detained'],
    ['The execution was carried out in Chongjin.', 'execution'],
  ])('must not match: %s', (text, trigger) => {
    expect(eventsOf(text).find((e) => e.trigger === trigger)?.genericity).toBe('specific');
  });
});

describe('a generic cue after an article modifies an adjective, not the event', () => {
  test('specific: "a typically terse statement"', () => {
    expect(eventsOf('In a typically terse statement, the agency said the two traders were sentenced to ten years.')[0]!.genericity).toBe('specific');
  });

  test('must keep: the cue of the clause', () => {
    expect(eventsOf('In a statement, the agency said smugglers were typically sentenced to ten years.')[0]!.genericity).toBe('generic');
  });
});

describe('trigger families of the reporting', () => {
  test.each([
    ['The regime executes 30 people a year for smuggling.', 'execute', 'executes'],
    ['Five men were shot with a machine gun at the stadium.', 'execute', 'were shot with'],
    ['The broker was shot behind closed doors in May.', 'execute', 'was shot behind'],
    ['The report describes summary executions at the camp.', 'execute', 'summary executions'],
    ['Officials vowed to stamp out the trade.', 'crackdown', 'stamp out'],
    ['The police were stepping up surveillance of the markets.', 'crackdown', 'stepping up surveillance'],
    ['Pyongyang steps up its border surveillance again.', 'crackdown', 'steps up its border surveillance'],
    ['The ministry is tightening restrictions on mobile phones.', 'crackdown', 'tightening restrictions'],
    ['The authorities toughened up checks of the trade.', 'crackdown', 'toughened up checks'],
    ['The teacher was arrested on charges of spying.', 'charge-indict', 'on charges of'],
    ['The guards confiscate phones at the gate.', 'seizure', 'confiscate'],
    ['The court rejected the appeal of the defendant.', 'appeal', 'appeal'],
    ['The workers were freeing the detainees.', 'release-parole', 'freeing'],
    ['Pyongyang is clamping down on foreign films.', 'crackdown', 'clamping down'],
    ['The police said they would get tough on drug users.', 'crackdown', 'get tough on'],
    ['Guards have been seizing phones at the market.', 'seizure', 'seizing'],
    ['The twelve escapees face deportation.', 'extradite', 'deportation'],
    ['The two cadres were severely punished.', 'sentence', 'punished'],
    ['Brokers keep getting busted in Musan.', 'arrest-jail', 'busted'],
    ['Inspection teams searched the market in Hyesan.', 'crackdown', 'Inspection'],
  ])('%s', (text, subtype, trigger) => {
    expect(eventsOf(text).find((v) => v.subtype === subtype)).toMatchObject({ subtype, trigger });
  });

  test.each([
    'The brigade stepped up production of coal.',
    'The mechanic tightened the bolts of the truck.',
    'The cadres were told to execute the plan quickly.',
    'The film was shot in Dandong last year.',
    'The official in charge of the district met them.',
    'She made an appeal to the international community.',
    'Guards are charged with cracking down on decadent clothing.',
    'The rope clamped the crate down firmly.',
    'The United Nations punished it for the tests.',
    'The report punished the ministry for its silence.',
    'He ended up seizing control of the trading network.',
    'The general seized power in a coup.',
    'The director of the inspection division met the minister.',
  ])('must not match: %s', (text) => {
    const kinds: Event['subtype'][] = ['execute', 'crackdown', 'charge-indict', 'appeal', 'sentence', 'seizure'];
    expect(eventsOf(text).filter((v) => kinds.includes(v.subtype) && v.rule !== 'crackdown')).toEqual([]);
  });

  test.each([
    ['The prisoner last saw the woman being seized by camp guards.', 'arrest-jail'],
    ['Border guards seized two defectors near Musan.', 'arrest-jail'],
    ['Agents seized him at the station.', 'arrest-jail'],
    ['Agents seized her in the market.', 'arrest-jail'],
    // must stay seizures: a thing seized; a pronoun of another clause; a possessive "her"
    ['Inspectors seized her bicycle.', 'seizure'],
    ['Police seized two kilograms of meth in Hyesan.', 'seizure'],
    ['\u201cTheir house was confiscated,\u201d he said.', 'seizure'],
  ])('a person seized is arrested: %s', (text, subtype) => {
    expect(eventsOf(text).map((v) => v.subtype)).toEqual([subtype]);
  });

  test('"charged with cracking down": the crackdown, not a charge', () => {
    expect(eventsOf('Guards are charged with cracking down on decadent clothing.').map((v) => v.subtype)).toEqual(['crackdown']);
  });
});

describe('a law that sets a penalty is a sentence', () => {
  test.each([
    ['The law prescribes the death penalty for treason.', 'prescribes'],
    ['The act imposes the death penalty for spreading foreign films.', 'imposes'],
    ['The law calls for a sentence of 10 years of hard labor.', 'calls for'],
    ['The act punishes offenders, calling for five to 10 years of forced labor.', 'calling for'],
    ['The new code carries the death penalty for selling state medicine.', 'carries'],
  ])('%s', (text, trigger) => {
    expect(eventsOf(text).find((v) => v.trigger === trigger)).toMatchObject({ subtype: 'sentence' });
  });

  test('must not match: the verb without a penalty', () => {
    expect(eventsOf('The truck carries rice to Hyesan and the law imposes new taxes.')).toEqual([]);
  });

  test('must not match: "carrying out" performs the penalty, no law sets it', () => {
    expect(eventsOf('The policy of carrying out public executions keeps the villagers afraid.').map((v) => v.subtype)).toEqual(['execute']);
  });
});

describe('modality of coordinated verbs', () => {
  test('a modal reaches the verb coordinated after it', () => {
    const v = eventsOf('Those who flee could be beaten on the spot or publicly executed by the guards.');
    expect(v.find((e) => e.subtype === 'execute')?.modality).toBe('other');
  });

  test('a sentence that opens on a condition asserts none of its events', () => {
    expect(only('If you flee to China, you\u2019ll be caught immediately.').modality).toBe('other');
    expect(only('Unless they pay, the guards arrest the traders.').modality).toBe('other');
  });

  test('must keep: a condition after the event does not make it other', () => {
    expect(only('The guards arrested the traders, even if they paid.').modality).toBe('asserted');
  });

  test('an obligation is no event yet', () => {
    expect(only('China says it has an obligation to repatriate them.').modality).toBe('other');
  });

  test('must keep: a modal of another clause and a noun after a preposition stay asserted', () => {
    expect(only('He said they will be warned ahead of the crackdown.').modality).toBe('asserted');
    expect(only('If it rains, the market closes; the police arrested the trader.').modality).toBe('asserted');
  });
});

describe('the crime of an event', () => {
  const article = [
    'Smugglers in Hyesan were caught last month.',
    'The smuggling ring had operated for years, and smuggling of copper grew.',
    'One smuggler bribed a guard.',
    'Another smuggler fled.',
    'The leader was executed in May.',
  ].join(' ');

  test('an event whose sentence names no offence takes the article\'s dominant offence, marked fromContext', () => {
    const arrest = eventsOf(article).find((v) => v.trigger === 'executed')!;
    expect(arrest.arguments.crime).toMatchObject({ value: 'smuggling', fromContext: true });
  });

  test('the offence of the sentence wins over the dominant one', () => {
    const sentenced = eventsOf(`${article} A teacher was sentenced for spying.`).find((v) => v.trigger === 'sentenced')!;
    expect(sentenced.arguments.crime).toMatchObject({ value: 'espionage', fromContext: false });
  });

  test('must not match: no offence dominates when the mentions are split, or too few', () => {
    const split = 'Smugglers were caught. Bribery grew. Smuggling grew. Bribes were paid. Smuggling and bribery spread. The leader was executed.';
    expect(eventsOf(split).find((v) => v.trigger === 'executed')!.arguments.crime).toBeNull();
    const few = 'Smugglers were caught. Smuggling grew. Smuggling spread. The leader was executed.';
    expect(eventsOf(few).find((v) => v.trigger === 'executed')!.arguments.crime).toBeNull();
  });

  test.each([
    ['Police arrested people watching foreign videos.', 'foreign-media'],
    ['The law bans outside culture.', 'foreign-media'],
    ['He was arrested for communicating with the outside world.', 'illegal-phone-use'],
    ['The officials sought to stamp out remittance flows.', 'remittance-brokering'],
  ])('offence words of the reporting: %s', (text, offence) => {
    expect(extract(text).entities.filter((e) => e.type === 'CRIME').map((e) => e.norm.offence)).toContain(offence);
  });
});

describe('smuggling a drug is the drug trade', () => {
  test('smugglers caught with a drug: drug dealing', () => {
    expect(only('Border guards arrested smugglers carrying 2 kilograms of methamphetamine.').arguments.crime?.value).toBe('drug-dealing');
  });

  test('must keep: smugglers of goods stay smuggling', () => {
    expect(only('Border guards arrested smugglers carrying copper.').arguments.crime?.value).toBe('smuggling');
  });
});

describe('a trial, a charge or a crackdown imposes no penalty', () => {
  test('the penalty of the sentence is not the trial\'s', () => {
    const [trial] = eventsOf('Anyone caught will be tried under Article 208, which allows the death penalty.').filter((v) => v.subtype === 'trial-hearing');
    expect(trial!.arguments.sentence).toBeNull();
  });

  test('must keep: a sentencing takes its penalty', () => {
    expect(only('The court sentenced the broker to 10 years of reform through labor.').arguments.sentence?.value).toBe('reform through labor');
  });
});

describe('a subject pronoun before the trigger stands for the person last named (event-subject-pronouns)', () => {
  const persons = (text: string) => eventsOf(text).map((v) => v.arguments.persons.map((p) => [p.value, p.fromContext]));

  test('the person of an earlier sentence, marked fromContext', () => {
    expect(persons('Police questioned Kim Yong-hui for a week. She was released after ten days.')).toEqual([[['Kim Yong Hui', true]]]);
  });

  test.each([
    'Kim Yong-hui was questioned for a week. Her family was exiled to a village.',
    'Kim Yong-hui owns a trucking firm. Three drivers who worked for him were arrested.',
    'Kim Yong-hui owns a trucking firm. It grew. It shrank. It closed. He was arrested.',
  ])('must not: %s', (text) => {
    expect(persons(text)).toEqual([[]]);
  });

  test('must not: a person of the sentence itself wins', () => {
    expect(persons('Kim Yong-hui owns a trucking firm. He was arrested with Pak Chol-su.')).toEqual([[['Pak Chol Su', false]]]);
  });
});

describe('an execution takes the article\'s death penalty when its sentence names none', () => {
  test('the death penalty of another sentence, marked fromContext', () => {
    const [v] = eventsOf('The death penalty is often used for drug trafficking. Guards were seen executing two traffickers in Hoeryong.');
    expect([v!.subtype, v!.arguments.sentence?.value, v!.arguments.sentence?.fromContext]).toEqual(['execute', 'death penalty', true]);
  });

  test('none where the article names no death penalty', () => {
    expect(only('Guards were seen executing two traffickers in Hoeryong.').arguments.sentence).toBeNull();
  });

  test('must not: another event takes no death penalty from the article', () => {
    const v = eventsOf('The death penalty is often used for drug trafficking. Guards arrested two traffickers in Hoeryong.').find((e) => e.subtype === 'arrest-jail')!;
    expect(v.arguments.sentence).toBeNull();
  });
});

describe('an event takes only the penalty kinds of its entry (penalty_kinds)', () => {
  const penalties = (text: string) => eventsOf(text).map((v) => [v.subtype, v.arguments.sentence?.value ?? null]);

  test.each([
    ['Police arrested the courier and sent him to a labor training camp for six months.', [['arrest-jail', null], ['sentence', 'labor training']]],
    ['The trader was arrested and given ten years of reform through labor.', [['arrest-jail', null], ['sentence', 'reform through labor']]],
    ['Guards seized her phone and fined her 500 yuan.', [['seizure', null], ['fine', 'monetary fine']]],
  ])('%s', (text, expected) => {
    expect(penalties(text)).toEqual(expected);
  });

  test.each([
    ['The broker was held in detention for two months and then released.', [['release-parole', 'detention']]],
    ['The police confiscated his house.', [['seizure', 'confiscation']]],
    ['The smuggler was executed by firing squad.', [['execute', 'death penalty']]],
  ])('must keep: %s', (text, expected) => {
    expect(penalties(text)).toEqual(expected);
  });
});

describe('the dominant offence and the kind of event', () => {
  const smuggling = 'Smugglers were caught. Smuggling grew. Smuggling spread. A smuggler fled.';

  test('a generic event takes no dominant offence ("they hold a public trial almost every month")', () => {
    const trial = eventsOf(`${smuggling} They hold a public trial every month.`).find((v) => v.subtype === 'trial-hearing')!;
    expect(trial.genericity).toBe('generic');
    expect(trial.arguments.crime).toBeNull();
  });

  test('a dominant smuggling with a drug of the event\'s sentence is drug dealing', () => {
    const seizure = eventsOf(`${smuggling} Guards confiscated 2 kilograms of methamphetamine in May.`).find((v) => v.subtype === 'seizure')!;
    expect(seizure.arguments.crime).toMatchObject({ value: 'drug-dealing', fromContext: true });
  });
});

describe('a place or date of another fact is not the event\'s', () => {
  const placeTime = (text: string, trigger: string) => {
    const v = eventsOf(text, { published: '2021-06-01' }).find((e) => e.trigger === trigger)!;
    return [v.arguments.place?.value ?? null, v.arguments.time?.value ?? null];
  };

  test.each([
    ['Police arrested two reporters of a Musan-based newspaper.', 'arrested', [null, null]],
    ['A Hyesan-based source said guards arrested a broker.', 'arrested', [null, null]],
    ['Public executions had declined since 2019 but are rising again.', 'Public executions', [null, null]],
    ['A trader was executed under the law adopted in 2020.', 'executed', [null, null]],
    ['North Korea executed a factory manager in Hyesan.', 'executed', ['Hyesan', null]],
    ['Police in Hyesan, Ryanggang Province in northern North Korea led a crackdown.', 'crackdown', ['Hyesan', null]],
    ['Guards staged a crackdown on the border area with China.', 'crackdown', [null, null]],
    ['Defectors escaping across the border to China were arrested.', 'arrested', [null, null]],
    ['The two were detained by soldiers patrolling the border between China and North Korea.', 'detained', [null, null]],
    ['Police in provinces bordering Russia and China began a crackdown.', 'crackdown', [null, null]],
    ['The cousins were sent into internal exile for having relatives who defected to South Korea.', 'sent into internal exile', [null, null]],
    ['The guards began a crackdown on radios made in China.', 'crackdown', [null, null]],
    ['Two men were executed for handling leaflets floated across the border from South Korea.', 'executed', [null, null]],
    ['HYESAN - Police arrested a trader.', 'arrested', [null, null]],
    ['[imTag]Yanji, China \u2014 Police arrested a trader.', 'arrested', [null, null]],
    ['The regime has publicly executed people at least 12 times by 2017.', 'executed', [null, null]],
    ['Police made 12 drug busts since 2015 in Yanji.', 'drug busts', ['Yanji', null]],
    ['Brokers were detained until 2018 in camps.', 'detained', [null, null]],
    ['The couriers were arrested between May 3 and May 6.', 'arrested', [null, null]],
    ['A 2019 report found that prisoners were executed.', 'executed', [null, null]],
    ['Guards tightened border checks after the leader\u2019s death in December.', 'tightened border checks', [null, null]],
    ['After his escape in March, the broker was arrested.', 'arrested', [null, null]],
    ['An officer working at Hyesan Station was sent to a political prison camp.', 'sent to a political prison camp', [null, null]],
    ['Defectors trying to escape to South Korea were detained.', 'detained', [null, null]],
    ['The general was arrested before leaving Pyongyang.', 'arrested', [null, null]],
    ['A porter in the North Korea-China border area was detained.', 'detained', [null, null]],
    ['An official accused of smuggling in the China-North Korea border region was arrested.', 'arrested', [null, null]],
    ['Police internally exiled some 40 families from Chongjin for hiding radios.', 'internally exiled', [null, null]],
    ['The teacher was banished from Hamhung with his wife.', 'banished', [null, null]],
    ['Guards arrested 20 traders of radios produced in South Korea.', 'arrested', [null, null]],
    ['Defectors face harsh punishment and even execution after being repatriated from China.', 'execution', [null, null]],
    ['The general, seen in a March 4, 2016 file photo, was executed.', 'executed', [null, null]],
    ['A 2018 photo shows the officer who was executed.', 'executed', [null, null]],
    ['Kim took power in 2011 and has since overseen executions of officials.', 'executions', [null, null]],
    // an origin after "from" is where someone or something came from (the origin of persons included)
    ['Six pastors were arrested while attempting to travel to South Korea from China.', 'arrested', [null, null]],
  ])('%s', (text, trigger, expected) => {
    expect(placeTime(text, trigger)).toEqual(expected);
  });

  test.each([
    ['Police in Musan arrested two reporters.', 'arrested', ['Musan', null]],
    ['The clerk was banished with his children to a mining village in Chagang Province.', 'banished', ['Chagang Province', null]],
    ['The general was executed on March 4, 2016, a photo shows.', 'executed', [null, '2016-03-04']],
    ['The general was executed in 2011 after a purge.', 'executed', [null, '2011']],
    ['The defector was executed in Hoeryong after being repatriated.', 'executed', ['Hoeryong', null]],
    ['The defectors were detained in China and repatriated.', 'detained', ['China', null]],
    ['The broker was exiled to Kilju from Pyongyang.', 'exiled', ['Kilju', null]],
    ['Police arrested a trader from Chongjin.', 'arrested', ['Chongjin', null]],
    ['Dozens of people have been arrested since November in Hoeryong.', 'arrested', ['Hoeryong', '2020-11']],
    ['A trader was executed in 2020.', 'executed', [null, '2020']],
    ['Police in Hyesan arrested a broker from China.', 'arrested', ['Hyesan', null]],
    ['Chinese police arrested ten smugglers in China near the border.', 'arrested', ['China', null]],
    ['The border guards arrested a courier from China.', 'arrested', ['China', null]],
    ['Police in Hoeryong and Musan began a crackdown.', 'crackdown', ['Musan', null]],
    ['Hyesan police arrested a trader - then released him.', 'arrested', ['Hyesan', null]],
    ['Yanji, China is where police arrested a trader.', 'arrested', ['Yanji', null]],
    ['Police arrested a trader in North Hamgyong Province after he sold meth in Hoeryong.', 'arrested', ['North Hamgyong Province', null]],
    ['Police arrested a trader in Hoeryong, North Hamgyong Province.', 'arrested', ['Hoeryong', null]],
    ['The trader was executed by firing squad on May 3.', 'executed', [null, '2021-05-03']],
    ['Police arrested the broker on May 3 after a chase.', 'arrested', [null, '2021-05-03']],
    ['After the chase, police arrested the broker in March.', 'arrested', [null, '2021-03']],
    ['The guards were convicted after they were arrested in March.', 'arrested', [null, '2021-03']],
    ['The prisoners should be freed from May 8, 2022.', 'freed', [null, '2022-05-08']],
    ['Police in Musan arrested a broker working at the market.', 'arrested', ['Musan', null]],
    ['A porter in the Musan-Hoeryong road area was detained.', 'detained', ['Hoeryong', null]],
  ])('must keep: %s', (text, trigger, expected) => {
    expect(placeTime(text, trigger)).toEqual(expected);
  });
});

describe('a publication released is no one freed (persons_only)', () => {
  const releases = (text: string) => eventsOf(text).filter((v) => v.subtype === 'release-parole').map((v) => v.trigger);

  test.each([
    'Unification Ministry Human Rights Report Released After Delay',
    'The ministry compiled the report and released it on the 30th.',
    'Detainees face abuse, according to a report by Human Rights Watch released on Monday.',
    'The researcher who released the report was questioned.',
  ])('no release: %s', (text) => {
    expect(releases(text)).toEqual([]);
  });

  test.each([
    'The prisoner was released on Monday.',
    'The report said the prisoners were released.',
    'The report said he was released in May.',
  ])('must keep: %s', (text) => {
    expect(releases(text)).toEqual(['released']);
  });

  test('a seizure of documents is still a seizure', () => {
    expect(eventsOf('Customs officers seized the documents.').map((v) => v.subtype)).toEqual(['seizure']);
  });
});

describe('a trigger naming the class of persons a statement is about is no event', () => {
  const subtypes = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.trigger}`);

  test.each([
    ['Officials threatened punishment for those caught calling Seoul.', []],
    ['Anyone caught watching foreign films will be sentenced to five years.', ['sentence sentenced']],
    ['Traders who are caught with phones can face labor training.', []],
    ['Drug users will face a firing squad should they be caught.', ['execute firing squad']],
    ['The amnesty does not cover those who have already been tried.', ['pardon amnesty']],
  ])('%s', (text, expected) => {
    expect(subtypes(text).filter((s) => !s.startsWith('sentence face'))).toEqual(expected);
  });

  test.each([
    ['Border guards caught those smugglers near Musan.', ['arrest-jail caught']],
    ['The traders who were caught in May were sent to a labor camp.', ['arrest-jail caught']],
    ['Two smugglers who have already been arrested in Musan await trial.', ['arrest-jail arrested']],
  ])('must keep: %s', (text, expected) => {
    expect(subtypes(text).filter((s) => s.startsWith('arrest-jail'))).toEqual(expected);
  });
});

describe('a date nearer to another trigger, after or before this one, dates that event', () => {
  const times = (text: string) => Object.fromEntries(eventsOf(text).map((v) => [v.trigger, v.arguments.time?.value ?? null]));

  test('the earlier arrest keeps its month, the conviction none', () => {
    expect(times('The reporters were convicted of a grave crime after they were arrested in March 2009.')).toEqual({ convicted: null, arrested: '2009-03' });
  });

  test('the execution keeps its day, the trial after it none', () => {
    expect(times('Two women were executed Aug. 31, 2024 after a public trial in Chongjin.')).toEqual({ executed: '2024-08-31', 'public trial': null });
  });

  test('must keep: without a word of sequence between them, the two events share it', () => {
    expect(times('Dozens were arrested in November 2020 amid a crackdown on opium.')).toEqual({ arrested: '2020-11', crackdown: '2020-11' });
  });

  test('must keep: a date next to each trigger', () => {
    expect(times('The trader was arrested in March 2009 and executed in May 2009.')).toEqual({ arrested: '2009-03', executed: '2009-05' });
  });
});

describe('the source of a report is neither agent nor participant', () => {
  test.each([
    'Police arrested Kim Chol-su in Musan, according to Daily NK.',
    'According to Pak Yong-ho, police arrested Kim Chol-su.',
    'Police arrested Kim Chol-su, Pak Yong-ho told Daily NK.',
  ])('%s', (text) => {
    const v = eventsOf(text).find((e) => e.subtype === 'arrest-jail')!;
    expect(v.arguments.persons.map((p) => p.value)).toEqual(['Kim Chol Su']);
    expect(v.arguments.agent).toBeNull();
  });

  test.each([
    ['The state media said that Kim Chol-su crossed the river, where he was arrested.', ['Kim Chol Su']],
    ['Pak Yong-ho said that police arrested a trader.', []],
    ['Pak Yong-ho said police arrested a trader in Musan.', []],
  ])('a person right after "said that" is what was said, not the source: %s', (text, persons) => {
    const v = eventsOf(text).find((e) => e.subtype === 'arrest-jail')!;
    expect(v.arguments.persons.map((p) => p.value)).toEqual(persons);
  });

  test.each([
    'Daily NK has learned that a trader was executed in Hyesan.',
    'A trader was executed in Hyesan, Amnesty International reported on a video.',
    'Reuters learned of the arrest of a trader in Hyesan.',
  ])('the press and aid groups report an event, they do not act in it: %s', (text) => {
    expect(eventsOf(text)[0]!.arguments.agent).toBeNull();
  });

  test.each([
    ['North Korean leader Kim Jong-un ordered that Pak Chol-su be executed.', ['Pak Chol Su']],
    ['Guards arrested Pak Chol-su after dictator Kim Jong-il died.', ['Pak Chol Su']],
    ['The gang leader Pak Chol-su was arrested in Musan.', ['Pak Chol Su']],
  ])('a ruler named by his title orders an event, it does not befall him: %s', (text, persons) => {
    expect(eventsOf(text)[0]!.arguments.persons.map((p) => p.value)).toEqual(persons);
  });

  test.each([
    ['Kim Jong-un ordered that Pak Chol-su be executed.', ['Pak Chol Su']],
    ['Dozens of prisoners were released on Kim Il-sung\u2019s birthday.', []],
    ['A guard was arrested for tearing a portrait of Kim Jong-il.', []],
    ['Kim Chol-su was executed in Hyesan.', ['Kim Chol Su']],
  ])('a ruler of event-rulers, named without a title, is none of the persons: %s', (text, persons) => {
    expect(eventsOf(text)[0]!.arguments.persons.map((p) => p.value)).toEqual(persons);
  });

  test('must keep: the agency that acts and the person it acts on', () => {
    const v = only('The Ministry of State Security arrested Kim Chol-su in Musan.');
    expect([v.arguments.agent?.value, v.arguments.persons.map((p) => p.value)]).toEqual(['Ministry of State Security', ['Kim Chol Su']]);
  });
});

describe('a repatriation takes its destination or handover point as its place (place_after)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['Eleven escapees were repatriated to Hoeryong from China.', 'repatriated', 'Hoeryong'],
    ['The guards were extradited from Laos to Vietnam last spring.', 'extradited', 'Vietnam'],
    ['The repatriation took place in Tumen on a Sunday.', 'repatriation', 'Tumen'],
    ['A widow was forcibly repatriated back to North Korea.', 'forcibly repatriated', 'North Korea'],
  ])('%s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });

  test.each([
    ['Two women repatriated from China were executed.', 'repatriated'],
    ['China repatriated 60 escapees this week.', 'repatriated'],
    ['Escapees caught in Dandong were forcibly repatriated.', 'forcibly repatriated'],
    ['Beijing has an obligation to repatriate them under a treaty with Pyongyang.', 'repatriate'],
    ['They were repatriated from China in May, Musan residents said.', 'repatriated'],
    ['Two women repatriated from China for helping their neighbours in escaping across the river to South Korea were shot.', 'repatriated'],
  ])('must not take the origin or the acting state: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test('other subtypes keep the place before the trigger', () => {
    expect(placeOf('Police in Musan arrested two reporters.', 'arrested')).toBe('Musan');
  });
});

describe('a penalty a law provides is asserted, whatever its modal', () => {
  test.each([
    ['Under the Criminal Code, a trader who forges permits can be sentenced to three years of labor training.', 'sentenced'],
    ['Under the new law, hoarding grain can be punished with death.', 'punished with'],
    ['Article 12 states that any person who escapes shall be punished by up to ten years of reform through labor.', 'punished by'],
  ])('%s', (text, trigger) => {
    expect(eventsOf(text).find((e) => e.trigger === trigger)).toMatchObject({ subtype: 'sentence', modality: 'asserted', genericity: 'generic' });
  });

  test.each([
    ['Those arrested could face ten years of reform through labor under the Criminal Code.', 'face'],
    ['The two brokers can be sentenced to three years of labor training next month.', 'sentenced'],
  ])('must stay other: %s', (text, trigger) => {
    expect(eventsOf(text).find((e) => e.trigger === trigger)?.modality).toBe('other');
  });
});

describe('a trial or a charge takes a place linked to it (place_links)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['Two smugglers who had gone across to China were put on trial.', 'put on trial'],
    ['A public trial was held for phones smuggled in from China.', 'public trial'],
    ['The envoy to the summit with Vietnam was charged with espionage.', 'charged with'],
  ])('must not take another verb\'s place: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['In Wonsan, eight people were put on trial.', 'put on trial', 'Wonsan'],
    ['North Korea has charged two officials with espionage.', 'charged', 'North Korea'],
    ['Two women were executed after a public trial in the port city of Chongjin.', 'public trial', 'Chongjin'],
    ['A broker was tried at a stadium in Hyesan.', 'was tried', 'Hyesan'],
    ['A woman from Musan was put on trial.', 'put on trial', 'Musan'],
    ['They went to Hoeryong, where two women were put on trial.', 'put on trial', 'Hoeryong'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });

  test('an execution keeps the nearest place', () => {
    expect(placeOf('Two smugglers who had worked near China were shot to death.', 'shot to death')).toBe('China');
  });
});

describe('a penalty noun after a verb that provides or threatens it is a sentence trigger', () => {
  test.each([
    ['The new decree stipulates strict punishment for unlicensed money transfers.', 'punishment', 'asserted', 'generic'],
    ['The revised clauses codify harsh punishments for phone calls abroad.', 'punishments', 'asserted', 'generic'],
    ['Officials have doubled down on threats of punishment for hoarders.', 'punishment', 'other', 'specific'],
    ['Relatives fear the two brokers would face severe punishments.', 'punishments', 'other', 'specific'],
    ['The guard was detained, the source said, further speculating that the guard faced very serious punishment.', 'punishment', 'other', 'specific'],
    ['The guard was detained, and the guard faced very serious punishment under military law.', 'punishment', 'asserted', 'specific'],
  ])('%s', (text, trigger, modality, genericity) => {
    expect(eventsOf(text).find((e) => e.trigger === trigger)).toMatchObject({ subtype: 'sentence', modality, genericity });
  });

  test.each([
    'The farm received punishment-free inspections last year.',
    'Students read a novel about crime and punishment.',
    'The delegation faced questions about the new rules.',
  ])('must not match: %s', (text) => {
    expect(eventsOf(text).filter((e) => e.subtype === 'sentence')).toEqual([]);
  });
});

describe('a trigger with a gap holds a few words of its clause between its parts', () => {
  test.each([
    ['The committee found 12 of them guilty of bribery.', 'convict', 'found 12 of them guilty'],
    ['The court found the broker guilty.', 'convict', 'found the broker guilty'],
    ['Those who sold films were sent to camps.', 'sentence', 'sent to camps'],
    ['The pair were sent to a remote mountain labor camp.', 'sentence', 'sent to a remote mountain labor camp'],
  ])('%s', (text, subtype, trigger) => {
    expect(eventsOf(text).find((v) => v.subtype === subtype)).toMatchObject({ subtype, trigger });
  });

  test.each([
    // more than four words in the gap
    'The inspectors found the books of the old factory guilty of nothing.',
    // the gap crosses a clause
    'They found the ledger, and the guilty clerk fled.',
    'Food was sent to the families, not to the camps.',
  ])('must not match: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'convict' || v.rule === 'sentence')).toEqual([]);
  });
});

describe('"lead to" a penalty is a sentence', () => {
  test('a penalty after "lead to"', () => {
    expect(only('Watching a foreign drama can lead to severe consequences like five years in prison.')).toMatchObject({ subtype: 'sentence', modality: 'other' });
  });

  test('a penalty noun after "lead to"', () => {
    expect(only('Using such phones would lead to unconditional punishment.')).toMatchObject({ subtype: 'sentence', trigger: 'punishment', modality: 'other' });
  });

  test('must not match: "led to" no penalty', () => {
    expect(eventsOf('The flood led to a rise in rice prices.')).toEqual([]);
  });
});

describe('"cannot" is a modality cue', () => {
  test.each([
    ['The government cannot repatriate them against their will.', 'other'],
    ['The government repatriated them against their will.', 'asserted'],
  ])('%s', (text, modality) => {
    expect(only(text).modality).toBe(modality);
  });
});

describe('groups listed place by place are one event per place', () => {
  const listed = (text: string) => eventsOf(text).map((v) => [v.arguments.place?.value ?? null, v.count?.min ?? null]);

  test.each([
    ['Eleven defectors were arrested in Yanji, Jilin Province, and six others in Tumen, Jilin Province.', [['Yanji', 11], ['Tumen', 6]]],
    // a group in several places ends the list
    ['Guards detained four smugglers near Hyesan, five in Musan and around 12 in Onsong and Hoeryong.', [['Hyesan', 4], ['Musan', 5]]],
  ])('%s', (text, expected) => {
    expect(listed(text)).toEqual(expected);
  });

  test.each([
    ['Police arrested three brokers in Hyesan, and the market closed in Musan.', [['Hyesan', 3]]],
    ['Police arrested three brokers in Hyesan and Musan.', [['Hyesan', 3]]],
    ['Police arrested three brokers in Hyesan, two of them women.', [['Hyesan', 3]]],
  ])('must not split: %s', (text, expected) => {
    expect(listed(text)).toEqual(expected);
  });
});

describe('an origin after "from" is not the event\'s place, unless it is the home of its persons', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['Investigators sent from Pyongyang punished three officials.', 'punished'],
    ['Five men were arrested for smuggling methamphetamine from Sinuiju into Dandong.', 'arrested'],
    ['The guards caught two soldiers who had received goods from China.', 'caught'],
    ['The whole family was expelled from Pyongyang.', 'expelled'],
  ])('no place: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['Police arrested a trader from Chongjin.', 'arrested', 'Chongjin'],
    ['A woman from Musan was put on trial.', 'put on trial', 'Musan'],
    ['Police in Hyesan arrested a broker from China.', 'arrested', 'Hyesan'],
    ['The defectors were repatriated to Onsong from China.', 'repatriated', 'Onsong'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('a destination after "to" or "into" is not the place of an arrest, execution, crackdown or seizure (place_not_after)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['Two smugglers who had gone across to China were shot to death.', 'shot to death'],
    ['Police launched a crackdown on smuggling to China.', 'crackdown'],
    ['The couriers were arrested for carrying meth into Yanji.', 'arrested'],
    ['The meth was confiscated and the men were handed over to the Musan police.', 'confiscated'],
  ])('no place: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['The defectors were repatriated to Onsong.', 'repatriated', 'Onsong'],
    ['The family was banished to a village in Chagang Province.', 'banished', 'Chagang Province'],
    ['Two smugglers were shot to death in Hyesan.', 'shot to death', 'Hyesan'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('two events joined by "and" share the place and time another sentence gives one of them', () => {
  const placeTime = (text: string, subtype: string) => {
    const v = eventsOf(text, { published: '2021-06-01' }).find((e) => e.subtype === subtype)!;
    return [v.arguments.place?.value ?? null, v.arguments.place?.fromContext ?? null, v.arguments.time?.value ?? null];
  };

  test('the seizure takes the place the next sentence gives the arrest', () => {
    expect(placeTime('Police in northeast China detained 10 people and seized a haul of methamphetamine. The 10 suspects were caught in Dandong.', 'seizure')).toEqual(['Dandong', true, null]);
  });

  test('the charge takes the place and month of the sentencing told the sentence before', () => {
    expect(placeTime('A guard in Hyesan was caught and punished in late May. The guard was indicted under military law and sentenced to three years of reform through labor.', 'charge-indict')).toEqual(['Hyesan', true, '2021-05']);
  });

  test.each([
    ['Police in northeast China detained 10 people. Guards later seized a haul of methamphetamine. The 10 suspects were caught in Dandong.', 'seizure', [null, null, null]],
    ['Police in northeast China detained 10 people, who had seized a haul of methamphetamine. The 10 suspects were caught in Dandong.', 'seizure', ['China', false, null]],
  ])('must not: %s', (text, subtype, expected) => {
    expect(placeTime(text, subtype)).toEqual(expected);
  });
});

describe('trigger words from the classified misses of 2026-12-07', () => {
  test.each([
    ['The court sentenced him to life after convicting him of espionage.', 'convict', 'convicting'],
    ['She was then led away in handcuffs.', 'arrest-jail', 'led away'],
    ['All five face charges of smuggling meth.', 'charge-indict', 'face charges of'],
    ['The clerk, accused of hoarding rice, was shot dead.', 'charge-indict', 'accused of'],
    ['Five accused in plot to smuggle meth', 'charge-indict', 'accused in'],
  ])('%s', (text, subtype, trigger) => {
    expect(eventsOf(text).find((v) => v.subtype === subtype)?.trigger).toBe(trigger);
  });

  test.each([
    ['The path led away from the village.', 'arrest-jail'],
    ['A spokesman accused South Korean traffickers of abducting the teens.', 'charge-indict'],
    ['Somebody had accused him of being a spy.', 'charge-indict'],
    ['The accused men planned to sell the drug.', 'charge-indict'],
    ['He made an appeal that his family be brought to the North.', 'appeal'],
  ])('must not match: %s', (text, subtype) => {
    expect(eventsOf(text).filter((v) => v.subtype === subtype)).toEqual([]);
  });

  test('"face charges of" states a charge brought: asserted, unless a modal stands before it', () => {
    expect(only('All five face charges of smuggling meth.').modality).toBe('asserted');
    expect(only('They could face charges of treason.').modality).toBe('other');
    expect(only('Those arrested could face ten years of reform through labor.').modality).toBe('other');
  });
});

describe('dates that are not the event\'s (classified misses of 2026-12-07)', () => {
  const timeOf = (text: string, trigger: string) => eventsOf(text, { published: '2021-06-01' }).find((e) => e.trigger === trigger)!.arguments.time?.value ?? null;

  test.each([
    // a charge phrase is dated by the verb it belongs to (undated in rules/events.yaml); after an arrest, it is brought at
    // the arrest and takes its date (events10, below)
    ['Police executed the broker in March on charges of espionage.', 'on charges of', null],
    ['Police arrested the broker in March on charges of espionage.', 'arrested', '2021-03'],
    // the start of a period
    ['The women were detained in camps from 2009 to 2019.', 'detained', null],
    // a wire dateline without a city
    ['Feb. 6 (UPI) \u2014 Police arrested a broker in Hyesan.', 'arrested', null],
    // between a verb of saying and the "that" of what it reports
    ['The agency reported at a meeting held on February 28 that the minister was purged from his position.', 'purged', null],
    ['The ministry expressed regret in April that China had repatriated the defectors.', 'repatriated', null],
    // when a ruler came to power
    ['Kim became leader in 2011, and executions of officials followed.', 'executions', null],
  ])('%s (%s)', (text, trigger, expected) => {
    expect(timeOf(text, trigger)).toBe(expected);
  });

  test.each([
    ['On Feb. 6 police arrested a broker.', 'arrested', '2021-02-06'],
    ['The minister was purged from his position on February 28.', 'purged', '2021-02-28'],
    ['China repatriated the defectors in April.', 'repatriated', '2021-04'],
    ['The prisoners should be freed from May 8, 2022.', 'freed', '2022-05-08'],
  ])('must keep: %s', (text, trigger, expected) => {
    expect(timeOf(text, trigger)).toBe(expected);
  });
});

describe('an adverb of habit after the trigger makes it generic only in the trigger\'s clause', () => {
  test('specific: "executed ..., on charges of listening to foreign radio regularly"', () => {
    const v = eventsOf('A captain was executed by firing squad in October, on charges of listening to foreign radio regularly.', { published: '2021-06-01' }).find((e) => e.subtype === 'execute')!;
    expect(v).toMatchObject({ genericity: 'specific' });
    expect(v.arguments.time?.value).toBe('2020-10');
  });

  test.each([
    'Public executions are regularly held in Hyesan.',
    'Those caught are sent to labor camps, officials said, usually for a year.',
    'Whenever a public execution takes place, residents must watch.',
    'Guards arrest smugglers in the border town, especially those who trade in phones.',
  ])('must keep generic: %s', (text) => {
    expect(eventsOf(text)[0]!.genericity).toBe('generic');
  });
});

describe('after a preposition, the country of an organization or a law is not the event\'s place', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['A senior official from North Korea\'s Ministry of State Security was executed.', 'executed'],
    ['Under North Korea\'s penal code, the defectors could face five years of reform through labor.', 'face'],
  ])('no place: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['North Korea\'s Ministry of State Security arrested a trader.', 'arrested', 'North Korea'],
    ['The missionary was tried at the North\'s Supreme Court on Friday.', 'was tried', 'North Korea'],
    ['Police arrested a trader in North Korea\'s Ryanggang Province.', 'arrested', 'Ryanggang Province'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('a place opening the sentence frames what it tells, not the source', () => {
  const placeTime = (text: string) => {
    const v = eventsOf(text, { published: '2021-06-01' })[0]!;
    return [v.arguments.place?.value ?? null, v.arguments.time?.value ?? null];
  };

  test('"In North Korea, a newspaper reported that ..."', () => {
    expect(placeTime('In North Korea, a newspaper reported that 80 people were executed.')).toEqual(['North Korea', null]);
  });

  test.each([
    ['A source in Musan told us that police arrested a trader.', [null, null]],
    ['In 2020, the ministry reported that defectors witnessed public executions.', [null, null]],
  ])('must not: %s', (text, expected) => {
    expect(placeTime(text)).toEqual(expected);
  });
});

describe('a run-on sentence: each trigger\'s arguments from its own reach', () => {
  // a page without full stops reads as one sentence; 80 words of it lie between the place and the trigger
  const filler = 'and the lorries of the traders rolled along the road past the fields '.repeat(6);

  test('a place within the trigger\'s clause is its place', () => {
    expect(only('In Hyesan, police arrested a trader.').arguments.place?.value).toBe('Hyesan');
  });

  test('a place dozens of words away in a run-on sentence is not', () => {
    const event = only(`In Hyesan, the market opened ${filler}and police arrested a trader.`);
    expect(event.arguments.place).toBeNull();
  });

  test('thousands of triggers in one sentence each keep the nearest arguments and a bounded evidence', () => {
    const text = 'Police in Musan arrested a trader on Monday and seized 500 grams of methamphetamine, '.repeat(400) + 'officials said.';
    const events = eventsOf(text);
    expect(events.length).toBeGreaterThan(0);
    for (const v of events) {
      expect(v.evidence.length).toBeLessThanOrEqual(2000);
      expect(v.evidence).toContain(v.trigger);
      if (v.arguments.place !== null) expect(v.arguments.place.value).toBe('Musan');
    }
  });
});

describe('trigger forms from the classified misses of 2026-12-06 (events8)', () => {
  test.each([
    ['Activists counted 1,076 forced repatriations since 2020.', 'extradite', 'forced repatriations'],
    ['Rights groups urged China to stop forcibly returning North Korean refugees.', 'extradite', 'forcibly returning'],
    ['Guards raided the home, apprehending the broker.', 'arrest-jail', 'apprehending'],
    ['He was quickly tried in a court in Vladivostok.', 'trial-hearing', 'was quickly tried'],
    ['The deserter would send him to a disciplinary labor center.', 'sentence', 'send'],
    ['The woman was caught and shipped off to a political prison camp.', 'sentence', 'shipped off'],
    ['The returnees are at high risk of imprisonment.', 'sentence', 'risk of'],
    ['Authorities keep doling out harsh punishments to smugglers.', 'sentence', 'punishments'],
    ['Repeat offenders end up in a political prison camp.', 'sentence', 'end up in'],
  ])('%s', (text, subtype, trigger) => {
    expect(eventsOf(text).find((v) => v.subtype === subtype)?.trigger).toBe(trigger);
  });

  test.each([
    ['The broker was then tried to flee again.', 'trial-hearing'],
    ['Relatives keep sending money to the North.', 'sentence'],
    ['There is a risk of rain in Hyesan.', 'sentence'],
  ])('must not match: %s', (text, subtype) => {
    expect(eventsOf(text).filter((v) => v.subtype === subtype)).toEqual([]);
  });

  test('must keep: the adverbs are written out, so "was arrested and later tried" keeps its arrest', () => {
    expect(eventsOf('The broker was arrested and later tried in Hyesan.').map((v) => v.subtype)).toContain('arrest-jail');
  });
});

describe('places that are not the event\'s (classified misses of 2026-12-06, events8)', () => {
  const placeOf = (text: string, subtype: string) => eventsOf(text).find((e) => e.subtype === subtype)!.arguments.place?.value ?? null;

  test.each([
    // words describing an origin after "from" leave it an origin
    ['Police will crack down on films from prosperous and democratic South Korea.', 'crackdown'],
    // the places of a list after "from" are all origins
    ['Distributors of films from China, the U.S., and South Korea were executed.', 'execute'],
    // a place in brackets glosses the words before it
    ['They were arrested for listening to songs from the puppet enemy (South Korea).', 'arrest-jail'],
    // the country called or whose people are called
    ['A man was put to death after being caught phoning South Korea.', 'execute'],
    ['Police expanded the crackdown to citizens who have links to defectors in South Korea.', 'crackdown'],
    ['Users were sent to a political prison camp if they had connections in China.', 'sentence'],
    // "of" after a person noun names whose officials they are
    ['Four officials of North Korea were shot on charges of spying.', 'charge-indict'],
  ])('no place: %s', (text, subtype) => {
    expect(placeOf(text, subtype)).toBeNull();
  });

  test.each([
    // the home of the persons, an age between them and "from"
    ['A woman in her 50s from Hoeryong was caught watching a drama.', 'arrest-jail', 'Hoeryong'],
    ['Police in Hyesan arrested two smugglers from neighbouring China.', 'arrest-jail', 'Hyesan'],
    ['Police arrested smugglers in Hyesan, Ryanggang Province.', 'arrest-jail', 'Hyesan'],
    ['The spy was arrested in South Korea in May.', 'arrest-jail', 'South Korea'],
    ['A public trial was held in the city of Chongjin.', 'trial-hearing', 'Chongjin'],
  ])('must keep: %s', (text, subtype, place) => {
    expect(placeOf(text, subtype)).toBe(place);
  });

  test('must not: a man in his 40s who came from China is no one from China', () => {
    expect(placeOf('Police arrested a man in his 40s who came from China.', 'arrest-jail')).toBeNull();
  });
});

describe('dates of a document, not of the event (classified misses of 2026-12-06, events8)', () => {
  const timeOf = (text: string, subtype: string) => eventsOf(text, { published: '2024-06-27' }).find((e) => e.subtype === subtype)!.arguments.time?.value ?? null;

  test.each([
    // a year before a law or a publication, the words of its title between
    ['The regime conducted public executions under a 2020 law.', 'execute'],
    ['The 2024 North Korean Human Rights Report describes public executions.', 'execute'],
    // a verb of publishing after a publication
    ['A report issued in 2013 found that thousands were repatriated from China.', 'extradite'],
    ['Soldiers execute prisoners in a video of the Human Rights Report released on Thursday.', 'execute'],
    // a page's date line and a dateline after a bracketed tag
    [' date 2024-06-27 A soldier is seen aiming a rifle to publicly execute prisoners.', 'execute'],
    ['[Alpha Biz= Kim Ji] SEOUL, Oct. 19 \u2014 China has forcibly repatriated 60 defectors.', 'extradite'],
  ])('no time: %s', (text, subtype) => {
    expect(timeOf(text, subtype)).toBeNull();
  });

  test.each([
    ['Two smugglers were executed in 2020 under the law.', 'execute', '2020'],
    ['The prisoners released on Thursday returned home.', 'release-parole', '2024-06-27'],
    ['An order issued in May said smugglers were arrested.', 'arrest-jail', null],
    ['SEOUL, Oct. 19 \u2014 Police arrested a broker on Oct. 17.', 'arrest-jail', '2023-10-17'],
  ])('must keep: %s', (text, subtype, expected) => {
    expect(timeOf(text, subtype)).toBe(expected);
  });
});

describe('a document released with its title, or a source in brackets, is no one freed', () => {
  const releases = (text: string) => eventsOf(text).filter((v) => v.subtype === 'release-parole').map((v) => v.trigger);

  test.each([
    'The ministry released the 2024 North Korean Human Rights Report on Thursday.',
    'Hundreds were repatriated, according to a new report by Human Rights Watch (HRW) released on Saturday.',
  ])('no release: %s', (text) => {
    expect(releases(text)).toEqual([]);
  });

  test.each([
    'The ministry released the 2 South Korean fishermen on Thursday.',
    'China released Kim Chol-su, the report said.',
  ])('must keep: %s', (text) => {
    expect(releases(text)).toEqual(['released']);
  });
});

describe('a participle after the persons a penalty is for names whom it targets', () => {
  const arrests = (text: string) => eventsOf(text).filter((v) => v.subtype === 'arrest-jail').map((v) => v.trigger);

  test.each([
    'Authorities threatened harsh punishments for residents caught smuggling goods.',
    'The regime conducted public executions of individuals caught distributing films.',
  ])('no arrest: %s', (text) => {
    expect(arrests(text)).toEqual([]);
  });

  test.each([
    'The rule saw the group of youths arrested in the city of Chongjin.',
    'Police caught residents smuggling goods.',
  ])('must keep: %s', (text) => {
    expect(arrests(text).length).toBe(1);
  });
});

describe('a generic event keeps the country that acts as its subject', () => {
  const placeOf = (text: string) => eventsOf(text)[0]!.arguments.place?.value ?? null;

  test('"North Korea has resumed frequent public executions": generic, in North Korea', () => {
    const v = eventsOf('North Korea has resumed frequent public executions.')[0]!;
    expect(v).toMatchObject({ genericity: 'generic' });
    expect(v.arguments.place?.value).toBe('North Korea');
  });

  test.each([
    'Drug dealing is punishable by death in North Korea.',
    'In North Korea, those caught are often sent to labor camps.',
    'North Korea says that smugglers are usually executed.',
  ])('must not: %s', (text) => {
    expect(placeOf(text)).toBeNull();
  });
});

describe('modality cues of the classified misses of 2026-12-06 (events8)', () => {
  test.each([
    ['The former minister is also believed to have been executed last year.', 'execute', 'other'],
    ['The paper said it was unable to confirm their deportation.', 'extradite', 'other'],
    ['On May 3, a trader was executed by firing squad in Hyesan.', 'execute', 'asserted'],
    ['The former minister was executed last year, officials believe.', 'execute', 'asserted'],
  ])('%s', (text, subtype, modality) => {
    expect(eventsOf(text, { published: '2021-06-01' }).find((v) => v.subtype === subtype)).toMatchObject({ modality });
  });
});

describe('a repatriation\'s destination is linked by the last preposition before it', () => {
  const placeOf = (text: string) => eventsOf(text).find((v) => v.subtype === 'extradite')!.arguments.place?.value ?? null;

  test.each([
    ['Nine defectors were repatriated to their homeland over the weekend as South Korea ratcheted up pressure.', null],
    ['Nine defectors were repatriated over the weekend to Onsong.', 'Onsong'],
    ['The repatriation took place in the Chinese cities of Tumen and Hunchun.', null],
    ['The repatriation took place in the Chinese city of Tumen.', 'Tumen'],
  ])('%s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });
});

describe('a date belongs to the trigger on its side of a word of sequence', () => {
  const times = (text: string) => Object.fromEntries(eventsOf(text).map((v) => [v.trigger, v.arguments.time?.value ?? null]));

  test('"executed at Hyesan airport in 2014 after being charged": the execution\'s year', () => {
    expect(times('Two men were executed at Hyesan airport in 2014 after being charged with smuggling.')).toMatchObject({ executed: '2014' });
  });

  test('must keep: "convicted after they were arrested in March": the arrest\'s month only', () => {
    expect(times('The reporters were convicted of a grave crime after they were arrested in March 2009.')).toEqual({ convicted: null, arrested: '2009-03' });
  });
});

describe('"face penalization" is a sentence triggered by the penalty noun', () => {
  test('those involved will face penalization', () => {
    expect(eventsOf('Those involved will face penalization with no mercy.').find((v) => v.subtype === 'sentence')).toMatchObject({ trigger: 'penalization', modality: 'other' });
  });
});

describe('verbs that perform, hand out or introduce penalties: their penalty noun is the trigger', () => {
  const sentences = (text: string) => eventsOf(text).filter((v) => v.subtype === 'sentence').map((v) => [v.trigger, v.genericity]);

  test.each([
    ['The security service proved it by carrying out harsher punishments.', [['punishments', 'specific']]],
    ['Authorities are meting out harsher punishments for offenders.', [['punishments', 'specific']]],
    ['The government only handed out light punishments.', [['punishments', 'specific']]],
    ['Authorities introduced severe punishments for drug dealing.', [['punishments', 'generic']]],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test.each([
    'The policy of regularly carrying out public executions serves to instill fear.',
    'Officials carried out inspections of the market.',
    'The ministry introduced new rules for traders.',
  ])('no sentence: %s', (text) => {
    expect(sentences(text)).toEqual([]);
  });
});

describe('a charge takes no place or time from its clause, only the state that charges', () => {
  const placeTime = (text: string) => {
    const v = eventsOf(text, { published: '2015-04-01' }).find((e) => e.subtype === 'charge-indict')!;
    return [v.arguments.place?.value ?? null, v.arguments.time?.value ?? null];
  };

  test.each([
    ['Police executed an official on charges of drug trafficking in Dandong on March 2.'],
    ['Choe, one of two men charged with espionage by North Korea, appeared before a press conference in Pyongyang on March 26.'],
    ['The two women were accused of selling medicine in Hyesan in May.'],
    ['Charged with human trafficking, two women were executed Aug. 31 after a public trial in Chongjin.'],
  ])('no place, no time: %s', (text) => {
    expect(placeTime(text)).toEqual([null, null]);
  });

  test('must keep: the state that charges ("North Korea has charged two officials")', () => {
    expect(placeTime('North Korea has charged two officials with espionage.')).toEqual(['North Korea', null]);
  });
});

describe('a place before a noun it qualifies is no event\'s place (event-place-qualified-nouns)', () => {
  const placeOf = (text: string, subtype: string) => eventsOf(text).find((e) => e.subtype === subtype)!.arguments.place?.value ?? null;

  test.each([
    ['Public forced to watch the execution of 80 people guilty of watching Sokor Films', 'execute'],
    ['United States citizen Kenneth Bae received 15 years of hard labor in 2013.', 'sentence'],
  ])('no place: %s', (text, subtype) => {
    expect(placeOf(text, subtype)).toBeNull();
  });

  test.each([
    ['North Korea executed 80 people for watching films.', 'execute', 'North Korea'],
    ['A citizen was arrested in Hyesan last week.', 'arrest-jail', 'Hyesan'],
  ])('must keep: %s', (text, subtype, place) => {
    expect(placeOf(text, subtype)).toBe(place);
  });
});

describe('a habitual present with a bare plural object is generic', () => {
  test.each([
    ['While the government executes people for treason, it spares thieves.', 'execute'],
    ['North Korea is executing people who distribute drugs.', 'execute'],
  ])('generic: %s', (text, subtype) => {
    expect(eventsOf(text).find((v) => v.subtype === subtype)).toMatchObject({ genericity: 'generic' });
  });

  test('the state as its subject stays its place', () => {
    expect(eventsOf('North Korea is executing people who distribute drugs.')[0]!.arguments.place?.value).toBe('North Korea');
  });

  test.each([
    ['North Korea executes 80 people for watching films', { title: 'North Korea executes 80 people for watching films' }],
    ['Police arrested smugglers at the market.', {}],
    ['The court executes two smugglers on Monday.', {}],
  ])('must stay specific: %s', (text, meta) => {
    expect(eventsOf(text, meta)[0]).toMatchObject({ genericity: 'specific' });
  });
});

describe('a crackdown word before a body of an organization names the body (not_before of the crackdown entry)', () => {
  test.each([
    'The central inspection committee ran an evaluation of officials.',
    'The director of the inspection division met the minister.',
  ])('no crackdown: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'crackdown')).toEqual([]);
  });

  test('must keep: inspection teams searched the market', () => {
    expect(eventsOf('Inspection teams searched the market in Hyesan.').map((v) => v.subtype)).toEqual(['crackdown']);
  });
});

describe('an event someone avoids did not happen (event-avoidance, events9)', () => {
  test.each([
    ['The broker fled to China in 2019 to avoid arrest for smuggling.', 'arrest', 'other', 'positive'],
    ['The courier escaped to Yanji to evade being arrested by the police.', 'arrested', 'other', 'positive'],
    ['She had evaded arrest in Hyesan by bribing the police in 2020.', 'arrest', 'asserted', 'negative'],
  ])('%s', (text, trigger, modality, polarity) => {
    expect(eventsOf(text).find((v) => v.trigger === trigger)).toMatchObject({ modality, polarity, arguments: { place: null, time: null } });
  });

  test.each([
    ['The broker tried to escape, and he was arrested in Hyesan in 2019.', 'arrested', 'Hyesan'],
    ['Two traders who avoided the inspection were arrested in Musan.', 'arrested', 'Musan'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(eventsOf(text).find((v) => v.trigger === trigger)).toMatchObject({ modality: 'asserted', polarity: 'positive', arguments: { place: { value: place } } });
  });
});

describe('a place or date past a semicolon or a colon after the trigger is another clause\'s (events9)', () => {
  const placeTimeOf = (text: string, trigger: string, meta: Parameters<typeof extract>[1] = {}) => {
    const v = eventsOf(text, meta).find((e) => e.trigger === trigger)!;
    return [v.arguments.place?.value ?? null, v.arguments.time?.value ?? null];
  };

  test.each([
    ['The pastor was arrested for leaving a Bible in a bus: preaching is a crime in North Korea.', 'arrested', [null, null]],
    ['Two traders were arrested; their goods were sold in Hyesan in May 2020.', 'arrested', [null, null]],
  ])('%s', (text, trigger, expected) => {
    expect(placeTimeOf(text, trigger)).toEqual(expected);
  });

  test.each<[string, string, (string | null)[], { title?: string }]>([
    ['Two traders were arrested in Hyesan: the police said so.', 'arrested', ['Hyesan', null], {}],
    ['Public Execution of Two Smugglers: North Korea', 'Public Execution', ['North Korea', null], { title: 'Public Execution of Two Smugglers: North Korea' }],
  ])('must keep: %s', (text, trigger, expected, meta) => {
    expect(placeTimeOf(text, trigger, meta)).toEqual(expected);
  });
});

describe('a place in a compound joined by a hyphen is no event\'s place (events9)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['Korean-US missionary Kim Dong-chol was arrested in 2012.', 'arrested'],
    ['A US-led campaign was followed by the arrest of smugglers.', 'arrest'],
    ['Traders of China-made phones were arrested.', 'arrested'],
  ])('no place: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['A US missionary was arrested in Rason.', 'arrested', 'Rason'],
    ['Smugglers were arrested in Hyesan-si last week.', 'arrested', 'Hyesan'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('a capital standing for its state is no event\'s place (event-state-capitals, adjudication 4, events9)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['Pyongyang imposes death penalty for drug dealers', 'imposes'],
    ['Smuggling is an act that Pyongyang is now punishing with harsh measures, including public execution.', 'public execution'],
    ['Seoul has arrested a broker who kidnapped defectors.', 'arrested'],
  ])('no place: %s', (text, trigger) => {
    expect(placeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['Pyongyang police arrested two traders.', 'arrested', 'Pyongyang'],
    ['An officer in Pyongyang was executed by firing squad.', 'executed', 'Pyongyang'],
    ['North Korea has arrested a broker.', 'arrested', 'North Korea'],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('dates bounded or of another fact (events9)', () => {
  const timeOf = (text: string, trigger: string) => eventsOf(text, { published: '2013-03-12' }).find((e) => e.trigger === trigger)!.arguments.time?.value ?? null;

  test.each([
    ['By the middle of 2012, about 2,400 suspects had been caught.', 'caught'],
    ['Since taking power in late 2011, the leader has executed dozens of officials.', 'executed'],
    ['Until the end of May, no smugglers were arrested.', 'arrested'],
  ])('no time: %s', (text, trigger) => {
    expect(timeOf(text, trigger)).toBeNull();
  });

  test.each([
    ['In the middle of 2012, about 40 suspects were caught.', 'caught', '2012'],
    ['At the end of May, two smugglers were arrested.', 'arrested', '2012-05'],
  ])('must keep: %s', (text, trigger, time) => {
    expect(timeOf(text, trigger)).toBe(time);
  });
});

describe('the place a relative clause opened by "where" is about is the place of the events in that clause (events9)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test.each([
    ['A public trial was held in Manpo City, Chagang Province, where three traders accused of smuggling copper into China were sentenced.', 'sentenced', 'Manpo'],
    ['Police searched the market in Musan where two couriers from Yanji were arrested.', 'arrested', 'Musan'],
  ])('%s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });

  test.each([
    ['A public trial was held in Manpo, where three traders accused of smuggling copper were sentenced.', 'accused of', null],
    ['Two traders who had fled to China were arrested in Musan.', 'arrested', 'Musan'],
  ])('must not: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('a quotation holds another speaker\'s words: no cue, place or date across its marks (events9)', () => {
  const placeOf = (text: string, trigger: string) => eventsOf(text).find((e) => e.trigger === trigger)!.arguments.place?.value ?? null;

  test('a generic cue of a quotation does not make an event outside it generic', () => {
    const text = '\u201cThose who watch South Korean films will be punished,\u201d said a resident of Hyesan, where the execution took place.';
    expect(eventsOf(text).find((v) => v.trigger === 'execution')).toMatchObject({ genericity: 'specific', arguments: { place: { value: 'Hyesan' } } });
  });

  test.each([
    ['Labelling traders as spies for South Korea, the officials said: \u201cmany people will be arrested this year.\u201d', 'arrested', null],
    ['Officials in Musan warned residents that \u201cthe smugglers were arrested last week.\u201d', 'arrested', null],
  ])('no place across a quotation: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });

  test.each([
    ['A declaration entitled \u201cThe Crackdown on Drug Use\u201d was issued in Hoeryong.', 'Crackdown', 'Hoeryong'],
    ['\u201cTwo smugglers were arrested in Musan,\u201d the source said.', 'arrested', 'Musan'],
    ['Those labelled as \u201ctraitors\u201d are punished in North Korea.', 'punished', null],
  ])('must keep: %s', (text, trigger, place) => {
    expect(placeOf(text, trigger)).toBe(place);
  });
});

describe('"nab" is an arrest; an arrest verb before "it" has no person to hold (events9)', () => {
  test.each([
    ['Two couriers were nabbed in Yanji while trafficking opium.', 'nabbed'],
    ['Guards nab potential defectors at the river.', 'nab'],
  ])('%s', (text, trigger) => {
    expect(only(text)).toMatchObject({ subtype: 'arrest-jail', trigger });
  });

  test.each([
    'Inspectors nabbed it with four checkpoints left to go.',
    'The camera caught it on film.',
  ])('no arrest: %s', (text) => {
    expect(eventsOf(text).filter((v) => v.subtype === 'arrest-jail')).toEqual([]);
  });
});

describe('"jailed" with a term is a sentence, alone an arrest (adjudication 5)', () => {
  test.each([
    ['The broker was jailed for three years in 2019.', 'sentence', 'jailed for three years', 'imprisonment'],
    ['The broker was jailed for life.', 'sentence', 'jailed for life', 'imprisonment'],
    // must not: "jailed" without a term is custody; a term that is no sentence's is none
    ['A soldier was jailed for listening to foreign radio.', 'arrest-jail', 'jailed', null],
    ['She was jailed two years ago in Hyesan.', 'arrest-jail', 'jailed', null],
  ])('%s', (text, subtype, trigger, penalty) => {
    const v = only(text);
    expect([v.subtype, v.trigger, v.arguments.sentence?.value ?? null]).toEqual([subtype, trigger, penalty]);
  });
});

describe('a charge stated as the ground of an arrest takes the arrest\'s place and time (adjudication 5, events10)', () => {
  const charge = (text: string) => {
    const v = eventsOf(text, { published: '2015-04-01' }).find((e) => e.subtype === 'charge-indict')!;
    return [v.trigger, v.arguments.place?.value ?? null, v.arguments.time?.value ?? null];
  };

  test.each([
    ['Police arrested an official on charges of drug trafficking in Dandong on March 2.', 'on charges of', 'Dandong', '2015-03-02'],
    ['Chinese police arrested a courier in Yanji in March on smuggling charges.', 'on smuggling charges', 'Yanji', '2015-03'],
    ['Guards in Hyesan detained two traders on February 9 on charges relating to smuggling copper.', 'on charges relating to', 'Hyesan', '2015-02-09'],
  ])('%s', (text, trigger, place, time) => {
    expect(charge(text)).toEqual([trigger, place, time]);
  });

  test.each([
    // must not: a charge behind a punishment keeps neither (the charge is not brought at the execution)
    ['Two officials were executed in Hyesan on March 2 on charges of spying.'],
    // must not: a charge of its own verb ("charged with") is no ground of the arrest
    ['Police arrested an official in Dandong on March 2; he was charged with drug trafficking.'],
  ])('must not: %s', (text) => {
    expect(charge(text).slice(1)).toEqual([null, null]);
  });
});

describe('"on ... charges", "face ... charges" and a possessive "release" are triggers (events10)', () => {
  test.each([
    ['South Korea has arrested a man on spy charges.', 'charge-indict', 'on spy charges'],
    ['Three traders face drug charges in China.', 'charge-indict', 'face drug charges'],
    ['He will face charges in China.', 'charge-indict', 'face charges'],
    ['The ministry is negotiating with Beijing for their release.', 'release-parole', 'their release'],
    ['Her family paid a bribe to secure her release.', 'release-parole', 'her release'],
  ])('%s', (text, subtype, trigger) => {
    expect(eventsOf(text).filter((v) => v.subtype === subtype).map((v) => v.trigger)).toEqual([trigger]);
  });

  test.each([
    // must not: a document's release, a charge of a fee
    ['The release of the report was delayed.', 'release-parole'],
    ['The group pressed charges in court.', 'charge-indict'],
  ])('no event: %s', (text, subtype) => {
    expect(eventsOf(text).filter((v) => v.subtype === subtype)).toEqual([]);
  });

  test('a possessive release takes no date of the verb it is the object of, nor a place after "to"', () => {
    const v = eventsOf('The government learned of the arrest on July 16 and sent an envoy to North Korea to negotiate their release.', { published: '2015-08-01' })
      .find((e) => e.subtype === 'release-parole')!;
    expect([v.arguments.place, v.arguments.time]).toEqual([null, null]);
  });
});

describe('more verbs that provide or threaten a penalty noun, "penalties" a penalty noun, campaigns as crackdowns (events10)', () => {
  test.each([
    ['The state has increased the punishment for watching foreign films.', 'sentence', 'punishment'],
    ['Smuggling opium is subject to heavy punishment in Ruritania.', 'sentence', 'punishment'],
    ['Those who try to flee endure even harsher punishments.', 'sentence', 'punishments'],
    ['Listeners risk the threat of severe penalties.', 'sentence', 'penalties'],
    ['The province began an anti-corruption campaign in May.', 'crackdown', 'anti-corruption campaign'],
    ['Police are staging a campaign to capture more defectors.', 'crackdown', 'campaign to capture'],
  ])('%s', (text, subtype, trigger) => {
    expect(eventsOf(text).filter((v) => v.subtype === subtype).map((v) => v.trigger)).toEqual([trigger]);
  });

  test.each([
    // must not: the verbs without a penalty noun after them; a campaign of another kind
    ['Prices increased the pressure on traders.', 'sentence'],
    ['The county is subject to heavy rain in July.', 'sentence'],
    ['The penalties box was empty after the match.', 'sentence'],
    ['The charity runs a campaign to plant trees.', 'crackdown'],
    ['Amnesty launched a campaign for the release of prisoners.', 'crackdown'],
  ])('no event: %s', (text, subtype) => {
    expect(eventsOf(text).filter((v) => v.subtype === subtype)).toEqual([]);
  });
});

describe('a place where the persons live is no event\'s place (event-place-residence, adjudication 4, events10)', () => {
  const placeOf = (text: string, subtype: string) => eventsOf(text).find((e) => e.subtype === subtype)!.arguments.place?.value ?? null;

  test.each([
    ['Pak, once a resident of Bakersfield, California, was arrested after entering Ruritania.', 'arrest-jail', null],
    ['Police detained three students living in Musan County.', 'arrest-jail', null],
    ['Kim, who was living in Hyesan earlier this year, had been detained since May.', 'arrest-jail', null],
    // must keep: where the event happened, and the plural "residents of" (a group the fixtures place there)
    ['Police detained three students in Musan County.', 'arrest-jail', 'Musan'],
    ['Two female residents of Hyesan City were also arrested.', 'arrest-jail', 'Hyesan'],
    ['A man living in Hyesan was arrested in Musan.', 'arrest-jail', 'Musan'],
  ])('%s', (text, subtype, place) => {
    expect(placeOf(text, subtype)).toBe(place);
  });
});

test('must keep: a residence with a "where" clause that puts the event there (events10)', () => {
  const v = eventsOf('Two men were arrested, said a resident of Musan, where the arrests took place.').find((e) => e.trigger === 'arrested')!;
  expect(v.arguments.place?.value ?? null).toBe('Musan');
});

describe('a charge takes the place right after it with "in" (events10)', () => {
  const placeOf = (text: string) => eventsOf(text).find((e) => e.subtype === 'charge-indict')!.arguments.place?.value ?? null;

  test.each([
    ['He will face charges in China, the source said.', 'China'],
    ['Three traders face drug charges in China.', 'China'],
    // must not: the offence's place after the charge's words, or a place before it
    ['The two women were accused of selling medicine in Hyesan in May.', null],
    ['In Hyesan, two women face charges of smuggling.', null],
  ])('%s', (text, place) => {
    expect(placeOf(text)).toBe(place);
  });
});

describe('a court\'s proceeding left unplaced takes the seat of the court the article names (events11)', () => {
  const placesOf = (text: string) => eventsOf(text, { published: '2020-05-04' }).map((v) => `${v.subtype} ${v.arguments.place?.value ?? '-'}${v.arguments.place?.fromContext ? '*' : ''}`);

  test.each([
    ['A former soldier named Pak Chol-su was sentenced Friday to six years in prison. The Seoul Central District Court said the crime was grave.', ['sentence Seoul*']],
    ['Pak Chol-su was convicted Friday of spying. The Seoul Central District Court sentenced him to six years in prison.', ['convict Seoul*', 'sentence Seoul']],
    // must not: no court named, a court of no named seat beside one, no court's event, a trial that may be, a dismissal
    ['A former soldier was sentenced Friday to six years in prison. Prices rose in Seoul.', ['sentence -']],
    ['A former soldier named Pak Chol-su was sentenced Friday to six years in prison. The Seoul Central District Court said so. The Supreme Court of the DPRK disagreed.', ['sentence -']],
    ['Police arrested Pak Chol-su on Friday. He may be tried in May, the Seoul Central District Court said.', ['arrest-jail -', 'trial-hearing -']],
    ['The official was dismissed from his post. The Seoul Central District Court said so.', ['sentence -']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('a place in the offence a court step is for is the offence\'s (events11)', () => {
  const placeOf = (text: string, subtype: string) => eventsOf(text).find((e) => e.subtype === subtype)!.arguments.place?.value ?? null;

  test.each([
    ['Three traders were convicted on Friday of producing methamphetamine in Sariwon.', 'convict', null],
    ['The court sentenced Pak to nine years in jail for selling heroin in Hyesan.', 'sentence', null],
    // must keep: the court's own place, before the offence or without a gerund; an arrest's place after "for"
    ['Three traders were convicted in Hyesan on Friday of producing methamphetamine.', 'convict', 'Hyesan'],
    ['Three traders were sentenced to death in Hyesan for smuggling.', 'sentence', 'Hyesan'],
    ['Police arrested three traders for selling heroin in Hyesan.', 'arrest-jail', 'Hyesan'],
  ])('%s', (text, subtype, place) => {
    expect(placeOf(text, subtype)).toBe(place);
  });
});

describe('acquittals, rulings on appeal and pardons (events11)', () => {
  const triggersOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.trigger}`);

  test.each([
    ['The four men were found not guilty on Tuesday.', ['acquit found not guilty']],
    ['A jury found the four men not guilty of importing heroin.', ['acquit found the four men not guilty']],
    ['The Supreme Court upheld the death sentence in June.', ['appeal upheld the death sentence']],
    ['The leader granted pardons to 300 prisoners.', ['pardon pardons']],
    // must not: a plea, a conviction, a ban upheld
    ['The four men pleaded not guilty to importing heroin.', []],
    ['The court found the four men guilty of importing heroin.', ['convict found the four men guilty']],
    ['The ministry upheld its ban on imports.', []],
  ])('%s', (text, expected) => {
    expect(triggersOf(text)).toEqual(expected);
  });
});

describe('"indictment" and "prosecute" state a charge (events11)', () => {
  const subtypesOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.trigger}`);

  test.each([
    ['A written indictment against Ri Chol-ho was submitted on Monday.', ['charge-indict indictment']],
    ['The government did not prosecute officials who profited from trafficking.', ['charge-indict prosecute']],
    // must not: the prosecution as a party, prosecutors
    ['The prosecution sought a long term, prosecutors said.', []],
  ])('%s', (text, expected) => {
    expect(subtypesOf(text)).toEqual(expected);
  });
});

describe('a court tries, convicts and sentences on the day of its hearing (events11)', () => {
  const timesOf = (text: string) => eventsOf(text, { published: '2020-05-04' }).map((v) => `${v.subtype} ${v.arguments.time?.value ?? '-'}${v.arguments.time?.fromContext ? '*' : ''}`);

  test.each([
    ['A court held a trial of Pak Chol-su on March 3, 2020. Prices rose. Officials later sentenced him to ten years of reform through labor.', ['trial-hearing 2020-03-03', 'sentence 2020-03-03*']],
    // must not: a month, two days, a camp no court sends to
    ['A court held a trial of Pak Chol-su in March 2020. Prices rose. Officials later sentenced him to ten years of reform through labor.', ['trial-hearing 2020-03', 'sentence -']],
    ['A court held a trial of Pak Chol-su on March 3, 2020. Jo was sentenced to death on March 9, 2020. Prices rose. Officials later sentenced Ri to ten years of reform through labor.', ['trial-hearing 2020-03-03', 'sentence 2020-03-09', 'sentence -']],
    ['A court held a trial of Pak Chol-su on March 3, 2020. Prices rose. His family was sent to a political prison camp.', ['trial-hearing 2020-03-03', 'sentence -']],
  ])('%s', (text, expected) => {
    expect(timesOf(text)).toEqual(expected);
  });
});

describe('a trigger inside a penalty another trigger gives is no event of its own (events12)', () => {
  const triggersOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.trigger}`);

  test.each([
    ['The court sentenced Pak Chol-su to six years behind bars.', ['sentence sentenced']],
    ['Ri Yong-ho faces up to seven years behind bars.', ['sentence faces']],
    ['Bang and Hwang were sentenced to seven and six years behind bars, respectively.', ['sentence sentenced', 'sentence sentenced']],
    // must not: a trigger that starts its penalty, one in another clause, one before the sentence
    ['Pak Chol-su was jailed for life in 2010.', ['sentence jailed for life']],
    ['Pak Chol-su was sentenced to death, and Ri Yong-ho was put behind bars.', ['sentence sentenced', 'arrest-jail behind bars']],
    ['Pak Chol-su, who had spent six years behind bars, was sentenced to death.', ['arrest-jail behind bars', 'sentence sentenced']],
  ])('%s', (text, expected) => {
    expect(triggersOf(text)).toEqual(expected);
  });
});

describe('a place in a clause of another event opened by "as" or "while" is not the event\'s (events12)', () => {
  const placesOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.arguments.place?.value ?? '-'}`);

  test.each([
    ['Pak Chol-su was sentenced to death as the United Nations opened a field office in Seoul.', ['sentence -']],
    ['While South Korea held talks in Seoul, police arrested Ri Yong-ho.', ['arrest-jail -']],
    ['Police arrested Ri Yong-ho, although the embassy in Beijing gave no details.', ['arrest-jail -']],
    // must not: the persons' own clause, "as" as a preposition or a comparison, the event inside the clause
    ['Guards detained them while they were attempting to cross the Yalu River.', ['arrest-jail Yalu River']],
    ['Pak Chol-su was arrested as a spy in Dandong.', ['arrest-jail Dandong']],
    ['A public execution (attended by the same crowd as the trial) was carried out in Hyesan.', ['execute Hyesan', 'trial-hearing Hyesan']],
    ['As police arrested Ri Yong-ho in Hyesan, his family fled.', ['arrest-jail Hyesan']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('one verb that gives several people different penalties is one event per penalty (events12, adjudication 6)', () => {
  const givenOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.arguments.persons.map((p) => p.value).join('+') || '-'} ${v.arguments.sentence?.value ?? '-'}`);

  test.each([
    ['Bang Chol-su and Hwang Yong-ho were sentenced to seven and six years behind bars, respectively.', ['sentence Bang Chol Su imprisonment', 'sentence Hwang Yong Ho imprisonment']],
    ['The court sentenced Pak Chol-su to six years in prison and Ri Yong-ho to four years in prison.', ['sentence Pak Chol Su imprisonment', 'sentence Ri Yong Ho imprisonment']],
    // must not: one penalty for several, one term with no "respectively", one person
    ['The court sentenced Pak Chol-su and Ri Yong-ho to six years in prison.', ['sentence Pak Chol Su+Ri Yong Ho imprisonment']],
    ['Bang Chol-su and Hwang Yong-ho were sentenced to six years behind bars, respectively.', ['sentence Bang Chol Su+Hwang Yong Ho imprisonment']],
    ['The court sentenced Pak Chol-su to six years in prison.', ['sentence Pak Chol Su imprisonment']],
  ])('%s', (text, expected) => {
    expect(givenOf(text)).toEqual(expected);
  });
});

describe('arrest forms of the eleventh batch (events12)', () => {
  const triggersOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.trigger}`);

  test.each([
    ['Pak Chol-su was sent to a detention camp for foreigners.', ['arrest-jail sent to a detention camp']],
    ['Border guards are capturing defectors near Hyesan.', ['arrest-jail capturing']],
    // must not: a screen capture is no arrest
    ['Screen capture from the ministry video report.', []],
  ])('%s', (text, expected) => {
    expect(triggersOf(text)).toEqual(expected);
  });
});

describe('a place right after another trigger is that event\'s (events13)', () => {
  const placesOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.arguments.place?.value ?? '-'}`);

  test.each([
    ['Two missionaries arrested near the border last week will go on trial in Pyongyang next month.', ['arrest-jail -', 'trial-hearing Pyongyang']],
    ['Traders previously arrested in Dandong have been released.', ['arrest-jail Dandong', 'release-parole -']],
    // must not: triggers joined by "and", an event inside the other, the place past a clause break
    ['Pak Chol-su was arrested and executed in Hyesan.', ['arrest-jail Hyesan', 'execute Hyesan']],
    ['Three smugglers were sentenced at a public trial in Manpo.', ['sentence Manpo', 'trial-hearing Manpo']],
    ['Of the two traders who were executed in Hyesan last year, one was arrested by guards.', ['execute Hyesan', 'arrest-jail Hyesan']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('a place of movement by "into", "defect to" or "fleeing" is not the event\'s (events13)', () => {
  const placesOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.arguments.place?.value ?? '-'}`);

  test.each([
    ['Ri Yong-ho tried to carry drugs into China and was sentenced to ten years in prison.', ['sentence -']],
    ['Pak Chol-su, who fled into China, was sentenced to death.', ['sentence -']],
    ['Those attempting to defect to South Korea face harsher punishments.', ['sentence -']],
    ['Pak Chol-su was convicted of theft years after fleeing the North.', ['convict -']],
    // must not: a destination is a repatriation's place; the event's own "in"
    ['China repatriated Ri Yong-ho into North Korea.', ['extradite North Korea']],
    ['Ri Yong-ho tried to carry drugs into China and was sentenced to ten years in prison in Hyesan.', ['sentence Hyesan']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('a date right after another trigger is that event\'s (events13)', () => {
  const timesOf = (text: string) => eventsOf(text, { published: '2024-06-20' }).map((v) => `${v.subtype} ${v.arguments.time?.value ?? '-'}`);

  test.each([
    ['Officials have yet to set a trial date for Pak Chol-su, who was arrested in May.', ['trial-hearing -', 'arrest-jail 2024-05']],
    ['Guards who detained Ri Yong-ho were executed on Monday.', ['arrest-jail -', 'execute 2024-06-17']],
    // must not: triggers joined by "and", a penalty the trigger gives
    ['Pak Chol-su was arrested and executed in May.', ['arrest-jail 2024-05', 'execute 2024-05']],
    ['Two teenagers were sentenced to execution in October 2022.', ['sentence 2022-10']],
  ])('%s', (text, expected) => {
    expect(timesOf(text)).toEqual(expected);
  });
});

describe('a charge or conviction after a bare class noun names a class of persons (events14)', () => {
  const subtypesOf = (text: string) => eventsOf(text).map((v) => v.subtype);

  test.each([
    ['The executions included people accused of smuggling and prostitution.', ['execute']],
    ['The state granted amnesty to persons convicted of crimes against the country.', ['pardon']],
    ['Under the amendment, individuals charged with drug possession are to be sentenced to death.', ['sentence']],
    ['Soldiers, officials and others accused of corruption were executed.', ['execute']],
    // must not: a counted or definite set, a named person, another subtype after the class noun
    ['About two hundred people convicted of smuggling were called in by the bureau.', ['convict']],
    ['Police said 70 people accused of fraud were detained in Hyesan.', ['charge-indict', 'arrest-jail']],
    ['The people charged with espionage will stand trial next month.', ['charge-indict', 'trial-hearing']],
    ['Pak Chol-su, accused of spying, was sentenced to ten years in prison.', ['charge-indict', 'sentence']],
    ['Normally, persons caught in China are sent to a labor camp.', ['arrest-jail', 'sentence']],
  ])('%s', (text, expected) => {
    expect(subtypesOf(text)).toEqual(expected);
  });
});

describe('a publication released is no one freed, "reports" and "analysis" too (events14)', () => {
  const subtypesOf = (text: string) => eventsOf(text).map((v) => v.subtype);

  test.each([
    ['In the 2023 Country Reports on Human Rights Practices released on Tuesday, the ministry assessed the camps.', []],
    ['Previous satellite image analysis released by the institute suggests the camps expanded.', []],
    // must not: persons released after a report or a verb of saying
    ['Reports said two prisoners were released from the Kaechon camp in June.', ['release-parole']],
    ['The analysis found that Pak Chol-su was released in 2019.', ['release-parole']],
  ])('%s', (text, expected) => {
    expect(subtypesOf(text)).toEqual(expected);
  });
});

describe('a penalty noun is no noun of control: escalating punishment is no crackdown (events14)', () => {
  const subtypesOf = (text: string) => eventsOf(text).map((v) => v.subtype);

  test.each([
    ['Activists said the regime has toughened punishments for defectors since 2012.', []],
    ['The new law was passed to strengthen control and punishment.', []],
    // must not: an escalation of surveillance or checks stays a crackdown
    ['The regime has been stepping up surveillance and punishment of its people.', ['crackdown']],
    ['Border guards tightened checks of the narcotics trade in Hyesan.', ['crackdown']],
  ])('%s', (text, expected) => {
    expect(subtypesOf(text)).toEqual(expected);
  });
});

describe('the charge nouns of an investigation, a list or a ground (events14)', () => {
  const triggersOf = (text: string) => eventsOf(text).filter((v) => v.subtype === 'charge-indict').map((v) => v.trigger);

  test.each([
    ['Police opened an investigation into charges of disrespecting the leader.', ['charges of']],
    ['The executions involved charges such as selling illegal videos.', ['charges such as']],
    ['Kim Chol-su was arrested on charges under the National Security Law.', ['on charges under']],
    ['Ten traders were arrested on the charge of smuggling in Dandong.', ['on the charge of']],
    // must not: a post held, a battery
    ['Ri Yong-ho is in charge of the security unit.', []],
    ['The agent charges his phone every night.', []],
  ])('%s', (text, expected) => {
    expect(triggersOf(text)).toEqual(expected);
  });
});

describe('an execution a sentence orders is the penalty, no execution carried out (events14)', () => {
  const subtypesOf = (text: string) => eventsOf(text).map((v) => v.subtype);

  test.each([
    ['The two teenagers were sentenced to death by firing squad under the 2020 law.', ['sentence']],
    ['Pak Chol-su was sentenced to public execution in Hyesan.', ['sentence']],
    ['The court sentenced Ri Yong-ho to be executed.', ['sentence']],
    // must not: an execution told apart from the sentence, or before it
    ['Pak Chol-su was sentenced to death and executed by firing squad.', ['sentence', 'execute']],
    ['Ri Yong-ho was executed in March after he was sentenced to death.', ['execute', 'sentence']],
  ])('%s', (text, expected) => {
    expect(subtypesOf(text)).toEqual(expected);
  });
});

describe('an execution a law sets is its penalty, no execution carried out (events14)', () => {
  const subtypesOf = (text: string) => eventsOf(text).map((v) => v.subtype);

  test.each([
    ['The Cultural Purity Act calls for execution of violators.', ['sentence']],
    // must not: an execution coordinated after the law's penalty, a light verb's penalty
    ['The law calls for the arrest and execution of smugglers.', ['sentence', 'arrest-jail', 'execute']],
    ['Drug users would face a firing squad, the source said.', ['sentence', 'execute']],
  ])('%s', (text, expected) => {
    expect(subtypesOf(text)).toEqual(expected);
  });
});

describe('an undated trigger takes the date it states itself (events15)', () => {
  const timesOf = (text: string) => eventsOf(text, { published: '2024-06-20' }).map((v) => `${v.subtype} ${v.arguments.time?.value ?? '-'}`);

  test.each([
    ['The crew of the freighter Sonbong were charged Monday with smuggling heroin.', ['charge-indict 2024-06-17']],
    ['A federal court indicted 12 North Korean men on Dec. 11 for using false identities.', ['charge-indict 2023-12-11']],
    ['Ri Chol-min was charged on March 3 with espionage.', ['charge-indict 2024-03-03']],
    // must not: a date past a preposition of the trigger's phrase, a clause break, or another verb's
    ['Ri Chol-min was charged with smuggling copper in 2019.', ['charge-indict -']],
    ['Pak Yong-su, who was charged with espionage, died on Monday.', ['charge-indict -']],
    ['Pak Yong-su was arrested in May on charges of spying.', ['arrest-jail 2024-05', 'charge-indict 2024-05']],
  ])('%s', (text, expected) => {
    expect(timesOf(text)).toEqual(expected);
  });
});

describe('an undated trigger takes a date right after it with "in" (events18)', () => {
  const timesOf = (text: string) => eventsOf(text, { published: '2024-06-20' }).map((v) => `${v.subtype} ${v.arguments.time?.value ?? '-'}`);

  test.each([
    ['Ro Song-chol, 41, was indicted in February 2013 over allegations that he passed files to a broker.', ['charge-indict 2013-02']],
    ['Kang Mi-ok was charged in March with forging passports.', ['charge-indict 2024-03']],
    // must not: "in" after the trigger's object or its offence, or past a clause break
    ['Kang Mi-ok was charged with forging passports in March.', ['charge-indict -']],
    ['Prosecutors indicted the broker Ro Song-chol in March.', ['charge-indict -']],
    ['Kang Mi-ok was indicted, in March the court heard.', ['charge-indict -']],
  ])('%s', (text, expected) => {
    expect(timesOf(text)).toEqual(expected);
  });
});

describe('a place before a journalist, student or missionary qualifies the persons (events15)', () => {
  const placesOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.arguments.place?.value ?? '-'}`);

  test.each([
    ['Choe Un-hee and Ma Sun-ja, two U.S. journalists sentenced to 12 years of hard labor, wrote a book.', ['sentence -']],
    ['The detention of two U.S. students was noted by the envoy.', ['arrest-jail -']],
    // must not: a place after the trigger, a place that is no modifier of the persons
    ['Two U.S. journalists were detained in Hyesan.', ['arrest-jail Hyesan']],
    ['Police in China detained two journalists.', ['arrest-jail China']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('"as" right after a trigger names the persons\' role, no clause of another event (events15)', () => {
  const placesOf = (text: string) => eventsOf(text).map((v) => `${v.subtype} ${v.arguments.place?.value ?? '-'}`);

  test.each([
    ["About 2,000 North Koreans detained as 'illegal migrants' in China await their fate.", ['arrest-jail China']],
    ['Two traders were arrested as spies in Dandong.', ['arrest-jail Dandong']],
    // must not: "as" past a comma, or farther from the trigger, opens another event's clause
    ['Pak Yong-su was sentenced, as the United Nations opened a field office in Seoul.', ['sentence -']],
    ['Pak Yong-su was sentenced last week as the United Nations opened a field office in Seoul.', ['sentence -']],
    ['Brokers face long sentences as guards tighten control over the Yalu River crossings.', ['sentence -']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('a sentence received, and a definite penalty noun that repeats one (events15)', () => {
  const triggersOf = (text: string) => eventsOf(text).filter((v) => v.subtype === 'sentence').map((v) => v.trigger);

  test.each([
    ['Kang Mi-ok was convicted of fraud, but received a suspended sentence.', ['sentence']],
    ['One aid worker, Jo Song-il, got a lengthy sentence.', ['sentence']],
    ['Three brokers received heavy terms at the trial.', ['terms']],
    ['The law increased the punishment for the sale of foreign films.', ['punishment']],
    // must not: a definite noun with no complement repeats a told sentence; the noun no object of the verb
    ['The three who received the sentences include a police chief.', []],
    ['He received a letter about his sentence.', []],
    ['The prisoners received three meals a day, on different terms.', []],
  ])('%s', (text, expected) => {
    expect(triggersOf(text)).toEqual(expected);
  });
});

describe('"sacked" from a post, and a case sent to prosecutors (events15)', () => {
  const eventsAt = (text: string) => eventsOf(text, { published: '2024-06-20' }).map((v) => `${v.subtype} ${v.trigger} ${v.arguments.time?.value ?? '-'}`);

  test.each([
    ['Around 100 party officials loyal to the minister were sacked.', ['sentence sacked -']],
    ['Kato Shiro was arrested Friday and sent to prosecutors Sunday.', ['arrest-jail arrested 2024-06-14', 'charge-indict sent to prosecutors 2024-06-16']],
    // must not: a city sacked, a report sent to prosecutors
    ['The city was sacked by invaders in 410.', []],
    ['Police sent the report to prosecutors.', []],
  ])('%s', (text, expected) => {
    expect(eventsAt(text)).toEqual(expected);
  });
});
