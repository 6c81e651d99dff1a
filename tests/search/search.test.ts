import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/corpus/corpus.js';
import { contentWords, searchResults } from '../../src/answer/full-text.js';
import { bestSentence, matchSpans, trimAround } from '../../src/search/highlight.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { indexWords } from '../../src/search/flexsearch-index.js';
import type { Article } from '../../src/parse/schema.js';
import { SEED7_FILE, SEED9_FILE, cleanTemp, corpusOf, parse, seedFiles } from '../fixtures/articles.js';

afterAll(cleanTemp);

/** A tiny article with the given title and paragraphs. */
function article(id: string, title: string, ...paragraphs: string[]): Article {
  return { ...parse([title, ...paragraphs].join('\n\n'), undefined, id), title, paragraphs };
}

describe('indexWords (the FlexSearch encoder)', () => {
  it('folded words (the shipped index); numbers whole, doubled letters not merged', () => {
    expect(indexWords('An ninh Biển Đông 2018')).toEqual(['an', 'ninh', 'bien', 'dong', '2018']);
    expect(indexWords('SSE sẽ')).toEqual(['sse', 'se']);
    expect(indexWords('an-ninh-biển, Đà Nẵng')).toEqual(['an', 'ninh', 'bien', 'da', 'nang']);
  });
  it("the 'both' encoder: each folded word followed by its exact form when it has diacritics", () => {
    expect(indexWords('An ninh Biển Đông 2018', 'both')).toEqual([
      'an',
      'ninh',
      'bien',
      'biển',
      'dong',
      'đông',
      '2018',
    ]);
    expect(indexWords('SSE sẽ', 'both')).toEqual(['sse', 'se', 'sẽ']);
  });
  it('NFD text gives the same words as NFC', () => {
    expect(indexWords('Biển Đông'.normalize('NFD'))).toEqual(indexWords('Biển Đông'));
    expect(indexWords('Biển Đông'.normalize('NFD'), 'both')).toEqual(indexWords('Biển Đông', 'both'));
  });
  it('overlong words are not indexed', () => {
    expect(indexWords(`a ${'x'.repeat(41)} b`)).toEqual(['a', 'b']);
  });
});

describe('SearchIndex: exact diacritics rank first', () => {
  const arts = [
    article('a', 'Về biên giới', 'Hai bên bàn về an ninh biên giới đất liền.'),
    article('b', 'Về biển', 'Hai bên bàn về an ninh biển và tự do hàng hải.'),
    article('c', 'Bản không dấu', 'Hai ben ban ve an ninh bien tren mang.'),
    article('d', 'Chuyện khác', 'Hai bên bàn về thương mại.'),
  ];
  const index = new SearchIndex(arts);
  const ids = (q: string, opts?: { partial?: boolean }) =>
    index.search(q, opts).map((h) => `${arts[h.article]?.id}:${h.paragraph}`);

  it('"an ninh biển" (with diacritics): the exact paragraph first, then the undiacritised one, "biên giới" last', () => {
    expect(ids('an ninh biển')).toEqual(['b:1', 'c:1', 'a:1']);
    expect(ids('AN NINH BIỂN'.normalize('NFD'))).toEqual(['b:1', 'c:1', 'a:1']);
  });

  it('"an ninh bien" (without): every paragraph whose folded words match, phrase matches before the rest', () => {
    const hits = ids('an ninh bien');
    expect(hits.sort()).toEqual(['a:1', 'b:1', 'c:1'].sort());
  });

  it('"biên" finds "biên giới" first', () => {
    expect(ids('biên').slice(0, 2).sort()).toEqual(['a:0', 'a:1']);
    expect(ids('biên giới').sort()).toEqual(['a:0', 'a:1']);
  });

  it('a diacritic query whose words only match apart, once folded, does not match', () => {
    // "tự do" with diacritics: paragraph c has neither; "Tô Lâm" must not match "tổ … làm".
    expect(ids('tự do hàng hải')).toEqual(['b:1']);
    const x = new SearchIndex([article('x', 'T', 'Tổ công tác làm việc tại Hà Nội.')]);
    expect(x.search('Tô Lâm')).toEqual([]);
    expect(x.search('to lam')).toHaveLength(1);
  });

  it('titles are searchable (paragraph number 0)', () => {
    expect(ids('không dấu')).toEqual(['c:0']);
  });

  it('partial matches only on request, only for 3+ words, and flagged as incomplete', () => {
    expect(index.search('an ninh biển mạng xã hội')).toEqual([]);
    const partial = index.search('an ninh bien mang xa', { partial: true });
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((h) => !h.complete)).toBe(true);
    expect(index.search('bien mang', { partial: true }).every((h) => h.complete)).toBe(true);
  });

  it('empty or punctuation-only queries return nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  ?!… ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(index.search('hai', { limit: 2 })).toHaveLength(2);
  });
});

