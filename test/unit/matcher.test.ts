import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';

const matcher = createMatcher(dataset);
/** [entity, text] pairs found in `text`, on a page already known to be about the story or not. */
const found = (text: string, aboutStory = false) => matcher.mentions(text, aboutStory).map((m) => [m.entity, m.text]);
const entities = (text: string, aboutStory = false) => matcher.mentions(text, aboutStory).map((m) => m.entity);

describe('the seed article', () => {
  it('finds every gold mention of the seed article, in order, and nothing else', () => {
    const gold = JSON.parse(
      readFileSync(resolve(__dirname, '../../../shared/corpus/seed-ar-000_032fcb27abe777f4.gold.json'), 'utf8'),
    ) as { mentions: { entity: string; text: string }[] };
    const blocks = [dataset.article.headline.ar, ...dataset.article.sentences.map((s) => s.ar)];
    const { mentions } = matcher.mentionsInBlocks(blocks);
    const flat = mentions.flat();
    expect(flat.map((m) => m.entity)).toEqual(gold.mentions.map((g) => g.entity));
    flat.forEach((m, i) => expect(m.text).toContain(gold.mentions[i]!.text));
  });
});

describe('alias families', () => {
  it.each([
    ['APT40', 'apt40'], ['APT 40', 'apt40'], ['APT-40', 'apt40'], ['APT\u201140', 'apt40'], ['ＡＰＴ４０', 'apt40'],
    ['Advanced Persistent Threat 40', 'apt40'], ['TEMP.Periscope', 'apt40'], ['TEMP.Jumper', 'apt40'],
    ['Kryptonite Panda', 'apt40'], ['Gingham Typhoon', 'apt40'], ['BRONZE MOHAWK', 'apt40'], ['MUDCARP', 'apt40'],
    ['Mudcarp', 'apt40'], ['ISLANDDREAMS', 'apt40'], ['TA423', 'apt40'], ['Hainan Xiandun', 'apt40'], ['海南仙盾', 'apt40'],
    ['APT31', 'apt31'], ['APT 31', 'apt31'], ['APT-31', 'apt31'], ['Violet Typhoon', 'apt31'], ['Judgment Panda', 'apt31'],
    ['Judgement Panda', 'apt31'], ['BRONZE VINEWOOD', 'apt31'], ['TA412', 'apt31'], ['RedBravo', 'apt31'],
    ['Wuhan Xiaoruizhi', 'apt31'], ['Wuhan XRZ', 'apt31'], ['武汉晓睿智', 'apt31'],
    ['Ministry of State Security', 'mss'], ['Guoanbu', 'mss'], ['国家安全部', 'mss'], ['國家安全部', 'mss'], ['国安部', 'mss'],
    ['中华人民共和国国家安全部', 'mss'], ['国家安全省', 'mss'], ['Hainan State Security Department', 'mss'],
    ['Hubei State Security Department', 'mss'], ['Shanghai State Security Bureau', 'mss'], ['海南省国家安全厅', 'mss'],
    ['湖北省国家安全厅', 'mss'], ["ministère de la Sécurité de l'État", 'mss'], ['ministère chinois de la sécurité d’État', 'mss'],
    ['Министерства государственной безопасности КНР', 'mss'], ['Министерства госбезопасности КНР', 'mss'], ['МГБ КНР', 'mss'],
    ['Silk Typhoon', 'exchange-hack'], ['ProxyLogon', 'exchange-hack'], ['Operation Exchange Marauder', 'exchange-hack'],
    ['MURKY PANDA', 'exchange-hack'], ['CVE-2021-26855', 'exchange-hack'], ['CVE-2021-26857', 'exchange-hack'],
    ['CVE-2021-26858', 'exchange-hack'], ['CVE-2021-27065', 'exchange-hack'], ['CVE 2021 26855', 'exchange-hack'],
  ])('%s names %s on its own', (alias, entity) => {
    expect(found(`Text before ${alias} and after.`)).toEqual([[entity, alias]]);
  });

  it('uses Unicode-aware word boundaries', () => {
    expect(found('APT400 and APT41 and XAPT40 and TA4123 and CVE-2021-268551')).toEqual([]);
    expect(found('(APT40), "APT31", APT40: APT31.')).toEqual([
      ['apt40', 'APT40'], ['apt31', 'APT31'], ['apt40', 'APT40'], ['apt31', 'APT31'],
    ]);
    // Chinese and Japanese have no spaces: names match inside running text.
    expect(entities('英国将APT40的活动归咎于中国国家安全部。')).toEqual(['apt40', 'mss']);
    expect(entities('政府「APT40の背後に中国政府」')).toEqual(['apt40']);
    // A Latin name right after an Arabic conjunction (وRedBravo).
    expect(entities('BRONZE VINEWOOD وRedBravo')).toEqual(['apt31', 'apt31']);
  });

  it('does not take an apartment number or the apt command for a group', () => {
    expect(found('She lives at Apt 40, 12 Main Street. Run sudo apt update.')).toEqual([]);
  });

  it('prefers the longest alias', () => {
    expect(found('the Ministry of State Security and Microsoft Exchange Server', true)).toEqual([
      ['mss', 'Ministry of State Security'], ['exchange-hack', 'Microsoft Exchange Server'],
    ]);
  });

  it('finds names written across invisible characters', () => {
    expect(found('ZIR\u00adCONIUM exploited systems, as did APT\u200b40.')).toEqual([
      ['apt31', 'ZIR\u00adCONIUM'], ['apt40', 'APT\u200b40'],
    ]);
  });
});

