/**
 * Consolidation per edition (issue 9 item 5) and evidence when no value is extracted (item 6), on article
 * records built here: equal values from several articles become one value with all their citations.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  agencyKeys,
  combinePerson,
  consolidate,
  dateKey,
  datesDiffer,
  meetingDateItems,
  personKeys,
  placeIdentity,
  sameName,
} from '../../src/answer/consolidate.js';
import { editionAnswer } from '../../src/answer/one-edition.js';
import { evidenceFor } from '../../src/answer/evidence.js';
import { personAnswer, personIn } from '../../src/answer/person.js';
import { paragraphNo, TITLE } from '../../src/parse/paragraph-no.js';
import type { Citation, EditionAnswer, PersonValue } from '../../src/answer/types.js';
import { Corpus } from '../../src/corpus/corpus.js';
import type { Article, ArticleEvent } from '../../src/parse/schema.js';
import { renderText } from '../../src/render/text.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { editionRecord } from '../fixtures/articles.js';

let n = 0;
/** An article record about one edition; the first paragraph is the meeting sentence unless given. */
function article(fields: Partial<Article> & { paragraphs: string[] }): Article {
  n++;
  return editionRecord(`a${n}`, fields);
}
const event = (e: Partial<ArticleEvent> & Record<string, unknown>): ArticleEvent => ({
  dates: [],
  text: '',
  yearInferred: false,
  paragraph: 0,
  sentence: '',
  ...e,
});
const person = (name: string, title: string, side: 'VN' | 'US', paragraph = 0) => ({ name, title, side, paragraph });
const answer11 = (...articles: Article[]) => editionAnswer(new Corpus(articles), 11) as EditionAnswer;
const files = (cs: readonly Citation[]) => cs.map((c) => c.file);

describe('places', () => {
  it('one key for every spelling of one place', () => {
    const washington = [
      'Washington',
      'Washington D.C.',
      'Washington DC',
      'washington d c',
      'Oa-sinh-tơn',
      'thủ đô Washington',
    ];
    expect(new Set(washington.map(placeIdentity)).size).toBe(1);
    const hanoi = ['Hà Nội', 'Hanoi', 'Ha Noi', 'HÀ NỘI', 'thủ đô Hà Nội'];
    expect(new Set(hanoi.map(placeIdentity)).size).toBe(1);
    expect(placeIdentity('Hà Nội')).not.toBe(placeIdentity('Washington'));
    expect(placeIdentity('trực tuyến')).toBe(placeIdentity('online'));
  });

  it('three articles: "Hanoi", "Hà Nội", "Ha Noi" are one place with three citations, no "sources differ"', () => {
    const s = 'Đối thoại lần thứ 11 diễn ra tại Hà Nội.';
    const a = answer11(
      article({
        location: 'Hanoi',
        locationParagraph: 0,
        locationSentence: 'The 11th dialogue was held in Hanoi.',
        paragraphs: ['The 11th dialogue was held in Hanoi.'],
        language: 'en',
      }),
      article({ location: 'Hà Nội', locationParagraph: 0, locationSentence: s, paragraphs: [s] }),
      article({
        location: 'Ha Noi',
        locationParagraph: 0,
        locationSentence: 'Doi thoai lan thu 11 dien ra tai Ha Noi.',
        paragraphs: ['Doi thoai lan thu 11 dien ra tai Ha Noi.'],
      }),
    );
    expect(a.places).toHaveLength(1);
    // Shown with its diacritics; every source cited.
    expect(a.places[0]?.value).toBe('Hà Nội');
    expect(a.places[0]?.supportCount).toBe(3);
    expect(a.conflicts).toEqual([]);
  });

  it('places that really differ: both kept, the one more sources state first, "sources differ"', () => {
    const a = answer11(
      article({ location: 'Washington', locationParagraph: 0, paragraphs: ['x'] }),
      article({ location: 'Hà Nội', locationParagraph: 0, paragraphs: ['y'] }),
      article({ location: 'Washington D.C.', locationParagraph: 0, paragraphs: ['z'] }),
    );
    expect(a.places.map((p) => [p.value, p.supportCount])).toEqual([
      ['Washington D.C.', 2],
      ['Hà Nội', 1],
    ]);
    expect(a.conflicts).toContain('places');
    expect(renderText(a, { locale: 'vi' })).toContain('Các nguồn khác nhau về địa điểm');
  });
});

