/**
 * A start served from the caches reads the parsed records and the index and never parses: the built console
 * must then not load the parser's modules (src/parse/article.js and the extractors it composes, the page
 * reader in src/ingest, corpus/load.js) nor start a parsing worker. Its first start, on an empty cache
 * folder, parses the seeds in a worker (parallel-load.js, load-worker.js) and answers the same.
 * Which of the project's modules were loaded is recorded by a module hook (`node --import`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { BLANK_SETTINGS, MAIN, SEED_DATA_DIR } from '../discord/harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'vn-us-cached-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DIST = pathToFileURL(join(PROJECT_ROOT, 'dist')).href + '/';
const hooks = join(tmp, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith(${JSON.stringify(DIST)})) appendFileSync(process.env.LOADED_LOG, url.slice(${DIST.length}) + '\\n');
  return next(url, context);
}`,
);
const register = join(tmp, 'register.mjs');
writeFileSync(
  register,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);

/** Start the console on the seeds with `cacheDir`, ask one question; the dist modules it loaded, and its output. */
function start(cacheDir: string, log: string): { loaded: string[]; out: string } {
  const env: Record<string, string> = {
    ...process.env,
    ...BLANK_SETTINGS,
    DATA_DIR: SEED_DATA_DIR,
    CORPUS_CACHE_DIR: cacheDir,
    LOADED_LOG: log,
  };
  delete env.CORPUS_CACHE;
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, MAIN], {
    input: '/dialogue 9\n/quit\n',
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return { loaded: readFileSync(log, 'utf8').split('\n').filter(Boolean), out: r.stdout };
}

it('a start from the caches loads no parser module and starts no worker; the first start parsed in one', () => {
  const cacheDir = join(tmp, 'cache');
  const first = start(cacheDir, join(tmp, 'first.log'));
  // The hook sees the worker's modules too (hooks apply to every thread).
  expect(first.loaded).toContain('src/corpus/parallel-load.js');
  expect(first.loaded).toContain('src/corpus/load-worker.js');
  expect(first.loaded).toContain('src/parse/article.js');
  const second = start(cacheDir, join(tmp, 'second.log'));
  const parserSide =
    /^src\/(?:parse\/article|ingest\/(?:article|page|charset)|corpus\/(?:load|load-worker|parallel-load))\.js$/;
  expect(second.loaded.filter((m) => parserSide.test(m))).toEqual([]);
  expect(second.loaded).toContain('src/corpus/cache.js');
  expect(second.loaded.length).toBeLessThan(first.loaded.length);
  // The same answer either way.
  expect(second.out).toBe(first.out);
  expect(second.out).toMatch(/lần thứ 9/);
}, 120_000);
