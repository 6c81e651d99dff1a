/**
 * What the full-text index stores per text: every folded word, plus the exact (diacritic-keeping) form of
 * words that carry diacritics. A query typed with diacritics is searched on its exact words first (ranking
 * exact-diacritic matches first), then on its folded words.
 */
import { fold, words } from '../text/fold.js';

const MAX_TOKEN = 40;

/** Index tokens of a text. Folding goes word by word through the fold memo. */
export function indexTokens(text: string): string[] {
  const out = new Set<string>();
  // The parser's text is NFC already; anything with combining marks (NFD) is composed first.
  const nfc = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  for (const w of words(nfc.toLowerCase())) {
    if (w.length > MAX_TOKEN) continue;
    const f = fold(w);
    out.add(f);
    if (f !== w) out.add(w);
  }
  return [...out];
}
