/** The loaded corpus: articles, the full-text index, and which articles speak of which edition. */
import type { Article, EditionMention } from '../parse/schema.js';
import { SearchIndex } from '../search/search-index.js';
import { readIndexCache, writeIndexCache } from './index-cache.js';
import { paragraphCount } from './lazy-text.js';
import { loadCorpus } from './load.js';

export interface EditionSources {
  edition: number;
  /** Articles about this edition itself. */
  own: Article[];
  /** Other articles' mentions of it (e.g. "the 8th will be held in Washington"). */
  mentions: { article: Article; mention: EditionMention }[];
}

export class Corpus {
  readonly index: SearchIndex;
  readonly editions: ReadonlyMap<number, EditionSources>;
  readonly byId: ReadonlyMap<string, Article>;
  readonly paragraphCount: number;
  /** Articles about no particular edition, by topic slug (for /topic's "other articles"). */
  readonly otherByTopic: ReadonlyMap<string, readonly Article[]>;

  constructor(
    readonly articles: readonly Article[],
    readonly warnings: readonly string[] = [],
    /** A search index already built from exactly these articles (e.g. read back from disk). */
    index?: SearchIndex,
  ) {
    this.index = index ?? new SearchIndex(articles);
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.paragraphCount = articles.reduce((n, a) => n + paragraphCount(a), 0);
    const editions = new Map<number, EditionSources>();
    const get = (n: number) => {
      let e = editions.get(n);
      if (!e) editions.set(n, (e = { edition: n, own: [], mentions: [] }));
      return e;
    };
    for (const a of articles) {
      if (a.edition !== undefined) get(a.edition).own.push(a);
      for (const m of a.mentions) get(m.edition).mentions.push({ article: a, mention: m });
    }
    this.editions = new Map([...editions].sort(([x], [y]) => x - y));
    const other = new Map<string, Article[]>();
    for (const a of articles) {
      if (a.edition !== undefined) continue;
      for (const t of a.topics) {
        const list = other.get(t) ?? [];
        list.push(a);
        other.set(t, list);
      }
    }
    this.otherByTopic = other;
  }

  /**
   * Load a folder. With `cache` (the cache folder, CORPUS_CACHE_DIR; none by default), the search index is
   * cached beside the parse cache under the same key, so an unchanged corpus starts without tokenising every
   * paragraph again.
   */
  static fromDirectory(dir: string, options: { cache?: string | false } = {}): Corpus {
    const { articles, warnings, cacheKey } = loadCorpus(dir, undefined, options);
    const cache = options.cache;
    if (!cacheKey || !cache) return new Corpus(articles, warnings);
    let index: SearchIndex | undefined;
    const snap = readIndexCache(cache, cacheKey);
    if (snap) {
      try {
        index = new SearchIndex(articles, snap, paragraphCount);
      } catch {
        index = undefined; // inconsistent with the articles: rebuild below
      }
    }
    if (!index) {
      index = new SearchIndex(articles);
      writeIndexCache(cache, cacheKey, index.snapshot());
    }
    return new Corpus(articles, warnings, index);
  }

  /** Known edition numbers, ascending. */
  editionNumbers(): number[] {
    return [...this.editions.keys()];
  }
}
