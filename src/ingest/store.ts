/**
 * Storing an added article in the corpus folder: a name derived from the page's canonical URL (so the
 * same article added twice, by any of its addresses, updates one file), the page stripped to its text and
 * the metadata this project reads, and NAME.meta.json beside it. Writes are atomic (a hidden temporary
 * file renamed into place), so a folder watcher never reads half a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, unlinkSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { basename, join } from 'node:path';
import type { ArticleMeta } from '../parse/schema.js';
import type { PageRead } from './page.js';

/** ASCII, lower case, words joined by "-" ("Đối thoại lần 9" → "doi-thoai-lan-9"). */
function slug(s: string, max: number): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max + 1)
    .replace(/-[^-]*$|-+$/, (m, _offset: number, whole: string) => (whole.length <= max ? m.replace(/-+$/, '') : ''))
    .slice(0, max);
}

/**
 * The file name (without extension) for an article known by this URL: host, the last words of its path
 * and a short hash of the whole URL, e.g. "news-example-doi-thoai-lan-thu-9-3720531-1a2b3c4d".
 */
export function nameForUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  const host = u.hostname.replace(/^www\./, '');
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  const words = slug(last.replace(/\.[a-z0-9]{2,5}$/i, ''), 60);
  const hash = createHash('sha256').update(u.href).digest('hex').slice(0, 8);
  return [slug(host, 40), words, hash].filter(Boolean).join('-');
}

/** The file name for a local file added without a URL: its own name, made safe. */
export function nameForFile(path: string): string {
  return slug(basename(path).replace(/\.[^.]+$/, ''), 80) || 'article';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The page as stored: its paragraphs and headline, and the metadata read from it (as JSON-LD, OpenGraph,
 * <html lang> and a canonical link) — no script, style, image or link of the original. Reading it back
 * gives the same text and metadata.
 */
export function storedPageHtml(page: PageRead, meta: ArticleMeta): string {
  const m = page.meta;
  const ld: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (page.headline) ld.headline = page.headline;
  if (m.published) ld.datePublished = m.published;
  if (m.modified) ld.dateModified = m.modified;
  if (m.authors.length) ld.author = m.authors.map((name) => ({ '@type': 'Person', name }));
  if (m.publisher) ld.publisher = { '@type': 'Organization', name: m.publisher };
  if (m.languageTag) ld.inLanguage = m.languageTag;
  const head = [
    '<meta charset="utf-8">',
    page.headline ? `<title>${escapeHtml(page.headline)}</title>` : '',
    meta.url ? `<link rel="canonical" href="${escapeHtml(meta.url)}">` : '',
    m.siteName ? `<meta property="og:site_name" content="${escapeHtml(m.siteName)}">` : '',
    // "<" is escaped inside the JSON so that no value can close the script element.
    `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`,
  ].filter(Boolean);
  const lang = m.languageTag ?? meta.language;
  const body = [
    page.headline ? `<h1>${escapeHtml(page.headline)}</h1>` : '',
    ...page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].filter(Boolean);
  return `<!doctype html>\n<html${lang ? ` lang="${escapeHtml(lang)}"` : ''}>\n<head>\n${head.join('\n')}\n</head>\n<body>\n<article>\n${body.join('\n')}\n</article>\n</body>\n</html>\n`;
}

/**
 * A reader (the live corpus reloading on a change) sees the old file or the new one, never half of one:
 * write-file-atomic writes a temporary file, fsyncs it and renames it over, and removes it on failure.
 */
function writeAtomic(file: string, data: string): void {
  writeFileAtomic.sync(file, data);
}

export interface Stored {
  /** The article file written (absolute). */
  file: string;
  /** True when a file of that name was there before (the same article added again). */
  updated: boolean;
}

/**
 * Write NAME.EXT and NAME.meta.json into `dir`. A file of the same name with the other article
 * extension (.html ↔ .txt: the same link once served as text) is removed, so one article stays one file.
 */
export function storeArticle(
  dir: string,
  name: string,
  ext: 'html' | 'txt',
  content: string,
  meta: ArticleMeta,
): Stored {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.${ext}`);
  const other = join(dir, `${name}.${ext === 'html' ? 'txt' : 'html'}`);
  const updated = existsSync(file) || existsSync(other);
  const metaFile = join(dir, `${name}.meta.json`);
  // A local text file brings no metadata: no empty file is written (and an old one would be stale).
  if (Object.keys(meta).length > 0) writeAtomic(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  else if (existsSync(metaFile)) unlinkSync(metaFile);
  writeAtomic(file, content);
  if (existsSync(other)) unlinkSync(other);
  return { file, updated };
}
