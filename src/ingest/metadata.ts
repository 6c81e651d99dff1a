/**
 * What a web page says about itself: JSON-LD (a NewsArticle or kin: headline, datePublished,
 * dateModified, author, publisher, inLanguage), OpenGraph (og:title, og:site_name, og:url,
 * article:published_time / modified_time), <html lang> and <link rel=canonical>. Read from the parsed
 * document before Readability rewrites it. Nothing here comes from the article's prose.
 */

/** The few DOM features read here (linkedom's and jsdom's documents both have them). */
export interface MetaDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMeta {
  headline?: string;
  /** The publication date as the page writes it, in its own time zone: YYYY-MM-DD. */
  published?: string;
  modified?: string;
  authors: string[];
  publisher?: string;
  /** og:site_name. */
  siteName?: string;
  /** <link rel=canonical>, else og:url, else JSON-LD url: absolute http(s). */
  canonical?: string;
  /** The page's language tag as written (<html lang>, JSON-LD inLanguage, og:locale). */
  languageTag?: string;
  /** Where a browser saved the page from ("<!-- saved from url=… -->", SingleFile's "url: …" note). */
  savedFrom?: string;
  /** Where each fact came from, for the reply to the owner (e.g. { headline: 'og:title' }). */
  from: Partial<Record<'headline' | 'published' | 'outlet' | 'url' | 'language', string>>;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in a JSON-LD value: arrays, @graph lists and mainEntity nesting included. */
function ldObjects(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6) return out;
  if (Array.isArray(value)) for (const v of value) ldObjects(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) ldObjects(value['@graph'], out, depth + 1);
    if (isObject(value.mainEntity)) ldObjects(value.mainEntity, out, depth + 1);
  }
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, ''));
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

function clean(s: string): string | undefined {
  const t = s.replace(/\s+/gu, ' ').trim();
  // NFC: a legacy page (windows-1258) decodes to letters with separate tone marks.
  return t ? decodeEntities(t).normalize('NFC') : undefined;
}

/** JSON-LD strings sometimes carry HTML entities written by the site's template ("&quot;"). */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

function names(v: unknown): string[] {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    const n = typeof x === 'string' ? clean(x) : isObject(x) ? text(x.name) : undefined;
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** "2018-01-31T09:00:00+07:00" → "2018-01-31" (the date as the page writes it); "31/01/2018" too. */
export function dateOf(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const s = v.trim();
  let y: number, m: number, d: number;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[\s,])/.exec(s);
  if (isoMatch) [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1990 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An absolute http(s) URL, resolved against `base`; undefined otherwise. */
export function httpUrl(href: string | undefined | null, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/**
 * The address a saved page came from, as the browser noted it at the top of the file: Chrome's and
 * Internet Explorer's "<!-- saved from url=(0071)https://… -->", SingleFile's "url: https://…" comment.
 */
export function savedFromUrl(html: string): string | undefined {
  const head = html.slice(0, 4096);
  const m =
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head) ??
    /<!--[^>]*?\bPage saved with SingleFile[\s\S]*?\burl:\s*(\S+)[\s\S]*?-->/i.exec(head);
  return httpUrl(m?.[1]);
}

/** A site's home page given as an article's address (a misconfigured canonical link) names no article. */
function articleAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  return u.pathname === '/' && !u.search ? undefined : url;
}

export function readPageMeta(doc: MetaDocument, baseUrl?: string): PageMeta {
  const from: PageMeta['from'] = {};
  const metaContent = (key: string): string | undefined => {
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
        .trim()
        .toLowerCase();
      if (k === key) {
        const c = el.getAttribute('content');
        const v = c === null ? undefined : clean(c);
        if (v) return v;
      }
    }
    return undefined;
  };

  let ld: Json | undefined;
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(el.textContent ?? '');
    } catch {
      continue; // a broken block is one more thing a page may get wrong; the others still count
    }
    ld = ldObjects(parsed).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
    if (ld) break;
  }

  const meta: PageMeta = { authors: [], from };
  /**
   * The first of `candidates` (in the order the sources are trusted) that has a value goes into `meta[key]`,
   * and its source's name into `from[field]`, for the reply to the owner; none: both stay unset.
   */
  const first = (
    key: 'headline' | 'published' | 'canonical' | 'languageTag',
    field: keyof PageMeta['from'],
    candidates: readonly (readonly [value: string | undefined, source: string])[],
  ): void => {
    const hit = candidates.find(([value]) => value);
    if (!hit) return;
    meta[key] = hit[0];
    from[field] = hit[1];
  };

  const ldHeadline = ld ? (text(ld.headline) ?? text(ld.name)) : undefined;
  const ogTitle = metaContent('og:title');
  const h1 = Array.from(doc.querySelectorAll('h1'))
    .map((e) => clean(e.textContent ?? ''))
    .find(Boolean);
  first('headline', 'headline', [
    [ldHeadline, 'JSON-LD'],
    [ogTitle, 'og:title'],
    [h1, '<h1>'],
  ]);

  const ldPublished = ld ? dateOf(text(ld.datePublished)) : undefined;
  const ogPublished = dateOf(metaContent('article:published_time'));
  // Older pages give it as microdata or a plain <meta name="pubdate">.
  const microPublished = dateOf(metaContent('datepublished'));
  const pubdate = dateOf(metaContent('pubdate'));
  first('published', 'published', [
    [ldPublished, 'JSON-LD datePublished'],
    [ogPublished, 'article:published_time'],
    [microPublished, 'itemprop datePublished'],
    [pubdate, 'meta pubdate'],
  ]);
  meta.modified = (ld ? dateOf(text(ld.dateModified)) : undefined) ?? dateOf(metaContent('article:modified_time'));

  if (ld) meta.authors = names(ld.author);
  meta.publisher = ld ? names(ld.publisher)[0] : undefined;
  meta.siteName = metaContent('og:site_name');

  const canonicalLink = Array.from(doc.querySelectorAll('link[rel]')).find((l) =>
    /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''),
  );
  const canonical = articleAddress(httpUrl(canonicalLink?.getAttribute('href'), baseUrl));
  const ogUrl = articleAddress(httpUrl(metaContent('og:url'), baseUrl));
  const ldUrl = ld
    ? articleAddress(
        httpUrl(
          text(ld.url) ??
            (isObject(ld.mainEntityOfPage) ? text(ld.mainEntityOfPage['@id']) : text(ld.mainEntityOfPage)),
          baseUrl,
        ),
      )
    : undefined;
  first('canonical', 'url', [
    [canonical, 'canonical link'],
    [ogUrl, 'og:url'],
    [ldUrl, 'JSON-LD url'],
  ]);

  const lang = clean(doc.documentElement?.getAttribute('lang') ?? '');
  const ldLang = ld ? text(ld.inLanguage) : undefined;
  const ogLocale = metaContent('og:locale');
  first('languageTag', 'language', [
    [lang, '<html lang>'],
    [ldLang, 'JSON-LD inLanguage'],
    [ogLocale, 'og:locale'],
  ]);
  return meta;
}

/** A language tag the corpus knows ("vi-VN" → "vi", "en_US" → "en"); undefined for any other. */
export function corpusLanguage(tag: string | undefined): 'vi' | 'en' | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}
