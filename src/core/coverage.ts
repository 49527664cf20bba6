/**
 * Coverage: which of the source article's claims a page reports, and the verdict
 * that follows. Pure: text in, findings out.
 *
 * A claim is reported when one block of the page (a paragraph, a list item…)
 * holds a term from at least `need` of the claim's signal groups: for example
 * "four" and "charged" for the indictment, or four of the eight coalition members —
 * and the sentence that holds them (else its block) is not about another time
 * (src/core/time-frame.ts): a 2024 advisory naming APT40 does not report the 2021 story.
 * Terms are folded like the matcher's aliases (so ٥٠ is 50, أ is ا). Latin and
 * Cyrillic terms match at a word start; short ones (up to four characters, or
 * digits) must be whole words unless they end in "-" ("us-" for "US-Regierung");
 * Arabic, Chinese and Japanese terms match anywhere.
 *
 * A page written later (src/core/time-frame.ts: a year after 2021, or a date whose weekday
 * is another year's) counts only the claims it dates to the story ("in July 2021 …").
 *
 * The verdict rule, in one sentence (the dataset's `coverage.rule` says it to readers):
 * the same story when the page is not dated after 2021 and reports at least
 * `sameStoryMinClaims` claims of the July 2021 story, or at least `newsMinClaims` when it
 * gives the accusation's day as news (a day with no year: written that week); another
 * context when it names the entities otherwise; unrelated when it names none of them.
 * A reader calls a report of one strand of the announcement (the indictment, the joint
 * advisory, one government's statement, China's answer) the same story: few claims, but news.
 */
import type { Coverage } from '../data/schema';
import { foldString, foldText } from './fold-text';
import { sentenceAround } from './sentences';
import { frameOf, pageIsLater, yearsNamed, type Frame } from './time-frame';

export interface CoverageRules extends Pick<Coverage, 'sameStoryMinClaims' | 'newsMinClaims'> {
  claims: readonly Pick<Coverage['claims'][number], 'id' | 'groups' | 'need' | 'with' | 'scope'>[];
}

export interface ClaimFinding {
  claimId: string;
  /** The block that reports it, as an index into the blocks given. */
  block: number;
  /** The sentence of that block holding the signals: [start, end) in the block's original text. */
  start: number;
  end: number;
  /** How many of the claim's groups matched (for the coalition: how many members are named). */
  groupsMatched: number;
  /** The time its sentence (else its block) states: `story` or `unstated` (others are not findings). */
  frame: Frame;
}

/** What the page says of its own time, for the verdict and for the popup to show. */
export interface PageTime {
  /** The page names a year after the story's: it is written later, whatever it recalls. */
  later: boolean;
  /** The page gives the accusation's day with no year ("on Monday", "19日"): news of that week. */
  news: boolean;
}

export interface CoverageFindings {
  claims: ClaimFinding[];
  time: PageTime;
}

export type Verdict = 'same-story' | 'another-context' | 'unrelated';

const EDGE = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}';

/** A term written only in Latin, Cyrillic or Greek letters, digits and punctuation (word edges apply). */
const WORDLIKE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\s\p{P}]+$/u;

function termPattern(term: string): string {
  const t = foldString(term).trim();
  const escaped = t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  if (!WORDLIKE.test(t)) return escaped;
  const whole = (t.length <= 4 || /^\d+$/.test(t)) && !t.endsWith('-');
  // Word edges count Latin, Cyrillic and Greek letters and digits only: "APT40和APT31" has its names.
  return `(?<![${EDGE}])${escaped}${whole ? `(?![${EDGE}])` : ''}`;
}

const compileGroup = (terms: readonly string[]) => new RegExp(terms.map(termPattern).join('|'), 'gu');

/** A block's time for its undated sentences: its year, not a day another of its sentences names. */
const sameOrUnstated = (frame: Frame): Frame => (frame === 'other-day' ? 'unstated' : frame);

/** Every position where a group's terms occur. */
function positions(group: RegExp, text: string): number[] {
  group.lastIndex = 0;
  return [...text.matchAll(group)].map((m) => m.index);
}

