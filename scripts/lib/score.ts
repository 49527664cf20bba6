/**
 * Scoring of highlighted pages against gold labels, as written in the corpus README
 * ("How pages are scored") and LABELING.md. Pure: no I/O, no browser.
 */

/** The entity ids of the public contract, in report order. */
export const ENTITY_IDS = ['apt40', 'apt31', 'mss', 'exchange-hack'] as const;

export interface GoldMention {
  entity: string;
  text: string;
}

/** A `NAME.gold.json` file. */
export interface GoldFile {
  lang: string;
  source?: string;
  notes?: string;
  mentions: GoldMention[];
  optional?: GoldMention[];
}

/** A mark as collected from the page (see collect-marks.ts). */
export interface FoundMark {
  entity: string;
  text: string;
  blockKey: string;
  gapBefore: string | null;
}

/** One found mention: one mark, or several adjacent marks merged. */
export interface FoundMention {
  entity: string;
  text: string;
  /** How many marks were merged into it. */
  marks: number;
}

// Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM, and the bidi controls
// (ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI).
const IGNORED_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Case-folds, drops ignorable characters and collapses whitespace, for containment tests. */
export function normalizeForMatch(text: string): string {
  return text.replace(IGNORED_CHARS, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when one text contains the other after normalisation; an empty text matches nothing. */
export function textsMatch(a: string, b: string): boolean {
  const na = normalizeForMatch(a);
  const nb = normalizeForMatch(b);
  if (na === '' || nb === '') return false;
  return na.includes(nb) || nb.includes(na);
}

/**
 * Merges runs of adjacent marks of one entity with only whitespace between them inside the
 * same block into one found mention. Characters the matcher ignores (soft hyphens,
 * zero-width and bidi controls) count as whitespace here too: a gap made only of them is,
 * for matching, no gap at all (e.g. `ZIR&shy;CONIUM` highlighted as two marks).
 */
export function mergeMarks(marks: readonly FoundMark[]): FoundMention[] {
  const out: FoundMention[] = [];
  let previous: FoundMark | undefined;
  for (const mark of marks) {
    const last = out[out.length - 1];
    const joins =
      last !== undefined &&
      previous !== undefined &&
      previous.entity === mark.entity &&
      previous.blockKey === mark.blockKey &&
      mark.gapBefore !== null &&
      mark.gapBefore.replace(IGNORED_CHARS, '').trim() === '';
    if (joins && last !== undefined && mark.gapBefore !== null) {
      last.text += mark.gapBefore + mark.text;
      last.marks += 1;
    } else {
      out.push({ entity: mark.entity, text: mark.text, marks: 1 });
    }
    previous = mark;
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics extends Counts {
  /** null when nothing was found (tp + fp = 0). */
  precision: number | null;
  /** null when nothing was to be found (tp + fn = 0). */
  recall: number | null;
  /** null when both are null; 0 when tp = 0 otherwise. */
  f1: number | null;
}

export interface PageScore {
  page: string;
  lang: string;
  found: FoundMention[];
  matched: Array<{ found: FoundMention; gold: GoldMention; goldIndex: number }>;
  /** Found mentions that matched only an optional entry: neither true nor false positives. */
  optionalMatched: FoundMention[];
  falsePositives: FoundMention[];
  misses: Array<GoldMention & { goldIndex: number }>;
}

/**
 * Scores one page: each found mention, in document order, takes the earliest unmatched gold
 * mention of its entity that it contains or is contained in; failing that it is ignored if it
 * matches an optional entry of its entity, else it is a false positive. Unmatched gold
 * mentions are misses.
 */
export function scorePage(page: string, gold: GoldFile, marks: readonly FoundMark[]): PageScore {
  const found = mergeMarks(marks);
  const taken = new Array<boolean>(gold.mentions.length).fill(false);
  const score: PageScore = {
    page,
    lang: gold.lang,
    found,
    matched: [],
    optionalMatched: [],
    falsePositives: [],
    misses: [],
  };
  for (const mention of found) {
    const goldIndex = gold.mentions.findIndex(
      (g, i) => !taken[i] && g.entity === mention.entity && textsMatch(g.text, mention.text),
    );
    const goldMention = gold.mentions[goldIndex];
    if (goldMention !== undefined) {
      taken[goldIndex] = true;
      score.matched.push({ found: mention, gold: goldMention, goldIndex });
    } else if ((gold.optional ?? []).some((o) => o.entity === mention.entity && textsMatch(o.text, mention.text))) {
      score.optionalMatched.push(mention);
    } else {
      score.falsePositives.push(mention);
    }
  }
  gold.mentions.forEach((g, goldIndex) => {
    if (!taken[goldIndex]) score.misses.push({ ...g, goldIndex });
  });
  return score;
}

/** Precision, recall and F1 from counts (see Metrics for the empty cases). */
export function metrics({ tp, fp, fn }: Counts): Metrics {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (tp === 0) f1 = 0;
  else f1 = (2 * (precision ?? 0) * (recall ?? 0)) / ((precision ?? 0) + (recall ?? 0));
  return { tp, fp, fn, precision, recall, f1 };
}

/** Counts of one page, optionally restricted to one entity. */
export function pageCounts(score: PageScore, entity?: string): Counts {
  const keep = (e: string): boolean => entity === undefined || e === entity;
  return {
    tp: score.matched.filter((m) => keep(m.gold.entity)).length,
    fp: score.falsePositives.filter((f) => keep(f.entity)).length,
    fn: score.misses.filter((m) => keep(m.entity)).length,
  };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export interface Summary {
  overall: Metrics;
  /** The four contract entities, then any other id that appeared in a mark. */
  perEntity: Record<string, Metrics>;
  /** By the gold file's `lang`, sorted. */
  perLanguage: Record<string, Metrics>;
}

/** Overall, per-entity and per-language metrics over scored pages. */
export function summarize(pages: readonly PageScore[]): Summary {
  const entities: string[] = [...ENTITY_IDS];
  for (const p of pages) {
    for (const f of p.falsePositives) if (!entities.includes(f.entity)) entities.push(f.entity);
  }
  const perEntity: Record<string, Metrics> = {};
  for (const entity of entities) {
    perEntity[entity] = metrics(pages.reduce((acc, p) => add(acc, pageCounts(p, entity)), ZERO));
  }
  const perLanguage: Record<string, Metrics> = {};
  for (const lang of [...new Set(pages.map((p) => p.lang))].sort()) {
    perLanguage[lang] = metrics(
      pages.filter((p) => p.lang === lang).reduce((acc, p) => add(acc, pageCounts(p)), ZERO),
    );
  }
  return { overall: metrics(pages.reduce((acc, p) => add(acc, pageCounts(p)), ZERO)), perEntity, perLanguage };
}
