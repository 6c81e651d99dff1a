/**
 * bench/search-ab.ts's verdict on two result lists of one query (what the closing notes quote): the same
 * list, the same paragraphs reordered, other paragraphs with the same scores (ties), or some k-th best
 * score higher or lower.
 */
import { describe, expect, it } from 'vitest';
import { compare, type Hit } from '../../bench/search-ab.js';

const hit = (article: number, paragraph: number, score: number): Hit => ({ article, paragraph, score });

describe('search-ab compare', () => {
  const before = [hit(1, 1, 9), hit(2, 1, 8), hit(3, 2, 8)];
  it('same, reordered, ties', () => {
    expect(compare(before, [...before])).toBe('same');
    expect(compare(before, [before[0]!, before[2]!, before[1]!])).toBe('reordered');
    expect(compare(before, [hit(1, 1, 9), hit(2, 1, 8), hit(7, 3, 8)])).toBe('ties');
  });
  it('better, worse, mixed: the k-th best scores compared', () => {
    expect(compare(before, [hit(1, 1, 9), hit(5, 1, 8.5), hit(2, 1, 8)])).toBe('better');
    expect(compare(before, [hit(1, 1, 9), hit(2, 1, 8), hit(4, 1, 7.9)])).toBe('worse');
    expect(compare(before, [hit(1, 1, 9), hit(2, 1, 8)])).toBe('worse');
    expect(compare(before, [hit(6, 1, 9.5), hit(2, 1, 7), hit(3, 2, 8)])).toBe('mixed');
  });
});
