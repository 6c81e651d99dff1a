/**
 * The measurements behind `npm run bench` for one corpus size (one child process per size, see run.ts):
 * parse, index build, memory, answer latency through the whole path (answerInput + renderDiscord),
 * autocomplete latency, bare search latency (the bot's FlexSearch index with its own ranking), and three
 * peers (MiniSearch, a linear scan, and FlexSearch with default options as a naive user sets it up) on
 * the same paragraph texts with comparable queries.
 *
 * Nothing here caches answers: FlexSearch is built with `cache: false` by SearchIndex, and the
 * engine keeps no memo of its own, so every timed query does the full work.
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import MiniSearch from 'minisearch';
import { editionChoices, topicChoices } from '../src/answer/autocomplete.js';
import { answerInput } from '../src/answer/engine.js';
import type { Locale } from '../src/answer/types.js';
import { Corpus } from '../src/corpus/corpus.js';
import { parseArticle } from '../src/parse/article.js';
import type { Article } from '../src/parse/schema.js';
import { renderDiscord } from '../src/render/discord-payload.js';
import { defaultFlexIndex } from '../src/search/flexsearch-index.js';
import { foldedTokens, fold } from '../src/text/fold.js';
import { syntheticArticle, type SyntheticArticle } from '../tests/fixtures/synthetic-corpus.js';

// ---------------------------------------------------------------------------------------------------
// The query mix (fixed, deterministic)
// ---------------------------------------------------------------------------------------------------

export type AnswerKind = 'dialogue' | 'topic' | 'search' | 'question';
export interface MixItem {
  path: 'answer' | 'autocomplete' | 'search';
  kind: string;
  input: string;
  locale?: Locale;
}

/** What users type, through answerInput + renderDiscord. */
export const ANSWER_MIX: readonly { kind: AnswerKind; input: string }[] = [
  // Edition summaries (1–40 exist in the synthetic corpus; 41 and 999 are unknown editions).
  { kind: 'dialogue', input: '/dialogue 1' },
  { kind: 'dialogue', input: '/dialogue 5' },
  { kind: 'dialogue', input: '/dialogue 9' },
  { kind: 'dialogue', input: '/dialogue 12' },
  { kind: 'dialogue', input: '/dialogue edition:7' },
  { kind: 'dialogue', input: '/dialogue 20' },
  { kind: 'dialogue', input: '/dialogue 33' },
  { kind: 'dialogue', input: '/dialogue 41' },
  // Topics, by slug with and without diacritics, and by name.
  { kind: 'topic', input: '/topic an-ninh-biển' },
  { kind: 'topic', input: '/topic an-ninh-bien' },
  { kind: 'topic', input: '/topic dioxin' },
  { kind: 'topic', input: '/topic bom-mìn' },
  { kind: 'topic', input: '/topic bom-min' },
  { kind: 'topic', input: '/topic Biển Đông' },
  { kind: 'topic', input: '/topic bien-dong' },
  { kind: 'topic', input: '/topic gìn-giữ-hòa-bình' },
  { kind: 'topic', input: '/topic gin-giu-hoa-binh' },
  { kind: 'topic', input: '/topic maritime security' },
  // Full-text search, with and without diacritics.
  { kind: 'search', input: '/search an ninh biển' },
  { kind: 'search', input: '/search an ninh bien' },
  { kind: 'search', input: '/search rà phá bom mìn' },
  { kind: 'search', input: '/search ra pha bom min' },
  { kind: 'search', input: '/search Hà Kim Ngọc' },
  { kind: 'search', input: '/search ha kim ngoc' },
  { kind: 'search', input: '/search tìm kiếm cứu nạn' },
  { kind: 'search', input: '/search Washington' },
  { kind: 'search', input: '/search Puneet Talwar' },
  { kind: 'search', input: '/search hợp tác quốc phòng' },
  // Plain questions, Vietnamese (with and without diacritics) and English.
  { kind: 'question', input: 'ai đồng chủ trì đối thoại lần thứ 9?' },
  { kind: 'question', input: 'doi thoai lan 10 o dau' },
  { kind: 'question', input: 'who co-chaired the 7th dialogue?' },
  { kind: 'question', input: 'Đối thoại lần thứ 12 diễn ra khi nào?' },
  { kind: 'question', input: 'where was the 15th dialogue held?' },
  { kind: 'question', input: 'hai bên thảo luận những gì tại đối thoại lần thứ 3?' },
  { kind: 'question', input: 'đã có bao nhiêu lần đối thoại?' },
  { kind: 'question', input: 'khi nào đối thoại tiếp theo?' },
  { kind: 'question', input: 'doi thoai nam 2015 o dau' },
  { kind: 'question', input: 'dioxin cleanup at Bien Hoa airport' },
  { kind: 'question', input: 'Vietnam US cooperation on cybersecurity' },
  { kind: 'question', input: 'tìm kiếm cứu nạn và cứu trợ thiên tai' },
];

