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

/** Lower-case, strip every combining mark, map đ→d (and its look-alike ð, U+00F0): the "folded" form. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').toLowerCase();
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
  const nfc = text.normalize('NFC');
  return fold(nfc) !== nfc.toLowerCase();
}

/** A slug: folded words joined by '-' ("An ninh biển" → "an-ninh-bien"). */
export function slugify(text: string): string {
  return foldedTokens(text).join('-');
}

/** A diacritic-keeping slug ("An ninh biển" → "an-ninh-biển"). */
export function exactSlug(text: string): string {
  return exactTokens(text).join('-');
}
