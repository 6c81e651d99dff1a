/**
 * A glossary of the offices these reports name, Vietnamese ↔ English, so that a reply gives a co-chair's
 * title in the reply's language ("Thứ trưởng Bộ Ngoại giao" ↔ "Deputy Minister of Foreign Affairs"). The
 * quote keeps the article's own wording; only the reply's own sentence uses the glossary.
 *
 * Entries are tried in order, most specific first, against the folded title (no diacritics, lower case).
 * A title no entry knows is shown as the article wrote it: never a guessed translation.
 */
import type { Locale } from '../answer/types.js';
import type { Side } from '../parse/people.js';
import { fold } from '../text/fold.js';

interface Office {
  /** Folded Vietnamese and English forms that name this office (regular expressions on folded text). */
  match: RegExp;
  vi: string;
  en: string;
  /** Only for one side: "Thứ trưởng Ngoại giao" is a Deputy Minister in Hà Nội but an Under Secretary in Washington. */
  side?: Side;
}

export const OFFICES: readonly Office[] = [
  {
    match:
      /thu truong thuong truc bo ngoai giao|thu truong ngoai giao thuong truc|permanent (?:deputy|vice) (?:foreign )?minister/,
    vi: 'Thứ trưởng Thường trực Bộ Ngoại giao',
    en: 'Permanent Deputy Minister of Foreign Affairs',
    side: 'VN',
  },
  {
    match: /thu truong (?:bo )?quoc phong|(?:deputy|vice) (?:minister of (?:national )?defen[cs]e|defen[cs]e minister)/,
    vi: 'Thứ trưởng Bộ Quốc phòng',
    en: 'Deputy Minister of National Defence',
    side: 'VN',
  },
  {
    match: /thu truong (?:bo )?cong an|(?:deputy|vice) minister of public security/,
    vi: 'Thứ trưởng Bộ Công an',
    en: 'Deputy Minister of Public Security',
    side: 'VN',
  },
  {
    match: /thu truong (?:bo )?ngoai giao|(?:deputy|vice)[ -](?:minister of foreign affairs|foreign minister)/,
    vi: 'Thứ trưởng Bộ Ngoại giao',
    en: 'Deputy Minister of Foreign Affairs',
    side: 'VN',
  },
  {
    match:
      /thu truong (?:bo )?ngoai giao|under secretary of state|under secretary for (?:arms control|political affairs)/,
    vi: 'Thứ trưởng Ngoại giao',
    en: 'Under Secretary of State',
    side: 'US',
  },
  {
    match: /pho tro ly ngoai truong thu nhat|principal deputy assistant secretary(?: of state)?/,
    vi: 'Phó Trợ lý Ngoại trưởng thứ nhất',
    en: 'Principal Deputy Assistant Secretary of State',
    side: 'US',
  },
  {
    match: /quyen tro ly ngoai truong|acting assistant secretary(?: of state)?/,
    vi: 'Quyền Trợ lý Ngoại trưởng',
    en: 'Acting Assistant Secretary of State',
    side: 'US',
  },
  {
    match: /pho tro ly bo truong quoc phong|deputy assistant secretary of defen[cs]e/,
    vi: 'Phó Trợ lý Bộ trưởng Quốc phòng',
    en: 'Deputy Assistant Secretary of Defense',
    side: 'US',
  },
  {
    match: /pho tro ly ngoai truong|deputy assistant secretary(?: of state)?/,
    vi: 'Phó Trợ lý Ngoại trưởng',
    en: 'Deputy Assistant Secretary of State',
    side: 'US',
  },
  {
    match:
      /tro ly ngoai truong (?:\S+ )*?phu trach (?:cac )?van de chinh tri ?-? ?quan su|assistant secretary(?: of state)? for (?:the bureau of )?political-? ?military affairs/,
    vi: 'Trợ lý Ngoại trưởng phụ trách các vấn đề chính trị – quân sự',
    en: 'Assistant Secretary of State for Political-Military Affairs',
    side: 'US',
  },
  {
    match: /tro ly ngoai truong|assistant secretary of state/,
    vi: 'Trợ lý Ngoại trưởng',
    en: 'Assistant Secretary of State',
    side: 'US',
  },
  {
    match: /quan chuc cap cao|senior bureau official/,
    vi: 'Quan chức cấp cao',
    en: 'Senior Bureau Official',
    side: 'US',
  },
  { match: /dai su|ambassador/, vi: 'Đại sứ', en: 'Ambassador' },
];

/** The glossary entry for a title, if any (respecting an entry's side). */
export function officeOf(title: string, side?: Side): Office | undefined {
  const f = ` ${fold(title)
    .replace(/[^a-z0-9-]+/g, ' ')
    .trim()} `;
  return OFFICES.find((o) => (o.side === undefined || side === undefined || o.side === side) && o.match.test(f));
}

/** A co-chair's title in the reply's language: the glossary's wording, or the title as written when unknown. */
export function titleIn(title: string, side: Side | undefined, locale: Locale): string {
  const office = officeOf(title, side);
  return office ? office[locale] : title.trim();
}