/** Partial input while typing the option, both locales. */
export const AUTOCOMPLETE_MIX: readonly { kind: 'edition' | 'topic'; typed: string; locale: Locale }[] = [
  { kind: 'edition', typed: '', locale: 'vi' },
  { kind: 'edition', typed: '1', locale: 'vi' },
  { kind: 'edition', typed: '9', locale: 'en' },
  { kind: 'edition', typed: '2', locale: 'vi' },
  { kind: 'edition', typed: '20', locale: 'en' },
  { kind: 'edition', typed: 'lan', locale: 'vi' },
  { kind: 'edition', typed: 'ha n', locale: 'vi' },
  { kind: 'edition', typed: 'wash', locale: 'en' },
  { kind: 'edition', typed: '201', locale: 'en' },
  { kind: 'topic', typed: '', locale: 'vi' },
  { kind: 'topic', typed: 'a', locale: 'vi' },
  { kind: 'topic', typed: 'an ninh', locale: 'vi' },
  { kind: 'topic', typed: 'an-ninh-b', locale: 'vi' },
  { kind: 'topic', typed: 'biển đ', locale: 'vi' },
  { kind: 'topic', typed: 'dio', locale: 'en' },
  { kind: 'topic', typed: 'mar', locale: 'en' },
  { kind: 'topic', typed: 'cứu', locale: 'vi' },
  { kind: 'topic', typed: 'peace', locale: 'en' },
];

/** The search part, comparable across engines: the same strings go to our index, MiniSearch and the scan. */
export const SEARCH_MIX: readonly string[] = [
  'an ninh biển',
  'an ninh bien',
  'rà phá bom mìn',
  'ra pha bom min',
  'Hà Kim Ngọc',
  'ha kim ngoc',
  'tìm kiếm cứu nạn',
  'tim kiem cuu nan',
  'Washington',
  'Puneet Talwar',
  'hợp tác quốc phòng',
  'Biển Đông',
  'bien dong',
  'dioxin',
  'gìn giữ hòa bình',
  'cứu trợ thiên tai',
  'an ninh mạng',
  'cybersecurity cooperation',
  'đồng chủ trì đối thoại',
  'dong chu tri',
];

