/**
 * Dates as Vietnamese and English news write them. Only what the text gives: a day without a year keeps
 * no year unless one is supplied by the caller (publication year), and then it is marked as inferred.
 */

import { fold } from '../text/fold.js';

export interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

export interface DateMention {
  /** The words as written, e.g. "từ ngày 22 tới 23/1". */
  text: string;
  /** One or two days (a range gives its first and last day). */
  days: DayMonth[];
}

/** English month names, lower case (also words that never start a name: parse/people.ts). */
export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_EN = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** 'August', 'aug', 'Sept.' → 8, 8, 9 (0 when no month). */
export function monthEn(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS_EN.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day that exists: 31/2 and 31/4 never do, 29/2 only in a leap year (or when the year is unknown). */
export function valid(d: DayMonth): boolean {
  if (!(d.month >= 1 && d.month <= 12 && d.day >= 1)) return false;
  if (d.year !== undefined && !(d.year >= 1945 && d.year <= 2100)) return false;
  const leap = d.year === undefined || (d.year % 4 === 0 && (d.year % 100 !== 0 || d.year % 400 === 0));
  const max = d.month === 2 && !leap ? 28 : (MONTH_DAYS[d.month - 1] as number);
  return d.day <= max;
}

function year(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

type Rule = { re: RegExp; make: (m: RegExpExecArray) => DayMonth[] };

/** Vietnamese month names as words ("tháng Sáu", "tháng Chạp"); digits are read directly. */
// The Vietnamese rules below are written on folded text (no diacritics, lower case): "tháng Sáu",
// "thang sau" and NFD input read alike. Offsets carry over, since NFC text folds one unit to one.
const VI_MONTH_WORDS: Record<string, number> = {
  'muoi mot': 11,
  'muoi hai': 12,
  chap: 12,
  muoi: 10,
  mot: 1,
  gieng: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
const MONTH_VI = String.raw`(\d{1,2}|muoi\s+(?:mot|hai)|muoi|gieng|chap|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin)(?![\p{L}\d])`;

function monthVi(word: string | undefined): number {
  if (!word) return 0;
  if (/^\d+$/.test(word)) return Number(word);
  return VI_MONTH_WORDS[word.replace(/\s+/g, ' ').trim()] ?? 0;
}

/** Folded, one code unit per code unit of the NFC text (or plain lower case when that cannot hold). */
function foldSameLength(text: string): string {
  const f = fold(text);
  return f.length === text.length ? f : text.toLowerCase();
}

const NB = String.raw`(?<![\d/.-])`;
/** "thứ Hai", "thứ 3", "chủ nhật" before a day: part of the date's words, not a separate fact. */
const WEEKDAY_VI = String.raw`(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*)`;
const RULES: Rule[] = [
  // từ ngày 22 tới 23/1(/2015) · ngày 22-23/1/2015 · 22 và 23/1
  {
    re: new RegExp(
      String.raw`(?:tu\s+)?(?:ngay\s+)?${NB}(\d{1,2})\s*(?:toi|den|-|–|—|va)\s*(?:ngay\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d/])`,
      'giu',
    ),
    make: (m) => [
      { day: Number(m[1]), month: Number(m[3]), year: year(m[4]) },
      { day: Number(m[2]), month: Number(m[3]), year: year(m[4]) },
    ],
  },
  // ngày 22 đến 23 tháng 1 (năm 2015)
  {
    re: new RegExp(
      String.raw`(?:tu\s+)?ngay\s+(\d{1,2})\s*(?:toi|den|-|–|va)\s*(?:ngay\s+)?(\d{1,2})\s+thang\s+${MONTH_VI}(?:\s*(?:nam|,)\s*(\d{4}))?`,
      'giu',
    ),
    make: (m) => [
      { day: Number(m[1]), month: monthVi(m[3]), year: year(m[4]) },
      { day: Number(m[2]), month: monthVi(m[3]), year: year(m[4]) },
    ],
  },
  // (ngày) (thứ Hai) 22 tháng 1 (năm 2015) · 8 tháng Sáu
  {
    re: new RegExp(
      String.raw`(?:ngay\s+)?${WEEKDAY_VI}?(?:ngay\s+)?${NB}(\d{1,2})\s+thang\s+${MONTH_VI}(?:(?:\s*(?:nam|,)\s*|\s+)(\d{4})(?!\d))?`,
      'giu',
    ),
    make: (m) => [{ day: Number(m[1]), month: monthVi(m[2]), year: year(m[3]) }],
  },
  // 22/1/2015 · 22/1 · 22-1-2015 (day first, as Vietnamese writes it)
  {
    re: new RegExp(String.raw`${NB}(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/])`, 'gu'),
    // Month first ("1/30/2018", as US pages write it) only where day first cannot be.
    make: (m) =>
      Number(m[2]) > 12 && Number(m[1]) <= 12 && m[3]
        ? [{ day: Number(m[2]), month: Number(m[1]), year: year(m[3]) }]
        : [{ day: Number(m[1]), month: Number(m[2]), year: year(m[3]) }],
  },
  // January 22-23, 2015 · January 22, 2015
  {
    re: new RegExp(
      String.raw`\b${MONTH_EN}\s+(\d{1,2})(?:\s*(?:-|–|to|and)\s*(\d{1,2}))?(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`,
      'gi',
    ),
    make: (m) => {
      const month = monthEn(m[1] ?? '');
      const y = year(m[4]);
      const first = { day: Number(m[2]), month, year: y };
      return m[3] ? [first, { day: Number(m[3]), month, year: y }] : [first];
    },
  },
  // 22-23 January 2015 · 22 January 2015
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:\s*(?:-|–|to|and)\s*(\d{1,2}))?\s+${MONTH_EN}(?:,?\s+(\d{4}))?\b`, 'gi'),
    make: (m) => {
      const month = monthEn(m[3] ?? '');
      const y = year(m[4]);
      const first = { day: Number(m[1]), month, year: y };
      return m[2] ? [first, { day: Number(m[2]), month, year: y }] : [first];
    },
  },
];

export interface MonthMention {
  text: string;
  month: number;
  year: number;
}

const MONTH_ONLY_VI = new RegExp(
  String.raw`(?<![\d/.-]\s?)(?<!ngay\s+\d{1,2}\s+)(?:trong\s+|vao\s+|hoi\s+)?thang\s+${MONTH_VI}\s*(?:nam\s+|[/-]\s*)(\d{4})(?!\d)`,
  'giu',
);
const MONTH_ONLY_EN = new RegExp(String.raw`(?<!\d\s)\b${MONTH_EN}\s*,?\s+(\d{4})\b`, 'gi');

/** A month and year with no day: "tháng 6/2012", "tháng Sáu năm 2012", "June 2012". */
export function monthsIn(text: string): MonthMention[] {
  const out: MonthMention[] = [];
  const folded = foldSameLength(text);
  for (const [re, en] of [
    [MONTH_ONLY_VI, false],
    [MONTH_ONLY_EN, true],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const month = en ? monthEn(m[1] ?? '') : monthVi(m[1]);
      const y = Number(m[2]);
      if (month >= 1 && month <= 12 && y >= 1945 && y <= 2100)
        out.push({ text: text.slice(m.index, m.index + m[0].length).trim(), month, year: y });
    }
  }
  return out;
}

/** Every date the text gives, leftmost first, overlapping matches resolved in favour of the earlier rule. */
export function findDates(text: string): DateMention[] {
  const found: { start: number; end: number; mention: DateMention }[] = [];
  const folded = foldSameLength(text);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const days = rule.make(m);
      if (!days.every(valid)) continue;
      found.push({ start, end, mention: { text: text.slice(start, end).trim(), days } });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.mention);
}

export function iso(d: Required<DayMonth>): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * A full date (day, month, year) from a dateline, byline or metadata: "Thứ Năm, ngày 01/02/2018 | 08:30",
 * "Friday, 12/19/2025" (month first, as US pages write it: read so when day-first is impossible),
 * "August, 27/2024 - 08:15", "Tháng Sáu 09, 2009", "2 tháng 10 2013", "2019-03-26 17:05:43".
 */
export function fullDateOf(
  text: string,
  /** How a numeric date that reads both ways ("06/07/2020") is read: day first (Vietnamese pages), month first, or not at all. */
  ambiguous: 'day-first' | 'month-first' | 'refuse' = 'day-first',
): string | undefined {
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoMatch) {
    const d = { year: Number(isoMatch[1]), month: Number(isoMatch[2]), day: Number(isoMatch[3]) };
    return valid(d) ? iso(d) : undefined;
  }
  const monthSlash = new RegExp(String.raw`\b${MONTH_EN}\s*,?\s*(\d{1,2})/(\d{4})\b`, 'i').exec(text);
  if (monthSlash) {
    const d = { month: monthEn(monthSlash[1] ?? ''), day: Number(monthSlash[2]), year: Number(monthSlash[3]) };
    if (valid(d)) return iso(d);
  }
  const viMonthFirst = new RegExp(String.raw`thang\s+${MONTH_VI}\s+(\d{1,2}),?\s+(\d{4})`, 'iu').exec(
    foldSameLength(text),
  );
  if (viMonthFirst) {
    const d = { month: monthVi(viMonthFirst[1]), day: Number(viMonthFirst[2]), year: Number(viMonthFirst[3]) };
    if (valid(d)) return iso(d);
  }
  const numeric = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = Number(numeric[3]);
    const dayFirst = { day: a, month: b, year: y };
    const monthFirst = { day: b, month: a, year: y };
    const both = a !== b && valid(dayFirst) && valid(monthFirst);
    if (both && ambiguous === 'refuse') return undefined;
    if (both && ambiguous === 'month-first') return iso(monthFirst);
    if (valid(dayFirst)) return iso(dayFirst);
    if (valid(monthFirst)) return iso(monthFirst);
  }
  for (const mention of findDates(text)) {
    const d = mention.days[0];
    if (d && d.year !== undefined) return iso(d as Required<DayMonth>);
  }
  return undefined;
}

/** Fill a missing year; a day that would fall well after the reference date belongs to the year before. */
export function withYear(d: DayMonth, refYear: number, refIso?: string): Required<DayMonth> {
  if (d.year !== undefined) return d as Required<DayMonth>;
  let y = refYear;
  if (refIso) {
    const candidate = iso({ day: d.day, month: d.month, year: y });
    const ref = Date.parse(refIso);
    if (Date.parse(candidate) - ref > 45 * 86400_000) y -= 1;
  }
  return { ...d, year: y };
}
