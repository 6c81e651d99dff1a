/**
 * Records what the search index returns for the seed queries (as typed, without diacritics, NFD, with
 * hyphens, upper case), on the two seed articles and on 150 synthetic articles, as the fixture
 * tests/search/baseline.json. Run once with the hand-written index of before issue 10 (commit 9c10616),
 * so that tests/search/baseline.test.ts can show the FlexSearch index returns the same set or better.
 *   npx vite-node tests/search/record-baseline.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedQueries, baselineCorpora } from './baseline-queries.js';

const out: Record<string, Record<string, { all: string[]; partial?: string[] }>> = {};
for (const [name, corpus] of Object.entries(baselineCorpora())) {
  const ids = (q: string, partial: boolean) =>
    corpus.index.search(q, { limit: 1_000_000, partial }).map((h) => `${corpus.articles[h.article]?.id}:${h.paragraph}`).sort();
  out[name] = {};
  for (const q of seedQueries()) {
    const all = ids(q, false);
    const partial = ids(q, true);
    // `partial` is stored only where it differs from `all` (it adds matches only when there are none).
    out[name][q] = partial.join() === all.join() ? { all } : { all, partial };
  }
}
writeFileSync(join(import.meta.dirname, 'baseline.json'), JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');
