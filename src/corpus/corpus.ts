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
