/**
 * Dates as Vietnamese and English news write them. Only what the text gives: a day without a year keeps
 * no year unless one is supplied by the caller (publication year), and then it is marked as inferred.
 */

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

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_EN = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

function monthEn(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS_EN.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

function valid(d: DayMonth): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 && (d.year === undefined || (d.year >= 1945 && d.year <= 2100));
}

function year(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

type Rule = { re: RegExp; make: (m: RegExpExecArray) => DayMonth[] };

const NB = String.raw`(?<![\d/.-])`;
const RULES: Rule[] = [
  // từ ngày 22 tới 23/1(/2015) · ngày 22-23/1/2015 · 22 và 23/1
  {
    re: new RegExp(String.raw`(?:từ\s+)?(?:ngày\s+)?${NB}(\d{1,2})\s*(?:tới|đến|-|–|—|và)\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d/])`, 'giu'),
    make: (m) => [
      { day: Number(m[1]), month: Number(m[3]), year: year(m[4]) },
      { day: Number(m[2]), month: Number(m[3]), year: year(m[4]) },
    ],
  },
  // ngày 22 đến 23 tháng 1 (năm 2015)
  {
    re: /(?:từ\s+)?ngày\s+(\d{1,2})\s*(?:tới|đến|-|–|và)\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/giu,
    make: (m) => [
      { day: Number(m[1]), month: Number(m[3]), year: year(m[4]) },
      { day: Number(m[2]), month: Number(m[3]), year: year(m[4]) },
    ],
  },
  // ngày 22 tháng 1 (năm 2015)
  {
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/giu,
    make: (m) => [{ day: Number(m[1]), month: Number(m[2]), year: year(m[3]) }],
  },
  // 22/1/2015 · 22/1 · 22-1-2015 (day first, as Vietnamese writes it)
  {
    re: new RegExp(String.raw`${NB}(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/])`, 'gu'),
    make: (m) => [{ day: Number(m[1]), month: Number(m[2]), year: year(m[3]) }],
  },
  // January 22-23, 2015 · January 22, 2015
  {
    re: new RegExp(String.raw`\b${MONTH_EN}\s+(\d{1,2})(?:\s*(?:-|–|to|and)\s*(\d{1,2}))?(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, 'gi'),
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

/** Every date the text gives, leftmost first, overlapping matches resolved in favour of the earlier rule. */
export function findDates(text: string): DateMention[] {
  const found: { start: number; end: number; mention: DateMention }[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const days = rule.make(m);
      if (!days.every(valid)) continue;
      found.push({ start, end, mention: { text: m[0].trim(), days } });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.mention);
}

export function iso(d: Required<DayMonth>): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** A full date (day, month, year) from a dateline or metadata: "Thứ Năm, ngày 01/02/2018 | 08:30" → 2018-02-01. */
export function fullDateOf(text: string): string | undefined {
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoMatch) {
    const d = { year: Number(isoMatch[1]), month: Number(isoMatch[2]), day: Number(isoMatch[3]) };
    return valid(d) ? iso(d) : undefined;
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
