/**
 * The stored search index holds paragraph numbers (parse/paragraph-no.ts: 0 the title), since format 3.
 * A file of format 2 (positions, -1 for the title) is never read as if it held numbers: it is rebuilt.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../fixtures/temp-dirs.js';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { indexCacheFile, readIndexCache } from '../../src/corpus/index-cache.js';
import { paragraphText, TITLE } from '../../src/parse/paragraph-no.js';
import type { Article } from '../../src/parse/schema.js';
import type { Entry } from '../../src/search/search-index.js';

const temp = tempDirs();

const hits = (c: Corpus) => c.index.search('Biển Đông', { limit: 20 }).map((h) => `${h.article}:${h.paragraph}`);

describe('index cache: paragraph numbers', () => {
  let dir: string;
  let cache: string;
  beforeEach(() => {
    dir = temp('corpus-');
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    cache = temp('cache-');
  });

  it('stores each entry as its paragraph number, and reads them back so', () => {
    const fresh = corpusFromDirectory(dir, { cache: false });
    corpusFromDirectory(dir, { cache });
    const cached = corpusFromDirectory(dir, { cache });
    expect(cached.index.entries).toEqual(fresh.index.entries);
    // Every article's title is entry (article, 0), and every entry's text is the article's text of that number.
    const article = (e: Entry) => cached.articles[e.article] as Article;
    cached.articles.forEach((_, i) => expect(cached.index.entries).toContainEqual({ article: i, paragraph: TITLE }));
    for (const e of cached.index.entries) expect(cached.index.textOf(e)).toBe(paragraphText(article(e), e.paragraph));
    // The last paragraph of an article is its count, not one less.
    expect(cached.index.entries.some((e) => e.paragraph === article(e).paragraphs.length)).toBe(true);
  });

  it('a format-2 file (positions, -1 for the title) is not read but rebuilt', () => {
    const fresh = hits(corpusFromDirectory(dir, { cache: false }));
    corpusFromDirectory(dir, { cache });
    const name = readdirSync(cache).find((f) => f.endsWith('.index'));
    const key = (name as string).replace(/\.index$/, '');
    const file = indexCacheFile(cache, key);
    const good = readFileSync(file);
    // Rewrite it as format 2 wrote it: header "format":2 and the numbers one lower (the title -1).
    const headerEnd = 12 + good.readUInt32LE(8);
    const header = good.toString('utf8', 12, headerEnd);
    expect(header).toContain('"format":3');
    const { entries } = JSON.parse(header) as { entries: number };
    const old = Buffer.concat([
      good.subarray(0, 12),
      Buffer.from(header.replace('"format":3', '"format":2')),
      good.subarray(headerEnd),
    ]);
    const at = headerEnd + ((4 - (headerEnd % 4)) % 4) + entries * 4;
    for (let i = 0; i < entries; i++) old.writeInt32LE(old.readInt32LE(at + i * 4) - 1, at + i * 4);
    writeFileSync(file, old);
    expect(readIndexCache(cache, key)).toBeUndefined();
    expect(hits(corpusFromDirectory(dir, { cache }))).toEqual(fresh);
    expect(readFileSync(file).equals(good)).toBe(true); // written again, in format 3
  });
});
