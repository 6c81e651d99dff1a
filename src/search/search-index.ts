/**
 * The full-text index over every paragraph and title of the corpus, built once: an inverted index of
 * folded and exact-diacritic words (see tokens.ts) in compact posting lists (see postings.ts).
 * Entries are numbered; `entries[id]` says which article and paragraph (-1 for the title) an id is.
 */
import type { Article } from '../parse/schema.js';
import { exactForm, fold, hasDiacritics, words } from '../text/fold.js';
import { Postings, PostingsBuilder } from './postings.js';
import { QueryMatcher } from './score.js';
import { WordTokens } from './tokens.js';

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
  readonly postings: Postings;

  constructor(private readonly articles: readonly Article[]) {
    const builder = new PostingsBuilder();
    const tokens = new WordTokens((terms) => Int32Array.from(terms, (t) => builder.termId(t)));
    const add = (article: number, paragraph: number, text: string) => {
      if (!text) return;
      const id = this.entries.length;
      this.entries.push({ article, paragraph });
      tokens.forEachWord(text, (ids) => {
        for (let i = 0; i < ids.length; i++) builder.add(id, ids[i] as number);
      });
    };
    articles.forEach((a, ai) => {
      add(ai, -1, a.title);
      a.paragraphs.forEach((p, pi) => add(ai, pi, p));
    });
    this.postings = builder.finish();
  }

  textOf(e: Entry): string {
    const a = this.articles[e.article] as Article;
    return e.paragraph < 0 ? a.title : (a.paragraphs[e.paragraph] ?? '');
  }

  /**
   * Paragraphs containing every word of the query (folded), exact-diacritic matches ranked first.
   * With `partial`, a query of three or more words also returns paragraphs that miss one word in three.
   */
  search(
    query: string,
    { limit = 20, partial = false, accept }: { limit?: number; partial?: boolean; accept?: (e: Entry) => boolean } = {},
  ): Hit[] {
    const exactWords = [...new Set(words(exactForm(query)))].slice(0, MAX_QUERY_TOKENS);
    if (exactWords.length === 0) return [];
    const foldedWords = [...new Set(exactWords.map((w) => fold(w)))];
    const pool = Math.max(limit * 3, 30);
    const ok = accept && ((id: number) => accept(this.entries[id] as Entry));
    const matcher = new QueryMatcher(exactWords, foldedWords);
    const scored = new Map<number, Hit>();
    const consider = (ids: number[], complete: boolean) => {
      for (const id of ids) {
        if (scored.has(id)) continue;
        const e = this.entries[id];
        if (!e) continue;
        scored.set(id, { article: e.article, paragraph: e.paragraph, complete, score: matcher.score(this.textOf(e)) });
      }
    };
    const accented = hasDiacritics(query);
    if (accented) consider(this.postings.all(exactWords, pool, ok), true);
    // Enough exact-diacritic matches fill the pool: folded-only matches would rank below them anyway.
    let foldedIds = accented && scored.size >= pool ? [] : this.postings.all(foldedWords, pool + scored.size, ok);
    // A query typed with diacritics that matches only once they are stripped ("Tô Lâm" vs "tổ ... làm")
    // counts only where its words stand together, as typed.
    if (accented && foldedWords.length > 1) foldedIds = foldedIds.filter((id) => scored.has(id) || matcher.hasPhrase(this.textOf(this.entries[id] as Entry)));
    consider(foldedIds, true);
    if (partial && scored.size === 0 && foldedWords.length >= 3) {
      const need = Math.ceil(foldedWords.length * (2 / 3));
      for (const id of this.postings.atLeast(foldedWords, need, pool, ok)) {
        const e = this.entries[id];
        if (e) scored.set(id, { article: e.article, paragraph: e.paragraph, complete: false, score: matcher.score(this.textOf(e)) });
      }
    }
    return [...scored.values()].sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph).slice(0, limit);
  }
}
