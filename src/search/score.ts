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

/**
 * The lower case of one UTF-16 unit, through a table filled as characters are met (0xffff: its lower case
 * is not one unit). Σ is left out: its lower case depends on what follows it (final ς), which only the
 * whole text's `toLowerCase` knows, so a text holding it is ranked the slow way.
 */
const LOWER = new Uint16Array(0x10000);
const NOT_ONE = 0xffff;
const SIGMA = 0x3a3;
function lowerUnit(c: number): number {
  let l = LOWER[c] as number;
  if (l === 0 && c !== 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = LOWER[c] = s.length === 1 && c !== SIGMA ? s.charCodeAt(0) : NOT_ONE;
  }
  return l;
}

/** Whether `word` (lower case) is written at `start` of `text`, any case. */
function lowerEqualsAt(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    const l = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c);
    if (l !== word.charCodeAt(k)) return false;
  }
  return true;
}

export class QueryMatcher {
  private readonly foldedFinder: WordFinder;
  private readonly phraseRe?: RegExp;
  /** Exact words' undiacritised forms ("bien" for "biển"). */
  private readonly plain: string[];
  /** For each folded word, the exact words (by index) that fold to it. */
  private readonly exactOf = new Map<string, number[]>();
  /** Per rank: which folded words were seen, which exact words as written, which in their plain form. */
  private readonly foldedHit: Uint8Array;
  private readonly exactHit: Uint8Array;
  private readonly plainHit: Uint8Array;
  private text = '';
  private readonly onMatch = (start: number, w: string): void => {
    this.foldedHit[this.foldedIndex.get(w) as number] = 1;
    for (const i of this.exactOf.get(w) ?? []) {
      const e = this.exactWords[i] as string;
      const p = this.plain[i] as string;
      if (e.length === w.length && lowerEqualsAt(this.text, start, e)) this.exactHit[i] = 1;
      if (p.length === w.length && lowerEqualsAt(this.text, start, p)) this.plainHit[i] = 1;
    }
  };
  private readonly foldedIndex = new Map<string, number>();

  /** `exactWords`: the query's lower-case words (letters and digits only); `foldedWords`: distinct folds. */
  constructor(
    private readonly exactWords: readonly string[],
    private readonly foldedWords: readonly string[],
  ) {
    this.plain = exactWords.map((w) => fold(w));
    this.foldedFinder = new WordFinder(foldedWords);
    if (foldedWords.length > 1) this.phraseRe = new RegExp(`(?<!${WORD})${foldedWords.join(GAP)}(?!${WORD})`, 'u');
    foldedWords.forEach((w, i) => this.foldedIndex.set(w, i));
    this.plain.forEach((p, i) => {
      const list = this.exactOf.get(p);
      if (list) list.push(i);
      else this.exactOf.set(p, [i]);
    });
    this.foldedHit = new Uint8Array(foldedWords.length);
    this.exactHit = new Uint8Array(exactWords.length);
    this.plainHit = new Uint8Array(exactWords.length);
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
   * whether every folded word is there (`all`), and whether every accented query word is there as written
   * and every plain one folded (`allExact`).
   *
   * Where folding keeps every character in place (nearly every text), the folded words are found in the
   * fold and each match is compared, character by character, with the query's exact and plain words at
   * the same place in the text: no lower-case copy of the text and no sets, which were a fifth of the bytes
   * a /search reply allocated (each allocation brings the next pause of the garbage collector nearer).
   */
  rank(text: string): Rank {
    const aligned = foldAligned(text);
    if (aligned === undefined || text.includes('\u03a3')) return this.rankByDefinition(text);
    this.foldedHit.fill(0);
    this.exactHit.fill(0);
    this.plainHit.fill(0);
    this.text = text;
    this.foldedFinder.forEach(aligned, this.onMatch);
    this.text = '';
    let all = true;
    for (const h of this.foldedHit) if (!h) all = false;
    const phrase = !!this.phraseRe && all && this.phraseRe.test(aligned);
    let score = 0;
    let allExact = true;
    this.exactWords.forEach((w, i) => {
      if (this.exactHit[i]) score += 2;
      // The text writes the word without diacritics: it agrees with any accented query word ("bien" for
      // "biển"), whereas a differently accented word ("biên") does not.
      else if (this.plainHit[i]) score += 1;
      // A word without diacritics is its own fold: any accent matches it.
      if (!(w === this.plain[i] ? this.foldedHit[this.foldedIndex.get(w) as number] : this.exactHit[i]))
        allExact = false;
    });
    for (const h of this.foldedHit) score += h;
    return this.result(text, score, phrase, all, allExact);
  }

  private result(text: string, words: number, phrase: boolean, all: boolean, allExact: boolean): Rank {
    return {
      score: words + (phrase ? 3 * this.foldedWords.length : 0) - Math.min(text.length, 4000) / 4000,
      phrase: phrase || this.foldedWords.length < 2,
      all,
      allExact,
    };
  }

  /**
   * `rank` by its definition: sets of the text's exact and folded words, for any text (the texts `rank` cannot
   * read in place, and the tests that hold `rank` to this).
   */
  rankByDefinition(text: string): Rank {
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
      else if (exactSeen.has(this.plain[i] as string)) score += 1;
    });
    for (const w of this.foldedWords) if (foldedSeen.has(w)) score += 1;
    const allExact = this.exactWords.every((w, i) => (w === this.plain[i] ? foldedSeen.has(w) : exactSeen.has(w)));
    // (The slow path's foldedSeen holds every word of the text: count the query's.)
    return this.result(
      text,
      score,
      phrase,
      this.foldedWords.every((w) => foldedSeen.has(w)),
      allExact,
    );
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