export function mixDescription(): MixItem[] {
  return [
    ...ANSWER_MIX.map((q) => ({ path: 'answer' as const, kind: q.kind, input: q.input })),
    ...AUTOCOMPLETE_MIX.map((q) => ({ path: 'autocomplete' as const, kind: q.kind, input: q.typed, locale: q.locale })),
    ...SEARCH_MIX.map((q) => ({ path: 'search' as const, kind: 'search', input: q })),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------

export interface Latency {
  p50Ms: number;
  p99Ms: number;
}

export interface SizeResult {
  articles: number;
  parseMs: number;
  buildMs: number;
  heapMB: number;
  rssMB: number;
  answer: Latency;
  autocomplete: Latency;
  search: Latency;
  peers: {
    minisearch: { buildMs: number; p50Ms: number; p99Ms: number; heapMB: number };
    linear: { p50Ms: number; p99Ms: number };
    /** FlexSearch with default options (`new Index()`), as a naive user sets it up. */
    flexsearch: { buildMs: number; p50Ms: number; p99Ms: number; heapMB: number };
  };
  /** Extra figures (not part of the fixed shape): per-kind latencies, counts, hit totals. */
  detail: SizeDetail;
}

export interface SizeDetail {
  seed: number;
  generated: number;
  parsedArticles: number;
  paragraphs: number;
  indexEntries: number;
  editions: number;
  /** Timed calls per path. */
  timed: {
    answer: number;
    autocomplete: number;
    search: number;
    minisearch: number;
    linear: number;
    flexsearch: number;
  };
  answerByKind: Record<string, Latency & { maxMs: number; n: number }>;
  autocompleteByKind: Record<string, Latency & { maxMs: number; n: number }>;
  answerMaxMs: number;
  /** One untimed-by-the-percentiles pass over the answer mix right after the build (JIT-cold). */
  answerFirstPass: Latency & { maxMs: number; n: number };
  /** Untimed passes over each mix before the timed queries. */
  warmupPasses: number;
  /**
   * Process CPU time (user + system, all threads) for the same phases: on a machine shared with other
   * work, wall-clock figures include time spent waiting for a core; these do not.
   */
  cpu: { parseMs: number; buildMs: number; answer: Latency; autocomplete: Latency; search: Latency };
  /** 1-minute load average when the size started and ended (2-core machine: above 2 means queueing). */
  loadAvg: { start: number; end: number };
  /** Total hits over one pass of SEARCH_MIX (ours with limit 20, MiniSearch all, scan all, default FlexSearch all). */
  hits: { ours: number; minisearch: number; linear: number; flexsearch: number };
  /** Heap growth of building one more SearchIndex over the same articles: our index alone. */
  ourIndexHeapMB?: number;
  gcExposed: boolean;
  wallMs: number;
}

export interface MeasureOptions {
  size: number;
  seed?: number;
  /** Timed queries per path (answer, autocomplete, search); the mix is cycled. */
  queries?: number;
  /** Untimed passes over each mix first. */
  warmup?: number;
  /** Write a CPU profile of each phase (parse, build, answer, autocomplete, search) to this folder. */
  profileDir?: string;
  /** Also measure the heap of our index alone (builds a second SearchIndex). */
  indexHeap?: boolean;
  /** Seconds each timed path may take (after one full pass of its mix); default 90. */
  budgetS?: number;
  /** Leave out the peers (their figures are then NaN): for profiling runs. */
  skipPeers?: boolean;
  log?: (msg: string) => void;
}

export const DEFAULT_QUERIES = 520;
/**
 * Untimed passes over each mix before timing: enough for V8 to optimise the hot code (with 2 passes the
 * 1k-article p99 was dominated by the first ~200 timed queries running half-optimised code). Nothing is
 * cached by these passes: there is no answer cache; the figures of the first pass are reported apart.
 */
export const DEFAULT_WARMUP = 10;
export const DEFAULT_BUDGET_S = 90;

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

const MB = 1024 * 1024;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[k] as number;
}

export function latency(samples: readonly number[]): Latency & { maxMs: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(s, 0.5), 4),
    p99Ms: round(percentile(s, 0.99), 4),
    maxMs: round(s[s.length - 1] ?? NaN, 4),
    n: s.length,
  };
}

function gc(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) return false;
  g();
  g();
  return true;
}

/**
 * Cycle through `items` until `count` calls were timed, or the time budget is spent once at least one
 * full pass over the mix was timed; returns one sample (ms) per call.
 */
function timeCycled<T>(
  items: readonly T[],
  count: number,
  budgetMs: number,
  fn: (item: T) => unknown,
  onSample?: (item: T, ms: number) => void,
  cpuOut?: number[],
): number[] {
  const out: number[] = [];
  const minCount = Math.min(count, items.length);
  const start = performance.now();
  let sink = 0;
  for (let i = 0; i < count; i++) {
    if (i >= minCount && performance.now() - start > budgetMs) break;
    const item = items[i % items.length] as T;
    const c0 = cpuOut ? process.cpuUsage() : undefined;
    const t0 = performance.now();
    const r = fn(item);
    const ms = performance.now() - t0;
    if (c0) {
      const c = process.cpuUsage(c0);
      cpuOut?.push((c.user + c.system) / 1000);
    }
    out.push(ms);
    if (r) sink++;
    onSample?.(item, ms);
  }
  if (sink < 0) console.log(sink); // keep results alive
  return out;
}

/** Untimed passes over the mix (stopping early, after a whole pass, once a quarter of the budget is spent). */
function warm<T>(items: readonly T[], passes: number, budgetMs: number, fn: (item: T) => unknown): void {
  const start = performance.now();
  for (let p = 0; p < passes; p++) {
    if (p > 0 && performance.now() - start > budgetMs / 4) return;
    for (const it of items) fn(it);
  }
}

