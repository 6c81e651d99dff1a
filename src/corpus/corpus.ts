/** The loaded corpus: articles, the full-text index, and which articles speak of which edition. */
import type { Article, EditionMention } from '../parse/schema.js';
import { SearchIndex } from '../search/search-index.js';
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
  ) {
    this.index = new SearchIndex(articles);
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.paragraphCount = articles.reduce((n, a) => n + a.paragraphs.length, 0);
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

  static fromDirectory(dir: string): Corpus {
    const { articles, warnings } = loadCorpus(dir);
    return new Corpus(articles, warnings);
  }

  /** Known edition numbers, ascending. */
  editionNumbers(): number[] {
    return [...this.editions.keys()];
  }
}