describe('people', () => {
  const vn = (name: string, title = 'Thứ trưởng Bộ Ngoại giao'): PersonValue => ({ name, title, side: 'VN' });

  it('the same person with or without diacritics, any title wording of one office: one co-chair', () => {
    const key = personKeys([
      vn('Hà Kim Ngọc'),
      vn('Ha Kim Ngoc', 'Deputy Foreign Minister'),
      vn('HÀ KIM NGỌC', ''),
      vn('Hà Kim Ngọc', 'Thứ trưởng Ngoại giao'),
    ]);
    expect(
      new Set(
        [
          vn('Hà Kim Ngọc'),
          vn('Ha Kim Ngoc', 'Deputy Foreign Minister'),
          vn('HÀ KIM NGỌC', ''),
          vn('Hà Kim Ngọc', 'Thứ trưởng Ngoại giao'),
        ].map(key),
      ).size,
    ).toBe(1);
  });

  it('one person is one co-chair whatever titles the sources give; the most-cited title shown, the others kept', () => {
    const us = (title: string): PersonValue => ({ name: 'Tina Kaidanow', title, side: 'US' });
    const people = [
      us('Trợ lý Ngoại trưởng Mỹ'),
      us('Assistant Secretary of State for Political-Military Affairs'),
      us('Phó Trợ lý Ngoại trưởng thứ nhất'),
    ];
    const key = personKeys(people);
    expect(new Set(people.map(key)).size).toBe(1);
    const merged = combinePerson(people.map((value, i) => ({ value, count: i === 1 ? 2 : 1 })));
    expect(merged.title).toBe('Assistant Secretary of State for Political-Military Affairs');
    expect(merged.otherTitles).toEqual(['Phó Trợ lý Ngoại trưởng thứ nhất']);
  });

  it('initials and a letter more or less are the same person; another given name or side is not', () => {
    expect(sameName('R. Clarke Cooper', 'Clark Cooper')).toBe(true);
    expect(sameName('R. Clark Cooper', 'R. Clarke Cooper')).toBe(true);
    expect(sameName('Nguyễn Minh Vũ', 'Nguyen Minh Vu')).toBe(true);
    expect(sameName('Lê Hoài Trung', 'Lê Hoài Trang')).toBe(false);
    expect(sameName('Lê Hoài Trung', 'Lê Thị Thu Hằng')).toBe(false);
    expect(sameName('Daniel Kritenbrink', 'Marc Knapper')).toBe(false);
    const people: PersonValue[] = [
      { name: 'R. Clarke Cooper', title: 'Assistant Secretary of State', side: 'US' },
      { name: 'Clark Cooper', title: '', side: 'US' },
      { name: 'Cooper', title: 'Trợ lý Ngoại trưởng', side: 'VN' },
    ];
    const key = personKeys(people);
    expect(key(people[0] as PersonValue)).toBe(key(people[1] as PersonValue));
    expect(key(people[2] as PersonValue)).not.toBe(key(people[0] as PersonValue));
  });

  it('four sources, two titles for one person: one co-chair, no "sources differ"', () => {
    const a = answer11(
      article({
        cochairs: [person('Nguyễn Minh Vũ', 'Thứ trưởng Bộ Ngoại giao', 'VN')],
        paragraphs: ['Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ đồng chủ trì đối thoại lần thứ 11.'],
      }),
      article({
        cochairs: [person('Nguyễn Minh Vũ', 'Thứ trưởng Ngoại giao', 'VN')],
        paragraphs: ['Thứ trưởng Ngoại giao Nguyễn Minh Vũ đồng chủ trì đối thoại lần thứ 11.'],
      }),
      article({
        cochairs: [person('Nguyen Minh Vu', "Vietnam's Vice-Minister of Foreign Affairs", 'VN')],
        paragraphs: ["Vietnam's Vice-Minister of Foreign Affairs Nguyen Minh Vu co-chaired the 11th dialogue."],
        language: 'en',
      }),
      article({
        cochairs: [
          person('Nguyen Minh Vu', 'Deputy Foreign Minister', 'VN'),
          person('R. Clark Cooper', 'Assistant Secretary', 'US'),
          person('R. Clarke Cooper', 'Assistant Secretary of State', 'US'),
        ],
        paragraphs: [
          'Deputy Foreign Minister Nguyen Minh Vu and Assistant Secretary R. Clark Cooper, or R. Clarke Cooper, co-chaired the 11th dialogue.',
        ],
        language: 'en',
      }),
    );
    expect(a.cochairs.map((c) => [c.value.name, c.value.side, c.supportCount])).toEqual([
      ['Nguyễn Minh Vũ', 'VN', 4],
      [expect.stringMatching(/^R\. Clarke? Cooper$/), 'US', 1],
    ]);
    expect(a.conflicts).toEqual([]);
    const text = renderText(a, { locale: 'vi' });
    expect(text).not.toContain('Các nguồn khác nhau');
    expect(text.match(/Nguy[eễ]n Minh V[uũ]/g)?.length).toBe(1);
  });

  it('across articles: one value per person, the best-spelt name, every source counted', () => {
    const a = answer11(
      article({
        cochairs: [
          person('Ha Kim Ngoc', 'Deputy Foreign Minister', 'VN'),
          person('Tina Kaidanow', 'Principal Deputy Assistant Secretary of State', 'US'),
        ],
        paragraphs: [
          'Deputy Foreign Minister Ha Kim Ngoc and Principal Deputy Assistant Secretary of State Tina Kaidanow co-chaired the 11th dialogue.',
        ],
        language: 'en',
      }),
      article({
        cochairs: [person('Hà Kim Ngọc', 'Thứ trưởng Bộ Ngoại giao', 'VN')],
        paragraphs: ['Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc đồng chủ trì đối thoại lần thứ 11.'],
      }),
    );
    expect(a.cochairs.map((c) => [c.value.name, c.supportCount])).toEqual([
      ['Hà Kim Ngọc', 2],
      ['Tina Kaidanow', 1],
    ]);
    expect(a.conflicts).toEqual([]);
  });
});

