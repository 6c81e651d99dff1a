/**
 * The corpus in service, swapped atomically on reload. A reload builds the new corpus completely before the
 * swap, off the answer path: `Corpus.load` parses and indexes in worker threads, so answers keep going out
 * meanwhile (the main thread only reads the results back). If the load fails (a worker crashed, threw or
 * ran out of memory), the reload is rejected with one sentence and the old corpus stays. A folder watcher
 * reloads on change (debounced).
 */
import { watch, type FSWatcher } from 'node:fs';
import { Corpus } from '../corpus/corpus.js';
import type { Logger } from './logger.js';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Builds the corpus of a folder (production: `Corpus.load` with the cache folder). */
export type CorpusBuilder = (dir: string) => Promise<Corpus> | Corpus;

export class LiveCorpus {
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private reloading?: Promise<{ corpus: Corpus; warnings: readonly string[] }>;

  private constructor(
    private readonly dir: string,
    private readonly logger: Logger,
    private readonly build: CorpusBuilder,
    private current: Corpus,
  ) {}

  /** The folder's corpus, loaded once (its warnings logged), in service until a reload replaces it. */
  static async open(dir: string, logger: Logger, build: CorpusBuilder = (d) => Corpus.load(d)): Promise<LiveCorpus> {
    const first = await build(dir);
    for (const w of first.warnings) logger.warn(`corpus: ${w}`);
    return new LiveCorpus(dir, logger, build, first);
  }

  get(): Corpus {
    return this.current;
  }

  /** Rebuild and swap; concurrent calls share one rebuild. */
  reload(): Promise<{ corpus: Corpus; warnings: readonly string[] }> {
    this.reloading ??= (async () => {
      // A builder that works synchronously still runs after the caller's turn, as the asynchronous one does.
      await nextTurn();
      let next: Corpus;
      try {
        next = await this.build(this.dir);
      } catch (e) {
        this.logger.error('corpus reload failed; the previous corpus stays in service', { error: e });
        throw e instanceof Error ? e : new Error(String(e));
      }
      this.current = next;
      for (const w of next.warnings) this.logger.warn(`corpus: ${w}`);
      this.logger.info('corpus reloaded', { articles: next.articles.length, editions: next.editions.size });
      return { corpus: next, warnings: next.warnings };
    })().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /** Reload when files in the folder change, at most once per `debounceMs`. */
  watch(debounceMs = 750): void {
    try {
      this.watcher = watch(this.dir, { recursive: true }, () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reload().catch(() => undefined), debounceMs);
      });
      this.watcher.on('error', (e) => this.logger.warn('corpus watcher stopped', { error: e }));
    } catch (e) {
      this.logger.warn('cannot watch the corpus folder; use /reload after changes', { error: e });
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
