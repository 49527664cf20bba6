/**
 * Compiles every highlightable alias into ONE regular expression, so a text is
 * scanned once for all aliases rather than once per alias. Aliases are folded
 * (fold-text.ts) and stored in prefix tries, one per kind of word edge, so the
 * expression shares prefixes ("apt40"/"apt31") and backtracks little.
 *
 * Word edges depend on script: Latin, Cyrillic, Greek and Arabic names need a
 * boundary (no letter or digit of the same script next to them), Chinese and
 * Japanese names do not (those scripts have no spaces). Arabic names may carry
 * attached clitics (و ف ب ك ل, and لل for ل + ال), which the match includes so the
 * highlight covers the whole written word.
 */
import { foldString } from './fold-text';

const SEP_REQUIRED = '\u0001'; // a space in an alias: a space or a hyphen in the text
const SEP_OPTIONAL = '\u0002'; // a hyphen, or a letter/digit seam (APT40 / APT 40 / APT-40)

type Edge = 'latin' | 'arabic' | 'cjk' | 'digit';

// Character ranges of the folded text (lower case, Latin accents stripped), written out
// rather than as Unicode script properties: those made the expression slow to compile,
// which the reader paid for at every page load.
const LATIN = 'a-z\\u00df-\\u024f\\u1e00-\\u1eff';
const CYRILLIC_GREEK = '\\u0370-\\u03ff\\u0400-\\u052f';
// Arabic letters only: the Arabic comma, semicolon and question mark are punctuation.
const ARABIC = '\\u0620-\\u064a\\u066e-\\u06d3\\u06d5\\u06fa-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufefc';

// Made where it is used, not at module level: compilePattern runs at build time only, and a
// module-level `new RegExp` (which the bundler cannot prove harmless) would be kept in the
// content script and run in every frame at start-up.
let arabicLetter: RegExp | undefined;

const isCjk = (ch: string) => /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(ch);

function edgeOf(ch: string): Edge {
  if (/[0-9]/.test(ch)) return 'digit';
  if ((arabicLetter ??= new RegExp(`[${ARABIC}]`)).test(ch)) return 'arabic';
  if (isCjk(ch)) return 'cjk';
  return 'latin';
}

// What may not stand right before/after a name that starts/ends with a character of this kind.
const LATIN_WORD = `${LATIN}${CYRILLIC_GREEK}0-9_`;
const BOUNDARY: Record<Edge, string | null> = {
  latin: `[${LATIN_WORD}]`,
  arabic: `[${ARABIC}0-9]`,
  digit: `[${LATIN_WORD}${ARABIC}]`,
  cjk: null,
};

/** Arabic clitics that attach in writing: a conjunction (و/ف), then a preposition (ب/ك/ل). */
const ARABIC_CLITICS = '[وف]?[بكل]?';

/** Turns a folded alias into trie tokens: separators become flexible, the rest literal. */
export function tokenize(folded: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const prev = folded[i - 1];
    // Chinese and Japanese write a compound name with or without a separator (エクスチェンジ・サーバー,
    // エクスチェンジサーバー; folding makes the middle dot a space).
    // (A piece of a composed alias may end or start at the space: its other side is unknown here.)
    const next = folded[i + 1];
    const cjkSeam = (prev === undefined || isCjk(prev)) && (next === undefined || isCjk(next)) && !!(prev ?? next);
    if (ch === ' ') tokens.push(cjkSeam ? SEP_OPTIONAL : SEP_REQUIRED);
    else if (ch === '-') tokens.push(SEP_OPTIONAL);
    else {
      // A seam between Latin letters and digits may be written with a space or hyphen, or not.
      if (prev && /[a-z]/.test(prev) !== /[a-z]/.test(ch) && /[a-z0-9]/.test(prev) && /[a-z0-9]/.test(ch)) {
        tokens.push(SEP_OPTIONAL);
      }
      tokens.push(ch);
    }
  }
  return tokens;
}

