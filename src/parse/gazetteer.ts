/**
 * The places a Vietnam–US dialogue (or a visit around it) is held, each with one canonical spelling and the
 * spellings news uses for it: English, Vietnamese with and without diacritics, Vietnamese transliterations
 * ("Oa-sinh-tơn"). A phrase after "tại" / "in" is a meeting place only when it is one of these: a
 * capitalised word after a preposition is too often a ministry, a sea or an event ("tại Đối thoại").
 */
import { fold } from '../text/fold.js';

export type PlaceKind = 'city' | 'online';

interface Place {
  canonical: string;
  kind: PlaceKind;
  /** Other spellings; each is compared by its key (folded letters and digits only). */
  names: string[];
}

/** A city named by what it is the capital of: "the Vietnamese capital", "the U.S. capital", "thủ đô nước Mỹ". */
function capitalOf(english: string[], vietnamese: string[]): string[] {
  return [...english.flatMap((e) => [`the ${e} capital`, `${e} capital`]), ...vietnamese.map((v) => `thủ đô ${v}`)];
}

// Only where these meetings are held or planned (and a few cities officials meet in): a larger list would
// let a place in passing ("sân bay Biên Hòa", "a port call in Da Nang") pass for the meeting's.
const PLACES: Place[] = [
  {
    canonical: 'Hà Nội',
    kind: 'city',
    names: [
      'Hà Nội',
      'Hanoi',
      'Ha Noi',
      'Thủ đô Hà Nội',
      ...capitalOf(
        ['Vietnamese', 'Vietnam’s', "Vietnam's", 'Viet Nam’s', "Viet Nam's"],
        ['Việt Nam', 'nước Việt Nam', 'nước ta'],
      ),
    ],
  },
  {
    canonical: 'Washington',
    kind: 'city',
    names: [
      'Washington',
      'Washington D.C.',
      'Washington DC',
      'Washington, D.C.',
      'Washington, DC',
      'Oa-sinh-tơn',
      'Oasinhtơn',
      'Oa-sinh-tơn D.C.',
      'Washington D.C',
      'Thủ đô Washington',
      ...capitalOf(['US', 'U.S.', 'American', 'America’s', "America's"], ['Mỹ', 'nước Mỹ', 'Hoa Kỳ']),
    ],
  },
  { canonical: 'online', kind: 'online', names: ['online', 'trực tuyến'] },
  {
    canonical: 'Thành phố Hồ Chí Minh',
    kind: 'city',
    names: [
      'Hồ Chí Minh',
      'TP Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'TP.HCM',
      'TPHCM',
      'Ho Chi Minh City',
      'HCM City',
      'Sài Gòn',
      'Saigon',
    ],
  },
  { canonical: 'Đà Nẵng', kind: 'city', names: ['Da Nang', 'Danang'] },
  { canonical: 'Honolulu', kind: 'city', names: ['Hô-nô-lu-lu', 'Hawaii', 'Ha-oai', 'Ha-oai'] },
  { canonical: 'New York', kind: 'city', names: ['Niu Oóc', 'Niu-oóc', 'New York City'] },
  { canonical: 'Singapore', kind: 'city', names: ['Xin-ga-po', 'Xingapo'] },
];

/** Folded letters and digits only: "Washington, D.C." and "washington dc" share a key. */
export function placeKeyOf(text: string): string {
  return fold(text.normalize('NFC')).replace(/[^a-z0-9]+/g, '');
}

const BY_KEY = new Map<string, Place>();
for (const p of PLACES) for (const n of [p.canonical, ...p.names]) BY_KEY.set(placeKeyOf(n), p);

/** Prefixes that name the kind of place, dropped before the lookup ("thủ đô Hà Nội", "the capital Hanoi"). */
const PREFIX =
  /^(?:thủ đô|thu do|thành phố|thanh pho|tp\.?|tỉnh|tinh|the capital(?: city)?(?: of)?|capital|downtown)\s+/iu;

const SPELLINGS = new Set<string>();
for (const p of PLACES)
  for (const n of [p.canonical, ...p.names])
    SPELLINGS.add(
      n
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ''),
    );

/** Written with diacritics, a place must be one of its spellings: "Nhà Trắng" (the White House) is not Nha Trang. */
function spelledSo(text: string): boolean {
  const exact = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return exact === fold(exact) || SPELLINGS.has(exact);
}

function lookup(text: string): Place | undefined {
  const t = text.trim().replace(/[.,;:]+$/, '');
  const bare = t.replace(PREFIX, '');
  const hit = BY_KEY.get(placeKeyOf(t)) ?? BY_KEY.get(placeKeyOf(bare));
  if (!hit) return undefined;
  return spelledSo(t) || spelledSo(bare) ? hit : undefined;
}

/** The canonical spelling of a known place ("Hanoi" → "Hà Nội", "Washington D.C." → "Washington"), or undefined. */
export function canonicalPlace(text: string): string | undefined {
  return lookup(text)?.canonical;
}

export function placeKind(canonical: string): PlaceKind | undefined {
  return lookup(canonical)?.kind;
}

/** Folded first words of every spelling: most words start no place, and are rejected by one lookup. */
const FIRST_WORDS = new Set<string>();
for (const p of PLACES)
  for (const n of [p.canonical, ...p.names]) FIRST_WORDS.add(fold(n).split(/[\s,.-]+/)[0] as string);
for (const w of ['thu', 'thanh', 'tp', 'tp.', 'tinh', 'the', 'capital', 'downtown']) FIRST_WORDS.add(w);

/**
 * The longest known place at the start of `words` (a run of words after "tại" / "in"), with how many words
 * it took: "Washington, D.C. on Monday" → Washington, 2 words.
 */
export function placeAtStart(words: string[]): { place: string; kind: PlaceKind; length: number } | undefined {
  const first = fold(words[0] ?? '').split(/[\s,.-]+/)[0] as string;
  if (!FIRST_WORDS.has(first)) return undefined;
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const p = lookup(words.slice(0, n).join(' '));
    if (p) return { place: p.canonical, kind: p.kind, length: n };
  }
  return undefined;
}
