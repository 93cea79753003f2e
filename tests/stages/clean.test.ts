import { describe, expect, it } from 'vitest';
import { clean } from '../../src/stages/clean.js';
import { newWorkingDoc } from '../../src/stages/doc.js';
import { pipeline } from '../helpers.js';

const run = (text: string) => clean(newWorkingDoc({ id: 't', source: 't', text }), pipeline().rules);
const marked = (text: string) => run(text).boilerplate.map((s) => text.slice(s.start, s.end));

describe('clean stage', () => {
  it('folds the text without changing its length', () => {
    const text = 'Hamhŭng’s “market”\u00a0closed — again.';
    const doc = run(text);
    expect(doc.folded).toBe('Hamhung\'s "market" closed - again.');
    expect(doc.folded.length).toBe(text.length);
  });

  it.each([
    'Read in Korean',
    '  Read in Korean  ',
    'Loading ...',
    'Print Friendly, PDF & Email',
    'Please direct any comments or questions about this article to someone@example.org.',
    'Questions or comments about this article? Contact us at',
    'Follow us on Facebook and Twitter for more news.',
    'Translated by Jane Doe. Edited by John Roe.',
    'Translated by Kim Mi-ra. Written in English by John Roe.',
    'Pak Mi-ra | 2019-03-02 10:15',
    'By Jane Roe | 2021-11-30',
    '2012/05/14  Pak Mi-ra',
    'Posted by Jane-Roe Wednesday, June 16, 2021',
    'Posted by Pak Mi-ra on March 3, 2019',
    'Jane Roe | HARBOR PRESS',
    'Play Live Radio',
    'Next Up:',
    '0:00 0:00',
    'By Pak Mi-ra, Shenyang correspondent',
    'By Jane Roe, staff reporter',
    'Jane Roe, Ph.D. said...',
    'Harbor Watcher said…',
    '3 comments:',
    'Photo: Harbor Press',
    'Image: Facebook/Jane Roe',
    'Harbor Press via Getty Images',
    'Jane Roe/Harbor Press via Getty Images',
    'REUTERS/Jane Roe',
    '(Yonhap News)',
    'Yonhap',
    'The author is an editorial writer at the Harbor Daily.',
    'Harbor Daily daum',
    'AFP, Tuesday 28 Dec 2010',
    'Reuters, May 7, 2018',
    '20 July 2017 :',
    'June 6, 2013',
    '- Copyright © Harbor Daily & harbor.com',
    'Updated - November 17, 2021 07:03 am IST',
    'Published: 5 March 2010, 19:32',
    'UPDATED at 7:42 ET on Sept. 12, 2024.',
    'Join our brand new verified HPN Telegram channel and get important news uncensored!',
    '1/25/2007',
    'Dec 15, 2021 | 2:02 AM',
    'Pubdate: Mon, 23 Sep 2002',
    'Posted October. 26, 2004 23:04,    ',
    '※ HARBOR PRESS contacts its reporting partners in the North through smuggled Chinese mobile phones.',
    'Wednesday, November 27, 1996 - Page updated at 12:00 AM',
    'Dec 04, 2020  •   •  2 minute read',
    'March 20, 2005|By Jane Roe, Harbor Papers: Tanbong Times.',
    'The Harbor Post, UK/June 6, 2013',
    "- Harbor Students Locked Inside School After Refusing To Join Jane Roe's March",
    'License Photo',
    'Harbor Daily, August 7, 2014',
    'The Tanbong Times, Monday, June 3, 2019',
    'jr/ab (AFP, AP, Reuters)',
    'rc/msh (dpa)',
    '***This article is a translation by Harbor Translate, so it may differ from the Korean version.',
    'This story was machine translated from Korean.',
    '- Harbor Call Center: 962288',
    'Tip-off hotline: 52920043',
    // entities13: glued BBC stamps, byline stamp lines, glued share buttons and menus
    '- Published23 May 2012',
    '- Published4 April 2012',
    'By Jane Roe in Harborville (Harbor Daily) Updated: 2015-06-12 07:31',
    '-- By JaneRoe - 27 Feb 2009',
    '0 CommentsPrint E-mail Harbor Daily, June 4, 2011',
    'Send your storiesGet more from harbor.comMobileRSSNewsletter',
  ])('marks the boilerplate line %j', (line) => {
    const text = `A report on arrests.\n${line}\nMore reporting.`;
    expect(marked(text)).toEqual([line.trim()]);
  });

  it.each([
    'The police read in Korean newspapers that arrests rose.',
    'Loading trucks at the border took all night.',
    'Officials will print new ID cards.',
    'Hyesan Market | 2019-03-02 10:15 prices rose',
    'On 2012/05/14 Pak Mi-ra fled.',
    'On 1/25/2007 Pak Mi-ra fled.',
    'Updated at 7:42 the list showed five names.',
    'Join our protest, the defectors said on the channel.',
    'Posted by Pak Mi-ra, the video shows the trial on June 16, 2021.',
    'Jane Roe | the source said',
    'prices | 2019-03-02',
    'The trial began at 10:00 in the stadium.',
    'Guards play live music on the radio for the troops.',
    'By Pak Mi-ra, who fled in 2019, the camp was described as brutal.',
    'On March 20, 2005 by the river guards shot a man.',
    '※ The ‘Harbor Group’ is an official agency that contacts reporting partners of the state.',
    'The trial, on June 6, 2013, drew a crowd of 2,000 people / guards said.',
    'By the river, guards said...',
    'The guard said that the comments: were false.',
    'SEOUL, May 7 (Yonhap) -- Police arrested five people.',
    'Yonhap reported the arrests on Monday.',
    'The arrests were reported by Yonhap.',
    'Five were held, a source told Daily NK.',
    'Jane Roe fled via China',
    'The author of the report is a lawyer at Harbor Watch.',
    'The full story - as guards tell it - is grim.',
    'AFP, citing a source, said on May 7, 2018 that five were shot.',
    'June 6, 2013 was the day of the trial.',
    '- The copyright office closed in 2019.',
    'Updated rules took effect on May 7, 2018 in the border towns.',
    'Published reports say five were shot.',
    'Seoul, May 7, 2018',
    'Harbor Daily, citing a source, said on August 7, 2014 that five were shot.',
    'his/her (AFP) report said five were shot.',
    'The article is a translation of the law, the ministry said.',
    'The hotline: he called it 962288 times.',
    'Call the police: 112 is the number.',
    'Dec 15, 2021 | the day the trial began',
    '- the guards were paid in cigarettes and rice',
    '- Kim Chol-su, a trader from Hyesan, was arrested in May.',
    '[the source said on June 12, 2013] five were shot.',
    '- Published reports of 23 May 2012 named five guards.',
    'By Jane Roe in Harborville, guards said on 2015-06-12 that five were shot.',
    'By the river - 27 Feb 2009 - guards shot a man.',
    'Five guards shared the comments with Harbor Daily.',
    'Mobile phones and RSS feeds spread the news.',
    'The trial opened - 2003-05-22 - in Hyesan.',
  ])('leaves content alone: %j', (line) => {
    expect(marked(line)).toEqual([]);
  });

  it.each([
    ['A guard post on the Yalu. File Photo by Jane Roe/UPI', 'File Photo by Jane Roe/UPI'],
    ['Police search a market (photo courtesy of a reader) in Hyesan.', 'photo courtesy of a reader'],
    ['Officials met on Monday. (END)', '(END)'],
    ['A man waits at a station. Photograph taken by Jane Roe in Sinuiju.', 'Photograph taken by Jane Roe'],
    ['Guards say escape is impossible. (PAK Mi-ra)', '(PAK Mi-ra)'],
    ['Guards say escape is impossible. (MORI Ken / PAK Mi-ra)', '(MORI Ken / PAK Mi-ra)'],
    [`Guards say ${'the river is watched and '.repeat(20)}escape is impossible. (PAK Mi-ra)`, '(PAK Mi-ra)'],
    ['A market in Hyesan. Photographed in 2015 by HARBOR PRESS', 'Photographed in 2015 by HARBOR PRESS'],
    ['A market in Hyesan, photographed by Jane Roe.', 'photographed by Jane Roe'],
    ['A camp in South Pyongan Province. Photo: Harbor Press, May 2011.', 'Photo: Harbor Press, May 2011.'],
    ['A woman walks in Wonsan, North Korea. Photo: Harbor Press', 'Photo: Harbor Press'],
    ['A guard at his post. Image: Facebook/Jane Roe', 'Image: Facebook/Jane Roe'],
    ['A view of Hyesan. / Image: Harbor Daily', '/ Image: Harbor Daily'],
    ['A soldier on the Yalu. Jane Roe/Harbor Press via Getty Images', 'Jane Roe/Harbor Press via Getty Images'],
    ['A soldier on the Yalu. (Harbor Photo/Jane Roe/US Navy)', '(Harbor Photo/Jane Roe/US Navy)'],
    ['A checkpoint seen in 2019. (Harbor Press)', '(Harbor Press)'],
    ['A report published by the ministry. Yonhap', 'Yonhap'],
    [' date 2024-04-26 Photo : HARBOR News', 'Photo : HARBOR News'],
    ['Guards patrol the bank of the Yalu -- AFP', 'AFP'],
    ['–IANS', 'IANS'],
    ['A market in Hyesan. © Harbor Press 2019', '© Harbor Press 2019'],
    ['Six were hurt, the group said. Full Story - Discount Shoes - Camping Gear', 'Full Story - Discount Shoes - Camping Gear'],
    ['(Photo) Guards at drill, taken by ROE Jane from the Chinese side in August 2004 (HARBOR PRESS).', 'taken by ROE Jane from the Chinese side in August 2004 (HARBOR PRESS).'],
    ['A sign on the border. Taken by ROE Jane in July 2017.', 'Taken by ROE Jane in July 2017.'],
    ['Map of the border region ( ASIAPRESS)', '( ASIAPRESS)'],
    ['Published - March 05, 2010 07:32 pm IST - SEOUL', 'Published - March 05, 2010 07:32 pm IST'],
    ['[June 12, 2013]  SEOUL, South Korea (Harbor) -- Guards arrested five.', '[June 12, 2013]'],
    ['Guards at a parade in Pyongyang. Harbor/Jane Roe | License Photo', 'Harbor/Jane Roe | License Photo'],
    ['Guards at a parade in Pyongyang. (Harbor Photo/Jane Roe/US Navy) | License Photo', '(Harbor Photo/Jane Roe/US Navy) | License Photo'],
    ['A soldier stands guard at the border. (Photo: Harbor Press)', '(Photo: Harbor Press)'],
    ['A soldier stands guard at the border. (Photo by Jane Roe/Harbor)', '(Photo by Jane Roe/Harbor)'],
    ['Kim Jong Un at a rally in the capital. / KCNA-Yonhap', '/ KCNA-Yonhap'],
    ['Ri Tanbong leaving Pyongyang Airport for China | AP', '| AP'],
    ['Inmates sent to work sites. Taken by Jane Roe-lee in East Tanbong, September 2008', 'Taken by Jane Roe-lee'],
    ['Visitors at an exhibition in Seoul on Thursday. [HARBOR]', '[HARBOR]'],
    ['A market in Hyesan. [HARBOR PHOTO]', '[HARBOR PHOTO]'],
  ])('marks furniture inside a line: %j', (line, furniture) => {
    expect(marked(line)).toEqual([furniture]);
  });

  it.each([
    'Officials of the bureau met (MSS Bureau)',
    'Guards say escape is impossible (PAK Mi-ra) for now.',
    `Guards say ${'the river is watched and '.repeat(20)}escape (PAK Mi-ra) is impossible.`,
    'Officials of the bureau met (MSS Bureau / Unit Nine)',
    'Officials of the bureau met (KPA Unit)',
    'Photograph taken by a reader in Sinuiju.',
    'The market was photographed in 2015 by a reader.',
    'Photo: Kim Jong Un at a rally in Pyongyang.',
    'Photo: Harbor Press, May 2011, shows the gate of the camp.',
    'Officials said so (Harbor Press) on Monday.',
    'The ministry said the report came from Yonhap.',
    'Five were arrested, a source told Daily NK',
    'Guards patrol the bank of the Yalu -- Yonhap reported.',
    'The trial was held in public (Photo: Kim Jong Un in Pyongyang, 2019) and many watched.',
    'The photos were taken by the team / Yonhap reported that more were arrested.',
    'Guards | AP reported that more were arrested.',
    'The photo was taken by ROE Jane in July 2017 at the market, the group said.',
    'HAMHUNG, May 7 (Yonhap) -- Police arrested five people.',
    'Pyongyang, May 2 (IANS) A tourist has been sentenced to labour.',
    'The ban took effect on 2024-04-26 Photo : Kim Jong Un at a rally in the capital.',
    'The report was published on March 5, 2010 by the ministry.',
    'The agency refused to license photos of the camp.',
    'He was arrested by the defense security command [on the 15th]',
    'The unit [MSS] arrested him.',
    'agents from the provincial State Security Department [SSD]',
  ])('leaves content inside a line alone: %j', (line) => {
    expect(marked(line)).toEqual([]);
  });

  it('keeps entities out of boilerplate', () => {
    const text = 'Arrests rose in Hyesan.\nPlease send any comments or questions about this article to Hyesan desk.';
    const doc = pipeline().process({ id: 't', source: 't', text });
    expect(doc.entities.filter((e) => e.start > text.indexOf('\n'))).toEqual([]);
  });

  it('keeps an agency in a credit out of the entities, and in a sentence in them', () => {
    const text = 'Police arrested five smugglers in Hyesan, Yonhap reported.\nA market in Hyesan. Yonhap';
    const doc = pipeline().process({ id: 't', source: 't', text });
    expect(doc.entities.filter((e) => e.type === 'ORG').map((e) => [e.text, e.start < text.indexOf('\n')])).toEqual([['Yonhap', true]]);
  });
});
