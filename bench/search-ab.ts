/**
 * Two builds of the bot, the same articles: which search results and replies differ, and how long each
 * search takes in each, measured in one process, alternating, so that the machine's load falls on both.
 *
 *   node dist/bench/search-ab.js --before DIR [--after DIR] [--size 1000] [--rounds 7] [--runs 30]
 *
 * DIR is a checkout with a built dist/ (e.g. `git worktree add /tmp/before <rev> && cd /tmp/before && npm ci`);
 * --after defaults to this checkout. Each query's time is the fastest of `rounds` rounds of `runs`
 * `index.search(q, { limit: 10 })` (the fastest round is the one the machine disturbed least). Results of
 * limits 10 and 20 are compared: identical; reordered; the same scores on other paragraphs (ties); better
 * (some k-th best score higher, none lower) or worse. The 40 replies of the bench's answer mix are compared
 * as Discord payloads.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/parse/schema.js';
import { ANSWER_MIX, SEARCH_MIX, loadedSyntheticArticles } from './harness.js';

export interface Hit {
  article: number;
  paragraph: number;
  score: number;
}
interface Build {
  corpus: { index: { search(q: string, o: { limit: number }): Hit[] } };
  answer(input: string): unknown;
}

/** Queries beyond the bench's search mix: common words, long phrases, words that never stand together. */
const MORE = [
  'hop tac quoc phong',
  'bộ quốc phòng việt nam',
  'viet nam hoa ky',
  'dong chu tri doi thoai',
  'khắc phục hậu quả chiến tranh',
  'the two sides agreed',
  'security cooperation',
  'an ninh biển đông',
];

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

async function load(root: string, articles: Article[]): Promise<Build> {
  const url = (p: string) => pathToFileURL(resolve(root, 'dist', p)).href;
  const { Corpus } = (await import(url('src/corpus/corpus.js'))) as {
    Corpus: new (a: Article[]) => Build['corpus'];
  };
  const { answerAndRender } = (await import(url('bench/harness.js'))) as {
    answerAndRender: (c: Build['corpus'], input: string) => unknown;
  };
  const corpus = new Corpus(articles);
  return { corpus, answer: (input) => answerAndRender(corpus, input) };
}

/** How the second result list compares with the first (see the file's comment). */
export function compare(
  a: readonly Hit[],
  b: readonly Hit[],
): 'same' | 'reordered' | 'ties' | 'better' | 'worse' | 'mixed' {
  const key = (h: Hit) => `${h.article}:${h.paragraph}`;
  if (a.map(key).join() === b.map(key).join()) return 'same';
  const worse = a.some((h, i) => (b[i]?.score ?? -Infinity) < h.score - 1e-9);
  const better = b.some((h, i) => h.score > (a[i]?.score ?? -Infinity) + 1e-9);
  if (worse) return better ? 'mixed' : 'worse';
  if (better) return 'better';
  const keysA = new Set(a.map(key));
  return a.length === b.length && b.every((h) => keysA.has(key(h))) ? 'reordered' : 'ties';
}

async function main(): Promise<void> {
  const before = arg('--before');
  if (!before) throw new Error('--before DIR (a checkout with a built dist/) is required');
  const after = arg('--after', resolve(process.cwd())) as string;
  const size = Number(arg('--size', '1000'));
  const rounds = Number(arg('--rounds', '7'));
  const runs = Number(arg('--runs', '30'));
  const articles = loadedSyntheticArticles(size);
  const [A, B] = [await load(before, articles), await load(after, articles)];
  const time = (x: Build, q: string) => {
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) x.corpus.index.search(q, { limit: 10 });
    return ((performance.now() - t0) / runs) * 1000;
  };
  const counts = new Map<string, number>();
  let sumA = 0;
  let sumB = 0;
  console.log(`${size} articles; µs per search (fastest of ${rounds} rounds of ${runs}); results at limits 10 / 20`);
  for (const q of [...SEARCH_MIX, ...MORE]) {
    for (let w = 0; w < 20; w++) {
      A.corpus.index.search(q, { limit: 10 });
      B.corpus.index.search(q, { limit: 10 });
    }
    const ta: number[] = [];
    const tb: number[] = [];
    for (let r = 0; r < rounds; r++) {
      ta.push(time(A, q));
      tb.push(time(B, q));
    }
    const [a, b] = [Math.min(...ta), Math.min(...tb)];
    sumA += a;
    sumB += b;
    const verdicts = [10, 20].map((limit) =>
      compare(A.corpus.index.search(q, { limit }), B.corpus.index.search(q, { limit })),
    );
    for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
    console.log(
      `${q.padEnd(34)} ${a.toFixed(0).padStart(7)} → ${b.toFixed(0).padStart(7)} µs  ${(b / a).toFixed(2)}x  ${verdicts.join(' / ')}`,
    );
  }
  const replies = ANSWER_MIX.filter((m) => JSON.stringify(A.answer(m.input)) !== JSON.stringify(B.answer(m.input)));
  console.log(
    `sum ${sumA.toFixed(0)} → ${sumB.toFixed(0)} µs; results: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  console.log(
    `replies of the answer mix: ${ANSWER_MIX.length - replies.length} of ${ANSWER_MIX.length} identical${replies.length ? `; differ: ${replies.map((m) => m.input).join(' | ')}` : ''}`,
  );
}

if (process.argv[1] && /search-ab\.(?:js|ts)$/.test(process.argv[1]))
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
