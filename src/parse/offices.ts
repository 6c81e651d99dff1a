/**
 * The lexicon of offices that lead these dialogues (and those of the officials around them), in both
 * languages, each with a rank (who is the most senior when a sentence names several of one side) and the
 * side the office itself implies, if any. Matched on folded words, so text with or without diacritics reads
 * alike. Longer entries win over their prefixes ("Phó Trợ lý Ngoại trưởng" over "Trợ lý Ngoại trưởng").
 */
import type { Side } from './people-types.js';

export interface Office {
  /** Folded words, e.g. "pho tro ly ngoai truong". */
  words: string[];
  rank: number;
  side?: Side;
  /** A head of state or government, or a party leader: named around a dialogue, never its co-chair. */
  leader?: boolean;
}

const RAW: [string, number, Side?][] = [
  // Vietnamese
  ['pho thu tuong', 10, 'VN'],
  ['bo truong ngoai giao', 9],
  ['bo truong quoc phong', 9],
  ['bo truong', 9],
  ['ngoai truong', 9, 'US'],
  // Vietnamese papers also call a US Under Secretary "Thứ trưởng": no side from the office alone.
  ['thu truong thuong truc', 8, 'VN'],
  ['thu truong', 7],
  ['quyen tro ly ngoai truong', 6, 'US'],
  ['tro ly ngoai truong', 6, 'US'],
  // The overseas press: "phụ tá ngoại trưởng" for an Assistant Secretary of State.
  ['phu ta ngoai truong', 6, 'US'],
  ['pho tro ly ngoai truong thu nhat', 5.5, 'US'],
  ['pho tro ly ngoai truong', 5, 'US'],
  ['quyen pho tro ly ngoai truong', 5, 'US'],
  ['tro ly bo truong', 6, 'US'],
  ['pho tro ly bo truong', 5, 'US'],
  ['thu truong ngoai giao', 7],
  ['quan chuc cap cao', 5.5, 'US'],
  ['dai su', 4],
  ['dai tuong', 8, 'VN'],
  ['thuong tuong', 7, 'VN'],
  ['trung tuong', 6, 'VN'],
  ['thieu tuong', 5, 'VN'],
  ['tong tham muu truong', 8, 'VN'],
  ['vu truong', 3, 'VN'],
  ['pho vu truong', 2, 'VN'],
  ['cuc truong', 3, 'VN'],
  ['pho cuc truong', 2, 'VN'],
  ['dai bien lam thoi', 3, 'US'],
  // English
  ['deputy prime minister', 10, 'VN'],
  ['secretary of state', 10, 'US'],
  ['deputy secretary of state', 9, 'US'],
  ['deputy secretary', 9, 'US'],
  ['foreign minister', 9, 'VN'],
  ['minister', 9],
  ['permanent deputy foreign minister', 8, 'VN'],
  ['permanent deputy minister', 8, 'VN'],
  ['deputy foreign minister', 7, 'VN'],
  ['standing deputy foreign minister', 8, 'VN'],
  ['standing vice foreign minister', 8, 'VN'],
  ['standing deputy minister', 8, 'VN'],
  ['deputy fm', 7, 'VN'],
  ['vice fm', 7, 'VN'],
  ['deputy minister of foreign affairs', 7, 'VN'],
  ['vice minister of foreign affairs', 7, 'VN'],
  ['vice foreign minister', 7, 'VN'],
  ['deputy minister', 7, 'VN'],
  ['vice minister', 7, 'VN'],
  ['vice-minister', 7, 'VN'],
  ['deputy-minister', 7, 'VN'],
  ['vice-minister of foreign affairs', 7, 'VN'],
  ['deputy-minister of foreign affairs', 7, 'VN'],
  ['deputy defense minister', 7, 'VN'],
  ['deputy defence minister', 7, 'VN'],
  ['deputy minister of national defense', 7, 'VN'],
  ['deputy minister of national defence', 7, 'VN'],
  ['under secretary', 8, 'US'],
  ['acting under secretary', 8, 'US'],
  ['assistant secretary', 6, 'US'],
  ['acting assistant secretary', 6, 'US'],
  ['principal deputy assistant secretary', 5.5, 'US'],
  ['acting principal deputy assistant secretary', 5.5, 'US'],
  ['deputy assistant secretary', 5, 'US'],
  ['senior bureau official', 5.5, 'US'],
  ['ambassador', 4],
  ['charge d affaires', 3, 'US'],
  ['general', 6],
  ['senior lieutenant general', 7, 'VN'],
  ['lieutenant general', 6],
  ['major general', 5],
  ['admiral', 6],
  ['director general', 3, 'VN'],
  ['director', 3],
  ['tong cuc truong', 4, 'VN'],
  // Abbreviated military ranks ("Sen. Lt. Gen.", "Lieut. Gen."): the tokenizer drops their full stops.
  ['gen', 6],
  ['lt gen', 6],
  ['lieut gen', 6],
  ['sen lt gen', 7, 'VN'],
  ['sen lieut gen', 7, 'VN'],
  ['maj gen', 5],
  ['rear admiral', 5],
  ['vice admiral', 6],
  ['adm', 6],
  ['senior official', 5, 'US'],
];

/** Leaders above the dialogue (it is held at deputy-minister level): recognised so they are never taken for a co-chair. */
const LEADERS: [string, Side?][] = [
  ['thu tuong', 'VN'],
  ['thu tuong chinh phu', 'VN'],
  ['chu tich nuoc', 'VN'],
  ['tong bi thu', 'VN'],
  ['tong thong', 'US'],
  ['prime minister'],
  ['president'],
  ['general secretary'],
  ['party general secretary', 'VN'],
  ['party chief', 'VN'],
];

export const OFFICES: Office[] = [
  ...RAW.map(([w, rank, side]) => ({ words: w.split(' '), rank, side })),
  ...LEADERS.map(([w, side]) => ({ words: w.split(' '), rank: 11, side, leader: true })),
].sort((a, b) => b.words.length - a.words.length);

/** Offices by their first word, longest first: a word that starts no office is rejected by one lookup. */
const BY_FIRST = new Map<string, Office[]>();
for (const o of OFFICES) {
  const k = o.words[0] as string;
  BY_FIRST.set(k, [...(BY_FIRST.get(k) ?? []), o]);
}

/** The longest office starting at word i of `folded` (folded, punctuation-free words), or undefined. */
export function officeAt(folded: string[], i: number): Office | undefined {
  const candidates = BY_FIRST.get(folded[i] ?? '');
  if (!candidates) return undefined;
  for (const o of candidates) {
    if (i + o.words.length > folded.length) continue;
    let ok = true;
    for (let k = 0; k < o.words.length; k++) {
      if (folded[i + k] !== o.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return o;
  }
  return undefined;
}
