/**
 * The full-text index over every paragraph and title of the corpus, built once: one FlexSearch index
 * (flexsearch-index.ts, the only file that imports FlexSearch) finds the candidates; the ranking
 * (score.ts), the edition filter (`accept`) and the "two words out of three" partial match are the
 * project's own. Entries are numbered; `entry(id)` says which article and paragraph an id is, the paragraph
 * as a paragraph number (parse/paragraph-no.ts: 0 the title, k the k-th paragraph), as citations print it.
 */
import { isParagraphNo, paragraphNo, paragraphText, TITLE, type ParagraphNo } from '../parse/paragraph-no.js';
import type { Article } from '../parse/schema.js';
import { exactForm, fold, hasDiacritics, words } from '../text/fold.js';
import { DEFAULT_FLEX, FlexIndex, type FlexOptions, type FlexPart } from './flexsearch-index.js';
import { QueryMatcher, type Rank } from './score.js';
import { WordFinder } from './word-finder.js';

export interface Entry {
  article: number;
  /** 0 for the title, k for the k-th paragraph (parse/paragraph-no.ts). */
  paragraph: ParagraphNo;
}

export interface Hit extends Entry {
  score: number;
  /** True when every query word matched; false for a partial match. */
  complete: boolean;
}

const MAX_QUERY_TOKENS = 12;

/** A built index without its articles: what is stored on disk (see corpus/index-cache.ts). */
export interface IndexSnapshot {
  /** Entry i is article entryArticle[i], paragraph number entryParagraph[i] (0: the title). */
  entryArticle: Int32Array;
  entryParagraph: Int32Array;
  /** The options FlexSearch was built with (an import needs the same). */
  flex: FlexOptions;
  /** FlexSearch's own export, piece by piece (an iterable read back from disk decodes one piece at a time). */
  parts: Iterable<FlexPart>;
}

export class SearchIndex {
  private readonly flex: FlexIndex;
  /** Entry i is paragraph number entryParagraph[i] (0: the title) of article entryArticle[i]. Typed arrays: a
   * million entries (100k articles) are two flat buffers the garbage collector never walks. */
  private readonly entryArticle: Int32Array;
  private readonly entryParagraph: Int32Array;

  /**
   * Index `articles`, or adopt a `snapshot()` taken of an index of these same articles (corpus/index-cache.ts),
   * after checking that every entry names the title or an existing paragraph of an existing article.
   * `countParagraphs` lets a caller count paragraphs without reading texts still on disk (corpus/lazy-text.ts).
   */
  constructor(
    private readonly articles: readonly Article[],
    snapshot?: IndexSnapshot,
    countParagraphs: (a: Article) => number = (a) => a.paragraphs.length,
    options: FlexOptions = DEFAULT_FLEX,
    /** The snapshot's FlexSearch pieces, already imported (`restore`). */
    imported?: FlexIndex,
  ) {
    if (snapshot) {
      const { entryArticle, entryParagraph } = snapshot;
      if (entryArticle.length !== entryParagraph.length)
        throw new Error('index snapshot: entry arrays differ in length');
      const counts = articles.map(countParagraphs);
      for (let i = 0; i < entryArticle.length; i++) {
        const n = counts[entryArticle[i] as number];
        const p = entryParagraph[i] as number;
        if (n === undefined || !isParagraphNo(p, n))
          throw new Error('index snapshot: an entry names a text that is not there');
      }
      this.entryArticle = entryArticle;
      this.entryParagraph = entryParagraph;
      // FlexSearch's ids are not checked one by one: an id past the entries is skipped where hits are read
      // (`entry` is undefined for it).
      this.flex = imported ?? FlexIndex.import(snapshot.flex, snapshot.parts);
      return;
    }
    this.flex = new FlexIndex(options);
    const entryArticle: number[] = [];
    const entryParagraph: number[] = [];
    const add = (article: number, paragraph: ParagraphNo, text: string) => {
      if (!text) return;
      this.flex.add(entryArticle.length, text);
      entryArticle.push(article);
      entryParagraph.push(paragraph);
    };
    articles.forEach((a, ai) => {
      // A text without a headline has no title to cite: its display title is the opening of paragraph 1,
      // which is indexed (and cited) as paragraph 1.
      if (!a.titleFromLead) add(ai, TITLE, a.title);
      a.paragraphs.forEach((p, pi) => add(ai, paragraphNo(pi), p));
    });
    this.entryArticle = Int32Array.from(entryArticle);
    this.entryParagraph = Int32Array.from(entryParagraph);
  }

  /**
   * An index adopted from a snapshot as the constructor adopts it, FlexSearch's pieces imported one per turn
   * of the event loop (a reload: answers keep coming while the new index is read).
   */
  static async restore(
    articles: readonly Article[],
    snapshot: IndexSnapshot,
    countParagraphs: (a: Article) => number = (a) => a.paragraphs.length,
  ): Promise<SearchIndex> {
    const flex = await FlexIndex.importAsync(snapshot.flex, snapshot.parts);
    return new SearchIndex(articles, snapshot, countParagraphs, snapshot.flex, flex);
  }

