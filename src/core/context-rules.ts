/**
 * Decides whether an ambiguous alias, found in a text, names the entity.
 *
 * The rule, in one sentence: an ambiguous name counts when its sentence shows it
 * is about hacking or the Chinese state and nothing right beside it shows another
 * sense; when its own sentence is silent, it counts only on a page that names one
 * of the entities unambiguously ("page" verdict, settled by the caller).
 *
 * Each alias's kind of ambiguity (the `rule` of the dataset) has its own tests:
 * - ordinary-word (Leviathan, HAFNIUM, ZIRCONIUM, GADOLINIUM, Red Ladon): in any letter
 *   case, no element/book/film word within four words; written all in lower case, only
 *   with hacking or China in its own sentence.
 * - acronym (MSS, HSSD, SSSB): in parentheses it must spell out the ministry named
 *   just before it; no other expansion's words (managed services, TCP segment)
 *   within three words; China named in the sentence, else the page decides.
 * - shared-name (Ministerium für Staatssicherheit, وزارة أمن الدولة): never beside
 *   East Germany, the Stasi, North Korea, Cuba or the USSR (unless China is named in or
 *   right before the name); China named nearby, else the page decides.
 * - state-agency (Ministry of State Security and the other names that mean China's ministry
 *   unless told otherwise): the same test of another state beside it, else accepted.
 * - exchange-product (Microsoft Exchange, Exchange Server, إكستشينج, エクスチェンジ): never
 *   with Online, admin topics or another flaw (ProxyShell, any CVE id but the four of
 *   2021) in the sentence, nor as one item of a list of software unless the sentence
 *   names the 2021 compromise. Accepted where the sentence names the compromise or China
 *   (HAFNIUM, ProxyLogon, its CVEs, 2021, China, the ministry); where it only speaks of an
 *   attack, and for the full product name even without, the page decides. A bare
 *   "Exchange" needs an attack word, and between other capitalised words (Stock
 *   Exchange, Exchange Commission) is some other exchange.
 */
import type { AliasRule } from './matcher-types';
import {
  ACRONYM_OTHER_SENSE_CUES,
  CHINA_CUES,
  CYBER_CUES,
  EXCHANGE_2021_CUES,
  EXCHANGE_2021_CVES,
  EXCHANGE_HACK_CUES,
  EXCHANGE_OTHER_FLAW_CUES,
  EXCHANGE_OTHER_SENSE_CUES,
  MSS_CUES,
  ORDINARY_SENSE_CUES,
  OTHER_STATE_CUES,
} from './context-cues';
import { sentenceAround } from './sentences';

// The matcher reads SENTENCE_REACH from here (its window padding).
export { SENTENCE_REACH } from './sentences';

export type Verdict = 'accept' | 'reject' | 'page';

/**
 * A test for a cue list: word-initial for Latin and Cyrillic cues, anywhere for the
 * rest. Plain indexOf scans with a one-character boundary check: compiling these lists
 * as Unicode-property regular expressions was slow at page start (docs/performance.md).
 */
interface CueList {
  test(text: string): boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => !!ch && WORDISH.test(ch);

/** Cue lists are written folded (context-cues.ts; a unit test holds them to it): not folded again at every page load. */
function cueMatcher(cues: readonly string[]): CueList {
  const list = [...new Set(cues)].map((c) => ({ c, wordStart: /^[a-z0-9\u0400-\u04ff]/.test(c) }));
  return {
    test(text) {
      for (const { c, wordStart } of list) {
        for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
          if (!wordStart || !isWordChar(text[at - 1])) return true;
        }
      }
      return false;
    },
  };
}

const CYBER_OR_CHINA = cueMatcher([...CYBER_CUES, ...CHINA_CUES]);
const CHINA = cueMatcher(CHINA_CUES);
const ORDINARY_SENSE = cueMatcher(ORDINARY_SENSE_CUES);
const ACRONYM_OTHER = cueMatcher(ACRONYM_OTHER_SENSE_CUES);
const OTHER_STATE = cueMatcher(OTHER_STATE_CUES);
const EXCHANGE_OTHER = cueMatcher(EXCHANGE_OTHER_SENSE_CUES);
const EXCHANGE_HACK = cueMatcher(EXCHANGE_HACK_CUES);
const EXCHANGE_2021 = cueMatcher(EXCHANGE_2021_CUES);
const EXCHANGE_STORY = cueMatcher([...EXCHANGE_2021_CUES, ...CHINA_CUES, ...MSS_CUES]);
const EXCHANGE_OTHER_FLAW = cueMatcher(EXCHANGE_OTHER_FLAW_CUES);

