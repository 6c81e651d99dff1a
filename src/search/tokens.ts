/**
 * What the full-text index stores per text: every folded word, plus the exact (diacritic-keeping) form of
 * words that carry diacritics. A query typed with diacritics is searched on its exact words first (ranking
 * exact-diacritic matches first), then on its folded words.
 */
import { fold, words } from '../text/fold.js';

const MAX_TOKEN = 40;

/** Index tokens of NFC text (the parser's paragraphs and titles are NFC). Folding goes word by word through the fold memo. */
export function indexTokens(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text.toLowerCase())) {
    if (w.length > MAX_TOKEN) continue;
    const f = fold(w);
    out.add(f);
    if (f !== w) out.add(w);
  }
  return [...out];
}
