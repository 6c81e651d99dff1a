/**
 * Reading saved web pages: the main text of pages written in the layouts of Vietnamese and English news
 * sites (navigation, sidebars, related news, comments, cookie banners, ads, scripts), their metadata
 * (JSON-LD, OpenGraph, lang, canonical), legacy charsets, a headline only in og:title, a page that is no
 * article — and the same facts from a page as from its text dump.
 */
import { describe, expect, it } from 'vitest';
import { articleFromPage, type PageArticle } from '../../src/ingest/article.js';
import { decodePage, declaredCharset } from '../../src/ingest/charset.js';
import { dateOf, readPageMeta } from '../../src/ingest/metadata.js';
import { readPage, type PageRead } from '../../src/ingest/page.js';
import { storedPageHtml } from '../../src/ingest/store.js';
import { parseArticle } from '../../src/parse/article.js';
import type { Article } from '../../src/parse/schema.js';
import { parseHTML } from 'linkedom';
import { encodeWindows1258 } from './legacy-encoding.js';
import { page } from './news-server.js';

function read(
  name: string,
  bytes: Uint8Array = page(name),
  extra: { headerCharset?: string; baseUrl?: string } = {},
): PageArticle {
  const r = articleFromPage({ id: name, file: name, bytes, ...extra });
  if ('problem' in r) throw new Error(r.problem);
  return r;
}

/** The facts an answer uses, with paragraph numbers replaced by the text they point at. */
function facts(a: Article) {
  const para = (i: number | undefined) => (i === undefined ? undefined : a.paragraphs[i]);
  return {
    title: a.title,
    language: a.language,
    published: a.published,
    aboutDialogue: a.aboutDialogue,
    edition: a.edition,
    location: a.location,
    locationParagraph: para(a.locationParagraph),
    event: a.event && { ...a.event, paragraph: para(a.event.paragraph) },
    cochairs: a.cochairs.map((c) => ({ ...c, paragraph: para(c.paragraph) })),
    agencies: a.agencies,
    topics: a.topics,
    mentions: a.mentions.map((m) => ({ ...m, paragraph: para(m.paragraph) })),
  };
}

const FURNITURE = [
  'cookie',
  'Đồng ý',
  'Trang chủ',
  'Kinh doanh',
  'Đọc nhiều',
  'Giá vàng',
  'Ý kiến bạn đọc',
  'Mong quan hệ',
  'Đăng ký nhận bản tin',
  'Giấy phép',
  'chèn bởi script',
  'bị script thay thế',
  'tracker',
  'Chia sẻ',
  'Tin liên quan',
  'Hà Nội 18°C',
];

describe('a Vietnamese news page with JSON-LD', () => {
  const r = read('vi-news-jsonld.html');

  it('takes the metadata from the page: JSON-LD headline and dates, publisher, lang, canonical', () => {
    expect(r.page.headline).toBe('Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9');
    expect(r.page.meta).toMatchObject({
      published: '2018-02-01',
      modified: '2018-02-01',
      authors: ['Minh Anh'],
      publisher: 'Báo Thời Sự Mẫu',
      languageTag: 'vi',
      canonical:
        'https://thoisumau.example/the-gioi/doi-thoai-chinh-tri-an-ninh-quoc-phong-viet-nam-hoa-ky-lan-thu-9-3720531.html',
      from: { headline: 'JSON-LD', published: 'JSON-LD datePublished', url: 'canonical link', language: '<html lang>' },
    });
    expect(r.article.title).toBe(r.page.headline);
    expect(r.article.published).toBe('2018-02-01');
    expect(r.article.publishedFrom).toBe('metadata');
    expect(r.article.source).toMatchObject({ outlet: 'Báo Thời Sự Mẫu', url: r.page.meta.canonical });
    expect(r.encoding).toBe('utf-8');
  });

  it('keeps one paragraph per block and none of the page furniture, and runs no script', () => {
    expect(r.article.paragraphs[0]).toBe(
      'Hai bên nhìn lại quan hệ Đối tác toàn diện và bàn các bước hợp tác an ninh, quốc phòng trong năm tới.',
    );
    expect(r.article.paragraphs).toContain(
      'Về Biển Đông, hai bên nhấn mạnh tầm quan trọng của hòa bình, ổn định, tự do hàng hải và hàng không, giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế.',
    );
    const body = r.article.paragraphs.join('\n');
    for (const f of FURNITURE) expect(body, f).not.toContain(f);
    expect(r.article.paragraphs.at(-1)).toBe(
      'Hai bên nhất trí Đối thoại chính trị - an ninh - quốc phòng lần thứ 10 sẽ được tổ chức tại Washington vào năm 2019.',
    );
  });

  it('finds the facts: edition, co-chairs, place, meeting date with the year from the publication date', () => {
    expect(r.article).toMatchObject({ aboutDialogue: true, edition: 9, location: 'Hà Nội', language: 'vi' });
    expect(r.article.cochairs.map((c) => [c.name, c.side])).toEqual([
      ['Hà Kim Ngọc', 'VN'],
      ['Tina Kaidanow', 'US'],
    ]);
    expect(r.article.event).toMatchObject({
      dates: ['2018-01-31'],
      text: '31/1',
      yearInferred: true,
      yearBasis: 'publication',
    });
    expect(r.article.mentions.map((m) => [m.edition, m.location, m.year, m.upcoming])).toEqual([
      [10, 'Washington', 2019, true],
    ]);
  });

  it('gives the same facts as its text dump (the page copied as text, furniture and all)', () => {
    const dump = parseArticle({ id: 'dump', file: 'dump.txt', raw: page('vi-news-jsonld.txt').toString('utf8') });
    // The dump's date comes from its dateline, the page's from its metadata: the same day.
    expect(dump.publishedFrom).toBe('dateline');
    expect(facts(dump)).toEqual(facts(r.article));
    // The page's body is the dump's, without the byline and share row a text dump cannot tell from prose.
    expect(dump.paragraphs.slice(0, r.article.paragraphs.length)).toEqual(r.article.paragraphs);
  });
});