class PhaseProfiler {
  private session?: Session;
  constructor(
    private readonly dir: string | undefined,
    private readonly size: number,
  ) {}
  async run<T>(phase: string, fn: () => T): Promise<T> {
    if (!this.dir) return fn();
    if (!this.session) {
      this.session = new Session();
      this.session.connect();
      await this.session.post('Profiler.enable');
      await this.session.post('Profiler.setSamplingInterval', { interval: 200 });
    }
    await this.session.post('Profiler.start');
    try {
      return fn();
    } finally {
      const { profile } = await this.session.post('Profiler.stop');
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(join(this.dir, `size-${this.size}-${phase}.cpuprofile`), JSON.stringify(profile));
    }
  }
  close(): void {
    this.session?.disconnect();
  }
}

/**
 * A synthetic article parsed as the loader keeps it: the furniture the parser dropped (kept on the record for
 * `npm run parse`) is not held by the bot, and a file with nothing left after removing it is skipped.
 */
export function asLoaded(r: SyntheticArticle): Article | undefined {
  const a = parseArticle({ id: r.file.replace(/\.[^./]+$/, ''), file: r.file, raw: r.text });
  delete a.dropped;
  return a.paragraphs.length > 0 || a.title ? a : undefined;
}

/** The first `size` synthetic articles (the bench's seed unless given), parsed as the loader keeps them. */
export function loadedSyntheticArticles(size: number, seed = 42): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < size; i++) {
    const a = asLoaded(syntheticArticle(i, seed));
    if (a) out.push(a);
  }
  return out;
}

/** One answer through the whole path a Discord reply takes. */
export function answerAndRender(corpus: Corpus, input: string): unknown {
  const { answer, language } = answerInput(corpus, input);
  return renderDiscord(answer, { locale: language });
}

function autocomplete(corpus: Corpus, q: (typeof AUTOCOMPLETE_MIX)[number]): unknown {
  return q.kind === 'edition' ? editionChoices(corpus, q.typed, q.locale) : topicChoices(corpus, q.typed, q.locale);
}

/** The paragraph texts exactly as our index holds them (title first, then paragraphs), for the peers. */
function indexTexts(corpus: Corpus): string[] {
  return corpus.index.entries.map((e) => corpus.index.textOf(e));
}

// ---------------------------------------------------------------------------------------------------
// One size
// ---------------------------------------------------------------------------------------------------

