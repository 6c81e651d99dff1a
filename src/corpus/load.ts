/**
 * Reading a folder of raw articles into parsed records. Every problem with one file is reported by name
 * in one warning line and never stops the others.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { articleFromPage } from '../ingest/article.js';
import { parseArticle } from '../parse/article.js';
import { schemas, type Article, type ArticleMeta } from '../parse/schema.js';
import { readCache, writeCache, cacheKey } from './cache.js';
import { Corpus } from './corpus.js';
import { listArticleFiles, listOrWarn, META_SUFFIX } from './files.js';

export { listArticleFiles };

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** A saved web page carries scripts, styles and inline images around its text: it may be larger. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
const PAGE_EXT = /\.html?$/i;

export interface LoadResult {
  articles: Article[];
  warnings: string[];
  /** The parse-cache key of this load (same files, same parser), when the cache is on. */
  cacheKey?: string;
}

/** Decode bytes as UTF-8 (or UTF-16 with a BOM); undefined when the bytes are not text. */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string } {
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const probe = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of probe) {
    if (b === 0) return { problem: 'binary data (NUL bytes), not a text article' };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls / probe.length > 0.05) return { problem: 'binary data, not a text article' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) return { problem: 'no text (only white space)' };
    return { text };
  } catch {
    return { problem: 'not valid UTF-8 text (re-save it as UTF-8)' };
  }
}