  get entryCount(): number {
    return this.entryArticle.length;
  }

  /** Which article and paragraph entry `id` is (undefined past the end). */
  entry(id: number): Entry | undefined {
    if (id < 0 || id >= this.entryArticle.length) return undefined;
    return { article: this.entryArticle[id] as number, paragraph: this.entryParagraph[id] as ParagraphNo };
  }

  /** Every entry, in id order (a new array; for tools and tests). */
  get entries(): Entry[] {
    return Array.from(this.entryArticle, (article, i) => ({
      article,
      paragraph: this.entryParagraph[i] as ParagraphNo,
    }));
  }

  snapshot(): IndexSnapshot {
    return {
      entryArticle: this.entryArticle,
      entryParagraph: this.entryParagraph,
      flex: this.flex.options,
      parts: this.flex.export(),
    };
  }

  textOf(e: Entry): string {
    return paragraphText(this.articles[e.article] as Article, e.paragraph);
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
    const ok =
      accept &&
      ((id: number) => {
        const e = this.entry(id);
        return e !== undefined && accept(e);
      });
    const matcher = new QueryMatcher(exactWords, foldedWords);
    const accented = hasDiacritics(query);
    const folded = foldedWords.join(' ');
    const both = this.flex.options.forms === 'both';
    const scored = new Map<number, Hit>();
    /** Candidates ranked and turned away (see `consider`): not ranked twice. */
    const rejected = new Set<number>();
    let phrases = 0;
    /** Each text is read and ranked once: by the index's check of a candidate (`verify`) or by `consider`. */
    const ranks = new Map<number, Rank | undefined>();
    const rankOf = (id: number): Rank | undefined => {
      if (ranks.has(id)) return ranks.get(id);
      const e = this.entry(id);
      const r = e && matcher.rank(this.textOf(e));
      ranks.set(id, r);
      return r;
    };
    // What FlexSearch's context and word searches mean, read from a text (flexsearch-index.ts, VERIFY_RATIO):
    // every word there, or (more strictly than FlexSearch's neighbouring pairs, in either order) the words
    // standing together in query order, as the ranking counts a phrase.
    const hasAll = (id: number) => rankOf(id)?.all === true;
    const hasPhrase = (id: number) => rankOf(id)?.phrase === true;
    /**
     * Rank candidates. With `asTyped`, a query typed with diacritics that matches only once they are
     * stripped ("Tô Lâm" vs "tổ ... làm") counts only where its words stand together, as typed, or (folded
     * index) where every accented word is there as written.
     */
    const consider = (ids: number[], asTyped: boolean) => {
      const strict = asTyped && accented && foldedWords.length > 1;
      for (const id of ids) {
        if (scored.has(id) || rejected.has(id)) continue;
        const e = this.entry(id);
        const r = rankOf(id);
        if (!e || !r) continue;
        if (strict && !r.phrase && (both || !r.allExact)) {
          rejected.add(id);
          continue;
        }
        if (r.phrase) phrases++;
        scored.set(id, { article: e.article, paragraph: e.paragraph, complete: true, score: r.score });
      }
    };
    // Exact-diacritic matches first: a 'both' index holds accented words in their exact form too, and the
    // exact pass asks for those (see flexsearch-index.ts). A folded index ranks them first among its candidates.
    if (accented && both) consider(this.flex.every(exactWords.join(' '), pool, ok, { exact: true }), false);
    // Enough exact-diacritic matches fill the pool: folded-only matches would rank below them anyway.
    if (!(accented && scored.size >= pool)) {
      // Words standing together first (FlexSearch's context index): found fast, and ranked first.
      const before = scored.size;
      consider(this.flex.together(folded, pool + scored.size, ok, hasPhrase), true);
      // The query's words anywhere. Every phrase match outranks every other match (score.ts: with one exact
      // word per folded word, n >= 2 of them, a phrase scores at least 4n - 1, anything else at most 3n), so
      // with `limit` phrase matches in hand this cannot change the answer, and it is the costly search
      // (FlexSearch reads whole lists of common words).
      const settled =
        phrases >= limit && foldedWords.length >= 2 && exactWords.length === foldedWords.length && scored.size > before;
      if (!settled) consider(this.flex.every(folded, pool + scored.size, ok, { verify: hasAll }), true);
    }
    if (partial && scored.size === 0 && foldedWords.length >= 3) {
      // FlexSearch's `suggest` gives texts with any of the words; the project keeps those with two in three.
      const need = Math.ceil(foldedWords.length * (2 / 3));
      const finder = new WordFinder(foldedWords);
      for (const id of this.flex.some(folded, Math.max(pool * 20, 1000))) {
        const e = this.entry(id);
        if (!e || (ok && !ok(id))) continue;
        const text = this.textOf(e);
        if (finder.seen(fold(text)).size < need) continue;
        scored.set(id, { article: e.article, paragraph: e.paragraph, complete: false, score: matcher.score(text) });
        if (scored.size >= pool) break;
      }
    }
    return [...scored.values()]
      .sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph)
      .slice(0, limit);
  }
}
