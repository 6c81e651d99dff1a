/** Which dialogue editions a sentence speaks of, and whether it speaks of them as still to come. */
import { fold } from '../text/fold.js';
import { EN_EDITION, VI_EDITION, enOrdinal, viEditionNumber } from './numbers.js';

const DIALOGUE_WORD = /doi thoai|hoi nghi(?: thuong nien)?|phien doi thoai|dialogue|\bpsdd\b/g;
const OTHER_EVENT = /hoi cho|thuong dinh|ky hop|dai hoi|dien dan|hoi thao|dam phan|summit|forum|conference|festival|hoi dong|tham|chuyen|visit|nhiem ky|khoa hoc|tap tran|exercise/;
const UPCOMING = /(?:^|[^\p{L}])(?:se|tiep theo|sap toi|sap dien ra|toi day|du kien|ke hoach|next|will|upcoming|planned|to be held|to hold|scheduled)(?:[^\p{L}]|$)/u;

const SPEAKS = new Map<string, boolean>();

/** True when a sentence is about a (Vietnam–US political, security, defense) dialogue meeting. */
export function speaksOfDialogue(sentence: string): boolean {
  // Parsing asks this of the same sentences several times; remember recent answers (bounded).
  let v = SPEAKS.get(sentence);
  if (v === undefined) {
    DIALOGUE_WORD.lastIndex = 0;
    v = DIALOGUE_WORD.test(fold(sentence));
    if (SPEAKS.size >= 4096) SPEAKS.clear();
    SPEAKS.set(sentence, v);
  }
  return v;
}

export interface EditionRef {
  edition: number;
  upcoming: boolean;
}

/** Parsing asks about the same sentences many times: remember recent answers (bounded). */
const MEMO = new Map<string, EditionRef[]>();
const MEMO_MAX = 4096;

/** Edition numbers attached to a dialogue word in this sentence ("Đối thoại ... lần thứ 9", "the 9th ... Dialogue"). */
export function editionsIn(sentence: string): EditionRef[] {
  const hit = MEMO.get(sentence);
  if (hit) return hit;
  const found = findEditions(sentence);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(sentence, found);
  return found;
}

function findEditions(sentence: string): EditionRef[] {
  const f = fold(sentence);
  const out: EditionRef[] = [];
  const upcoming = UPCOMING.test(f);
  VI_EDITION.lastIndex = 0;
  for (let m = VI_EDITION.exec(f); m; m = VI_EDITION.exec(f)) {
    const before = f.slice(Math.max(0, m.index - 160), m.index);
    let last = -1;
    DIALOGUE_WORD.lastIndex = 0;
    for (let d = DIALOGUE_WORD.exec(before); d; d = DIALOGUE_WORD.exec(before)) last = d.index + d[0].length;
    if (last < 0) continue;
    if (OTHER_EVENT.test(before.slice(last))) continue;
    const n = viEditionNumber(m[1] ?? '');
    if (n !== undefined && n > 0 && n < 200) out.push({ edition: n, upcoming });
  }
  EN_EDITION.lastIndex = 0;
  for (let m = EN_EDITION.exec(f); m; m = EN_EDITION.exec(f)) {
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 90);
    const d = /dialogue/.exec(after);
    if (!d || OTHER_EVENT.test(after.slice(0, d.index))) continue;
    const n = enOrdinal(m[1] ?? '');
    if (n !== undefined && n > 0 && n < 200) out.push({ edition: n, upcoming });
  }
  return out;
}

/** A year the sentence attaches to an event ("vào năm 2016", "in 2016"), or undefined. */
export function yearIn(sentence: string): number | undefined {
  const m = /(?:năm|in|early|late|mid-?)\s+(\d{4})(?!\d)/iu.exec(sentence);
  return m ? Number(m[1]) : undefined;
}