function readMeta(file: string, warn: (m: string) => void, label: string): ArticleMeta | undefined {
  const metaFile = file.replace(/\.[^./\\]+$/, '') + META_SUFFIX;
  // Warnings name the metadata file the way the article is named (relative to the corpus folder).
  const metaLabel = label.replace(/\.[^./]+$/, '') + META_SUFFIX;
  let raw: string;
  try {
    raw = readFileSync(metaFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = schemas().MetaSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    warn(
      `${metaLabel}: metadata ignored: ${issue?.path.join('.') || 'record'} ${issue?.message ?? 'is invalid'} (only outlet, url, published, language, fetched are allowed)`,
    );
  } catch (e) {
    warn(`${metaLabel}: metadata ignored: not valid JSON (${(e as Error).message})`);
  }
  return undefined;
}

/** Parse one file; returns the article or a reason it was skipped. */
export function loadArticleFile(file: string, root: string, warn: (m: string) => void): Article | undefined {
  const label = relative(root, file).split(sep).join('/') || file;
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    const max = PAGE_EXT.test(file) ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES;
    if (size > max) {
      warn(
        `${label}: skipped: ${(size / 1048576).toFixed(1)} MiB is larger than the ${max / 1048576} MiB ${max === MAX_ARTICLE_BYTES ? 'an article' : 'a saved page'} may be`,
      );
      return undefined;
    }
    bytes = readFileSync(file);
  } catch (e) {
    warn(`${label}: skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return undefined;
  }
  if (PAGE_EXT.test(file)) return loadPageFile(bytes, file, label, warn);
  const { text, problem } = decodeText(bytes);
  if (text === undefined) {
    warn(`${label}: skipped: ${problem}`);
    return undefined;
  }
  const meta = readMeta(file, warn, label);
  try {
    const article = parseArticle({ id: label.replace(/\.[^./]+$/, ''), file: label, raw: text, meta });
    if (article.paragraphs.length === 0 && !article.title) {
      warn(`${label}: skipped: no article text left after removing page furniture`);
      return undefined;
    }
    if (!article.aboutDialogue)
      warn(
        `${label}: kept as a plain searchable article: it is not about a Vietnam–US political, security and defense dialogue`,
      );
    return article;
  } catch (e) {
    warn(`${label}: skipped: could not be parsed (${(e as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

/** A saved web page: its main text and its own metadata (the sidecar NAME.meta.json wins field by field). */
function loadPageFile(bytes: Uint8Array, file: string, label: string, warn: (m: string) => void): Article | undefined {
  const sidecar = readMeta(file, warn, label);
  try {
    const read = articleFromPage({ id: label.replace(/\.[^./]+$/, ''), file: label, bytes, sidecar });
    if ('problem' in read) {
      warn(`${label}: skipped: ${read.problem}`);
      return undefined;
    }
    if (!read.article.aboutDialogue)
      warn(
        `${label}: kept as a plain searchable article: it is not about a Vietnam–US political, security and defense dialogue`,
      );
    return read.article;
  } catch (e) {
    warn(`${label}: skipped: could not be parsed (${(e as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

export interface LoadOptions {
  /**
   * The cache folder (CORPUS_CACHE_DIR from the settings), or false/absent for none: the caller decides,
   * so a test or a tool never writes a cache it did not ask for.
   */
  cache?: string | false | undefined;
  keepDropped?: boolean;
}

/**
 * Load every article under `dir`. A missing or unreadable folder is a warning and an empty corpus.
 * With `cache`, a whole-folder load is served from the parse cache when no file (nor the parser) changed since.
 */
export function loadCorpus(
  dir: string,
  files?: string[],
  { cache = false, keepDropped = false }: LoadOptions = {},
): LoadResult {
  let key: string | undefined;
  if (cache !== false && files === undefined && !keepDropped) {
    try {
      key = cacheKey(dir, listArticleFiles(dir));
      const hit = readCache(cache, key);
      if (hit) return { ...hit, cacheKey: key };
    } catch {
      key = undefined;
    }
  }
  const result = parseAll(dir, files, keepDropped);
  if (key && cache !== false) writeCache(cache, key, result);
  return key ? { ...result, cacheKey: key } : result;
}

/** One file's outcome: its article (if any) and the warnings it gave, in the order it gave them. */
export interface FileResult {
  article?: Article;
  warnings: string[];
}

/**
 * Parse `files` one by one (the part of a load that may run in a worker thread, load-worker.ts).
 * Without `keepDropped`, the removed page furniture is not kept: answers never use it (a third of the records).
 */
export function parseFiles(dir: string, files: readonly string[], keepDropped = false): FileResult[] {
  return files.map((file) => {
    const warnings: string[] = [];
    const article = loadArticleFile(file, dir, (m) => warnings.push(m));
    if (article && !keepDropped) delete article.dropped;
    return article ? { article, warnings } : { warnings };
  });
}

/**
 * The results of every file, in file order, made into one load: each file's warnings in order, and the
 * duplicate-id rule (the first file with an id wins; a later one is named and skipped). Whether the files
 * were parsed here or in several workers, this one function decides, so both give the same corpus.
 */
export function mergeFileResults(results: Iterable<FileResult>): { articles: Article[]; warnings: string[] } {
  const articles: Article[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const { article: a, warnings: w } of results) {
    warnings.push(...w);
    if (!a) continue;
    if (seen.has(a.id)) {
      warnings.push(`${a.file}: skipped: another file already has the id ${a.id}`);
      continue;
    }
    seen.add(a.id);
    articles.push(a);
  }
  return { articles, warnings };
}

function parseAll(dir: string, files: string[] | undefined, keepDropped: boolean): LoadResult {
  let list = files;
  if (list === undefined) {
    const listed = listOrWarn(dir);
    if ('warning' in listed) return { articles: [], warnings: [listed.warning] };
    list = listed.files;
  }
  return mergeFileResults(parseFiles(dir, list, keepDropped));
}

/**
 * The corpus of a folder, loaded synchronously in this thread (the parser loaded with this module). The bot,
 * the console and the CLIs use `Corpus.load` (parsing in workers, the parser left out of a cached start);
 * this stays for the tests and tools that need a corpus at once at module level, in one thread, without a
 * worker's start-up for every small temporary folder (and as the reference `Corpus.load` is tested against).
 */
export function corpusFromDirectory(dir: string, options: { cache?: string | false } = {}): Corpus {
  const { articles, warnings, cacheKey: key } = loadCorpus(dir, undefined, options);
  return key && options.cache
    ? Corpus.withCachedIndex(articles, warnings, options.cache, key)
    : new Corpus(articles, warnings);
}
