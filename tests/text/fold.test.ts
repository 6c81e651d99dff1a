import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exactForm,
  exactSlug,
  exactTokens,
  fold,
  foldAligned,
  foldedTokens,
  hasDiacritics,
  slowFold,
  slugify,
  words,
} from '../../src/text/fold.js';
import { SEED7_FILE, cleanTemp, corpusOf, seedFiles } from '../fixtures/articles.js';

afterAll(cleanTemp);

describe('fold', () => {
  it('lower-cases and strips every diacritic', () => {
    expect(fold('AN NINH BIỂN')).toBe('an ninh bien');
    expect(fold('Thứ trưởng Hà Kim Ngọc')).toBe('thu truong ha kim ngoc');
    expect(fold('Ưu tiên, ơn, Ấn Độ')).toBe('uu tien, on, an do');
  });

  it('maps đ and Đ (which NFD does not decompose) to d', () => {
    expect(fold('Đối thoại đồng chủ trì')).toBe('doi thoai dong chu tri');
    expect(fold('ĐÔNG')).toBe('dong');
    expect(fold('đ')).toBe('d');
  });

  it('maps the look-alike Ð/ð (U+00D0/U+00F0) some converters emit for Đ/đ to d as well', () => {
    expect(fold('\u00D0ông \u00F0ối')).toBe('dong doi');
  });

  it('folds exactly as its definition (NFD, marks stripped, đ→d, lower case) for any text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...'aĂâđĐÐðệỆ\u0301\u0323 ΣσςİıßﬁÅ𝔄𝐀😀\ud800'.split('')), maxLength: 80 }),
    );
    fc.assert(
      fc.property(anyText, fc.boolean(), (t, nfd) => {
        const s = nfd ? t.normalize('NFD') : t;
        expect(fold(s)).toBe(slowFold(s));
        expect(fold(s.repeat(3))).toBe(slowFold(s.repeat(3)));
      }),
      { seed: 20_250_604, numRuns: 1500 },
    );
  });

  it('a long text with a final capital sigma folds as a whole (ς), not letter by letter (σ)', () => {
    const long = 'ΟΔΟΣ '.repeat(12);
    expect(fold(long)).toBe(slowFold(long));
    expect(fold(long).slice(0, 5)).toBe('οδος ');
    expect(foldAligned(long)).toBeUndefined();
  });

  it('gives NFC and NFD input the same fold', () => {
    const s = 'Biển Đông, tự do hàng hải và hàng không';
    expect(fold(s.normalize('NFD'))).toBe(fold(s));
    expect(fold(s)).toBe('bien dong, tu do hang hai va hang khong');
  });
});

describe('exact forms and tokens', () => {
  it('exactForm keeps diacritics, lower-cases and recomposes NFD', () => {
    expect(exactForm('AN NINH BIỂN'.normalize('NFD'))).toBe('an ninh biển');
    expect(exactForm('AN NINH BIỂN'.normalize('NFD')).length).toBe('an ninh biển'.length);
  });

  it('tokens are runs of letters and digits, punctuation and hyphens split them', () => {
    expect(words('an-ninh-biển, U.S. 2018!')).toEqual(['an', 'ninh', 'biển', 'U', 'S', '2018']);
    expect(foldedTokens('AN NINH BIỂN')).toEqual(['an', 'ninh', 'bien']);
    expect(foldedTokens('an-ninh-biển')).toEqual(['an', 'ninh', 'bien']);
    expect(foldedTokens('an ninh bien')).toEqual(['an', 'ninh', 'bien']);
    expect(exactTokens('An Ninh Biển')).toEqual(['an', 'ninh', 'biển']);
  });

  it('NFD text is tokenised into whole words (combining marks stay inside the word)', () => {
    expect(words(exactForm('Biển Đông'.normalize('NFD')))).toEqual(['biển', 'đông']);
    expect(foldedTokens('Biển Đông'.normalize('NFD'))).toEqual(['bien', 'dong']);
  });

  it('hasDiacritics', () => {
    expect(hasDiacritics('Biển Đông')).toBe(true);
    expect(hasDiacritics('Biển Đông'.normalize('NFD'))).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
    expect(hasDiacritics('BIEN DONG')).toBe(false);
    expect(hasDiacritics('an-ninh-bien 2018')).toBe(false);
  });

  it('slugs', () => {
    expect(slugify('An ninh biển')).toBe('an-ninh-bien');
    expect(slugify('  Khắc phục   hậu quả chiến tranh! ')).toBe('khac-phuc-hau-qua-chien-tranh');
    expect(exactSlug('An ninh biển')).toBe('an-ninh-biển');
    expect(slugify('Đối tác toàn diện')).toBe('doi-tac-toan-dien');
  });
});

