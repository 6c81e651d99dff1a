/**
 * The regex-compiled ranking (QueryMatcher) against its word-by-word definition: the same score and the
 * same phrase test for random Vietnamese-like texts and queries, with and without diacritics.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpans } from '../../src/search/highlight.js';
import { QueryMatcher } from '../../src/search/score.js';
import { WordFinder } from '../../src/search/word-finder.js';
import { fold, foldAligned, words } from '../../src/text/fold.js';

const SEED = 20_250_604;

/** The definition: split into words, fold each, compare sets and windows. */
function referenceScore(text: string, exactWords: string[], foldedWords: string[]): number {
  const exact = words(text.toLowerCase());
  const folded = exact.map((w) => fold(w));
  const exactSet = new Set(exact);
  const foldedSet = new Set(folded);
  const plainSet = new Set(exact.filter((w, i) => w === folded[i]));
  let score = 0;
  for (const w of exactWords) {
    if (exactSet.has(w)) score += 2;
    else if (plainSet.has(fold(w))) score += 1;
  }
  for (const w of foldedWords) if (foldedSet.has(w)) score += 1;
  if (foldedWords.length > 1 && referencePhrase(folded, foldedWords)) score += 3 * foldedWords.length;
  return score - Math.min(text.length, 4000) / 4000;
}

function referencePhrase(folded: string[], foldedWords: string[]): boolean {
  for (let i = 0; i + foldedWords.length <= folded.length; i++)
    if (foldedWords.every((w, k) => folded[i + k] === w)) return true;
  return false;
}

const VOCAB = [
  'an',
  'ninh',
  'biển',
  'bien',
  'biên',
  'Biển',
  'BIỂN',
  'Đông',
  'dong',
  'đồng',
  'hợp',
  'tác',
  'anh',
  'Ninh',
  '2018',
  'x1',
  'İan',
  'ΣAN',
  'bie\u0302\u0309n',
  '😀an',
];
const SEPS = [' ', ', ', ' - ', '. ', '“', '” ', '\n', '/'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...SEPS)), { maxLength: 40 })
  .map((ps) => ps.map(([w, s]) => w + s).join(''));
const query = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 4 });

/** A query's words as the index gives them to the ranking: lower-case words, their distinct folds. */
function matcherOf(q: string[]): { exactWords: string[]; foldedWords: string[]; m: QueryMatcher } {
  const exactWords = [...new Set(words(q.join(' ').toLowerCase()))];
  const foldedWords = [...new Set(exactWords.map((w) => fold(w)))];
  return { exactWords, foldedWords, m: new QueryMatcher(exactWords, foldedWords) };
}

describe('QueryMatcher', () => {
  it('scores as the word-by-word definition does', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const { exactWords, foldedWords, m } = matcherOf(q);
        expect(m.score(t)).toBeCloseTo(referenceScore(t, exactWords, foldedWords), 9);
        expect(m.hasPhrase(t)).toBe(
          foldedWords.length < 2 ||
            referencePhrase(
              words(t.toLowerCase()).map((w) => fold(w)),
              foldedWords,
            ),
        );
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('rank read in place (no lower-case copy) gives what rankByDefinition gives: score, phrase, all, allExact', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const { m } = matcherOf(q);
        const fast = m.rank(t);
        const def = m.rankByDefinition(t);
        expect({ ...fast, score: 0 }).toEqual({ ...def, score: 0 });
        expect(fast.score).toBeCloseTo(def.score, 9);
        // The same matcher ranks the next text afresh.
        expect(m.rank(`${t} ${q.join(' ')}`).all).toBe(true);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('a word inside a longer word does not count', () => {
    const m = new QueryMatcher(['an'], ['an']);
    expect(m.score('quan toàn anh')).toBeLessThan(0);
    expect(m.score('an')).toBeGreaterThan(2);
  });
});

describe('matchSpans', () => {
  /** The definition: every letter-or-digit run whose fold is a term. */
  const reference = (text: string, terms: ReadonlySet<string>) =>
    [...text.matchAll(/[\p{L}\p{N}]+/gu)]
      .filter((m) => terms.has(fold(m[0])))
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const odd = fc.constantFrom('İ', '\u0301', '😀', 'ǈ', 'Å', 'ß', 'Σ');

  it('marks exactly the words whose fold is a term, at their offsets in the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, odd, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 }),
        query,
        (parts, q) => {
          const t = parts.join('');
          const terms = new Set(words(fold(q.join(' '))));
          expect(matchSpans(t, terms)).toEqual(reference(t, terms));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('foldAligned is the fold whenever it is defined, and defined for Vietnamese text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 30 })), (t) => {
        const a = foldAligned(t);
        if (a !== undefined) {
          expect(a).toBe(fold(t));
          expect(a.length).toBe(t.length);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(foldAligned('Đối thoại AN NINH Biển Đông – “Hà Nội”, 2018')).toBe(
      'doi thoai an ninh bien dong – “ha noi”, 2018',
    );
  });
});

describe('WordFinder', () => {
  /** The definition: every letter-or-digit run of the (folded) text that is one of the words, in order. */
  const reference = (t: string, ws: ReadonlySet<string>) =>
    [...t.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => ws.has(m[0])).map((m) => [m.index, m[0]]);
  const found = (finder: WordFinder, t: string) => {
    const out: [number, string][] = [];
    finder.forEach(t, (start, w) => out.push([start, w]));
    return out;
  };

  it('finds every whole occurrence of the words, in text order, with few words and with many', () => {
    const many = VOCAB.map((w) => fold(w)).concat([
      'a',
      'n',
      'ni',
      'nin',
      'bi',
      'bie',
      'do',
      'don',
      'ho',
      'ta',
      '20',
      '201',
    ]);
    fc.assert(
      fc.property(text, query, fc.boolean(), (t, q, useMany) => {
        const folded = fold(t);
        const ws = new Set(words(fold(q.join(' '))).concat(useMany ? many.flatMap((w) => words(w)) : []));
        expect(found(new WordFinder(ws), folded)).toEqual(reference(folded, ws));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
