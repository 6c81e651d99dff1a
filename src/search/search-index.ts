/**
 * The full-text index: one FlexSearch Index over every paragraph and title of the corpus, built once.
 * Entries are numbered; `entries[id]` says which article and paragraph (-1 for the title) an id is.
 */
import { Index } from 'flexsearch';
import type { Article } from '../parse/schema.js';
import { exactForm, fold, foldedTokens, hasDiacritics, words } from '../text/fold.js';
import { indexTokens } from './tokens.js';

export interface Entry {
  article: number;
  /** Paragraph index, or -1 for the title. */
  paragraph: number;
}

export interface Hit extends Entry {
  score: number;
  /** True when every query word matched; false for a partial match. */
  complete: boolean;
}

const MAX_QUERY_TOKENS = 12;

export class SearchIndex {
  readonly entries: Entry[] = [];
  private readonly index: Index;

  constructor(private readonly articles: readonly Article[]) {
    this.index = new Index({ tokenize: 'strict', resolution: 3, encode: indexTokens, cache: false });
    articles.forEach((a, ai) => {
      this.add(ai, -1, a.title);
      a.paragraphs.forEach((p, pi) => this.add(ai, pi, p));
    });
  }

  private add(article: number, paragraph: number, text: string): void {
    if (!text) return;
    const id = this.entries.length;
    this.entries.push({ article, paragraph });
    this.index.add(id, text);
  }

  textOf(e: Entry): string {
    const a = this.articles[e.article] as Article;
    return e.paragraph < 0 ? a.title : (a.paragraphs[e.paragraph] ?? '');
  }

  /**
   * Paragraphs containing every word of the query (folded), exact-diacritic matches ranked first.
   * With `partial`, a query of three or more words also returns paragraphs that miss one word in three.
   */
  search(query: string, { limit = 20, partial = false }: { limit?: number; partial?: boolean } = {}): Hit[] {
    const exactWords = [...new Set(words(exactForm(query)))].slice(0, MAX_QUERY_TOKENS);
    if (exactWords.length === 0) return [];
    const foldedWords = [...new Set(exactWords.map((w) => fold(w)))];
    const pool = Math.max(limit * 3, 30);
    const scored = new Map<number, Hit>();
    const consider = (ids: number[], complete: boolean) => {
      for (const id of ids) {
        if (scored.has(id)) continue;
        const e = this.entries[id];
        if (!e) continue;
        scored.set(id, { ...e, complete, score: this.score(this.textOf(e), exactWords, foldedWords) });
      }
    };
    const accented = hasDiacritics(query);
    if (accented) consider(this.index.search(exactWords.join(' '), { limit: pool }) as number[], true);
    // Enough exact-diacritic matches fill the pool: folded-only matches would rank below them anyway.
    let foldedIds = accented && scored.size >= pool ? [] : (this.index.search(foldedWords.join(' '), { limit: pool }) as number[]);
    // A query typed with diacritics that matches only once they are stripped ("Tô Lâm" vs "tổ ... làm")
    // counts only where its words stand together, as typed.
    if (accented && foldedWords.length > 1) foldedIds = foldedIds.filter((id) => scored.has(id) || this.hasPhrase(id, foldedWords));
    consider(foldedIds, true);
    if (partial && scored.size === 0 && foldedWords.length >= 3) {
      const need = Math.ceil(foldedWords.length * (2 / 3));
      const ids = this.index.search(foldedWords.join(' '), { limit: pool, suggest: true }) as number[];
      for (const id of ids) {
        const e = this.entries[id];
        if (!e) continue;
        const have = new Set(foldedTokens(this.textOf(e)));
        const matched = foldedWords.filter((w) => have.has(w)).length;
        if (matched >= need) scored.set(id, { ...e, complete: false, score: this.score(this.textOf(e), exactWords, foldedWords) });
      }
    }
    return [...scored.values()].sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph).slice(0, limit);
  }

  private hasPhrase(id: number, foldedWords: string[]): boolean {
    const e = this.entries[id];
    if (!e) return false;
    const folded = foldedTokens(this.textOf(e));
    for (let i = 0; i + foldedWords.length <= folded.length; i++) {
      if (foldedWords.every((w, k) => folded[i + k] === w)) return true;
    }
    return false;
  }

  /**
   * Exact-diacritic words count double (undiacritised text half as much); words in query order next to each
   * other add a phrase bonus.
   */
  private score(text: string, exactWords: string[], foldedWords: string[]): number {
    const exact = words(text.toLowerCase());
    const folded = exact.map((w) => fold(w));
    const exactSet = new Set(exact);
    const foldedSet = new Set(folded);
    // Words the text writes without diacritics: they agree with any accented query word ("bien" for "biển"),
    // whereas a differently accented word ("biên") does not.
    const plainSet = new Set(exact.filter((w, i) => w === folded[i]));
    let score = 0;
    for (const w of exactWords) {
      if (exactSet.has(w)) score += 2;
      else if (plainSet.has(fold(w))) score += 1;
    }
    for (const w of foldedWords) if (foldedSet.has(w)) score += 1;
    if (foldedWords.length > 1) {
      for (let i = 0; i + foldedWords.length <= folded.length; i++) {
        if (foldedWords.every((w, k) => folded[i + k] === w)) {
          score += 3 * foldedWords.length;
          break;
        }
      }
    }
    return score - Math.min(text.length, 4000) / 4000;
  }
}