describe('the answer first', () => {
  it('one side named only: the reply says the other is not named', () => {
    const a = editionAnswer(
      new Corpus([
        article({
          cochairs: [person('Hà Kim Ngọc', 'Thứ trưởng Bộ Ngoại giao', 'VN')],
          paragraphs: ['Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc chủ trì đối thoại lần thứ 11.'],
        }),
      ]),
      11,
      'cochairs',
    ) as EditionAnswer;
    const en = renderText(a, { locale: 'en' });
    expect(en).toContain(
      'The 11th dialogue was co-chaired by Deputy Minister of Foreign Affairs Hà Kim Ngọc (Vietnam) [1].',
    );
    expect(en).toContain('The articles do not name the US co-chair.');
  });
});

describe('dates', () => {
  const dated = (dates: string[], text: string, extra: Record<string, unknown> = {}) =>
    event({ dates, text, sentence: `Họp ${text}.`, ...extra });

  it('the same days from two articles: one date citing both', () => {
    const items = meetingDateItems([
      article({ event: dated(['2019-05-20', '2019-05-21'], '20-21/5/2019'), paragraphs: ['Họp 20-21/5/2019.'] }),
      article({ event: dated(['2019-05-20', '2019-05-21'], 'May 20-21, 2019'), paragraphs: ['Họp May 20-21, 2019.'] }),
    ]);
    const merged = consolidate(items, dateKey);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.supportCount).toBe(2);
  });

  it('a date without its year (event.undated) takes the year another article about the edition gives: inferred, citing both', () => {
    const full = article({ event: dated(['2019-05-20'], '20/5/2019'), paragraphs: ['Họp 20/5/2019.'] });
    const yearless = article({
      event: dated([], 'ngày 21/5', { undated: [{ month: 5, day: 21 }] }),
      paragraphs: ['Họp ngày 21/5.'],
    });
    const merged = consolidate(meetingDateItems([full, yearless]), dateKey);
    const inferred = merged.find((d) => d.value.yearBasis === 'other-article');
    expect(inferred?.value).toMatchObject({
      kind: 'meeting',
      dates: ['2019-05-21'],
      yearInferred: true,
      yearBasis: 'other-article',
    });
    expect(files(inferred?.cites ?? [])).toEqual([yearless.file, full.file]);
    // 20 and 21 May do not overlap, but neither is wrong on its own: they are told apart, not merged.
    expect(merged).toHaveLength(2);
  });

  it('a yearless date equal to the other article’s day is that date, cited by both', () => {
    const full = article({ event: dated(['2019-05-20'], '20/5/2019'), paragraphs: ['Họp 20/5/2019.'] });
    const yearless = article({
      event: dated([], 'ngày 20/5', { undated: [{ month: 5, day: 20 }] }),
      paragraphs: ['Họp ngày 20/5.'],
    });
    const merged = consolidate(meetingDateItems([full, yearless]), dateKey);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.value).toMatchObject({ dates: ['2019-05-20'], yearInferred: false });
    expect(merged[0]?.supportCount).toBe(2);
  });

  it('a source that states the year outweighs more sources that infer it from their publication dates', () => {
    const inferred = () =>
      article({
        event: dated(['2019-05-20'], '20/5', { yearInferred: true, yearBasis: 'publication' }),
        paragraphs: ['Họp 20/5.'],
      });
    const stated = article({ event: dated(['2019-05-20'], '20/5/2019'), paragraphs: ['Họp 20/5/2019.'] });
    const a = answer11(inferred(), inferred(), stated);
    const meeting = a.dates.filter((d) => d.value.kind === 'meeting');
    expect(meeting).toHaveLength(1);
    expect(meeting[0]?.value).toMatchObject({ dates: ['2019-05-20'], yearInferred: false, text: '20/5/2019' });
    expect(meeting[0]?.supportCount).toBe(3);
  });

  it('the rendered answer says the year is inferred and from where', () => {
    const a = answer11(
      article({ event: dated([], 'ngày 21/5', { undated: [{ month: 5, day: 21 }] }), paragraphs: ['Họp ngày 21/5.'] }),
      article({ event: dated(['2019-05-21'], 'May 21, 2019'), paragraphs: ['Họp May 21, 2019.'], language: 'en' }),
    );
    // Same day: one value, stated (not inferred) by the article that gives the year.
    expect(a.dates.filter((d) => d.value.kind === 'meeting')).toHaveLength(1);
    // Another day: the year comes from the other article, and the answer says so.
    const b = answer11(
      article({ event: dated([], 'ngày 21/5', { undated: [{ month: 5, day: 21 }] }), paragraphs: ['Họp ngày 21/5.'] }),
      article({ event: dated(['2019-05-22'], '22/5/2019'), paragraphs: ['Họp 22/5/2019.'] }),
    );
    expect(renderText({ ...b, detail: true }, { locale: 'vi' })).toContain(
      'năm 2019 lấy từ một bài khác về cùng lần đối thoại',
    );
    expect(renderText({ ...b, detail: true }, { locale: 'en' })).toContain(
      'year 2019 taken from another article about the same edition',
    );
  });

  it('only days that cannot both be right are a disagreement', () => {
    const v = (dates: string[]) => ({ kind: 'meeting' as const, dates, yearInferred: false });
    expect(datesDiffer([v(['2019-05-20', '2019-05-21']), v(['2019-05-21'])])).toBe(false);
    expect(datesDiffer([v(['2019-05-20']), v(['2019-06-20'])])).toBe(true);
  });
});