describe('search over the seeds', () => {
  const corpus: Corpus = corpusOf(seedFiles());
  const fileOf = (h: { article: number }) => corpus.articles[h.article]?.file;

  it('"Biển Đông" finds the two South China Sea paragraphs, one per seed', () => {
    const hits = corpus.index.search('Biển Đông');
    expect(hits).toHaveLength(2);
    expect(hits.map(fileOf).sort()).toEqual([SEED9_FILE, SEED7_FILE].sort());
    for (const h of hits) expect(corpus.index.textOf(h)).toContain('Biển Đông');
  });

  it('"bien dong" also finds paragraphs where the words stand apart ("đồng" … "biển"), after the phrase ones', () => {
    const hits = corpus.index.search('bien dong');
    expect(hits.length).toBeGreaterThan(2);
    for (const h of hits.slice(0, 2)) expect(corpus.index.textOf(h)).toContain('Biển Đông');
    for (const h of hits.slice(2)) expect(corpus.index.textOf(h)).not.toContain('Biển Đông');
  });

  it('old and new tone placement ("hoà bình" / "hòa bình") find each other', () => {
    const newStyle = corpus.index.search('hòa bình').map((h) => `${h.article}:${h.paragraph}`);
    const oldStyle = corpus.index.search('hoà bình').map((h) => `${h.article}:${h.paragraph}`);
    expect(newStyle.length).toBeGreaterThan(0);
    expect(oldStyle.sort()).toEqual(newStyle.sort());
  });

  it("nothing from the 9th seed's furniture is searchable", () => {
    for (const q of ['Tô Lâm', 'Gillian Bird', 'Hậu Giang', 'Krishnamurti', 'Thiên Tân'])
      expect(corpus.index.search(q), q).toEqual([]);
  });

  it('searchResults: one result per excerpt, cited with article, paragraph (1-based) and quote', () => {
    const { results, terms, partial } = searchResults(corpus, 'Biển Đông', { partial: false });
    expect(partial).toBe(false);
    expect(terms).toEqual(['bien', 'dong']);
    expect(results).toHaveLength(2);
    const nine = results.find((r) => r.cite.file === SEED9_FILE);
    expect(nine?.edition).toBe(9);
    expect(nine?.cite.paragraph).toBe(11);
    expect(nine?.cite.source).toBe('VOV.VN');
    expect(nine?.cite.published).toBe('2018-02-01');
    expect(nine?.cite.quote).toContain('Biển Đông');
    expect(nine?.cite.quote.length).toBeLessThanOrEqual(362);
  });

  it('searchResults restricted to an edition', () => {
    const { results } = searchResults(corpus, 'Biển Đông', { partial: false, edition: 7 });
    expect(results.map((r) => r.cite.file)).toEqual([SEED7_FILE]);
  });

  it('contentWords drops question and dialogue words', () => {
    // "bàn" (discuss) folds to "ban", which is also "bạn" (you): dropped as well.
    expect(contentWords('Đối thoại lần thứ 9 có bàn về Biển Đông không?')).toEqual(['9', 'bien', 'dong']);
    expect(contentWords('What did the dialogue say about dioxin?')).toEqual(['say', 'dioxin']);
  });
});

describe('highlighting', () => {
  it('matches whole words only, on the fold', () => {
    const text = 'An ninh biển, Biển Đông và biên giới; bienbien.';
    const spans = matchSpans(text, new Set(['bien']));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['biển', 'Biển', 'biên']);
  });

  it('bestSentence picks the sentence with most distinct matching words', () => {
    const p = 'Hai bên họp tại Hà Nội. Hai bên trao đổi về Biển Đông và an ninh biển. Đối thoại kết thúc.';
    expect(bestSentence(p, new Set(['bien', 'dong'])).text).toBe('Hai bên trao đổi về Biển Đông và an ninh biển.');
  });

  it('trimAround cuts on word boundaries and marks cuts', () => {
    const text = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const out = trimAround(text, text.indexOf('từ30'), 60);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('từ30');
    expect(out.length).toBeLessThanOrEqual(62);
    expect(
      out
        .slice(1, -1)
        .split(' ')
        .every((w) => /^từ\d+$/.test(w)),
    ).toBe(true);
    expect(trimAround('ngắn', 0, 60)).toBe('ngắn');
  });
});
