/**
 * Folds text to the form the matcher compares: lower case, Latin accents and
 * Arabic diacritics/tatweel removed, Arabic letter variants unified, Traditional and
 * Japanese forms of Chinese characters made Simplified (han-variants.ts), Arabic-Indic
 * and full-width digits made ASCII, dashes and spaces unified, invisible characters
 * dropped. It keeps, for every folded character, where it came from, so a match in
 * the folded text maps back to an exact range of the original.
 */
import { HAN_VARIANTS } from './han-variants';

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded UTF-16 unit, the index of the original unit it came from. */
  from: Uint32Array;
  /** For each folded UTF-16 unit, the index just past the original character it came from. */
  to: Uint32Array;
}

const DROP = 0; // marker in the cache: the character folds to nothing

// Arabic letter variants that writers use interchangeably (hamza on alef, ta marbuta, alef maqsura).
const ARABIC_VARIANTS: Record<number, string> = {
  0x0622: 'ا', 0x0623: 'ا', 0x0625: 'ا', 0x0671: 'ا', // آ أ إ ٱ → ا
  0x0629: 'ه', // ة → ه
  0x0649: 'ي', 0x06cc: 'ي', // ى ی → ي
  0x06a9: 'ك', // Persian kaf
};

function isDropped(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff ||
    cp === 0x0640 || // Arabic tatweel (kashida)
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) || // harakat, shadda, sukun
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed) ||
    (cp >= 0x0300 && cp <= 0x036f) // combining accents written separately
  );
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f ||
    cp === 0x205f || cp === 0x3000
  );
}

const cache = new Map<number, string | typeof DROP>();

/**
 * For each BMP code unit folded so far (not surrogates): the one unit it folds to,
 * BMP_DROPPED, BMP_OTHER when it folds to several (see the cache) or to a unit that
 * is itself one of these small values (U+0000–0002), or 0 when not folded yet.
 */
const bmpUnits = new Uint16Array(0x10000);
const BMP_DROPPED = 1;
const BMP_OTHER = 2;

/** The folded form of one code point ('' never: DROP for nothing). */
function foldCodePoint(cp: number): string | typeof DROP {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string | typeof DROP;
  if (isDropped(cp)) out = DROP;
  else if (isSpace(cp) || cp === 0x30fb || cp === 0xff65) out = ' '; // the katakana middle dot separates words
  else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe63 || cp === 0xff0d) out = '-';
  else if (cp === 0x2018 || cp === 0x2019 || cp === 0x02bc || cp === 0x00b4 || cp === 0x0060 || cp === 0xff07) out = "'";
  else if (cp >= 0x0660 && cp <= 0x0669) out = String(cp - 0x0660);
  else if (cp >= 0x06f0 && cp <= 0x06f9) out = String(cp - 0x06f0);
  else if (ARABIC_VARIANTS[cp]) out = ARABIC_VARIANTS[cp];
  else if (HAN_VARIANTS.has(cp)) out = HAN_VARIANTS.get(cp) as string;
  else {
    // Compatibility forms (full-width Latin, ligatures) and Latin accents: é → e.
    // Only U+0300–036F marks are stripped: Japanese voicing marks must stay.
    out = String.fromCodePoint(cp).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
    if (out === '') out = DROP;
  }
  cache.set(cp, out);
  if (cp < 0x10000) bmpUnits[cp] = out === DROP ? BMP_DROPPED : out.length === 1 && out.charCodeAt(0) > BMP_OTHER ? out.charCodeAt(0) : BMP_OTHER;
  return out;
}

// The folded text is read back from its UTF-16 code units in one native call. (Lone
// surrogates become U+FFFD, one unit for one: positions are kept, and no name has them.)
const utf16 = new TextDecoder('utf-16le');

/**
 * Buffers reused from one fold to the next (foldTextTransient): allocating three typed
 * arrays per text was most of the cost of folding a page's many short blocks.
 */
interface Buffers {
  units: Uint16Array;
  from: Uint32Array;
  to: Uint32Array;
}
let scratch: Buffers = { units: new Uint16Array(0), from: new Uint32Array(0), to: new Uint32Array(0) };
/** Texts up to this long are folded in the reused buffers; longer ones get their own (not kept). */
const SCRATCH_MAX = 1 << 17;

