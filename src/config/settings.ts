/**
 * Every setting README lists, in one zod schema, read once at the edge: each entry point (src/main.ts,
 * src/cli/*.ts) calls `readSettings` after dotenv and passes the typed object (or the slice it needs) down.
 * Nothing else in src/ reads the environment. A missing or malformed value stops start-up with one sentence
 * naming the setting and the rule, never its value (it may be the token).
 *
 * zod is loaded only when at least one setting is given (about 70 ms of CPU on this machine, which a console
 * start with nothing set, the newcomer's `npm start`, would otherwise pay for nothing): with none given, the
 * settings are DEFAULTS, a constant a test checks equals what the schema makes of an empty environment.
 * zod is required as CommonJS, as src/parse/schema.ts requires it, so a start that also parses articles
 * loads one copy of zod, not the ESM and the CJS one.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Zod from 'zod';
import { loadDotenv } from './dotenv.js';
import { DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR } from './paths.js';

/** The schema, built on first use (it loads zod). Exported for the tests that hold SETTING_NAMES and DEFAULTS to it. */
let built: ReturnType<typeof buildSchema> | undefined;
export function settingsSchema(): ReturnType<typeof buildSchema> {
  return (built ??= buildSchema(createRequire(import.meta.url)('zod') as typeof Zod));
}

function buildSchema({ z }: typeof Zod) {
  const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

  /** A comma-separated list whose every item passes `ok`; blank means none. */
  function list(ok: (item: string) => boolean, message: string) {
    return z
      .string()
      .optional()
      .transform((v, ctx) => {
        const items = (v ?? '').split(/[\s,]+/).filter(Boolean);
        if (items.some((item) => !ok(item))) {
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        }
        return items;
      });
  }

  /** A whole number in [min, max] with its unit in every message (the type's message would say "a number" of 0). */
  function wholeNumber(unit: string, min: number, max: number, fallback: number) {
    const range = `must be between ${min} and ${max}${unit ? ` ${unit}` : ''}`;
    return z.coerce
      .number({ error: unit ? `must be a number of ${unit}` : 'must be a whole number' })
      .int(unit ? `must be a whole number of ${unit}` : 'must be a whole number')
      .min(min, range)
      .max(max, range)
      .default(fallback);
  }

  /** A folder named by a setting, resolved against the working directory. */
  function folder(options: { mustExist: boolean }) {
    return z
      .string()
      .trim()
      .min(1, 'is empty')
      .transform((v, ctx) => {
        const path = resolve(v);
        const st = statSync(path, { throwIfNoEntry: false });
        if (st ? !st.isDirectory() : options.mustExist) {
          ctx.addIssue({
            code: 'custom',
            message: options.mustExist ? 'must name an existing folder' : 'must name a folder, not a file',
          });
          return z.NEVER;
        }
        return path;
      });
  }

  return z.object({
    // Without a token, `npm start` runs the local console; the bot and deploy-commands require it.
    DISCORD_TOKEN: z
      .string()
      .trim()
      .refine((t) => !/\s/.test(t), 'must not contain spaces')
      .refine((t) => t.length >= 20, 'is too short to be a bot token')
      .optional(),
    DISCORD_CLIENT_ID: snowflake.optional(),
    DISCORD_GUILD_ID: snowflake.optional(),
    ASK_CHANNEL_IDS: list(
      (id) => /^\d{17,20}$/.test(id),
      'must be a comma-separated list of Discord channel ids (17–20 digits each)',
    ),
    OWNER_IDS: list(
      (id) => /^\d{17,20}$/.test(id),
      'must be a comma-separated list of Discord user ids (17–20 digits each)',
    ),
    LOG_LEVEL: z
      .enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })
      .default('info'),
    DISCORD_API_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
      .default('https://discord.com/api')
      .transform((u) => u.replace(/\/+$/, '').replace(/\/v\d+$/, '')),
    /** The article folder (absolute); `--data` on the command line beats it. A named folder must exist. */
    DATA_DIR: folder({ mustExist: true }).default(DEFAULT_DATA_DIR),
    COOLDOWN_REQUESTS: wholeNumber('', 1, 1000, 5),
    COOLDOWN_SECONDS: z.coerce
      .number({ error: 'must be a number of seconds' })
      .min(1, 'must be between 1 and 3600 seconds')
      .max(3600, 'must be between 1 and 3600 seconds')
      .default(10),
    REST_TIMEOUT_MS: wholeNumber('milliseconds', 500, 60000, 2500),
    /** `start:sharded` only; unset means what GET /gateway/bot recommends. */
    TOTAL_SHARDS: z.coerce
      .number({ error: 'must be a whole number of shards' })
      .int('must be a whole number of shards')
      .min(1, 'must be at least 1')
      .optional(),
    /** `off` turns the corpus caches off (parsed records, texts, search index). */
    CORPUS_CACHE: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['on', 'off'], { error: 'must be on or off' }))
      .default('on')
      .transform((v) => v === 'on'),
    /** Where those caches live (absolute; created on first write). */
    CORPUS_CACHE_DIR: folder({ mustExist: false }).default(DEFAULT_CACHE_DIR),
    // Fetching links (`/add`, `npm run add`): hosts that may be fetched although they resolve to a private,
    // loopback or other internal address (refused otherwise); the rest bound one fetch.
    FETCH_ALLOW_HOSTS: list(
      (h) =>
        /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?$|^\[?[0-9a-f:.]+\]?$/i.test(h),
      'must be a comma-separated list of host names or IP addresses',
    ),
    FETCH_TIMEOUT_MS: wholeNumber('milliseconds', 1000, 120000, 15000),
    FETCH_MAX_BYTES: wholeNumber('bytes', 65536, 52428800, 5 * 1024 * 1024),
    FETCH_MAX_REDIRECTS: wholeNumber('', 0, 20, 5),
  });
}

