/**
 * A Vite plugin that serves `virtual:match-table`: just what the matcher needs
 * from the dataset (each entity's id and highlightable aliases with their rules),
 * compiled at build time (compileMatchTable: folded aliases, the combined expression's
 * source), so no page load spends time on it.
 * The content script imports this instead of the whole dataset, so the article, claims
 * and sources stay out of its bundle; the hover
 * card gets its texts from the background (see messaging.ts, getCardContent).
 * Node-side only: imported by wxt.config.ts and vitest.config.ts.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { compileMatchTable, type CompiledMatchTable } from '../src/core/matcher';
import type { MatchTable } from '../src/core/matcher-types';
import { validateDataset } from '../src/data/validate-dataset';

const ID = 'virtual:match-table';
const RESOLVED = `\0${ID}`;

function matchTable(datasetPath: string): MatchTable {
  const ds = validateDataset(JSON.parse(readFileSync(datasetPath, 'utf8')));
  const table: MatchTable = {
    entities: ds.entities.map((e) => ({
      id: e.id,
      aliases: e.aliases
        .filter((a) => a.highlight !== false)
        .map(({ text, lang, pattern, rule, case: casing, notBefore, notAfter }) => ({
          text,
          lang,
          ...(pattern && { pattern }),
          ...(rule && { rule }),
          ...(casing && { case: casing }),
          ...(notBefore && { notBefore }),
          ...(notAfter && { notAfter }),
        })),
      ...(e.places && { places: e.places }),
    })),
  };
  return table;
}

/** The dataset's match table, compiled as the content script gets it. */
export function compiledMatchTable(datasetPath: string): CompiledMatchTable {
  return compileMatchTable(matchTable(datasetPath));
}

export function matchTablePlugin(datasetPath: string): Plugin {
  return {
    name: 'attribution-lens:match-table',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(datasetPath);
      return `export default ${JSON.stringify(compiledMatchTable(datasetPath))};`;
    },
  };
}
