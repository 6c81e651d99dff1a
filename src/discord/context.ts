/** What every command handler gets: the live corpus, settings, logger, cooldown, answer scheduler and paging store. */
import type { Corpus } from '../corpus/corpus.js';
import type { Cooldown, CooldownNotices } from './cooldown.js';
import type { Logger } from './logger.js';
import type { PageStore } from './page-store.js';
import type { AnswerScheduler } from './scheduler.js';
import type { BotSettings } from '../config/settings.js';

export interface BotContext {
  /** The corpus in service now; a reload swaps it atomically. */
  corpus(): Corpus;
  settings: BotSettings;
  logger: Logger;
  cooldown: Cooldown;
  /** Who was told about the cooldown lately (channel messages: one note per window). */
  cooldownNotices: CooldownNotices;
  /** Answers are produced one per turn of the event loop; deferrals go first. */
  scheduler: AnswerScheduler;
  pages: PageStore;
  /** Re-read the corpus folder; resolves with the new corpus or rejects, leaving the old one live. */
  reload(): Promise<{ corpus: Corpus; warnings: readonly string[] }>;
}
