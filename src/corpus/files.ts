/**
 * Which files of a corpus folder are articles. Kept apart from the parser (load.ts) so that a start served
 * from the caches can list the folder and compute the cache key without loading the parser's modules.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const META_SUFFIX = '.meta.json';
const ARTICLE_EXT = /\.(?:txt|text|md|html?)$|^[^.]+$/i;

/** Every article file under a folder, recursively, sorted for a stable order. Hidden files are skipped. */
export function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        entry.isFile() &&
        !entry.name.endsWith(META_SUFFIX) &&
        ARTICLE_EXT.test(entry.name) &&
        !/^readme/i.test(entry.name)
      )
        out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** The folder's files, or the one warning that says why there are none. */
export function listOrWarn(dir: string): { files: string[] } | { warning: string } {
  try {
    return { files: listArticleFiles(dir) };
  } catch (e) {
    return {
      warning: `${dir}: no articles loaded: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (e as Error).message}`,
    };
  }
}
