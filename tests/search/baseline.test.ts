/**
 * The FlexSearch index against the hand-written index it replaced (issue 10): for every seed query (as
 * typed, without diacritics, NFD, with hyphens, upper case) on the seed articles and 150 synthetic ones,
 * it returns every text the old index returned (tests/search/baseline.json, recorded from commit 9c10616
 * by record-baseline.ts), and nothing that lacks the query's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, words } from '../../src/text/fold.js';
import { baselineCorpora, seedQueries } from './baseline-queries.js';

type Baseline = Record<string, Record<string, { all: string[]; partial?: string[] }>>;
const BASELINE = JSON.parse(readFileSync(join(import.meta.dirname, 'baseline.json'), 'utf8')) as Baseline;

describe('search results on the seed queries: the same set as the old index, or better', () => {
  const corpora = baselineCorpora();
  for (const [name, corpus] of Object.entries(corpora)) {
    it(`${name}: every query`, () => {
      const recorded = BASELINE[name] ?? {};
      const queries = seedQueries();
      expect(Object.keys(recorded).sort()).toEqual([...queries].sort());
      let nonEmpty = 0;
      for (const q of queries) {
        for (const partial of [false, true]) {
          const got = [
            ...new Set(corpus.index.search(q, { limit: 1_000_000, partial }).map((h) => corpus.index.textOf(h))),
          ];
          const before = (partial ? recorded[q]?.partial : undefined) ?? recorded[q]?.all ?? [];
          const missing = before.filter((t) => !got.includes(t));
          expect(missing, `${name} "${q}"${partial ? ' (partial)' : ''} lost`).toEqual([]);
          // Anything new must still hold every folded query word (or two in three for a partial match).
          const qw = [...new Set(words(fold(q)))];
          for (const t of got.filter((x) => !before.includes(x))) {
            const tw = new Set(words(fold(t)));
            const have = qw.filter((w) => tw.has(w)).length;
            expect(have, `${name} "${q}" added ${t.slice(0, 80)}`).toBeGreaterThanOrEqual(
              partial ? Math.ceil((qw.length * 2) / 3) : qw.length,
            );
          }
          if (got.length > 0) nonEmpty++;
        }
      }
      expect(nonEmpty).toBeGreaterThan(queries.length); // the fixture is not a list of empty results
    });
  }
});
