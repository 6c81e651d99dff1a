/**
 * FlexIndex's checked reading (`verify`): a query of common words reads its rarest list page by page and
 * checks each text, instead of FlexSearch's intersection of whole lists. The answers must be the ones the
 * intersection gives, whichever way a query goes: read from the first pages, the rarest list read to its end,
 * or the budget spent and FlexSearch's intersection asked after all.
 */
import { describe, expect, it } from 'vitest';
import { FlexIndex } from '../../src/search/flexsearch-index.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { parse } from '../fixtures/articles.js';

/** A small deterministic generator (mulberry32), so that the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = Array.from({ length: 30 }, (_, i) => `w${i}`);
const N = 6000;

/**
 * 6,000 texts of filler words and word groups, a filler word between groups, so that the groups alone
 * decide which query words stand together:
 * - "hop tac quoc phong" in 70% of the texts (its rarest pair is nearly all matches);
 * - "ninh bien" in the even texts, "bien dong" in the odd ones, "ninh bien dong" in exactly 7 (each pair
 *   common, the three together rare);
 * - "kilo lima" and "mike november" in a third of the texts each, "lima mike" in 15, of which 10 are
 *   "kilo lima mike november" (the rarest pair is short);
 * - "alpha" in a quarter, "omega" in another quarter, both in 14.
 */
const TEXTS: string[] = (() => {
  const rnd = random(7);
  const filler = () => Array.from({ length: 3 }, () => FILLER[Math.floor(rnd() * FILLER.length)] as string);
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const groups: string[][] = [];
    if (i % 10 < 7) groups.push(['hop', 'tac', 'quoc', 'phong']);
    groups.push(i % 2 === 0 ? ['ninh', 'bien'] : ['bien', 'dong']);
    if (i % 857 === 5) groups.push(['ninh', 'bien', 'dong']);
    if (i % 3 === 0) groups.push(['kilo', 'lima']);
    if (i % 3 === 1) groups.push(['mike', 'november']);
    if (i % 600 === 2) groups.push(['kilo', 'lima', 'mike', 'november']);
    if (i % 1200 === 7) groups.push(['lima', 'mike']);
    if (i % 4 === 0) groups.push(['alpha']);
    if (i % 4 === 1) groups.push(['omega']);
    if (i % 444 === 0) groups.push(['omega']);
    out.push([...filler(), ...groups.flatMap((g) => [...g, ...filler()])].join(' '));
  }
  return out;
})();

const INDEX = (() => {
  const f = new FlexIndex();
  TEXTS.forEach((t, i) => f.add(i, t));
  return f;
})();

const hasAll = (q: string) => (id: number) => {
  const words = new Set((TEXTS[id] as string).split(' '));
  return q.split(' ').every((w) => words.has(w));
};
const hasPhrase = (q: string) => (id: number) => ` ${TEXTS[id] as string} `.includes(` ${q} `);
const every = (p: (id: number) => boolean) => TEXTS.flatMap((_, i) => (p(i) ? [i] : []));

/** A check that counts how often it was asked. */
function counted(p: (id: number) => boolean): { fn: (id: number) => boolean; calls: () => number } {
  let n = 0;
  return {
    fn: (id) => {
      n++;
      return p(id);
    },
    calls: () => n,
  };
}

