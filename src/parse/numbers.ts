/** Edition numbers as news writes them: "lần thứ 9", "lần thứ chín", "9th", "ninth", "IX". */
import { fold } from '../text/fold.js';

const VI_DIGITS: Record<string, number> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};

/** Folded Vietnamese number words ("muoi hai", "hai muoi mot", "chin") → number, or undefined. */
export function viNumberWords(foldedWords: string): number | undefined {
  const w = foldedWords.trim().split(/\s+/);
  if (w.length === 1) {
    if (w[0] === 'muoi') return 10;
    return VI_DIGITS[w[0] ?? ''];
  }
  if (w[0] === 'muoi' && w.length === 2) {
    const u = VI_DIGITS[w[1] ?? ''];
    return u !== undefined ? 10 + u : undefined;
  }
  const tens = VI_DIGITS[w[0] ?? ''];
  // "mười" and "mươi" both fold to "muoi".
  if (tens !== undefined && tens > 1 && w[1] === 'muoi') {
    if (w.length === 2) return tens * 10;
    const u = w[2] === 'mot' ? 1 : w[2] === 'tu' ? 4 : w[2] === 'lam' ? 5 : VI_DIGITS[w[2] ?? ''];
    return u !== undefined && w.length === 3 ? tens * 10 + u : undefined;
  }
  return undefined;
}

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};

/** English ordinal word or "9th" → number. */
export function enOrdinal(word: string): number | undefined {
  const w = word.toLowerCase();
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (m) return Number(m[1]);
  if (EN_ORDINALS[w] !== undefined) return EN_ORDINALS[w];
  const compound = /^twenty[- ](\w+)$/.exec(w);
  if (compound) {
    const u = EN_ORDINALS[compound[1] ?? ''];
    return u !== undefined && u < 10 ? 20 + u : undefined;
  }
  return undefined;
}

const VI_NUMBER_WORD = '(?:muoi|mot|nhat|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)';
/** "lan thu 9", "lan 9", "lan thu chin", "thu 9", "ky 9", "khoa 9" in folded text. */
export const VI_EDITION = new RegExp(
  String.raw`(?:lan|(?<!hoa\s)ky|phien|vong)\s*(?:thu\s*)?(\d{1,3}|(?<=thu\s)(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?![\p{L}\p{N}])|${VI_NUMBER_WORD}(?:\s+${VI_NUMBER_WORD}){0,2})(?![\p{L}\p{N}])`,
  'gu',
);
export const EN_EDITION =
  /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]\w+)\b/gi;

/** "IX" → 9, up to XXXIX; undefined for anything else. */
export function roman(text: string): number | undefined {
  const m = /^(x{0,3})(ix|iv|v?i{0,3})$/i.exec(text);
  if (!m || !text) return undefined;
  const units: Record<string, number> = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };
  const n = (m[1]?.length ?? 0) * 10 + (units[(m[2] ?? '').toLowerCase()] ?? 0);
  return n > 0 ? n : undefined;
}

/** Parse the number captured by VI_EDITION. */
export function viEditionNumber(captured: string): number | undefined {
  if (/^\d+$/.test(captured)) return Number(captured);
  if (/^[ivxl]+$/i.test(captured)) return roman(captured);
  return viNumberWords(fold(captured));
}
