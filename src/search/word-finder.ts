/**
 * Finding a few whole words in a text, fast and without garbage: each word is looked up with the native
 * `indexOf` and the word boundaries are checked only where it occurs; the occurrences of the words are
 * merged in text order. (One regular expression alternating the words did the same, but every `exec`
 * allocates a match array: on the answer path that was a tenth of all the bytes a reply allocates.)
 * Many words (a long pasted query) fall back to that one regular expression, longest word first.
 * Text and words must already be in the same form (both folded, or both lower-case); words are letters
 * and digits only.
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

/** Whether `text` has a whole word from `start` to `end` (no letter or digit on either side). */
function isWhole(text: string, start: number, end: number): boolean {
  return !isWordCodePoint(codePointBefore(text, start)) && !isWordCodePoint(text.codePointAt(end));
}

/** The first whole-word occurrence of `word` in `text` at or after `from`, or -1. */
function wholeAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1))
    if (isWhole(text, at, at + word.length)) return at;
  return -1;
}

const WORD_ONLY = /^[\p{L}\p{N}]+$/u;
/** Up to this many words, one `indexOf` scan per word; beyond it, one regular expression. */
const MAX_SCANNED = 16;

export class WordFinder {
  private readonly list: readonly string[];
  private readonly re?: RegExp;

  constructor(words: Iterable<string>) {
    // Whole words never overlap, so at most one word of the list occurs whole at any position: the order
    // of the list changes nothing but the regular expression's, which must try the longest first.
    this.list = [...new Set(words)]
      .filter((w) => WORD_ONLY.test(w))
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    if (this.list.length > MAX_SCANNED) this.re = new RegExp(this.list.join('|'), 'g');
  }

  /** Calls `fn` for every whole-word occurrence, in order. */
  forEach(text: string, fn: (start: number, word: string) => void): void {
    const list = this.list;
    if (this.re) return this.forEachRe(text, fn);
    if (list.length === 1) {
      const w = list[0] as string;
      for (let at = wholeAt(text, w, 0); at >= 0; at = wholeAt(text, w, at + w.length)) fn(at, w);
      return;
    }
    // The next occurrence of each word (-1: none left); the smallest is reported and moved on.
    const next: number[] = [];
    for (const w of list) next.push(wholeAt(text, w, 0));
    for (;;) {
      let k = -1;
      for (let i = 0; i < next.length; i++) {
        const at = next[i] as number;
        if (at >= 0 && (k < 0 || at < (next[k] as number))) k = i;
      }
      if (k < 0) return;
      const w = list[k] as string;
      const at = next[k] as number;
      fn(at, w);
      next[k] = wholeAt(text, w, at + w.length);
    }
  }

  private forEachRe(text: string, fn: (start: number, word: string) => void): void {
    const re = this.re as RegExp;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWhole(text, start, end)) fn(start, m[0]);
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
