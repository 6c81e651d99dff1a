/**
 * Ranking one candidate paragraph for one query. The query's words are compiled once into regular
 * expressions that run over the paragraph's lower-cased and folded text in native code, instead of
 * splitting and folding every word of every candidate.
 *
 * Exact-diacritic words count double (undiacritised text half as much); every folded word counts once;
 * the query's words next to each other, in order, add a phrase bonus; shorter paragraphs win ties.
 */
import { fold, foldAligned, words } from '../text/fold.js';

import { WordFinder } from './word-finder.js';

const WORD = '[\\p{L}\\p{N}]';
const GAP = '[^\\p{L}\\p{N}]+';

/** One text ranked for one query (see `QueryMatcher.rank`). */
export interface Rank {
  score: number;
  /** The folded words stand together, in query order (always true for a one-word query). */
  phrase: boolean;
  /** Every folded word is there. */
  all: boolean;
  /** Every accented query word is there as written, every plain one folded. */
  allExact: boolean;
}

export class QueryMatcher {
  private readonly foldedFinder: WordFinder;
  private readonly phraseRe?: RegExp;
  /** Exact words' undiacritised forms ("bien" for "biển"). */
  private readonly plain: string[];

  /** `exactWords`: the query's lower-case words (letters and digits only); `foldedWords`: distinct folds. */
  constructor(
    private readonly exactWords: readonly string[],
    private readonly foldedWords: readonly string[],
  ) {
    this.plain = exactWords.map((w) => fold(w));
    this.foldedFinder = new WordFinder(foldedWords);
    if (foldedWords.length > 1) this.phraseRe = new RegExp(`(?<!${WORD})${foldedWords.join(GAP)}(?!${WORD})`, 'u');
  }

  /** Whether the folded words stand together, in query order, in the text. */
  hasPhrase(text: string): boolean {
    if (!this.phraseRe) return true;
    const aligned = foldAligned(text);
    return aligned !== undefined ? this.phraseRe.test(aligned) : this.wordsOf(text).phrase;
  }

  score(text: string): number {
    return this.rank(text).score;
  }

  /**
   * The score, and what the index needs besides: whether the words stand together as typed (`phrase`),
   * and whether every accented query word is there as written and every plain one folded (`allExact`).
   */
  rank(text: string): Rank {
    const lower = text.toLowerCase();
    const aligned = lower.length === text.length ? foldAligned(text) : undefined;
    let exactSeen: Set<string>;
    let foldedSeen: Set<string>;
    let phrase: boolean;
    if (aligned !== undefined) {
      // Offsets agree: every folded match is also where the exact form of that word stands.
      exactSeen = new Set();
      foldedSeen = new Set();
      this.foldedFinder.forEach(aligned, (start, w) => {
        foldedSeen.add(w);
        exactSeen.add(lower.slice(start, start + w.length));
      });
      phrase = !!this.phraseRe && foldedSeen.size === this.foldedWords.length && this.phraseRe.test(aligned);
    } else {
      ({ exactSeen, foldedSeen, phrase } = this.wordsOf(text));
    }
    let score = 0;
    this.exactWords.forEach((w, i) => {
      if (exactSeen.has(w)) score += 2;
      // The text writes the word without diacritics: it agrees with any accented query word ("bien" for
      // "biển"), whereas a differently accented word ("biên") does not.
      else if (exactSeen.has(this.plain[i] as string)) score += 1;
    });
    for (const w of this.foldedWords) if (foldedSeen.has(w)) score += 1;
    if (phrase) score += 3 * this.foldedWords.length;
    // A word without diacritics is its own fold: any accent matches it.
    const allExact = this.exactWords.every((w, i) => (w === this.plain[i] ? foldedSeen.has(w) : exactSeen.has(w)));
    // (The slow path's foldedSeen holds every word of the text: count the query's.)
    const all = this.foldedWords.every((w) => foldedSeen.has(w));
    return {
      score: score - Math.min(text.length, 4000) / 4000,
      phrase: phrase || this.foldedWords.length < 2,
      all,
      allExact,
    };
  }

  /**
   * The definition, word by word, for the rare text whose fold does not keep offsets (a lone combining
   * mark, "İ", characters outside the BMP): exact words, folded words, and whether the phrase occurs.
   */
  private wordsOf(text: string): { exactSeen: Set<string>; foldedSeen: Set<string>; phrase: boolean } {
    const exact = words(text.toLowerCase());
    const folded = exact.map((w) => fold(w));
    const fw = this.foldedWords;
    let phrase = false;
    if (fw.length > 1) {
      for (let i = 0; !phrase && i + fw.length <= folded.length; i++) phrase = fw.every((w, k) => folded[i + k] === w);
    }
    // "Exact" matches of a plain form count only where the text writes the word without diacritics.
    return { exactSeen: new Set(exact), foldedSeen: new Set(folded), phrase };
  }
}
