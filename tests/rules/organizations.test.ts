import { describe, expect, it, test } from 'vitest';
import type { EntityOf } from '../../src/types.js';
import { extract, found } from '../helpers.js';

const orgs = (text: string, published: string | null = null): EntityOf<'ORG'>[] =>
  extract(text, { published }).entities.filter((e): e is EntityOf<'ORG'> => e.type === 'ORG');
/** [text, canonical, rule] of each organization. */
const rows = (text: string, published: string | null = null) => orgs(text, published).map((e) => [e.text, e.canonical, e.rule]);

describe('renamed organizations resolve to the current name', () => {
  test.each([
    ['The State Security Department arrested the broker.', '2015-03-02', 'State Security Department', 'Ministry of State Security'],
    ['The SSD arrested the broker.', '2015-03-02', 'SSD', 'Ministry of State Security'],
    ["The Ministry of People's Security arrested the dealer.", '2018-05-07', "Ministry of People's Security", 'Ministry of Social Security'],
    ['The MPS arrested the dealer.', '2018-05-07', 'MPS', 'Ministry of Social Security'],
    ["Officers of the Ministry of People's Armed Forces were punished.", '2017-01-10', "Ministry of People's Armed Forces", 'Ministry of National Defence'],
    ['He joined the Kimilsungist-Kimjongilist Youth League.', '2019-06-01', 'Kimilsungist-Kimjongilist Youth League', 'Socialist Patriotic Youth League'],
    ['He joined the Kim Il Sung Socialist Youth League.', '2010-06-01', 'Kim Il Sung Socialist Youth League', 'Socialist Patriotic Youth League'],
    ['The Korean Democratic Women\'s Union held a meeting.', '2012-06-01', "Korean Democratic Women's Union", "Socialist Women's Union of Korea"],
    ['The National Defence Commission issued an order.', '2012-06-01', 'National Defence Commission', 'State Affairs Commission'],
    ['The Unified Command on Non-Socialist and Anti-Socialist Behavior ordered raids.', '2020-03-01', 'Unified Command on Non-Socialist and Anti-Socialist Behavior', 'Unified Command 82'],
  ])('%s (%s)', (text, published, mention, canonical) => {
    expect(orgs(text, published).map((e) => [e.text, e.canonical])).toEqual([[mention, canonical]]);
  });
});

describe('"MSS": Ministry of State Security or Ministry of Social Security', () => {
  test.each([
    // before 2020 only State Security used it
    ['The MSS detained two smugglers.', '2018-05-07', 'Ministry of State Security', 'gazetteer:shared-by-date'],
    ['MSS agents and the police searched the house.', '2018-05-07', 'Ministry of State Security', 'gazetteer:shared-by-date'],
    // since 2020 both: the sentence's words, else State Security
    // "police" is no clue: State Security works with the police
    ['MSS agents and the police searched the house.', '2022-02-01', 'Ministry of State Security', 'gazetteer:shared-by-default'],
    ['MSS anjonwon searched the house.', '2022-02-01', 'Ministry of Social Security', 'gazetteer:shared-by-context'],
    ['The MSS tracked down the spies.', '2022-02-01', 'Ministry of State Security', 'gazetteer:shared-by-context'],
    ['The MSS detained two smugglers.', '2022-02-01', 'Ministry of State Security', 'gazetteer:shared-by-default'],
    ['The MSS detained two smugglers.', null, 'Ministry of State Security', 'gazetteer:shared-by-default'],
  ])('%s (%s)', (text, published, canonical, rule) => {
    expect(rows(text, published)).toEqual([['MSS', canonical, rule]]);
  });

  test("the article's own expansion wins over date and context", () => {
    const text = 'The Ministry of Social Security (MSS) sent study materials to its branches. The MSS also told spies to surrender.';
    expect(rows(text, '2022-02-01')).toEqual([
      ['Ministry of Social Security', 'Ministry of Social Security', 'gazetteer'],
      ['MSS', 'Ministry of Social Security', 'gazetteer:shared-by-expansion'],
      ['MSS', 'Ministry of Social Security', 'gazetteer:shared-by-expansion'],
    ]);
  });

  test('the acronym shown is the current one', () => {
    expect(orgs('The MPS arrested the dealer.', '2018-05-07')[0]!.norm).toEqual({ kind: 'police', acronym: 'MSS' });
    expect(orgs('The SSD arrested the broker.', '2015-03-02')[0]!.norm).toEqual({ kind: 'security', acronym: 'MSS' });
  });
});

