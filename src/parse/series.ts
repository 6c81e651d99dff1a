/**
 * Is a sentence about THE series — the Vietnam–US Political, Security and Defense Dialogue — or about another
 * mechanism that news names alike (the Defense Policy Dialogue, the human rights dialogue, a strategic
 * dialogue, a Vietnam–Australia dialogue, political consultations)? Every extractor asks this before it takes
 * a fact from a sentence.
 */
import { foldSentence as fold } from '../text/fold.js';

/** Words that name the series itself: political + security (+ defence) together. */
const PSD =
  /chinh tri\s*[-–,]?\s*(?:[-–,]|va)?\s*an ninh|politic(?:al|s)\s*[-–,]?\s*(?:and\s+)?security|politico-?military|political-military dialogue|\bpsd\b|psdd/u;
/** Other mechanisms called "dialogue" too. */
const OTHER =
  /defen[cs]e policy|human rights|strategic dialogue|chinh sach quoc phong|nhan quyen|doi thoai chien luoc|chien luoc ngoai giao|australia|\buc\b|canberra|joint commission|tham van chinh tri|political consultations?|uy ban hon hop|dialogue on (?!politic)|maritime dialogue|economic dialogue|doi thoai kinh te|shangri[- ]?la|raisina|fullerton/u;
const VN = /viet ?nam|vietnam|\bviet\b|\bvn\b|ha ?noi/u;
const US =
  /hoa ky|(?<![\p{L}])my(?![\p{L}])|\bu\.?s\.?\b|united states|washington|hoa thinh don|oa-?sinh-?ton|american/u;

export function namesSeries(sentence: string): boolean {
  return PSD.test(fold(sentence));
}

/** Speaks of another mechanism called a dialogue, not of the series. */
export function speaksOfOtherDialogue(sentence: string): boolean {
  const f = fold(sentence);
  return OTHER.test(f) && !PSD.test(f);
}

export function namesBothSides(text: string): boolean {
  const f = fold(text);
  return VN.test(f) && US.test(f);
}
