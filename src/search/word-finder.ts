/**
 * Finding a few whole words in a text, fast: one regular expression alternating the words (longest
 * first), with the word boundaries checked only where it matched. Text and words must already be in
 * the same form (both folded, or both lower-case); words are letters and digits only.
 */
import { isWordCodePoint } from '../text/word-chars.js';

/** The code point that ends just before `i` (a surrogate pair counts as one). */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.codePointAt(i - 2);
  }
  return c;
}

const WORD_ONLY = /^[\p{L}\p{N}]+$/u;

export class WordFinder {
  private readonly re?: RegExp;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)]
      .filter((w) => WORD_ONLY.test(w))
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    if (list.length > 0) this.re = new RegExp(list.join('|'), 'g');
  }

  /** Calls `fn` for every whole-word occurrence, in order. */
  forEach(text: string, fn: (start: number, word: string) => void): void {
    const re = this.re;
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isWordCodePoint(codePointBefore(text, start)) && !isWordCodePoint(text.codePointAt(end))) fn(start, m[0]);
      else re.lastIndex = start + 1;
    }
  }

  /** The distinct words that occur whole in the text. */
  seen(text: string): Set<string> {
    const out = new Set<string>();
    this.forEach(text, (_, w) => out.add(w));
    return out;
  }
}
