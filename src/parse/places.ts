/**
 * Places as a sentence gives them: a known place (src/parse/gazetteer.ts) after "tại / ở / in / at", or
 * after "from" (weaker), a dateline at the head of a lead ("WASHINGTON —", "HÀ NỘI (TTXVN) –"), or an
 * online format ("trực tuyến", "virtually"). Every value is canonical: "Hà Nội", "Washington", "online".
 */
import { fold } from '../text/fold.js';
import { placeAtStart, placeKeyOf, type PlaceKind } from './gazetteer.js';

export interface FoundPlace {
  place: string;
  kind: PlaceKind;
  /** How the sentence gives it: after a preposition of place, after "from", or as an online format. */
  cue: 'at' | 'from' | 'to' | 'online';
}

// Cues are matched on folded text ("tai thu do Washington" without diacritics reads as "tại thủ đô").
// "to return to Hanoi", "will move to Washington", "trở lại Hà Nội": where a round goes is where it is held.
const AT =
  /(?:^|[\s,(])(?:tai|o|in|at|hosted in|held in|return(?:s|ed|ing)? to|mov(?:e|es|ed|ing) to|tro lai)\s+|^(?:venue|place|location|dia diem)\s*:\s*/giu;
const FROM = /(?:^|[\s,(])(?:from|tu)\s+/giu;
const TO =
  /(?:^|[\s,(])(?:(?:travel+ed|came|come|arrived|returned|flew|went|welcomed\s+[^,.;]{2,80}?)\s+to|toi|sang)\s+/giu;
/** "Hanoi hosted the inaugural session", "Hanoi on Friday hosted …", "Hà Nội đăng cai". */
const HOSTED =
  /(?:^|[\s,(])((?:[\p{Lu}][\p{L}.]*\s?){1,3})\s+(?:(?:on|this|last|earlier)\s+\p{L}+\s+|(?:yesterday|today|hôm qua|hom qua|hôm nay|hom nay)\s+)?(?:hosted|played host|đăng cai|dang cai)/gu;
// "online" alone also names sites ("Nhan Dan Online"): only where it says how the meeting was held.
const ONLINE_RE =
  /(?:hinh thuc\s+)?truc tuyen|(?:hop|hoi nghi|doi thoai)\s+(?:qua\s+)?(?:cau\s+)?truyen hinh|qua cau truyen hinh|video ?conference|video link|virtual(?:ly)?|(?:held|met|meet|meeting|talks|dialogue|moved|took place|hold)\s+online|online\s+(?:meeting|format|session|dialogue|talks)/iu;

export function onlineFormat(sentence: string): boolean {
  return ONLINE_RE.test(fold(sentence));
}

/** Folded, one code unit per code unit of the NFC text, so offsets carry over. */
function foldSameLength(text: string): string {
  const f = fold(text);
  return f.length === text.length ? f : text.toLowerCase();
}

function knownAfter(sentence: string, re: RegExp, cue: FoundPlace['cue']): FoundPlace | undefined {
  re.lastIndex = 0;
  const f = foldSameLength(sentence);
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const words = sentence.slice(m.index + m[0].length).split(/\s+/, 6);
    const hit = placeAtStart(words);
    if (hit) return { place: hit.place, kind: hit.kind, cue };
  }
  return undefined;
}

/** Every kind of place the sentence gives, strongest first. */
export function placesIn(sentence: string): FoundPlace[] {
  const out: FoundPlace[] = [];
  const at = knownAfter(sentence, AT, 'at');
  if (at) out.push(at);
  HOSTED.lastIndex = 0;
  for (let m = HOSTED.exec(sentence); m && !at; m = HOSTED.exec(sentence)) {
    const hit = placeAtStart((m[1] ?? '').trim().split(/\s+/));
    if (hit) {
      out.push({ place: hit.place, kind: hit.kind, cue: 'at' });
      break;
    }
  }
  if (onlineFormat(sentence)) out.push({ place: 'online', kind: 'online', cue: 'online' });
  const to = knownAfter(sentence, TO, 'to');
  if (to) out.push(to);
  const from = knownAfter(sentence, FROM, 'from');
  if (from) out.push(from);
  return out;
}

/** The place a sentence gives after "tại / ở / in / at", else an online format; canonical. */
export function placeIn(sentence: string): string | undefined {
  const found = placesIn(sentence);
  return (found.find((p) => p.cue === 'at') ?? found.find((p) => p.cue === 'online'))?.place;
}

/**
 * The place of a dateline that opens a lead: "WASHINGTON —", "HÀ NỘI (TTXVN) –", "Hanoi, January 31 (VNA) -",
 * "VGP - …" has none. Only a known place counts.
 */
export function datelinePlace(paragraph: string): string | undefined {
  const m = /^([\p{L}][\p{L} .,'’-]{1,40}?)\s*(?:,\s*[^()–—-]{0,40})?(?:\([^()]{1,40}\))?\s*[-–—:]\s/u.exec(paragraph);
  if (!m) return undefined;
  const head = (m[1] ?? '').replace(/,.*$/, '').trim().split(/\s+/);
  const hit = placeAtStart(head);
  return hit && hit.length === head.length ? hit.place : undefined;
}

/** Folded key for comparing places: "Washington DC" and "Washington D.C." agree. */
export function placeKey(place: string): string {
  return placeKeyOf(place);
}
