/**
 * Ranking one candidate paragraph for one query. The query's words are compiled once into regular
 * expressions that run over the paragraph's lower-cased and folded text in native code, instead of
 * splitting and folding every word of every candidate.
 *
 * Exact-diacritic words count double (undiacritised text half as much); every folded word counts once;
 * the query's words next to each other, in order, add a phrase bonus; shorter paragraphs win ties.
 */
import { fold } from '../text/fold.js';

import { WordFinder } from './word-finder.js';

const WORD = '[\\p{L}\\p{N}]';
const GAP = '[^\\p{L}\\p{N}]+';


export class QueryMatcher {
  private readonly exactFinder: WordFinder;
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
    this.exactFinder = new WordFinder([...exactWords, ...this.plain]);
    this.foldedFinder = new WordFinder(foldedWords);
    if (foldedWords.length > 1) this.phraseRe = new RegExp(`(?<!${WORD})${foldedWords.join(GAP)}(?!${WORD})`, 'u');
  }

  /** Whether the folded words stand together, in query order, in the text. */
  hasPhrase(text: string): boolean {
    return this.phraseRe ? this.phraseRe.test(fold(text)) : true;
  }

  score(text: string): number {
    const lower = text.toLowerCase();
    const folded = fold(lower);
    const exactSeen = this.exactFinder.seen(lower);
    const foldedSeen = this.foldedFinder.seen(folded);
    let score = 0;
    this.exactWords.forEach((w, i) => {
      if (exactSeen.has(w)) score += 2;
      // The text writes the word without diacritics: it agrees with any accented query word ("bien" for
      // "biển"), whereas a differently accented word ("biên") does not.
      else if (exactSeen.has(this.plain[i] as string)) score += 1;
    });
    for (const w of this.foldedWords) if (foldedSeen.has(w)) score += 1;
    if (this.phraseRe && foldedSeen.size === this.foldedWords.length && this.phraseRe.test(folded)) score += 3 * this.foldedWords.length;
    return score - Math.min(text.length, 4000) / 4000;
  }
}
