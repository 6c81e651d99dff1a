/**
 * Records what the search index returns for the seed queries (as typed, without diacritics, NFD, with
 * hyphens, upper case), on the two seed articles and on 150 synthetic articles, as the fixture
 * tests/search/baseline.json. Run once with the hand-written index of before issue 10 (commit 9c10616),
 * so that tests/search/baseline.test.ts can show the FlexSearch index returns the same set or better.
 * Results are stored as the texts found (title or paragraph), not as article:paragraph numbers, so that a
 * later change in how the parser cuts an article into paragraphs is not read as a lost search result.
 * (The stored file was recorded as ids at 9c10616 and turned into texts with that commit's parser.)
 *   npx vite-node tests/search/record-baseline.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedQueries, baselineCorpora } from './baseline-queries.js';

const out: Record<string, Record<string, { all: string[]; partial?: string[] }>> = {};
for (const [name, corpus] of Object.entries(baselineCorpora())) {
  const ids = (q: string, partial: boolean) =>
    [...new Set(corpus.index.search(q, { limit: 1_000_000, partial }).map((h) => corpus.index.textOf(h)))].sort();
  out[name] = {};
  for (const q of seedQueries()) {
    const all = ids(q, false);
    const partial = ids(q, true);
    // `partial` is stored only where it differs from `all` (it adds matches only when there are none).
    out[name][q] = partial.join() === all.join() ? { all } : { all, partial };
  }
}
writeFileSync(
  join(import.meta.dirname, 'baseline.json'),
  JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n',
);