describe('"MPS": North Korea\'s former police ministry or China\'s', () => {
  test.each([
    ['The MPS arrested the dealer.', '2018-05-07', 'Ministry of Social Security'],
    ['The MPS arrested the dealer.', '2022-02-01', 'Ministry of Social Security'],
    ['Chinese MPS officers arrested the defectors.', '2018-05-07', "Ministry of Public Security of the People's Republic of China"],
    ['Chinese MPS officers arrested the defectors.', '2022-02-01', "Ministry of Public Security of the People's Republic of China"],
  ])('%s (%s)', (text, published, canonical) => {
    expect(orgs(text, published).map((e) => [e.text, e.canonical])).toEqual([['MPS', canonical]]);
  });
});

describe('"Ministry of National Defense": South Korea\'s, or the North\'s since 2020', () => {
  test.each([
    ['The Ministry of National Defense in Seoul released the figures.', '2018-05-07', 'Ministry of National Defense of the Republic of Korea'],
    ['The Ministry of National Defense in Seoul released the figures.', '2022-02-01', 'Ministry of National Defense of the Republic of Korea'],
    ['The Ministry of National Defense in Pyongyang issued the order.', '2022-02-01', 'Ministry of National Defence'],
    ['The Ministry of National Defence in Pyongyang issued the order.', '2018-05-07', 'Ministry of National Defence'],
  ])('%s (%s)', (text, published, canonical) => {
    expect(orgs(text, published).map((e) => e.canonical)).toEqual([canonical]);
  });
});

describe('"State Security" and "the party"', () => {
  test.each([
    ['Instructions came from State Security and the police.', [['State Security', 'Ministry of State Security']]],
    ["People's Security officers searched the market.", [["People's Security", 'Ministry of Social Security']]],
    ["All residents must carry out the party's decisions.", [['party', "Workers' Party of Korea"]]],
    ['The Party ordered cadres to report on their subordinates.', [['Party', "Workers' Party of Korea"]]],
    ['He was a loyal member of the party for thirty years.', [['party', "Workers' Party of Korea"]]],
    ['The Workers’ Party sent inspectors to the province.', [['Workers’ Party', "Workers' Party of Korea"]]],
    ['The WPK and the KWP are the same party.', [['WPK', "Workers' Party of Korea"], ['KWP', "Workers' Party of Korea"]]],
    ['The Party Central Committee issued a directive.', [['Party Central Committee', "Central Committee of the Workers' Party of Korea"]]],
  ])('%s', (text, expected) => {
    expect(found(text, 'ORG')).toEqual(expected);
  });

  test.each([
    'The fugitives were held for state security reasons.',
    'Security agents involved in the crackdown may avoid powerful people.',
    'Security was tight around the market.',
    'The party ended at midnight when the music stopped.',
    'They threw a party for the new bride.',
    'Party members gathered in the hall.',
    'A party of hikers reached the summit.',
    // local units of a generic kind
    'The inminban head collected the lists.',
    'Leaders of neighborhood watch units reported the users.',
    'The county police station was raided.',
  ])('no organization: %s', (text) => {
    expect(found(text, 'ORG')).toEqual([]);
  });
});

