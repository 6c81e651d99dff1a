/**
 * Settings fail loudly and politely: every missing or malformed setting stops start-up with ONE sentence
 * that names the setting and never repeats its value (it may be the token). The logger never writes the
 * token — not in messages, error messages, stacks, context objects or URLs nested inside them.
 */
import { describe, expect, it } from 'vitest';
import { createLogger, makeScrubber, type Level } from '../../src/discord/logger.js';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { parseSettings, SettingsError } from '../../src/config/settings.js';

/** A token-shaped secret made for the test (not a real token): base64 id . timestamp . hmac. */
const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhJkLm.Zq9xVw8uTs7rQp6oNm5lKj4iHg3fEd2cBa1_-Yx';
/** Another token-shaped string the logger was not told about (another bot's token pasted somewhere). */
const OTHER_TOKEN = 'OTg3NjU0MzIxMDk4NzY1NDMyMQ.AbCdEf.0123456789abcdefghijABCDEFGHIJ_-xyz';
const CLIENT_ID = '109876543210987654';

const VALID: NodeJS.ProcessEnv = { DISCORD_TOKEN: TOKEN };

function settingsError(env: NodeJS.ProcessEnv, required: 'DISCORD_CLIENT_ID'[] = []): SettingsError {
  try {
    parseSettings(env, ['DISCORD_TOKEN', ...required]);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return e as SettingsError;
  }
  throw new Error(`the bot's settings accepted ${JSON.stringify(Object.keys(env))}`);
}

/** One sentence: one line, starts with "Setting NAME", ends with a full stop, no sentence break inside. */
function expectOneSentenceNaming(message: string, name: string): void {
  expect(message).not.toMatch(/[\r\n]/);
  expect(message.startsWith(`Setting ${name} `), message).toBe(true);
  expect(message).toMatch(/\.$/);
  // A full stop, question or exclamation mark followed by a new capitalised sentence would make it two.
  expect(message.slice(0, -1), message).not.toMatch(/[.!?]\s+\p{Lu}/u);
}

