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
  'piratage', 'pirate', 'espionnage', 'attaque', 'faille', 'vulnerab', 'angriff', 'angegriffen', 'hacker', 'spionage',
  'sicherheitsluck', 'schwachstell', 'ataque', 'espionaje',
  // ru
  'хакер', 'взлом', 'атак', 'шпион', 'уязвим', 'кибер', 'группировк',
  // ar (folded: أ/إ → ا, ة → ه)
  'اختراق', 'اخترق', 'قراصنه', 'قرصنه', 'القرصنه', 'تسلل', 'تجسس', 'هجمات', 'هجوم', 'الهجمات', 'ثغر', 'سيبراني',
  'الكتروني', 'متسلل',
  // zh, ja
  '黑客', '攻击', '漏洞', '间谍', '网络', '駭客', '攻撃', '脆弱性', 'ハッカー', 'サイバー', '不正アクセス',
] as const;

/** Signs that China, its state or its agencies are meant. */
export const CHINA_CUES = [
  'china', 'chinese', 'prc', 'beijing', 'peking', 'chinois', 'chine', 'chinesisch', 'volksrepublik', 'china\'s',
  'hainan', 'hubei', 'wuhan', 'shanghai', 'tianjin', 'guoanbu', 'pekin', 'chino',
  // Folding takes the breve off й: китай, Хайнань, Хубэй are written with и here.
  'китаи', 'кнр', 'пекин', 'хаинан', 'хубэи',
  'الصين', 'بكين', 'هاينان', 'هوبي', 'شنغهاي', 'ووهان',
  '中国', '中華', '中华', '北京', '海南', '湖北',
] as const;

/**
 * Words that, right next to an ordinary-word alias, show its ordinary sense:
 * the chemical element, the book, the film, the sea monster.
 */
export const ORDINARY_SENSE_CUES = [
  'element', 'metal', 'oxide', 'dioxide', 'alloy', 'atomic', 'isotope', 'reactor', 'rods', 'crown', 'mri',
  'contrast agent', 'neutron', 'periodic', 'chemical', 'mineral', 'ore',
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
  'option', 'sales', 'support', 'offering', 'portfolio', 'contract',
] as const;

/** Other states' agencies that share the ministry's name (the Stasi, Cuba's ministry, the Soviet MGB). */
export const OTHER_STATE_CUES = [
  'ddr', 'stasi', 'mfs', 'east german', 'ostdeutsch', 'ost-berlin', 'gdr', 'sed', 'cuba', 'kuba', 'cubano',
  'ссср', 'советск', 'кгб',
  'المانيا', 'الشرقيه', 'شتازي', 'كوبا', 'السوفيتي', 'السوفياتي',
] as const;

/** Exchange in other senses than the 2021 compromise: the cloud service, later flaws, admin and licensing. */
export const EXCHANGE_OTHER_SENSE_CUES = [
  'online', 'proxyshell', 'proxynotshell', 'cve-2020-0688', 'cve-2021-34473', 'cve-2021-34523', 'cve-2021-31207',
  'cve-2022-41040', 'cve-2022-41082', 'end of support', 'extended support', 'migrat', 'mailbox', 'licen', 'outage',
  'hybrid', 'subscription edition', 'upgrad',
  'اونلاين', 'السحابي',
] as const;

/** Signs of the 2021 compromise itself, next to the product name. */
export const EXCHANGE_HACK_CUES = [
  'hack', 'compromise', 'attack', 'break-in', 'breach', 'intrusion', 'exploit', 'zero-day', 'zero day', '0-day',
  'vulnerab', 'flaw', 'hafnium', 'proxylogon', 'cve-2021-26855', 'cve-2021-26857', 'cve-2021-26858',
  'cve-2021-27065', 'web shell', 'webshell', 'china', 'chinese', 'mss', 'ministry of state security', 'espionage',
  'silk typhoon', 'marauder', 'march 2021', 'victim', 'targeting', 'targeted',
  'piratage', 'pirate', 'faille', 'attaque', 'intrusion', 'angriff', 'angegriffen', 'attacke', 'gehackt',
  'kompromittiert', 'lucke', 'взлом', 'атак', 'уязвим',
  'اختراق', 'اخترق', 'هجوم', 'الهجمات', 'هجمات', 'ثغر', 'تسلل', 'هافنيوم', 'استهدف',
  '攻击', '漏洞', '黑客', '入侵', '攻撃', '脆弱性',
] as const;
