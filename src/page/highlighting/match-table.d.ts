/** The matcher's slice of the dataset, compiled by match-table-plugin.ts. */
declare module 'virtual:match-table' {
  import type { CompiledMatchTable } from '../../core/matcher';
  const table: CompiledMatchTable;
  export default table;
}