describe('an English news page with JSON-LD in an @graph', () => {
  const r = read('en-news-graph.html', undefined, { baseUrl: 'https://gazette.example.com/world/asia/x?ref=home' });

  it('reads the NewsArticle out of the graph, resolves a relative canonical link, keeps every author', () => {
    expect(r.page.meta).toMatchObject({
      headline: 'Ninth U.S.-Vietnam Political, Security, and Defense Dialogue',
      published: '2018-01-31', // as the page writes it (New York time), not shifted to UTC
      modified: '2018-02-01',
      authors: ['Jane Roe', 'John Doe'],
      publisher: 'Sample Gazette',
      languageTag: 'en-US',
      canonical: 'https://gazette.example.com/world/asia/ninth-us-vietnam-political-security-defense-dialogue',
    });
    expect(r.article.language).toBe('en');
  });

  it('drops consent overlay, ad slot, related coverage, comments, rail and newsletter', () => {
    expect(r.article.paragraphs).toHaveLength(5);
    const body = r.article.paragraphs.join('\n');
    for (const f of [
      'privacy',
      'Advertisement',
      'Related Coverage',
      'aircraft carrier',
      'Comments',
      'Reader1',
      'Most Popular',
      'newsletter',
      'All rights reserved',
      'Subscribe',
    ])
      expect(body, f).not.toContain(f);
    expect(r.article).toMatchObject({ edition: 9, location: 'Hà Nội' });
    expect(r.article.cochairs.map((c) => c.name)).toEqual(['Tina Kaidanow', 'Ha Kim Ngoc']);
  });
});

describe('a page whose headline is only in og:title (no JSON-LD, no <h1>)', () => {
  const r = read('en-ogtitle-only.html');
  it('takes og:title as the headline, og:url as the URL, og:locale as the language', () => {
    expect(r.page.headline).toBe('Vietnam, U.S. hold eighth political, security and defense dialogue');
    expect(r.page.meta.from).toMatchObject({
      headline: 'og:title',
      published: 'article:published_time',
      url: 'og:url',
      language: 'og:locale',
    });
    expect(r.article.title).toBe(r.page.headline);
    expect(r.article.source).toMatchObject({
      outlet: 'Example Wire',
      url: 'https://wire.example.org/news/2015/01/vietnam-us-eighth-dialogue',
    });
    expect(r.article).toMatchObject({ published: '2015-01-22', edition: 8, location: 'Hà Nội', language: 'en' });
    // The link-only "More from Asia" row and the top bar are not text.
    expect(r.article.paragraphs.join('\n')).not.toMatch(/Typhoon|Contact|More from/);
  });
});

