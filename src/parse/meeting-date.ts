/**
 * When THIS meeting was held, from the sentences that describe it, never more precise than the text:
 *  - a day (or two) as written: Vietnamese forms by hand (src/parse/dates.ts), English through chrono-node;
 *    a day without a year takes the year of the publication date (yearBasis 'publication'), else the year
 *    before the next edition's ('next-edition'), else it stays `undated` for the answers to complete;
 *  - "hôm qua", "today", "on Tuesday", "hôm thứ Ba": resolved against the publication date (dayBasis);
 *  - a month alone ("tháng 6/2012", "in June 2012", "this month"): `month`.
 * The lead's dateline ("WASHINGTON, Oct 1 (Reuters) -") dates the report, not the meeting: it is skipped.
 */
import { fold } from '../text/fold.js';
import type { ParseContext, Sentence } from './context.js';
import { findDates, iso, monthsIn, withYear, type DayMonth } from './dates.js';
import { englishDates } from './english-dates.js';
import { speaksOfDialogue } from './editions.js';
import { hasMeetingVerb, meetingSentences } from './meeting-sentences.js';
import { withoutLeadDateline } from './published.js';
import { relativeDaysIn, resolveDay } from './relative-days.js';
import type { ArticleEvent, EditionMention } from './schema.js';

function foldSameLength(text: string): string {
  const f = fold(text);
  return f.length === text.length ? f : text.toLowerCase();
}

interface DayFound {
  text: string;
  index: number;
  days: DayMonth[];
}

// Matched on folded text (same offsets as the NFC text), so text without diacritics reads alike.
const VERB =
  /dien ra|to chuc|(?<![\p{L}])hop(?![\p{L}])|chu tri|hoi dam|khai mac|tien hanh|held|met\b|took place|convened|co-?chaired|opened|welcomed/giu;
/** "kể từ 2013", "since 2013", "(1995 - 2025)": dates of something else in the same sentence. */
const NOT_MEETING_BEFORE =
  /(?:(?:ke tu(?: khi)?|tu khi|since|nam|nhan dip|anniversary|ky niem|statement|tuyen bo|cho biet|said|thong cao)\s*(?:ngay\s*)?|\d{4}\s*[-–—]\s*)$/iu;

/** "kể từ khi hai nước xác lập quan hệ … vào tháng 7/2013": a date inside a since-clause. */
const SINCE_CLAUSE = /(?:ke tu|tu khi|since)[^,;.]*$/iu;

function daysIn(text: string, language: 'vi' | 'en'): DayFound[] {
  const vi = findDates(text).map((m) => ({ text: m.text, index: text.indexOf(m.text), days: m.days }));
  if (language === 'vi') return vi;
  const en = englishDates(text).filter((d) => d.days.length > 0);
  // chrono for English words; the hand-written rules still read numeric forms ("30.1.2018") chrono leaves.
  const all = [
    ...en,
    ...vi.filter((v) => !en.some((e) => v.index < e.index + e.text.length && e.index < v.index + v.text.length)),
  ];
  return all.sort((a, b) => a.index - b.index);
}

/** Of several candidates in one sentence, the one nearest after a meeting verb, else the first. */
function nearestAfterVerb<T extends { index: number; text: string }>(
  text: string,
  found: T[],
  strict = false,
): T | undefined {
  const ft = foldSameLength(text);
  const usable = found.filter(
    (f) =>
      !NOT_MEETING_BEFORE.test(ft.slice(Math.max(0, f.index - 25), f.index)) &&
      !SINCE_CLAUSE.test(ft.slice(Math.max(0, f.index - 70), f.index)),
  );
  if (usable.length === 0) return undefined;
  if (usable.length === 1 && !strict) return usable[0];
  VERB.lastIndex = 0;
  const verbs: number[] = [];
  for (let m = VERB.exec(ft); m; m = VERB.exec(ft)) verbs.push(m.index);
  let best: T | undefined;
  let gap = Infinity;
  for (const f of usable) {
    for (const v of verbs) {
      if (f.index > v && f.index - v < gap) {
        gap = f.index - v;
        best = f;
      }
    }
  }
  if (strict) return verbs.length > 0 ? (best ?? usable[0]) : undefined;
  return best ?? usable[0];
}