describe('no fact said twice', () => {
  it('"Edition 10 — Washington" and "Edition 10 — Washington — 2019" are one next edition, the fuller shown', () => {
    const m = (year?: number) => ({
      edition: 12,
      location: 'Washington',
      ...(year ? { year } : {}),
      upcoming: true,
      paragraph: 0,
      sentence: 'Lần thứ 12 sẽ tổ chức tại Washington.',
    });
    const a = answer11(
      article({ mentions: [m()] as Article['mentions'], paragraphs: ['Lần thứ 12 sẽ tổ chức tại Washington.'] }),
      article({ mentions: [m()] as Article['mentions'], paragraphs: ['Lần thứ 12 sẽ tổ chức tại Washington.'] }),
      article({ mentions: [m(2019)] as Article['mentions'], paragraphs: ['Lần thứ 12 sẽ tổ chức tại Washington.'] }),
    );
    expect(a.next.map((n) => [n.value, n.supportCount])).toEqual([
      [{ edition: 12, place: 'Washington', year: 2019 }, 3],
    ]);
  });

  it('an agency named short and in full is one agency; a short name two could be stays apart', () => {
    const key = agencyKeys([
      'Bộ Ngoại giao',
      'Bộ Ngoại giao Việt Nam',
      'Đại sứ quán Hoa Kỳ',
      'Đại sứ quán Hoa Kỳ tại Hà Nội',
      'Bộ Quốc phòng',
    ]);
    expect(key('Bộ Ngoại giao')).toBe(key('Bộ Ngoại giao Việt Nam'));
    expect(key('Đại sứ quán Hoa Kỳ')).toBe(key('Đại sứ quán Hoa Kỳ tại Hà Nội'));
    expect(key('Bộ Quốc phòng')).not.toBe(key('Bộ Ngoại giao'));
    const both = agencyKeys(['Bộ Ngoại giao', 'Bộ Ngoại giao Việt Nam', 'Bộ Ngoại giao Hoa Kỳ']);
    expect(both('Bộ Ngoại giao')).not.toBe(both('Bộ Ngoại giao Việt Nam'));
  });

  it('the detail does not repeat how the date is known above its Date section', () => {
    const a = answer11(
      article({
        event: event({
          dates: ['2019-05-20'],
          text: '20/5',
          yearInferred: true,
          yearBasis: 'publication',
          sentence: 'Họp 20/5.',
        }),
        paragraphs: ['Họp 20/5.'],
      }),
    );
    const text = renderText({ ...a, detail: true }, { locale: 'en' });
    expect(text.split('year 2019 inferred from the publication date').length - 1).toBe(1);
  });
});