describe('a windows-1258 page from an old table layout', () => {
  const utf8 = page('vi-legacy-1258.html').toString('utf8');

  it('decodes by its <meta http-equiv> declaration', () => {
    const bytes = encodeWindows1258(utf8);
    expect(bytes.equals(Buffer.from(utf8, 'utf8'))).toBe(false);
    expect(declaredCharset(bytes)).toBe('windows-1258');
    const r = read('legacy.html', bytes);
    expect(r.encoding).toBe('windows-1258');
    expect(r.article.title).toBe('Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 7');
    expect(r.article.paragraphs[0]).toMatch(/^Ngày 6\/10 tại Washington, Thứ trưởng Bộ Ngoại giao Bùi Thanh Sơn/);
    expect(r.article).toMatchObject({ edition: 7, location: 'Washington', published: '2014-10-07' });
    expect(r.article.cochairs.map((c) => c.name)).toEqual(['Bùi Thanh Sơn', 'Puneet Talwar']);
    // The menu column and the "other news" links are not text.
    expect(r.article.paragraphs.join('\n')).not.toMatch(/Trang chủ|Liên hệ|Hội nghị ASEAN/);
  });

  it('decodes by the HTTP header when the page declares nothing; the header wins over a wrong declaration', () => {
    const noMeta = encodeWindows1258(utf8.replace(/<meta http-equiv[^>]*>/i, ''));
    expect(declaredCharset(noMeta)).toBeUndefined();
    expect(read('legacy.html', noMeta, { headerCharset: 'windows-1258' }).article.edition).toBe(7);
    // Without either, the bytes are not UTF-8: one sentence, not mojibake.
    expect(decodePage(noMeta)).toEqual({ problem: 'the page is not valid UTF-8 and declares no other character set' });
    const lying = encodeWindows1258(utf8.replace('charset=windows-1258', 'charset=utf-8'));
    expect(decodePage(lying, 'windows-1258').encoding).toBe('windows-1258');
  });

  it('an unknown character set is one sentence', () => {
    expect(decodePage(Buffer.from('<meta charset="x-klingon"><p>hi</p>')).problem).toMatch(
      /declares the character set "x-klingon", which this Node\.js cannot decode/,
    );
  });
});

describe('character sets', () => {
  const html = '<html><head><meta charset="windows-1252"></head><body><p>Việt Nam</p></body></html>';
  it('a byte-order mark wins over every declaration', () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]), 'iso-8859-2')).toEqual({
      text: html,
      encoding: 'utf-8',
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(decodePage(utf16)).toEqual({ text: html, encoding: 'utf-16le' });
  });
  it('the HTTP header wins over the page; the page over the UTF-8 default', () => {
    expect(decodePage(Buffer.from('<meta charset="utf-8"><p>caf\xe9</p>', 'latin1'), 'windows-1252').text).toBe(
      '<meta charset="utf-8"><p>café</p>',
    );
    expect(decodePage(Buffer.from('<meta charset=iso-8859-1><p>caf\xe9</p>', 'latin1')).encoding).toBe('windows-1252');
    expect(decodePage(Buffer.from('<p>Việt</p>')).encoding).toBe('utf-8');
  });
});

describe('pages that are not articles', () => {
  it('a home page of headlines is refused with one sentence', () => {
    const r = articleFromPage({ id: 'home', file: 'home.html', bytes: page('not-article.html') });
    expect(r).toEqual({
      problem: expect.stringMatching(/^the page holds no article \(\d+ characters of running text found\)$/),
    });
  });
  it('an empty file, binary data and white space are each one sentence', () => {
    expect(articleFromPage({ id: 'e', file: 'e.html', bytes: Buffer.alloc(0) })).toEqual({
      problem: 'the page is empty',
    });
    expect(
      articleFromPage({ id: 'b', file: 'b.html', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) }),
    ).toEqual({ problem: 'the file holds binary data (NUL bytes), not a web page' });
    expect(articleFromPage({ id: 'w', file: 'w.html', bytes: Buffer.from('  \n ') })).toEqual({
      problem: 'the page holds only white space',
    });
  });
});

