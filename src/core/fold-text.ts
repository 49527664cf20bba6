/**
 * Folds text to the form the matcher compares: lower case, Latin accents and
 * Arabic diacritics/tatweel removed, Arabic letter variants unified, Arabic-Indic
 * and full-width digits made ASCII, dashes and spaces unified, invisible characters
 * dropped. It keeps, for every folded character, where it came from, so a match in
 * the folded text maps back to an exact range of the original.
 */

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

/** The folded form of one code point ('' never: DROP for nothing). */
function foldCodePoint(cp: number): string | typeof DROP {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string | typeof DROP;
  if (isDropped(cp)) out = DROP;
  else if (isSpace(cp)) out = ' ';
  else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe63 || cp === 0xff0d) out = '-';
  else if (cp === 0x2018 || cp === 0x2019 || cp === 0x02bc || cp === 0x00b4 || cp === 0x0060 || cp === 0xff07) out = "'";
  else if (cp >= 0x0660 && cp <= 0x0669) out = String(cp - 0x0660);
  else if (cp >= 0x06f0 && cp <= 0x06f9) out = String(cp - 0x06f0);
  else if (ARABIC_VARIANTS[cp]) out = ARABIC_VARIANTS[cp];
  else {
    // Compatibility forms (full-width Latin, ligatures) and Latin accents: é → e.
    // Only U+0300–036F marks are stripped: Japanese voicing marks must stay.
    out = String.fromCodePoint(cp).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
    if (out === '') out = DROP;
  }
  cache.set(cp, out);
  return out;
}

/** Folds `input`; runs of white space become one space. */
export function foldText(input: string): FoldedText {
  const n = input.length;
  // Folding rarely grows text (only a few compatibility characters expand), so
  // start at the input's size and grow if needed. Code units go to a typed array
  // rather than string concatenation, which would be quadratic when read back.
  let cap = n + 16;
  let units = new Uint16Array(cap);
  let from = new Uint32Array(cap);
  let to = new Uint32Array(cap);
  let len = 0;
  const grow = (need: number) => {
    cap = Math.max(cap * 2, len + need + 16);
    const u = new Uint16Array(cap);
    u.set(units.subarray(0, len));
    const f = new Uint32Array(cap);
    f.set(from.subarray(0, len));
    const t = new Uint32Array(cap);
    t.set(to.subarray(0, len));
    units = u;
    from = f;
    to = t;
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path: most text on most pages.
      if (len + 1 > cap) grow(1);
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (len > 0 && units[len - 1] === 0x20) {
          to[len - 1] = i + 1;
          i++;
          continue;
        }
        units[len] = 0x20;
      } else if (c >= 0x41 && c <= 0x5a) units[len] = c + 32;
      else if (c === 0x60) units[len] = 0x27;
      else units[len] = c;
      from[len] = i;
      to[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    if (out !== DROP) {
      if (out === ' ' && len > 0 && units[len - 1] === 0x20) to[len - 1] = i + width;
      else {
        if (len + out.length > cap) grow(out.length);
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
  let text = '';
  for (let k = 0; k < len; k += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  }
  return { text, from: from.subarray(0, len), to: to.subarray(0, len) };
}

/** Folds a short string without keeping positions (aliases, cue words). */
export function foldString(s: string): string {
  return foldText(s).text;
}
