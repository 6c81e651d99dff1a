/**
 * Autocomplete choices (src/answer/autocomplete.ts) never split a grapheme: names cut to Discord's 100
 * characters end between two graphemes, whatever the corpus text holds, and typed text of any shape (cut to
 * its first 50 or 100 characters) gives well-formed choices.
 */
import { describe, expect, it } from 'vitest';
import { editionChoices, topicChoices } from '../../src/answer/autocomplete.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { parseArticle } from '../../src/parse/article.js';

const FAMILY = '👨‍👩‍👧‍👦'; // 11 UTF-16 units, one grapheme
const FLAG = '🇻🇳';
const NFD_E = 'e\u0302\u0301';
/** No lone surrogate (String.prototype.isWellFormed, which this TypeScript lib does not declare). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const endsOnBoundary = (whole: string, cut: string) =>
  cut === whole ||
  [...SEGMENTER.segment(whole)].some(
    (s) => s.index === cut.replace(/…$/, '').length && whole.startsWith(cut.replace(/…$/, '')),
  );

const RAW = [
  'Đối thoại Chính trị – An ninh – Quốc phòng Việt Nam – Hoa Kỳ lần thứ 20',
  'Hà Nội, ngày 12/3/2031 – Đối thoại Chính trị – An ninh – Quốc phòng Việt Nam – Hoa Kỳ lần thứ 20 đã diễn ra tại Hà Nội.',
].join('\n\n');
const base = parseArticle({ id: 'p20', file: 'p20.txt', raw: RAW });

describe('autocomplete never splits a grapheme', () => {
  it('an edition name cut at 100 characters ends between graphemes, wherever the cut falls', () => {
    expect(base.edition).toBe(20);
    for (const unit of [FAMILY, FLAG, NFD_E, '😀'])
      for (let pad = 0; pad < 12; pad++) {
        // A place as long as the corpus may hold (the record is built by hand: the parser gives canonical places).
        const location = `${'x'.repeat(pad)}${unit.repeat(60)}`;
        const corpus = new Corpus([{ ...base, location }]);
        for (const locale of ['vi', 'en'] as const) {
          const [choice] = editionChoices(corpus, '', locale);
          expect(choice?.value).toBe(20);
          const name = choice?.name ?? '';
          expect(name.length).toBeLessThanOrEqual(100);
          expect(wellFormed(name)).toBe(true);
          const whole = `${locale === 'vi' ? 'Lần thứ' : 'Edition'} 20 · 2031 · ${location}`;
          expect(name.length).toBeLessThan(whole.length); // it was cut
          expect(endsOnBoundary(whole, name)).toBe(true);
        }
      }
  });

  it('typed text with emoji, flags and combining marks at every length gives well-formed choices', () => {
    const corpus = new Corpus([base]);
    for (const unit of [FAMILY, FLAG, NFD_E, '😀', 'biển'])
      for (let n = 0; n < 30; n++) {
        const typed = `${'a'.repeat(n)}${unit.repeat(20)}`;
        for (const c of [...editionChoices(corpus, typed, 'vi'), ...topicChoices(corpus, typed, 'en')]) {
          expect(wellFormed(c.name)).toBe(true);
          expect(c.name.length).toBeLessThanOrEqual(100);
        }
      }
    expect(topicChoices(corpus, `an ninh biển${FAMILY.repeat(20)}`, 'vi')[0]?.value).toBe('an-ninh-bien');
  });
});
