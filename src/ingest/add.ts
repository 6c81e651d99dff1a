/**
 * Adding one article to the corpus folder, from a link or a local file (.html/.htm or text): read it,
 * check it is an article, parse it as the corpus loader will, and only then store it (store.ts). Anything
 * wrong gives one sentence and leaves the folder as it was. Shared by `npm run add` and `/add`.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { decodeText, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES } from '../corpus/load.js';
import { parseArticle } from '../parse/article.js';
import { schemas, type Article, type ArticleMeta } from '../parse/schema.js';
import { articleFromPage } from './article.js';
import { decodePage } from './charset.js';
import { fetchPage, FetchError, looksLikeUrl, type FetchOptions } from './fetch.js';
import type { PageMeta } from './metadata.js';
import { mergeMeta, readPage } from './page.js';
import { nameForFile, nameForUrl, storeArticle, storedPageHtml } from './store.js';

export interface AddOptions {
  /** The corpus folder. */
  dataDir: string;
  fetch: FetchOptions;
  /** The clock, for the `fetched` time (tests fix it). */
  now?: () => Date;
}

export interface Added {
  ok: true;
  input: string;
  /** The stored article file, relative to the corpus folder (as the corpus names it). */
  file: string;
  updated: boolean;
  article: Article;
  meta: ArticleMeta;
  /** The page's own metadata (authors, modified date, where each fact came from); absent for text. */
  page?: PageMeta;
}

export interface NotAdded {
  ok: false;
  input: string;
  /** One sentence: why nothing was stored. */
  problem: string;
}

export type AddResult = Added | NotAdded;

/** "the page is empty" → "The page is empty." */
function sentence(s: string): string {
  const t = s.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function label(dataDir: string, file: string): string {
  return relative(dataDir, file).split(sep).join('/');
}

/** Only the fields a metadata file may hold, checked by the same schema the loader uses. */
function validMeta(meta: ArticleMeta): ArticleMeta {
  const parsed = schemas().MetaSchema.safeParse(meta);
  if (parsed.success) return parsed.data;
  // A field the page got wrong (an over-long outlet, a strange URL) is left out rather than fail the add.
  const wrong = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return schemas().MetaSchema.parse(Object.fromEntries(Object.entries(meta).filter(([field]) => !wrong.has(field))));
}

/** An HTML page (bytes) → stored page + metadata; `from` is its URL when fetched. */
function addPage(
  input: string,
  bytes: Uint8Array,
  opts: AddOptions,
  fetched?: { url: string; charset?: string; at: string },
  localFile?: string,
): AddResult {
  const decoded = decodePage(bytes, fetched?.charset);
  if (decoded.text === undefined)
    return { ok: false, input, problem: sentence(decoded.problem ?? 'the page cannot be read') };
  const page = readPage(decoded.text, fetched?.url);
  if ('problem' in page) return { ok: false, input, problem: sentence(page.problem) };
  const meta = validMeta({
    ...mergeMeta(page.meta, undefined, fetched?.url),
    ...(fetched ? { fetched: fetched.at } : {}),
  });
  const name = meta.url ? nameForUrl(meta.url) : nameForFile(localFile ?? input);
  const html = storedPageHtml(page, meta);
  // Parse what will be stored, exactly as the loader will read it back.
  const read = articleFromPage({ id: name, file: `${name}.html`, bytes: Buffer.from(html, 'utf8'), sidecar: meta });
  if ('problem' in read) return { ok: false, input, problem: sentence(read.problem) };
  const stored = storeArticle(opts.dataDir, name, 'html', html, meta);
  const file = label(opts.dataDir, stored.file);
  return {
    ok: true,
    input,
    file,
    updated: stored.updated,
    article: { ...read.article, id: file.replace(/\.[^./]+$/, ''), file },
    meta,
    page: page.meta,
  };
}

/** A text article (already decoded) → stored .txt + metadata. */
function addText(input: string, text: string, opts: AddOptions, meta: ArticleMeta, name: string): AddResult {
  const clean = validMeta(meta);
  const article = parseArticle({ id: name, file: `${name}.txt`, raw: text, meta: clean });
  if (article.paragraphs.length === 0)
    return { ok: false, input, problem: 'No article text is left once page furniture is removed.' };
  const stored = storeArticle(opts.dataDir, name, 'txt', text.endsWith('\n') ? text : `${text}\n`, clean);
  const file = label(opts.dataDir, stored.file);
  return {
    ok: true,
    input,
    file,
    updated: stored.updated,
    article: { ...article, id: file.replace(/\.[^./]+$/, ''), file },
    meta: clean,
  };
}

async function addUrl(input: string, opts: AddOptions): Promise<AddResult> {
  const got = await fetchPage(input, opts.fetch);
  const at = (opts.now?.() ?? new Date()).toISOString();
  if (got.kind === 'html') return addPage(input, got.bytes, opts, { url: got.url, charset: got.charset, at });
  const decoded = decodePage(got.bytes, got.charset ?? 'utf-8');
  if (decoded.text === undefined)
    return { ok: false, input, problem: sentence(decoded.problem ?? 'the text cannot be read') };
  return addText(
    input,
    decoded.text,
    opts,
    { url: got.url, outlet: hostOf(got.url), fetched: at },
    nameForUrl(got.url),
  );
}

function addFile(input: string, opts: AddOptions): AddResult {
  const ext = extname(input).toLowerCase();
  const isPage = ext === '.html' || ext === '.htm';
  if (!isPage && !['.txt', '.text', '.md', ''].includes(ext)) {
    return { ok: false, input, problem: `${input} is neither a web page (.html, .htm) nor a text file (.txt, .md).` };
  }
  let bytes: Buffer;
  try {
    const size = statSync(input).size;
    const max = isPage ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES;
    if (size > max)
      return {
        ok: false,
        input,
        problem: `${input} is ${(size / 1048576).toFixed(1)} MiB, larger than the ${max / 1048576} MiB allowed.`,
      };
    bytes = readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      input,
      problem: `${input} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`}.`,
    };
  }
  if (isPage) return addPage(input, bytes, opts, undefined, input);
  const { text, problem } = decodeText(bytes);
  if (text === undefined) return { ok: false, input, problem: `${input}: ${problem}.` };
  return addText(input, text, opts, {}, nameForFile(input));
}

/** Add one link or file; never throws for bad input (the result says why). */
export async function addArticle(input: string, opts: AddOptions): Promise<AddResult> {
  try {
    return looksLikeUrl(input) ? await addUrl(input.trim(), opts) : addFile(input, opts);
  } catch (e) {
    if (e instanceof FetchError) return { ok: false, input, problem: e.message };
    return { ok: false, input, problem: sentence((e as Error).message.split('\n')[0] ?? 'unknown error') };
  }
}
