/** The pure core: folding, the matcher and its rules. No DOM, no browser API. */
export {
  compileMatchTable,
  createMatcher,
  matcherFrom,
  WINDOW_PADDING,
  type CompiledMatchTable,
  type Matcher,
  type TextWindow,
} from './matcher';
export type { Candidate, EntityId, MatchTable, Mention } from './matcher-types';
export { foldText, foldString } from './fold-text';
export {
  createCoverageDetector,
  coverageVerdict,
  type ClaimFinding,
  type CoverageFindings,
  type CoverageRules,
  type PageTime,
  type Verdict,
} from './coverage';