describe('folding in the index: every way of typing a phrase finds the same paragraphs', () => {
  const corpus = corpusOf(seedFiles());
  const seven = corpus.articles.findIndex((a) => a.file === SEED7_FILE);
  const key = (h: { article: number; paragraph: number }) => `${h.article}:${h.paragraph}`;
  /** Entries whose folded words contain the phrase. */
  const withPhrase = (phrase: string) =>
    corpus.index.entries
      .filter((e) =>
        ` ${foldedTokens(corpus.index.textOf(e)).join(' ')} `.includes(` ${foldedTokens(phrase).join(' ')} `),
      )
      .map(key)
      .sort();

  it('an ninh biển: all spellings rank the same phrase paragraphs first', () => {
    const expected = withPhrase('an ninh biển');
    // The 7th article's title (0), its lead (1) and its third paragraph (3) say "an ninh biển".
    expect(expected).toEqual([`${seven}:0`, `${seven}:1`, `${seven}:3`].sort());
    const variants = [
      'an ninh bien',
      'AN NINH BIỂN',
      'an-ninh-biển',
      'an ninh biển'.normalize('NFD'),
      'An Ninh Biển',
      'AN-NINH-BIEN',
    ];
    for (const v of variants) {
      const hits = corpus.index.search(v, { limit: 50 });
      expect(hits.slice(0, expected.length).map(key).sort(), v).toEqual(expected);
    }
  });

  it('spellings with diacritics give identical hit lists', () => {
    const base = corpus.index.search('an ninh biển', { limit: 50 }).map(key);
    for (const v of ['AN NINH BIỂN', 'an-ninh-biển', 'an ninh biển'.normalize('NFD'), 'An Ninh Biển']) {
      expect(corpus.index.search(v, { limit: 50 }).map(key), v).toEqual(base);
    }
  });

  it('Biển Đông / BIỂN ĐÔNG / bien dong / NFD / đ-less all find both "Biển Đông" paragraphs first', () => {
    const expected = withPhrase('Biển Đông');
    expect(expected).toHaveLength(2);
    for (const v of ['Biển Đông', 'BIỂN ĐÔNG', 'biển đông'.normalize('NFD'), 'bien dong', 'BIEN DONG', 'Bien Dong']) {
      const hits = corpus.index.search(v, { limit: 50 });
      expect(hits.slice(0, 2).map(key).sort(), v).toEqual(expected);
    }
  });

  it('đồng chủ trì with đ, Đ, d or D finds the same three co-chair paragraphs', () => {
    const expected = withPhrase('đồng chủ trì');
    expect(expected).toHaveLength(3);
    for (const v of [
      'đồng chủ trì',
      'Đồng Chủ Trì',
      'ĐỒNG CHỦ TRÌ',
      'dong chu tri',
      'DONG CHU TRI',
      'đồng chủ trì'.normalize('NFD'),
    ]) {
      expect(corpus.index.search(v, { limit: 50 }).map(key).sort(), v).toEqual(expected);
    }
  });
});