describe('metadata details', () => {
  const metaOf = (html: string, base?: string) => readPageMeta(parseHTML(html).document as never, base);

  it('dates: as written in the page’s own zone; day-first dates; impossible dates ignored', () => {
    expect(dateOf('2018-01-31T23:30:00-05:00')).toBe('2018-01-31');
    expect(dateOf('2018-02-01')).toBe('2018-02-01');
    expect(dateOf('01/02/2018 08:30')).toBe('2018-02-01');
    expect(dateOf('2018-02-30')).toBeUndefined();
    expect(dateOf('yesterday')).toBeUndefined();
  });

  it('a broken JSON-LD block is skipped, the next one read; HTML entities in JSON-LD are decoded', () => {
    const m = metaOf(
      '<html><head><script type="application/ld+json">{not json</script>' +
        '<script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":"ReportageNewsArticle","headline":"Vi&#7879;t &amp; M&#7929;","author":"A. B."}]</script></head><body></body></html>',
    );
    expect(m.headline).toBe('Việt & Mỹ');
    expect(m.authors).toEqual(['A. B.']);
  });

  it('a canonical link (or og:url) to the site’s home page names no article and is passed over', () => {
    const m = metaOf(
      '<html><head><link rel="canonical" href="https://x.example/"><meta property="og:url" content="https://x.example/news/a-1.html"></head></html>',
    );
    expect(m.canonical).toBe('https://x.example/news/a-1.html');
    expect(m.from.url).toBe('og:url');
  });

  it('a page saved by a browser without a canonical link keeps the address it was saved from', () => {
    const html = page('en-ogtitle-only.html')
      .toString('utf8')
      .replace(/<meta property="og:url"[^>]*>/, '');
    const chrome = `<!DOCTYPE html>\n<!-- saved from url=(0052)https://wire.example.org/news/2015/01/saved-by-chrome -->\n${html}`;
    const singleFile = `<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://wire.example.org/news/2015/01/saved-by-singlefile \n saved date: Thu Jan 22 2015\n-->${html}`;
    for (const [doc, url] of [
      [chrome, 'https://wire.example.org/news/2015/01/saved-by-chrome'],
      [singleFile, 'https://wire.example.org/news/2015/01/saved-by-singlefile'],
    ] as const) {
      const r = read('saved.html', Buffer.from(doc, 'utf8'));
      expect(r.page.meta.savedFrom).toBe(url);
      expect(r.article.source.url).toBe(url);
    }
    // Fetched, the address it came from counts, not a note in the page.
    expect(
      read('saved.html', Buffer.from(chrome, 'utf8'), { baseUrl: 'https://elsewhere.example/a' }).article.source.url,
    ).toBe('https://elsewhere.example/a');
  });

  it('without JSON-LD or OpenGraph, a microdata or <meta name="pubdate"> publication date counts', () => {
    expect(
      metaOf('<html><head><meta itemprop="datePublished" content="2016-06-01T07:00:00+07:00"></head></html>'),
    ).toMatchObject({ published: '2016-06-01', from: { published: 'itemprop datePublished' } });
    expect(metaOf('<html><head><meta name="pubdate" content="2016-06-02"></head></html>')).toMatchObject({
      published: '2016-06-02',
      from: { published: 'meta pubdate' },
    });
    expect(metaOf('<html><head></head></html>').published).toBeUndefined();
  });

  it('only http(s) canonical links count', () => {
    expect(
      metaOf('<html><head><link rel="canonical" href="javascript:alert(1)"></head></html>').canonical,
    ).toBeUndefined();
    expect(
      metaOf('<html><head><link rel="canonical" href="/a#frag"></head></html>', 'https://x.example/b').canonical,
    ).toBe('https://x.example/a');
  });
});

describe('the page as stored by add', () => {
  it('keeps only text and metadata, and reads back to the same article', () => {
    const r = read('vi-news-jsonld.html');
    const html = storedPageHtml(r.page, r.meta);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|<style|<img|<iframe|<form|onclick|tracker/i);
    const back = read('stored.html', Buffer.from(html, 'utf8'));
    expect(facts(back.article)).toEqual(facts(r.article));
    expect(back.article.paragraphs).toEqual(r.article.paragraphs);
    expect(back.article.source).toEqual(r.article.source);
    expect(back.page.meta.authors).toEqual(['Minh Anh']);
  });

  it('a headline that tries to close the JSON-LD script stays text', () => {
    const r = read('vi-news-jsonld.html');
    const evil: PageRead = {
      ...r.page,
      headline: '</script><script>alert(1)</script>',
      meta: { ...r.page.meta, headline: undefined },
    };
    const html = storedPageHtml(evil, r.meta);
    expect(html.match(/<script/g)).toHaveLength(1);
    const back = readPage(html);
    expect('problem' in back ? back.problem : back.headline).toBe('</script><script>alert(1)</script>');
  });
});