describe("the bot's settings (parseSettings with DISCORD_TOKEN required)", () => {
  it('accepts a minimal valid environment and applies the documented defaults', () => {
    const s = parseSettings({ ...VALID, DATA_DIR: '  ' });
    expect(s.DISCORD_TOKEN).toBe(TOKEN);
    expect(s.LOG_LEVEL).toBe('info');
    expect(s.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(s.COOLDOWN_REQUESTS).toBe(5);
    expect(s.COOLDOWN_SECONDS).toBe(10);
    expect(s.REST_TIMEOUT_MS).toBe(2500);
    expect(s.DATA_DIR).toBe(DEFAULT_DATA_DIR); // blank = unset
    expect(parseSettings({ ...VALID, OWNER_IDS: `${CLIENT_ID}, 209876543210987654` }).OWNER_IDS).toEqual([
      CLIENT_ID,
      '209876543210987654',
    ]);
  });

  const TOKEN_CASES: [string, NodeJS.ProcessEnv][] = [
    ['missing', {}],
    ['empty', { DISCORD_TOKEN: '' }],
    ['blank', { DISCORD_TOKEN: '   ' }],
    ['with a space ("Bot " prefix pasted)', { DISCORD_TOKEN: `Bot ${TOKEN}` }],
    ['with a line break inside', { DISCORD_TOKEN: `${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}` }],
    ['too short', { DISCORD_TOKEN: TOKEN.slice(0, 12) }],
  ];
  for (const [what, env] of TOKEN_CASES) {
    it(`DISCORD_TOKEN ${what}: one sentence naming it, never the value`, () => {
      const e = settingsError(env);
      expectOneSentenceNaming(e.message, 'DISCORD_TOKEN');
      const value = env.DISCORD_TOKEN?.trim();
      if (value) {
        expect(e.message).not.toContain(value);
        for (const part of value.split(/\s+/)) if (part.length >= 8) expect(e.message).not.toContain(part);
      }
      expect(e.message).not.toContain(TOKEN.slice(0, 12));
      expect(e.stack ?? '').not.toContain(TOKEN.slice(0, 12));
    });
  }

  /** Each optional setting, malformed: the bad value, and the token pasted into the wrong setting. */
  const MALFORMED: Record<string, string[]> = {
    DISCORD_CLIENT_ID: ['abc', '123', '1234567890123456789012', `${CLIENT_ID}x`],
    DISCORD_GUILD_ID: ['my-server', '12345', '-109876543210987654'],
    ASK_CHANNEL_IDS: ['general', `${CLIENT_ID},abc`, `${CLIENT_ID};209876543210987654`],
    OWNER_IDS: ['me', `${CLIENT_ID} 42`, '@everyone'],
    LOG_LEVEL: ['verbose', 'INFO', 'trace'],
    DISCORD_API_URL: ['my-proxy.internal/api', 'ftp://files.example/api', 'not a url', 'javascript:alert(1)'],
    COOLDOWN_REQUESTS: ['abc', '0', '1.5', '100000', '-3'],
    COOLDOWN_SECONDS: ['ten', '0', '99999'],
    REST_TIMEOUT_MS: ['fast', '10', '2500.5', '600000'],
  };
  for (const [name, values] of Object.entries(MALFORMED)) {
    it(`${name} malformed: one sentence naming it, never the value nor the token`, () => {
      for (const value of [...values, TOKEN]) {
        const e = settingsError({ ...VALID, [name]: value });
        expectOneSentenceNaming(e.message, name);
        expect(e.message).not.toContain(TOKEN);
        expect(e.message).not.toContain(TOKEN.split('.')[0] as string);
        // Distinctive bad values are not echoed either (digits-only ids may coincide with the rule's text).
        if (/[a-z]{3,}/i.test(value)) expect(e.message, e.message).not.toContain(value);
      }
    });
  }

  it('a setting that is required here but missing is named in one sentence', () => {
    const e = settingsError(VALID, ['DISCORD_CLIENT_ID']);
    expectOneSentenceNaming(e.message, 'DISCORD_CLIENT_ID');
    expect(e.message).not.toContain(TOKEN);
    expect(
      parseSettings({ ...VALID, DISCORD_CLIENT_ID: CLIENT_ID }, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'])
        .DISCORD_CLIENT_ID,
    ).toBe(CLIENT_ID);
  });

  it('with several bad settings still says one sentence (the first problem)', () => {
    const e = settingsError({ DISCORD_TOKEN: 'short', LOG_LEVEL: 'loud', REST_TIMEOUT_MS: 'x' });
    expect(e.message).toMatch(/^Setting (?:DISCORD_TOKEN|LOG_LEVEL|REST_TIMEOUT_MS) /);
    expect(e.message).not.toMatch(/[\r\n]/);
  });
});

// --- the logger ----------------------------------------------------------------------------------------

function capture(level: Level = 'debug', secrets: readonly string[] = [TOKEN]) {
  const lines: string[] = [];
  const logger = createLogger(level, secrets, (l) => lines.push(l));
  return { logger, lines, all: () => lines.join('') };
}

describe('createLogger never writes the token', () => {
  it('an Error whose message and stack contain the token', () => {
    const { logger, all, lines } = capture();
    const e = new Error(`request to https://discord.com/api/v10/gateway/bot failed: 401 for Bot ${TOKEN}`);
    e.stack = `Error: invalid token ${TOKEN}\n    at login (/app/node_modules/discord.js/src/client/Client.js:1:1) token=${TOKEN}\n    at main (/app/dist/src/main.js:2:2)`;
    logger.error('login failed', { error: e });
    logger.error(`login failed: ${e.message}`);
    expect(lines).toHaveLength(2);
    expect(all()).not.toContain(TOKEN);
    // What is left is still useful: the event, the error's shape, and a visible redaction.
    expect(all()).toContain('login failed');
    expect(all()).toContain('[redacted]');
    expect(all()).toContain('Client.js');
    expect(lines.every((l) => l.endsWith('\n') && l.split('\n').length === 2)).toBe(true);
  });

  it('context objects, nested objects, arrays, headers and URLs containing it', () => {
    const { logger, all } = capture();
    logger.info('request', {
      token: TOKEN,
      headers: { Authorization: `Bot ${TOKEN}`, 'User-Agent': 'DiscordBot' },
      nested: { deeper: { list: ['a', TOKEN, { again: TOKEN }] } },
      url: new URL(`https://discord.com/api/v10/webhooks/123/${TOKEN}?wait=true`),
      req: { url: new URL(`https://proxy.local/api?token=${TOKEN}#${TOKEN}`), body: JSON.stringify({ token: TOKEN }) },
      cause: Object.assign(new Error('wrapped'), { config: { headers: { authorization: `Bot ${TOKEN}` } } }),
    });
    logger.warn('nested error inside an array', { errors: [Object.assign(new Error(`x ${TOKEN}`), { token: TOKEN })] });
    logger.debug(TOKEN);
    const out = all();
    expect(out).not.toContain(TOKEN);
    for (const part of TOKEN.split('.')) expect(out).not.toContain(part);
    expect(out).toContain('DiscordBot');
    expect(out).toContain('webhooks/123/[redacted]');
  });

  it('a token-shaped string it was not told about, and the token in text that is escaped in JSON', () => {
    const { logger, all } = capture('debug', []);
    logger.error('pasted', { note: `"quoted ${OTHER_TOKEN}"\n`, plain: OTHER_TOKEN });
    logger.error(`line with ${OTHER_TOKEN} in it`);
    expect(all()).not.toContain(OTHER_TOKEN);
    expect(all().match(/\[redacted\]/g)?.length).toBe(3);
  });

  it('unserialisable context (cycles, BigInt) is written safely, never dumped raw', () => {
    const { logger, all } = capture();
    const cyclic: Record<string, unknown> = { token: TOKEN };
    cyclic.self = cyclic;
    logger.error('cyclic', cyclic);
    logger.error('bigint', { n: 10n, token: TOKEN });
    expect(all()).not.toContain(TOKEN);
    // pino's serialiser marks the cycle and writes the BigInt as a number, rather than throwing.
    expect(all()).toContain('"self":"[Circular]"');
    expect(all()).toContain('"n":10');
  });

  it('lines below the level are not written at all', () => {
    const { logger, lines } = capture('warn');
    logger.debug('debug line', { token: TOKEN });
    logger.info('info line');
    logger.warn('warn line');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\{"level":"warn","time":"[^"]+","msg":"warn line"\}\n$/);
  });

  it('makeScrubber: the secret and token shapes go, ordinary text (ids, words) stays', () => {
    const scrub = makeScrubber([TOKEN, 'short']);
    expect(scrub(`a ${TOKEN} b`)).toBe('a [redacted] b');
    expect(scrub(`x${TOKEN}${TOKEN}y`)).not.toContain(TOKEN.slice(0, 20));
    expect(scrub(OTHER_TOKEN)).toBe('[redacted]');
    // Secrets under 8 characters are not scrubbed (they would shred ordinary words); a token is never that short.
    expect(scrub('a short note')).toBe('a short note');
    expect(scrub(`user ${CLIENT_ID} in channel 209876543210987654`)).toBe(
      `user ${CLIENT_ID} in channel 209876543210987654`,
    );
  });
});