describe('informal, Korean and task-force names', () => {
  test.each([
    ['He was taken away by the bowibu at dawn.', 'bowibu', 'Ministry of State Security', 'security'],
    ['The county anjonbu searched every house.', 'anjonbu', 'Ministry of Social Security', 'police'],
    ['The county anjeonbu searched every house.', 'anjeonbu', 'Ministry of Social Security', 'police'],
    ['Officers of the boanseong took bribes.', 'boanseong', 'Ministry of Social Security', 'police'],
    ['Group 82 inspectors searched phones.', 'Group 82', 'Unified Command 82', 'security'],
    ['The 109 Sangmu confiscated the DVDs.', '109 Sangmu', 'Group 109', 'security'],
    ['A bisa gruppa arrived from Pyongyang.', 'bisa gruppa', 'Non-Socialist Group', 'security'],
    ['Non-socialist inspection groups raided the market.', 'Non-socialist inspection groups', 'Non-Socialist Group', 'security'],
    ['The Organization and Guidance Department disciplined the cadres.', 'Organization and Guidance Department', 'Organization and Guidance Department', 'party'],
    ['The OGD disciplined the cadres.', 'OGD', 'Organization and Guidance Department', 'party'],
    ['The Central Public Prosecutors Office reviewed the case.', 'Central Public Prosecutors Office', 'Central Public Prosecutors Office', 'judicial'],
    ['The Central Court upheld the sentence.', 'Central Court', "Supreme Court of the Democratic People's Republic of Korea", 'judicial'],
    ["The Supreme People's Court heard the case.", "Supreme People's Court", "Supreme Court of the Democratic People's Republic of Korea", 'judicial'],
    ['Soldiers of the Storm Corps guard the river.', 'Storm Corps', 'Storm Corps', 'military'],
    ['The Guard Command protects the leader.', 'Guard Command', 'Guard Command', 'military'],
    ['The Military Security Command arrested the officer.', 'Military Security Command', 'Military Security Command', 'military'],
    ['A KPA unit ran the smuggling route.', 'KPA', "Korean People's Army", 'military'],
    ['The Socialist Patriotic Youth League mobilized students.', 'Socialist Patriotic Youth League', 'Socialist Patriotic Youth League', 'mass'],
    ['The General Federation of Trade Unions of Korea held a rally.', 'General Federation of Trade Unions of Korea', 'General Federation of Trade Unions of Korea', 'mass'],
    ['The Union of Agricultural Workers of Korea met in April.', 'Union of Agricultural Workers of Korea', 'Union of Agricultural Workers of Korea', 'mass'],
  ])('%s', (text, mention, canonical, kind) => {
    const [e, ...rest] = orgs(text);
    expect(rest).toEqual([]);
    expect([e!.text, e!.canonical, e!.norm.kind]).toEqual([mention, canonical, kind]);
  });
});

