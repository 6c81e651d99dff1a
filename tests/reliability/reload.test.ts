/**
 * The corpus in service (LiveCorpus): reload picks up new articles, survives broken files, keeps the old
 * corpus when a rebuild throws, shares one rebuild between concurrent calls, and the folder watcher
 * reloads by itself shortly after a file appears.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import type { EditionAnswer } from '../../src/answer/types.js';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { LiveCorpus } from '../../src/discord/live-corpus.js';
import { createLogger } from '../../src/discord/logger.js';

const SEED9 = '000_17f2a32df134652f.txt';
const SEED7 = '003_8de8bd2695171769.txt';
const SEED7_META = '003_8de8bd2695171769.meta.json';

let dir: string;
let lines: string[];
let live: LiveCorpus | undefined;
const logger = () => createLogger('debug', [], (l) => lines.push(l));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'live-corpus-'));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED7), join(dir, SEED7));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED7_META), join(dir, SEED7_META));
  lines = [];
  live = undefined;
});

afterEach(() => {
  live?.close();
  rmSync(dir, { recursive: true, force: true });
});

function edition(corpus: Corpus, n: number) {
  return answerInput(corpus, `/dialogue ${n}`).answer;
}

/** Does the corpus answer /dialogue n from an article about it (not just a mention)? */
function answers(corpus: Corpus, n: number): boolean {
  const a = edition(corpus, n);
  return a.kind === 'edition' && a.basis === 'article';
}

