/**
 * Consolidation per edition: the facts of every article about one edition merged into one list per fact.
 * Equal values become one value with all its citations — the same person with or without diacritics, the
 * same place however spelt ("Washington" / "Washington D.C." / "Oa-sinh-tơn", "Hà Nội" / "Hanoi" /
 * "Ha Noi"), the same days — and the value more sources state comes first. Only values that really differ
 * are left side by side, and only they make the answer say "sources differ".
 */
import type { Article, ArticleEvent } from '../parse/schema.js';
import { officeOf } from '../i18n/offices.js';
import { fold, hasDiacritics } from '../text/fold.js';
import { MAX_CITES_PER_FACT, cite, type CiteOrLater } from './cite.js';
import type { Citation, Cited, DateValue, PersonValue } from './types.js';

/** Spellings of one place, folded, → one key. Transliterations and "the capital" words included. */
const PLACE_ALIASES: Record<string, string> = {
  'oa sinh ton': 'washington',
  'hoa thinh don': 'washington',
  hanoi: 'ha noi',
  'truc tuyen': 'online',
  'hinh thuc truc tuyen': 'online',
  'virtual': 'online',
  'virtually': 'online',
  'video conference': 'online',
  'hop truc tuyen': 'online',
};

/** One key for every spelling of a place: "Washington D.C." = "Washington DC" = "Oa-sinh-tơn"; "Hà Nội" = "Hanoi". */
export function placeIdentity(place: string): string {
  let f = fold(place).replace(/[^a-z0-9]+/g, ' ').trim();
  f = f.replace(/^(?:thu do|thanh pho|tp|city of|the city of|tai)\s+/, '');
  f = f.replace(/\s+(?:d\s?c|district of columbia|city)$/, '');
  return (PLACE_ALIASES[f] ?? f).replace(/\s+/g, '');
}

/** The office a title names, as a comparable string: the glossary's English, or the folded title without country words. */
function officeKey(p: PersonValue): string {
  const office = officeOf(p.title, p.side);
  if (office) return office.en.toLowerCase();
  return fold(p.title).replace(/\b(?:viet nam|vietnam|hoa ky|my|u s|us|united states|cua|of|the)\b/g, ' ').replace(/[^a-z]+/g, ' ').trim();
}

const nameOf = (p: PersonValue) => `${p.side}|${fold(p.name).replace(/[^a-z]/g, '')}`;

/**
 * A key per person and office for one edition's co-chair records, whatever the diacritics or the wording
 * of the title. A less specific title is the same office as a more specific one ("Trợ lý Ngoại trưởng" and
 * "Assistant Secretary of State for Political-Military Affairs"; no title at all and any title), but two
 * different offices for one person ("Trợ lý Ngoại trưởng" and "Phó Trợ lý Ngoại trưởng thứ nhất") are a
 * real disagreement between the sources and stay apart.
 */
export function personKeys(people: readonly PersonValue[]): (p: PersonValue) => string {
  const offices = new Map<string, Set<string>>();
  for (const p of people) {
    const set = offices.get(nameOf(p)) ?? new Set<string>();
    set.add(officeKey(p));
    offices.set(nameOf(p), set);
  }
  return (p) => {
    const own = officeKey(p);
    const known = [...(offices.get(nameOf(p)) ?? [])];
    // The most specific office this one is a general form of (itself when none is).
    const specific = known.filter((o) => o.startsWith(own)).sort((x, y) => y.length - x.length);
    const fits = specific.filter((o) => specific.every((x) => x.startsWith(o) || o.startsWith(x)));
    return `${nameOf(p)}|${fits[0] ?? own}`;
  };
}

/**
 * Merge items with equal keys: one value, the citations of its first few sources, the count of all.
 * The value shown is the best-written variant (`better` decides; by default the one more sources use).
 * The result is ranked: the value more sources state first, then in corpus order.
 */
export function consolidate<T>(
  items: readonly { value: T; cite: CiteOrLater }[],
  key: (v: T) => string,
  better: (a: T, b: T) => number = () => 0,
): Cited<T>[] {
  interface Group {
    variants: { value: T; count: number }[];
    cites: Citation[];
    seen: Set<string>;
    order: number;
  }
  const groups = new Map<string, Group>();
  const made = (c: CiteOrLater): Citation => ('make' in c ? c.make() : c);
  for (const { value, cite: c } of items) {
    const k = key(value);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { variants: [], cites: [], seen: new Set(), order: groups.size }));
    if (g.seen.has(c.articleId)) continue;
    g.seen.add(c.articleId);
    const variant = g.variants.find((v) => JSON.stringify(v.value) === JSON.stringify(value));
    if (variant) variant.count++;
    else g.variants.push({ value, count: 1 });
    if (g.cites.length < MAX_CITES_PER_FACT) g.cites.push(made(c));
  }
  return [...groups.values()]
    .sort((a, b) => b.seen.size - a.seen.size || a.order - b.order)
    .map((g) => {
      const best = [...g.variants].sort((a, b) => b.count - a.count || better(a.value, b.value))[0] as { value: T };
      return { value: best.value, cites: g.cites, supportCount: g.seen.size };
    });
}

