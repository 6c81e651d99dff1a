/**
 * The corpus in service, swapped atomically on reload. A reload builds the new corpus completely
 * before the swap; if building throws, the old one stays. A folder watcher reloads on change (debounced).
 */
import { watch, type FSWatcher } from 'node:fs';
import { Corpus } from '../corpus/corpus.js';
import type { Logger } from './logger.js';

export class LiveCorpus {
  private current: Corpus;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private reloading?: Promise<{ corpus: Corpus; warnings: readonly string[] }>;

  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
    private readonly build: (dir: string) => Corpus = (d) => Corpus.fromDirectory(d),
  ) {
    this.current = this.build(dir);
    for (const w of this.current.warnings) logger.warn(`corpus: ${w}`);
  }

  get(): Corpus {
    return this.current;
  }

  /** Rebuild and swap; concurrent calls share one rebuild. */
  reload(): Promise<{ corpus: Corpus; warnings: readonly string[] }> {
    this.reloading ??= new Promise<{ corpus: Corpus; warnings: readonly string[] }>((resolve, reject) => {
      setImmediate(() => {
        try {
          const next = this.build(this.dir);
          this.current = next;
          for (const w of next.warnings) this.logger.warn(`corpus: ${w}`);
          this.logger.info('corpus reloaded', { articles: next.articles.length, editions: next.editions.size });
          resolve({ corpus: next, warnings: next.warnings });
        } catch (e) {
          this.logger.error('corpus reload failed; the previous corpus stays in service', { error: e });
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    }).finally(() => {
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
