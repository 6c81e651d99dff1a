/**
 * What the full-text index stores per text: every folded word, plus the exact (diacritic-keeping) form of
 * words that carry diacritics. A query typed with diacritics is searched on its exact words first (ranking
 * exact-diacritic matches first), then on its folded words.
 */
import { fold, words } from '../text/fold.js';
import { wordCharWidth } from '../text/word-chars.js';

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

interface Slot<T> {
  word: string;
  value: T;
  next?: Slot<T>;
}

/**
 * Index tokens word by word, memoised on the word as written: a corpus repeats the same few thousand
 * words, so lower-casing and folding run once per distinct word instead of once per occurrence.
 * Words are found by a scan that hashes their characters as it goes, so a word already seen costs a
 * lookup by number and a comparison, not a new string (splitting with a regular expression and a Map
 * of strings was 60% of an index build). Splitting first and lower-casing each word gives the same tokens
 * as lower-casing the whole text (a word is delimited by non-letters either way; indexTokens re-splits
 * what lower-casing may split).
 */
export class WordTokens<T> {
  private readonly memo = new Map<number, Slot<T>>();

  /** `toValue` turns a word's index tokens into what the caller keeps (e.g. term ids). */
  constructor(private readonly toValue: (tokens: string[]) => T) {}

  /** Calls `fn` with the memoised value of every word of the text, in order. */
  forEachWord(text: string, fn: (value: T) => void): void {
    const s = COMBINING.test(text) ? text.normalize('NFC') : text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      let width = wordCharWidth(s, i);
      if (width === 0) {
        i++;
        continue;
      }
      // Scan the word, hashing its code units (FNV-1a).
      const start = i;
      let h = 0x811c9dc5;
      do {
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
        if (width === 2) h = Math.imul(h ^ s.charCodeAt(i + 1), 0x01000193);
        i += width;
      } while (i < n && (width = wordCharWidth(s, i)) > 0);
      fn(this.valueOf(s, start, i, h));
    }
  }

  private valueOf(s: string, start: number, end: number, h: number): T {
    const len = end - start;
    const head = this.memo.get(h);
    for (let slot = head; slot; slot = slot.next) {
      const w = slot.word;
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (w.charCodeAt(k) !== s.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return slot.value;
    }
    const word = s.slice(start, end);
    const value = this.toValue(indexTokens(word));
    this.memo.set(h, { word, value, ...(head ? { next: head } : {}) });
    return value;
  }
}
