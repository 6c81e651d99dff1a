/**
 * A start served from the caches parses nothing and reads no web page, so it must not pay for the parser's
 * and the page reader's libraries (chrono-node ~900 module files, linkedom ~500): they are loaded on first
 * use. The built console is started twice on the seeds with a fresh cache folder — the first start parses
 * (and may load them), the second must not. zod is loaded as soon as one setting is given (the settings are
 * validated with it before anything runs), not when none is (src/config/settings.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { BLANK_SETTINGS, MAIN, SEED_DATA_DIR } from '../discord/harness.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'vn-us-startup-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

// Runs the console, answers nothing, and prints the packages in the one CommonJS module cache (every
// createRequire shares it).
const PROBE = `
  process.on('exit', () => {
    const loaded = Object.keys(require.cache).map((k) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k)?.[1]).filter(Boolean);
    process.stderr.write('LOADED ' + JSON.stringify([...new Set(loaded)]) + '\\n');
  });
  import(${JSON.stringify(MAIN)});
`;

function start(): string[] {
  const env: Record<string, string> = {
    ...process.env,
    ...BLANK_SETTINGS,
    DATA_DIR: SEED_DATA_DIR,
    CORPUS_CACHE_DIR: cacheDir,
  };
  delete env.CORPUS_CACHE;
  const r = spawnSync(process.execPath, ['-e', PROBE], { input: '/quit\n', env, encoding: 'utf8', timeout: 60_000 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  expect(line, r.stderr).toBeDefined();
  return JSON.parse((line as string).slice('LOADED '.length)) as string[];
}

it('a start from the caches loads neither chrono-node, linkedom nor Readability', () => {
  start(); // first start: parses the seeds and writes the caches
  const loaded = start();
  for (const lib of ['chrono-node', 'linkedom', '@mozilla/readability']) expect(loaded).not.toContain(lib);
}, 120_000);

it('settings with nothing given load no zod (the defaults); one setting given loads and applies it', () => {
  const settingsModule = join(dirname(MAIN), 'config', 'settings.js');
  const probe = (env: string) => `
    import(${JSON.stringify(pathToFileURL(settingsModule).href)}).then((m) => {
      const s = m.parseSettings(${env});
      const zod = Object.keys(require.cache).some((k) => /node_modules[\\\\/]zod[\\\\/]/.test(k));
      process.stdout.write(JSON.stringify({ zod, level: s.LOG_LEVEL }));
    });`;
  const run = (env: string) =>
    JSON.parse(spawnSync(process.execPath, ['-e', probe(env)], { encoding: 'utf8', timeout: 30_000 }).stdout) as {
      zod: boolean;
      level: string;
    };
  expect(run('{}')).toEqual({ zod: false, level: 'info' });
  expect(run("{ LOG_LEVEL: 'warn' }")).toEqual({ zod: true, level: 'warn' });
}, 60_000);
