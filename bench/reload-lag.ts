/**
 * The event loop during a corpus (re)load:
 * `node dist/bench/reload-lag.js [--sizes 100,1000] [--runs 3] [--no-in-thread]`.
 * For each size a synthetic corpus is written to disk and loaded, each time with an empty cache folder (a
 * reload after a change misses the parse cache): in this thread with `corpusFromDirectory` (what /reload and
 * the folder watch ran before the load went to workers: parse, build, caches written, all synchronous), and
 * with `Corpus.load` at 1 and 2 worker threads in this process, and 2 in a child process (the default with a
 * cache folder); the index is built in the lead worker, records and index read back.
 * Printed per load: wall time, the longest event-loop stall (perf_hooks.monitorEventLoopDelay, 10 ms
 * resolution, and the largest gap between 10 ms ticks of a timer), and a restart's `Corpus.load` from the
 * caches just written. Medians of `runs`, as JSON lines on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Corpus } from '../src/corpus/corpus.js';
import { corpusFromDirectory } from '../src/corpus/load.js';
import { writeSyntheticCorpus } from '../tests/fixtures/synthetic-corpus.js';

interface Lag {
  wallMs: number;
  maxDelayMs: number;
  maxTickGapMs: number;
  ticks: number;
}

async function measure(load: () => Promise<unknown>): Promise<Lag> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  let last = performance.now();
  let maxGap = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    ticks++;
  }, 10);
  h.enable();
  // The histogram records a stall from its second sample on: let it take a first one before the load.
  await new Promise((r) => setTimeout(r, 25));
  last = performance.now();
  const t0 = performance.now();
  await load();
  const wallMs = performance.now() - t0;
  // One more tick after the load, so that a stall at its very end is counted.
  await new Promise((r) => setTimeout(r, 15));
  h.disable();
  clearInterval(timer);
  return { wallMs, maxDelayMs: h.max / 1e6, maxTickGapMs: maxGap, ticks };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : dflt;
  };
  const sizes = opt('--sizes', '100,1000').split(',').map(Number);
  const runs = Math.max(1, Number(opt('--runs', '3')));
  for (const size of sizes) {
    const root = mkdtempSync(join(tmpdir(), `reload-lag-${size}-`));
    try {
      const dir = join(root, 'articles');
      await writeSyntheticCorpus(dir, size);
      const ways: [string, (cache: string) => Promise<unknown>][] = [
        [
          'in-thread (before)',
          (cache) => new Promise((resolve) => setImmediate(() => resolve(corpusFromDirectory(dir, { cache })))),
        ],
        ['Corpus.load, 1 worker thread', (cache) => Corpus.load(dir, { cache, workers: 1, isolation: 'threads' })],
        [
          'Corpus.load, 2 worker threads',
          (cache) => Corpus.load(dir, { cache, workers: 2, minFilesPerWorker: 1, isolation: 'threads' }),
        ],
        [
          'Corpus.load, 2 worker threads in a child process',
          (cache) => Corpus.load(dir, { cache, workers: 2, minFilesPerWorker: 1 }),
        ],
      ];
      for (const [w, [way, load]] of ways.entries()) {
        if (w === 0 && args.includes('--no-in-thread')) continue;
        const lags: Lag[] = [];
        const restarts: number[] = [];
        for (let i = 0; i < runs; i++) {
          const cache = join(root, `cache-${w}-${i}`);
          lags.push(await measure(() => load(cache)));
          const t0 = performance.now();
          await Corpus.load(dir, { cache });
          restarts.push(performance.now() - t0);
          rmSync(cache, { recursive: true, force: true });
        }
        const out = {
          articles: size,
          way,
          runs,
          wallMs: r1(median(lags.map((l) => l.wallMs))),
          maxDelayMs: r1(median(lags.map((l) => l.maxDelayMs))),
          maxTickGapMs: r1(median(lags.map((l) => l.maxTickGapMs))),
          ticks: median(lags.map((l) => l.ticks)),
          restartFromCachesMs: r1(median(restarts)),
        };
        process.stdout.write(`${JSON.stringify(out)}\n`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`reload-lag: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
