/**
 * The FlexSearch-backed SearchIndex against a brute-force scan: for random small corpora of Vietnamese
 * words (with and without diacritics, differently accented look-alikes, upper case) and random queries, the
 * set of hits is exactly what the definition gives:
 * - every folded query word in the text; for a query typed with diacritics, either every exact word as
 *   written or the folded words standing together in order;
 * - with `partial`, when nothing matches completely and the query has three or more words: texts with two
 *   words in three;
 * - an `accept` filter keeps exactly the accepted ones.
 * (This replaces the property tests of the hand-written posting lists that FlexSearch replaced.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphNo } from '../../src/parse/paragraph-no.js';
import type { Article } from '../../src/parse/schema.js';
import { DEFAULT_FLEX, type FlexOptions } from '../../src/search/flexsearch-index.js';
import { QueryMatcher } from '../../src/search/score.js';
import { SearchIndex, type Entry } from '../../src/search/search-index.js';
import { exactForm, fold, hasDiacritics, words } from '../../src/text/fold.js';

/** Fixed seed, as in answer-path.test.ts: every run explores the same inputs. */
const SEED = 20_250_604;

const VOCAB = [
  'an',
  'ninh',
  'bien',
  'biển',
  'biên',
  'Biển',
  'hợp',
  'hop',
  'tác',
  'x',
  'đông',
  'dong',
  'Đông',
  'sse',
  'sẽ',
];
const word = fc.constantFrom(...VOCAB);
const texts = fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 40 });
const query = fc.array(word, { minLength: 1, maxLength: 4 });

function articlesOf(paragraphs: string[][]): Article[] {
  // Five paragraphs per article; titles empty (not indexed), so entry = (article, paragraph number):
  // text n is paragraph number n % 5 + 1 of article n / 5 (see `textOf`).
  const out: Article[] = [];
  for (let i = 0; i < paragraphs.length; i += 5) {
    out.push({
      id: `a${i / 5}`,
      title: '',
      paragraphs: paragraphs.slice(i, i + 5).map((p) => p.join(' ')),
    } as unknown as Article);
  }
  return out;
}

/** Which of the generated texts an entry is: the inverse of `articlesOf`'s layout. */
const textOf = (e: Entry) => e.article * 5 + e.paragraph - 1;

function expected(paragraphs: string[][], q: string, partial: boolean, accept: (n: number) => boolean): string[] {
  const exactQ = [...new Set(words(exactForm(q)))];
  const foldedQ = [...new Set(exactQ.map((w) => fold(w)))];
  const accented = hasDiacritics(q);
  const complete: string[] = [];
  const some: string[] = [];
  paragraphs.forEach((p, n) => {
    if (!accept(n)) return;
    const key = `${Math.floor(n / 5)}:${paragraphNo(n % 5)}`;
    const exact = words(exactForm(p.join(' ')));
    const folded = exact.map((w) => fold(w));
    const allFolded = foldedQ.every((w) => folded.includes(w));
    let phrase = foldedQ.length <= 1;
    for (let i = 0; !phrase && i + foldedQ.length <= folded.length; i++)
      phrase = foldedQ.every((w, k) => folded[i + k] === w);
    // A query word without diacritics is its own folded form: it matches any accent.
    const allExact = exactQ.every((w) => (hasDiacritics(w) ? exact.includes(w) : folded.includes(w)));
    if (allFolded && (!accented || foldedQ.length <= 1 || allExact || phrase)) complete.push(key);
    if (foldedQ.filter((w) => folded.includes(w)).length >= Math.ceil((foldedQ.length * 2) / 3)) some.push(key);
  });
  if (complete.length > 0 || !partial || foldedQ.length < 3) return complete.sort();
  return some.sort();
}

function check(options: FlexOptions) {
  fc.assert(
    fc.property(texts, query, fc.boolean(), fc.integer({ min: 0, max: 3 }), (paragraphs, qWords, partial, mod) => {
      const arts = articlesOf(paragraphs);
      const index = new SearchIndex(arts, undefined, undefined, options);
      const q = qWords.join(' ');
      const accept = (n: number) => mod === 0 || n % (mod + 1) !== 0;
      const got = index
        .search(q, {
          limit: 1000,
          partial,
          ...(mod === 0 ? {} : { accept: (e) => accept(textOf(e)) }),
        })
        .map((h) => `${h.article}:${h.paragraph}`)
        .sort();
      const want = expected(paragraphs, q, partial, accept);
      expect(got).toEqual(want);
      // A small limit: that many hits (when there are), all of them right (the edition filter pages on).
      const few = index.search(q, {
        limit: 2,
        partial,
        ...(mod === 0 ? {} : { accept: (e) => accept(textOf(e)) }),
      });
      expect(few.length).toBe(Math.min(2, want.length));
      for (const h of few) expect(want).toContain(`${h.article}:${h.paragraph}`);
    }),
    { seed: SEED, numRuns: 300 },
  );
}

describe('SearchIndex (FlexSearch) against brute force', () => {
  it('the hits are exactly the definition, with the shipped options', () => check(DEFAULT_FLEX));
  it('and with a folded index without context', () => check({ ...DEFAULT_FLEX, forms: 'folded', depth: 0 }));
  it("and with the 'both' index (folded and exact forms), context depth 2", () =>
    check({ ...DEFAULT_FLEX, forms: 'both', depth: 2 }));

  it('a phrase match outranks every match of the words apart (what lets the search skip the costly pass)', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 6 }),
        fc.array(word, { maxLength: 20 }),
        fc.array(word, { maxLength: 20 }),
        (qWords, a, b) => {
          const exactQ = [...new Set(words(exactForm(qWords.join(' '))))];
          const foldedQ = [...new Set(exactQ.map((w) => fold(w)))];
          fc.pre(foldedQ.length >= 2 && exactQ.length === foldedQ.length);
          const m = new QueryMatcher(exactQ, foldedQ);
          // The words together (folded, so with fewer exact points) against the words apart, as typed.
          const together = m.rank([...a, ...foldedQ].join(' '));
          const apart = m.rank([...b, ...exactQ.flatMap((w) => [w, 'x'])].join(' '));
          expect(together.phrase).toBe(true);
          if (!apart.phrase) {
            compared++;
            expect(together.score).toBeGreaterThan(apart.score);
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('a small limit returns that many of the best: the exact phrase, then the phrase without diacritics', () => {
    const arts = articlesOf([
      ['bien', 'dong'],
      ['biển', 'đông'],
      ['biên', 'đông'],
      ['x', 'biển', 'x', 'đông'],
    ]);
    const index = new SearchIndex(arts);
    const hits = index.search('Biển Đông', { limit: 2 });
    expect(hits.map((h) => `${h.article}:${h.paragraph}`)).toEqual(['0:2', '0:1']);
  });
});
