/**
 * What the full-text index stores per text: every folded word, plus the exact (diacritic-keeping) form of
 * words that carry diacritics. A query typed with diacritics is searched on its exact words first (ranking
 * exact-diacritic matches first), then on its folded words.
 */
import { exactForm, fold, words } from '../text/fold.js';

const MAX_TOKEN = 40;

export function indexTokens(text: string): string[] {
  const out = new Set<string>();
  const exact = words(exactForm(text));
  // Fold the whole text once (native normalisation is fast on long strings); folding never splits or
  // joins letters, so the two word lists line up — else fall back to word by word.
  const folded = text.length > 48 ? words(fold(text)) : [];
  if (folded.length === exact.length) {
    for (let i = 0; i < exact.length; i++) {
      const w = exact[i] as string;
      if (w.length > MAX_TOKEN) continue;
      const f = folded[i] as string;
      out.add(f);
      if (f !== w) out.add(w);
    }
    return [...out];
  }
  for (const w of exact) {
    if (w.length > MAX_TOKEN) continue;
    const f = fold(w);
    out.add(f);
    if (f !== w) out.add(w);
  }
  return [...out];
}