export function createCoverageDetector(rules: CoverageRules) {
  const claims = rules.claims.map((c) => ({
    id: c.id,
    need: c.need,
    groups: c.groups.map(compileGroup),
    with: (c.with ?? []).map(compileGroup),
    // Signals that are common words apart (a "statement", a "denial") must share a sentence.
    sentence: c.scope === 'sentence',
  }));

  /** Finds each claim in the first block that reports it within the story's time. */
  function detect(blocks: readonly string[]): ClaimFinding[] {
    return assess(blocks).claims;
  }

  /** The claims and what the page says of its own time. */
  function assess(blocks: readonly string[]): CoverageFindings {
    const found = new Map<string, ClaimFinding>();
    const foldedBlocks = blocks.map((text) => foldText(text));
    const later = pageIsLater(foldedBlocks.map((f) => f.text));
    foldedBlocks.forEach((folded, index) => {
      const text = blocks[index] as string;
      if (found.size === claims.length || !text.trim()) return;
      let blockFrame: Frame | null = null;
      for (const claim of claims) {
        if (found.has(claim.id)) continue;
        const hits = claim.groups.map((g) => positions(g, folded.text));
        const extra = claim.with.map((g) => positions(g, folded.text));
        const holds = (from: number, to: number) => {
          const inside = (h: number[]) => h.some((p) => p >= from && p < to);
          return hits.filter(inside).length >= claim.need && extra.every(inside);
        };
        if (!holds(0, folded.text.length)) continue;
        // Quote the sentence that holds the most signals (for a sentence-scoped claim, one that holds them all).
        const all = [...hits, ...extra].flat().sort((a, b) => a - b);
        let best: [number, number] | null = null;
        let bestCount = -1;
        let seenTo = -1;
        for (const at of all) {
          if (at < seenTo) continue; // this hit's sentence was weighed already
          const [s0, e0] = sentenceAround(folded.text, at);
          seenTo = e0;
          if (claim.sentence && !holds(s0, e0)) continue;
          const count = all.filter((p) => p >= s0 && p < e0).length;
          if (count > bestCount) [best, bestCount] = [[s0, e0], count];
        }
        if (!best) continue;
        let [s, e] = best;
        while (s < e && folded.text[s] === ' ') s++;
        const matched = hits.filter((h) => h.length > 0).length;
        // The sentence's own time first; a sentence that states none takes its block's year
        // (a day named in another sentence dates that sentence's event: "Microsoft disclosed it on 2 March").
        let frame = frameOf(folded.text.slice(s, e));
        if (frame === 'unstated') frame = blockFrame ??= sameOrUnstated(frameOf(folded.text));
        if (frame === 'later' || frame === 'other-day') continue;
        // A page written later counts only what it dates to the story ("in July 2021 Blinken said…").
        if (later && frame === 'unstated') continue;
        const end = Math.min(folded.text.length, e + 1); // with its closing mark
        found.set(claim.id, {
          claimId: claim.id,
          block: index,
          start: folded.from[s] ?? 0,
          end: end > 0 ? (folded.to[end - 1] ?? text.length) : text.length,
          groupsMatched: matched,
          frame,
        });
      }
    });
    // The "date" claim is the accusation's day (the dataset must have it: validate-dataset.ts).
    const date = found.get('date');
    const news = !!date && yearsNamed(foldString(blocks[date.block]?.slice(date.start, date.end) ?? '')).length === 0;
    return {
      claims: rules.claims.map((c) => found.get(c.id)).filter((f): f is ClaimFinding => !!f),
      time: { later, news },
    };
  }

  return { detect, assess };
}

/** The verdict for a page that reports `claimIds`, has `mentionCount` mentions and says `time` of itself. */
export function coverageVerdict(
  rules: CoverageRules,
  claimIds: readonly string[],
  mentionCount: number,
  time: PageTime = { later: false, news: false },
): Verdict {
  if (mentionCount === 0) return 'unrelated';
  if (time.later) return 'another-context';
  const need = time.news ? rules.newsMinClaims : rules.sameStoryMinClaims;
  return claimIds.length >= need ? 'same-story' : 'another-context';
}
