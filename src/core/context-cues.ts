/**
 * Cue words for the context rules (context-rules.ts), in folded form (see
 * fold-text.ts: lower case, Arabic hamza/ta marbuta unified). Latin and Cyrillic
 * cues match at the start of a word ("hack" matches "hackers"); Arabic, Chinese
 * and Japanese cues match anywhere, because Arabic attaches prefixes and CJK has
 * no word boundaries.
 */

/** Signs that a text is about hacking, intrusions or cyber espionage. */
export const CYBER_CUES = [
  // en
  'hack', 'cyber', 'espionage', 'spy', 'spies', 'threat', 'apt', 'malware', 'phishing', 'spearphishing',
  'exploit', 'intrusion', 'attack', 'breach', 'compromise', 'zero-day', 'zero day', '0-day', 'vulnerab',
  'backdoor', 'web shell', 'webshell', 'ransomware', 'state-sponsored', 'state sponsored', 'state-backed',
  'threat actor', 'attribut', 'indict', 'advisory', 'proofpoint', 'mandiant', 'crowdstrike', 'microsoft',
  'secureworks', 'volexity', 'mitre', 'att&ck', 'tradecraft', 'campaign', 'targeted', 'targeting',
  // fr, de, es
  'piratage', 'pirate', 'espionnage', 'attaque', 'cyberattaque', 'cyberespion', 'faille', 'vulnerab', 'angriff',
  'angegriffen', 'hacker', 'spionage', 'cyberangriff', 'cyberspionage', 'sicherheitsluck', 'schwachstell',
  'ataque', 'ciberataque', 'ciberespionaje', 'espionaje', 'hackeo', 'pirata', 'intrusion',
  // ru
  'хакер', 'взлом', 'атак', 'шпион', 'уязвим', 'кибер', 'группировк',
  // ar (folded: أ/إ → ا, ة → ه)
  'اختراق', 'اخترق', 'قراصنه', 'قرصنه', 'القرصنه', 'تسلل', 'تجسس', 'هجمات', 'هجوم', 'الهجمات', 'ثغر', 'سيبراني',
  'الكتروني', 'متسلل',
  // zh, ja
  // Written Simplified: Traditional and Japanese forms fold to it (駭客 → 骇客, 攻撃 → 攻击).
  '黑客', '骇客', '攻击', '网攻', '入侵', '漏洞', '间谍', '网络', '脆弱性', 'ハッカー', 'ハッキング', 'サイバー', '不正アクセス',
] as const;

/** Signs that China, its state or its agencies are meant. */
export const CHINA_CUES = [
  'china', 'chinese', 'prc', 'beijing', 'peking', 'chinois', 'chine', 'chinesisch', 'volksrepublik', 'china\'s',
  'hainan', 'hubei', 'wuhan', 'shanghai', 'tianjin', 'guoanbu', 'pekin', 'chino',
  // Folding takes the breve off й: китай, Хайнань, Хубэй are written with и here.
  'китаи', 'китая', 'китаю', 'китаем', 'китае', 'кнр', 'пекин', 'хаинан', 'хубэи',
  'الصين', 'بكين', 'هاينان', 'هوبي', 'شنغهاي', 'ووهان',
  '中国', '中华', '中共', '北京', '海南', '湖北', '上海', '天津',
] as const;

/**
 * Words that, right next to an ordinary-word alias, show its ordinary sense:
 * the chemical element, the book, the film, the sea monster.
 */
export const ORDINARY_SENSE_CUES = [
  'element', 'metal', 'oxide', 'dioxide', 'alloy', 'atomic', 'isotope', 'reactor', 'rods', 'crown', 'mri',
  'contrast agent', 'neutron', 'periodic', 'chemical', 'mineral', 'ore', 'acid', 'acide', 'saure', 'кислот', 'حمض',
  'novel', 'film', 'movie', 'book', 'hobbes', 'auster', 'zvyagintsev', 'published', 'sea monster', 'monster',
  'biblical', 'bible', 'job', 'poem', 'album', 'band', 'song', 'ship', 'eve online', 'whale',
  'metallique', 'metal', 'atomique', 'metall', 'oxid', 'legierung', 'roman', 'элемент', 'металл', 'оксид', 'сплав',
  'عنصر', 'معدن', 'اكسيد', 'سبيكه', 'كيميائي',
  '元素', '金属', '酸化', '合金', '铪', '锆',
] as const;

/** Words next to "MSS" that show another expansion (managed security services, TCP maximum segment size, a degree). */
export const ACRONYM_OTHER_SENSE_CUES = [
  'managed', 'service', 'master', 'science', 'segment', 'tcp', 'mtu', 'syn', 'packet', 'bytes', 'desk', 'team',
  'customer', 'client', 'analyst', 'provider', 'our', 'plan', 'degree', 'mssp', 'clamp', 'window', 'header',
  'option', 'sales', 'support', 'offering', 'portfolio',
] as const;

