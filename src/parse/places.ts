/** Where a meeting took place: a capitalised place after "tại / ở / in", or an online format. */
import { fold } from '../text/fold.js';

/** Capitalised phrases that follow "tại" but are not places where a dialogue meets. */
const NOT_PLACES = /^(?:bộ|trụ sở|biển|liên hợp quốc|asean|hội nghị|đối thoại|cuộc|phiên|khu vực|châu|đông nam á|the |this |that |a |an )/iu;
const PLACE_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|D\.C\.?|DC)`;
const PLACE_RE = new RegExp(
  String.raw`(?:^|[\s,(])(?:[Tt]ại|[Ởở]|[Ii]n|[Aa]t)\s+(?:(?:[Tt]hủ đô|[Tt]hành phố|TP\.?|[Tt]ỉnh|the capital|downtown)\s+)?(${PLACE_WORD}(?:,?\s+${PLACE_WORD}){0,3})`,
  'gu',
);
const ONLINE_RE = /(?:hình thức\s+)?trực tuyến|qua (?:cầu )?truyền hình|videoconference|video conference|virtual(?:ly)?|online/iu;

export function onlineFormat(sentence: string): boolean {
  return ONLINE_RE.test(sentence);
}

/** The first plausible place named in a sentence, as written ("Hà Nội", "Washington D.C."). */
export function placeIn(sentence: string): string | undefined {
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(sentence); m; m = PLACE_RE.exec(sentence)) {
    let place = (m[1] ?? '').trim().replace(/,+$/, '');
    // A word closed by a full stop ends the sentence ("Hà Nội. Hội nghị …"), unless it is an initialism ("D.C.").
    const parts = place.split(/\s+/);
    const stop = parts.findIndex((w, i) => i < parts.length - 1 && w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w));
    if (stop >= 0) place = parts.slice(0, stop + 1).join(' ');
    // A final period ends the sentence, unless it closes an abbreviation such as "D.C.".
    if (place.endsWith('.') && !/(?:^|\s|\.)[A-Z]\.$/.test(place)) place = place.slice(0, -1);
    // Cut at a capitalised word that starts a new noun phrase (a title or organisation).
    const words = place.split(/\s+/);
    const cut = words.findIndex((w, i) => i > 0 && /^(?:Thứ|Bộ|Phó|Trợ|Ngoại|Đại|Ông|Bà|Hai|Các|Đoàn|Phái|Việt|Hoa|Mỹ|Secretary|Assistant|Deputy|Minister|Ambassador|The|Vietnam|U\.S\.?)$/u.test(w));
    if (cut > 0) place = words.slice(0, cut).join(' ').replace(/,$/, '');
    if (!place || NOT_PLACES.test(place)) continue;
    if (place.length > 40) continue;
    return place;
  }
  if (onlineFormat(sentence)) return 'trực tuyến';
  return undefined;
}

/** Folded key for comparing places: "Washington DC" and "Washington D.C." agree. */
export function placeKey(place: string): string {
  return fold(place).replace(/[^a-z0-9]+/g, '');
}
