/**
 * Composed aliases: one dataset entry for a family of written forms, so a name that
 * takes inflections, optional words or one of many places is stated once as a rule
 * rather than listed form by form.
 *
 *   (a|b|c)   one of the alternatives      (…)?   an optional part
 *   {place}   one of the entity's places, as written in the alias's language
 *
 * "{place}( Provincial| Municipal)? State Security (Department|Bureau)" composes the
 * ministry's regional bureaus; "Министерств(о|а|у|ом|е) (государственной |гос)безопасности"
 * the ministry in every Russian case. A composed alias becomes one fragment of the
 * matcher's expression (the alternatives are not multiplied out), compiled at build time.
 */
import { foldString } from './fold-text';
import { escapeToken, tokenize } from './alias-pattern';
import type { MatchEntity } from './matcher-types';

/** A parsed pattern: a sequence of literal text, alternatives and place slots. */
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; options: Node[][]; optional: boolean }
  | { kind: 'place' };

const PLACE = '{place}';

/** Parses the composition syntax; throws, naming the pattern, when it is malformed. */
export function parseComposed(pattern: string): Node[] {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`composed alias "${pattern}": ${why} at ${at}`);
  };
  function sequence(inGroup: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', text });
      text = '';
    };
    while (at < pattern.length) {
      const ch = pattern[at] as string;
      if (pattern.startsWith(PLACE, at)) {
        flush();
        out.push({ kind: 'place' });
        at += PLACE.length;
      } else if (ch === '(') {
        flush();
        at++;
        const options = [sequence(true)];
        while (pattern[at] === '|') {
          at++;
          options.push(sequence(true));
        }
        if (pattern[at] !== ')') fail('unclosed "("');
        at++;
        const optional = pattern[at] === '?';
        if (optional) at++;
        out.push({ kind: 'choice', options, optional });
      } else if (ch === '|' || ch === ')') {
        if (!inGroup) fail(`"${ch}" outside a group`);
        break;
      } else if (ch === '{' || ch === '}' || ch === '?') {
        fail(`stray "${ch}"`);
      } else {
        text += ch;
        at++;
      }
    }
    flush();
    return out;
  }
  const nodes = sequence(false);
  if (at < pattern.length) fail('unbalanced ")"');
  return nodes;
}

/** True when the alias text uses the composition syntax. */
export const isComposed = (pattern: string): boolean => /[(){}|?]/.test(pattern);

/** True when the pattern has a {place} slot. */
export const hasPlace = (pattern: string): boolean => pattern.includes(PLACE);

/** An alternation of folded texts, longest first (so no text stops at another's prefix). */
function alternation(texts: readonly string[]): string {
  const sources = [...new Set(texts.map((t) => tokenize(foldString(t)).map(escapeToken).join('')))];
  sources.sort((a, b) => b.length - a.length);
  return `(?:${sources.join('|')})`;
}

/**
 * The expression source of a composed pattern over folded text (no capture groups), and
 * one written form of it (the first alternatives, the first place) to tell its script.
 */
export function composeSource(pattern: string, places: readonly string[]): { source: string; sample: string } {
  const nodes = parseComposed(pattern);
  if (hasPlace(pattern) && places.length === 0) throw new Error(`composed alias "${pattern}": no places in its language`);
  const placeSource = places.length ? alternation(places) : '';
  function emit(seq: Node[]): { source: string; sample: string } {
    let source = '';
    let sample = '';
    for (const node of seq) {
      if (node.kind === 'text') {
        const folded = foldString(node.text);
        source += tokenize(folded).map(escapeToken).join('');
        sample += folded;
      } else if (node.kind === 'place') {
        source += placeSource;
        sample += foldString(places[0] as string);
      } else {
        // Longest first: an alternative that is another's prefix ("о" / "ом") is tried last.
        const parts = node.options.map(emit).sort((a, b) => b.source.length - a.source.length);
        source += `(?:${parts.map((p) => p.source).join('|')})${node.optional ? '?' : ''}`;
        sample += node.optional ? '' : emit(node.options[0] as Node[]).sample;
      }
    }
    return { source, sample };
  }
  return emit(nodes);
}

/** The entity's places as `lang` writes them (Japanese: as Chinese, where it has no names of its own). */
export function placesIn(entity: Pick<MatchEntity, 'places'>, lang: MatchEntity['aliases'][number]['lang']): string[] {
  return (entity.places ?? []).flatMap((p) => (lang === 'ja' ? (p.ja ?? p.zh) : p[lang]));
}
