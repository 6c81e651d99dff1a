/**
 * Every entry point reads the settings once, before anything runs, as users meet it: `npm start`,
 * `npm run start:sharded`, `npm run deploy-commands`, `npm run ask`, `npm run parse`, `npm run add`, each
 * run as its own process (scripts/run.mjs, what the npm scripts call) with a bounded time. An invalid or
 * missing setting stops it with one line naming the setting (never the value, never the token) and a
 * non-zero exit code, before any network or corpus work; DATA_DIR, CORPUS_CACHE and CORPUS_CACHE_DIR reach
 * the corpus loader.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { BLANK_SETTINGS, SEED_DATA_DIR, TOKEN } from '../discord/harness.js';

const RUN = join(PROJECT_ROOT, 'scripts', 'run.mjs');
const SEED7 = '003_8de8bd2695171769.txt';
const temp = mkdtempSync(join(tmpdir(), 'entry-points-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One entry point with only these settings (every other one blank, so a developer's .env cannot fill it in). */
function run(entry: string, args: string[], env: Record<string, string>, input = '', timeout = 30_000): Result {
  const r = spawnSync(process.execPath, [RUN, entry, ...args], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...BLANK_SETTINGS,
      // Should a setting ever slip through, the bot's REST calls go to a closed loopback port, never out.
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      ...env,
    },
    input,
    encoding: 'utf8',
    timeout,
  });
  if (r.error) throw r.error; // includes the timeout
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // Compiles dist/ when it is missing or older than the sources (as `npm start` does), once for all below.
  const warm = run('main', [], { DATA_DIR: SEED_DATA_DIR, CORPUS_CACHE: 'off' }, '/quit\n', 120_000);
  expect(warm.code, warm.stderr).toBe(0);
}, 125_000);

const aFile = join(temp, 'a-file.txt');
writeFileSync(aFile, 'not a folder');
const missing = join(temp, 'no-such-folder');

/** entry, its arguments, the settings, the setting named, the rule, the exit code. */
const CASES: [string, string[], Record<string, string>, string, RegExp, number][] = [
  ['main', [], { DATA_DIR: missing }, 'DATA_DIR', /must name an existing folder/, 1],
  ['main', [], { LOG_LEVEL: 'chatty' }, 'LOG_LEVEL', /must be one of debug, info, warn, error/, 1],
  ['main', [], { FETCH_TIMEOUT_MS: 'soon' }, 'FETCH_TIMEOUT_MS', /must be a number of milliseconds/, 1],
  ['main', [], { CORPUS_CACHE: 'sometimes' }, 'CORPUS_CACHE', /must be on or off/, 1],
  ['main', [], { DISCORD_TOKEN: TOKEN, TOTAL_SHARDS: 'many' }, 'TOTAL_SHARDS', /whole number of shards/, 1],
  ['main', [], { DISCORD_TOKEN: `Bot ${TOKEN}` }, 'DISCORD_TOKEN', /must not contain spaces/, 1],
  ['sharded', [], { DISCORD_TOKEN: TOKEN, TOTAL_SHARDS: '0' }, 'TOTAL_SHARDS', /must be at least 1/, 1],
  ['sharded', [], { DISCORD_TOKEN: TOKEN, TOTAL_SHARDS: 'two' }, 'TOTAL_SHARDS', /whole number of shards/, 1],
  ['sharded', [], {}, 'DISCORD_TOKEN', /is not set/, 1],
  ['deploy-commands', [], { DISCORD_TOKEN: TOKEN }, 'DISCORD_CLIENT_ID', /is not set; it is needed here/, 1],
  ['deploy-commands', [], { DISCORD_TOKEN: TOKEN, DATA_DIR: aFile }, 'DATA_DIR', /must name an existing folder/, 1],
  ['ask', ['/dialogue 9'], { CORPUS_CACHE_DIR: aFile }, 'CORPUS_CACHE_DIR', /must name a folder, not a file/, 2],
  ['parse', [], { DATA_DIR: missing }, 'DATA_DIR', /must name an existing folder/, 2],
  ['add', [aFile], { FETCH_MAX_BYTES: '1' }, 'FETCH_MAX_BYTES', /must be between 65536 and 52428800 bytes/, 2],
];

describe('an invalid or missing setting stops each entry point with one line', () => {
  it.each(CASES)('npm run %s %j with %j: names %s', (entry, args, env, name, rule, exit) => {
    const r = run(entry, args, env);
    expect(r.code, r.stderr).toBe(exit);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    const line = lines[0] as string;
    expect(line).toMatch(new RegExp(`^(?:${entry}: )?Setting ${name} `));
    expect(line).toMatch(rule);
    expect(line).toMatch(/\(see \.env\.example\)\.$/);
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(temp);
  });
});

describe('the settings reach the core', () => {
  it('DATA_DIR is the folder the console answers from; CORPUS_CACHE_DIR is where its caches go', () => {
    const data = join(temp, 'one-article');
    const cache = join(temp, 'cache');
    mkdirSync(data);
    copyFileSync(join(SEED_DATA_DIR, SEED7), join(data, SEED7));
    const r = run('main', [], { DATA_DIR: data, CORPUS_CACHE_DIR: cache }, '/quit\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Local console \(no DISCORD_TOKEN set, so Discord is not used\): 1 articles, /);
    const written = readdirSync(cache);
    expect(written.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(written.filter((f) => f.endsWith('.index'))).toHaveLength(1);
    // CORPUS_CACHE=off: nothing written.
    const off = join(temp, 'cache-off');
    const r2 = run('ask', ['/dialogue 7'], { DATA_DIR: data, CORPUS_CACHE: 'off', CORPUS_CACHE_DIR: off });
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stdout).toContain('Puneet Talwar');
    expect(() => readdirSync(off)).toThrow(/ENOENT/);
  });
});
