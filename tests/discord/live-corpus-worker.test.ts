/**
 * LiveCorpus with the production builder (Corpus.load, parsing in worker threads): the event loop keeps
 * running while a reload parses a folder that takes seconds to parse in one thread, an answer asked
 * meanwhile goes out from the old corpus before the reload ends, and a reload whose worker dies is
 * rejected with one sentence, the old corpus staying in service and no worker left behind.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { runningLoadWorkers } from '../../src/corpus/parallel-load.js';
import { LiveCorpus } from '../../src/discord/live-corpus.js';
import { createLogger } from '../../src/discord/logger.js';
import { writeSyntheticCorpus } from '../fixtures/synthetic-corpus.js';

let root: string;
let dir: string;
const lines: string[] = [];
const logger = createLogger('debug', [], (l) => lines.push(l));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'live-corpus-worker-'));
  dir = join(root, 'articles');
  // Several hundred articles: parsing them in one thread blocks it for well over a second.
  await writeSyntheticCorpus(dir, 400);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('LiveCorpus.reload with Corpus.load', () => {
  it.each([
    ['in threads here (no cache folder)', false],
    ['in a child process (cache folder)', true],
  ])('keeps the event loop running %s: ticks and an answer happen while the reload parses', async (_, cached) => {
    const cache = cached ? join(root, 'cache') : false;
    const live = await LiveCorpus.open(dir, logger, (d) => Corpus.load(d, { workers: 2, cache }));
    // A changed file: the reload misses the cache and parses again.
    const first = join(dir, readdirSync(dir).sort()[0] as string);
    utimesSync(first, new Date(), new Date(Date.now() + 5000));
    const before = live.get();
    expect(before.articles.length).toBeGreaterThan(300);
    let ended = false;
    const reload = live.reload().finally(() => {
      ended = true;
    });
    // A 10 ms timer, re-armed: with the parse on this thread it could fire only before and after it.
    let ticks = 0;
    const ticker = setInterval(() => {
      if (!ended) ticks++;
    }, 10);
    // An answer asked meanwhile: from the corpus in service, before the reload is over.
    const answered = new Promise<{ endedFirst: boolean; kind: string }>((resolve) =>
      setTimeout(() => resolve({ endedFirst: ended, kind: answerInput(live.get(), '/dialogue 9').answer.kind }), 50),
    );
    const { corpus } = await reload;
    clearInterval(ticker);
    const answer = await answered;
    expect(answer.endedFirst).toBe(false);
    expect(answer.kind).toMatch(/^edition/);
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(live.get()).toBe(corpus);
    expect(corpus).not.toBe(before);
    expect(corpus.articles).toEqual(before.articles);
    expect(runningLoadWorkers()).toBe(0);
    live.close();
  });

  it('a worker that dies: the reload is rejected with one sentence, the old corpus stays, no worker is left', async () => {
    let builds = 0;
    const live = await LiveCorpus.open(dir, logger, (d) =>
      // The second load's workers get a heap far too small to parse anything.
      Corpus.load(d, { workers: 2, ...(++builds > 1 ? { resourceLimits: { maxOldGenerationSizeMb: 2 } } : {}) }),
    );
    const kept = live.get();
    const shared = [live.reload(), live.reload()];
    expect(shared[1]).toBe(shared[0]);
    await expect(shared[0]).rejects.toThrow(/^the corpus could not be loaded: a parsing worker [^\n]*\)$/);
    expect(builds).toBe(2);
    expect(live.get()).toBe(kept);
    expect(answerInput(live.get(), '/dialogue 9').answer.kind).toMatch(/^edition/);
    expect(runningLoadWorkers()).toBe(0);
    expect(
      lines.some((l) => /"level":"error".*corpus reload failed; the previous corpus stays in service/.test(l)),
    ).toBe(true);
    live.close();
  });
});
