/**
 * Starting the bot: settings, corpus, client, handlers, signals. Returns a handle so tests can drive
 * the very same bot against a fake Discord and stop it.
 */
import { Events, type Client, type ClientOptions } from 'discord.js';
import { corpusCache, type BotSettings } from '../config/settings.js';
import { Corpus } from '../corpus/corpus.js';
import type { BotContext } from './context.js';
import { createClient } from './client.js';
import { Cooldown, CooldownNotices } from './cooldown.js';
import type { Command } from './command.js';
import { commandMap, handleInteraction } from './interactions.js';
import { LiveCorpus } from './live-corpus.js';
import { createLogger, makeScrubber, type Logger } from './logger.js';
import { handleMessage } from './messages.js';
import { PageStore } from './page-store.js';
import { AnswerScheduler } from './scheduler.js';

export interface StartOptions {
  /** The slash commands the bot answers (commands/index.ts in production; tests may inject their own). */
  commands: readonly Command[];
  /** The settings the entry point read (readSettings); tests pass their own (parseSettings). */
  settings: BotSettings;
  /** Install SIGINT/SIGTERM and process-wide error handlers (the real process); tests leave them off. */
  processHooks?: boolean;
  /** Where log lines go (stderr by default). */
  logWrite?: (line: string) => void;
  /** Watch the corpus folder for changes. */
  watch?: boolean;
  /** Extra discord.js client options merged over the bot's own (tests: e.g. a faster identify throttle). */
  clientOptions?: Partial<ClientOptions>;
}

export interface BotHandle {
  client: Client;
  ctx: BotContext;
  logger: Logger;
  stop(): Promise<void>;
}

export async function startBot(opts: StartOptions): Promise<BotHandle> {
  const { settings } = opts;
  const logger = createLogger(settings.LOG_LEVEL, [settings.DISCORD_TOKEN], opts.logWrite);
  const cache = corpusCache(settings);
  const live = await LiveCorpus.open(settings.DATA_DIR, logger, (dir) => Corpus.load(dir, { cache }));
  if (opts.watch ?? opts.processHooks) live.watch();
  const ctx: BotContext = {
    corpus: () => live.get(),
    settings,
    logger,
    cooldown: new Cooldown(settings.COOLDOWN_REQUESTS, settings.COOLDOWN_SECONDS * 1000),
    cooldownNotices: new CooldownNotices(),
    scheduler: new AnswerScheduler(),
    pages: new PageStore(),
    reload: () => live.reload(),
  };
  const client = createClient(settings, opts.clientOptions);
  const commands = commandMap(opts.commands);
  client.on(Events.InteractionCreate, (i) => void handleInteraction(ctx, commands, i));
  client.on(Events.MessageCreate, (m) => void handleMessage(ctx, client, m));
  client.on(Events.Error, (e) => logger.error('client error', { error: e }));
  client.on(Events.Warn, (m) => logger.warn(`client warning: ${m}`));
  client.on(Events.ShardDisconnect, (ev, id) => logger.warn('gateway disconnected', { shard: id, code: ev.code }));
  client.on(Events.ShardReconnecting, (id) => logger.info('gateway reconnecting', { shard: id }));
  client.on(Events.ShardResume, (id, replayed) => logger.info('gateway resumed', { shard: id, replayed }));
  // discord.js waits rate limits out by itself; under a burst it reports every queued request, so one
  // warning per route (or for the global limit) every 10 s is enough, the rest go to debug.
  const rateWarned = new Map<string, number>();
  client.rest.on('rateLimited', (info) => {
    const key = info.global ? 'global' : info.route;
    const fields = { route: info.route, retryAfterMs: info.retryAfter, global: info.global };
    if (Date.now() - (rateWarned.get(key) ?? 0) < 10_000) return logger.debug('rate limited', fields);
    rateWarned.set(key, Date.now());
    logger.warn('rate limited', fields);
  });

  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      logger.info(`ready as ${c.user.tag}`, {
        guilds: c.guilds.cache.size,
        articles: live.get().articles.length,
        editions: live.get().editions.size,
      });
      resolve();
    }),
  );

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    live.close();
    await client.destroy();
    logger.info('stopped');
  };

  if (opts.processHooks) {
    const shutdown = (signal: string) => {
      logger.info(`${signal} received, shutting down`);
      void stop().finally(() => process.exit(0));
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.on('unhandledRejection', (reason) =>
      logger.error('unhandled promise rejection (kept running)', { error: reason }),
    );
    process.on('uncaughtException', (error) => logger.error('uncaught exception (kept running)', { error }));
  }

  try {
    await client.login(settings.DISCORD_TOKEN);
  } catch (e) {
    live.close();
    await client.destroy();
    throw loginError(e, settings.DISCORD_TOKEN);
  }
  await ready;
  return { client, ctx, logger, stop };
}

/**
 * The error start-up throws when login fails. The token is scrubbed out of the cause's message rather than
 * the whole message dropped: the rest of it says what failed (a rejected token, an unreachable host).
 */
export function loginError(cause: unknown, token: string): Error {
  const msg = cause instanceof Error ? cause.message : String(cause);
  return new Error(`Could not log in to Discord: ${makeScrubber([token])(msg)}`);
}
