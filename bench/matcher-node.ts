/**
 * The matcher alone, in Node, on the benchmark pages' text: how fast `createMatcher` (src/core)
 * gets through a page, next to the plainest scans of the same text: ONE combined expression of
 * every alias (the in-page floor's expression), and `indexOf` for a single term.
 *
 * The text of a page is split into blocks the way a highlighter sees it (block elements end a
 * block; scripts, styles and form controls are skipped), with jsdom. The matcher gets the
 * blocks through `mentionsInBlocks`, as the content script gives them; the plain scans get
 * the blocks joined by newlines. Throughput is UTF-8 megabytes (10^6 bytes) of that text per
 * second. The matcher's time is also split into its first steps: folding the text
 * (`foldText`) and its combined pattern over the folded text (alias-pattern.ts); the rest is
 * candidate checks and context rules.
 */
import { createRequire } from 'node:module';
import { createMatcher, foldText } from '../src/core/index.ts';
import { compilePattern, foldedForms } from '../src/core/alias-pattern.ts';
import { dataset } from '../src/data/dataset.ts';
import { aliasPattern } from './in-page-measure.ts';

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'AUDIO', 'VIDEO',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

// jsdom ships no types and the project has no @types/jsdom: declare the little used here.
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { virtualConsole: object }) => { window: { document: Document } };
  VirtualConsole: new () => object;
};

/** A page's readable text as blocks (see the file comment). */
export function textBlocks(html: string): string[] {
  // A silent console: jsdom would complain about the corpus pages' CSS, which is not read here.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    if (/\S/.test(current)) blocks.push(current);
    current = '';
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        visit(child);
        if (block) flush();
      }
    }
  };
  if (document.body) visit(document.body);
  flush();
  return blocks;
}

/** Median time of `fn`, run until at least `minMs` have passed or `maxRuns` runs (after one warm-up). */
function time(fn: () => unknown, { minMs = 600, maxRuns = 15, minRuns = 3 } = {}): number {
  fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - start < minMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export interface MatcherBenchRow {
  page: string;
  blocks: number;
  mb: number;
  mentions: number;
  matcherMs: number;
  foldMs: number;
  patternMs: number;
  combinedMs: number;
  indexOfMs: number;
}

/** The aliases the extension highlights (highlight !== false), as written in the dataset. */
export function highlightedAliases(): string[] {
  return dataset.entities.flatMap((e) => e.aliases.filter((a) => a.highlight !== false).map((a) => a.text));
}

/**
 * The highlighted aliases as plain regular-expression sources, each with the id of the entity it
 * names: a written alias escaped; a composed one (its `pattern`, src/core/composed-alias.ts) with
 * its groups made non-capturing and `{place}` as one of the entity's places in the alias's
 * language. No folding: what the minimal highlighter (minimal-highlighter.ts) looks for.
 */
export function highlightedAliasSources(): Array<[source: string, entity: string]> {
  const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const composed = (pattern: string, places: readonly string[]) =>
    pattern
      .split('{place}')
      .map((part) => part.replace(/[\\^$.*+[\]{}/]/g, '\\$&').replace(/\(/g, '(?:'))
      .join(`(?:${places.map(escape).join('|')})`);
  return dataset.entities.flatMap((e) =>
    e.aliases
      .filter((a) => a.highlight !== false)
      .map((a): [string, string] => [a.pattern ? composed(a.pattern, (e.places ?? []).flatMap((p) => (p as Partial<Record<string, string[]>>)[a.lang] ?? [])) : escape(a.text), e.id]),
  );
}

/** Benchmarks the matcher on each page's HTML. `singleTerm` is what `indexOf` looks for. */
export function benchMatcher(pages: Array<{ name: string; html: string }>, singleTerm = 'APT40'): MatcherBenchRow[] {
  const matcher = createMatcher(dataset);
  const aliases = highlightedAliases();
  const combined = new RegExp(aliasPattern(aliases), 'gi');
  const { regex: pattern } = compilePattern(aliases.flatMap(foldedForms));
  const rows: MatcherBenchRow[] = [];
  for (const { name, html } of pages) {
    const blocks = textBlocks(html);
    const joined = blocks.join('\n');
    const mb = Buffer.byteLength(joined, 'utf8') / 1e6;
    const result = matcher.mentionsInBlocks(blocks);
    const mentions = result.mentions.reduce((n, list) => n + list.length, 0);
    const matcherMs = time(() => matcher.mentionsInBlocks(blocks));
    const foldMs = time(() => blocks.map((b) => foldText(b)));
    const folded = blocks.map((b) => foldText(b).text);
    const patternMs = time(() => {
      let n = 0;
      for (const f of folded) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(f); m !== null; m = pattern.exec(f)) {
          n++;
          if (m[0] === '') pattern.lastIndex++;
        }
      }
      return n;
    });
    const combinedMs = time(() => {
      let n = 0;
      combined.lastIndex = 0;
      while (combined.exec(joined) !== null) n++;
      return n;
    });
    const indexOfMs = time(() => {
      let n = 0;
      for (let i = joined.indexOf(singleTerm); i !== -1; i = joined.indexOf(singleTerm, i + 1)) n++;
      return n;
    });
    rows.push({ page: name, blocks: blocks.length, mb, mentions, matcherMs, foldMs, patternMs, combinedMs, indexOfMs });
  }
  return rows;
}
