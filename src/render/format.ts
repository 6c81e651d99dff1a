/** Formatting helpers shared by the renderers: dates and safe text. */
import type { Locale } from '../answer/types.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Dates already formatted, per locale: a reply names a date per citation and source (dozens), and a
 * corpus has few distinct dates; splitting and joining each anew was garbage on every reply.
 */
const FORMATTED: Record<Locale, Map<string, string>> = { vi: new Map(), en: new Map() };
const MAX_FORMATTED = 10_000;

/** "2015-01-22" → "22/01/2015" (vi) or "22 January 2015" (en). */
export function formatDate(iso: string, locale: Locale): string {
  const memo = FORMATTED[locale];
  let out = memo.get(iso);
  if (out !== undefined) return out;
  const [y, m, d] = iso.split('-');
  out = locale === 'en' ? `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}` : `${d}/${m}/${y}`;
  if (memo.size >= MAX_FORMATTED) memo.clear();
  memo.set(iso, out);
  return out;
}

/** "2012-06" → "June 2012" (en) or "06/2012" (vi): a date the text gives only to the month. */
export function formatMonth(ym: string, locale: Locale): string {
  const [y, m] = ym.split('-');
  return locale === 'en' ? `${MONTHS_EN[Number(m) - 1] ?? m} ${y}` : `${m}/${y}`;
}

/** One day or a range of days: "22–23/01/2015", "22–23 January 2015", "30/01/2018 – 02/02/2018". */
export function formatDays(days: readonly string[], locale: Locale): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return '';
  if (first === last) return formatDate(first, locale);
  if (first.slice(0, 7) === last.slice(0, 7)) {
    const f = formatDate(last, locale);
    return locale === 'en' ? `${Number(first.slice(8))}–${f}` : `${first.slice(8)}–${f}`;
  }
  return `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
}

/** Any character `safe` escapes or any start of a mention or link it neutralises. */
const NEEDS_ESCAPE = /[@<\\*_`~|>#[\]]|https?:/i;

/**
 * Make corpus or user text inert in Discord markdown: no formatting, no mentions, no links that hide.
 * allowed_mentions already stops pings; this also stops "@everyone" from even looking like one.
 */
export function safe(text: string): string {
  // Most corpus text has nothing to escape: one scan instead of four replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  // Mentions and links first: once "<", ">" and "#" are escaped their patterns no longer match.
  return text
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>')
    .replace(/https?:\/\//gi, (m) => m.replace('//', '/\u200b/'))
    .replace(/[\\*_`~|>#[\]()-]/g, (c) => (c === '-' || c === '(' || c === ')' ? c : `\\${c}`));
}
