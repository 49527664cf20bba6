/** The matcher's (and coverage detector's) slice of the dataset, built by match-table-plugin.ts. */
declare module 'virtual:match-table' {
  import type { CoverageRules } from '../core/coverage';
  import type { MatchTable } from '../core/matcher-types';
  const table: MatchTable & { coverage: CoverageRules };
  export default table;
}
