import { describe, expect, test } from 'vitest';
import type { EntityOf, PenaltyKind } from '../../src/types.js';
import { extract } from '../helpers.js';

/** [text, canonical, kind] of each penalty. */
const penalties = (text: string) =>
  extract(text).entities.filter((e): e is EntityOf<'PENALTY'> => e.type === 'PENALTY').map((e) => [e.text, e.canonical, e.norm.kind]);

describe('every kind of penalty', () => {
  test.each<[string, string, string, PenaltyKind]>([
    ['The smuggler faced a public execution in the market.', 'public execution', 'death penalty', 'death_penalty'],
    ['Three dealers were publicly executed last month.', 'executed', 'death penalty', 'death_penalty'],
    ['The court handed down a death sentence.', 'death sentence', 'death penalty', 'death_penalty'],
    ['He was killed by firing squad.', 'firing squad', 'death penalty', 'death_penalty'],
    ['Capital punishment is used for drug crimes.', 'Capital punishment', 'death penalty', 'death_penalty'],
    ['She was sent to a labor training camp.', 'labor training camp', 'labor training', 'labor_training'],
    ['He spent the winter in a labour training centre.', 'labour training centre', 'labor training', 'labor_training'],
    ['The rodong danryeondae is run by the police.', 'rodong danryeondae', 'labor training', 'labor_training'],
    ['The dallyondae holds petty offenders.', 'dallyondae', 'labor training', 'labor_training'],
    ['He is serving reform through labor.', 'reform through labor', 'reform through labor', 'reform_through_labor'],
    ['He was sent to a kyohwaso in the north.', 'kyohwaso', 'reform through labor', 'reform_through_labor'],
    ['The correctional labor camp holds 3,000 inmates.', 'correctional labor camp', 'reform through labor', 'reform_through_labor'],
    ['Whole families disappear into a kwanliso.', 'kwanliso', 'political prison camp', 'political_prison_camp'],
    ['He was born in a political prison camp.', 'political prison camp', 'political prison camp', 'political_prison_camp'],
    ['The returnees were held at a jipkyulso.', 'jipkyulso', 'detention', 'detention'],
    ['The suspects sat in the kuryujang for weeks.', 'kuryujang', 'detention', 'detention'],
    ['Guards beat him in the detention center.', 'detention center', 'detention', 'detention'],
    ['The cadres faced dismissal.', 'dismissal', 'dismissal', 'dismissal'],
    ['The official was dismissed from his post.', 'dismissed', 'dismissal', 'dismissal'],
    ['The traders were fined heavily.', 'fined', 'monetary fine', 'fine'],
    ['He paid a fine of 50,000 won.', 'fine', 'monetary fine', 'fine'],
    ['Violators were hit with heavy fines.', 'fines', 'monetary fine', 'fine'],
    ['The couple was put through a public struggle session.', 'public struggle session', 'public struggle session', 'public_struggle_session'],
    ['A public criticism session was held at the factory.', 'public criticism session', 'public struggle session', 'public_struggle_session'],
    ['The family was banished to a mountain village.', 'banished', 'internal exile', 'exile'],
    ['The family was sent into exile in a remote village.', 'exile', 'internal exile', 'exile'],
    ['Forced relocation awaits the relatives.', 'Forced relocation', 'internal exile', 'exile'],
    ['Confiscation of property followed the verdict.', 'Confiscation of property', 'confiscation', 'confiscation'],
    ['Police confiscated the phones at the checkpoint.', 'confiscated', 'confiscation', 'confiscation'],
    ['She was put through a criticism session at work.', 'criticism session', 'public struggle session', 'public_struggle_session'],
    ['A crowd trial is a way of judging and executing criminals.', 'executing', 'death penalty', 'death_penalty'],
    ['The whole family was expelled from Pyongyang.', 'expelled', 'internal exile', 'exile'],
    ['Their punishment is expulsion from the capital.', 'expulsion', 'internal exile', 'exile'],
    ['The girls were made to stand through a public shaming session.', 'public shaming session', 'public struggle session', 'public_struggle_session'],
    ['Inmates of the "Disciplinary Labor Center" dig ditches.', 'Disciplinary Labor Center', 'labor training', 'labor_training'],
    ['The smuggler was sentenced to death.', 'death', 'death penalty', 'death_penalty'],
    ['The code sets the maximum penalty at death.', 'death', 'death penalty', 'death_penalty'],
    ['He faced imprisonment abroad.', 'imprisonment', 'imprisonment', 'imprisonment'],
    ['The broker was jailed for two years in China.', 'jailed for two years', 'imprisonment', 'imprisonment'],
    ['The guard was sent to a forced labor camp.', 'forced labor camp', 'reform through labor', 'reform_through_labor'],
    ['The law punishes such acts with forced labour.', 'forced labour', 'reform through labor', 'reform_through_labor'],
    ['Organizers were sentenced to re-education.', 're-education', 'reform through labor', 'reform_through_labor'],
    ['He died in a camp for political prisoners.', 'camp for political prisoners', 'political prison camp', 'political_prison_camp'],
    ['Agents confiscate any foreign phone they find.', 'confiscate', 'confiscation', 'confiscation'],
    ['The sergeant was discharged from the military.', 'discharged from the military', 'dismissal', 'dismissal'],
    ['The code sets up to a year of disciplinary labor.', 'a year of disciplinary labor', 'labor training', 'labor_training'],
    ['The broker was sent to prison for fraud.', 'sent to prison', 'imprisonment', 'imprisonment'],
    ['Viewers are sent to correctional facilities.', 'correctional facilities', 'reform through labor', 'reform_through_labor'],
    ['He will be sent to a prison camp for political criminals.', 'prison camp for political criminals', 'political prison camp', 'political_prison_camp'],
    ['Thirty returnees are held at the state security jail in the city.', 'state security jail', 'detention', 'detention'],
    ['The county director was forcibly retired after taking a bribe.', 'forcibly retired', 'dismissal', 'dismissal'],
  ])('%s', (text, mention, canonical, kind) => {
    expect(penalties(text)).toEqual([[mention, canonical, kind]]);
  });

  test('expulsion from the party leaves "the party" an organization', () => {
    const doc = extract('He was expelled from the party.');
    expect(doc.entities.map((e) => [e.type, e.text, e.canonical])).toEqual([
      ['PENALTY', 'expelled', 'party expulsion'],
      ['ORG', 'party', "Workers' Party of Korea"],
    ]);
  });
});

