/**
 * The minimal highlighter, the reference the extension's speed is held to (docs/performance.md):
 * a Manifest V3 extension of its own whose one content script, at `document_idle` in every frame
 * (like ours), in ONE task, walks the body's text once, runs ONE combined expression of every
 * highlighted alias over it (matcher-node.ts highlightedAliasSources: composed aliases
 * included; case-insensitive, longest first; no folding, no context rules, no word boundaries), and wraps every match with `splitText` and a
 * `<mark data-attribution-lens="ENTITY">`. It has no start-up to speak of, no settings, no
 * report, no card and no time slicing: the least work that leaves the page highlighted.
 * Text in scripts, styles and text areas is left alone; editable regions are not looked for
 * (the bench pages have none).
 *
 * Its marks carry our attribute, so the bench's probe times them as it times ours, and its
 * script lies under `/content-scripts/`, so the trace reader (trace.ts) counts its tasks as it
 * counts ours. Written by bench/against-minimal.ts into .output/bench-minimal/ (generated,
 * never committed). Not part of the product.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inPage } from './in-page-measure.ts';

interface MinimalArg {
  /** One capturing group per alias, longest source first. */
  pattern: string;
  /** The entity id of each group, in order. */
  entities: string[];
  attribute: string;
}

/** The content script (serialised: it refers to nothing outside itself). */
function minimalHighlighter({ pattern, entities, attribute }: MinimalArg): void {
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!parent || skipped.has(parent.tagName)) continue;
    nodes.push(n);
    starts.push(length);
    parts.push(n.data);
    length += n.data.length + 1; // the '\n' joining the parts: no alias spans two text nodes
  }
  const text = parts.join('\n');
  const re = new RegExp(pattern, 'gi');
  const hits: Array<{ node: number; start: number; end: number; entity: string }> = [];
  let node = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    while (node + 1 < starts.length && (starts[node + 1] as number) <= m.index) node++;
    const start = m.index - (starts[node] as number);
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    hits.push({ node, start, end: start + m[0].length, entity: entities[group - 1] ?? '' });
  }
  // Last match first, so that splitting a node leaves the offsets of its earlier matches valid.
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i] as (typeof hits)[number];
    const name = (nodes[hit.node] as Text).splitText(hit.start);
    name.splitText(hit.end - hit.start);
    const mark = document.createElement('mark');
    mark.setAttribute(attribute, hit.entity);
    name.replaceWith(mark);
    mark.appendChild(name);
  }
}

/** Writes the extension into `dir` (replacing what was there) and returns `dir`. */
export async function writeMinimalHighlighter(dir: string, aliases: Array<[source: string, entity: string]>, attribute: string): Promise<string> {
  await mkdir(path.join(dir, 'content-scripts'), { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Attribution Lens benchmark: minimal highlighter',
    version: '1.0',
    description: 'The benchmark reference: one walk, one expression, every match wrapped in one task.',
    // launchChromium waits for the extension's service worker.
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['content-scripts/minimal.js'] },
    ],
  };
  const sorted = aliases.slice().sort((a, b) => b[0].length - a[0].length);
  const arg: MinimalArg = {
    pattern: sorted.map(([source]) => `(${source})`).join('|'),
    entities: sorted.map(([, entity]) => entity),
    attribute,
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'background.js'), '// Nothing: the minimal highlighter is all in its content script.\n');
  await writeFile(path.join(dir, 'content-scripts/minimal.js'), `${inPage(minimalHighlighter as (a: never) => unknown, arg)};\n`);
  return dir;
}