describe('media, NGOs, international and foreign bodies', () => {
  test.each([
    ['A source told Daily NK on Wednesday.', 'Daily NK', 'Daily NK'],
    ['A source told RFA on condition of anonymity.', 'RFA', 'Radio Free Asia'],
    ['Radio Free Asia reported the arrests.', 'Radio Free Asia', 'Radio Free Asia'],
    ['ASIAPRESS obtained the prices.', 'ASIAPRESS', 'Asia Press'],
    ['A reporter for Asia Press filmed the market.', 'Asia Press', 'Asia Press'],
    ['NK News reviewed the satellite images.', 'NK News', 'NK News'],
    ['The report was carried by UPI on Monday.', 'UPI', 'UPI'],
    ['United Press International carried the report.', 'United Press International', 'UPI'],
    ['Seoul confirmed the figures to Yonhap.', 'Yonhap', 'Yonhap News Agency'],
    ['State media KCNA reported the meeting.', 'KCNA', 'Korean Central News Agency'],
    ['The Rodong Sinmun printed the editorial.', 'Rodong Sinmun', 'Rodong Sinmun'],
    ['He spoke to the Voice of America.', 'Voice of America', 'Voice of America'],
    ['Reporters from UMG interviewed him.', 'UMG', 'Unification Media Group'],
    ['Human Rights Watch documented the abuses.', 'Human Rights Watch', 'Human Rights Watch'],
    ['The findings of Amnesty International were cited.', 'Amnesty International', 'Amnesty International'],
    ['The report by Amnesty was cited.', 'Amnesty', 'Amnesty International'],
    ["The Citizens' Alliance for North Korean Human Rights translated it.", "Citizens' Alliance for North Korean Human Rights", "Citizens' Alliance for North Korean Human Rights"],
    ['The Transitional Justice Working Group mapped the sites.', 'Transitional Justice Working Group', 'Transitional Justice Working Group'],
    ['A survey by NKDB found the same.', 'NKDB', 'Database Center for North Korean Human Rights'],
    ['HRNK published the satellite study.', 'HRNK', 'Committee for Human Rights in North Korea'],
    ['The UN Commission of Inquiry heard defectors.', 'UN Commission of Inquiry', "Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea"],
    ['UNODC tracks methamphetamine seizures.', 'UNODC', 'United Nations Office on Drugs and Crime'],
    ['The Unification Ministry declined to comment.', 'Unification Ministry', 'Ministry of Unification'],
    ['The NIS told lawmakers about the purge.', 'NIS', 'National Intelligence Service'],
    ["China's Ministry of Public Security repatriated them.", "China's Ministry of Public Security", "Ministry of Public Security of the People's Republic of China"],
    ['In China, the Public Security Bureau questioned the defectors.', 'Public Security Bureau', "Ministry of Public Security of the People's Republic of China"],
  ])('%s', (text, mention, canonical) => {
    expect(found(text, 'ORG')).toEqual([[mention, canonical]]);
  });

  test.each([
    'Amnesty was promised to those who turned themselves in.',
    'The regime promised amnesty to drug users.',
    'The two companies signed an MOU last week.',
    "East Germany's secret police kept files.",
    'The Supreme Court ruled on Thursday.',
    // a generic description in lower case is no mention (docs/annotation.md)
    "North Korea's secret police agency recruits defectors in China.",
    'A police officer with the public security bureau of Yanbian spoke to reporters in China.',
  ])('no organization: %s', (text) => {
    expect(found(text, 'ORG')).toEqual([]);
  });
});

describe('security, military and state bodies under the names the press gives them', () => {
  test.each([
    ['Agents of the National Safety Agency searched the house.', 'National Safety Agency', 'Ministry of State Security'],
    ['The State Safety Agency questioned the broker.', 'State Safety Agency', 'Ministry of State Security'],
    ['In the north, the National Security Agency watches defectors\' families.', 'National Security Agency', 'Ministry of State Security'],
    ['The Social Safety Agency ran the checkpoint.', 'Social Safety Agency', 'Ministry of Social Security'],
    ["An officer of the People's Safety Agency took the bribe.", "People's Safety Agency", 'Ministry of Social Security'],
    ['The Defense Security Command arrested the officers.', 'Defense Security Command', 'Military Security Command'],
    ["The People's Defense Security Bureau questioned the soldiers.", "People's Defense Security Bureau", 'Military Security Command'],
    ['The General Staff Department issued the order.', 'General Staff Department', 'General Staff Department'],
    ['The General Political Bureau sent inspectors.', 'General Political Bureau', 'General Political Bureau'],
    ['The National Defense Committee ordered the crackdown.', 'National Defense Committee', 'State Affairs Commission'],
    ['The 109 Groups searched the houses.', '109 Groups', 'Group 109'],
    ['Korea Central Television aired the trial.', 'Korea Central Television', 'Korean Central Television'],
    ['Officials at the education ministry were executed.', 'education ministry', "Ministry of Education of the Democratic People's Republic of Korea"],
    ['The prosecutor\'s office in Hyesan charged the North Korean women.', "prosecutor's office", 'Central Public Prosecutors Office'],
    ['In the north, the prosecutors’ office demanded death.', 'prosecutors’ office', 'Central Public Prosecutors Office'],
  ])('%s', (text, mention, canonical) => {
    expect(found(text, 'ORG')).toEqual([[mention, canonical]]);
  });

  test.each([
    // the US agency: no North Korean word in the sentence
    'The National Security Agency intercepted the calls.',
  ])('not the ministry: %s', (text) => {
    expect(found(text, 'ORG').filter(([, canonical]) => canonical === 'Ministry of State Security')).toEqual([]);
  });
});

