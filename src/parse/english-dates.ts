/**
 * English dates through chrono-node, wrapped here so the rest of the parser sees one small shape. chrono
 * reads the many ways English news writes a day ("Jan. 30, 2018", "30 January 2018", "January 22-23, 2015",
 * "Dec. 14–15, 2010", "June 2012") and says which parts the text really gave (`knownValues`), which is what
 * "never more precise than the text" needs: a day without a year keeps no year here. Weekdays and relative
 * days ("on Tuesday", "yesterday") are not taken from chrono: src/parse/relative-days.ts resolves them
 * against the publication date, by one rule for both languages.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { DayMonth } from './dates.js';
import { valid } from './dates.js';

export interface EnglishDate {
  text: string;
  index: number;
  /** One or two days (a range gives its first and last day); [] for a month alone. */
  days: DayMonth[];
  /** A month and year with no day ("in June 2012"). */
  month?: { month: number; year: number };
}

// chrono-node is loaded on the first English date, not at start-up: it is ~900 module files (≈0.2 s), and
// a start served from the parse cache parses nothing.
const requireChrono = createRequire(import.meta.url);
let chronoLib: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  return (chronoLib ??= requireChrono('chrono-node') as typeof Chrono);
}

// A fixed reference: chrono needs one, and nothing here uses the values it would imply from it.
const REF = new Date(Date.UTC(2000, 0, 1));

/** "the 22nd and " / "22 to " just before a day chrono read. */
const DAY_BEFORE = /(?<![\d/.,])(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to(?:\s+the)?|-)\s*(?:the\s+)?$/i;
/** " and 23, 2015" / "-23" just after "January 22" (a day written after its month name). */
const DAY_AFTER = /^\s*(?:and|&|to|-)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d/.:])(?:,?\s+(\d{4})(?!\d))?/i;

type Components = NonNullable<Chrono.ParsedResult['end']>;

/** Only what the text stated (chrono fills the rest from its reference date). */
function known(c: Components): { day?: number; month?: number; year?: number } {
  const get = (k: 'day' | 'month' | 'year') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return { day: get('day'), month: get('month'), year: get('year') };
}

export function englishDates(text: string): EnglishDate[] {
  // chrono reads "14-15" but not "14–15": same length, so offsets stay valid.
  const plain = text.replace(/[–—]/g, '-');
  const out: EnglishDate[] = [];
  for (const r of chrono().en.parse(plain, REF)) {
    const k = known(r.start);
    if (k.month === undefined) continue;
    // "9th" alone, "May" the modal verb: chrono needs a digit next to a month name to count here.
    if (!/\d/.test(r.text)) continue;
    if (k.day !== undefined) {
      const first: DayMonth = { day: k.day, month: k.month, year: k.year };
      if (!valid(first)) continue;
      const days = [first];
      const e = r.end ? known(r.end) : undefined;
      if (e && e.day !== undefined) {
        const last: DayMonth = { day: e.day, month: e.month ?? k.month, year: e.year ?? k.year };
        if (valid(last) && (last.month !== first.month || last.day !== first.day)) days.push(last);
        // "January 22-23, 2015": the year written after the range belongs to both days.
        if (first.year === undefined && last.year !== undefined && e.year !== undefined) first.year = last.year;
      }
      let start = r.index;
      let end = r.index + r.text.length;
      if (days.length === 1) {
        // chrono reads one day of "the 22nd and 23rd of January" / "January 22 and 23, 2015": the other day
        // is written beside it, in the same month. "and" joins two days only when they follow each other.
        const before = DAY_BEFORE.exec(plain.slice(Math.max(0, start - 30), start));
        const after = /^\d/.test(r.text) ? null : DAY_AFTER.exec(plain.slice(end));
        const other = before ?? after;
        if (other) {
          const n = Number(other[1]);
          const joined = /and|&/i.test(other[0]);
          const [a, b] = before ? [n, first.day] : [first.day, n];
          const year = after?.[2] ? Number(after[2]) : first.year;
          const pair: DayMonth[] = [
            { day: a, month: first.month, year },
            { day: b, month: first.month, year },
          ];
          // "the 4th and 19th of March" are not one meeting's days: no day, rather than one of them.
          if (!(b > a && (!joined || b === a + 1) && pair.every(valid))) continue;
          days.splice(0, 1, ...pair);
          if (before) start -= before[0].length;
          else end += (after as RegExpExecArray)[0].length;
        }
      }
      out.push({ text: text.slice(start, end), index: start, days });
    } else if (k.year !== undefined) {
      out.push({
        text: text.slice(r.index, r.index + r.text.length),
        index: r.index,
        days: [],
        month: { month: k.month, year: k.year },
      });
    }
  }
  return out;
}