/**
 * Other states whose agencies share the ministry's name: East Germany's Stasi (MfS), North
 * Korea's Ministry of State Security, the Soviet MGB, Cuba's ministry.
 */
export const OTHER_STATE_CUES = [
  'ddr', 'stasi', 'mfs', 'east german', 'ostdeutsch', 'ost-berlin', 'gdr', 'cuba', 'kuba', 'cubano',
  'north korea', 'dprk', 'pyongyang', 'kim jong', 'soviet', 'ussr', 'kgb', 'nkvd', 'stalin', 'beria',
  'rda', 'allemagne de l\'est', 'est-allemand', 'coree du nord', 'nord-coreen', 'sovietique', 'urss',
  'nordkorea', 'sowjet', 'udssr', 'corea del norte', 'norcorean', 'sovietico', 'alemania oriental', 'alemania del este',
  'ссср', 'советск', 'кгб', 'нквд', 'кндр', 'севернои кореи', 'северная корея', 'сталин', 'берия', 'гдр', 'штази',
  'المانيا', 'الشرقيه', 'شتازي', 'كوبا', 'السوفيتي', 'السوفياتي', 'كوريا الشماليه', 'بيونغ يانغ',
  // Written Simplified (北韓, 東ドイツ, 北朝鮮 fold to these).
  '东德', '民主德国', '史塔西', '斯塔西', '苏联', '朝鲜', '北韩', '古巴', 'シュタージ', '东ドイツ', 'ソ連', 'キューバ',
] as const;

/**
 * Exchange in other senses than the 2021 compromise: the cloud service, admin and licensing, and
 * other flaws by name (any CVE id but the four of 2021 also counts: see namesOtherExchangeFlaw).
 */
export const EXCHANGE_OTHER_SENSE_CUES = [
  'online', 'proxyshell', 'proxynotshell', 'proxytoken', 'end of support', 'extended support', 'migrat', 'mailbox',
  'licen', 'outage', 'hybrid', 'subscription edition', 'upgrad',
  'اونلاين', 'السحابي',
] as const;

/** Other Exchange flaws named without their CVE id. */
export const EXCHANGE_OTHER_FLAW_CUES = ['proxyshell', 'proxynotshell', 'proxytoken', 'proxyoracle'] as const;

/** The four CVEs of the 2021 compromise (ProxyLogon and its companions), folded. */
export const EXCHANGE_2021_CVES = ['cve-2021-26855', 'cve-2021-26857', 'cve-2021-26858', 'cve-2021-27065'] as const;

/** Signs that a sentence means the 2021 compromise itself and not Exchange flaws at large. */
export const EXCHANGE_2021_CUES = [
  ...EXCHANGE_2021_CVES, 'hafnium', 'proxylogon', 'silk typhoon', 'marauder', '2021', 'هافنيوم', 'ハフニウム',
] as const;

/** The ministry's names, as a sign that an Exchange sentence is about the story. */
export const MSS_CUES = ['mss', 'ministry of state security', 'guoanbu', '国家安全部', '国安部', 'وزاره امن الدوله'] as const;

/** Signs of an attack, next to the product name. */
export const EXCHANGE_HACK_CUES = [
  ...EXCHANGE_2021_CUES,
  'hack', 'compromise', 'attack', 'break-in', 'breach', 'intrusion', 'exploit', 'zero-day', 'zero day', '0-day',
  'vulnerab', 'flaw', 'web shell', 'webshell', 'china', 'chinese', 'mss', 'ministry of state security', 'espionage',
  'march 2021', 'victim', 'targeting', 'targeted',
  'piratage', 'pirate', 'faille', 'attaque', 'cyberattaque', 'intrusion', 'compromis', 'chine', 'chinois',
  'angriff', 'angegriffen', 'attacke', 'gehackt', 'kompromittiert', 'lucke', 'cyberangriff', 'hackerangriff',
  'ataque', 'ciberataque', 'hackeo', 'hacke', 'pirata', 'intrusion', 'comprometi', 'brecha', 'falla', 'fallo', 'china', 'chino',
  'взлом', 'атак', 'уязвим', 'кибератак', 'хакер', 'китаи', 'кнр',
  'اختراق', 'اخترق', 'هجوم', 'الهجمات', 'هجمات', 'ثغر', 'تسلل', 'استهدف', 'قرصنه', 'الصين',
  // Written Simplified (攻撃, 駭客 fold to these).
  '攻击', '网攻', '漏洞', '黑客', '骇客', '入侵', '脆弱性', 'ハッキング', '中国',
] as const;