describe('Arabic', () => {
  it('finds the ministry with hamza, diacritics, tatweel and attached clitics', () => {
    for (const written of [
      'وزارة أمن الدولة الصينية', 'وزارة امن الدولة الصينية', 'وزارةَ أمنِ الدولةِ الصينيةِ', 'وزارة أمـن الدولة الصينية',
      'بوزارة أمن الدولة الصينية', 'لوزارة أمن الدولة الصينية', 'فوزارة أمن الدولة الصينية', 'ووزارة أمن الدولة الصينية',
      'وزارة أمن الدولة الصينيه',
    ]) {
      expect(found(`قالت الحكومة إن ${written} مسؤولة.`), written).toEqual([['mss', written]]);
    }
  });

  it('finds the groups with Arabic-Indic digits and clitics, the whole written word highlighted', () => {
    expect(found('التهديد المستمر المتقدم ٤٠ و التهديد المستمر المتقدم ٣١')).toEqual([
      ['apt40', 'التهديد المستمر المتقدم ٤٠'], ['apt31', 'التهديد المستمر المتقدم ٣١'],
    ]);
    for (const written of ['بالتهديد المستمر المتقدم 40', 'والتهديد المستمر المتقدم 40', 'كالتهديد المستمر المتقدم 40',
      'للتهديد المستمر المتقدم 40', 'وللتهديد المستمر المتقدم 40']) {
      expect(found(`مرتبطة ${written}، حسب البيان`), written).toEqual([['apt40', written]]);
    }
    const [m] = matcher.mentions('مرتبطة بالتهديد المستمر المتقدم 40');
    expect(m!.start).toBe('مرتبطة '.length);
    expect(m!.nameStart).toBe('مرتبطة ب'.length);
  });

  it('finds the Exchange product under its transliterations, in an attack context', () => {
    for (const written of ['مايكروسوفت إكستشينج', 'ميكروسوفت إكستشينج', 'مايكروسوفت اكستشينج', 'مايكروسوفت إكسشينج', 'مايكروسوفت إكسانج']) {
      expect(found(`اختراق خوادم ${written} في آذار`), written).toEqual([['exchange-hack', written]]);
    }
    expect(found('اختراق «إكسشينج» في آذار')).toEqual([['exchange-hack', 'إكسشينج']]);
    expect(found('أما خدمة «إكستشينج أونلاين» السحابية فلم تتأثر بهذه الثغرات', true)).toEqual([]);
  });

  it('finds هافنيوم with tatweel and clitics, but not the element with the article', () => {
    expect(entities('حملة هافنيـــوم')).toEqual(['exchange-hack']);
    expect(entities('مجموعات كهافنيوم')).toEqual(['exchange-hack']);
    expect(entities('بخصائص عنصر الهافنيوم الكيميائي')).toEqual([]);
  });
});

