/**
 * A web page's bytes → a parsed Article: decode (charset.ts), read the text and metadata (page.ts), then
 * the same parser as a text dump, with the page's own headline and metadata (the librarian's
 * NAME.meta.json winning field by field) instead of guessed datelines. Used by the corpus loader for
 * saved pages and by `add` before anything is stored.
 */
import { parseArticle } from '../parse/article.js';
import type { Article, ArticleMeta } from '../parse/schema.js';
import { decodePage } from './charset.js';
import { mergeMeta, pageText, readPage, type PageRead } from './page.js';

export interface PageArticle {
  article: Article;
  page: PageRead;
  /** The metadata the article was parsed with (page + sidecar). */
  meta: ArticleMeta;
  encoding: string;
}

export interface PageInput {
  id: string;
  file: string;
  bytes: Uint8Array;
  sidecar?: ArticleMeta;
  /** The HTTP Content-Type's charset, when fetched. */
  headerCharset?: string;
  /** Where the page was fetched from (resolves a relative canonical link; the URL when there is none). */
  baseUrl?: string;
}

/** Parse a page; a page that cannot be read or holds no article gives one sentence instead. */
export function articleFromPage(input: PageInput): PageArticle | { problem: string } {
  const decoded = decodePage(input.bytes, input.headerCharset);
  if (decoded.text === undefined) return { problem: decoded.problem ?? 'the page cannot be read' };
  const page = readPage(decoded.text, input.baseUrl);
  if ('problem' in page) return page;
  const meta = mergeMeta(page.meta, input.sidecar, input.baseUrl);
  const article = parseArticle({ id: input.id, file: input.file, raw: pageText(page), meta, headline: page.headline });
  return { article, page, meta, encoding: decoded.encoding ?? 'utf-8' };
}