describe('FlexIndex: reading the rarest list and checking texts (verify)', () => {
  it('the corpus is as described', () => {
    expect(every(hasPhrase('hop tac quoc phong'))).toHaveLength(4200);
    expect(every(hasPhrase('ninh bien dong'))).toHaveLength(7);
    expect(every(hasPhrase('kilo lima mike november'))).toHaveLength(10);
    expect(every(hasPhrase('lima mike'))).toHaveLength(15);
    expect(every(hasAll('alpha omega'))).toHaveLength(14);
  });

  it('words together, nearly every text of the rarest pair: read from the first page, phrases only', () => {
    const check = counted(hasPhrase('hop tac quoc phong'));
    const ids = INDEX.together('hop tac quoc phong', 30, undefined, check.fn);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(ids.every(hasPhrase('hop tac quoc phong'))).toBe(true);
    // Every text checked was kept: nothing else was read (FlexSearch's intersection asks no check).
    expect(check.calls()).toBe(30);
  });

  it('words together in few texts, each pair common: the checked pages find too few, FlexSearch finds them all', () => {
    const check = counted(hasPhrase('ninh bien dong'));
    const ids = INDEX.together('ninh bien dong', 10, undefined, check.fn);
    // One page of as many ids as wanted, none of them a match: the rest of the budget is not spent.
    expect(check.calls()).toBeGreaterThan(0);
    expect(check.calls()).toBeLessThanOrEqual(10);
    expect(new Set(ids)).toEqual(new Set(every(hasPhrase('ninh bien dong'))));
    expect(new Set(ids)).toEqual(new Set(INDEX.together('ninh bien dong', 10)));
  });

  it('the rarest pair read to its end: complete, without FlexSearch intersecting the long lists', () => {
    const q = 'kilo lima mike november';
    const check = counted(hasPhrase(q));
    const ids = INDEX.together(q, 15, undefined, check.fn);
    expect(new Set(ids)).toEqual(new Set(every(hasPhrase(q))));
    expect(check.calls()).toBe(15); // the 15 texts with "lima mike", each checked once
    expect(new Set(ids)).toEqual(new Set(INDEX.together(q, 15)));
  });

  it('every word, nearly always together: read from the first page', () => {
    const q = 'hop phong';
    const check = counted(hasAll(q));
    const ids = INDEX.every(q, 30, undefined, { verify: check.fn });
    expect(ids).toHaveLength(30);
    expect(ids.every(hasAll(q))).toBe(true);
    expect(check.calls()).toBe(30);
  });

  it('every word, rare together although each word is common: the same texts as without the check', () => {
    const q = 'alpha omega';
    const check = counted(hasAll(q));
    const ids = INDEX.every(q, 10, undefined, { verify: check.fn });
    expect(check.calls()).toBeGreaterThan(0);
    expect(ids).toHaveLength(10);
    expect(ids.every(hasAll(q))).toBe(true);
    expect(new Set(INDEX.every(q, 30, undefined, { verify: hasAll(q) }))).toEqual(new Set(every(hasAll(q))));
  });

  it('with a filter: only accepted texts', () => {
    const even = (id: number) => id % 2 === 0;
    const phrase = INDEX.together('hop tac quoc phong', 20, even, hasPhrase('hop tac quoc phong'));
    expect(phrase).toHaveLength(20);
    expect(phrase.every((id) => even(id) && hasPhrase('hop tac quoc phong')(id))).toBe(true);
    const q = 'alpha omega';
    expect(new Set(INDEX.every(q, 30, even, { verify: hasAll(q) }))).toEqual(new Set(every(hasAll(q)).filter(even)));
  });

  it('a limit larger than the matches: every match, as FlexSearch alone gives them', () => {
    const q = 'ninh bien dong';
    expect(new Set(INDEX.every(q, 5000, undefined, { verify: hasAll(q) }))).toEqual(new Set(every(hasAll(q))));
    expect(new Set(INDEX.every(q, 5000))).toEqual(new Set(every(hasAll(q))));
  });
});

describe('SearchIndex.restore: a snapshot imported a piece per turn of the event loop', () => {
  it('answers as the index it was taken from, and timers run between the pieces', async () => {
    const articles = TEXTS.slice(0, 600).map((t, i) => ({
      ...parse(`Title ${i}\n\n${t}`, undefined, `a${i}`),
      title: `Title ${i}`,
      paragraphs: [t],
    }));
    const built = new SearchIndex(articles);
    const snap = built.snapshot();
    const parts = [...snap.parts];
    expect(parts.length).toBeGreaterThanOrEqual(3); // FlexSearch's register, words and pairs at least
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const restored = await SearchIndex.restore(articles, { ...snap, parts });
    ticking = false;
    expect(ticks).toBeGreaterThanOrEqual(parts.length - 1);
    for (const q of ['hop tac quoc phong', 'ninh bien dong', 'alpha omega', 'kilo'])
      expect(restored.search(q, { limit: 20 })).toEqual(built.search(q, { limit: 20 }));
  });
});
