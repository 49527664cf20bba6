/**
 * The matcher: text in, mentions out. One pass of one combined expression over
 * the folded text finds every alias (alias-pattern.ts); each hit is then checked
 * for case, for the words that may not touch it, and for its ambiguity rule
 * (context-rules.ts). Pure TypeScript: no DOM, no browser API.
 */
import type { EntityId } from '../data/schema';
import { aliasKey, compilePattern, foldedForms, type CompiledPattern, type ComposedFragment } from './alias-pattern';
import { composeSource, placesIn } from './composed-alias';
import { judge, SENTENCE_REACH } from './context-rules';
import { foldString, foldTextTransient } from './fold-text';
import type { Alias, AliasRule, Candidate, MatchTable, Mention } from './matcher-types';
import { countingCandidates, namesTheStory } from './about-story';

export interface CompiledAlias {
  entity: EntityId;
  text: string;
  rule?: AliasRule;
  casing?: NonNullable<Alias['case']>;
  /** Folded; left out when empty (the table is shipped in the content script). */
  notBefore?: string[];
  notAfter?: string[];
  /** For exchange-product: a bare "Exchange" rather than the full product name (needs more context). */
  bare?: true;
}

/** A stretch [from, to) of a long text, matched on its own (see Matcher.candidates). */
export interface TextWindow {
  from: number;
  to: number;
}

/**
 * How much text around a window is read with it: more than the longest name with its
 * clitics (so a match never starts in the padding and runs into the window) plus what a
 * context rule reads on either side of a name (SENTENCE_REACH, the 40 characters before a
 * bare "Exchange"). A window then finds exactly what the whole text finds there, unless
 * folding removes most of the padding (hundreds of diacritics in a row).
 */
export const WINDOW_PADDING = 2 * SENTENCE_REACH + 200;

export interface Matcher {
  /**
   * Every candidate in one text (a block of a page), with its local verdict. With a
   * `window`, only those starting inside it, reading no more than WINDOW_PADDING around it:
   * a caller can match a huge text a piece at a time.
   */
  candidates(text: string, window?: TextWindow): Candidate[];
  /** The mentions in one text, deciding `page` verdicts with `pageAboutStory`. */
  mentions(text: string, pageAboutStory?: boolean): Mention[];
  /**
   * The mentions in a whole document given as its blocks. The page is about the
   * story when it was already known to be (`aboutStory`), or when any block, or
   * `extraContext` such as the page title, has an unambiguous mention.
   */
  mentionsInBlocks(
    blocks: readonly string[],
    options?: { aboutStory?: boolean; extraContext?: string },
  ): { mentions: Mention[][]; aboutStory: boolean };
}

/**
 * The folded forms of a bare "Exchange". A function, not a module-level Set: only
 * compileMatchTable (build time) needs it, and folding at module level would stay in the
 * content script (the bundler cannot prove the calls harmless) and run, cold, in every frame
 * at start-up (0.3-0.5 ms in a fresh Node process).
 */
const bareExchangeForms = () => new Set(['exchange', 'اكستشينج', 'اكسشينج', 'اكسانج', 'エクスチェンジ'].map(foldString));

