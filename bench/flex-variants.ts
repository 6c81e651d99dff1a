/**
 * Which FlexSearch configuration the bot's index uses, measured: each variant in its own process on the
 * bench's synthetic corpus (seed 42), the index built by SearchIndex with those options (the ranking and
 * filters included in the search figures), the bench's 20-query search mix, limit 20.
 *
 *   node --expose-gc dist/bench/flex-variants.js [--sizes 1000,10000] [--variants both-d2,folded-d1,...]
 *
 * Variants: `both-dN` (one index, folded + exact forms, context depth N; 0 = no context), `folded-dN`.
 * Prints one line per size and variant: build (wall, and process CPU time: the machine is shared), heap,
 * search p50/p99 (and mean CPU time per search), export size, import time, hits over the mix.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FLEX, type FlexOptions } from '../src/search/flexsearch-index.js';
import { SearchIndex } from '../src/search/search-index.js';
import { SEARCH_MIX, latency, loadedSyntheticArticles } from './harness.js';

const MB = 1024 * 1024;

function optionsOf(variant: string): FlexOptions {
  const m = /^(both|folded)-d(\d)$/.exec(variant);
  if (!m) throw new Error(`unknown variant ${variant}`);
  return { ...DEFAULT_FLEX, forms: m[1] as 'both' | 'folded', depth: Number(m[2]) };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function child(size: number, variant: string): void {
  const articles = loadedSyntheticArticles(size);
  const options = optionsOf(variant);
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const index = new SearchIndex(articles, undefined, undefined, options);
  const buildMs = performance.now() - t0;
  const buildCpuMs = (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - h0) / MB;
  let hits = 0;
  for (const q of SEARCH_MIX) hits += index.search(q).length;
  for (let p = 0; p < 10; p++) for (const q of SEARCH_MIX) index.search(q);
  const samples: number[] = [];
  const s0 = process.cpuUsage();
  for (let i = 0; i < 520; i++) {
    const q = SEARCH_MIX[i % SEARCH_MIX.length] as string;
    const t = performance.now();
    index.search(q);
    samples.push(performance.now() - t);
  }
  const lat = latency(samples);
  const searchCpuMs = (process.cpuUsage(s0).user + process.cpuUsage(s0).system) / 1000 / samples.length;
  const snap = index.snapshot();
  const exportBytes = [...snap.parts].reduce(
    (n, [, d]) => n + (typeof d === 'string' ? Buffer.byteLength(d) : d.byteLength),
    0,
  );
  const t1 = performance.now();
  const again = new SearchIndex(articles, snap);
  const importMs = performance.now() - t1;
  if (again.entryCount !== index.entryCount) throw new Error('import lost entries');
  console.log(
    [
      size,
      variant,
      `build ${buildMs.toFixed(0)} ms (cpu ${buildCpuMs.toFixed(0)})`,
      `heap +${heapMB.toFixed(0)} MB`,
      `search p50 ${lat.p50Ms} p99 ${lat.p99Ms} ms (cpu mean ${searchCpuMs.toFixed(3)})`,
      `export ${(exportBytes / MB).toFixed(1)} MB`,
      `import ${importMs.toFixed(0)} ms`,
      `hits ${hits}`,
    ].join(' | '),
  );
}

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--child')) {
  child(Number(arg('--size')), arg('--variant') as string);
} else {
  const sizes = (arg('--sizes') ?? '1000,10000').split(',').map(Number);
  const variants = (arg('--variants') ?? 'both-d2,both-d1,folded-d1,folded-d0').split(',');
  for (const size of sizes) {
    for (const variant of variants) {
      const r = spawnSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), '--child', '--size', String(size), '--variant', variant],
        { stdio: 'inherit' },
      );
      if (r.status !== 0) console.log(`${size} | ${variant} | failed (${r.status})`);
    }
  }
}