describe("a prosecutor's office that is no named body", () => {
  test.each([
    // a local office of a generic kind
    'The Hyesan prosecutor\'s office charged the North Korean women.',
    'The provincial prosecutor\'s office in North Hamgyong charged her.',
    // no sentence about the North
    'The prosecutor\'s office in Seoul charged the man.',
  ])('%s', (text) => {
    expect(found(text, 'ORG')).toEqual([]);
  });
});

describe('outlets, NGOs and UN bodies that report on North Korea', () => {
  test.each([
    ['Reuters reported the seizure.', 'Reuters', 'Reuters'],
    ['Xinhua carried the statement.', 'Xinhua', 'Xinhua News Agency'],
    ['The photo was taken by AFP.', 'AFP', 'Agence France-Presse'],
    ['The Chosun Ilbo cited a source.', 'Chosun Ilbo', 'Chosun Ilbo'],
    ['The Joongang Ilbo reported it first.', 'Joongang Ilbo', 'JoongAng Ilbo'],
    ['The Rimjingang magazine printed the photos.', 'Rimjingang', 'Rimjin-gang'],
    ['Good Friends said the executions rose.', 'Good Friends', 'Good Friends'],
    ['The footage was broadcast by the Japanese television network NTV.', 'NTV', 'Nippon TV'],
    ['The NGO Life Funds for North Korean Refugees said so.', 'Life Funds for North Korean Refugees', 'Life Funds for North Korean Refugees'],
    ['The International Labour Organisation criticized the camps.', 'International Labour Organisation', 'International Labour Organization'],
    ['Justice for North Korea counted the returnees.', 'Justice for North Korea', 'Justice for North Korea'],
    ['The U.N. Security Council met on Friday.', 'U.N. Security Council', 'United Nations Security Council'],
    ['The UN Human Rights Council adopted the resolution.', 'UN Human Rights Council', 'United Nations Human Rights Council'],
    ['UNHCR asked China to stop the returns.', 'UNHCR', 'United Nations High Commissioner for Refugees'],
    ['The Institute for National Security Strategy published the survey.', 'Institute for National Security Strategy', 'Institute for National Security Strategy'],
    ['Phones made by Samsung are smuggled across.', 'Samsung', 'Samsung'],
    ['According to the Choson Ilbo, the official fled.', 'Choson Ilbo', 'Chosun Ilbo'],
    ['SEOUL, Oct 19 (efe-epa).- The report was released.', 'efe-epa', 'EFE'],
    ['According to Free North Korea Broadcasting, ten were caught.', 'Free North Korea Broadcasting', 'Free North Korea Radio'],
    ['Officials with the Voice of the Martyrs said the students were held.', 'Voice of the Martyrs', 'Voice of the Martyrs'],
    ['The study by Global Rights Compliance counted the returnees.', 'Global Rights Compliance', 'Global Rights Compliance'],
    ['The network was built with Orascom Telecom in 2008.', 'Orascom Telecom', 'Orascom Telecom'],
    ['Koryolink has millions of subscribers.', 'Koryolink', 'Koryolink'],
    ['He was a cadre of the Rodong Dang in Hyesan.', 'Rodong Dang', "Workers' Party of Korea"],
    ['Inspectors of Unit 114 seized the discs.', 'Unit 114', 'Group 114'],
  ])('%s', (text, mention, canonical) => {
    expect(found(text, 'ORG')).toEqual([[mention, canonical]]);
  });

  test("Amnesty's national sections are organizations of their own", () => {
    expect(found("Pak Mi-ra, Amnesty UK's director of campaigns, and Amnesty International both spoke.", 'ORG')).toEqual([
      ['Amnesty UK', 'Amnesty International UK'],
      ['Amnesty International', 'Amnesty International'],
    ]);
    expect(found('Amnesty USA and Amnesty Korea marched.', 'ORG')).toEqual([
      ['Amnesty USA', 'Amnesty International USA'],
      ['Amnesty Korea', 'Amnesty International Korea'],
    ]);
    expect(extract("Amnesty UK's director spoke.").entities.filter((e) => e.type === 'PLACE')).toEqual([]);
  });

  test('a UN council is not the United Nations', () => {
    expect(found('The UN Security Council and the United Nations both spoke.', 'ORG')).toEqual([
      ['UN Security Council', 'United Nations Security Council'],
      ['United Nations', 'United Nations'],
    ]);
  });

  test('the river keeps its name where no magazine is meant', () => {
    expect(found('They crossed the Rimjin River at night.', 'ORG')).toEqual([]);
  });
});

