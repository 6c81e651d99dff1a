/** Word-level highlighting and excerpting on the same fold as the index (never inside a word). */
import { fold, foldAligned } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { WordFinder } from './word-finder.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Finders of recent term sets: one answer highlights many texts with the same terms. */
const FINDERS = new Map<string, WordFinder>();
function finderOf(terms: ReadonlySet<string>): WordFinder {
  const key = [...terms].join('\u0000');
  let f = FINDERS.get(key);
  if (!f) {
    if (FINDERS.size >= 64) FINDERS.clear();
    FINDERS.set(key, (f = new WordFinder(terms)));
  }
  return f;
}

export interface Span {
  start: number;
  end: number;
}

/** Spans of words in `text` whose folded form is one of `terms` (folded). */
export function matchSpans(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  if (terms.size === 0) return spans;
  // Where folding keeps every character in place, find the words in the fold directly.
  const aligned = foldAligned(text);
  if (aligned !== undefined) {
    finderOf(terms).forEach(aligned, (start, w) => spans.push({ start, end: start + w.length }));
    return spans;
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (terms.has(fold(m[0]))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Pick the sentence with the most matching words, trimmed around the first match when long. */
export function bestSentence(paragraph: string, terms: ReadonlySet<string>, maxChars = 360): { text: string; spans: Span[] } {
  const sentences = splitSentences(paragraph);
  let best = sentences[0] ?? paragraph;
  let bestScore = -1;
  for (const s of sentences) {
    const score = new Set(matchSpans(s, terms).map((sp) => fold(s.slice(sp.start, sp.end)))).size;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  const text = trimAround(best, matchSpans(best, terms)[0]?.start ?? 0, maxChars);
  return { text, spans: matchSpans(text, terms) };
}

/** Cut a long text to about maxChars around a position, on word boundaries, marking cuts with "…". */
export function trimAround(text: string, at: number, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let start = Math.max(0, at - Math.floor(maxChars / 3));
  let end = Math.min(text.length, start + maxChars);
  start = Math.max(0, end - maxChars);
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    start = sp >= 0 && sp < at ? sp + 1 : start;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    end = sp > start ? sp : end;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
