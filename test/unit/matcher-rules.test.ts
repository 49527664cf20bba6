/**
 * The rules that make detection hold on pages never seen (issue "Right on pages it has never
 * seen"), each on both sides: letter case, other states' ministries, other Exchange flaws and
 * later exploitation, Japanese product names, and every alias family's written variants.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';

const matcher = createMatcher(dataset);
const found = (text: string, aboutStory = false) => matcher.mentions(text, aboutStory).map((m) => [m.entity, m.text]);
const entities = (text: string, aboutStory = false) => matcher.mentions(text, aboutStory).map((m) => m.entity);

describe('vendor names in any letter case', () => {
  it('takes the group names in lists, whatever their case', () => {
    expect(found('Also known as: Apt40, KRYPTONITE PANDA, Judgment panda, gingham typhoon, Island Castle.')).toEqual([
      ['apt40', 'Apt40'], ['apt40', 'KRYPTONITE PANDA'], ['apt31', 'Judgment panda'], ['apt40', 'gingham typhoon'],
      ['apt40', 'Island Castle'],
    ]);
    expect(found('apt31 and APT-40')).toEqual([['apt31', 'apt31'], ['apt40', 'APT-40']]);
  });

  it('but not an address: "Apt 40" with a space needs capitals', () => {
    expect(found('She lives at Apt 40, and he at apt 31.', true)).toEqual([]);
  });

  it('judges element and myth names by the same context in every case', () => {
    expect(entities('the hafnium hackers exploited Exchange zero-days')).toEqual(['exchange-hack', 'exchange-hack']);
    expect(entities('LEVIATHAN targeted maritime research, Proofpoint said.')).toEqual(['apt40']);
    expect(entities('Zirconium targeted campaign staff.')).toEqual(['apt31']);
    expect(entities('HAFNIUM OXIDE films are deposited on silicon.', true)).toEqual([]);
    expect(entities('zirconium crowns and gadolinium contrast agents', true)).toEqual([]);
    expect(entities('hafnium is attacked by acids', true)).toEqual([]);
    // Lower case with nothing of hacking in its sentence: the ordinary word, even on a story page.
    expect(entities('the state is a leviathan that swallows everything.', true)).toEqual([]);
    expect(entities('Leviathan lives up to its name.', true)).toEqual(['apt40']);
  });
});

describe('other states’ ministries of state security are never China’s', () => {
  it.each([
    "North Korea's Ministry of State Security detained the tourist.",
    'the Soviet Ministry of State Security (MGB) under Stalin',
    "East Germany's Ministry of State Security, the Stasi, kept files on millions.",
    'the MSS of the DPRK ran the camps',
    'Das Ministerium für Staatssicherheit der DDR überwachte Bürger.',
    'Das Staatssicherheitsministerium der DDR war in Ost-Berlin.',
    'Министерство государственной безопасности СССР возглавлял Берия.',
    'Министерством госбезопасности СССР руководил Абакумов.',
    '苏联国家安全部成立于1946年。',
    '東ドイツの国家安全省',
    'le ministère de la Sécurité d’État de la RDA (Stasi)',
    'el Ministerio de Seguridad del Estado de Cuba',
    'وزارة أمن الدولة في ألمانيا الشرقية',
  ])('%s', (text) => {
    expect(entities(text, true)).toEqual([]);
  });

  it('while China’s, in the same words, is found', () => {
    expect(entities('China’s Ministry of State Security, unlike the old Stasi, runs contract hackers.')).toEqual(['mss']);
    expect(entities('The Ministry of State Security denied it.')).toEqual(['mss']);
    expect(entities('dem chinesischen Staatssicherheitsministerium vor')).toEqual(['mss']);
    expect(entities('des Staatssicherheitsministeriums der Volksrepublik China')).toEqual(['mss']);
    expect(entities('Министерству государственной безопасности КНР')).toEqual(['mss']);
    expect(entities('Министерства госбезопасности Китая')).toEqual(['mss']);
    expect(entities('МГБ Китая')).toEqual(['mss']);
    expect(entities('中国国家安全部')).toEqual(['mss']);
    expect(entities('el Ministerio de Seguridad del Estado chino')).toEqual(['mss']);
    expect(entities('el Ministerio chino de Seguridad del Estado')).toEqual(['mss']);
    expect(entities('los piratas trabajaban para el Ministerio de Seguridad del Estado.')).toEqual(['mss']);
    expect(entities('el Ministerio de Seguridad del Estado soviético (MGB)', true)).toEqual([]);
    expect(entities('le ministère de la Sécurité d’État chinois')).toEqual(['mss']);
  });

  it('"MSS" beside criminal contract hackers is still the ministry, beside a services contract not', () => {
    expect(entities('how the MSS uses criminal contract hackers, China said')).toEqual(['mss']);
    expect(entities('our MSS contract covers monitoring', true)).toEqual([]);
  });
});

describe('Exchange: the 2021 compromise, not other flaws or later exploitation', () => {
  it('rejects the product beside another flaw or any other CVE id', () => {
    expect(entities('Attackers exploited CVE-2020-0688 in Microsoft Exchange Server.', true)).toEqual([]);
    expect(entities('ProxyNotShell hit Microsoft Exchange servers in 2022.', true)).toEqual([]);
    expect(entities('CVE-2024-21410 lets attackers relay hashes to Exchange Server.', true)).toEqual([]);
    expect(entities('Hackers exploited CVE-2021-26855 in Microsoft Exchange Server.')).toEqual(['exchange-hack', 'exchange-hack']);
  });

  it('rejects the product as one item of a list of exploited software, unless the sentence names 2021', () => {
    expect(entities('The group exploits flaws in widely used software, such as Log4J, Atlassian Confluence, and Microsoft Exchange.', true)).toEqual([]);
    expect(entities('In 2021 HAFNIUM, APT40 and others hit Microsoft Exchange.')).toEqual(['exchange-hack', 'apt40', 'exchange-hack']);
  });

  it('leaves the product to the page where only attack words are near, takes it where the sentence is the story’s', () => {
    const generic = 'A hacker can run code on any Microsoft Exchange Server after a patch was released for a zero-day.';
    expect(entities(generic)).toEqual([]);
    expect(entities(generic, true)).toEqual(['exchange-hack']);
    expect(entities('China was blamed for compromising Microsoft Exchange Server.')).toEqual(['exchange-hack']);
    expect(entities('el ataque a Microsoft Exchange')).toEqual(['exchange-hack']);
    expect(entities('le piratage de Microsoft Exchange')).toEqual(['exchange-hack']);
  });

  it('finds the product in Japanese katakana, with or without the middle dot, as the target only', () => {
    expect(found('マイクロソフトエクスチェンジサーバーに対するハッキング')).toEqual([['exchange-hack', 'マイクロソフトエクスチェンジサーバーに対するハッキング'.slice(0, 18)]]);
    expect(found('エクスチェンジ・サーバへの攻撃')).toEqual([['exchange-hack', 'エクスチェンジ・サーバ']]);
    expect(found('エクスチェンジの脆弱性を悪用した')).toEqual([['exchange-hack', 'エクスチェンジ']]);
    expect(found('外貨エクスチェンジの手数料', true)).toEqual([]);
  });

  it('takes a bare "Exchange" after a server word in other languages', () => {
    expect(entities('los hackers atacaron servidores Exchange')).toEqual(['exchange-hack']);
    expect(entities('la bolsa Exchange cayó tras el ataque', true)).toEqual([]);
  });
});

describe('every alias family keeps its script, case and spacing variants', () => {
  // The product names count as the target of an attack: they are tested in an event phrase.
  const context = (name: string, product = false) => (product ? `the ${name} hack, blamed on China` : `Hackers linked to China: ${name} was named.`);
  const families = dataset.entities.flatMap((e) =>
    e.aliases.filter((a) => a.highlight !== false && !a.pattern && a.lang !== 'ar').map((a) => ({ id: e.id, a })),
  );

  it.each(families.map(({ id, a }) => [a.text, id, a] as const))('%s (%s)', (text, id, a) => {
    const variants = [text, text.replace(/ /g, '\u00a0'), text.replace(/ /g, '  ')];
    if (/[a-z]/i.test(text) && a.case !== 'exact') variants.push(text.toUpperCase());
    if (/[a-z]/i.test(text) && !a.case) variants.push(text.toLowerCase());
    if (/ /.test(text) && /^[\x20-\x7e]+$/.test(text)) variants.push(text.replace(/ /g, '-'));
    const product = a.rule === 'exchange-product';
    for (const v of variants) expect(entities(context(v, product), true), v).toEqual([id]);
    // Letter case the alias forbids.
    if (a.case === 'exact' || a.case === 'upper') expect(entities(context(text.toLowerCase(), product), true), text).toEqual([]);
  });
});