describe('LiveCorpus.reload', () => {
  it('picks up a new article: a new edition becomes answerable, the swap is a new instance', async () => {
    live = await LiveCorpus.open(dir, logger());
    const before = live.get();
    expect(answers(before, 7)).toBe(true);
    expect(edition(before, 9).kind).toBe('edition-unknown');

    copyFileSync(join(DEFAULT_DATA_DIR, SEED9), join(dir, 'new-9th.txt'));
    const { corpus, warnings } = await live.reload();
    expect(warnings).toEqual([]);
    expect(live.get()).toBe(corpus);
    expect(corpus).not.toBe(before);
    expect(answers(corpus, 9)).toBe(true);
    expect((edition(corpus, 9) as EditionAnswer).sources.map((s) => s.file)).toEqual(['new-9th.txt']);
    expect(answers(corpus, 7)).toBe(true);
    // The old instance is untouched (answers in flight keep a consistent corpus).
    expect(edition(before, 9).kind).toBe('edition-unknown');
    expect(lines.some((l) => /"level":"info".*"articles":2.*"msg":"corpus reloaded/.test(l))).toBe(true);
  });

  it('survives a broken file: reload succeeds, the old articles still answer, the warning names the file', async () => {
    live = await LiveCorpus.open(dir, logger());
    writeFileSync(
      join(dir, 'scan.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0]),
    );
    const { corpus, warnings } = await live.reload();
    expect(live.get()).toBe(corpus);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^scan\.txt: skipped: binary/);
    expect(corpus.articles.map((a) => a.file)).toEqual([SEED7]);
    expect(answers(corpus, 7)).toBe(true);
    // The warning reaches the log too, once, naming the file.
    expect(lines.filter((l) => l.includes('scan.txt'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('scan.txt'))).toMatch(
      /"level":"warn".*"msg":"corpus: scan\.txt: skipped: binary/,
    );
  });

  it('a rebuild that throws rejects the reload and leaves the previous corpus in service', async () => {
    let fail = false;
    let builds = 0;
    live = await LiveCorpus.open(dir, logger(), (d) => {
      builds++;
      if (fail) throw new Error('disk on fire');
      return corpusFromDirectory(d);
    });
    const inService = live.get();
    expect(builds).toBe(1);

    copyFileSync(join(DEFAULT_DATA_DIR, SEED9), join(dir, 'new-9th.txt'));
    fail = true;
    await expect(live.reload()).rejects.toThrow('disk on fire');
    expect(builds).toBe(2);
    expect(live.get()).toBe(inService);
    expect(answers(live.get(), 7)).toBe(true);
    expect(edition(live.get(), 9).kind).toBe('edition-unknown');
    expect(
      lines.some((l) =>
        /"level":"error".*disk on fire.*"msg":"corpus reload failed; the previous corpus stays in service/.test(l),
      ),
    ).toBe(true);

    // A non-Error throw is still a rejection with an Error.
    live = await LiveCorpus.open(
      dir,
      logger(),
      (() => {
        let first = true;
        return (d: string) => {
          if (first) {
            first = false;
            return corpusFromDirectory(d);
          }
          // Not an Error, on purpose: the reload must report whatever a loader throws.
          const notAnError: unknown = 'a string, not an Error';
          throw notAnError;
        };
      })(),
    );
    const kept = live.get();
    await expect(live.reload()).rejects.toBeInstanceOf(Error);
    expect(live.get()).toBe(kept);

    // Once the cause is gone, the next reload works.
    fail = false;
    live = await LiveCorpus.open(dir, logger(), (d) => {
      builds++;
      if (fail) throw new Error('disk on fire');
      return corpusFromDirectory(d);
    });
    fail = true;
    await expect(live.reload()).rejects.toThrow();
    fail = false;
    const { corpus } = await live.reload();
    expect(live.get()).toBe(corpus);
    expect(answers(corpus, 9)).toBe(true);
  });

  it('concurrent reload() calls share one rebuild', async () => {
    let builds = 0;
    live = await LiveCorpus.open(dir, logger(), (d) => {
      builds++;
      return corpusFromDirectory(d);
    });
    expect(builds).toBe(1);
    copyFileSync(join(DEFAULT_DATA_DIR, SEED9), join(dir, 'new-9th.txt'));
    const calls = [live.reload(), live.reload(), live.reload(), live.reload()];
    expect(calls[1]).toBe(calls[0]);
    const results = await Promise.all(calls);
    expect(builds).toBe(2);
    for (const r of results) expect(r.corpus).toBe(results[0]?.corpus);
    expect(live.get()).toBe(results[0]?.corpus);
    // After it settles, the next reload is a new rebuild.
    const next = await live.reload();
    expect(builds).toBe(3);
    expect(next.corpus).not.toBe(results[0]?.corpus);
  });

  it('concurrent reloads that fail share the one rejection', async () => {
    let builds = 0;
    live = await LiveCorpus.open(dir, logger(), (d) => {
      builds++;
      if (builds > 1) throw new Error('no');
      return corpusFromDirectory(d);
    });
    const kept = live.get();
    const results = await Promise.allSettled([live.reload(), live.reload()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(builds).toBe(2);
    expect(live.get()).toBe(kept);
  });
});

describe('LiveCorpus.watch', () => {
  it('reloads by itself shortly after a new article file appears', async (ctx) => {
    live = await LiveCorpus.open(dir, logger());
    const before = live.get();
    live.watch();
    if (lines.some((l) => l.includes('cannot watch the corpus folder'))) {
      ctx.skip();
      return;
    }
    // Give the watcher a moment to be armed before the change.
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    writeFileSync(join(dir, 'watched-9th.txt'), readFileSync(join(DEFAULT_DATA_DIR, SEED9)));
    const deadline = t0 + 2500;
    while (performance.now() < deadline && !answers(live.get(), 9)) await new Promise((r) => setTimeout(r, 50));
    const ms = performance.now() - t0;
    if (lines.some((l) => l.includes('corpus watcher stopped'))) {
      ctx.skip();
      return;
    }
    expect(answers(live.get(), 9), `not picked up after ${ms.toFixed(0)} ms`).toBe(true);
    expect(live.get()).not.toBe(before);
    expect(ms).toBeLessThan(2500);
    console.log(`watch: new article answerable after ${ms.toFixed(0)} ms (debounce 750 ms)`);
  });

  it('a broken file appearing under watch does not take the live index down', async (ctx) => {
    live = await LiveCorpus.open(dir, logger());
    live.watch(100);
    if (lines.some((l) => l.includes('cannot watch the corpus folder'))) {
      ctx.skip();
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(join(dir, 'zero.txt'), '');
    const deadline = performance.now() + 2500;
    while (performance.now() < deadline && !lines.some((l) => l.includes('zero.txt')))
      await new Promise((r) => setTimeout(r, 50));
    expect(lines.filter((l) => l.includes('zero.txt'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('zero.txt'))).toMatch(
      /"level":"warn".*"msg":"corpus: zero\.txt: skipped: empty file/,
    );
    expect(answers(live.get(), 7)).toBe(true);
  });
});