/** A character that folding changes otherwise than to lower case, or two spaces in a row. */
const NOT_PLAIN = /[^\x20-\x5f\x61-\x7e]| {2}/;
/** 0, 1, 2…: the positions of plain text, which folds unit for unit. */
let identity = new Uint32Array(0);

/** Folds `input`; runs of white space become one space. */
export function foldText(input: string): FoldedText {
  const folded = foldTextTransient(input);
  return { text: folded.text, from: folded.from.slice(), to: folded.to.slice() };
}

/**
 * foldText for a caller that is done with `from` and `to` before it folds again (the
 * matcher): they are views of buffers the next call overwrites.
 */
export function foldTextTransient(input: string): FoldedText {
  const n = input.length;
  // Plain text (printable ASCII, no backtick, single spaces) folds to its lower case, unit
  // for unit: done natively, positions read from a shared table. Half the text of a page
  // in English is in such blocks.
  if (n <= SCRATCH_MAX && !NOT_PLAIN.test(input)) {
    if (identity.length < n + 1) {
      identity = new Uint32Array(Math.min(SCRATCH_MAX + 1, Math.max(4096, 2 * (n + 1))));
      for (let k = 0; k < identity.length; k++) identity[k] = k;
    }
    return { text: input.toLowerCase(), from: identity.subarray(0, n), to: identity.subarray(1, n + 1) };
  }
  // Folding rarely grows text (only a few compatibility characters expand). The arrays keep
  // room for the rest of the input plus SLACK, so the common path never checks bounds; an
  // expansion that would eat into it grows them first. No closures in here: variables a
  // closure captures and reassigns are slow to read in a loop this hot.
  const SLACK = 16;
  let units: Uint16Array;
  let from: Uint32Array;
  let to: Uint32Array;
  if (n + SLACK <= scratch.units.length) ({ units, from, to } = scratch);
  else {
    const size = n + SLACK <= SCRATCH_MAX ? Math.min(SCRATCH_MAX, Math.max(4096, 2 * (n + SLACK))) : n + SLACK;
    units = new Uint16Array(size);
    from = new Uint32Array(size);
    to = new Uint32Array(size);
    if (size <= SCRATCH_MAX) scratch = { units, from, to };
  }
  let cap = units.length;
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    // Most characters fold to one unit, or to nothing, as the table says once met (ASCII
    // first of all); the rest (met for the first time, several units, outside the Basic
    // Multilingual Plane) go the slow way below, which fills the table.
    const unit = c < 0xd800 || c > 0xdfff ? (bmpUnits[c] as number) : 0;
    if (unit === BMP_DROPPED) {
      i++;
      continue;
    }
    if (unit > BMP_OTHER) {
      if (unit === 0x20 && len > 0 && units[len - 1] === 0x20) to[len - 1] = i + 1;
      else {
        units[len] = unit;
        from[len] = i;
        to[len] = i + 1;
        len++;
      }
      i++;
      continue;
    }
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    if (out !== DROP) {
      if (out === ' ' && len > 0 && units[len - 1] === 0x20) to[len - 1] = i + width;
      else {
        if (out.length > width && cap - len < n - i + SLACK + out.length) {
          cap = Math.max(cap * 2, len + (n - i) + SLACK + out.length);
          const u = new Uint16Array(cap);
          u.set(units.subarray(0, len));
          const f = new Uint32Array(cap);
          f.set(from.subarray(0, len));
          const t = new Uint32Array(cap);
          t.set(to.subarray(0, len));
          units = u;
          from = f;
          to = t;
        }
        for (let k = 0; k < out.length; k++) {
          units[len] = out.charCodeAt(k);
          from[len] = i;
          to[len] = i + width;
          len++;
        }
      }
    }
    i += width;
  }
  return { text: utf16.decode(units.subarray(0, len)), from: from.subarray(0, len), to: to.subarray(0, len) };
}

/**
 * Folds a short string without keeping positions (aliases, cue words): the same text as
 * foldText, by plain string building, which costs little on a page's first run (no typed
 * arrays, no decoder), when the matcher folds its names.
 */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    let f: string;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      f = '\ufffd'; // a lone surrogate, as foldText reads it back
    } else {
      const folded = foldCodePoint(cp);
      if (folded === DROP) continue;
      f = folded;
    }
    if (f === ' ' && out.endsWith(' ')) continue;
    out += f;
  }
  return out;
}
