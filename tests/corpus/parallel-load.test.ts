/**
 * Corpus.load parses in worker threads: the same records, warnings (in the same order) and duplicate-id rule
 * as the sequential loadCorpus, whatever the number of workers; the caches it writes serve the next load;
 * a worker that dies fails the load with one sentence and leaves no worker behind.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory, loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.js';
import { runningLoadWorkers, workerCount } from '../../src/corpus/parallel-load.js';

const SEED9 = '000_17f2a32df134652f.txt';
const SEED7 = '003_8de8bd2695171769.txt';
const PAGES = join(PROJECT_ROOT, 'tests', 'ingest', 'pages');

let root: string;
let dir: string;

/** The extraction corpus (both languages) and every kind of file the loader names and skips. */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parallel-load-'));
  dir = join(root, 'corpus');
  cpSync(join(PROJECT_ROOT, 'tests', 'extraction', 'corpus'), dir, { recursive: true });
  const odd = join(dir, 'odd');
  mkdirSync(odd);
  writeFileSync(join(odd, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(odd, 'empty.txt'), '');
  writeFileSync(join(odd, 'blank.txt'), ' \n\t\n');
  writeFileSync(join(odd, 'latin1.txt'), Buffer.from('Đối thoại lần thứ 9 tại Hà Nội', 'latin1'));
  writeFileSync(join(odd, 'huge.txt'), 'a'.repeat(MAX_ARTICLE_BYTES + 10));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED9), join(odd, 'bad-json.txt'));
  writeFileSync(join(odd, 'bad-json.meta.json'), '{ not json');
  copyFileSync(join(DEFAULT_DATA_DIR, SEED7), join(odd, 'bad-field.txt'));
  writeFileSync(join(odd, 'bad-field.meta.json'), JSON.stringify({ outlet: 'X', edition: 9 }));
  // Two files with one id (odd/dup): the first in folder order wins, the other is named.
  copyFileSync(join(DEFAULT_DATA_DIR, SEED9), join(odd, 'dup.md'));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED7), join(odd, 'dup.txt'));
  copyFileSync(join(PAGES, 'vi-news-jsonld.html'), join(odd, 'saved-page.html'));
  copyFileSync(join(PAGES, 'not-article.html'), join(odd, 'not-article.html'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('Corpus.load in workers', () => {
  it('gives the records and warnings of the sequential load, in order, with 1, 2 and 3 workers', async () => {
    const sequential = loadCorpus(dir);
    // The folder really is varied: every kind of skipped file is there, and a duplicate id.
    expect(sequential.articles.length).toBeGreaterThan(100);
    for (const why of [
      /^odd\/scan\.txt: skipped: binary/,
      /^odd\/empty\.txt: skipped: empty file/,
      /^odd\/blank\.txt: skipped: no text/,
      /^odd\/latin1\.txt: skipped: not valid UTF-8/,
      /^odd\/huge\.txt: skipped: .* larger than/,
      /^odd\/bad-json\.meta\.json: metadata ignored: not valid JSON/,
      /^odd\/bad-field\.meta\.json: metadata ignored/,
      /^odd\/dup\.txt: skipped: another file already has the id odd\/dup$/,
      /^odd\/not-article\.html: skipped/,
    ])
      expect(
        sequential.warnings.some((w) => why.test(w)),
        String(why),
      ).toBe(true);
    expect(sequential.articles.some((a) => a.file === 'odd/saved-page.html')).toBe(true);

    for (const workers of [1, 2, 3]) {
      const before = runningLoadWorkers();
      const c = await Corpus.load(dir, { workers, minFilesPerWorker: 1 });
      expect(c.articles, `${workers} workers`).toStrictEqual(sequential.articles);
      expect(c.warnings, `${workers} workers`).toStrictEqual(sequential.warnings);
      expect(runningLoadWorkers()).toBe(before);
    }
  });

  it('builds the same search index in the worker as here', async () => {
    const here = corpusFromDirectory(dir);
    const there = await Corpus.load(dir, { workers: 2, minFilesPerWorker: 1 });
    const hits = (c: Corpus) =>
      ['Biển Đông', 'bien dong', 'maritime security', 'Hà Kim Ngọc', 'dioxin', 'đối thoại lần thứ'].map((q) =>
        c.index.search(q, { partial: true }).map((h) => [h.article, h.paragraph, h.score]),
      );
    expect(there.index.entryCount).toBe(here.index.entryCount);
    expect(hits(there)).toEqual(hits(here));
    // Built here after the workers' parse, the same too.
    expect(hits(await Corpus.load(dir, { index: 'main', workers: 2, minFilesPerWorker: 1 }))).toEqual(hits(here));
  });

  it('writes the caches the next load reads back, without a worker', async () => {
    const cache = join(root, 'cache');
    const sequential = loadCorpus(dir);
    const first = await Corpus.load(dir, { cache, workers: 2, minFilesPerWorker: 1 });
    // Read back from the caches the workers wrote (JSON: a field set to undefined is left out, as on any restart).
    expect(first.articles).toEqual(sequential.articles);
    expect(first.warnings).toStrictEqual(sequential.warnings);
    // The same caches as the sequential load writes: its key is found, with the same records.
    const hit = loadCorpus(dir, undefined, { cache });
    expect(hit.articles).toStrictEqual(first.articles);
    const again = await Corpus.load(dir, { cache, resourceLimits: { maxOldGenerationSizeMb: 1 } });
    // Served from the caches: a worker with a 1 MB heap could not even have started.
    expect(again.articles).toStrictEqual(first.articles);
    expect(again.index.search('Biển Đông').length).toBe(first.index.search('Biển Đông').length);
  });

  it('with a cache folder (workers in a child process) or in threads here: the same records; unwritable caches: loaded anyway', async () => {
    const sequential = loadCorpus(dir);
    const inThreads = await Corpus.load(dir, { cache: join(root, 'cache-threads'), isolation: 'threads' });
    expect(inThreads.articles).toEqual(sequential.articles);
    expect(inThreads.warnings).toStrictEqual(sequential.warnings);
    // A cache "folder" that is a file: the child process cannot write the caches, the load is redone in
    // threads here with the results sent, and nothing fails.
    const notAFolder = join(root, 'not-a-folder');
    writeFileSync(notAFolder, 'x');
    const uncached = await Corpus.load(dir, { cache: notAFolder });
    expect(uncached.articles).toStrictEqual(sequential.articles);
    expect(uncached.warnings).toStrictEqual(sequential.warnings);
    expect(runningLoadWorkers()).toBe(0);
  });

  it('a parsing process whose worker runs out of memory fails the load with one sentence, none left', async () => {
    const load = Corpus.load(dir, {
      cache: join(root, 'cache-oom'),
      workers: 2,
      minFilesPerWorker: 1,
      resourceLimits: { maxOldGenerationSizeMb: 2 },
    });
    await expect(load).rejects.toThrow(/^the corpus could not be loaded: a parsing worker [^\n]*\)$/);
    expect(runningLoadWorkers()).toBe(0);
  });

  it('a worker that runs out of memory fails the load with one sentence, and no worker is left', async () => {
    const before = runningLoadWorkers();
    const load = Corpus.load(dir, { workers: 2, minFilesPerWorker: 1, resourceLimits: { maxOldGenerationSizeMb: 2 } });
    await expect(load).rejects.toThrow(/^the corpus could not be loaded: a parsing worker [^\n]*\)$/);
    expect(runningLoadWorkers()).toBe(before);
  });

  it('an empty or missing folder needs no worker', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const lean = { resourceLimits: { maxOldGenerationSizeMb: 1 } };
    expect((await Corpus.load(empty, lean)).articles).toEqual([]);
    const missing = await Corpus.load(join(root, 'nope'), lean);
    expect(missing.articles).toEqual([]);
    expect(missing.warnings).toEqual(loadCorpus(join(root, 'nope')).warnings);
  });

  it('uses fewer workers for a small folder', () => {
    expect(workerCount(10, 2)).toBe(1);
    expect(workerCount(1000, 2)).toBe(2);
    expect(workerCount(1000, 1)).toBe(1);
    expect(workerCount(5, 3, 1)).toBe(3);
    expect(workerCount(0, 2, 1)).toBe(1);
  });
});