/** The lookup key of a folded alias or matched text: separators removed. */
export function aliasKey(folded: string): string {
  return folded.replace(/[\s\-\u0001\u0002]/g, '');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

/** A trie token as expression source. */
export function escapeToken(t: string): string {
  if (t === SEP_REQUIRED) return '[ -]';
  if (t === SEP_OPTIONAL) return '[ -]?';
  return t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function serialize(node: TrieNode): string {
  const alts: string[] = [];
  for (const [tok, child] of node.children) alts.push(escapeToken(tok) + serialize(child));
  if (alts.length === 0) return '';
  // Greedy optional: the longest alias wins ("وزارة أمن الدولة الصينية" over "وزارة أمن الدولة").
  if (node.terminal) return `(?:${alts.join('|')})?`;
  return alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
}

export interface CompiledPattern {
  regex: RegExp;
  /**
   * For each capture-group family (names with the same kind of edges), its group indexes:
   * [prefixGroup | -1, nameGroup], and for each composed alias inside it, the group that holds
   * it and the alias (its index among the caller's aliases).
   */
  families: { prefix: number; name: number; composed?: [group: number, alias: number][] }[];
}

/** A composed alias's expression (composed-alias.ts), one written form of it, and its alias index. */
export interface ComposedFragment {
  source: string;
  sample: string;
  alias: number;
}

interface Family {
  lead: Edge;
  trail: Edge;
  root: TrieNode;
  composed: ComposedFragment[];
}

/**
 * Builds the combined expression from folded alias texts (and the extra folded
 * forms each may take) and composed aliases' fragments. Returns the regex and, per
 * family, which groups hold the clitic prefix, the name and each composed alias.
 */
export function compilePattern(foldedForms: string[], composed: readonly ComposedFragment[] = []): CompiledPattern {
  const families = new Map<string, Family>();
  const familyOf = (lead: Edge, trail: Edge): Family => {
    const key = `${lead}|${trail}`;
    let fam = families.get(key);
    if (!fam) families.set(key, (fam = { lead, trail, root: { children: new Map(), terminal: false }, composed: [] }));
    return fam;
  };
  for (const form of foldedForms) {
    if (!form) continue;
    let node = familyOf(edgeOf(form[0] as string), edgeOf(form[form.length - 1] as string)).root;
    for (const tok of tokenize(form)) {
      let next = node.children.get(tok);
      if (!next) node.children.set(tok, (next = { children: new Map(), terminal: false }));
      node = next;
    }
    node.terminal = true;
  }
  for (const c of composed) familyOf(edgeOf(c.sample[0] as string), edgeOf(c.sample[c.sample.length - 1] as string)).composed.push(c);
  const parts: string[] = [];
  const out: CompiledPattern['families'] = [];
  let group = 0;
  // One alternative per kind of edge, not one per composed alias: every alternative is tried at
  // every position of the text, and their number is what the scan costs.
  for (const { lead, trail, root, composed: frags } of families.values()) {
    const before = BOUNDARY[lead] ? `(?<!${BOUNDARY[lead]})` : '';
    const after = BOUNDARY[trail] ? `(?!${BOUNDARY[trail]})` : '';
    const prefix = lead === 'arabic' ? ++group : -1;
    const name = ++group;
    const inner: [number, number][] = frags.map((c) => [++group, c.alias]);
    // Composed aliases first: where one matches, it is the longer, more precise name (a bureau
    // with its place) and wins over a plain alias starting at the same point.
    const body = [...frags.map((c) => `(${c.source})`), serialize(root)].filter(Boolean).join('|');
    out.push({ prefix, name, ...(inner.length && { composed: inner }) });
    parts.push(`${before}${prefix > 0 ? `(${ARABIC_CLITICS})` : ''}(${body})${after}`);
  }
  return { regex: new RegExp(parts.join('|'), 'g'), families: out };
}

/** Extra written forms of an alias: Arabic ال after ل is written لل (ل + التهديد → للتهديد). */
export function foldedForms(aliasText: string): string[] {
  const folded = foldString(aliasText);
  const forms = [folded];
  if (folded.startsWith('ال')) forms.push(`ل${folded.slice(1)}`);
  return forms;
}