describe('families of bodies unseen reporting names (#16 §2)', () => {
  test.each([
    ["The Tanbong cadre worked for the United Front Department before his arrest.", 'United Front Department', 'United Front Department'],
    ['The Politburo dismissed the Tanbong county secretary last week.', 'Politburo', "Political Bureau of the Central Committee of the Workers' Party of Korea"],
    ['Minju Joson published the decree on the front page.', 'Minju Joson', 'Minju Joson'],
    ['The website Uriminzokkiri posted the Tanbong video.', 'Uriminzokkiri', 'Uriminzokkiri'],
    ['The State Department said it was concerned about the Tanbong trial.', 'State Department', 'United States Department of State'],
    ['The FBI tracked the Tanbong hackers for a year.', 'FBI', 'Federal Bureau of Investigation'],
    ['The European Union urged Beijing to stop the returns.', 'European Union', 'European Union'],
    ['The United Nations Command said the soldier crossed the line.', 'United Nations Command', 'United Nations Command'],
    ['The UN Panel of Experts said the Tanbong ship broke sanctions.', 'UN Panel of Experts', 'UN Panel of Experts'],
    ['Christian Solidarity Worldwide said the believers were sent to camps.', 'Christian Solidarity Worldwide', 'Christian Solidarity Worldwide'],
    ['The group Open Doors ranked the country first again.', 'Open Doors', 'Open Doors'],
    ['Reporters Without Borders ranked the country last again.', 'Reporters Without Borders', 'Reporters Without Borders'],
    ['The Korea Coast Guard found the Tanbong boat near the island.', 'Korea Coast Guard', 'Korea Coast Guard'],
    ['The National Assembly passed the Tanbong bill on Friday.', 'National Assembly', 'National Assembly of the Republic of Korea'],
  ])('%s', (text, mention, canonical) => {
    expect(orgs(text).map((e) => [e.text, e.canonical])).toEqual([[mention, canonical]]);
  });

  test('a committee of the National Assembly is one name, not the assembly and a unit', () => {
    expect(orgs('Members of the National Assembly Intelligence Committee were briefed.').map((e) => e.text)).toEqual(['National Assembly Intelligence Committee']);
  });
});

describe('a name of ordinary words and no head word matches only capitalised', () => {
  test.each([
    'They were good friends before the war and kept in touch.',
    'The regime will not open doors to foreigners.',
    'Crossing borders without a permit is punished.',
    "Those who walk free after a bribe are many, and Korea's future is uncertain.",
  ])('no organization: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  test.each([
    ['Good Friends reported the Tanbong trial.', 'Good Friends'],
    ['The report by Crossing Borders named the Tanbong broker.', 'Crossing Borders'],
  ])('%s', (text, mention) => {
    expect(orgs(text).map((e) => e.text)).toEqual([mention]);
  });

  test('a description written in lower case in the rules still matches as written', () => {
    expect(orgs("He served in North Korea's military before the purge.").map((e) => e.canonical)).toEqual(["Korean People's Army"]);
  });
});

describe('the Associated Press by its initials (#16 §2, entities9)', () => {
  test('"AP reported" is the agency; a caption credit after a bar is furniture', () => {
    expect(found('The guard was held, AP reported.', 'ORG')).toEqual([['AP', 'Associated Press']]);
    expect(found('Guards leaving Pyongyang Airport for China | AP\nGuards were held.', 'ORG')).toEqual([]);
  });
});

