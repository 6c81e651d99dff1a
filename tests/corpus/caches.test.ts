/**
 * The parse cache and the search-index cache beside it: a second load of an unchanged folder reads both
 * back and answers exactly as the first; a changed file, a broken or foreign index file, or one that does
 * not fit the articles is ignored and rebuilt. Each test uses its own cache folder.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, cpSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../fixtures/temp-dirs.js';
import { writeSyntheticCorpus } from '../fixtures/synthetic-corpus.js';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { readCache, readCacheAsync } from '../../src/corpus/cache.js';
import { indexCacheFile, readIndexCache, writeIndexCache } from '../../src/corpus/index-cache.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory, loadCorpus } from '../../src/corpus/load.js';
import { SearchIndex } from '../../src/search/search-index.js';

const temp = tempDirs();

const QUERIES = ['Biển Đông', 'an ninh biển', 'ha kim ngoc', 'hợp tác quốc phòng', 'dioxin', 'Washington'];
const results = (c: Corpus) =>
  QUERIES.map((q) => c.index.search(q, { limit: 20 }).map((h) => `${h.article}:${h.paragraph}:${h.score.toFixed(6)}`));

describe('caches', () => {
  let dir: string;
  let cache: string;
  beforeEach(async () => {
    dir = temp('corpus-');
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    await writeSyntheticCorpus(join(dir, 'synthetic'), 40, 7);
    cache = temp('cache-');
  });

  it('a second load reads the parse and the index back and answers exactly as a fresh build', () => {
    const fresh = corpusFromDirectory(dir, { cache: false });
    const first = corpusFromDirectory(dir, { cache });
    const files = readdirSync(cache).sort();
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.index'))).toHaveLength(1);
    const key = (files.find((f) => f.endsWith('.index')) as string).replace(/\.index$/, '');
    const written = statSync(indexCacheFile(cache, key)).mtimeMs;
    const second = corpusFromDirectory(dir, { cache });
    expect(statSync(indexCacheFile(cache, key)).mtimeMs).toBe(written); // read, not rewritten
    expect(second.articles).toEqual(fresh.articles);
    expect([...second.index.snapshot().parts]).toEqual([...fresh.index.snapshot().parts]);
    expect(second.index.entries).toEqual(fresh.index.entries);
    expect(results(first)).toEqual(results(fresh));
    expect(results(second)).toEqual(results(fresh));
    expect(results(fresh).flat().length).toBeGreaterThan(20);
  });

  it('paragraph texts survive the cache exactly: any character, lone surrogates, emoji, NFD, long texts', () => {
    const odd = [
      'Biển Đông \u{1F600} \uD800 lẻ',
      'Bie\u0302\u0309n NFD',
      'x'.repeat(70_000),
      '\u0000\uFFFF\u200B',
      '“Hà Nội” – 2018',
    ];
    writeFileSync(join(dir, 'odd.txt'), ['Việt Nam và Hoa Kỳ: hợp tác quốc phòng', ...odd].join('\n\n'));
    const fresh = corpusFromDirectory(dir, { cache: false });
    corpusFromDirectory(dir, { cache });
    const again = corpusFromDirectory(dir, { cache });
    expect(again.articles).toEqual(fresh.articles);
    expect(again.articles.find((a) => a.file === 'odd.txt')?.paragraphs.join('\n')).toContain('\u{1F600}');
  });

  it('a changed or added article is a new key: parsed and indexed again', () => {
    corpusFromDirectory(dir, { cache });
    const f = join(dir, 'synthetic', readdirSync(join(dir, 'synthetic')).sort()[0] as string);
    const before = corpusFromDirectory(dir, { cache }).index.search('xyzzyq');
    expect(before).toHaveLength(0);
    const text = readFileSync(f, 'utf8');
    const lines = text.split('\n');
    lines.splice(3, 0, 'Hai bên nhất trí thúc đẩy hợp tác khắc phục hậu quả chiến tranh, trong đó có dự án xyzzyq.');
    writeFileSync(f, lines.join('\n'));
    utimesSync(f, new Date(), new Date(Date.now() + 5000));
    const after = corpusFromDirectory(dir, { cache });
    expect(after.index.search('xyzzyq')).toHaveLength(1);
    expect(readdirSync(cache).filter((x) => x.endsWith('.index'))).toHaveLength(2);
    // A metadata file appearing beside an article changes what it says (its publication date).
    const keyBefore = loadCorpus(dir, undefined, { cache }).cacheKey;
    writeFileSync(f.replace(/\.txt$/, '.meta.json'), JSON.stringify({ published: '2016-02-03' }));
    const withMeta = loadCorpus(dir, undefined, { cache });
    expect(withMeta.cacheKey).not.toBe(keyBefore);
    expect(withMeta.articles.find((a) => f.endsWith(a.file))?.published).toBe('2016-02-03');
    writeFileSync(
      join(dir, 'zz-new.txt'),
      'Việt Nam và Hoa Kỳ bàn về plugh\n\nĐoạn văn về hợp tác quốc phòng và dự án plugh giữa hai nước.',
    );
    expect(corpusFromDirectory(dir, { cache }).index.search('plugh').length).toBeGreaterThan(0);
    expect(readdirSync(cache).filter((x) => x.endsWith('.json')).length).toBeLessThanOrEqual(4); // older ones pruned
  });

  it('a truncated, garbage or foreign index file is ignored and rebuilt', () => {
    const fresh = results(corpusFromDirectory(dir, { cache: false }));
    const { cacheKey } = loadCorpus(dir, undefined, { cache });
    const file = indexCacheFile(cache, cacheKey as string);
    corpusFromDirectory(dir, { cache });
    const good = readFileSync(file);
    for (const bad of [good.subarray(0, good.length - 3), Buffer.from('not an index at all'), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      expect(readIndexCache(cache, cacheKey as string)).toBeUndefined();
      expect(results(corpusFromDirectory(dir, { cache }))).toEqual(fresh);
      expect(readFileSync(file).equals(good)).toBe(true); // written again
    }
    // A whole file whose FlexSearch pieces are not FlexSearch's JSON: the import fails, the index is rebuilt.
    const snap = corpusFromDirectory(dir, { cache: false }).index.snapshot();
    writeIndexCache(cache, cacheKey as string, {
      ...snap,
      parts: [...snap.parts].map(([k, d]) => [k, d.slice(0, d.length >> 1)] as const),
    });
    expect(readIndexCache(cache, cacheKey as string)).toBeDefined();
    expect(results(corpusFromDirectory(dir, { cache }))).toEqual(fresh);
    // An export written by another FlexSearch version (its format has changed between releases).
    writeFileSync(file, good);
    const headerEnd = 12 + good.readUInt32LE(8);
    const header = good.toString('utf8', 12, headerEnd);
    const version = (JSON.parse(header) as { flexsearch: string }).flexsearch;
    const other = version.replace(/\d$/, (d) => String((Number(d) + 1) % 10)); // same length
    writeFileSync(
      file,
      Buffer.concat([
        good.subarray(0, 12),
        Buffer.from(header.replace(`"flexsearch":"${version}"`, `"flexsearch":"${other}"`)),
        good.subarray(headerEnd),
      ]),
    );
    expect(readIndexCache(cache, cacheKey as string)).toBeUndefined();
    expect(results(corpusFromDirectory(dir, { cache }))).toEqual(fresh);
    // Another key's index under this key's name (e.g. a file copied between cache folders): the key in its
    // header is not this key, so it is not read, although the file itself is whole and good.
    writeIndexCache(cache, cacheKey as string, { ...corpusFromDirectory(dir, { cache: false }).index.snapshot() });
    expect(readIndexCache(cache, cacheKey as string)).toBeDefined();
    const otherKey = '0'.repeat(40);
    cpSync(file, indexCacheFile(cache, otherKey));
    expect(readFileSync(indexCacheFile(cache, otherKey)).equals(readFileSync(file))).toBe(true);
    expect(readIndexCache(cache, otherKey)).toBeUndefined();
  });

  it('an index that does not fit the articles (entries pointing past them) is rebuilt, not trusted', () => {
    const fresh = results(corpusFromDirectory(dir, { cache: false }));
    const { cacheKey } = loadCorpus(dir, undefined, { cache });
    const snap = corpusFromDirectory(dir, { cache: false }).index.snapshot();
    const entryArticle = Int32Array.from(snap.entryArticle, (a) => a + 1000);
    writeIndexCache(cache, cacheKey as string, { ...snap, entryArticle });
    expect(readIndexCache(cache, cacheKey as string)).toBeDefined();
    expect(results(corpusFromDirectory(dir, { cache }))).toEqual(fresh);
    const entryParagraph = Int32Array.from(snap.entryParagraph, (p) => p + 500);
    writeIndexCache(cache, cacheKey as string, { ...snap, entryParagraph });
    expect(results(corpusFromDirectory(dir, { cache }))).toEqual(fresh);
  });

  it('a stored index whose FlexSearch ids name entries that are not there answers without crashing', () => {
    const { cacheKey } = loadCorpus(dir, undefined, { cache });
    const fresh = corpusFromDirectory(dir, { cache: false });
    const snap = fresh.index.snapshot();
    // FlexSearch's export of an index three times as large: most of its ids are past this corpus's entries.
    const larger = new SearchIndex([...fresh.articles, ...fresh.articles, ...fresh.articles]).snapshot();
    writeIndexCache(cache, cacheKey as string, { ...snap, parts: larger.parts });
    const c = corpusFromDirectory(dir, { cache });
    for (const q of [...QUERIES, 'an ninh biển quốc phòng hợp tác']) {
      expect(() => c.index.search(q, { partial: true })).not.toThrow();
      expect(() => c.index.search(q, { accept: (e) => e.article % 2 === 0 })).not.toThrow();
    }
  });

  it('texts read back from the cache stay on disk until an answer reads them', () => {
    const fresh = corpusFromDirectory(dir, { cache: false });
    corpusFromDirectory(dir, { cache });
    const again = corpusFromDirectory(dir, { cache });
    const encoded = again.articles.filter(
      (a) => typeof Object.getOwnPropertyDescriptor(a, 'paragraphs')?.get === 'function',
    );
    expect(encoded.length).toBeGreaterThan(again.articles.length / 2); // the index and counts did not decode them
    expect(again.paragraphCount).toBe(fresh.paragraphCount);
    const a = encoded[0] as (typeof encoded)[number];
    const same = fresh.articles.find((x) => x.id === a.id);
    expect(a.paragraphs).toEqual(same?.paragraphs);
    expect(Object.getOwnPropertyDescriptor(a, 'paragraphs')?.value).toEqual(same?.paragraphs); // decoded once, now plain
  });

  it('readCacheAsync reads what readCache reads, a slice at a time; a file with a record too many is ignored', async () => {
    const { cacheKey } = loadCorpus(dir, undefined, { cache });
    const key = cacheKey as string;
    const sync = readCache(cache, key);
    expect(sync?.articles.length).toBeGreaterThan(40);
    // A slice of 0 ms: a turn of the event loop after every record.
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const async = await readCacheAsync(cache, key, 0);
    clearInterval(counting);
    expect(turns).toBeGreaterThan(1);
    expect(async?.articles).toEqual(sync?.articles);
    expect(async?.warnings).toEqual(sync?.warnings);
    const file = join(cache, `${key}.json`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n{}`);
    expect(readCache(cache, key)).toBeUndefined();
    expect(await readCacheAsync(cache, key)).toBeUndefined();
  });

  it('an empty folder is cached and read back as empty', async () => {
    const empty = temp('empty-');
    const { cacheKey } = loadCorpus(empty, undefined, { cache });
    expect(readCache(cache, cacheKey as string)).toEqual({ articles: [], warnings: [] });
    expect(await readCacheAsync(cache, cacheKey as string)).toEqual({ articles: [], warnings: [] });
  });
});