export function meetingDateOf(ctx: ParseContext, mentions: EditionMention[]): ArticleEvent | undefined {
  if (!ctx.aboutDialogue) return undefined;
  const sentences = meetingSentences(ctx);
  const event = (s: Sentence, e: Omit<ArticleEvent, 'paragraph' | 'sentence'>): ArticleEvent => ({
    ...e,
    paragraph: s.paragraph,
    sentence: s.text,
  });

  // 1. A day as written.
  for (const s of sentences) {
    const text = s.paragraph === 0 && s.index === 0 ? withoutLeadDateline(s.text) : s.text;
    // A report is published days after the meeting: a day of another year is an anniversary, a past event.
    const pubYear = ctx.published ? Number(ctx.published.slice(0, 4)) : undefined;
    const plausible = daysIn(text, ctx.language).filter(
      (d) =>
        pubYear === undefined ||
        d.days.every((x) => x.year === undefined || (x.year >= pubYear - 1 && x.year <= pubYear)),
    );
    const found = nearestAfterVerb(text, plausible);
    if (!found) continue;
    const yearGiven = found.days.every((d) => d.year !== undefined);
    if (yearGiven)
      return event(s, {
        dates: found.days.map((d) => iso(d as Required<DayMonth>)),
        text: found.text,
        yearInferred: false,
      });
    let refYear: number | undefined;
    let basis: ArticleEvent['yearBasis'];
    if (ctx.published) {
      refYear = Number(ctx.published.slice(0, 4));
      basis = 'publication';
    } else if (ctx.edition !== undefined) {
      const next = mentions.find((m) => m.edition === (ctx.edition as number) + 1 && m.year !== undefined);
      if (next?.year) {
        refYear = next.year - 1;
        basis = 'next-edition';
      }
    }
    if (refYear === undefined) {
      return event(s, {
        dates: [],
        text: found.text,
        yearInferred: false,
        yearBasis: undefined,
        undated: found.days.map((d) => ({ month: d.month, day: d.day })),
      });
    }
    const dates = found.days.map((d) => iso(withYear(d, refYear, basis === 'publication' ? ctx.published : undefined)));
    return event(s, { dates, text: found.text, yearInferred: true, yearBasis: basis });
  }

  // 2. A day given relative to the publication date.
  if (ctx.published) {
    // Only where the sentence speaks of the meeting: "Happy Friday." opening a briefing dates nothing.
    for (const s of sentences.filter((x) => speaksOfDialogue(x.text) || hasMeetingVerb(x.text))) {
      const rel = nearestAfterVerb(
        s.text,
        relativeDaysIn(s.text).filter((r) => r.kind !== 'this-month'),
      );
      if (!rel) continue;
      const day = resolveDay(rel, ctx.published);
      if (!day) continue;
      return event(s, {
        dates: [day],
        text: rel.text,
        yearInferred: true,
        yearBasis: 'publication',
        dayBasis: rel.kind === 'weekday' ? 'weekday' : 'relative',
      });
    }
  }

  // 3. A month alone.
  for (const s of sentences) {
    const months = [...monthsIn(s.text).map((m) => ({ ...m, index: s.text.indexOf(m.text) }))];
    const m = nearestAfterVerb(s.text, months, true);
    if (m)
      return event(s, {
        dates: [],
        text: m.text,
        yearInferred: false,
        month: `${m.year}-${String(m.month).padStart(2, '0')}`,
      });
    const ref = ctx.published?.slice(0, 7) ?? ctx.issueMonth;
    if (ref) {
      const thisMonth = relativeDaysIn(s.text).find((r) => r.kind === 'this-month');
      if (thisMonth)
        return event(s, { dates: [], text: thisMonth.text, yearInferred: true, yearBasis: 'publication', month: ref });
    }
  }
  return undefined;
}
