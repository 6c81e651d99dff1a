/** Where the project's files are, whether running from src (tests) or dist (compiled). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const PROJECT_ROOT = findRoot();
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, 'data', 'articles');
/** The corpus caches' folder unless CORPUS_CACHE_DIR names another. */
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache', 'corpus');

/** The articles folder: --data beats DATA_DIR (the settings', already resolved, else the default). */
export function dataDir(cliValue: string | undefined, settings: { DATA_DIR: string }): string {
  return cliValue?.trim() ? resolve(cliValue) : settings.DATA_DIR;
}