/** Prefer a name or place written with its diacritics ("Hà Kim Ngọc" over "Ha Kim Ngoc"), then the longer. */
export function betterSpelling(a: string, b: string): number {
  return Number(hasDiacritics(b)) - Number(hasDiacritics(a)) || b.length - a.length;
}

/** Of two records of one person: the better-spelt name, then the fuller title. */
export function betterPerson(a: PersonValue, b: PersonValue): number {
  return betterSpelling(a.name, b.name) || b.title.length - a.title.length;
}

/** The event fields the extraction may add: days as written with no year, a month only, a resolved weekday. */
interface EventExtras {
  undated?: { month: number; day?: number }[];
  month?: string;
  dayBasis?: 'weekday' | 'relative';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A year some other article about the edition states for the meeting (a stated year before an inferred one). */
function yearFromOthers(a: Article, articles: readonly Article[]): { year: number; from: Article; event: ArticleEvent } | undefined {
  const dated = articles.filter((o) => o.id !== a.id && o.event && o.event.dates.length > 0);
  const pick = dated.find((o) => !o.event?.yearInferred) ?? dated[0];
  const event = pick?.event;
  const first = event?.dates[0];
  return pick && event && first ? { year: Number(first.slice(0, 4)), from: pick, event } : undefined;
}

/**
 * The meeting dates of an edition's articles, one item per article (two for a date whose year another
 * article gives: it cites both). Merge the result with `consolidate(items, dateKey)`.
 */
export function meetingDateItems(articles: readonly Article[]): { value: DateValue; cite: Citation }[] {
  const out: { value: DateValue; cite: Citation }[] = [];
  for (const a of articles) {
    const e = a.event;
    if (!e) continue;
    const extras = e as ArticleEvent & EventExtras;
    const own = cite(a, e.paragraph, e.sentence);
    const base = { kind: 'meeting' as const, text: e.text, ...(extras.dayBasis ? { dayBasis: extras.dayBasis } : {}) };
    if (e.dates.length > 0) {
      out.push({ value: { ...base, dates: e.dates, yearInferred: e.yearInferred, ...(e.yearBasis ? { yearBasis: e.yearBasis } : {}) }, cite: own });
      continue;
    }
    const undated = extras.undated ?? [];
    const other = undated.length > 0 ? yearFromOthers(a, articles) : undefined;
    if (other) {
      const days = undated.filter((u) => u.day !== undefined).map((u) => `${other.year}-${pad(u.month)}-${pad(u.day as number)}`);
      const fromOther = cite(other.from, other.event.paragraph, other.event.sentence);
      const same = days.length > 0 && days.join(',') === other.event.dates.join(',');
      if (same) {
        // The other article states this very day with its year: one date, cited by both.
        const o = other.event;
        out.push({ value: { ...base, text: o.text, dates: o.dates, yearInferred: o.yearInferred, ...(o.yearBasis ? { yearBasis: o.yearBasis } : {}) }, cite: own });
      } else if (days.length > 0) {
        const value: DateValue = { ...base, dates: days, yearInferred: true, yearBasis: 'other-article' };
        out.push({ value, cite: own }, { value, cite: fromOther });
      } else {
        const month = `${other.year}-${pad(undated[0]?.month ?? 1)}`;
        const value: DateValue = { ...base, dates: [], month, yearInferred: true, yearBasis: 'other-article' };
        out.push({ value, cite: own }, { value, cite: fromOther });
      }
      continue;
    }
    out.push({ value: { ...base, dates: [], yearInferred: false, ...(extras.month ? { month: extras.month } : {}) }, cite: own });
  }
  return out;
}

/** Equal dates share a key: the same days, or the same month, or (yearless) the same words. */
export function dateKey(d: DateValue): string {
  return `${d.kind}|${d.dates.join(',') || d.month || d.year || fold(d.text ?? '')}`;
}

/** True when two stated meeting dates cannot both be right: their days do not overlap at all. */
export function datesDiffer(values: readonly DateValue[]): boolean {
  const sets = values.filter((d) => d.kind === 'meeting' && d.dates.length > 0).map((d) => new Set(d.dates));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      if (![...(sets[i] as Set<string>)].some((d) => sets[j]?.has(d))) return true;
    }
  }
  return false;
}