describe('ordinary words are penalties only in their penal sense', () => {
  test.each([
    'It is fine to go to the market now.',
    'The weather was fine all week.',
    'He dismissed the rumor as nonsense.',
    'The defector has lived in exile in Seoul since 2010.',
    'The student was expelled from school for fighting.',
    'The editorial criticized the cadres.',
    'The article criticized the labor camp system in general.',
    'Students were mobilized for forced labor on the farms in spring.',
    'The re-education of teachers began in March.',
    'The prison guards ate first.',
    'Their relatives were sent to prison camps, the source said.',
    'The patient was discharged from the hospital.',
    'The cadres were executing orders from the center.',
    'She was expelled from her university in Pyongyang.',
    'The teacher retired after forty years.',
    'Guards at the jail ate first.',
    'The security guards were labelled political criminals.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
});

describe('penalty wordings of other translators (#16 §2)', () => {
  test.each([
    ['He was sentenced to 15 years of labor correction for the films.', '15 years of labor correction', 'reform through labor', 'reform_through_labor'],
    ['She got eight years of corrective labour.', 'eight years of corrective labour', 'reform through labor', 'reform_through_labor'],
    ['The dealer was publicly hanged in the market.', 'hanged', 'death penalty', 'death_penalty'],
  ])('%s', (text, mention, canonical, kind) => {
    expect(penalties(text)).toEqual([[mention, canonical, kind]]);
  });
  test.each([
    'A portrait of the leader hung in every room.',
    'The correction of the error took a year of labor.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
});

describe('penalty wordings of the eighth batch (#16 §2, entities9)', () => {
  test.each([
    ['They face a minimum of 6 years imprisonment with hard labor.', '6 years imprisonment with hard labor', 'reform through labor', 'reform_through_labor'],
    ['In grave cases it is 9 years with hard labor.', '9 years with hard labor', 'reform through labor', 'reform_through_labor'],
    ['The rest got seven years of reeducation for the films.', 'seven years of reeducation', 'reform through labor', 'reform_through_labor'],
    ['Dealers face three to six years of re-education.', 're-education', 'reform through labor', 'reform_through_labor'],
    ['The broker faces prison time in China.', 'prison time', 'imprisonment', 'imprisonment'],
    ['The minister was expelled from office in March.', 'expelled from office', 'dismissal', 'dismissal'],
  ])('%s', (text, mention, canonical, kind) => {
    expect(penalties(text)).toEqual([[mention, canonical, kind]]);
  });
  test.each([
    'The reeducation of teachers began in March.',
    'He was expelled from the room by the chairman.',
    'The old prison was rebuilt over time.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
});

describe('what the ninth batch showed is no penalty (#16 §2, entities10)', () => {
  test.each([
    // custody of someone, a kind of camp no word names, the exploitation a state's "use of" forced labor describes
    'The state sometimes uses the detention of foreigners as a means of pressure.',
    'A defector appears to have been sent to a concentration camp in the North.',
    'The camp takes a harsh, concentration-camp approach to punishment.',
    'End the use of forced labor, including in prisons, and end harsh punishments.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
  test.each([
    ['Minors are freed from investigation or detention.', 'detention', 'detention', 'detention'],
    ['Traffickers face five years of forced labor as punishment.', 'five years of forced labor', 'reform through labor', 'reform_through_labor'],
  ])('%s', (text, mention, canonical, kind) => {
    expect(penalties(text)).toEqual([[mention, canonical, kind]]);
  });
});

describe('what the tenth batch showed (#16 §2, entities11)', () => {
  test.each([
    ['Ri Chol-man was sent to a political prison after the trial.', 'political prison', 'political prison camp', 'political_prison_camp'],
    ['Pak Yong-su spent time in jail for theft last year.', 'time in jail', 'imprisonment', 'imprisonment'],
    ['Their punishment will be 8 years of reform through hard labor.', '8 years of reform through hard labor', 'reform through labor', 'reform_through_labor'],
    ["The Kang family was evicted from the county after the boy's arrest.", 'evicted', 'internal exile', 'exile'],
    ['Once, Choe was held at a detention center for more than a year.', 'detention center for more than a year', 'detention', 'detention'],
    ['Returnees are severely beaten at detention centers near the border.', 'detention centers', 'detention', 'detention'],
    ['Police throw people without travel papers into detention facilities.', 'detention facilities', 'detention', 'detention'],
    ['She was released from an MPS holding center after paying.', 'holding center', 'detention', 'detention'],
  ])('%s', (text, mention, canonical, kind) => {
    expect(penalties(text)).toEqual([[mention, canonical, kind]]);
  });
  test.each([
    // the centre as an institution (adjudication 6), an eviction by a landlord, a camp's inmates as a population
    'The detention center is full of people like a rabbit cage.',
    'The April riot in a detention center near Sanhe ended when troops arrived.',
    'They protested over bad treatment in a northeastern Chinese detention center.',
    'The tenants were evicted from their homes by the landlord.',
    'The political prison system grew in the 1970s.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
});

describe('camp words naming the institution (adjudication 6, eleventh batch)', () => {
  test.each([
    ['Her whole family was sent to political prison camps in 1990.', 'political prison camps'],
    ['Tens of thousands are held in kwanliso across the north.', 'kwanliso'],
    ['Defectors who return face years in political prisoner camps.', 'political prisoner camps'],
  ])('%s', (text, mention) => {
    expect(penalties(text)).toEqual([[mention, 'political prison camp', 'political_prison_camp']]);
  });
  test.each([
    'The report describes conditions in political prison camps run by the ministry.',
    'Satellite images show the kwanliso has grown by a third.',
    'An estimated 120,000 people live in political prison camps, the report said.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
});

describe('what the twelfth batch showed (#16 §2, entities12)', () => {
  test.each([
    ['Ri Chol-su was ordered to forfeit some 30 million won he had gained.', 'forfeit', 'confiscation', 'confiscation'],
    ['The court ordered the forfeiture of the smuggled gold.', 'forfeiture', 'confiscation', 'confiscation'],
    ['The tourist was sentenced to 12 years of compulsory labour.', '12 years of compulsory labour', 'reform through labor', 'reform_through_labor'],
  ])('%s', (text, mention, canonical, kind) => {
    expect(penalties(text)).toEqual([[mention, canonical, kind]]);
  });
  test.each([
    // a forfeit that no court orders, labour mobilisation that is no sentence
    'The team chose to forfeit the match in protest.',
    'He forfeited his right to appeal by leaving the country.',
    'Farmers are called up for compulsory labour on state farms every spring.',
  ])('no penalty: %s', (text) => {
    expect(penalties(text)).toEqual([]);
  });
});
