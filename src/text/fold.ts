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
 * Folding is on every hot path (parsing, indexing, every query), mostly one word at a time, where the cost
 * of normalize('NFD') per call dominated. Stripping marks commutes with splitting into characters, so a
 * short string is folded character by character from a table of characters already seen (bounded, so
 * hostile input cannot grow it without limit); long strings keep the native normalisation, faster there.
 */
const FOLDED = new Map<string, string>();
const MAX_TABLE = 20_000;
const SHORT = 48;

const WORDS = new Map<string, string>();
const MAX_WORDS = 100_000;

/** Lower-case, strip every combining mark, map đ→d (and its look-alike ð, U+00F0): the "folded" form. */
export function fold(text: string): string {
  if (text.length > SHORT) return slowFold(text.toLowerCase());
  // Words repeat: a Map lookup is cheaper than rebuilding the string.
  let out = WORDS.get(text);
  if (out !== undefined) return out;
  out = foldShort(text.toLowerCase());
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(text, out);
  return out;
}

function foldShort(lower: string): string {
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 128) {
      out += lower[i];
      continue;
    }
    // A surrogate pair is one character.
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length ? lower.slice(i, ++i + 1) : (lower[i] as string);
    let f = FOLDED.get(ch);
    if (f === undefined) {
      f = slowFold(ch);
      if (FOLDED.size < MAX_TABLE) FOLDED.set(ch, f);
    }
    out += f;
  }
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
  return /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F]/.test(text);
}

/** A slug: folded words joined by '-' ("An ninh biển" → "an-ninh-bien"). */
export function slugify(text: string): string {
  return foldedTokens(text).join('-');
}

/** A diacritic-keeping slug ("An ninh biển" → "an-ninh-biển"). */
export function exactSlug(text: string): string {
  return exactTokens(text).join('-');
}
