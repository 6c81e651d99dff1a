/** Word-level highlighting and excerpting on the same fold as the index (never inside a word). */
import { fold, foldAligned } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { head, tailFrom } from '../util/truncate.js';
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

/**
 * Pick the sentence with the most distinct matching words, trimmed around its first match when long.
 * The paragraph is matched once; each sentence counts the matches that fall inside it.
 */
export function bestSentence(paragraph: string, terms: ReadonlySet<string>, maxChars = 360): { text: string } {
  const sentences = splitSentences(paragraph);
  const spans = matchSpans(paragraph, terms);
  let best = sentences[0] ?? paragraph;
  let bestFirst = 0;
  let bestScore = -1;
  let from = 0;
  let k = 0;
  for (const s of sentences) {
    // Sentences are the paragraph's pieces in order (trimmed).
    const at = paragraph.indexOf(s, from);
    const start = at >= 0 ? at : from;
    const end = start + s.length;
    from = end;
    while (k < spans.length && (spans[k] as Span).start < start) k++;
    const seen = new Set<string>();
    let first = -1;
    for (let j = k; j < spans.length && (spans[j] as Span).end <= end; j++) {
      const sp = spans[j] as Span;
      seen.add(fold(paragraph.slice(sp.start, sp.end)));
      if (first < 0) first = sp.start - start;
    }
    if (seen.size > bestScore) {
      best = s;
      bestScore = seen.size;
      bestFirst = Math.max(first, 0);
    }
  }
  return { text: trimAround(best, bestFirst, maxChars) };
}

/**
 * Cut a long text to about maxChars around a position, on word boundaries, marking cuts with "…". A cut
 * that finds no space is moved to a grapheme boundary (util/truncate.ts), never inside an emoji or before
 * a combining mark.
 */
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
  const kept = head(text, end);
  return `${start > 0 ? '…' : ''}${tailFrom(kept, start).trim()}${kept.length < text.length ? '…' : ''}`;
}