describe('companies whose devices and shows reach the North (#16 §2, entities9)', () => {
  test.each([
    ['Even the latest Apple laptops lack a port.', [['Apple', 'Apple']]],
    ["A man sold copies of Netflix's Squid Game.", [['Netflix', 'Netflix']]],
    ['Apple trees grew in the yard. He ate an apple.', []],
  ])('%s', (text, expected) => expect(found(text, 'ORG')).toEqual(expected));
});

describe('gazetteer names the ninth batch showed (#16 §2, entities10)', () => {
  /** [text, canonical] of every organization. */
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  test.each([
    // the UN's councils without "UN", in a sentence naming the UN or what its councils do
    ['China stands ready to veto any attempt to mobilise the Security Council against Pyongyang.', [['Security Council', 'United Nations Security Council']]],
    ['"The Human Rights Council, the biggest body in the U.N., has solved nothing," he said.', [['Human Rights Council', 'United Nations Human Rights Council'], ['U.N.', 'United Nations']]],
    ['The National Security Council met in Seoul over sanctions.', []],
    ['The Security Council of the Tanbong Club met.', [['Security Council of the Tanbong Club', 'Security Council of the Tanbong Club']]],
    // the former name of State Security where people are jailed; the US agency does not jail
    ['Pak and his wife were thrown in jail under the supervision of the National Security Agency.', [['National Security Agency', 'Ministry of State Security']]],
    ['The National Security Agency tapped phones in Washington.', []],
    // the police ministry in the press's English, with a word of the North in the sentence
    ['He was named in a North Korean interior ministry document.', [['interior ministry', 'Ministry of Social Security']]],
    ['The interior ministry of Tanbongia issued visas.', []],
    // China's drug police, in lower case too; the US Army by its demonym
    ["The director of China's narcotics control bureau warned of meth.", [['narcotics control bureau', 'Narcotics Control Bureau']]],
    ['He prosecuted soldiers for using meth in the American Army.', [['American Army', 'United States Army']]],
    // a body named by a function other states' bodies share carries its state (adjudication 5)
    ['The foreign ministry in Pyongyang denied the report.', [['foreign ministry', "Ministry of Foreign Affairs of the Democratic People's Republic of Korea"]]],
    ["South Korea's foreign ministry confirmed the executions.", [['foreign ministry', 'Ministry of Foreign Affairs of the Republic of Korea']]],
    ['Lawmakers at the National Assembly in Seoul met.', [['National Assembly', 'National Assembly of the Republic of Korea']]],
    // an institute by the name it had before it was renamed
    ['Defectors in prison were surveyed by the Korean Institute of Criminology.', [['Korean Institute of Criminology', 'Korean Institute of Criminology and Justice']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('gazetteer names the eleventh batch showed: militia, coast guards, outlets', () => {
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  test.each([
    ['A unit of the Worker-Peasant Red Guards searched the farm.', [['Worker-Peasant Red Guards', 'Worker-Peasant Red Guards']]],
    ['The Japan Coast Guard boarded the freighter off Tottori.', [['Japan Coast Guard', 'Japan Coast Guard']]],
    ['The footage was aired by Nippon Television Network Corp. on Sunday.', [['Nippon Television Network Corp.', 'Nippon TV']]],
    ['A former officer told Asian Boss how arrests were made.', [['Asian Boss', 'Asian Boss']]],
    // China's Red Guards of the 1960s are no militia of the North
    ['Red Guards marched through Beijing in 1966.', []],
    // the top court bare in the North's own words (KCNA, "puppet", "compulsory labour"); Seoul's and Washington's are not
    ['"The Supreme Court sentenced him to 15 years of compulsory labour," KCNA said.', [['Supreme Court', "Supreme Court of the Democratic People's Republic of Korea"], ['KCNA', 'Korean Central News Agency']]],
    ['The Supreme Court in Seoul upheld the sentence of the North Korean spy.', []],
    ['The U.S. Supreme Court heard the DPRK sanctions case.', [['U.S. Supreme Court', 'United States Supreme Court']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('bodies the twelfth batch named: the MSS in lower case, Russia\'s, wires (entities12)', () => {
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  test.each([
    ['Officials under the purged state security chief Ri Chol-man were shot in North Korea.', [['state security', 'Ministry of State Security']]],
    ['In North Korea, state security agents searched the flat.', [['state security', 'Ministry of State Security']]],
    ['Officers of the Kamchatkan Ministry of Home Affairs held 30 North Korean labourers in Russia.', [['Ministry of Home Affairs', 'Ministry of Internal Affairs of the Russian Federation']]],
    ['The labourers had worked for the Russian Pacific Fleet.', [['Russian Pacific Fleet', 'Pacific Fleet']]],
    ['Hamhung, May 2 (IANS) A tourist was sentenced.', [['IANS', 'Indo-Asian News Service']]],
    ['Ri Chol-man worked at the Seoul city government before his arrest.', [['Seoul city government', 'Seoul Metropolitan Government']]],
    ["South Korea's Supreme Court acquitted the defector.", [["South Korea's Supreme Court", 'Supreme Court of the Republic of Korea']]],
    // a threat to the state, China's agents, another state's home ministry (the finder's own name), the US Navy's fleet
    ['Smuggling is a threat to state security in North Korea.', []],
    ["China's state security agents detained the North Korean broker.", []],
    ['The Ministry of Home Affairs in New Delhi issued visas.', [['Ministry of Home Affairs', 'Ministry of Home Affairs']]],
    ['The U.S. Pacific Fleet held drills near Guam.', []],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("the UN's and the United States' bodies with the head abbreviated (entities12; src/rules/variants.ts)", () => {
  const named = (text: string) => orgs(text).map((o) => [o.text, o.canonical]);
  test.each([
    ['Officials of the U.N. High Commissioner for Refugees visited the camp.', [['U.N. High Commissioner for Refugees', 'United Nations High Commissioner for Refugees']]],
    ['The UN High Commissioner for Refugees objected.', [['UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees']]],
    ['Ri Chol-man stepped off a U.S. Air Force jet.', [['U.S. Air Force', 'United States Air Force']]],
    // a form the entry lists keeps its own case rule ("US Attorney's office")
    ["The case was filed by the US Attorney's office in New York.", [["US Attorney's office", "United States Attorney's Office"]]],
    // "us" in lower case is the pronoun
    ['Let us air force our views.', []],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("a state's own outlet settles its state's bodies named without a state (entities13)", () => {
  const orgs = (text: string, outlet?: string) => found(text, 'ORG', outlet ? { outlet } : {}).map(([, c]) => c);
  it('China Daily: the Ministry of Foreign Affairs is China\'s', () => {
    expect(orgs('The soldier died in a hospital, the Ministry of Foreign Affairs said in January.', 'China Daily')).toContain("Ministry of Foreign Affairs of the People's Republic of China");
  });
  it('another outlet: the default, the North\'s', () => {
    expect(orgs('The soldier died in a hospital, the Ministry of Foreign Affairs said in January.', 'Harbor Weekly')).toContain("Ministry of Foreign Affairs of the Democratic People's Republic of Korea");
  });
  it('a state named in the sentence wins over the outlet', () => {
    expect(orgs("Japan's Ministry of Foreign Affairs protested.", 'China Daily')).toContain('Ministry of Foreign Affairs of Japan');
  });
  it.each([
    ['From the Japanese Asahi: a man was held.', 'Asahi Shimbun'],
    ['The Harbor Asan Corp. employee was held, and a Hyundai Asan Corp. manager too.', 'Hyundai Asan Corporation'],
    ['According to The Beijing News, the township saw robberies.', 'Beijing News'],
  ])('short names: %s', (text, canonical) => {
    expect(orgs(text)).toContain(canonical);
  });
  it('no newspaper in the brewer', () => {
    expect(orgs('Asahi Breweries sold beer in Seoul.')).not.toContain('Asahi Shimbun');
  });
});
