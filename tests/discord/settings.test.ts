/**
 * Settings: every invalid value stops start-up with one sentence naming the setting and never its value
 * (which may be the token). Then the real entry point as a child process: a bad DISCORD_API_URL exits
 * non-zero with one line; without a token it is the local console; with a token it is the bot (its own
 * process: answers, RSS, SIGTERM).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { parseSettings, SettingsError } from '../../src/config/settings.js';
import { startFakeDiscord, snowflake, waitUntil, type FakeDiscord } from '../fake-discord/index.js';
import {
  BLANK_SETTINGS,
  MAIN,
  SEED_DATA_DIR,
  TOKEN,
  WAIT,
  botProcessEnv,
  opts,
  percentile,
  textOf,
} from './harness.js';

/** The one-sentence shape: "Setting NAME <rule>; fix it in the environment or in .env (see .env.example)." */
const ONE_SENTENCE = /^Setting ([A-Z_]+) [^\n]+ \(see \.env\.example\)\.$/;

/** What the bot reads: every setting, the token required. */
const botSettings = (env: Record<string, string | undefined>) => parseSettings(env, ['DISCORD_TOKEN']);

function settingsError(env: Record<string, string | undefined>): SettingsError {
  try {
    botSettings(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return e as SettingsError;
  }
  throw new Error(`the bot's settings accepted ${JSON.stringify(Object.keys(env))}`);
}

describe("the bot's settings (parseSettings with DISCORD_TOKEN required)", () => {
  const base = { DISCORD_TOKEN: TOKEN };

  it.each([
    ['DISCORD_TOKEN', {}, /is not set/],
    ['DISCORD_TOKEN', { DISCORD_TOKEN: '   ' }, /is not set/], // blank = unset
    ['DISCORD_TOKEN', { DISCORD_TOKEN: 'short' }, /too short/],
    ['DISCORD_TOKEN', { DISCORD_TOKEN: `${TOKEN} ${TOKEN}` }, /must not contain spaces/],
    ['DISCORD_API_URL', { ...base, DISCORD_API_URL: 'not a url' }, /must be an http\(s\) URL/],
    ['DISCORD_API_URL', { ...base, DISCORD_API_URL: 'ftp://discord.com/api' }, /must be an http\(s\) URL/],
    ['DISCORD_API_URL', { ...base, DISCORD_API_URL: `javascript:${TOKEN}` }, /must be an http\(s\) URL/],
    ['DISCORD_API_URL', { ...base, DISCORD_API_URL: TOKEN }, /must be an http\(s\) URL/],
    [
      'ASK_CHANNEL_IDS',
      { ...base, ASK_CHANNEL_IDS: '123456789012345678,abc' },
      /comma-separated list of Discord channel ids/,
    ],
    ['ASK_CHANNEL_IDS', { ...base, ASK_CHANNEL_IDS: TOKEN }, /comma-separated list of Discord channel ids/],
    ['ASK_CHANNEL_IDS', { ...base, ASK_CHANNEL_IDS: '12345' }, /17–20 digits/],
    ['OWNER_IDS', { ...base, OWNER_IDS: '@everyone' }, /comma-separated list of Discord user ids/],
    ['LOG_LEVEL', { ...base, LOG_LEVEL: 'verbose' }, /must be one of debug, info, warn, error/],
    ['LOG_LEVEL', { ...base, LOG_LEVEL: TOKEN }, /must be one of debug, info, warn, error/],
    ['DISCORD_CLIENT_ID', { ...base, DISCORD_CLIENT_ID: 'my-app' }, /Discord id/],
    ['DISCORD_GUILD_ID', { ...base, DISCORD_GUILD_ID: TOKEN }, /Discord id/],
    ['COOLDOWN_REQUESTS', { ...base, COOLDOWN_REQUESTS: 'five' }, /must be a whole number/],
    ['COOLDOWN_REQUESTS', { ...base, COOLDOWN_REQUESTS: '0' }, /between 1 and 1000/],
    ['COOLDOWN_SECONDS', { ...base, COOLDOWN_SECONDS: '99999' }, /between 1 and 3600/],
    ['REST_TIMEOUT_MS', { ...base, REST_TIMEOUT_MS: '10' }, /between 500 and 60000/],
    ['REST_TIMEOUT_MS', { ...base, REST_TIMEOUT_MS: '2.5' }, /whole number of milliseconds/],
  ] as const)('%s: %j', (name, env, rule) => {
    const e = settingsError(env);
    expect(e.message).toMatch(ONE_SENTENCE);
    expect(ONE_SENTENCE.exec(e.message)?.[1]).toBe(name);
    expect(e.message).toMatch(rule);
    expect(e.message.split('; ').length).toBe(2); // the rule, then where to fix it: one sentence
    expect(e.message).not.toContain(TOKEN);
    expect(e.message).not.toContain(TOKEN.slice(0, 12));
    expect(String(e.stack)).not.toContain(TOKEN);
  });

  it('DISCORD_CLIENT_ID is required only where it is needed', () => {
    expect(() => parseSettings(base, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'])).toThrow(
      /^Setting DISCORD_CLIENT_ID is not set; it is needed here/,
    );
  });

  it('defaults, blanks as unset, and a REST base with or without /v10', () => {
    const s = botSettings({
      ...base,
      LOG_LEVEL: '',
      ASK_CHANNEL_IDS: ' ',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/v10/',
    });
    expect(s).toMatchObject({
      LOG_LEVEL: 'info',
      ASK_CHANNEL_IDS: [],
      OWNER_IDS: [],
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      COOLDOWN_REQUESTS: 5,
      COOLDOWN_SECONDS: 10,
      REST_TIMEOUT_MS: 2500,
    });
    expect(botSettings(base).DISCORD_API_URL).toBe('https://discord.com/api');
    expect(botSettings({ ...base, ASK_CHANNEL_IDS: '123456789012345678, 223456789012345678' }).ASK_CHANNEL_IDS).toEqual(
      ['123456789012345678', '223456789012345678'],
    );
  });
});

// ---- the real entry point as a child process --------------------------------------------------------

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(
  file: string,
  args: string[],
  env: Record<string, string>,
  stdin: string,
  timeoutMs = 15_000,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...BLANK_SETTINGS,
        DATA_DIR: SEED_DATA_DIR,
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${file} did not finish within ${timeoutMs} ms; stdout: ${stdout.slice(0, 500)} stderr: ${stderr.slice(0, 500)}`,
        ),
      );
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe('the entry point (node dist/src/main.js)', () => {
  beforeAll(async () => {
    // `npm start` without a token: compiles dist/ first when it is missing or older than the sources.
    const warm = await run(join(PROJECT_ROOT, 'scripts', 'run.mjs'), ['main'], {}, '/quit\n', 60_000);
    expect(warm.code, warm.stderr).toBe(0);
    expect(existsSync(MAIN)).toBe(true);
  }, 65_000);

  it('a token and an invalid DISCORD_API_URL: exit code 1 and one line naming DISCORD_API_URL, never the token', async () => {
    const r = await run(MAIN, [], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'not a url' }, '');
    expect(r.code).not.toBe(0);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Setting DISCORD_API_URL must be an http\(s\) URL/);
    expect(lines[0]).toMatch(ONE_SENTENCE);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('no token: the local console says so first, and answers /dialogue 9', async () => {
    const r = await run(MAIN, [], {}, '/dialogue 9\n/quit\n');
    expect(r.code).toBe(0);
    const [first, ...rest] = r.stdout.split('\n');
    expect(first).toMatch(/^Local console \(no DISCORD_TOKEN set, so Discord is not used\)/);
    const answer = rest.join('\n');
    for (const s of ['Hà Kim Ngọc', 'Tina Kaidanow', 'Hà Nội']) expect(answer).toContain(s);
    expect(r.stderr).toBe('');
  });

  describe('with a token: the bot in its own process against the fake', () => {
    let fake: FakeDiscord;
    beforeAll(async () => {
      fake = await startFakeDiscord({ token: TOKEN });
    });
    afterAll(async () => {
      await fake?.close();
    });

    it('logs in, answers a burst of 500, reports its RSS, and shuts down cleanly on SIGTERM', async () => {
      const child = spawn(process.execPath, [MAIN], {
        cwd: PROJECT_ROOT,
        env: botProcessEnv(fake.apiBase, { COOLDOWN_REQUESTS: '1000' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('close', (code, signal) => resolve({ code, signal })),
      );
      try {
        await waitUntil(() => out.includes('"msg":"ready as '), WAIT, 'the bot process to be ready');
        const first = fake.sendChatInput({ name: 'dialogue', options: opts({ edition: 9 }), locale: 'vi' });
        const cb = await fake.waitForInteractionResponse(first.id, WAIT);
        expect(textOf((cb.body as { data?: object }).data)).toContain('Tina Kaidanow');

        const BURST = 500;
        const kinds = [
          ['dialogue', { edition: 9 }],
          ['ask', { question: 'who co-chaired the 7th dialogue?' }],
          ['search', { query: 'Biển Đông' }],
          ['topic', { topic: 'an-ninh-biển' }],
          ['editions', {}],
        ] as const;
        const sentAt = new Map<string, number>();
        const ids: string[] = [];
        for (let k = 0; k < BURST; k++) {
          const [name, o] = kinds[k % kinds.length]!;
          const i = fake.build.chatInput({ name, options: opts(o), userId: snowflake() });
          sentAt.set(i.id, Date.now());
          fake.sendInteraction(i);
          ids.push(i.id);
        }
        const cbs = await Promise.all(ids.map((id) => fake.waitForInteractionResponse(id, 15_000)));
        expect(cbs.filter((c) => c.status !== 204)).toEqual([]);
        for (const id of ids)
          expect(fake.rest.filter((r) => r.path.startsWith(`/interactions/${id}/`))).toHaveLength(1);
        const lat = cbs.map((c) => c.time - sentAt.get(c.path.split('/')[2]!)!).sort((a, b) => a - b);
        const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
        const rssKB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
        const hwmKB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
        console.log(
          `bot process (node dist/src/main.js): burst of ${BURST} → ${cbs.length} answered once each, ` +
            `${cbs.filter((c) => (c.body as { type: number }).type === 5).length} deferred, ` +
            `p50 ${percentile(lat, 50)} ms, p99 ${percentile(lat, 99)} ms, max ${lat.at(-1)} ms; ` +
            `RSS ${Math.round(rssKB / 1024)} MB (peak ${Math.round(hwmKB / 1024)} MB)`,
        );
      } finally {
        child.kill('SIGTERM');
      }
      const { code } = await Promise.race([
        exited,
        new Promise<never>((_, reject) =>
          setTimeout(() => (child.kill('SIGKILL'), reject(new Error('the bot did not exit on SIGTERM'))), WAIT),
        ),
      ]);
      expect(code).toBe(0);
      expect(out).toContain('SIGTERM received, shutting down');
      expect(out).toContain('"msg":"stopped"');
      expect(out).not.toContain(TOKEN);
      expect(out).not.toMatch(/"level":"error"/);
    }, 45_000);

    it('npm run start:sharded: the ShardingManager asks GET /gateway/bot for the count, the shard answers, SIGTERM stops it', async () => {
      const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'sharded.js')], {
        cwd: PROJECT_ROOT,
        env: botProcessEnv(fake.apiBase),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      try {
        await waitUntil(
          () => out.includes('shard 0 of 1 launched') && out.includes('"msg":"ready as '),
          WAIT,
          'the shard to be ready',
        );
        const i = fake.sendChatInput({ name: 'dialogue', options: opts({ edition: 7 }), locale: 'en-US' });
        const cb = await fake.waitForInteractionResponse(i.id, WAIT);
        expect(textOf((cb.body as { data?: object }).data)).toContain('Puneet Talwar');
      } finally {
        child.kill('SIGTERM');
      }
      await Promise.race([
        exited,
        new Promise((_, reject) =>
          setTimeout(() => (child.kill('SIGKILL'), reject(new Error('the manager did not exit on SIGTERM'))), WAIT),
        ),
      ]);
      expect(out).not.toContain(TOKEN);
    }, 45_000);
  });
});
