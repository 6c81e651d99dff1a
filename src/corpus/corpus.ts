/** The loaded corpus: articles, the full-text index, and which articles speak of which edition. */
import type { Article, EditionMention } from '../parse/schema.js';
import type { ResourceLimits } from 'node:worker_threads';
import type { FlexPart } from '../search/flexsearch-index.js';
import { SearchIndex, type IndexSnapshot } from '../search/search-index.js';
import { cacheKey, readCacheAsync } from './cache.js';
import { listOrWarn } from './files.js';
import { readIndexCache, readIndexCacheAsync, writeIndexCache } from './index-cache.js';
import { paragraphCount } from './lazy-text.js';
import type { PackedSnapshot } from './load-protocol.js';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface CorpusLoadOptions {
  /** The cache folder (CORPUS_CACHE_DIR from the settings), or false/absent for none. */
  cache?: string | false | undefined;
  /** Where a parse builds the search index: in the worker (default), or here after the parse. */
  index?: 'worker' | 'main';
  /** At most this many parsing workers (default min(2, cores); parallel-load.ts). */
  workers?: number;
  /** Fewer files than this per worker: fewer workers (parallel-load.ts MIN_FILES_PER_WORKER). */
  minFilesPerWorker?: number;
  /** Heap limits of each parsing worker. */
  resourceLimits?: ResourceLimits;
  /**
   * With a cache folder, the workers run in a child process (default), which writes the caches and exits,
   * or in worker threads of this process (`'threads'`; always so without a cache folder, the results then
   * sent rather than stored).
   */
  isolation?: 'process' | 'threads';
}

