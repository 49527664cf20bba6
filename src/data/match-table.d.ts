/** The matcher's slice of the dataset, built by match-table-plugin.ts. */
declare module 'virtual:match-table' {
  import type { MatchTable } from '../core/matcher-types';
  const table: MatchTable;
  export default table;
}
