/**
 * Coverage: which of the source article's claims a page reports, and the verdict
 * that follows. Pure: text in, findings out.
 *
 * A claim is reported when one block of the page (a paragraph, a list item…)
 * holds a term from at least `need` of the claim's signal groups: for example
 * "four" and "charged" for the indictment, or four of the eight coalition members.
 * Terms are folded like the matcher's aliases (so ٥٠ is 50, أ is ا). Latin and
 * Cyrillic terms match at a word start; short ones (up to four characters, or
 * digits) must be whole words; Arabic, Chinese and Japanese terms match anywhere.
 *
 * The verdict rule: the same story when the page reports at least
 * `sameStoryMinClaims` claims, one of them among `sameStoryRequires` (the
 * accusation itself: its date or the coalition); another context when it names
 * the entities but reports less; unrelated when it names none of them.
 */
import type { Coverage } from '../data/schema';
import { foldString, foldText } from './fold-text';

export interface CoverageRules extends Pick<Coverage, 'sameStoryMinClaims' | 'sameStoryRequires'> {
  claims: readonly Pick<Coverage['claims'][number], 'id' | 'groups' | 'need' | 'with'>[];
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
}

export type Verdict = 'same-story' | 'another-context' | 'unrelated';

const EDGE = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}';

/** A term written only in Latin, Cyrillic or Greek letters, digits and punctuation (word edges apply). */
const WORDLIKE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\s\p{P}]+$/u;

function termPattern(term: string): string {
  const t = foldString(term).trim();
  const escaped = t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  if (!WORDLIKE.test(t)) return escaped;
  const whole = t.length <= 4 || /^\d+$/.test(t);
  // Word edges count Latin, Cyrillic and Greek letters and digits only: "APT40和APT31" has its names.
  return `(?<![${EDGE}])${escaped}${whole ? `(?![${EDGE}])` : ''}`;
}

const compileGroup = (terms: readonly string[]) => new RegExp(terms.map(termPattern).join('|'), 'gu');

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
  }));

  /** Finds each claim in the first block that reports it. */
  function detect(blocks: readonly string[]): ClaimFinding[] {
    const found = new Map<string, ClaimFinding>();
    blocks.forEach((text, index) => {
      if (found.size === claims.length || !text.trim()) return;
      const folded = foldText(text);
      for (const claim of claims) {
        if (found.has(claim.id)) continue;
        const hits = claim.groups.map((g) => positions(g, folded.text));
        const matched = hits.filter((h) => h.length > 0).length;
        if (matched < claim.need) continue;
        const extra = claim.with.map((g) => positions(g, folded.text));
        if (extra.some((h) => h.length === 0)) continue;
        // Quote the sentence that holds the most signals.
        const all = [...hits, ...extra].flat();
        let best: [number, number] = [0, 0];
        let bestCount = -1;
        for (const at of all) {
          const [s0, e0] = sentenceBounds(folded.text, at);
          const count = all.filter((p) => p >= s0 && p < e0).length;
          if (count > bestCount) [best, bestCount] = [[s0, e0], count];
        }
        const [s, e] = best;
        found.set(claim.id, {
          claimId: claim.id,
          block: index,
          start: folded.from[s] ?? 0,
          end: e > 0 ? (folded.to[e - 1] ?? text.length) : text.length,
          groupsMatched: matched,
        });
      }
    });
    return rules.claims.map((c) => found.get(c.id)).filter((f): f is ClaimFinding => !!f);
  }

  return { detect };
}

/** The verdict for a page that reports `claimIds` and has `mentionCount` highlighted mentions. */
export function coverageVerdict(rules: CoverageRules, claimIds: readonly string[], mentionCount: number): Verdict {
  if (mentionCount === 0) return 'unrelated';
  const enough = claimIds.length >= rules.sameStoryMinClaims;
  const core = rules.sameStoryRequires.some((id) => claimIds.includes(id));
  return enough && core ? 'same-story' : 'another-context';
}

/** The sentence around `at`, as [start, end) of the folded text (a sentence up to 400 characters). */
function sentenceBounds(text: string, at: number): [number, number] {
  const END = /[.!?؟。！？]/;
  let s = at;
  while (s > 0 && at - s < 400 && !(END.test(text[s - 1] as string) && text[s] === ' ')) s--;
  let e = at;
  while (e < text.length && e - at < 400 && !END.test(text[e] as string)) e++;
  while (s < at && text[s] === ' ') s++;
  return [s, Math.min(text.length, e + 1)];
}
