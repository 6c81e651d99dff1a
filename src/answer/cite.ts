/** Building citations from articles. */
import { paragraphNo, TITLE, type ParagraphNo } from '../parse/paragraph-no.js';
import type { Article } from '../parse/schema.js';
import type { Citation, Cited, SourceRef } from './types.js';

export function sourceName(a: Article): string | undefined {
  return a.source.attribution ?? a.source.outlet;
}

/** A citation of one sentence of an article: of the title (paragraph 0) or of paragraph k (parse/paragraph-no.ts). */
export function cite(a: Article, paragraph: ParagraphNo, quote: string): Citation {
  return {
    articleId: a.id,
    file: a.file,
    title: a.title,
    paragraph,
    quote,
    source: sourceName(a),
    published: a.published,
    url: a.source.url,
    edition: a.edition,
  };
}

/**
 * A citation of the article's title, naming the article. A text without a headline has none: its display
 * title is the opening of paragraph 1 (schema.ts `titleFromLead`), cited as paragraph 1.
 */
export function titleCite(a: Article): Citation {
  return cite(a, a.titleFromLead ? paragraphNo(0) : TITLE, a.title);
}

export function sourceRef(a: Article): SourceRef {
  return {
    articleId: a.id,
    file: a.file,
    title: a.title,
    source: sourceName(a),
    published: a.published,
    url: a.source.url,
    aboutEdition: a.edition,
  };
}

export const MAX_CITES_PER_FACT = 3;

/** A citation, or (when finding its sentence costs something) how to make it, for the article it quotes. */
export type CiteOrLater = Citation | { articleId: string; make: () => Citation };

/**
 * Group values by a key: equal values share one entry, citing the first few sources and counting all.
 * A deferred citation is made only when it is one of the few shown: an edition reported by thousands of
 * articles costs a key per article, not a sentence search per article.
 */
export function mergeCited<T>(items: { value: T; cite: CiteOrLater }[], key: (v: T) => string): Cited<T>[] {
  const out = new Map<string, Cited<T> & { seen: Set<string> }>();
  const made = (c: CiteOrLater): Citation => ('make' in c ? c.make() : c);
  for (const { value, cite: c } of items) {
    const k = key(value);
    const existing = out.get(k);
    if (existing) {
      if (existing.seen.has(c.articleId)) continue;
      existing.seen.add(c.articleId);
      existing.supportCount++;
      if (existing.cites.length < MAX_CITES_PER_FACT) existing.cites.push(made(c));
    } else out.set(k, { value, cites: [made(c)], supportCount: 1, seen: new Set([c.articleId]) });
  }
  return [...out.values()].map(({ value, cites, supportCount }) => ({ value, cites, supportCount }));
}

/** The citation of an article's best sentence for a topic (found at parse time), if it has one. */
export function topicCite(a: Article, slug: string): Citation | undefined {
  const at = a.topicExcerpts[slug];
  if (!at) return undefined;
  const [p, start, end] = at;
  const quote = (a.paragraphs[p] ?? '').slice(start, end);
  return quote ? cite(a, paragraphNo(p), quote) : undefined;
}
