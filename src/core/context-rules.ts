/**
 * Decides whether an ambiguous alias, found in a text, names the entity.
 *
 * The rule, in one sentence: an ambiguous name counts when its sentence shows it
 * is about hacking or the Chinese state and nothing right beside it shows another
 * sense; when its own sentence is silent, it counts only on a page that names one
 * of the entities unambiguously ("page" verdict, settled by the caller).
 *
 * Each alias's kind of ambiguity (the `rule` of the dataset) has its own tests:
 * - ordinary-word (Leviathan, HAFNIUM, ZIRCONIUM, GADOLINIUM, Red Ladon): written
 *   in title or upper case, and no element/book/film word within four words.
 * - acronym (MSS, HSSD, SSSB): in parentheses it must spell out the ministry named
 *   just before it; no other expansion's words (managed services, TCP segment)
 *   within three words; China named in the sentence, else the page decides.
 * - shared-name (Ministerium für Staatssicherheit, وزارة أمن الدولة): never beside
 *   East Germany, the Stasi, Cuba or the USSR; China named nearby, else the page decides.
 * - exchange-product (Microsoft Exchange, Exchange Server, إكستشينج): never with
 *   Online, later flaws or admin topics in the sentence; the sentence must speak of
 *   the 2021 attack, except that the full product name may rely on the page. A bare
 *   "Exchange" between other capitalised words (Stock Exchange, Exchange Commission)
 *   is some other exchange.
 */
import type { AliasRule } from './matcher-types';
import {
  ACRONYM_OTHER_SENSE_CUES,
  CHINA_CUES,
  CYBER_CUES,
  EXCHANGE_HACK_CUES,
  EXCHANGE_OTHER_SENSE_CUES,
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
 * as Unicode-property regular expressions cost tens of milliseconds at page start.
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

/** Words that, right after a bare "Exchange", make it the product under attack (or a version of it). */
const EVENT_NOUN = /^(?:hack|compromise|attack|breach|break-in|intrusion|zero-day|zero day|0-day|flaw|vulnerab|exploit|server|campaign|bug|mass[- ]hack|\d{4}\b)/i;

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
      return CYBER_OR_CHINA.test(sentence) ? 'accept' : 'page';
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
      return CHINA.test(sentence) ? 'accept' : 'page';
    }
    case 'shared-name': {
      const [before, after] = wordsAround(folded, start, end, 6, sFrom, sTo);
      if (OTHER_STATE.test(before) || OTHER_STATE.test(after)) return 'reject';
      return CHINA.test(before) || CHINA.test(after) ? 'accept' : 'page';
    }
    case 'exchange-product': {
      if (!input.strong && isLatin(input.original, input.originalStart)) {
        if (isInsideOtherProperName(input.original, input.originalStart, input.originalEnd)) return 'reject';
        // A bare "Exchange" must read as the product: "the Exchange hack", "Exchange 2013",
        // or a sentence that names Microsoft. "Exchange rates fell after the attack" does not.
        const next = input.original.slice(input.originalEnd, input.originalEnd + 24).trimStart();
        if (!EVENT_NOUN.test(next) && !/\bmicrosoft\b|微软|マイクロソフト/.test(sentence)) return 'reject';
      }
      if (EXCHANGE_OTHER.test(sentence)) return 'reject';
      if (EXCHANGE_HACK.test(sentence)) return 'accept';
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