export async function measureSize(opts: MeasureOptions): Promise<SizeResult> {
  const { size, seed = 42, queries = DEFAULT_QUERIES, warmup = DEFAULT_WARMUP, log = () => {} } = opts;
  const budgetMs = (opts.budgetS ?? DEFAULT_BUDGET_S) * 1000;
  const wall0 = performance.now();
  const load0 = loadavg()[0] ?? NaN;
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const prof = new PhaseProfiler(opts.profileDir, size);
  const tag = `[bench ${size}]`;

  // Generate and parse in batches: generation is not timed, and the raw texts of 100k articles are not
  // all held at once (they would dominate the memory figures).
  const BATCH = 1000;
  const articles: Article[] = [];
  let parseMs = 0;
  let parseCpuMs = 0;
  let generated = 0;
  await prof.run('parse', () => {
    for (let start = 0; start < size; start += BATCH) {
      const raws = [];
      for (let i = start; i < Math.min(size, start + BATCH); i++) raws.push(syntheticArticle(i, seed));
      generated += raws.length;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const r of raws) {
        const a = asLoaded(r);
        if (a) articles.push(a);
      }
      parseMs += performance.now() - t0;
      parseCpuMs += cpuMs(process.cpuUsage(c0));
      if (size >= 10_000 && (start / BATCH) % 10 === 9)
        log(`${tag} parsed ${start + BATCH}/${size} (${(parseMs / 1000).toFixed(1)} s)`);
    }
  });
  log(`${tag} parse ${parseMs.toFixed(0)} ms for ${articles.length} articles`);

  const gcExposed = gc();
  let corpus!: Corpus;
  const bc0 = process.cpuUsage();
  const t0 = performance.now();
  await prof.run('build', () => {
    corpus = new Corpus(articles);
  });
  const buildMs = performance.now() - t0;
  const buildCpuMs = cpuMs(process.cpuUsage(bc0));
  gc();
  const mem = process.memoryUsage();
  log(
    `${tag} build ${buildMs.toFixed(0)} ms; heap ${(mem.heapUsed / MB).toFixed(0)} MB, rss ${(mem.rss / MB).toFixed(0)} MB`,
  );

  let ourIndexHeapMB: number | undefined;
  if (opts.indexHeap) {
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const extra = new Corpus(articles).index;
    gc();
    ourIndexHeapMB = (process.memoryUsage().heapUsed - h0) / MB;
    if (extra.entries.length < 0) log('');
  }

  // Answers: the whole path. The first pass right after the build is timed on its own (code not yet
  // optimised by the JIT, memos of folded words empty): what the first users after a restart see.
  const firstPass = latency(
    ANSWER_MIX.map((q) => {
      const t = performance.now();
      answerAndRender(corpus, q.input);
      return performance.now() - t;
    }),
  );
  log(`${tag} answer first pass after build: p50 ${firstPass.p50Ms} ms, max ${firstPass.maxMs} ms`);
  warm(ANSWER_MIX, warmup, budgetMs, (q) => answerAndRender(corpus, q.input));
  const byKind = new Map<string, number[]>();
  const answerCpu: number[] = [];
  const answerSamples = await prof.run('answer', () =>
    timeCycled(
      ANSWER_MIX,
      queries,
      budgetMs,
      (q) => answerAndRender(corpus, q.input),
      (q, ms) => {
        let a = byKind.get(q.kind);
        if (!a) byKind.set(q.kind, (a = []));
        a.push(ms);
      },
      answerCpu,
    ),
  );
  const answer = latency(answerSamples);
  log(`${tag} answer p50 ${answer.p50Ms} ms p99 ${answer.p99Ms} ms (${answerSamples.length} queries)`);

  // Autocomplete.
  warm(AUTOCOMPLETE_MIX, warmup, budgetMs, (q) => autocomplete(corpus, q));
  const acByKind = new Map<string, number[]>();
  const acCpu: number[] = [];
  const acSamples = await prof.run('autocomplete', () =>
    timeCycled(
      AUTOCOMPLETE_MIX,
      queries,
      budgetMs,
      (q) => autocomplete(corpus, q),
      (q, ms) => {
        let a = acByKind.get(q.kind);
        if (!a) acByKind.set(q.kind, (a = []));
        a.push(ms);
      },
      acCpu,
    ),
  );
  const ac = latency(acSamples);
  log(`${tag} autocomplete p50 ${ac.p50Ms} ms p99 ${ac.p99Ms} ms`);

  // Our bare search (the part comparable with the peers).
  const hits = { ours: 0, minisearch: 0, linear: 0, flexsearch: 0 };
  const searchCpu: number[] = [];
  for (const q of SEARCH_MIX) hits.ours += corpus.index.search(q).length;
  warm(SEARCH_MIX, warmup - 1, budgetMs, (q) => corpus.index.search(q));
  const searchSamples = await prof.run('search', () =>
    timeCycled(SEARCH_MIX, queries, budgetMs, (q) => corpus.index.search(q), undefined, searchCpu),
  );
  const search = latency(searchSamples);
  log(`${tag} search p50 ${search.p50Ms} ms p99 ${search.p99Ms} ms`);

  /**
   * One peer: built (timed, with the heap it adds), its hits over one pass of the mix counted with `all`,
   * then `top` (its first 20) warmed and timed like our search; dropped before the next peer.
   */
  const measurePeer = (name: string, build: () => { all: (q: string) => unknown[]; top: (q: string) => unknown }) => {
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    let peer: ReturnType<typeof build> | undefined = build();
    const buildMs = performance.now() - t0;
    gc();
    const heapMB = (process.memoryUsage().heapUsed - h0) / MB;
    let hitCount = 0;
    for (const q of SEARCH_MIX) hitCount += peer.all(q).length;
    warm(SEARCH_MIX, warmup - 1, budgetMs, peer.top);
    const samples = timeCycled(SEARCH_MIX, queries, budgetMs, peer.top);
    const lat = latency(samples);
    log(
      `${tag} ${name} build ${buildMs.toFixed(0)} ms, heap +${heapMB.toFixed(0)} MB, p50 ${lat.p50Ms} ms p99 ${lat.p99Ms} ms`,
    );
    peer = undefined;
    gc();
    return { buildMs, heapMB, lat, samples, hitCount };
  };

  const runPeers = () => {
    const texts = indexTexts(corpus);
    // Peer 1: MiniSearch over the same texts, folded the same way, all words required.
    const mini = measurePeer('minisearch', () => {
      const m = new MiniSearch<{ id: number; text: string }>({
        fields: ['text'],
        storeFields: [],
        processTerm: (term) => fold(term) || null,
        searchOptions: { combineWith: 'AND', prefix: false, fuzzy: false },
      });
      m.addAll(texts.map((text, id) => ({ id, text })));
      return { all: (q) => m.search(q), top: (q) => m.search(q).slice(0, 20) };
    });
    hits.minisearch = mini.hitCount;

    // Peer 2: a linear scan: every paragraph folded once up front, each query's folded words matched as
    // whole tokens (" word " substrings) in every paragraph, first 20 kept.
    const linear = measurePeer('linear', () => {
      const folded = texts.map((t) => ` ${foldedTokens(t).join(' ')} `);
      const scan = (q: string): number[] => {
        const needles = foldedTokens(q).map((w) => ` ${w} `);
        const out: number[] = [];
        if (needles.length === 0) return out;
        for (let id = 0; id < folded.length; id++) {
          const p = folded[id] as string;
          let ok = true;
          for (const n of needles) {
            if (!p.includes(n)) {
              ok = false;
              break;
            }
          }
          if (ok) out.push(id);
        }
        return out;
      };
      return { all: scan, top: (q) => scan(q).slice(0, 20) };
    });
    hits.linear = linear.hitCount;

    // Peer 3: FlexSearch with every default (`new Index()`), as a naive user sets it up: raw texts, raw
    // queries, first 20 (its hit count: all of them). The bot's FlexSearch is "srch" above.
    const flex = measurePeer('flexsearch', () => {
      const index = defaultFlexIndex();
      texts.forEach((t, id) => index.add(id, t));
      return { all: (q) => index.search(q, 1_000_000), top: (q) => index.search(q, 20) };
    });
    hits.flexsearch = flex.hitCount;
    return { mini, linear, flex };
  };
  const nan = { p50Ms: NaN, p99Ms: NaN, maxMs: NaN, n: 0 };
  const none = { buildMs: NaN, heapMB: NaN, lat: nan, samples: [] as number[], hitCount: 0 };
  const { mini, linear, flex } = opts.skipPeers ? { mini: none, linear: none, flex: none } : runPeers();
  prof.close();

  const pick = (l: Latency) => ({ p50Ms: l.p50Ms, p99Ms: l.p99Ms });
  const kinds = (m: Map<string, number[]>) => Object.fromEntries([...m].map(([k, v]) => [k, latency(v)]));
  return {
    articles: size,
    parseMs: round(parseMs, 1),
    buildMs: round(buildMs, 1),
    heapMB: round(mem.heapUsed / MB, 1),
    rssMB: round(mem.rss / MB, 1),
    answer: { p50Ms: answer.p50Ms, p99Ms: answer.p99Ms },
    autocomplete: { p50Ms: ac.p50Ms, p99Ms: ac.p99Ms },
    search: { p50Ms: search.p50Ms, p99Ms: search.p99Ms },
    peers: {
      minisearch: {
        buildMs: round(mini.buildMs, 1),
        p50Ms: mini.lat.p50Ms,
        p99Ms: mini.lat.p99Ms,
        heapMB: round(mini.heapMB, 1),
      },
      linear: { p50Ms: linear.lat.p50Ms, p99Ms: linear.lat.p99Ms },
      flexsearch: {
        buildMs: round(flex.buildMs, 1),
        p50Ms: flex.lat.p50Ms,
        p99Ms: flex.lat.p99Ms,
        heapMB: round(flex.heapMB, 1),
      },
    },
    detail: {
      seed,
      generated,
      parsedArticles: articles.length,
      paragraphs: corpus.paragraphCount,
      indexEntries: corpus.index.entryCount,
      editions: corpus.editions.size,
      timed: {
        answer: answerSamples.length,
        autocomplete: acSamples.length,
        search: searchSamples.length,
        minisearch: mini.samples.length,
        linear: linear.samples.length,
        flexsearch: flex.samples.length,
      },
      answerByKind: kinds(byKind),
      autocompleteByKind: kinds(acByKind),
      answerMaxMs: answer.maxMs,
      answerFirstPass: firstPass,
      warmupPasses: warmup,
      cpu: {
        parseMs: round(parseCpuMs, 1),
        buildMs: round(buildCpuMs, 1),
        answer: pick(latency(answerCpu)),
        autocomplete: pick(latency(acCpu)),
        search: pick(latency(searchCpu)),
      },
      loadAvg: { start: round(load0, 2), end: round(loadavg()[0] ?? NaN, 2) },
      hits,
      ...(ourIndexHeapMB !== undefined ? { ourIndexHeapMB: round(ourIndexHeapMB, 1) } : {}),
      gcExposed,
      wallMs: round(performance.now() - wall0, 0),
    },
  };
}
