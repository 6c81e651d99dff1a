/**
 * The parse cache: parsed records of a whole folder, stored under .cache/corpus/ and reused while no
 * article, metadata file or parser source has changed (size and mtime of every file, and a hash of the
 * parser's own code, make the key). Writes are atomic; a broken or foreign cache file is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../config/paths.js';
import type { Article } from '../parse/schema.js';

const FORMAT = 1;
const KEEP = 4;

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CORPUS_CACHE_DIR ? resolve(env.CORPUS_CACHE_DIR) : join(PROJECT_ROOT, '.cache', 'corpus');
}

let parserHash: string | undefined;
/** A hash of the code that turns raw text into records and index: a new parser never reads an old cache. */
function parserFingerprint(): string {
  if (parserHash) return parserHash;
  const here = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha1');
  // The search code too: the search index is cached under the same key (index-cache.ts).
  for (const sub of ['../text', '../parse', '../topics', '../search', '.']) {
    const d = join(here, sub);
    for (const f of readdirSync(d).sort()) {
      if (!/\.(?:js|ts)$/.test(f)) continue;
      h.update(f);
      h.update(readFileSync(join(d, f)));
    }
  }
  return (parserHash = h.digest('hex'));
}

export function cacheKey(dir: string, files: readonly string[]): string {
  const h = createHash('sha1');
  h.update(`${FORMAT}\0${parserFingerprint()}\0${resolve(dir)}\0`);
  for (const f of files) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
    const meta = f.replace(/\.[^./\\]+$/, '') + '.meta.json';
    try {
      const m = statSync(meta);
      h.update(`${meta}\0${m.size}\0${m.mtimeMs}\0`);
    } catch {
      h.update('-\0');
    }
  }
  return h.digest('hex');
}

interface CacheFile {
  format: number;
  key: string;
  articles: Article[];
  warnings: string[];
}

export function readCache(key: string): { articles: Article[]; warnings: string[] } | undefined {
  try {
    const data = JSON.parse(readFileSync(join(cacheDir(), `${key}.json`), 'utf8')) as CacheFile;
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.articles)) return undefined;
    return { articles: data.articles, warnings: data.warnings ?? [] };
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, result: { articles: Article[]; warnings: string[] }): void {
  try {
    const dir = cacheDir();
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    const body: CacheFile = { format: FORMAT, key, articles: result.articles, warnings: result.warnings };
    writeFileSync(tmp, JSON.stringify(body));
    renameSync(tmp, join(dir, `${key}.json`));
    const old = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { f } of old) {
      unlinkSync(join(dir, f));
      // The search index built from that parse (index-cache.ts) goes with it.
      rmSync(join(dir, f.replace(/\.json$/, '.index')), { force: true });
    }
  } catch {
    // A cache is an optimisation: a read-only checkout still works.
  }
}