/** Words that, right after a bare "Exchange", make it the product under attack (or a version of it). */
const EVENT_NOUN =
  /^(?:hack|compromise|attack|breach|break-in|intrusion|zero-day|zero day|0-day|flaw|vulnerab|exploit|server|campaign|bug|mass[- ]hack|\d{4}\b|伺服器|服务器|服務器|郵件|邮件|电邮|電郵|漏洞|サーバ|メール)/i;

/** An attack right after the product's name: "Exchange hack", "Exchange Server attacks", "Exchange zero-days". */
const EVENT_AFTER = /^(?:servers?'?\s+|server's\s+)?(?:hack|compromise|attack|breach|break-in|intrusion|mass[- ]hack|zero-day|zero day|0-day)/i;

/** A server word right before a bare "Exchange" (folded): "servidores Exchange", "serveurs de messagerie Exchange". */
const SERVER_BEFORE = /(?:servers?|servidor(?:es)?|serveurs?|сервер\S*|خوادم|خادم)(?: (?:de|d'|des|de correo|de messagerie|mail|email))* $/;

/** The product name as an item of a list: after a comma (and "and"/"or"), with another comma before it. */
function isListItem(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const clause = before.split(/[.!?;:。！？；()]/).pop() ?? '';
  const joined = /(?:[,、،]\s*(?:(?:and|or|et|ou|und|oder|y|o|e|и|или)\s+)?|\s(?:and|or|et|ou|und|oder|y|o|и|или)\s+)(?:the\s+|les?\s+|la\s+|el\s+|die\s+)?$/iu;
  return joined.test(clause) && /[,、،]/.test(clause.replace(joined, ''));
}

/** A CVE id other than the four of 2021, or another Exchange flaw by name (folded text). */
export function namesOtherExchangeFlaw(folded: string): boolean {
  if (EXCHANGE_OTHER_FLAW.test(folded)) return true;
  for (const m of folded.matchAll(/cve[ -]?(\d{4})[ -]?(\d{4,7})/g)) {
    if (!(EXCHANGE_2021_CVES as readonly string[]).includes(`cve-${m[1]}-${m[2]}`)) return true;
  }
  return false;
}

const isLatin = (text: string, at: number) => /\p{Script=Latin}/u.test(text[at] ?? '');

/** Up to `n` words before and after [start, end), within [lo, hi). */
function wordsAround(text: string, start: number, end: number, n: number, lo: number, hi: number): [string, string] {
  let a = start;
  for (let words = 0; a > lo && words <= n; ) {
    a--;
    if (text[a] === ' ') words++;
  }
  let b = end;
  for (let words = 0; b < hi && words <= n; ) {
    if (text[b] === ' ') words++;
    b++;
  }
  return [text.slice(a, start), text.slice(end, b)];
}

export interface RuleInput {
  rule: AliasRule;
  /** The folded text of the block and the name's range in it (clitics excluded). */
  folded: string;
  start: number;
  end: number;
  /** The original text and the name's range in it. */
  original: string;
  originalStart: number;
  originalEnd: number;
  /** The full product name (Microsoft Exchange…) rather than a bare "Exchange". */
  strong: boolean;
  /** End (in folded text) of the accepted mention of the same entity just before, if any. */
  previousSameEntityEnd: number | null;
}

export function judge(input: RuleInput): Verdict {
  const { folded, start, end } = input;
  const [sFrom, sTo] = sentenceAround(folded, start, end);
  const sentence = folded.slice(sFrom, start) + ' ' + folded.slice(end, sTo);
  switch (input.rule) {
    case 'ordinary-word': {
      const [before, after] = wordsAround(folded, start, end, 4, sFrom, sTo);
      if (ORDINARY_SENSE.test(before) || ORDINARY_SENSE.test(after)) return 'reject';
      if (CYBER_OR_CHINA.test(sentence)) return 'accept';
      // Written all in lower case ("leviathan", "hafnium") the word is most often the ordinary
      // one: it counts only where its own sentence speaks of hacking or China, never on the page's word.
      const written = input.original.slice(input.originalStart, input.originalEnd);
      return /\p{Lu}/u.test(written) || !/\p{Ll}/u.test(written) ? 'page' : 'reject';
    }
    case 'acronym': {
      let p = start - 1;
      while (p >= 0 && folded[p] === ' ') p--;
      if (folded[p] === '(' || folded[p] === '（') {
        // "(MSS)" defines the abbreviation: it must follow the ministry's own name.
        let q = p - 1;
        while (q >= 0 && /[\s"'«»“”]/.test(folded[q] as string)) q--;
        // A possessive may sit between: "Ministry of State Security's (MSS)".
        if (folded[q] === 's' && folded[q - 1] === "'") q -= 2;
        return input.previousSameEntityEnd === q + 1 ? 'accept' : 'reject';
      }
      const [before, after] = wordsAround(folded, start, end, 3, sFrom, sTo);
      if (ACRONYM_OTHER.test(before) || ACRONYM_OTHER.test(after)) return 'reject';
      // North Korea's MSS, the Soviet MGB: another state's ministry, unless China is named first.
      const [justBefore] = wordsAround(folded, start, end, 1, sFrom, sTo);
      if (!CHINA.test(justBefore) && (OTHER_STATE.test(before) || OTHER_STATE.test(after))) return 'reject';
      return CHINA.test(sentence) ? 'accept' : 'page';
    }
    case 'shared-name':
    case 'state-agency': {
      const [before, after] = wordsAround(folded, start, end, 6, sFrom, sTo);
      // "China's Ministry of State Security", "Министерство госбезопасности КНР": China's own.
      const name = folded.slice(start, end);
      const [justBefore] = wordsAround(folded, start, end, 1, sFrom, sTo);
      if (CHINA.test(name) || CHINA.test(justBefore)) return 'accept';
      if (OTHER_STATE.test(before) || OTHER_STATE.test(after)) return 'reject';
      if (input.rule === 'state-agency') return 'accept';
      return CHINA.test(before) || CHINA.test(after) ? 'accept' : 'page';
    }
    case 'exchange-product': {
      if (!input.strong && isLatin(input.original, input.originalStart)) {
        if (isInsideOtherProperName(input.original, input.originalStart, input.originalEnd)) return 'reject';
        // A bare "Exchange" must read as the product: "the Exchange hack", "Exchange 2013",
        // or a sentence that names Microsoft. "Exchange rates fell after the attack" does not.
        const next = input.original.slice(input.originalEnd, input.originalEnd + 24).trimStart();
        const product = EVENT_NOUN.test(next) || SERVER_BEFORE.test(folded.slice(Math.max(sFrom, start - 24), start));
        if (!product && !/\bmicrosoft\b|微软|マイクロソフト/.test(sentence)) return 'reject';
      }
      if (EXCHANGE_OTHER.test(sentence) || namesOtherExchangeFlaw(sentence)) return 'reject';
      // "vulnerabilities in widely used software, such as Log4J, Confluence, and Microsoft Exchange":
      // one product in a list of exploited software is not the 2021 compromise, unless the sentence says so.
      if (isListItem(input.original, input.originalStart) && !EXCHANGE_2021.test(sentence)) return 'reject';
      // Signs of the 2021 compromise itself (HAFNIUM, ProxyLogon, its CVEs, China, the ministry)
      // settle it; attack words alone leave it to the page: an article on another Exchange flaw
      // (CVE-2020-0688) speaks of attacks and zero-days too, but names nothing of the story.
      if (EXCHANGE_STORY.test(sentence)) return 'accept';
      // An event phrase names the compromise: "the Exchange hack", "Exchange server attacks",
      // "le piratage de Microsoft Exchange", "Exchange-Server wurden angegriffen" (an attack word
      // within three words); attack words further off leave it to the page.
      const next = input.original.slice(input.originalEnd, input.originalEnd + 40).trimStart();
      const [nearBefore, nearAfter] = wordsAround(folded, start, end, 3, sFrom, sTo);
      if (EVENT_AFTER.test(next) || EXCHANGE_HACK.test(nearBefore) || EXCHANGE_HACK.test(nearAfter)) return 'accept';
      if (EXCHANGE_HACK.test(sentence)) return 'page';
      return input.strong ? 'page' : 'reject';
    }
  }
}

/**
 * A bare "Exchange" inside another capitalised name: "Chicago Mercantile Exchange",
 * "Dynamic Data Exchange", "Securities and Exchange Commission".
 */
function isInsideOtherProperName(text: string, start: number, end: number): boolean {
  const next = /^[\s\u00a0]+(\p{Lu})/u.exec(text.slice(end, end + 3));
  if (next) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const prev = /(\p{L}+)[\s\u00a0]+$/u.exec(before);
  if (!prev) return false;
  const word = prev[1] as string;
  if (!/^\p{Lu}/u.test(word) || word === 'Microsoft') return false;
  // A capitalised word that merely starts the sentence ("The Exchange hack") is not a name.
  const lead = before.slice(0, before.length - prev[0].length).trimEnd();
  return !(lead === '' || /[.!?:;"“«(\n]$/.test(lead));
}