export type Settings = Zod.output<ReturnType<typeof buildSchema>>;
export type SettingName = keyof Settings;
/**
 * Every setting this project reads, in README's order (README's table and .env.example list exactly these;
 * a test checks the schema has exactly these keys, in this order).
 */
export const SETTING_NAMES: readonly SettingName[] = [
  'DISCORD_TOKEN',
  'DISCORD_CLIENT_ID',
  'DISCORD_GUILD_ID',
  'ASK_CHANNEL_IDS',
  'OWNER_IDS',
  'LOG_LEVEL',
  'DISCORD_API_URL',
  'DATA_DIR',
  'COOLDOWN_REQUESTS',
  'COOLDOWN_SECONDS',
  'REST_TIMEOUT_MS',
  'TOTAL_SHARDS',
  'CORPUS_CACHE',
  'CORPUS_CACHE_DIR',
  'FETCH_ALLOW_HOSTS',
  'FETCH_TIMEOUT_MS',
  'FETCH_MAX_BYTES',
  'FETCH_MAX_REDIRECTS',
];

/** What the schema makes of an environment that sets nothing (tests/config checks it stays so). */
export const DEFAULTS: Readonly<Settings> = Object.freeze({
  DISCORD_TOKEN: undefined,
  DISCORD_CLIENT_ID: undefined,
  DISCORD_GUILD_ID: undefined,
  ASK_CHANNEL_IDS: [],
  OWNER_IDS: [],
  LOG_LEVEL: 'info',
  DISCORD_API_URL: 'https://discord.com/api',
  DATA_DIR: DEFAULT_DATA_DIR,
  COOLDOWN_REQUESTS: 5,
  COOLDOWN_SECONDS: 10,
  REST_TIMEOUT_MS: 2500,
  TOTAL_SHARDS: undefined,
  CORPUS_CACHE: true,
  CORPUS_CACHE_DIR: DEFAULT_CACHE_DIR,
  FETCH_ALLOW_HOSTS: [],
  FETCH_TIMEOUT_MS: 15000,
  FETCH_MAX_BYTES: 5 * 1024 * 1024,
  FETCH_MAX_REDIRECTS: 5,
});

/** Settings with `K` guaranteed present (e.g. the bot's: a token). */
export type SettingsWith<K extends SettingName> = Settings & { [P in K]-?: NonNullable<Settings[P]> };
/** What the bot runs with. */
export type BotSettings = SettingsWith<'DISCORD_TOKEN'>;
/** The FETCH_* slice, read by the page fetcher. */
export type FetchSettings = Pick<
  Settings,
  'FETCH_ALLOW_HOSTS' | 'FETCH_TIMEOUT_MS' | 'FETCH_MAX_BYTES' | 'FETCH_MAX_REDIRECTS'
>;

export class SettingsError extends Error {}

function stop(name: string, rule: string): SettingsError {
  return new SettingsError(`Setting ${name} ${rule}; fix it in the environment or in .env (see .env.example).`);
}

/** A copy of DEFAULTS whose lists the caller may keep (the constant itself is frozen). */
function freshDefaults(): Settings {
  return { ...DEFAULTS, ASK_CHANNEL_IDS: [], OWNER_IDS: [], FETCH_ALLOW_HOSTS: [] };
}

/**
 * The settings from `env` (pure: tests pass their own). Empty strings count as unset, so `FOO=` in .env
 * means "not given". Settings named in `required` must be present (e.g. DISCORD_CLIENT_ID for deploying).
 * Throws a SettingsError whose message is one sentence naming the first bad setting.
 */
export function parseSettings<K extends SettingName = never>(
  env: Readonly<Record<string, string | undefined>>,
  required: readonly K[] = [],
): SettingsWith<K> {
  const given: Record<string, string> = {};
  for (const name of SETTING_NAMES) {
    const v = env[name];
    if (v !== undefined && v.trim() !== '') given[name] = v;
  }
  // Nothing given and nothing required: the defaults, without loading zod (see the top of this file).
  if (Object.keys(given).length === 0 && required.length === 0) return freshDefaults() as SettingsWith<K>;
  const parsed = settingsSchema().safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The message names the setting and the rule, never the value (it may be the token).
    throw stop(String(issue?.path[0] ?? 'a setting'), issue?.message ?? 'is invalid');
  }
  for (const name of required) {
    if (parsed.data[name] === undefined)
      throw new SettingsError(`Setting ${name} is not set; it is needed here (see .env.example).`);
  }
  return parsed.data as SettingsWith<K>;
}

/**
 * The one place that reads the process environment: `.env` first (variables already set win), then
 * `parseSettings`. Called by the entry points only.
 */
export function readSettings<K extends SettingName = never>(required: readonly K[] = []): SettingsWith<K> {
  loadDotenv();
  return parseSettings(process.env, required);
}

/** Where the corpus caches go, or false when CORPUS_CACHE=off: what `Corpus.load` takes as `cache`. */
export function corpusCache(s: Pick<Settings, 'CORPUS_CACHE' | 'CORPUS_CACHE_DIR'>): string | false {
  return s.CORPUS_CACHE ? s.CORPUS_CACHE_DIR : false;
}