const TRAILING_MARK = /[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/;

function passesCase(written: string, alias: CompiledAlias): boolean {
  switch (alias.casing) {
    case undefined:
      return true;
    case 'upper':
      return !/\p{Ll}/u.test(written);
    case 'upper-spaced':
      return !/\p{Ll}/u.test(written) || !/[\s\u00a0]/.test(written);
    case 'title':
      // Every word starts with a capital: "Leviathan", "LEVIATHAN", "Red Ladon"; never "leviathan".
      return !/(?:^|[\s\-\u00a0])\p{Ll}/u.test(written);
    case 'initial':
      return /^\P{Ll}/u.test(written);
    case 'exact':
      return written.replace(/[\s\-\u00ad\u200b-\u200f]/g, '') === alias.text.replace(/[\s-]/g, '');
  }
}

/**
 * What the matcher works from, computed from a MatchTable once. Plain JSON: the content
 * script gets it computed at build time (match-table-plugin.ts), so a page load neither folds
 * the aliases nor builds the combined expression's source.
 */
export interface CompiledMatchTable {
  /** The combined expression (alias-pattern.ts), compiled with the flag `g`. */
  source: string;
  families: CompiledPattern['families'];
  aliases: CompiledAlias[];
  /** Alias key (aliasKey of a folded form) → indexes into `aliases`. */
  byKey: [string, number[]][];
}

/** Folds every highlightable alias of a dataset and builds the combined expression. */
export function compileMatchTable(dataset: MatchTable): CompiledMatchTable {
  const bareExchange = bareExchangeForms();
  const byKey = new Map<string, number[]>();
  const aliases: CompiledAlias[] = [];
  const forms: string[] = [];
  const composed: ComposedFragment[] = [];
  for (const entity of dataset.entities) {
    for (const a of entity.aliases) {
      if (a.highlight === false) continue;
      const index = aliases.push({
        entity: entity.id,
        text: a.text,
        ...(a.rule && { rule: a.rule }),
        ...(a.case && { casing: a.case }),
        ...(a.notBefore?.length && { notBefore: a.notBefore.map(foldString) }),
        ...(a.notAfter?.length && { notAfter: a.notAfter.map(foldString) }),
        ...(!a.pattern && bareExchange.has(foldString(a.text)) && { bare: true }),
      }) - 1;
      if (a.pattern) {
        // A malformed pattern fails the build here, naming the entry (the data may not import the core).
        try {
          composed.push({ ...composeSource(a.pattern, placesIn(entity, a.lang)), alias: index });
        } catch (err) {
          throw new Error(`entity ${entity.id}, alias "${a.text}": ${(err as Error).message}`);
        }
        continue;
      }
      for (const form of foldedForms(a.text)) {
        forms.push(form);
        const key = aliasKey(form);
        const list = byKey.get(key) ?? [];
        list.push(index);
        byKey.set(key, list);
      }
    }
  }
  const { regex, families } = compilePattern(forms, composed);
  return { source: regex.source, families, aliases, byKey: [...byKey] };
}

/** Builds the matcher for a dataset's highlightable aliases. */
export function createMatcher(dataset: MatchTable): Matcher {
  return matcherFrom(compileMatchTable(dataset));
}

/** Builds the matcher from a table compiled beforehand (compileMatchTable). */
export function matcherFrom(table: CompiledMatchTable): Matcher {
  const { families } = table;
  const regex = new RegExp(table.source, 'g');
  const byKey = new Map(table.byKey.map(([key, indexes]) => [key, indexes.map((i) => table.aliases[i] as CompiledAlias)]));

  function candidates(text: string, window?: TextWindow): Candidate[] {
    if (!window) return scan(text);
    const lo = Math.max(0, window.from - WINDOW_PADDING);
    const hi = Math.min(text.length, window.to + WINDOW_PADDING);
    const shift = (c: Candidate): Candidate => ({ ...c, start: c.start + lo, end: c.end + lo, nameStart: c.nameStart + lo });
    return scan(text.slice(lo, hi))
      .filter((c) => c.start + lo >= window.from && c.start + lo < window.to)
      .map(lo ? shift : (c) => c);
  }

  function scan(text: string): Candidate[] {
    const folded = foldTextTransient(text); // its positions are read before the next fold
    const f = folded.text;
    const out: Candidate[] = [];
    const lastEndByEntity = new Map<EntityId, number>();
    // exec, not matchAll: matchAll copies the expression for every text.
    regex.lastIndex = 0;
    for (let m = regex.exec(f); m !== null; m = regex.exec(f)) {
      if (m[0] === '') {
        regex.lastIndex++; // no alias is empty, but never loop on an empty match
        continue;
      }
      const fam = families.find((x) => m[x.name] !== undefined);
      if (!fam) continue;
      const prefix = fam.prefix > 0 ? (m[fam.prefix] ?? '') : '';
      const name = m[fam.name] as string;
      const fullStart = m.index;
      const nameStart = fullStart + prefix.length;
      const nameEnd = nameStart + name.length;
      const oStart = folded.from[fullStart] as number;
      const oNameStart = folded.from[nameStart] as number;
      let oEnd = folded.to[nameEnd - 1] as number;
      // Take along marks that sit on the last letter (a final kasra, tatweel), so a
      // highlight never separates a letter from its diacritic.
      while (oEnd < text.length && TRAILING_MARK.test(text[oEnd] as string)) oEnd++;
      const written = text.slice(oNameStart, oEnd);
      const composedHit = fam.composed?.find(([g]) => m[g] !== undefined);
      const options = composedHit ? [table.aliases[composedHit[1]] as CompiledAlias] : (byKey.get(aliasKey(name)) ?? []);
      const alias = options.find(
        (a) =>
          passesCase(written, a) &&
          !a.notBefore?.some((w) => f.endsWith(w, fullStart)) &&
          !a.notAfter?.some((w) => f.startsWith(w, nameEnd)),
      );
      if (!alias) continue;
      const verdict = alias.rule
        ? judge({
            rule: alias.rule,
            folded: f,
            start: nameStart,
            end: nameEnd,
            original: text,
            originalStart: oNameStart,
            originalEnd: oEnd,
            strong: !alias.bare,
            previousSameEntityEnd: lastEndByEntity.get(alias.entity) ?? null,
          })
        : 'accept';
      if (verdict === 'reject') continue;
      lastEndByEntity.set(alias.entity, nameEnd);
      out.push({
        entity: alias.entity,
        start: oStart,
        end: oEnd,
        nameStart: oNameStart,
        alias: alias.text,
        text: text.slice(oStart, oEnd),
        verdict,
        // A state-agency name accepted on its own (no other state beside it) names the ministry outright.
        unambiguous: !alias.rule || (alias.rule === 'state-agency' && verdict === 'accept'),
      });
    }
    return out;
  }

  const settle = (list: Candidate[], aboutStory: boolean): Mention[] =>
    countingCandidates(list, aboutStory).map(({ entity, start, end, nameStart, alias, text }) => ({ entity, start, end, nameStart, alias, text }));

  return {
    candidates,
    mentions: (text, pageAboutStory = false) => settle(candidates(text), pageAboutStory),
    mentionsInBlocks(blocks, { aboutStory = false, extraContext = '' } = {}) {
      const all = blocks.map((block) => candidates(block));
      const about = aboutStory || all.some(namesTheStory) || namesTheStory(candidates(extraContext));
      return { mentions: all.map((list) => settle(list, about)), aboutStory: about };
    },
  };
}
