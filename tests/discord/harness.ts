/**
 * Shared by the tests in tests/discord: the REAL bot (`startBot`) against the fake Discord on 127.0.0.1,
 * every log line collected, and small helpers to send interactions and read what the bot answered.
 */
import { join } from 'node:path';
import type { ClientOptions } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { startBot, type BotHandle, type StartOptions } from '../../src/discord/start.js';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { parseSettings, SETTING_NAMES } from '../../src/config/settings.js';
import {
  ApplicationCommandOptionType,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type InteractionPayload,
  type Json,
  type RecordedRequest,
} from '../fake-discord/index.js';

export const TOKEN = 'a-fake-token-that-is-long-enough-1234567890';
export const SEED_DATA_DIR = join(PROJECT_ROOT, 'data', 'articles');
/** Every wait in these tests is bounded by this (or less). */
export const WAIT = 8_000;

/** The compiled entry point, for tests that run the bot as its own process. */
export const MAIN = join(PROJECT_ROOT, 'dist', 'src', 'main.js');
/** Every setting set to '' (= unset, and dotenv will not fill it in from a developer's .env). */
export const BLANK_SETTINGS: Record<string, string> = Object.fromEntries(SETTING_NAMES.map((k) => [k, '']));

/** The environment of a bot process logged in to the fake on the seed corpus, plus `extra`. */
export function botProcessEnv(apiBase: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    ...BLANK_SETTINGS,
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: apiBase,
    DATA_DIR: SEED_DATA_DIR,
    LOG_LEVEL: 'info',
    ...extra,
  };
}
export const EPHEMERAL = 64;

/** discord.js waits ~5 s between IDENTIFYs by default; a re-identify after INVALID_SESSION need not. */
export const FAST_IDENTIFY: Partial<ClientOptions> = {
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
};

export interface Harness {
  fake: FakeDiscord;
  bot: BotHandle;
  logs: string[];
  /** Everything collected that could leak the token: log lines, REST bodies and responses. */
  everything(): string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Settings over the defaults below; a function gets the fake first (e.g. to name one of its channels). */
  env?: Record<string, string | undefined> | ((fake: FakeDiscord) => Record<string, string | undefined>);
  fake?: FakeDiscordOptions;
  start?: Partial<Omit<StartOptions, 'settings' | 'logWrite'>>;
}

/** Start a fake Discord and the real bot logged in to it. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN, ...opts.fake });
  const logs: string[] = [];
  let bot: BotHandle;
  try {
    bot = await startBot({
      commands: COMMANDS,
      settings: parseSettings(
        {
          DISCORD_TOKEN: TOKEN,
          DISCORD_API_URL: fake.apiBase,
          DATA_DIR: SEED_DATA_DIR,
          LOG_LEVEL: 'debug',
          // Generous by default so that tests do not trip over the cooldown unless they mean to.
          COOLDOWN_REQUESTS: '1000',
          COOLDOWN_SECONDS: '10',
          // The bot in the test process writes no cache into the checkout.
          CORPUS_CACHE: 'off',
          ...(typeof opts.env === 'function' ? opts.env(fake) : opts.env),
        },
        ['DISCORD_TOKEN'],
      ),
      logWrite: (line) => logs.push(line),
      processHooks: false,
      watch: false,
      ...opts.start,
    });
  } catch (e) {
    await fake.close();
    throw e;
  }
  return {
    fake,
    bot,
    logs,
    everything: () =>
      [...logs, ...fake.rest.requests.map((r) => `${r.url} ${r.rawBody} ${JSON.stringify(r.response ?? null)}`)].join(
        '\n',
      ),
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}

/** A user option (type 6) with its `resolved` entry, as Discord sends it. */
function mentionOption(fake: FakeDiscord, userId: string): { option: Json; resolved: Json } {
  const user = fake.state.users.get(userId) ?? fake.state.addUser({ id: userId });
  return {
    option: { name: 'mention', type: ApplicationCommandOptionType.User, value: userId },
    resolved: { users: { [userId]: user } },
  };
}

/** Raw API options from `{ name: value }`; integers for `edition`, strings and booleans otherwise. */
export function opts(o: Record<string, string | number | boolean>): Json[] {
  return Object.entries(o).map(([name, value]) => ({
    name,
    type:
      typeof value === 'boolean'
        ? ApplicationCommandOptionType.Boolean
        : typeof value === 'number'
          ? ApplicationCommandOptionType.Integer
          : ApplicationCommandOptionType.String,
    value,
  }));
}

export interface CallbackBody {
  type: number;
  data?: {
    content?: string;
    flags?: number;
    embeds?: {
      title?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    }[];
    components?: { type: number; components: { custom_id?: string; label?: string; disabled?: boolean }[] }[];
    allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
    choices?: { name: string; value: string | number }[];
  };
}

export function bodyOf(r: RecordedRequest): CallbackBody {
  return r.body as CallbackBody;
}

/** All visible text of a message body: content, titles, descriptions, fields, footers, button labels. */
export function textOf(data: CallbackBody['data'] | Json | undefined): string {
  if (!data) return '';
  const d = data as NonNullable<CallbackBody['data']>;
  const parts: string[] = [d.content ?? ''];
  for (const e of d.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  for (const row of d.components ?? []) for (const c of row.components) parts.push(c.label ?? '');
  return parts.join('\n');
}

/** Send a chat-input command and wait for its callback. */
export async function command(
  fake: FakeDiscord,
  name: string,
  options: Record<string, string | number | boolean> = {},
  extra: { locale?: string; userId?: string; guildId?: string | null; mention?: string; timeoutMs?: number } = {},
): Promise<{ i: InteractionPayload; cb: RecordedRequest; body: CallbackBody }> {
  const raw = opts(options);
  let resolved: Json | undefined;
  if (extra.mention) {
    const m = mentionOption(fake, extra.mention);
    raw.push(m.option);
    resolved = m.resolved;
  }
  const i = fake.sendChatInput({
    name,
    options: raw,
    locale: extra.locale,
    userId: extra.userId,
    guildId: extra.guildId,
    resolved,
  });
  const cb = await fake.waitForInteractionResponse(i.id, extra.timeoutMs ?? WAIT);
  return { i, cb, body: bodyOf(cb) };
}

/** Discord's 400 answers (the fake validates every message body the way Discord does). */
export function badRequests(fake: FakeDiscord, since = 0): RecordedRequest[] {
  return fake.rest.filter((r) => r.status === 400, since);
}

/** Every message body the bot sent (callbacks with data, channel messages, webhook edits). */
export function sentBodies(fake: FakeDiscord, since = 0): { req: RecordedRequest; data: Json }[] {
  const out: { req: RecordedRequest; data: Json }[] = [];
  for (const r of fake.rest.filter(() => true, since)) {
    const body = r.body as Json | null;
    if (!body || r.method === 'GET') continue;
    if (r.path.endsWith('/callback')) {
      const data = body.data as Json | undefined;
      if (data && (body.type === 4 || body.type === 7)) out.push({ req: r, data });
    } else if (/\/channels\/[^/]+\/messages$/.test(r.path) || r.path.startsWith('/webhooks/')) {
      out.push({ req: r, data: body });
    }
  }
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] as number;
}
