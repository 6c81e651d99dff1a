/**
 * What the full-text index stores per text: every folded word, plus the exact (diacritic-keeping) form of
 * words that carry diacritics. A query typed with diacritics is searched on its exact words first (ranking
 * exact-diacritic matches first), then on its folded words.
 */
import { fold, words } from '../text/fold.js';

const MAX_TOKEN = 40;
const COMBINING = /[\u0300-\u036f]/;

/** Index tokens of a text (the definition; `WordTokens` gives the same tokens faster). */
export function indexTokens(text: string): string[] {
  const out = new Set<string>();
  // The parser's text is NFC already; anything with combining marks (NFD) is composed first.
  const nfc = COMBINING.test(text) ? text.normalize('NFC') : text;
  for (const w of words(nfc.toLowerCase())) {
    if (w.length > MAX_TOKEN) continue;
    const f = fold(w);
    out.add(f);
    if (f !== w) out.add(w);
  }
  return [...out];
}

/**
 * Index tokens word by word, memoised on the word as written: a corpus repeats the same few thousand
 * words, so lower-casing and folding run once per distinct word instead of once per occurrence.
 * Splitting first and lower-casing each word gives the same tokens as lower-casing the whole text
 * (a word is delimited by non-letters either way; indexTokens re-splits what lower-casing may split).
 */
export class WordTokens<T> {
  private readonly memo = new Map<string, T>();

  /** `toValue` turns a word's index tokens into what the caller keeps (e.g. term ids). */
  constructor(private readonly toValue: (tokens: string[]) => T) {}

  /** Calls `fn` with the memoised value of every word of the text, in order. */
  forEachWord(text: string, fn: (value: T) => void): void {
    const nfc = COMBINING.test(text) ? text.normalize('NFC') : text;
    for (const w of words(nfc)) {
      let v = this.memo.get(w);
      if (v === undefined) {
        v = this.toValue(indexTokens(w));
        this.memo.set(w, v);
      }
      fn(v);
    }
  }
}