describe('evidence when no value is extracted', () => {
  const s = 'Cuộc đối thoại lần thứ 11 đã diễn ra vào thứ Ba tuần trước tại trụ sở Bộ, do hai thứ trưởng chủ trì.';
  it('the sentence that describes the meeting is the answer, cited — never "not in the corpus"', () => {
    const a = answer11(article({ paragraphs: ['Bài mở đầu không nói gì về cuộc họp.', s] }));
    expect(a.dates).toEqual([]);
    expect(a.evidence.date?.map((c) => c.quote)).toEqual([s]);
    expect(a.evidence.cochairs?.map((c) => c.quote)).toEqual([s]);
    const text = renderText(editionAnswer(new Corpus([article({ paragraphs: ['Bài mở đầu.', s] })]), 11, 'date'), {
      locale: 'vi',
    });
    expect(text).toContain(`“${s}”`);
    expect(text).not.toContain('Kho dữ liệu không có thông tin');
    // The quote is printed once: the citation below only names the source.
    expect(text.split(s).length - 1).toBe(1);
  });

  it('the describing sentence comes before a weaker fact (the publication date)', () => {
    const a = editionAnswer(
      new Corpus([article({ published: '2019-06-01', paragraphs: ['Bài mở đầu.', s] })]),
      11,
      'date',
    ) as EditionAnswer;
    const text = renderText(a, { locale: 'vi' });
    expect(text.indexOf(`“${s}”`)).toBeGreaterThan(0);
    expect(text.indexOf(`“${s}”`)).toBeLessThan(text.indexOf('01/06/2019'));
  });

  it("is found through the search index, restricted to the edition's own articles", () => {
    const own = article({ paragraphs: ['Bài mở đầu.', s] });
    const stranger = article({ edition: 12, paragraphs: ['Đối thoại lần thứ 11 diễn ra ngày 3/10 tại Hà Nội.'] });
    const corpus = new Corpus([stranger, own]);
    const search = vi.spyOn(corpus.index, 'search');
    expect(evidenceFor('date', corpus, [own], 11).map((c) => c.quote)).toEqual([s]);
    expect(search).toHaveBeenCalled();
    // Every search carries the edition filter, and the filter turns away the other article's paragraphs.
    for (const [, options] of search.mock.calls) {
      expect(options?.accept?.({ article: 0, paragraph: TITLE })).toBe(false);
      expect(options?.accept?.({ article: 1, paragraph: paragraphNo(0) })).toBe(true);
    }
    // An index that holds none of these paragraphs finds no evidence: the paragraphs are not scanned beside it.
    expect(evidenceFor('date', { articles: corpus.articles, index: new SearchIndex([]) }, [own], 11)).toEqual([]);
    search.mockRestore();
  });

  it('a sentence about another edition, or with only a bare year, is no evidence', () => {
    const other = article({
      paragraphs: [
        'Hai bên nhất trí tổ chức đối thoại lần thứ 12 tại Washington vào ngày 5/6.',
        'Đối thoại năm 2019 có nhiều kết quả.',
        'Tại cuộc đối thoại, hai bên hài lòng về quan hệ Đối tác toàn diện xác lập vào tháng 7/2013.',
      ],
    });
    const corpus = new Corpus([other]);
    expect(evidenceFor('date', corpus, [other], 11)).toEqual([]);
    expect(evidenceFor('place', corpus, [other], 11)).toEqual([]);
  });
});

