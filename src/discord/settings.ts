/**
 * Bot settings from the environment (and .env through dotenv), validated with zod. A missing or
 * malformed value stops start-up with one sentence naming the setting; the token is never printed.
 */
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/**
 * Fetching links (`npm run add`, `/add`): also read without a bot token, by the command-line tool.
 * FETCH_ALLOW_HOSTS names hosts that may be fetched although they resolve to a private, loopback or
 * other internal address (refused otherwise); the rest bound one fetch.
 */
const FetchSettingsShape = {
  FETCH_ALLOW_HOSTS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const hosts = (v ?? '').split(/[\s,]+/).filter(Boolean);
      if (
        hosts.some(
          (h) =>
            !/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?$|^\[?[0-9a-f:.]+\]?$/i.test(
              h,
            ),
        )
      ) {
        ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of host names or IP addresses' });
        return z.NEVER;
      }
      return hosts;
    }),
  FETCH_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(1000, 'must be between 1000 and 120000 milliseconds')
    .max(120000, 'must be between 1000 and 120000 milliseconds')
    .default(15000),
  FETCH_MAX_BYTES: z.coerce
    .number({ error: 'must be a number of bytes' })
    .int('must be a whole number of bytes')
    .min(65536, 'must be between 65536 and 52428800 bytes')
    .max(52428800, 'must be between 65536 and 52428800 bytes')
    .default(5 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 20')
    .max(20, 'must be between 0 and 20')
    .default(5),
};

const SettingsSchema = z.object({
  ...FetchSettingsShape,
  DISCORD_TOKEN: z
    .string({ error: 'is not set' })
    .trim()
    .min(1, 'is empty')
    .refine((t) => !/\s/.test(t), 'must not contain spaces')
    .refine((t) => t.length >= 20, 'is too short to be a bot token'),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  ASK_CHANNEL_IDS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const ids = (v ?? '').split(/[\s,]+/).filter(Boolean);
      const bad = ids.find((id) => !/^\d{17,20}$/.test(id));
      if (bad !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a comma-separated list of Discord channel ids (17–20 digits each)',
        });
        return z.NEVER;
      }
      return ids;
    }),
  OWNER_IDS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const ids = (v ?? '').split(/[\s,]+/).filter(Boolean);
      if (ids.some((id) => !/^\d{17,20}$/.test(id))) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a comma-separated list of Discord user ids (17–20 digits each)',
        });
        return z.NEVER;
      }
      return ids;
    }),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })
    .default('info'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
    .default('https://discord.com/api')
    .transform((u) => u.replace(/\/+$/, '').replace(/\/v\d+$/, '')),
  DATA_DIR: z.string().trim().min(1, 'is empty').optional(),
  // Range rules carry their own words: the type's message would say "must be a number" of 0 or 10.
  COOLDOWN_REQUESTS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 1000')
    .max(1000, 'must be between 1 and 1000')
    .default(5),
  COOLDOWN_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(1, 'must be between 1 and 3600 seconds')
    .max(3600, 'must be between 1 and 3600 seconds')
    .default(10),
  REST_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(500, 'must be between 500 and 60000 milliseconds')
    .max(60000, 'must be between 500 and 60000 milliseconds')
    .default(2500),
});

export type Settings = z.output<typeof SettingsSchema>;

const FetchSettingsSchema = z.object(FetchSettingsShape);
export type FetchSettings = z.output<typeof FetchSettingsSchema>;

export class SettingsError extends Error {}

/** Treat empty strings as unset, so `FOO=` in .env means "not given". */
function present(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') out[k] = v;
  return out;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env, required: 'DISCORD_CLIENT_ID'[] = []): Settings {
  const parsed = SettingsSchema.safeParse(present(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'a setting');
    // The message names the setting and the rule, never the value (it may be the token).
    throw new SettingsError(
      `Setting ${name} ${issue?.message ?? 'is invalid'}; fix it in the environment or in .env (see .env.example).`,
    );
  }
  for (const r of required) {
    if (!parsed.data[r]) throw new SettingsError(`Setting ${r} is not set; it is needed here (see .env.example).`);
  }
  return parsed.data;
}

/** Only the fetch settings (for `npm run add`, which needs no bot token); same rules, same sentence. */
export function readFetchSettings(env: NodeJS.ProcessEnv = process.env): FetchSettings {
  const parsed = FetchSettingsSchema.safeParse(present(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(
      `Setting ${String(issue?.path[0] ?? 'a setting')} ${issue?.message ?? 'is invalid'}; fix it in the environment or in .env (see .env.example).`,
    );
  }
  return parsed.data;
}
