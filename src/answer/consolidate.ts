/**
 * Consolidation per edition: the facts of every article about one edition merged into one list per fact.
 * Equal values become one value with all its citations — the same person with or without diacritics, the
 * same place however spelt ("Washington" / "Washington D.C." / "Oa-sinh-tơn", "Hà Nội" / "Hanoi" /
 * "Ha Noi"), the same days — and the value more sources state comes first. Only values that really differ
 * are left side by side, and only they make the answer say "sources differ".
 */
import { paragraphNo } from '../parse/paragraph-no.js';
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
  virtual: 'online',
  virtually: 'online',
  'video conference': 'online',
  'hop truc tuyen': 'online',
};

/** One key for every spelling of a place: "Washington D.C." = "Washington DC" = "Oa-sinh-tơn"; "Hà Nội" = "Hanoi". */
export function placeIdentity(place: string): string {
  let f = fold(place)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  f = f.replace(/^(?:thu do|thanh pho|tp|city of|the city of|tai)\s+/, '');
  f = f.replace(/\s+(?:d\s?c|district of columbia|city)$/, '');
  return (PLACE_ALIASES[f] ?? f).replace(/\s+/g, '');
}

/** The office a title names, as a comparable string: the glossary's English, or the folded title without country words. */
function officeKey(p: PersonValue): string {
  const office = officeOf(p.title, p.side);
  if (office) return office.en.toLowerCase();
  return fold(p.title)
    .replace(/\b(?:viet nam|vietnam|hoa ky|my|u s|us|united states|cua|of|the)\b/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** A name as folded words, initials without their dots: "R. Clarke Cooper" → ["r", "clarke", "cooper"]. */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** One edit that only adds or drops a letter ("Clark" / "Clarke"); a changed letter ("Trung" / "Trang") is another name. */
function oneLetterApart(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1 || s.length < 4) return false;
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

/** Two name words that can be one: equal, an initial and a word it starts, or one letter apart. */
export function wordsFit(a: string, b: string): boolean {
  return a === b || ((a.length === 1 || b.length === 1) && a[0] === b[0]) || oneLetterApart(a, b);
}

/**
 * True when two names can be one person: the same last word (the surname of an American, the given name a
 * Vietnamese official is called by) and every other word of the shorter name found, in order, in the longer
 * one — as itself, as an initial, or one letter apart. "R. Clarke Cooper" = "Clark Cooper" = "Cooper";
 * "Nguyễn Minh Vũ" = "Nguyen Minh Vu"; "Lê Hoài Trung" ≠ "Lê Thị Thu Hằng".
 */
export function sameName(a: string, b: string): boolean {
  return sameNameWords(nameWords(a), nameWords(b));
}

/** `sameName` on names already split by `nameWords` (a caller comparing one name many times splits it once). */
export function sameNameWords(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || !wordsFit(short[short.length - 1] as string, long[long.length - 1] as string)) return false;
  let j = 0;
  for (const w of short.slice(0, -1)) {
    while (j < long.length - 1 && !wordsFit(w, long[j] as string)) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

/**
 * A key per person for one edition's co-chair records: one person is one co-chair whatever the diacritics,
 * initials, small spelling differences or titles the sources give. Names are grouped fullest first, each
 * joining the first group (same side) whose fullest name it fits; the title is no part of the key — the
 * titles are kept as variants of the one person (see `combinePerson`).
 */
export function personKeys(people: readonly PersonValue[]): (p: PersonValue) => string {
  const groups: { side: string; name: string }[] = [];
  const keyOf = new Map<string, string>();
  const id = (p: PersonValue) => `${p.side}|${nameWords(p.name).join(' ')}`;
  const distinct = [...new Map(people.map((p) => [id(p), p])).values()].sort(
    (x, y) => nameWords(y.name).length - nameWords(x.name).length || y.name.length - x.name.length,
  );
  for (const p of distinct) {
    let g = groups.find((x) => x.side === p.side && sameName(x.name, p.name));
    if (!g) groups.push((g = { side: p.side, name: p.name }));
    keyOf.set(id(p), `${g.side}|${nameWords(g.name).join(' ')}`);
  }
  return (p) => keyOf.get(id(p)) ?? id(p);
}

/**
 * One person's records from several sources → one value: the best-spelt name, and the title most sources
 * give (by office, so "Trợ lý Ngoại trưởng" and "Assistant Secretary of State" count together; the fuller
 * wording of that office shown). Every other office a source names stays in `otherTitles`, for the detail.
 */
export function combinePerson(variants: readonly { value: PersonValue; count: number }[]): PersonValue {
  const name =
    [...variants].sort((a, b) => betterSpelling(a.value.name, b.value.name) || b.count - a.count)[0]?.value.name ?? '';
  const offices = new Map<string, { count: number; titles: { title: string; count: number }[] }>();
  for (const v of variants) {
    if (!v.value.title.trim()) continue;
    const k = officeKey(v.value);
    const o = offices.get(k) ?? { count: 0, titles: [] };
    o.count += v.count;
    const t = o.titles.find((x) => x.title === v.value.title);
    if (t) t.count += v.count;
    else o.titles.push({ title: v.value.title, count: v.count });
    offices.set(k, o);
  }
  // A general title ("Trợ lý Ngoại trưởng") counts for the specific office it is a short form of.
  const keys = [...offices.keys()];
  for (const k of keys) {
    const wider = keys.filter((o) => o !== k && o.startsWith(k));
    if (wider.length === 1)
      (offices.get(wider[0] as string) as { count: number }).count += (offices.get(k) as { count: number }).count;
  }
  const ranked = [...offices.entries()].sort((a, b) => b[1].count - a[1].count || b[0].length - a[0].length);
  const titleOf = (o: { titles: { title: string; count: number }[] }) =>
    [...o.titles].sort((a, b) => b.count - a.count || b.title.length - a.title.length)[0]?.title ?? '';
  const title = ranked[0] ? titleOf(ranked[0][1]) : '';
  const shown = ranked[0]?.[0] ?? '';
  const others = ranked
    .slice(1)
    .filter(([k]) => !shown.startsWith(k))
    .map(([, o]) => titleOf(o));
  const side = variants[0]?.value.side ?? 'VN';
  return { name, title, side, ...(others.length ? { otherTitles: others } : {}) };
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
  combine?: (variants: readonly { value: T; count: number }[]) => T,
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
      const best = combine
        ? { value: combine(g.variants) }
        : ([...g.variants].sort((a, b) => b.count - a.count || better(a.value, b.value))[0] as { value: T });
      return { value: best.value, cites: g.cites, supportCount: g.seen.size };
    });
}

/**
 * A key per agency: a short name that only one longer name of the list extends ("Bộ Ngoại giao" →
 * "Bộ Ngoại giao Việt Nam", "Đại sứ quán Hoa Kỳ" → "… tại Hà Nội") is that agency; one that two extend
 * ("Bộ Ngoại giao" with both "… Việt Nam" and "… Hoa Kỳ") stays apart, since it could be either.
 */
export function agencyKeys(names: readonly string[]): (name: string) => string {
  const norm = (n: string) =>
    fold(n)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const all = [...new Set(names.map(norm))];
  return (name) => {
    const f = norm(name);
    const longer = all.filter((g) => g.startsWith(`${f} `));
    return longer.length === 1 ? (longer[0] as string) : f;
  };
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
function yearFromOthers(
  a: Article,
  articles: readonly Article[],
): { year: number; from: Article; event: ArticleEvent } | undefined {
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
    const own = cite(a, paragraphNo(e.paragraph), e.sentence);
    const base = { kind: 'meeting' as const, text: e.text, ...(extras.dayBasis ? { dayBasis: extras.dayBasis } : {}) };
    if (e.dates.length > 0) {
      out.push({
        value: {
          ...base,
          dates: e.dates,
          yearInferred: e.yearInferred,
          ...(e.yearBasis ? { yearBasis: e.yearBasis } : {}),
        },
        cite: own,
      });
      continue;
    }
    const undated = extras.undated ?? [];
    const other = undated.length > 0 ? yearFromOthers(a, articles) : undefined;
    if (other) {
      const days = undated
        .filter((u) => u.day !== undefined)
        .map((u) => `${other.year}-${pad(u.month)}-${pad(u.day as number)}`);
      const fromOther = cite(other.from, paragraphNo(other.event.paragraph), other.event.sentence);
      const same = days.length > 0 && days.join(',') === other.event.dates.join(',');
      if (same) {
        // The other article states this very day with its year: one date, cited by both.
        const o = other.event;
        out.push({
          value: {
            ...base,
            text: o.text,
            dates: o.dates,
            yearInferred: o.yearInferred,
            ...(o.yearBasis ? { yearBasis: o.yearBasis } : {}),
          },
          cite: own,
        });
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
    out.push({
      value: { ...base, dates: [], yearInferred: false, ...(extras.month ? { month: extras.month } : {}) },
      cite: own,
    });
  }
  return out;
}

/**
 * The days several sources give, as one value: a source that states the year (and the day) outweighs any
 * number that infer them, so the answer says "inferred" only when no source states it; then the most-cited.
 */
export function combineDate(variants: readonly { value: DateValue; count: number }[]): DateValue {
  const weight = (d: DateValue) => (d.yearInferred ? 2 : 0) + (d.dayBasis ? 1 : 0);
  return (
    [...variants].sort((a, b) => weight(a.value) - weight(b.value) || b.count - a.count)[0] as { value: DateValue }
  ).value;
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