describe('ambiguous aliases, both sides', () => {
  it('Leviathan: the group, not the book, the film or the monster', () => {
    expect(entities('Leviathan is a Chinese state-sponsored cyber espionage group.')).toEqual(['apt40']);
    expect(entities('Thomas Hobbes published Leviathan in 1651.', true)).toEqual([]);
    expect(entities("Paul Auster's novel Leviathan (1992) opens with a bomb.", true)).toEqual([]);
    expect(entities('the film Leviathan (2014) won a Golden Globe')).toEqual([]);
    expect(entities('the leviathan of the Book of Job', true)).toEqual([]);
    // No sign of hacking in the sentence: only a page about the story decides for it.
    expect(entities('Leviathan lives up to its name.')).toEqual([]);
    expect(entities('Leviathan lives up to its name.', true)).toEqual(['apt40']);
  });

  it('HAFNIUM, ZIRCONIUM, GADOLINIUM: the groups, not the elements', () => {
    expect(entities('HAFNIUM exploited four zero-days in Exchange Server.')).toEqual(['exchange-hack', 'exchange-hack']);
    expect(entities('hafnium is element 72, a metal used in control rods.', true)).toEqual([]);
    expect(entities('Hafnium oxide insulates transistor gates.', true)).toEqual([]);
    expect(entities('Hafnium, the metal, was discovered in Copenhagen in 1923.', true)).toEqual([]);
    expect(entities('ZIRCONIUM targeted the election campaign, Microsoft said.')).toEqual(['apt31']);
    expect(entities('Zirconium dioxide crowns are tough.', true)).toEqual([]);
    expect(entities('zirconium alloys clad the fuel rods', true)).toEqual([]);
    expect(entities('GADOLINIUM, the old Microsoft label for APT40', true)).toEqual(['apt40', 'apt40']);
    expect(entities('Gadolinium contrast agents are used in MRI.', true)).toEqual([]);
    expect(entities('le hafnium (Hf, numéro atomique 72)', true)).toEqual([]);
    expect(entities('次世代メモリーで注目の酸化ハフニウム系強誘電体', true)).toEqual([]);
    expect(entities('中国を拠点とする集団「ハフニウム」が脆弱性を悪用した', true)).toEqual(['exchange-hack']);
  });

  it('MSS: the ministry, not managed security services, a degree or TCP', () => {
    expect(entities('The UK attributed APT40 and APT31 to China\'s MSS.')).toEqual(['apt40', 'apt31', 'mss']);
    expect(entities('the Ministry of State Security (MSS) runs it')).toEqual(['mss', 'mss']);
    expect(entities("the Chinese Ministry of State Security's (MSS) bureau")).toEqual(['mss', 'mss']);
    expect(entities('Managed Security Services (MSS) desk', true)).toEqual([]);
    expect(entities('a Master of Social Science (MSS) in psychology', true)).toEqual([]);
    expect(entities('APT41, a Chinese group, is one reason our MSS analysts watch tools', true)).toEqual([]);
    expect(entities('The TCP MSS option sets the maximum segment size.')).toEqual([]);
    expect(entities('Our MSS team is growing.')).toEqual([]);
    expect(entities('the mss of the link')).toEqual([]);
  });

  it('Ministerium für Staatssicherheit and وزارة أمن الدولة: China, not the Stasi', () => {
    expect(entities('im Auftrag des Ministeriums für Staatssicherheit der Volksrepublik China')).toEqual(['mss']);
    expect(entities('des chinesischen Ministeriums für Staatssicherheit (MSS) in Haikou')).toEqual(['mss', 'mss']);
    expect(entities('auch die Geheimpolizei der DDR hieß Ministerium für Staatssicherheit.', true)).toEqual([]);
    expect(entities('Das Ministerium für Staatssicherheit überwachte Bürger.')).toEqual([]);
    expect(entities('عمل المتهمون لحساب فرع وزارة أمن الدولة في مقاطعة هوبي')).toEqual(['mss']);
    expect(entities('أي وزارة أمن الدولة في ألمانيا الشرقية سابقاً', true)).toEqual([]);
    expect(entities('El Ministerio de Seguridad del Estado de Cuba', true)).toEqual([]);
    expect(entities('el Ministerio de Seguridad del Estado de China')).toEqual(['mss']);
  });

  it('国家安全部 but not 国家安全部门 (generic "national security agencies")', () => {
    expect(entities('美国国家安全部门近年来也多次公开点名')).toEqual([]);
    expect(entities('与中国国家安全部有关联')).toEqual(['mss']);
  });

  it('Exchange: the target of the 2021 hack, not a stock exchange, Exchange Online or an upgrade', () => {
    expect(found('the Exchange hack')).toEqual([['exchange-hack', 'Exchange']]);
    expect(found('exploited CVE-2021-26855 against a vulnerable Microsoft Exchange Server')).toEqual([
      ['exchange-hack', 'CVE-2021-26855'], ['exchange-hack', 'Microsoft Exchange Server'],
    ]);
    expect(entities('Microsoft-Exchange-Server wurden angegriffen')).toEqual(['exchange-hack']);
    expect(entities('攻击微软Exchange服务器的黑客')).toEqual(['exchange-hack']);
    expect(entities('the Chicago Mercantile Exchange fell after the hack', true)).toEqual([]);
    expect(entities('the Securities and Exchange Commission fined the hackers', true)).toEqual([]);
    expect(entities('Microsoft confirmed an Exchange Online outage.', true)).toEqual([]);
    expect(entities('Exchange Server 2016 and Exchange Server 2019 reached the end of extended support.', true)).toEqual([]);
    expect(entities('Attackers exploited ProxyShell (CVE-2021-34473) on Microsoft Exchange.', true)).toEqual([]);
    expect(entities('in exchange for a fee')).toEqual([]);
    expect(entities('Exchange rates fell after the attack on the bank.', true)).toEqual([]);
    expect(entities('Les failles touchaient Exchange 2013 et 2016.')).toEqual(['exchange-hack']);
    expect(entities('the Exchange zero-days disclosed in early March')).toEqual(['exchange-hack']);
    // The full product name may rely on the page; a bare "Exchange" needs the attack in its sentence.
    expect(entities('Mail ran on Microsoft Exchange.', true)).toEqual(['exchange-hack']);
    expect(entities('Mail ran on Microsoft Exchange.')).toEqual([]);
  });
});

describe('pages', () => {
  it('decide ambiguous names by whether any block names an entity unambiguously', () => {
    const story = matcher.mentionsInBlocks(['APT40 is back.', 'Leviathan lives up to its name.']);
    expect(story.aboutStory).toBe(true);
    expect(story.mentions[1]!.map((m) => m.entity)).toEqual(['apt40']);
    const other = matcher.mentionsInBlocks(['A novel about whales.', 'Leviathan lives up to its name.']);
    expect(other.aboutStory).toBe(false);
    expect(other.mentions.flat()).toEqual([]);
  });

  it('survives hostile input without throwing', () => {
    expect(matcher.mentions('')).toEqual([]);
    expect(matcher.mentions('\u0000\uffff\ud800 APT40 \udc00')).toHaveLength(1);
    expect(matcher.mentions('APT40 '.repeat(20000))).toHaveLength(20000);
  });
});

