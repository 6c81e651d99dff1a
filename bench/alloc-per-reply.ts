/**
 * Bytes allocated per reply (answerInput + renderDiscord), by kind of the bench's answer mix, on the
 * synthetic corpus: what decides how often a reply meets a young-generation GC (the answer p99).
 *
 *   node --expose-gc --max-semi-space-size=64 dist/bench/alloc-per-reply.js [--size 1000] [--runs 200]
 *        [--kinds dialogue,question] [--sample-out FILE.heapprofile]
 *
 * Each reply's allocation is the growth of `heapUsed` across it (a reply during which a GC ran shows
 * a fall and is left out; a large semi-space makes that rare). Run without --max-semi-space-size, the
 * young-generation GCs counted over the passes are what the bench's timed replies meet (about one reply
 * in a hundred meeting one puts the GC pause in the answer p99). With --sample-out, V8's sampling heap
 * profiler also records, over the same replies, which functions allocate (objects collected by minor
 * and major GCs included), and the top allocating functions are printed.
 */
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { Corpus } from '../src/corpus/corpus.js';
import { ANSWER_MIX, answerAndRender, loadedSyntheticArticles } from './harness.js';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

function topAllocators(root: SamplingNode, top: number): { fn: string; bytes: number }[] {
  const self = new Map<string, number>();
  const walk = (n: SamplingNode) => {
    const cf = n.callFrame;
    const where = cf.url ? `${cf.url.replace(/^.*\/dist\//, '')}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c);
  };
  walk(root);
  return [...self]
    .map(([fn, bytes]) => ({ fn, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

async function main(): Promise<void> {
  const size = Number(arg('--size', '1000'));
  const runs = Number(arg('--runs', '200'));
  const sampleOut = process.argv.includes('--sample-out') ? arg('--sample-out', '') : undefined;
  const kinds = process.argv.includes('--kinds') ? new Set(arg('--kinds', '').split(',')) : undefined;
  const mix = ANSWER_MIX.filter((q) => !kinds || kinds.has(q.kind));
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');

  const articles = loadedSyntheticArticles(size);
  const corpus = new Corpus(articles);
  for (let p = 0; p < 10; p++) for (const q of ANSWER_MIX) answerAndRender(corpus, q.input);

  let session: Session | undefined;
  if (sampleOut) {
    session = new Session();
    session.connect();
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 512,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
  }

  const gcs: { young: boolean; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      gcs.push({ young: kind === constants.NODE_PERFORMANCE_GC_MINOR, ms: e.duration });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const byKind = new Map<string, number[]>();
  let skipped = 0;
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    if (r === 0) gc(); // once: a full GC per pass would be a GC the bench's replies never see
    for (const q of mix) {
      const h0 = process.memoryUsage().heapUsed;
      const out = answerAndRender(corpus, q.input);
      const grown = process.memoryUsage().heapUsed - h0;
      if (out) sink++;
      if (grown < 0) {
        skipped++;
        continue;
      }
      let a = byKind.get(q.kind);
      if (!a) byKind.set(q.kind, (a = []));
      a.push(grown);
    }
  }
  await new Promise((r) => setTimeout(r, 50)); // GC entries are delivered asynchronously
  observer.disconnect();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const all = [...byKind.values()].flat();
  const kb = (x: number) => (x / 1024).toFixed(1);
  process.stdout.write(
    `${size} articles, ${runs} passes over ${mix.length} inputs of the answer mix (${skipped} replies with a GC left out)\n`,
  );
  process.stdout.write(`kind       mean KB  median KB  (per reply)\n`);
  for (const [k, xs] of [...byKind, ['all', all] as [string, number[]]])
    process.stdout.write(`${k.padEnd(10)} ${kb(mean(xs)).padStart(7)}  ${kb(median(xs)).padStart(9)}\n`);
  const young = gcs.filter((g) => g.young);
  process.stdout.write(
    `young-generation GCs: ${young.length} over ${runs * mix.length} replies (${((100 * young.length) / (runs * mix.length)).toFixed(2)} per 100), ${young.reduce((t, g) => t + g.ms, 0).toFixed(1)} ms; other GCs: ${gcs.length - young.length}\n`,
  );
  if (sink < 0) process.stdout.write('');

  if (session && sampleOut) {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    writeFileSync(sampleOut, JSON.stringify(profile));
    const total = all.length ? all.reduce((s, x) => s + x, 0) : 1;
    process.stdout.write(`\ntop allocating functions (sampled, all passes; share of the measured total):\n`);
    for (const r of topAllocators(profile.head, 25))
      process.stdout.write(
        `${kb(r.bytes).padStart(10)} KB ${((100 * r.bytes) / total).toFixed(1).padStart(5)}%  ${r.fn}\n`,
      );
    session.disconnect();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`alloc-per-reply: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
