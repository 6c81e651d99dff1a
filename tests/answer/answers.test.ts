import { afterAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { parseIntent, readQuestion } from '../../src/answer/intent.js';
import type { Answer, EditionAnswer, SearchAnswer, TopicAnswer } from '../../src/answer/types.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { renderText } from '../../src/render/text.js';
import {
  ENGLISH_NOTE,
  SEED7,
  SEED7_FILE,
  SEED9,
  SEED9_FILE,
  SEED9_NOISE,
  UNRELATED,
  cleanTemp,
  corpusOf,
  crlf,
  nfd,
  seedFiles,
  withBom,
} from '../fixtures/articles.js';

afterAll(cleanTemp);

const seeds = corpusOf(seedFiles());

/** Ask, and get the answer with its rendered text (all pages, as the console prints it). */
function ask(corpus: Corpus, input: string) {
  const { answer, language } = answerInput(corpus, input);
  return { answer, language, text: renderText(answer, { locale: language }) };
}
const as = <K extends Answer['kind']>(a: Answer, kind: K) => {
  expect(a.kind).toBe(kind);
  return a as Extract<Answer, { kind: K }>;
};
const editions = (a: TopicAnswer | SearchAnswer) => a.results.map((r) => r.edition);

function expectNoNoise(text: string) {
  for (const s of SEED9_NOISE) expect(text, `leaked "${s}"`).not.toContain(s);
}

describe('/dialogue 9', () => {
  const { answer, text } = ask(seeds, '/dialogue 9');
  const a = as(answer, 'edition');

  it('is answered from the article about it', () => {
    expect(a.edition).toBe(9);
    expect(a.basis).toBe('article');
    expect(a.conflicts).toEqual([]);
    expect(a.sources.map((s) => s.file)).toEqual([SEED9_FILE]);
  });

  it('co-chairs, Vietnamese side first, cited from paragraph 1', () => {
    expect(a.cochairs.map((c) => [c.value.side, c.value.name])).toEqual([
      ['VN', 'Hà Kim Ngọc'],
      ['US', 'Tina Kaidanow'],
    ]);
    expect(a.cochairs[0]?.cites[0]).toMatchObject({ file: SEED9_FILE, paragraph: 1, source: 'VOV.VN' });
    expect(a.cochairs[0]?.cites[0]?.quote).toMatch(/^Tại Hà Nội, .* đã đồng chủ trì .* lần thứ 9\.$/);
  });

  it('the place is Hà Nội', () => {
    expect(a.places.map((p) => p.value)).toEqual(['Hà Nội']);
  });

  it('2018 is given as the publication date, said to be one, not as a meeting date', () => {
    expect(a.dates.map((d) => d.value)).toEqual([{ kind: 'publication', dates: ['2018-02-01'], yearInferred: false }]);
    expect(text).toContain('01/02/2018');
    expect(text).toContain('ngày đăng bài');
    expect(text).toContain('bài không nêu ngày họp');
  });

  it('the next edition: the 10th, in Washington DC', () => {
    expect(a.next.map((n) => n.value)).toEqual([{ edition: 10, place: 'Washington', year: undefined }]);
  });

  it('the rendered text has the names, place and sources, and no site noise', () => {
    for (const s of ['Hà Kim Ngọc', 'Tina Kaidanow', 'Hà Nội', '2018', 'VOV.VN', 'Washington', SEED9_FILE])
      expect(text).toContain(s);
    expectNoNoise(text);
    // The one-page summary leaves the agencies and every quote to `/dialogue 9 detail`.
    const detail = ask(seeds, '/dialogue 9 detail').text;
    for (const s of ['Bộ Công an (Việt Nam)', 'Đề nghị của từng bên', SEED9_FILE]) expect(detail).toContain(s);
    expectNoNoise(detail);
  });

  it('the same answer from "/dialogue IX", "/dialogue lần thứ 9", "/dialogue edition:9", "/dialogue ninth", "/đối-thoại 9"', () => {
    for (const q of [
      '/dialogue IX',
      '/dialogue lần thứ 9',
      '/dialogue edition:9',
      '/dialogue ninth',
      '/doithoai 9',
      '/dialogue   9  ',
      '/DIALOGUE 9',
      '/dialogue #9',
    ]) {
      expect(answerInput(seeds, q).answer, q).toEqual(answer);
    }
  });

  it('in English', () => {
    const en = renderText(answer, { locale: 'en' });
    expect(en).toContain('Vietnam–US Political, Security and Defense Dialogue #9');
    expect(en).toContain('article published 1 February 2018');
    expect(en).toContain('Tina Kaidanow');
    expectNoNoise(en);
  });
});

describe('/dialogue 8 and 10: known only from mentions', () => {
  it('8: Washington D.C., planned for 2016, from the 7th article', () => {
    const { answer, text } = ask(seeds, '/dialogue 8');
    const a = as(answer, 'edition');
    expect(a.basis).toBe('mention');
    expect(a.places.map((p) => p.value)).toEqual(['Washington']);
    expect(a.dates.map((d) => d.value)).toEqual([
      { kind: 'planned', dates: [], year: 2016, yearInferred: false, text: '2016' },
    ]);
    expect(a.cochairs).toEqual([]);
    expect(a.sources.map((s) => [s.file, s.aboutEdition])).toEqual([[SEED7_FILE, 7]]);
    expect(text).toContain('Lần thứ 8 chỉ được nhắc đến trong bài viết về một lần đối thoại khác');
    expect(text).toContain('dự kiến diễn ra năm 2016');
    expect(text).toContain('Washington');
    expect(text).toContain('bài về lần thứ 7');
  });

  it('10: Washington DC, from the 9th article, no year', () => {
    const { answer, text } = ask(seeds, '/dialogue 10');
    const a = as(answer, 'edition');
    expect(a.basis).toBe('mention');
    expect(a.places.map((p) => p.value)).toEqual(['Washington']);
    expect(a.dates).toEqual([]);
    expect(a.places[0]?.cites[0]).toMatchObject({ file: SEED9_FILE, paragraph: 12 });
    expect(text).toContain('Washington');
    expect(text).toContain('bài về lần thứ 9');
    expect(a.cochairs).toEqual([]);
    expect(a.agencies).toEqual([]);
    expectNoNoise(text);
  });
});

describe('/dialogue 42: honestly not found', () => {
  const { answer, text } = ask(seeds, '/dialogue 42');

  it('lists the editions the corpus knows', () => {
    const a = as(answer, 'edition-unknown');
    expect(a.edition).toBe(42);
    expect(a.known.map((e) => [e.edition, e.year, e.yearKind, e.place, e.basis])).toEqual([
      [7, 2015, 'meeting', 'Hà Nội', 'article'],
      [8, 2016, 'planned', 'Washington', 'mention'],
      [9, 2018, 'publication', 'Hà Nội', 'article'],
      [10, undefined, undefined, 'Washington', 'mention'],
    ]);
  });

  it('says so and invents nothing', () => {
    expect(text).toContain('Kho dữ liệu không có bài nào về đối thoại lần thứ 42.');
    for (const s of ['Lần thứ 7', 'Lần thứ 8', 'Lần thứ 9', 'Lần thứ 10']) expect(text).toContain(s);
    expect(text).not.toContain('Tina Kaidanow');
    expect(text).not.toContain('Puneet Talwar');
  });

  it('a missing or unreadable number asks for one', () => {
    for (const q of ['/dialogue', '/dialogue abc']) {
      const a = as(answerInput(seeds, q).answer, 'help');
      expect(a.reason).toBe('bad-option');
    }
  });
});

describe('/topic', () => {
  const expected = { slug: 'an-ninh-bien', vi: 'An ninh biển', en: 'Maritime security' };
  const inputs = [
    'an-ninh-biển',
    'an-ninh-bien',
    'an ninh biển',
    'an ninh bien',
    'AN NINH BIỂN',
    'AN-NINH-BIEN',
    'an-ninh-biển'.normalize('NFD'),
    'An Ninh Biển'.normalize('NFD'),
    'maritime security',
    'Maritime Security',
    'maritime-security',
    'an_ninh_bien',
  ];
  for (const t of inputs) {
    it(`"/topic ${t}" resolves to an-ninh-bien and finds the 7th and 9th`, () => {
      const a = as(answerInput(seeds, `/topic ${t}`).answer, 'topic');
      expect(a.topic).toEqual(expected);
      expect(a.fallback).toBe(false);
      expect(editions(a)).toEqual([7, 9]);
    });
  }

  it('each result quotes a sentence that names the topic', () => {
    const { answer, text } = ask(seeds, '/topic an-ninh-biển');
    const a = answer as TopicAnswer;
    expect(a.results[0]?.cite).toMatchObject({ file: SEED7_FILE, paragraph: 1 });
    expect(a.results[0]?.cite.quote).toContain('an ninh biển');
    expect(a.results[1]?.cite.quote).toContain('an ninh hàng hải');
    expect(text).toContain('Chủ đề: An ninh biển');
    expectNoNoise(text);
  });

  it('a narrower topic by one of its terms: "dioxin", "chất độc da cam"', () => {
    for (const t of ['dioxin', 'chất độc da cam', 'chat doc da cam', 'Agent Orange']) {
      const a = answerInput(seeds, `/topic ${t}`).answer as TopicAnswer;
      expect(a.topic?.slug, t).toBe('dioxin');
      expect(editions(a)).toEqual([7, 9]);
    }
  });

  it('a known topic no article discusses', () => {
    const { answer, text } = ask(seeds, '/topic nhân quyền');
    expect((answer as TopicAnswer).topic?.slug).toBe('nhan-quyen');
    expect((answer as TopicAnswer).results).toEqual([]);
    expect(text).toContain('Không có bài nào trong kho dữ liệu bàn về chủ đề này.');
  });

  it('an unknown topic falls back to full-text search', () => {
    const a = answerInput(seeds, '/topic Liên Hiệp Quốc').answer as TopicAnswer;
    expect(a.fallback).toBe(true);
    expect(a.topic).toBeUndefined();
    expect(a.results.map((r) => r.cite.file)).toContain(SEED9_FILE);
  });
});

describe('/search', () => {
  it('with diacritics: exactly the two "Biển Đông" paragraphs', () => {
    const { answer, text } = ask(seeds, '/search Biển Đông');
    const a = answer as SearchAnswer;
    expect(a.results).toHaveLength(2);
    for (const r of a.results) expect(r.cite.quote).toContain('Biển Đông');
    expect(a.results.map((r) => r.edition).sort()).toEqual([7, 9]);
    expect(text).toContain('Kết quả tìm kiếm');
  });

  it('without diacritics: more results, the exact-phrase ones first', () => {
    const a = answerInput(seeds, '/search bien dong').answer as SearchAnswer;
    expect(a.results.length).toBeGreaterThan(2);
    expect(a.results.slice(0, 2).every((r) => r.cite.quote.includes('Biển Đông'))).toBe(true);
    expect(a.results.slice(2).some((r) => r.cite.quote.includes('Biển Đông'))).toBe(false);
  });

  it('with diacritics, an exact-diacritic match outranks an undiacritised one', () => {
    const c = corpusOf({
      ...seedFiles(),
      'plain.txt':
        'Viet My ban ve an ninh bien\n\nHai ben trao doi ve an ninh bien va tu do hang hai trong khu vuc, theo thong cao chung cua hai nuoc.\n',
    });
    const a = answerInput(c, '/search an ninh biển').answer as SearchAnswer;
    const files = a.results.map((r) => r.cite.file);
    expect(files).toContain('plain.txt');
    expect(files.indexOf('plain.txt')).toBeGreaterThan(files.indexOf(SEED7_FILE));
    expect(a.results[0]?.cite.quote).toContain('an ninh biển');
    const b = answerInput(c, '/search an ninh bien').answer as SearchAnswer;
    expect(b.results.map((r) => r.cite.file)).toContain('plain.txt');
  });

  it('NFD and upper-case queries give the same results', () => {
    const base = answerInput(seeds, '/search Biển Đông').answer;
    expect(answerInput(seeds, '/search Biển Đông'.normalize('NFD')).answer).toEqual({ ...base });
    expect((answerInput(seeds, '/search BIỂN ĐÔNG').answer as SearchAnswer).results).toEqual(
      (base as SearchAnswer).results,
    );
  });

  it('noise from the page is not searchable', () => {
    for (const q of ['Tô Lâm', 'Gillian Bird', 'Hậu Giang', 'Krishnamurti']) {
      const { answer, text } = ask(seeds, `/search ${q}`);
      expect((answer as SearchAnswer).results, q).toEqual([]);
      expect(text).toContain('Không tìm thấy');
    }
  });
});

describe('plain questions', () => {
  const cochairs = (input: string) => {
    const { answer, language, text } = ask(seeds, input);
    const a = as(answer, 'edition');
    return { a, language, text };
  };

  it('Vietnamese with diacritics, without, NFD, upper case: who co-chaired the 9th', () => {
    for (const q of [
      'Ai đồng chủ trì đối thoại lần thứ 9?',
      'ai dong chu tri doi thoai lan thu 9',
      'Ai đồng chủ trì đối thoại lần thứ 9?'.normalize('NFD'),
      'AI ĐỒNG CHỦ TRÌ ĐỐI THOẠI LẦN THỨ 9?',
      'ai dong chu tri lan 9',
    ]) {
      const { a, language, text } = cochairs(q);
      expect(a.edition, q).toBe(9);
      expect(a.focus, q).toBe('cochairs');
      expect(language, q).toBe('vi');
      expect(text).toContain('Hà Kim Ngọc');
      expect(text).toContain('Tina Kaidanow');
      expectNoNoise(text);
    }
  });

  it('English: who co-chaired the 7th', () => {
    const { a, language, text } = cochairs('Who co-chaired the 7th dialogue?');
    expect(language).toBe('en');
    expect(a.edition).toBe(7);
    expect(text).toContain('Co-chairs');
    expect(text).toContain('Puneet Talwar');
    expect(text).toContain('Hà Kim Ngọc');
  });

  it('when: the 7th met 22–23 January 2015 (year inferred, and said so)', () => {
    const vi = ask(seeds, 'Đối thoại lần thứ 7 diễn ra khi nào?');
    expect((vi.answer as EditionAnswer).focus).toBe('date');
    expect(vi.text).toContain('22–23/01/2015');
    expect(vi.text).toContain('năm 2015 suy ra từ ngày đăng bài');
    const en = ask(seeds, 'When was the 7th dialogue held?');
    expect(en.language).toBe('en');
    expect(en.text).toContain('22–23 January 2015');
    expect(ask(seeds, 'doi thoai lan 7 dien ra khi nao').text).toContain('22–23/01/2015');
  });

  it('where: the 9th in Hà Nội; the 10th and 8th in Washington', () => {
    expect(ask(seeds, 'Đối thoại lần thứ 9 diễn ra ở đâu?').text).toContain('Hà Nội');
    expect(ask(seeds, 'doi thoai lan 9 o dau').text).toContain('Hà Nội');
    expect(ask(seeds, 'Where was the ninth dialogue held?').text).toContain('Hà Nội');
    expect(ask(seeds, 'Đối thoại lần thứ 10 sẽ diễn ra ở đâu?').text).toContain('Washington');
    expect(ask(seeds, 'Where will the 8th dialogue be held?').text).toContain('Washington');
  });

  it('what was next after the latest edition', () => {
    const { answer, text } = ask(seeds, 'Lần đối thoại tiếp theo diễn ra ở đâu?');
    expect((answer as EditionAnswer).edition).toBe(9);
    expect(text).toContain('Lần tiếp theo là đối thoại lần thứ 10');
    expect(text).toContain('Washington');
  });

  it('a year instead of a number: "năm 2015" is the 7th', () => {
    const { answer } = ask(seeds, 'Đối thoại năm 2015 bàn về gì?');
    expect(as(answer, 'edition').edition).toBe(7);
  });

  it('a topic question in Vietnamese and English', () => {
    const vi = ask(seeds, 'Hai bên bàn gì về Biển Đông?').answer as TopicAnswer;
    expect(vi.topic?.slug).toBe('bien-dong');
    expect(editions(vi)).toEqual([7, 9]);
    const noDiacritics = ask(seeds, 'hai ben ban gi ve bien dong').answer as TopicAnswer;
    expect(noDiacritics.topic?.slug).toBe('bien-dong');
    const en = ask(seeds, 'Did the dialogues discuss dioxin?');
    expect(en.language).toBe('en');
    expect((en.answer as TopicAnswer).topic?.slug).toBe('dioxin');
    expect(en.text).toContain('Topic: Dioxin / Agent Orange remediation');
  });

  it('a topic question about one edition', () => {
    const a = ask(seeds, 'Đối thoại lần thứ 9 có bàn về Biển Đông không?').answer as TopicAnswer;
    expect(a.topic?.slug).toBe('bien-dong');
    expect(a.edition).toBe(9);
    expect(editions(a)).toEqual([9]);
  });

  it('how many editions', () => {
    for (const q of ['Có bao nhiêu lần đối thoại?', 'How many dialogues have there been?', 'cac lan doi thoai']) {
      const a = as(ask(seeds, q).answer, 'editions');
      expect(
        a.items.map((e) => e.edition),
        q,
      ).toEqual([7, 8, 9, 10]);
    }
  });

  it('which editions a co-chair named in the question co-chaired: the person, not the list, in both languages', () => {
    const vi = [
      'Hà Kim Ngọc đồng chủ trì những lần nào?',
      'ha kim ngoc dong chu tri nhung lan nao',
      'Hà Kim Ngọc đồng chủ trì những lần nào?'.normalize('NFD'),
      'Hà Kim Ngọc đã đồng chủ trì bao nhiêu lần?',
      'Bao nhiêu lần đối thoại do Hà Kim Ngọc chủ trì?',
    ];
    for (const q of vi) {
      const { answer, language, text } = ask(seeds, q);
      const a = as(answer, 'person');
      expect([a.name, a.roles.map((r) => r.value.edition), language], q).toEqual(['Hà Kim Ngọc', [7, 9], 'vi']);
      expect(text, q).toContain('Lần thứ 7');
    }
    for (const q of [
      'which dialogues did Tina Kaidanow co-chair?',
      'Which editions did Tina Kaidanow co-chair?',
      'how many dialogues did tina kaidanow chair?',
      'list the dialogues Tina Kaidanow co-chaired',
    ]) {
      const { answer, language, text } = ask(seeds, q);
      const a = as(answer, 'person');
      expect([a.name, a.roles.map((r) => r.value.edition), language], q).toEqual(['Tina Kaidanow', [9], 'en']);
      expect(text, q).toContain('Edition 9');
    }
  });

  it('a list question with no co-chair the corpus knows is still the list', () => {
    for (const q of [
      'Nguyễn Văn An đồng chủ trì những lần nào?',
      'which dialogues did John Smith co-chair?',
      'ai đồng chủ trì những lần nào?',
      'who co-chaired all the dialogues?',
      'Có bao nhiêu lần đối thoại?',
      'which editions were co-chaired by a deputy minister?',
    ]) {
      expect(ask(seeds, q).answer.kind, q).toBe('editions');
    }
    expect(readQuestion('Hà Kim Ngọc đồng chủ trì những lần nào?')).toMatchObject({
      focus: 'cochairs',
      listEditions: false,
    });
    expect(readQuestion('liệt kê các lần đối thoại')).toMatchObject({ listEditions: true });
  });

  it('a question the facts cannot answer falls back to cited passages', () => {
    const { answer, text } = ask(seeds, 'James Mattis');
    const a = as(answer, 'search');
    expect(a.fromQuestion).toBe(true);
    expect(a.results.map((r) => r.cite.file)).toEqual([SEED9_FILE]);
    expect(text).toContain('Mattis');
  });

  it('a question about noise finds nothing from the noise', () => {
    const { text } = ask(seeds, 'Gillian Bird nói gì về Australia?');
    expectNoNoise(text);
  });
});

describe('commands that need no corpus facts', () => {
  it('/editions and /about', () => {
    expect(as(answerInput(seeds, '/editions').answer, 'editions').items).toHaveLength(4);
    const about = as(answerInput(seeds, '/about').answer, 'about');
    expect([about.articles, about.dialogueArticles, about.paragraphs]).toEqual([2, 2, 20]);
  });
  it('empty input, unknown command, help', () => {
    expect(answerInput(seeds, '   ').answer).toEqual({ kind: 'help', reason: 'empty', detail: undefined });
    expect(answerInput(seeds, '/foo').answer).toMatchObject({ kind: 'help', reason: 'unknown-command' });
    expect(answerInput(seeds, 'trợ giúp').answer).toMatchObject({ kind: 'help', reason: 'asked' });
    expect(answerInput(seeds, '/topic').answer).toMatchObject({ kind: 'help', detail: 'topic' });
  });
  it('intent parsing', () => {
    expect(parseIntent('/topic an-ninh-biển')).toEqual({ kind: 'topic', topic: 'an-ninh-biển' });
    expect(parseIntent('/ask ai đồng chủ trì?')).toEqual({ kind: 'question', text: 'ai đồng chủ trì?' });
    expect(readQuestion('who chaired the 9th dialogue in 2018?')).toMatchObject({
      edition: 9,
      year: 2018,
      focus: 'cochairs',
    });
    expect(readQuestion('đối thoại lần thứ chín ở đâu')).toMatchObject({ edition: 9, focus: 'place' });
  });
});

describe('answers from variant corpora', () => {
  it('NFD, CRLF+BOM copies of the 9th next to the original: one set of facts, no conflicts, every copy a source', () => {
    const c = corpusOf({ ...seedFiles(), '001_nfd.txt': nfd(SEED9), '002_crlf.txt': withBom(crlf(SEED9)) });
    const a = answerInput(c, '/dialogue 9').answer as EditionAnswer;
    expect(a.conflicts).toEqual([]);
    expect(a.cochairs.map((p) => p.value.name)).toEqual(['Hà Kim Ngọc', 'Tina Kaidanow']);
    expect(a.cochairs[0]?.supportCount).toBe(3);
    expect(a.places.map((p) => p.value)).toEqual(['Hà Nội']);
    expect(a.sources.map((s) => s.file).sort()).toEqual(['001_nfd.txt', '002_crlf.txt', SEED9_FILE].sort());
  });

  it('the 7th without its meta file: the year is said to come from the next edition', () => {
    const c = corpusOf({ [SEED9_FILE]: SEED9, [SEED7_FILE]: SEED7 });
    const { answer, text } = ask(c, '/dialogue 7');
    const a = answer as EditionAnswer;
    expect(a.dates.map((d) => d.value)).toEqual([
      {
        kind: 'meeting',
        dates: ['2015-01-22', '2015-01-23'],
        text: 'từ ngày 22 tới 23/1',
        yearInferred: true,
        yearBasis: 'next-edition',
      },
    ]);
    expect(text).toContain('22–23/01/2015');
    expect(text).toContain('năm 2015 suy ra: bài nói lần kế tiếp diễn ra năm 2016');
    const en = renderText(answer, { locale: 'en' });
    expect(en).toContain('year 2015 inferred: the article says the next edition takes place in 2016');
  });

  it('an unrelated article is searchable but is no edition', () => {
    const c = corpusOf({ ...seedFiles(), 'unrelated.txt': UNRELATED });
    expect(c.editionNumbers()).toEqual([7, 8, 9, 10]);
    const s = answerInput(c, '/search giá lúa').answer as SearchAnswer;
    expect(s.results.length).toBeGreaterThan(0);
    for (const r of s.results) expect([r.cite.file, r.edition]).toEqual(['unrelated.txt', undefined]);
    expect(renderText(s, { locale: 'vi' })).toContain('bài không thuộc lần đối thoại nào');
  });

  it('the English note beside the Vietnamese 9th: co-chairs differ, and the answer says the sources differ', () => {
    const c = corpusOf({ ...seedFiles(), 'en.txt': ENGLISH_NOTE });
    const { answer, text } = ask(c, '/dialogue 9');
    const a = answer as EditionAnswer;
    expect(a.sources.map((s) => s.file).sort()).toEqual([SEED9_FILE, 'en.txt'].sort());
    expect(a.conflicts).toContain('cochairs');
    expect(a.dates.map((d) => d.value.kind)).toEqual(['meeting']);
    expect(a.dates[0]?.value.dates).toEqual(['2018-01-30']);
    expect(text).toContain('Jane Doe');
    expect(text).toContain('Tina Kaidanow');
    expect(text).toContain('Các nguồn khác nhau về đồng chủ trì');
    // Hanoi and Hà Nội are one place written two ways.
    expect(a.places.map((p) => p.value)).toEqual(['Hà Nội']);
  });

  it('an empty corpus answers honestly', () => {
    const c = corpusOf({});
    const { answer, text } = ask(c, '/dialogue 9');
    expect(answer.kind).toBe('edition-unknown');
    expect(text).toContain('Kho dữ liệu chưa có bài nào về một lần đối thoại cụ thể.');
    expect((answerInput(c, '/search Biển Đông').answer as SearchAnswer).results).toEqual([]);
  });
});