describe('a person across editions (/person-like questions)', () => {
  it('one line per edition whatever the titles; a name written with another initial or letter is found', () => {
    const cooper = (name: string, title: string, edition: number) =>
      article({
        edition,
        cochairs: [person(name, title, 'US')],
        paragraphs: [`${title} ${name} co-chaired the dialogue.`],
        language: 'en',
      });
    const corpus = new Corpus([
      cooper('R. Clarke Cooper', 'Assistant Secretary of State for Political-Military Affairs', 11),
      cooper('R. Clark Cooper', 'Assistant Secretary', 11),
      cooper('Clarke Cooper', 'Trợ lý Ngoại trưởng', 11),
      cooper('R. Clarke Cooper', 'Acting Assistant Secretary of State', 12),
    ]);
    const name = personIn(corpus, 'which dialogues did Clark Cooper co-chair?');
    expect(name).toMatch(/Cooper$/);
    const a = personAnswer(corpus, name as string);
    expect(a.roles.map((r) => [r.value.edition, r.value.title, r.supportCount])).toEqual([
      [11, 'Assistant Secretary of State for Political-Military Affairs', 3],
      [12, 'Acting Assistant Secretary of State', 1],
    ]);
    expect(personIn(corpus, 'who is Cooper?')).toBeUndefined();
  });
});
