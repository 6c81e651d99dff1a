/**
 * Which characters make up a word: letters and digits, exactly as `words()` (/[\p{L}\p{N}]+/u) counts
 * them, classified once per character for the scanner that walks text by hand (the word finder).
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const BMP = new Uint8Array(0x10000); // 0 unknown, 1 word character, 2 not
const ASTRAL = new Map<number, boolean>();

/** Whether a code point is a letter or digit (undefined, e.g. past the end of a text: no). */
export function isWordCodePoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp < 0x10000) {
    let k = BMP[cp] as number;
    // A lone surrogate is a code point of its own for the /u regex, and not a letter.
    if (k === 0) k = BMP[cp] = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  let yes = ASTRAL.get(cp);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (ASTRAL.size < 20_000) ASTRAL.set(cp, yes);
  }
  return yes;
}
