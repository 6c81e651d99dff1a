/**
 * The publication date: the librarian's metadata first, else a stamp line (above or under the headline, or
 * closing the article, "Thứ sáu, 31/3/2023, 10:05 (GMT+7)"), else a byline ("By VNA April 1, 2023", "Posted
 * on August 5, 2016 by …"), else a lead dateline with a year ("WASHINGTON, January 31, 2018 —").
 */
import { fullDateOf as fullDate, monthEn } from './dates.js';
import type { Layout } from './layout.js';
import type { Article, ArticleMeta } from './schema.js';

const LEAD_DATELINE =
  /^[\p{Lu}][\p{L} .,'’-]{1,40},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*(?:\([^()]{1,30}\))?\s*[-–—:]+\s*/u;

/** A full date closing a headline after a dash or a bar. */
const HEADLINE_DATE = /\s[-–—|]\s*([\p{L}\d][\p{L}\d.,/ ]{5,28}\d{4})\s*$/u;

export function publishedOf(
  layout: Layout,
  meta?: ArticleMeta,
  language: 'vi' | 'en' = 'vi',
): { published?: string; publishedFrom?: Article['publishedFrom'] } {
  if (meta?.published) return { published: meta.published, publishedFrom: 'metadata' };
  const fullDateOf = (text: string) => (language === 'en' ? englishPageDate(text, layout) : fullDate(text));
  for (const line of [...layout.datelines, ...layout.bylines]) {
    const d = fullDateOf(line);
    if (d) return { published: d, publishedFrom: 'dateline' };
  }
  const lead = LEAD_DATELINE.exec(layout.paragraphs[0] ?? '');
  if (lead) {
    const d = fullDateOf(lead[0]);
    if (d) return { published: d, publishedFrom: 'dateline' };
  }
  // "Department Press Briefing – March 31, 2023": a briefing's or a bulletin's headline closed by its date.
  for (const line of [...(layout.titleFromLead ? [] : [layout.title]), ...layout.headLines]) {
    const closing = HEADLINE_DATE.exec(line);
    const d = closing ? fullDateOf(closing[1] as string) : undefined;
    if (d) return { published: d, publishedFrom: 'dateline' };
  }
  return {};
}

/** Months an English article names in words ("on August 3", "Sept. 30"), capitalised as months are. */
const MONTH_WORD =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)|(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)(?![\p{L}])/gu;
function namedMonths(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const p of paragraphs)
    for (const m of p.matchAll(MONTH_WORD)) {
      const n = monthEn(m[1] ?? m[2] ?? '');
      if (n) out.add(n);
    }
  return out;
}

/**
 * A date on an English page. "04-08-2016" is 4 August on a Vietnamese outlet's English edition and 8 April on
 * an American page: a numeric date that reads both ways takes the reading whose month the article names in
 * words ("… on August 3"), and dates nothing when the words confirm neither or both (never a guess).
 */
function englishPageDate(text: string, layout: Layout): string | undefined {
  const sure = fullDate(text, 'refuse');
  if (sure) return sure;
  const dayFirst = fullDate(text, 'day-first');
  const monthFirst = fullDate(text, 'month-first');
  if (!dayFirst || !monthFirst || dayFirst === monthFirst) return undefined;
  const named = namedMonths(layout.paragraphs);
  const month = (iso: string) => Number(iso.slice(5, 7));
  const dm = named.has(month(dayFirst));
  const md = named.has(month(monthFirst));
  return dm === md ? undefined : dm ? dayFirst : monthFirst;
}

/** The dateline at the head of a lead, which dates the report, not the meeting: removed before reading dates. */
export function withoutLeadDateline(sentence: string): string {
  return sentence
    .replace(LEAD_DATELINE, '')
    .replace(/^[\p{Lu}][\p{L} .'’-]{1,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^()]{1,30}\)\s*[-–—]+\s*/u, '');
}
