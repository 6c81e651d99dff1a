/**
 * Saved pages in the corpus folder: read beside text files, their own metadata in place of guessed
 * datelines, a NAME.meta.json sidecar winning field by field, and a page that cannot be read named in one
 * warning and skipped.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { corpusFromDirectory, listArticleFiles, loadCorpus } from '../../src/corpus/load.js';
import { encodeWindows1258 } from './legacy-encoding.js';
import { page, PAGES } from './news-server.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pages-corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saved pages in data/articles', () => {
  it('.html and .htm are read beside .txt; the page metadata gives date, outlet and URL', () => {
    copyFileSync(join(PAGES, 'vi-news-jsonld.html'), join(dir, 'vi9.html'));
    copyFileSync(join(PAGES, 'en-ogtitle-only.html'), join(dir, 'en8.HTM'));
    writeFileSync(join(dir, 'vi7.htm'), encodeWindows1258(page('vi-legacy-1258.html').toString('utf8')));
    copyFileSync(join(PAGES, 'vi-news-jsonld.txt'), join(dir, 'dump9.txt'));
    expect(listArticleFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      'dump9.txt',
      'en8.HTM',
      'vi7.htm',
      'vi9.html',
    ]);
    const { articles, warnings } = loadCorpus(dir, undefined, { cache: false });
    expect(warnings).toEqual([]);
    const by = new Map(articles.map((a) => [a.id, a]));
    expect(by.get('vi9')).toMatchObject({
      edition: 9,
      published: '2018-02-01',
      publishedFrom: 'metadata',
      source: { outlet: 'Báo Thời Sự Mẫu' },
    });
    expect(by.get('en8')).toMatchObject({
      edition: 8,
      published: '2015-01-22',
      language: 'en',
      source: { outlet: 'Example Wire', url: 'https://wire.example.org/news/2015/01/vietnam-us-eighth-dialogue' },
    });
    expect(by.get('vi7')).toMatchObject({ edition: 7, location: 'Washington', source: { outlet: 'Tin Cũ Mẫu' } });
    expect(by.get('dump9')).toMatchObject({ edition: 9, publishedFrom: 'dateline' });
  });

  it('the sidecar NAME.meta.json wins over the page, field by field', () => {
    copyFileSync(join(PAGES, 'vi-news-jsonld.html'), join(dir, 'vi9.html'));
    writeFileSync(join(dir, 'vi9.meta.json'), JSON.stringify({ outlet: 'Thư viện', published: '2018-02-02' }));
    const [a] = loadCorpus(dir, undefined, { cache: false }).articles;
    expect(a?.published).toBe('2018-02-02');
    expect(a?.source.outlet).toBe('Thư viện');
    // What the sidecar does not give still comes from the page.
    expect(a?.source.url).toBe(
      'https://thoisumau.example/the-gioi/doi-thoai-chinh-tri-an-ninh-quoc-phong-viet-nam-hoa-ky-lan-thu-9-3720531.html',
    );
    expect(a?.language).toBe('vi');
  });

  it('a page that is no article, binary or undecodable is named in one warning and skipped; the rest load', () => {
    copyFileSync(join(PAGES, 'vi-news-jsonld.html'), join(dir, 'vi9.html'));
    copyFileSync(join(PAGES, 'not-article.html'), join(dir, 'home.html'));
    writeFileSync(join(dir, 'scan.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(
      join(dir, 'legacy.html'),
      encodeWindows1258(
        page('vi-legacy-1258.html')
          .toString('utf8')
          .replace(/<meta http-equiv[^>]*>/i, ''),
      ),
    );
    const { articles, warnings } = loadCorpus(dir, undefined, { cache: false });
    expect(articles.map((a) => a.id)).toEqual(['vi9']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^home\.html: skipped: the page holds no article \(\d+ characters of running text found\)$/,
      ),
      'legacy.html: skipped: the page is not valid UTF-8 and declares no other character set',
      'scan.html: skipped: the file holds binary data (NUL bytes), not a web page',
    ]);
  });

  it('a cited answer comes from a saved page, with its outlet and link', () => {
    copyFileSync(join(PAGES, 'vi-news-jsonld.html'), join(dir, 'vi9.html'));
    const corpus = corpusFromDirectory(dir);
    const { answer } = answerInput(corpus, '/dialogue 9');
    expect(answer).toMatchObject({ kind: 'edition', basis: 'article' });
    expect(JSON.stringify(answer)).toContain('vi9.html');
    expect(corpus.articles[0]?.source.url).toMatch(/^https:\/\/thoisumau\.example\//);
  });
});
