/**
 * The inverted index against brute force: for random small corpora and random term sets, `all` returns
 * exactly the first `max` entries holding every term, `atLeast` those holding `need` of them, and the
 * memoised word tokenizer gives exactly the tokens of `indexTokens` for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallop, PostingsBuilder } from '../../src/search/postings.js';
import { indexTokens, WordTokens } from '../../src/search/tokens.js';

/** Fixed seed, as in answer-path.test.ts: every run explores the same inputs. */
const SEED = 20_250_604;

const VOCAB = ['an', 'ninh', 'bien', 'biển', 'hop', 'tac', 'x', 'y', 'z', 'dong'];
const term = fc.constantFrom(...VOCAB);
const docs = fc.array(fc.array(term, { maxLength: 8 }), { maxLength: 60 });

function build(texts: string[][]) {
  const b = new PostingsBuilder();
  texts.forEach((terms, id) => terms.forEach((t) => b.add(id, b.termId(t))));
  return b.finish();
}

describe('Postings', () => {
  it('all(): the first max entries holding every term, ascending', () => {
    fc.assert(
      fc.property(docs, fc.array(term, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 70 }), (texts, query, max) => {
        const expected = texts.flatMap((t, id) => (query.every((q) => t.includes(q)) ? [id] : [])).slice(0, max);
        expect(build(texts).all(query, max)).toEqual(expected);
        const odd = (id: number) => id % 3 !== 0;
        const filtered = texts.flatMap((t, id) => (odd(id) && query.every((q) => t.includes(q)) ? [id] : [])).slice(0, max);
        expect(build(texts).all(query, max, odd)).toEqual(filtered);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('atLeast(): the first max entries holding at least `need` distinct terms', () => {
    fc.assert(
      fc.property(docs, fc.array(term, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 70 }), (texts, query, need, max) => {
        const distinct = [...new Set(query)];
        const expected = texts.flatMap((t, id) => (distinct.filter((q) => t.includes(q)).length >= need ? [id] : [])).slice(0, max);
        expect(build(texts).atLeast(query, need, max)).toEqual(expected);
        const even = (id: number) => id % 2 === 0;
        const filtered = texts.flatMap((t, id) => (even(id) && distinct.filter((q) => t.includes(q)).length >= need ? [id] : [])).slice(0, max);
        expect(build(texts).atLeast(query, need, max, even)).toEqual(filtered);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('unknown terms match nothing; a repeated term is stored once per entry', () => {
    const p = build([['an', 'an', 'ninh'], ['an']]);
    expect(p.all(['an', 'nope'], 10)).toEqual([]);
    expect(p.count('an')).toBe(2);
    expect(p.size).toBe(3);
    expect(p.all([], 10)).toEqual([]);
  });

  it('gallop finds the first position at or after `from` holding a value ≥ target', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 80 }), fc.integer({ min: -1, max: 502 }), fc.nat(90), (vals, target, fromRaw) => {
        const list = Int32Array.from(vals.sort((a, b) => a - b));
        const from = Math.min(fromRaw, list.length);
        let expected = from;
        while (expected < list.length && (list[expected] as number) < target) expected++;
        expect(gallop(list, target, from)).toBe(expected);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('WordTokens', () => {
  it('gives the tokens of indexTokens for any text, NFC or NFD', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.array(fc.constantFrom('𝐀𝐁', '\ud835', '\udc00', 'x', ' ', 'Ω', '٣', '\u0301'), { maxLength: 20 }).map((p) => p.join('')),
      fc.array(fc.constantFrom('Biển', 'ĐÔNG', 'an-ninh', 'İstanbul', 'ΣΟΦΟΣ', 'Ngọc', '2018', ' ', '. ', 'x'.repeat(45)), { maxLength: 12 }).map((p) => p.join(' ')),
    );
    const tok = new WordTokens((t) => t);
    fc.assert(
      fc.property(text, fc.boolean(), (raw, nfd) => {
        const s = nfd ? raw.normalize('NFD') : raw;
        const got = new Set<string>();
        tok.forEachWord(s, (ts) => ts.forEach((t) => got.add(t)));
        expect([...got].sort()).toEqual(indexTokens(s).sort());
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
