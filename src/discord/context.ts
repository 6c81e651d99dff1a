/** What every command handler gets: the live corpus, settings, logger, cooldown and paging store. */
import type { Corpus } from '../corpus/corpus.js';
import type { Cooldown } from './cooldown.js';
import type { Logger } from './logger.js';
import type { PageStore } from './page-store.js';
import type { Settings } from './settings.js';

export interface BotContext {
  /** The corpus in service now; a reload swaps it atomically. */
  corpus(): Corpus;
  settings: Settings;
  logger: Logger;
  cooldown: Cooldown;
  pages: PageStore;
  /** Re-read the corpus folder; resolves with the new corpus or rejects, leaving the old one live. */
  reload(): Promise<{ corpus: Corpus; warnings: readonly string[] }>;
}
