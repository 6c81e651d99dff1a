/** The FETCH_* settings: defaults, lists, ranges, and one sentence naming a bad one (never its value). */
import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from '../../src/config/settings.js';
import { fetchOptions } from '../../src/ingest/options.js';

const TOKEN = 'a-fake-token-that-is-long-enough-1234567890';

describe('fetch settings', () => {
  it('defaults: nothing allowed, 15 s, 5 MiB, 5 redirects; the same in the bot settings', () => {
    expect(fetchOptions(parseSettings({}))).toEqual({
      allowHosts: [],
      timeoutMs: 15000,
      maxBytes: 5242880,
      maxRedirects: 5,
    });
    expect(fetchOptions(parseSettings({ DISCORD_TOKEN: TOKEN }, ['DISCORD_TOKEN']))).toEqual(
      fetchOptions(parseSettings({})),
    );
  });

  it('FETCH_ALLOW_HOSTS is a list of names and addresses; an empty value means none', () => {
    expect(parseSettings({ FETCH_ALLOW_HOSTS: '127.0.0.1, intranet.example.org ,[::1]' }).FETCH_ALLOW_HOSTS).toEqual([
      '127.0.0.1',
      'intranet.example.org',
      '[::1]',
    ]);
    expect(parseSettings({ FETCH_ALLOW_HOSTS: '  ' }).FETCH_ALLOW_HOSTS).toEqual([]);
  });

  it('a bad value stops with one sentence naming the setting, not its value', () => {
    const cases: [Record<string, string>, string][] = [
      [
        { FETCH_ALLOW_HOSTS: 'http://x.example/' },
        'Setting FETCH_ALLOW_HOSTS must be a comma-separated list of host names or IP addresses; fix it in the environment or in .env (see .env.example).',
      ],
      [
        { FETCH_TIMEOUT_MS: '10' },
        'Setting FETCH_TIMEOUT_MS must be between 1000 and 120000 milliseconds; fix it in the environment or in .env (see .env.example).',
      ],
      [
        { FETCH_MAX_BYTES: '1e12' },
        'Setting FETCH_MAX_BYTES must be between 65536 and 52428800 bytes; fix it in the environment or in .env (see .env.example).',
      ],
      [
        { FETCH_MAX_REDIRECTS: 'many' },
        'Setting FETCH_MAX_REDIRECTS must be a whole number; fix it in the environment or in .env (see .env.example).',
      ],
    ];
    for (const [env, sentence] of cases) {
      expect(() => parseSettings(env)).toThrow(SettingsError);
      expect(() => parseSettings(env)).toThrow(sentence);
      expect(() => parseSettings({ DISCORD_TOKEN: TOKEN, ...env }, ['DISCORD_TOKEN'])).toThrow(sentence);
    }
  });
});