/** The worker's packed export as the snapshot SearchIndex imports (views into the one buffer, no copy). */
function unpack(p: PackedSnapshot): IndexSnapshot {
  const parts: FlexPart[] = [];
  let at = 0;
  p.keys.forEach((k, i) => {
    const n = p.lengths[i] ?? 0;
    parts.push([k, p.bytes.subarray(at, at + n)]);
    at += n;
  });
  return { entryArticle: p.entryArticle, entryParagraph: p.entryParagraph, flex: p.flex, parts };
}

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
   * Load a folder, without blocking the event loop for the parse: the bot, the console and the CLIs load
   * with this. On a parse-cache hit (`cache`: the cache folder, CORPUS_CACHE_DIR; none by default) the
   * records and the search index are read back here, as a restart always did, and the parser's modules are
   * never loaded. On a miss the files are parsed in worker threads (parallel-load.ts), which write the
   * caches; with `index: 'worker'` (the default) the search index is built there too and imported here
   * (an import is a fraction of a build), so the main thread only reads results. With a cache folder the
   * threads run in a child process (load-process.ts), so that none of their memory stays in this one. The records, warnings,
   * their order and the duplicate-id rule are those of the sequential `loadCorpus` (load.ts).
   */
  static async load(dir: string, options: CorpusLoadOptions = {}): Promise<Corpus> {
    const cache = options.cache ?? false;
    const listed = listOrWarn(dir);
    if ('warning' in listed) return new Corpus([], [listed.warning]);
    // Nothing to parse: no worker.
    if (listed.files.length === 0) return new Corpus([], []);
    let key: string | undefined;
    if (cache !== false) {
      try {
        key = cacheKey(dir, listed.files);
        const hit = await readCacheAsync(cache, key);
        if (hit) return await Corpus.withCachedIndexAsync(hit.articles, hit.warnings, cache, key);
      } catch {
        key = undefined;
      }
    }
    const { loadInChildProcess, loadInWorkers } = await import('./parallel-load.js');
    if (cache !== false && key && options.isolation !== 'threads' && options.index !== 'main') {
      // The workers in a child process of their own, which writes the caches: all the memory they touched
      // goes back to the system when it exits. Then read back as on a restart.
      const outcome = await loadInChildProcess(dir, {
        cache,
        cacheKey: key,
        workers: options.workers,
        minFilesPerWorker: options.minFilesPerWorker,
        resourceLimits: options.resourceLimits,
      });
      await nextTurn();
      const hit = outcome === 'cached' ? await readCacheAsync(cache, key) : undefined;
      if (hit) return Corpus.withCachedIndexAsync(hit.articles, hit.warnings, cache, key);
      // The caches could not be written (or were pruned meanwhile): loaded in threads here, results sent.
    }
    const indexInWorker = options.index !== 'main';
    const reply = await loadInWorkers(dir, listed.files, {
      cache,
      cacheKey: key,
      index: indexInWorker,
      workers: options.workers,
      minFilesPerWorker: options.minFilesPerWorker,
      resourceLimits: options.resourceLimits,
    });
    // Between the steps below, the event loop runs: a reload's answers wait for one step at most.
    await nextTurn();
    let records: { articles: Article[]; warnings: string[] } | undefined;
    if (reply.parseCached && cache !== false && key) records = await readCacheAsync(cache, key);
    else if (reply.articles && reply.warnings) records = { articles: reply.articles, warnings: reply.warnings };
    // The caches the workers wrote were replaced or pruned meanwhile (another process on the same folder):
    // parse again, the results sent rather than stored.
    if (!records) {
      if (cache === false) throw new Error('the corpus could not be loaded: the parsing worker sent no records');
      return Corpus.load(dir, { ...options, cache: false });
    }
    const { articles, warnings } = records;
    await nextTurn();
    let snapshot: IndexSnapshot | undefined;
    if (reply.snapshot) snapshot = unpack(reply.snapshot);
    else if (reply.indexCached && cache !== false && key) snapshot = await readIndexCacheAsync(cache, key);
    if (snapshot) {
      await nextTurn();
      let index: SearchIndex | undefined;
      try {
        index = await SearchIndex.restore(articles, snapshot, paragraphCount);
      } catch {
        // inconsistent with the records (a cache replaced meanwhile): built below
      }
      if (index) {
        await nextTurn();
        return new Corpus(articles, warnings, index);
      }
    }
    return cache !== false && key
      ? Corpus.withCachedIndex(articles, warnings, cache, key)
      : new Corpus(articles, warnings);
  }

  /**
   * `withCachedIndex` as a reload wants it: the index file read without blocking, FlexSearch's pieces
   * imported one per turn of the event loop (`SearchIndex.restore`; the import was one block of ~0.3 s at
   * 10,000 articles here), and a turn between the import and the corpus's own tables (~0.05 s), so that
   * answers get in between.
   */
  static async withCachedIndexAsync(
    articles: Article[],
    warnings: string[],
    cache: string,
    key: string,
  ): Promise<Corpus> {
    const snap = await readIndexCacheAsync(cache, key);
    if (!snap) return Corpus.withCachedIndex(articles, warnings, cache, key);
    await nextTurn();
    let index: SearchIndex;
    try {
      index = await SearchIndex.restore(articles, snap, paragraphCount);
    } catch {
      return Corpus.withCachedIndex(articles, warnings, cache, key); // inconsistent: rebuilt there
    }
    await nextTurn();
    return new Corpus(articles, warnings, index);
  }

  /** These records with the search index read from the index cache under `key`, else built and stored there. */
  static withCachedIndex(articles: Article[], warnings: string[], cache: string, key: string): Corpus {
    let index: SearchIndex | undefined;
    const snap = readIndexCache(cache, key);
    if (snap) {
      try {
        index = new SearchIndex(articles, snap, paragraphCount);
      } catch {
        index = undefined; // inconsistent with the articles: rebuild below
      }
    }
    if (!index) {
      index = new SearchIndex(articles);
      writeIndexCache(cache, key, index.snapshot());
    }
    return new Corpus(articles, warnings, index);
  }

  /** Known edition numbers, ascending. */
  editionNumbers(): number[] {
    return [...this.editions.keys()];
  }
}
