/**
 * The one settings schema (src/config/settings.ts): it lists exactly the settings README's table and
 * .env.example document; defaults; the settings the core gets (DATA_DIR, CORPUS_CACHE, CORPUS_CACHE_DIR,
 * TOTAL_SHARDS) validated with one sentence naming them, never the value. The bot's and the fetch settings'
 * rules are tested in tests/discord/settings.test.ts, tests/reliability/settings-and-secrets.test.ts and
 * tests/ingest/settings.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, PROJECT_ROOT, dataDir } from '../../src/config/paths.js';
import {
  corpusCache,
  DEFAULTS,
  parseSettings,
  SETTING_NAMES,
  SettingsError,
  settingsSchema,
} from '../../src/config/settings.js';

const TOKEN = 'a-fake-token-that-is-long-enough-1234567890';
const temp = mkdtempSync(join(tmpdir(), 'settings-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const aFile = join(temp, 'a-file.txt');
writeFileSync(aFile, 'not a folder');

/** The one sentence: "Setting NAME <rule>; fix it in the environment or in .env (see .env.example)." */
function sentenceFor(env: Record<string, string>): string {
  try {
    parseSettings(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('the settings schema', () => {
  it("names exactly the settings in README's table and in .env.example, in that order", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| setting | meaning |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    const inReadme = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]));
    expect(inReadme).toEqual(SETTING_NAMES);
    const example = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8');
    const inExample = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(inExample).toEqual(SETTING_NAMES);
  });

  it("SETTING_NAMES are the schema's keys in order, and DEFAULTS is what the schema makes of nothing", () => {
    expect(Object.keys(settingsSchema().shape)).toEqual(SETTING_NAMES);
    expect(settingsSchema().parse({})).toEqual(DEFAULTS);
    // The shortcut for an empty environment (no zod) gives the same as the schema.
    expect(parseSettings({})).toEqual(settingsSchema().parse({}));
    expect(parseSettings({}).OWNER_IDS).not.toBe(DEFAULTS.OWNER_IDS); // a copy: the constant stays frozen
  });

  it('nothing set (no .env, empty environment): the console runs on the defaults', () => {
    const s = parseSettings({});
    expect(s.DISCORD_TOKEN).toBeUndefined();
    expect(s).toMatchObject({
      DATA_DIR: DEFAULT_DATA_DIR,
      CORPUS_CACHE: true,
      CORPUS_CACHE_DIR: DEFAULT_CACHE_DIR,
      LOG_LEVEL: 'info',
      FETCH_TIMEOUT_MS: 15000,
    });
    expect(s.TOTAL_SHARDS).toBeUndefined();
    expect(corpusCache(s)).toBe(DEFAULT_CACHE_DIR);
    // Blank values are unset (`FOO=` in .env), and variables that are not settings are not read.
    expect(parseSettings(Object.fromEntries(SETTING_NAMES.map((n) => [n, ' '])))).toEqual(s);
    expect(parseSettings({ PATH: '/bin', VITEST: 'true', SHARD_COUNT: 'x' })).toEqual(s);
  });

  it('DATA_DIR: resolved against the working directory, and --data beats it', () => {
    const s = parseSettings({ DATA_DIR: temp });
    expect(s.DATA_DIR).toBe(resolve(temp));
    expect(parseSettings({ DATA_DIR: 'data/articles' }, []).DATA_DIR).toBe(resolve('data/articles'));
    expect(dataDir(undefined, s)).toBe(resolve(temp));
    expect(dataDir('elsewhere', s)).toBe(resolve('elsewhere'));
    expect(dataDir('  ', s)).toBe(resolve(temp));
  });

  it('CORPUS_CACHE on/off and CORPUS_CACHE_DIR: what the corpus loader gets as its cache folder', () => {
    expect(corpusCache(parseSettings({ CORPUS_CACHE: 'off' }))).toBe(false);
    expect(corpusCache(parseSettings({ CORPUS_CACHE: ' OFF ' }))).toBe(false);
    expect(corpusCache(parseSettings({ CORPUS_CACHE: 'on', CORPUS_CACHE_DIR: join(temp, 'new') }))).toBe(
      join(temp, 'new'), // need not exist yet: created on first write
    );
  });

  it('TOTAL_SHARDS: a whole number of at least 1', () => {
    expect(parseSettings({ TOTAL_SHARDS: '4' }).TOTAL_SHARDS).toBe(4);
  });

  const BAD: [string, string, RegExp][] = [
    ['DATA_DIR', join(temp, 'no-such-folder'), /^Setting DATA_DIR must name an existing folder; /],
    ['DATA_DIR', aFile, /^Setting DATA_DIR must name an existing folder; /],
    ['CORPUS_CACHE', 'sometimes', /^Setting CORPUS_CACHE must be on or off; /],
    ['CORPUS_CACHE', 'false', /^Setting CORPUS_CACHE must be on or off; /],
    ['CORPUS_CACHE_DIR', aFile, /^Setting CORPUS_CACHE_DIR must name a folder, not a file; /],
    ['TOTAL_SHARDS', 'two', /^Setting TOTAL_SHARDS must be a whole number of shards; /],
    ['TOTAL_SHARDS', '1.5', /^Setting TOTAL_SHARDS must be a whole number of shards; /],
    ['TOTAL_SHARDS', '0', /^Setting TOTAL_SHARDS must be at least 1; /],
    ['TOTAL_SHARDS', '-3', /^Setting TOTAL_SHARDS must be at least 1; /],
    ['LOG_LEVEL', 'loud', /^Setting LOG_LEVEL must be one of debug, info, warn, error; /],
    ['FETCH_MAX_REDIRECTS', '99', /^Setting FETCH_MAX_REDIRECTS must be between 0 and 20; /],
  ];
  it.each(BAD)('%s=%s stops with one sentence naming it, never the value', (name, value, rule) => {
    for (const env of [{ [name]: value }, { DISCORD_TOKEN: TOKEN, [name]: value }]) {
      const message = sentenceFor(env);
      expect(message).toMatch(rule);
      expect(message).toMatch(/; fix it in the environment or in \.env \(see \.env\.example\)\.$/);
      expect(message).not.toMatch(/[\r\n]/);
      // Numbers may coincide with the rule's own ("at least 1"); words and paths are never echoed.
      if (/[a-z]{3,}/i.test(value)) expect(message).not.toContain(value);
      expect(message).not.toContain(TOKEN);
    }
  });

  it('a required setting that is missing is named; the type says it is there once parsed', () => {
    expect(() => parseSettings({}, ['DISCORD_TOKEN'])).toThrow(
      'Setting DISCORD_TOKEN is not set; it is needed here (see .env.example).',
    );
    const s = parseSettings({ DISCORD_TOKEN: TOKEN }, ['DISCORD_TOKEN']);
    const token: string = s.DISCORD_TOKEN; // a compile error if the type still allowed undefined
    expect(token).toBe(TOKEN);
  });
});
