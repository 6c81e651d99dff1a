/**
 * A web page (HTML text) → the article's paragraphs, its headline and its own metadata. The main text is
 * what Mozilla's Readability (Firefox's Reader View) finds, over linkedom's DOM: a DOM without a script
 * engine, so nothing a page carries is ever run. The paragraphs keep the page's blocks (one paragraph per
 * <p>, heading, list item, quote; a <br> ends a line), so the parser sees the same structure as in a text
 * dump.
 */
import { head } from '../util/truncate.js';
import { createRequire } from 'node:module';
import type * as ReadabilityLib from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import type { ArticleMeta } from '../parse/schema.js';
import { corpusLanguage, readPageMeta, savedFromUrl, type PageMeta } from './metadata.js';

// Loaded on the first page read, not at start-up: a corpus of text dumps, or a start served from the parse
// cache, never needs a DOM (linkedom and its parser are ~500 module files).
const requireLib = createRequire(import.meta.url);
let libs: { Readability: typeof ReadabilityLib.Readability; parseHTML: typeof Linkedom.parseHTML } | undefined;
function domLibs(): NonNullable<typeof libs> {
  return (libs ??= {
    Readability: (requireLib('@mozilla/readability') as typeof ReadabilityLib).Readability,
    parseHTML: (requireLib('linkedom') as typeof Linkedom).parseHTML,
  });
}

export interface PageRead {
  headline?: string;
  paragraphs: string[];
  meta: PageMeta;
}

/** Fewer readable characters than this, or no paragraph of a sentence's length: not an article. */
const MIN_ARTICLE_CHARS = 250;
const MIN_PARAGRAPH_CHARS = 60;

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of an element tree, one paragraph per block, white space collapsed as a browser shows it.
 * A line made only of links (a menu column, a "more from" row, a tag list) is navigation, not prose.
 */
export function blocksToParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let line = '';
  let prose = false;
  let inLink = 0;
  const flush = () => {
    const t = line
      .replace(/[\s\u00a0]+/gu, ' ')
      .trim()
      .normalize('NFC');
    if (t && prose) out.push(t);
    line = '';
    prose = false;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      line += t;
      if (inLink === 0 && /[\p{L}\p{N}]/u.test(t)) prose = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return flush();
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'A') inLink++;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (name === 'A') inLink--;
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/**
 * Page furniture marked as such by HTML itself (navigation, sidebars, footers, forms, ARIA landmarks of
 * those kinds) and the advertisement slots, breadcrumb trails and cookie/consent banners every kind of site has. Readability
 * leaves a breadcrumb above the headline in the text; these are never article text.
 */
const FURNITURE = [
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="banner"]',
  '[role="search"]',
  '[class*="advert" i]',
  '[id*="advert" i]',
  '[class*="ad-slot" i]',
  '[data-ad]',
  '[data-ad-slot]',
  '.ad',
  '.ads',
  '[class*="breadcrumb" i]',
  '[id*="breadcrumb" i]',
  '[class*="cookie" i]',
  '[id*="cookie" i]',
  '[class*="consent" i]',
  '[id*="consent" i]',
].join(',');

interface FurnitureDocument {
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ remove(): void; closest(selector: string): unknown; querySelector(selector: string): unknown }>;
}

function removeFurniture(doc: FurnitureDocument): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE))) el.remove();
  // A page header (logo, menu) goes; an article's header (inside the article, or holding the headline
  // and often the lead) stays.
  for (const el of Array.from(doc.querySelectorAll('header')))
    if (!el.closest('article, main') && !el.querySelector('h1')) el.remove();
}

/**
 * Read a page. `baseUrl` (where it was fetched from) resolves a relative canonical link. Returns the
 * reason instead when the page holds no article (a home page, a list of links, an error page).
 */
export function readPage(html: string, baseUrl?: string): PageRead | { problem: string } {
  const { Readability, parseHTML } = domLibs();
  // linkedom's types name DOM types this project does not load (lib ES2022), so `document` is untyped here:
  // what the code relies on is spelled out by MetaDocument, FurnitureDocument and DomNode.
  const { document } = parseHTML(html);
  const savedFrom = baseUrl === undefined ? savedFromUrl(html) : undefined;
  const meta = readPageMeta(document, baseUrl ?? savedFrom);
  if (savedFrom) meta.savedFrom = savedFrom;
  removeFurniture(document);
  // Readability rewrites the document it reads; the metadata is taken above, before it does.
  let article: { content?: string | null; title?: string | null } | null;
  try {
    article = new Readability(document, {
      keepClasses: false,
      disableJSONLD: true,
    }).parse();
  } catch {
    article = null;
  }
  if (!article?.content) return { problem: 'no article text was found in the page' };
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  let paragraphs = blocksToParagraphs(content.body);
  const headline = meta.headline ?? (article.title?.trim() || undefined);
  // Readability keeps the headline when it sits inside the article block: it is the title, not body.
  if (headline && paragraphs[0] && same(paragraphs[0], headline)) paragraphs = paragraphs.slice(1);
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS || !paragraphs.some((p) => p.length >= MIN_PARAGRAPH_CHARS)) {
    return { problem: `the page holds no article (${chars} characters of running text found)` };
  }
  return { headline, paragraphs, meta };
}

function same(a: string, b: string): boolean {
  const f = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return f(a) === f(b);
}

/** The article text as the parser takes it: paragraphs separated by blank lines. */
export function pageText(page: PageRead): string {
  return page.paragraphs.join('\n\n');
}

/** A host name as an outlet, when the page names none ("www.vnexpress.net" → "vnexpress.net"). */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page's own metadata in the corpus's metadata shape; `sidecar` (NAME.meta.json, what a librarian
 * wrote) wins field by field. `fetchedFrom` is the address the page came from, when no canonical URL.
 */
export function mergeMeta(page: PageMeta, sidecar: ArticleMeta | undefined, fetchedFrom?: string): ArticleMeta {
  const url = page.canonical ?? fetchedFrom ?? page.savedFrom;
  const own: ArticleMeta = {};
  const outlet = page.publisher ?? page.siteName ?? hostOf(url);
  if (outlet) own.outlet = head(outlet, 200);
  if (url && url.length <= 2000) own.url = url;
  if (page.published) own.published = page.published;
  const language = corpusLanguage(page.languageTag);
  if (language) own.language = language;
  const merged: ArticleMeta = { ...own };
  for (const [k, v] of Object.entries(sidecar ?? {})) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  return merged;
}
