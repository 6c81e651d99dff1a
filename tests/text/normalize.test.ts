import { describe, expect, it } from 'vitest';
import { normalizeInput, normalizeText, splitParagraphs } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { NINE, SEED7, SEED9, SEVEN, crlf, extraBlankLines, nfd, noBlankLines, withBom } from '../fixtures/articles.js';

describe('normalizeText', () => {
  it('drops a leading BOM and turns CRLF and lone CR into LF', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('recomposes NFD to NFC', () => {
    const out = normalizeText('Đối thoại an ninh biển'.normalize('NFD'));
    expect(out).toBe('Đối thoại an ninh biển');
    expect(out).toBe(out.normalize('NFC'));
    expect(out.length).toBe('Đối thoại an ninh biển'.length);
  });

  it('removes zero-width characters, soft hyphens and inner BOMs', () => {
    expect(normalizeText('Hà\u200B Nội\u00AD, Hoa\u2060 Kỳ\uFEFF')).toBe('Hà Nội, Hoa Kỳ');
  });

  it('turns odd spaces (NBSP, thin, ideographic, tab) into one plain space and trims each line', () => {
    expect(normalizeText('  Hà\u00A0\u00A0Nội\u2009và\u3000Washington\t\tD.C.  ')).toBe('Hà Nội và Washington D.C.');
  });

  it('removes C0/C1 controls and bidi overrides but keeps line breaks', () => {
    expect(normalizeText('a\u0007b\u001Bc\u202Ed\u2066e\n\u0000f')).toBe('abcde\nf');
  });

  it('treats Unicode line and paragraph separators as line breaks', () => {
    expect(normalizeText('Hà Nội\u2028Washington\u2029Biển Đông')).toBe('Hà Nội\nWashington\nBiển Đông');
  });

  it('gives the same text for the seeds whatever their encoding form, BOM or line endings', () => {
    for (const seed of [SEED9, SEED7]) {
      const base = normalizeText(seed);
      expect(normalizeText(nfd(seed))).toBe(base);
      expect(normalizeText(crlf(seed))).toBe(base);
      expect(normalizeText(withBom(crlf(nfd(seed))))).toBe(base);
    }
  });
});

describe('normalizeInput', () => {
  it('flattens user input to one NFC line', () => {
    expect(normalizeInput('  /topic\r\nan-ninh-biển\n'.normalize('NFD'))).toBe('/topic an-ninh-biển');
    expect(normalizeInput('\u200B\u00A0ai   đồng chủ trì?\t')).toBe('ai đồng chủ trì?');
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and on single newlines alike', () => {
    expect(splitParagraphs('A một.\n\nB hai.\nC ba.')).toEqual(['A một.', 'B hai.', 'C ba.']);
  });

  it('joins a hard-wrapped line (no sentence end, next line lower case)', () => {
    const wrapped =
      'Thứ trưởng Ngoại giao Hà Kim Ngọc và ông Puneet Talwar hôm nay đồng\nchủ trì Đối thoại tại Hà Nội.';
    expect(splitParagraphs(wrapped)).toEqual([
      'Thứ trưởng Ngoại giao Hà Kim Ngọc và ông Puneet Talwar hôm nay đồng chủ trì Đối thoại tại Hà Nội.',
    ]);
  });

  it('does not join across a blank line, after a sentence end, before a capital, or after a short line', () => {
    const long = 'Thứ trưởng Ngoại giao Hà Kim Ngọc và ông Puneet Talwar hôm nay đồng';
    expect(splitParagraphs(`${long}\n\nchủ trì.`)).toEqual([long, 'chủ trì.']);
    expect(splitParagraphs(`${long} chủ trì.\nhai bên.`)).toEqual([`${long} chủ trì.`, 'hai bên.']);
    expect(splitParagraphs(`${long}\nHai bên.`)).toEqual([long, 'Hai bên.']);
    expect(splitParagraphs('Xem thêm\nbài khác')).toEqual(['Xem thêm', 'bài khác']);
  });

  it('cuts the 7th seed (single newlines) into title + 8 paragraphs', () => {
    const paras = splitParagraphs(normalizeText(SEED7));
    expect(paras).toHaveLength(9);
    expect(paras[0]).toBe('Việt - Mỹ thảo luận về hợp tác an ninh biển');
    expect(paras).toEqual([SEVEN.title, ...SEVEN.body]);
  });

  it('gives the 9th seed the same paragraphs with no blank lines or with extra blank lines', () => {
    const base = splitParagraphs(normalizeText(SEED9));
    expect(base.slice(0, 2 + NINE.body.length)).toEqual([NINE.title, NINE.dateline, ...NINE.body]);
    expect(splitParagraphs(normalizeText(noBlankLines(SEED9)))).toEqual(base);
    expect(splitParagraphs(normalizeText(extraBlankLines(SEED9)))).toEqual(base);
    expect(splitParagraphs(normalizeText(extraBlankLines(SEED7)))).toEqual(splitParagraphs(normalizeText(SEED7)));
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations such as D.C. and U.S. inside a sentence', () => {
    const p = 'Đối thoại lần thứ 8 sẽ diễn ra tại thủ đô Washington D.C. vào năm 2016. Hai bên nhất trí.';
    expect(splitSentences(p)).toEqual([
      'Đối thoại lần thứ 8 sẽ diễn ra tại thủ đô Washington D.C. vào năm 2016.',
      'Hai bên nhất trí.',
    ]);
    expect(splitSentences('The U.S. Department of State led. Vietnam agreed.')).toEqual([
      'The U.S. Department of State led.',
      'Vietnam agreed.',
    ]);
  });

  it('splits Vietnamese sentences that start with an accented capital or a digit', () => {
    expect(splitSentences('Hai bên họp. Đối thoại kết thúc! 20 năm qua.')).toEqual([
      'Hai bên họp.',
      'Đối thoại kết thúc!',
      '20 năm qua.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('Lúc 8 giờ s. sáng hai bên họp.')).toEqual(['Lúc 8 giờ s. sáng hai bên họp.']);
  });

  it('loses no text: the pieces joined with spaces give every seed paragraph back', () => {
    for (const p of [...NINE.body, ...SEVEN.body]) expect(splitSentences(p).join(' ')).toBe(p);
  });
});
