/**
 * The benchmark harness at its smallest: one size (100 articles), a handful of timed queries, run in
 * this process (the CLI runs the same `measureSize` in a child per size). Checks the report's shape and
 * that every figure is a finite positive number.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_MIX, AUTOCOMPLETE_MIX, SEARCH_MIX, measureSize, percentile } from '../../bench/harness.js';
import { measureBotAtScale } from '../../bench/bot-at-scale.js';
import { assembleReport, checkTargets, formatReport, parseArgs } from '../../bench/run.js';
import { PROJECT_ROOT } from '../../src/config/paths.js';

const positive = (x: unknown) => {
  expect(typeof x).toBe('number');
  expect(Number.isFinite(x as number)).toBe(true);
  expect(x as number).toBeGreaterThan(0);
};

describe('bench harness', () => {
  it('measures 100 articles and reports the documented JSON shape', async () => {
    const size = await measureSize({ size: 100, queries: 12, warmup: 0 });
    const report = JSON.parse(
      JSON.stringify(assembleReport([size], 12, { nodeMs: 40, consoleMs: 120, deltaMs: 80, runs: 1 })),
    );

    expect(Object.keys(report).sort()).toEqual(['machine', 'queries', 'sizes', 'startup', 'targets']);
    expect(report.sizes).toHaveLength(1);
    const s = report.sizes[0];
    expect(s.articles).toBe(100);
    for (const k of ['parseMs', 'buildMs', 'heapMB', 'rssMB']) positive(s[k]);
    for (const k of ['answer', 'autocomplete', 'search']) {
      expect(Object.keys(s[k]).sort()).toEqual(['p50Ms', 'p99Ms']);
      positive(s[k].p50Ms);
      positive(s[k].p99Ms);
      expect(s[k].p99Ms).toBeGreaterThanOrEqual(s[k].p50Ms);
    }
    expect(Object.keys(s.peers).sort()).toEqual(['flexsearch', 'linear', 'minisearch']);
    expect(Object.keys(s.peers.flexsearch).sort()).toEqual(['buildMs', 'heapMB', 'p50Ms', 'p99Ms']);
    for (const k of ['buildMs', 'p50Ms', 'p99Ms']) positive(s.peers.flexsearch[k]);
    positive(s.detail.hits.flexsearch);
    expect(s.detail.answerFirstPass.n).toBeGreaterThan(30);
    expect(Object.keys(s.peers.minisearch).sort()).toEqual(['buildMs', 'heapMB', 'p50Ms', 'p99Ms']);
    for (const k of ['buildMs', 'p50Ms', 'p99Ms']) positive(s.peers.minisearch[k]);
    expect(Number.isFinite(s.peers.minisearch.heapMB)).toBe(true); // a heap delta: may be ~0 without --expose-gc
    expect(Object.keys(s.peers.linear).sort()).toEqual(['p50Ms', 'p99Ms']);
    positive(s.peers.linear.p50Ms);
    positive(s.peers.linear.p99Ms);
    expect(s.detail.timed.answer).toBe(12);
    expect(s.detail.parsedArticles).toBeGreaterThan(90);
    // Every search engine finds something for the comparable mix.
    positive(s.detail.hits.ours);
    positive(s.detail.hits.minisearch);
    positive(s.detail.hits.linear);

    expect(report.machine.node).toBe(process.version);
    positive(report.machine.cpus);
    positive(report.machine.totalMemGB);
    expect(report.queries.count).toBe(12);
    expect(report.queries.mix).toHaveLength(ANSWER_MIX.length + AUTOCOMPLETE_MIX.length + SEARCH_MIX.length);
    expect(report.startup).toEqual({ nodeMs: 40, consoleMs: 120, deltaMs: 80, runs: 1 });
    // Only the size-independent target applies at 100 articles: start-up.
    expect(report.targets.map((t: { target: string }) => t.target)).toEqual(['console start-up ≤ node -e 0 + 150 ms']);
    expect(formatReport(report)).toMatch(/PASS|MISS/);
  });

  it('checks targets at 1,000 and 10,000 articles', () => {
    const base = {
      parseMs: 1,
      heapMB: 1,
      search: { p50Ms: 1, p99Ms: 1 },
      autocomplete: { p50Ms: 0.1, p99Ms: 0.5 },
      peers: { minisearch: { buildMs: 1, p50Ms: 1, p99Ms: 2, heapMB: 1 }, linear: { p50Ms: 1, p99Ms: 1 } },
    };
    const sizes = [
      { ...base, articles: 1000, buildMs: 450, rssMB: 100, answer: { p50Ms: 0.2, p99Ms: 1.5 } },
      { ...base, articles: 10000, buildMs: 2500, rssMB: 450, answer: { p50Ms: 1, p99Ms: 4 } },
    ] as unknown as Parameters<typeof checkTargets>[0];
    const byName = Object.fromEntries(checkTargets(sizes).map((t) => [t.target, t.pass]));
    expect(byName['build ≤ 500 ms at 1,000']).toBe(true);
    expect(byName['answer p99 ≤ 1 ms at 1,000']).toBe(false);
    expect(byName['build ≤ 5 s at 10,000']).toBe(true);
    expect(byName['RSS ≤ 400 MB at 10,000']).toBe(false);
    expect(byName['answer p99 x 10 ≤ MiniSearch p99 at 10,000']).toBe(false); // 4 ms x 10 > 2 ms
    // The bot started on disk: console RSS after answering plus discord.js's share; restart readiness at 100k.
    const bot = (articles: number, rssMB: number, readyMs: number) => ({
      articles,
      corpusMB: 1,
      cacheMB: 1,
      runs: 1,
      discordClientMB: 40,
      cold: { readyMs: readyMs * 5, answerMs: 1, rssMB, peakRssMB: rssMB * 1.5 },
      warm: { readyMs, answerMs: 1, rssMB: rssMB - 50, peakRssMB: rssMB },
    });
    const withBots = Object.fromEntries(
      checkTargets(sizes, undefined, [bot(10_000, 350, 2000), bot(100_000, 2000, 12_000)]).map((t) => [t.target, t]),
    );
    expect(withBots['bot RSS (console + discord.js client) ≤ 400 MB at 10,000']).toMatchObject({
      actual: 390,
      pass: true,
    });
    expect(withBots['bot restart (caches present) ready ≤ 1 s at 10,000']).toMatchObject({ actual: 2000, pass: false });
    expect(withBots['bot restart (caches present) ready ≤ 10 s at 100,000']).toMatchObject({
      actual: 12_000,
      pass: false,
    });
  });

  it('starts the real bot on a corpus written to disk, without and with its caches', async () => {
    const b = await measureBotAtScale(PROJECT_ROOT, 30, 5, 1, () => {});
    expect(b.articles).toBe(30);
    positive(b.corpusMB);
    positive(b.cacheMB); // the first start wrote the parse and index caches
    for (const s of [b.cold, b.warm]) {
      positive(s.readyMs);
      positive(s.answerMs);
      if (process.platform === 'linux') {
        positive(s.rssMB);
        expect(s.peakRssMB).toBeGreaterThanOrEqual(s.rssMB);
      }
    }
    positive(b.discordClientMB);
  }, 60_000);

  it('parses its command line', () => {
    expect(parseArgs(['--sizes', '100,1k', '--json']).sizes).toEqual([100, 1000]);
    expect(parseArgs([]).sizes).toEqual([100, 1000, 10000, 100000]);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown argument/);
    expect(parseArgs(['--bot-sizes', '10000', '--bot-runs', '2'])).toMatchObject({ botSizes: [10000], botRuns: 2 });
    expect(parseArgs(['--no-bot']).botSizes).toEqual([]);
    expect(parseArgs([]).botSizes).toBeUndefined(); // then: the 10,000 and 100,000 of --sizes
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.99)).toBe(4);
  });
});
