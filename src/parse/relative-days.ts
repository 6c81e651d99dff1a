/**
 * Days the text gives only relative to when it was written: "hôm nay", "chiều nay", "hôm qua", "today",
 * "yesterday", "hôm thứ Ba", "vào ngày thứ Hai", "on Tuesday", "last Wednesday", and "this month" / "tháng
 * này". They are resolved against the publication date (a report speaks of a meeting already held: a weekday
 * is the latest such day on or before it; "last Wednesday" is strictly before it). Without a publication
 * date they resolve to nothing.
 */
import { fold } from '../text/fold.js';

export interface RelativeDay {
  text: string;
  index: number;
  kind: 'relative' | 'weekday' | 'this-month';
  /** Days before the reference (relative), or the weekday 0 = Sunday … 6 = Saturday. */
  offset?: number;
  weekday?: number;
  strictlyBefore?: boolean;
}

// Folded text, so "hom qua" and "hôm qua" read alike; offsets stay those of the original (one code unit each).
const VI_RELATIVE =
  /(?<![\p{L}])(?:(hom nay|sang nay|chieu nay|toi nay|trua nay|dem nay)|(hom qua|toi qua|dem qua|sang qua|chieu qua)|(hom kia))(?![\p{L}])/gu;
const EN_RELATIVE =
  /\b(?:(today|tonight|this morning|this afternoon|this evening|earlier today)|(yesterday|last night))\b/gi;
const VI_WEEKDAY =
  /(?<![\p{L}])(?:hom|vao|ngay|sang|chieu|toi|trua|dem|hoi)\s+(?:ngay\s+)?(thu\s+(hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)(?![\p{L}])/gu;
const EN_WEEKDAY = /\b(last\s+|this past\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const THIS_MONTH = /\b(?:earlier\s+)?this month\b|(?<![\p{L}])(?:dau\s+|trong\s+)?thang nay(?![\p{L}])/giu;

const VI_DAY: Record<string, number> = {
  hai: 1,
  ba: 2,
  tu: 3,
  nam: 4,
  sau: 5,
  bay: 6,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};
const EN_DAY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Same-length fold: NFC text folds one code unit to one here (đ → d, ê → e). */
function foldSameLength(text: string): string {
  const f = fold(text);
  return f.length === text.length ? f : text.toLowerCase();
}

export function relativeDaysIn(text: string): RelativeDay[] {
  const f = foldSameLength(text.normalize('NFC'));
  const out: RelativeDay[] = [];
  for (const re of [VI_RELATIVE, EN_RELATIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      out.push({
        text: text.slice(m.index, m.index + m[0].length),
        index: m.index,
        kind: 'relative',
        offset: m[1] ? 0 : m[2] ? 1 : 2,
      });
    }
  }
  VI_WEEKDAY.lastIndex = 0;
  for (let m = VI_WEEKDAY.exec(f); m; m = VI_WEEKDAY.exec(f)) {
    const wd = m[1]?.startsWith('chu') ? 0 : VI_DAY[m[2] ?? ''];
    if (wd !== undefined)
      out.push({ text: text.slice(m.index, m.index + m[0].length), index: m.index, kind: 'weekday', weekday: wd });
  }
  EN_WEEKDAY.lastIndex = 0;
  for (let m = EN_WEEKDAY.exec(text); m; m = EN_WEEKDAY.exec(text)) {
    out.push({
      text: m[0],
      index: m.index,
      kind: 'weekday',
      weekday: EN_DAY.indexOf((m[2] ?? '').toLowerCase()),
      strictlyBefore: m[1] !== undefined,
    });
  }
  THIS_MONTH.lastIndex = 0;
  for (let m = THIS_MONTH.exec(f); m; m = THIS_MONTH.exec(f))
    out.push({ text: text.slice(m.index, m.index + m[0].length), index: m.index, kind: 'this-month' });
  return out.sort((a, b) => a.index - b.index);
}

/** The ISO day a relative day names, given the publication date (YYYY-MM-DD). */
export function resolveDay(r: RelativeDay, published: string): string | undefined {
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const ref = Date.UTC(y, m - 1, d);
  let back: number;
  if (r.kind === 'relative') back = r.offset ?? 0;
  else if (r.kind === 'weekday' && r.weekday !== undefined && r.weekday >= 0) {
    back = (new Date(ref).getUTCDay() - r.weekday + 7) % 7;
    if (back === 0 && r.strictlyBefore) back = 7;
  } else return undefined;
  return new Date(ref - back * 86400_000).toISOString().slice(0, 10);
}
