/**
 * Vietnamese-aware folding: the one function every layer uses to compare text.
 * "AN NINH BIỂN", "an ninh bien", "an-ninh-biển" and NFD input all fold to the same tokens.
 * NFD does not decompose đ/Đ, so they are mapped by hand (with Ð/ð, U+00D0/U+00F0, which legacy
 * converters emit for them).
 */

const MARKS = /\p{M}/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-case, NFC, keeping diacritics: the "exact" form of a word. */
export function exactForm(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The definition of folding, one character (or any text) at a time: NFD, marks stripped, đ→d, lower case. */
export function slowFold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').toLowerCase();
}

/**
 * Folding is on every hot path (parsing, indexing, ranking, every query). Stripping marks commutes with
 * splitting into characters, so text is folded character by character from a table of characters already
 * seen: ASCII passes through, and a text whose characters all fold to themselves is returned as is.
 * (The native normalize('NFD') plus a \p{M} replacement cost 57 ns a character; this about 11.)
 * Words repeat, so short strings are also memoised whole.
 */
const BMP: (string | undefined)[] = new Array(0x10000);
const ASTRAL = new Map<string, string>();
const MAX_ASTRAL = 20_000;

const WORDS = new Map<string, string>();
const MAX_WORDS = 100_000;
const SHORT = 48;

/** Lower-case, strip every combining mark, map đ→d (and its look-alike ð, U+00F0): the "folded" form. */
export function fold(text: string): string {
  if (text.length > SHORT) return foldChars(text.toLowerCase());
  // Words repeat: a Map lookup is cheaper than rebuilding the string.
  let out = WORDS.get(text);
  if (out !== undefined) return out;
  out = foldChars(text.toLowerCase());
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(text, out);
  return out;
}

/** slowFold of already lower-cased text, one character at a time through the tables. */
function foldChars(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) continue;
    let f: string;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length) {
      // A surrogate pair is one character.
      width = 2;
      const ch = lower.slice(i, i + 2);
      let g = ASTRAL.get(ch);
      if (g === undefined) {
        g = slowFold(ch);
        if (ASTRAL.size < MAX_ASTRAL) ASTRAL.set(ch, g);
      }
      f = g;
      if (f === ch) {
        i++;
        continue;
      }
    } else {
      let g = BMP[code];
      if (g === undefined) g = BMP[code] = slowFold(lower[i] as string);
      f = g;
      if (f.length === 1 && f.charCodeAt(0) === code) continue;
    }
    out += lower.slice(from, i) + f;
    i += width - 1;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** Per character code: its fold's code when that is exactly one character; NOT_ONE when it is not; 0 unknown. */
const ONE = new Uint16Array(0x10000);
const NOT_ONE = 0xffff;
const CAPITAL_SIGMA = 0x3a3;
let units = new Uint16Array(4096);
/** The same memory as bytes: read back as one UTF-16 string natively. */
let unitBytes = Buffer.from(units.buffer);
/** Buffer reads UTF-16 little-endian; a Uint16Array is in the platform's order (big-endian on s390x). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The fold of a text when every character folds to exactly one character, so that an offset in the fold
 * is the same offset in the text (for highlighting); undefined otherwise (e.g. a lone combining mark, a
 * character outside the BMP, "İ", whose lower case is two characters, or "Σ", whose lower case depends on
 * the next character). Where it is defined it is exactly `fold(text)`. Built in a buffer of code
 * units: concatenating a piece per accented letter cost half again as much on Vietnamese prose. The
 * buffer is decoded by Buffer's native UTF-16 reader: `String.fromCharCode.apply` over it copied every
 * code unit into an argument list first (2.2 µs and ~3 KB of garbage for a 360-character paragraph,
 * against 0.25 µs and the string alone).
 */
export function foldAligned(text: string): string | undefined {
  const n = text.length;
  if (n > units.length) {
    units = new Uint16Array(n * 2);
    unitBytes = Buffer.from(units.buffer);
  }
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < 0x80) f = c >= 65 && c <= 90 ? c + 32 : c;
    else {
      f = ONE[c] as number;
      if (f === 0) {
        if (c >= 0xd800 && c <= 0xdfff) return undefined;
        const lower = String.fromCharCode(c).toLowerCase();
        const g = slowFold(lower);
        // Σ lower-cases by context (ς at the end of a word), which only the whole text's toLowerCase sees.
        f = ONE[c] = g.length === 1 && lower.length === 1 && c !== CAPITAL_SIGMA ? g.charCodeAt(0) : NOT_ONE;
      }
      if (f === NOT_ONE) return undefined;
    }
    if (f !== c) changed = true;
    units[i] = f;
  }
  if (!changed) return text;
  if (LITTLE_ENDIAN) return unitBytes.toString('utf16le', 0, n * 2);
  let out = '';
  for (let i = 0; i < n; i += 8192)
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** Word tokens of already-normalised text (letters and digits runs). */
export function words(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Folded tokens: what the index stores and what queries are matched on. */
export function foldedTokens(text: string): string[] {
  return words(fold(text));
}

/** Exact (diacritic-keeping, lower-case NFC) tokens. */
export function exactTokens(text: string): string[] {
  return words(exactForm(text));
}

/** True when the text carries Vietnamese diacritics (or đ): used to prefer exact matches. */
export function hasDiacritics(text: string): boolean {
  // Latin letters with diacritics (Latin-1, Extended-A/B, Vietnamese) or combining marks (NFD input).
  return /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]|[\u0300-\u036F]/.test(text);
}

/** A slug: folded words joined by '-' ("An ninh biển" → "an-ninh-bien"). */
export function slugify(text: string): string {
  return foldedTokens(text).join('-');
}

/** A diacritic-keeping slug ("An ninh biển" → "an-ninh-biển"). */
export function exactSlug(text: string): string {
  return exactTokens(text).join('-');
}

const SENTENCES = new Map<string, string>();
const MAX_SENTENCES = 8192;

/**
 * fold() of a sentence, remembered: parsing asks several questions of the same sentence (is it about the
 * dialogue, another edition, another mechanism, who met …), each on its folded form.
 */
export function foldSentence(text: string): string {
  if (text.length <= SHORT) return fold(text);
  let out = SENTENCES.get(text);
  if (out === undefined) {
    out = fold(text);
    if (SENTENCES.size >= MAX_SENTENCES) SENTENCES.clear();
    SENTENCES.set(text, out);
  }
  return out;
}
