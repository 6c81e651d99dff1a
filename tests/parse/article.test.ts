import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/parse/schema.js';
import {
  ENGLISH_NOTE,
  NINE,
  SEED7,
  SEED7_META,
  SEED9,
  SEED9_NOISE,
  SEVEN,
  UNRELATED,
  UNRELATED_TRADE,
  blocks,
  crlf,
  extraBlankLines,
  nfd,
  noBlankLines,
  parse,
  withBom,
} from '../fixtures/articles.js';

/** The record minus what depends on the file name, for comparing variants of one article. */
const facts = (a: Article) => {
  const { id: _id, file: _file, ...rest } = a;
  return rest;
};

describe('the 9th seed', () => {
  const a = parse(SEED9, undefined, '000');

  it('title, language, publication date from the dateline, attribution', () => {
    expect(a.title).toBe('Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9');
    expect(a.language).toBe('vi');
    expect(a.published).toBe('2018-02-01');
    expect(a.publishedFrom).toBe('dateline');
    expect(a.source).toEqual({ attribution: 'VOV.VN', outlet: undefined, url: undefined });
  });

  it('is about the 9th dialogue, held in Hà Nội, co-chaired by Hà Kim Ngọc and Tina Kaidanow', () => {
    expect(a.aboutDialogue).toBe(true);
    expect(a.edition).toBe(9);
    expect(a.location).toBe('Hà Nội');
    expect(a.locationParagraph).toBe(0);
    expect(a.cochairs.map(({ sentence: _s, ...p }) => p)).toEqual([
      { name: 'Hà Kim Ngọc', title: 'Thứ trưởng Bộ Ngoại giao Việt Nam', side: 'VN', paragraph: 0 },
      {
        name: 'Tina Kaidanow',
        title: 'Phó Trợ lý Ngoại trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ',
        side: 'US',
        paragraph: 0,
      },
    ]);
  });

  it('gives no meeting date (the text has none): the publication date is all there is', () => {
    expect(a.event).toBeUndefined();
  });

  it('agencies of both sides, labelled with their country', () => {
    expect(a.agencies).toEqual([
      'Bộ Ngoại giao (Việt Nam)',
      'Bộ Công an (Việt Nam)',
      'Bộ Quốc phòng (Việt Nam)',
      'Bộ Ngoại giao (Hoa Kỳ)',
      'Bộ Quốc phòng (Hoa Kỳ)',
      'Cơ quan viện trợ phát triển quốc tế (Hoa Kỳ)',
    ]);
    expect(a.agenciesParagraph).toBe(2);
  });

  it('mentions the 10th, to be held in Washington DC', () => {
    expect(a.mentions).toEqual([
      {
        edition: 10,
        location: 'Washington',
        year: undefined,
        upcoming: true,
        paragraph: 11,
        sentence:
          'Hai bên nhất trí sẽ tiến hành Đối thoại chính trị - an ninh - quốc phòng lần thứ 10 tại Washington DC.',
      },
    ]);
  });

  it('topics found in the body', () => {
    for (const t of [
      'an-ninh-bien',
      'bien-dong',
      'tu-do-hang-hai',
      'dioxin',
      'bom-min',
      'mia',
      'khac-phuc-hau-qua-chien-tranh',
      'asean',
      'an-ninh-mang',
      'gin-giu-hoa-binh',
    ]) {
      expect(a.topics).toContain(t);
    }
    expect(a.topics).not.toContain('nhan-quyen');
    expect(a.topics).not.toContain('bien-doi-khi-hau');
  });

  it('keeps the 12 body paragraphs and nothing of the site furniture', () => {
    expect(a.paragraphs).toEqual(NINE.body);
    const kept = [a.title, ...a.paragraphs].join('\n');
    for (const s of SEED9_NOISE) expect(kept).not.toContain(s);
  });
});

describe('the 7th seed', () => {
  const a = parse(SEED7, SEED7_META, '003');

  it('title, publication date from the metadata, no attribution', () => {
    expect(a.title).toBe('Việt - Mỹ thảo luận về hợp tác an ninh biển');
    expect(a.published).toBe('2015-01-22');
    expect(a.publishedFrom).toBe('metadata');
    expect(a.source.attribution).toBeUndefined();
    expect(a.paragraphs).toEqual(SEVEN.body);
    expect(a.dropped).toEqual([]);
  });

  it('edition 7 in Hà Nội, co-chaired by Hà Kim Ngọc and Puneet Talwar', () => {
    expect(a.edition).toBe(7);
    expect(a.location).toBe('Hà Nội');
    expect(a.cochairs.map((p) => [p.side, p.name, p.title])).toEqual([
      ['VN', 'Hà Kim Ngọc', 'Thứ trưởng Ngoại giao'],
      ['US', 'Puneet Talwar', 'Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề chính trị - quân sự'],
    ]);
  });

  it('met 22–23 January; the year 2015 is inferred from the publication date', () => {
    expect(a.event).toEqual({
      dates: ['2015-01-22', '2015-01-23'],
      text: 'từ ngày 22 tới 23/1',
      yearInferred: true,
      yearBasis: 'publication',
      paragraph: 1,
      sentence: 'Hội nghị thường niên lần thứ 7 diễn ra từ ngày 22 tới 23/1.',
    });
  });

  it('mentions the 8th: Washington D.C., 2016, still to come', () => {
    expect(a.mentions).toHaveLength(1);
    expect(a.mentions[0]).toMatchObject({
      edition: 8,
      location: 'Washington',
      year: 2016,
      upcoming: true,
      paragraph: 7,
    });
  });

  it('without its metadata: no publication date, and the year comes from the next edition ("lần thứ 8 … vào năm 2016" → 2015)', () => {
    const b = parse(SEED7);
    expect(b.published).toBeUndefined();
    expect(b.publishedFrom).toBeUndefined();
    expect(b.language).toBe('vi');
    expect(b.edition).toBe(7);
    expect(b.event).toMatchObject({
      dates: ['2015-01-22', '2015-01-23'],
      yearInferred: true,
      yearBasis: 'next-edition',
    });
  });

  it('with a later publication date in its metadata, the year follows the publication date', () => {
    const b = parse(SEED7, { published: '2015-02-10' });
    expect(b.event).toMatchObject({ dates: ['2015-01-22', '2015-01-23'], yearBasis: 'publication' });
    // Published early in a year, a late-December meeting belongs to the year before.
    const c = parse(SEED7.replace('từ ngày 22 tới 23/1', 'từ ngày 29 tới 30/12'), { published: '2016-01-04' });
    expect(c.event?.dates).toEqual(['2015-12-29', '2015-12-30']);
  });

  it('without metadata or a next-edition year, the day is kept and the year left unknown', () => {
    const b = parse(SEED7.replace(' vào năm 2016', ''));
    expect(b.event).toMatchObject({
      dates: [],
      text: 'từ ngày 22 tới 23/1',
      yearInferred: false,
      yearBasis: undefined,
    });
  });

  it('metadata language wins over detection', () => {
    expect(parse(SEED7, { language: 'en' }).language).toBe('en');
  });
});

describe('layout and encoding variants give the same record', () => {
  const base9 = facts(parse(SEED9));
  const base7 = facts(parse(SEED7, SEED7_META));
  const variants: [string, (s: string) => string][] = [
    ['NFD', nfd],
    ['CRLF', crlf],
    ['BOM', withBom],
    ['BOM + CRLF + NFD', (s) => withBom(crlf(nfd(s)))],
    ['no blank lines', noBlankLines],
    ['extra blank lines', extraBlankLines],
    ['lone CR line endings', (s) => s.replace(/\n/g, '\r')],
    ['NBSP and tabs', (s) => s.replace(/ /g, (c, i: number) => (i % 7 === 0 ? '\u00A0' : i % 11 === 0 ? '\t' : c))],
  ];
  for (const [name, make] of variants) {
    it(name, () => {
      expect(facts(parse(make(SEED9)))).toEqual(base9);
      expect(facts(parse(make(SEED7), SEED7_META))).toEqual(base7);
    });
  }
});

describe('missing pieces', () => {
  it('the 9th without its dateline: no publication date, every other fact unchanged', () => {
    const a = parse(SEED9.replace(`${NINE.dateline}\n\n`, ''));
    expect(a.published).toBeUndefined();
    expect(a.publishedFrom).toBeUndefined();
    expect(a.paragraphs).toEqual(NINE.body);
    expect(a.edition).toBe(9);
    expect(a.location).toBe('Hà Nội');
    expect(a.cochairs.map((p) => p.name)).toEqual(['Hà Kim Ngọc', 'Tina Kaidanow']);
    expect(a.source.attribution).toBe('VOV.VN');
  });

  it('the 9th without a title edition: the number comes from the body', () => {
    const a = parse(SEED9.replace(NINE.title, 'Việt Nam - Hoa Kỳ đối thoại về an ninh - quốc phòng'));
    expect(a.edition).toBe(9);
    expect(a.mentions.map((m) => m.edition)).toEqual([10]);
  });

  it('a title alone', () => {
    const a = parse(NINE.title);
    expect(a.title).toBe(NINE.title);
    expect(a.paragraphs).toEqual([]);
    expect(a.edition).toBe(9);
    expect(a.cochairs).toEqual([]);
  });

  it.todo(
    'a short all-capitals title ("VIỆT - MỸ BÀN AN NINH BIỂN", ≤ 40 characters) is taken for a box header: it is dropped and the lead paragraph becomes the title',
  );

  it('nothing but page furniture: no title and no body', () => {
    const a = parse('Xem thêm\n\n07:55 30/06/2025\n\nTheo VOV.VN\n');
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual([]);
    expect(a.dropped).toEqual(['Xem thêm', '07:55 30/06/2025', 'Theo VOV.VN']);
  });

  it('empty text parses to an empty record (the loader skips it)', () => {
    const a = parse('');
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual([]);
    expect(a.aboutDialogue).toBe(false);
  });
});

describe('articles about something else', () => {
  it('an unrelated article is a plain article: no edition, no co-chairs, no mentions', () => {
    const a = parse(UNRELATED);
    expect(a.aboutDialogue).toBe(false);
    expect(a.edition).toBeUndefined();
    expect(a.event).toBeUndefined();
    expect(a.location).toBeUndefined();
    expect(a.cochairs).toEqual([]);
    expect(a.mentions).toEqual([]);
    expect(a.agencies).toEqual([]);
    expect(a.published).toBe('2024-06-03');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('numbered Vietnam–US trade talks in Washington are not a dialogue edition', () => {
    const a = parse(UNRELATED_TRADE);
    expect(a.aboutDialogue).toBe(false);
    expect(a.edition).toBeUndefined();
    expect(a.mentions).toEqual([]);
  });

  it('the 9th seed\'s furniture on its own (stamped headline list, "lần thứ 9" of a trade fair) has no edition', () => {
    const a = parse(NINE.tail);
    expect(a.edition).toBeUndefined();
    expect(a.cochairs).toEqual([]);
  });
});

describe('an English press note (stretch goal)', () => {
  const a = parse(ENGLISH_NOTE, undefined, 'en');

  it('language, title and publication date', () => {
    expect(a.language).toBe('en');
    expect(a.title).toBe('Joint Statement on the Ninth U.S.-Vietnam Political, Security, and Defense Dialogue');
    expect(a.published).toBe('2018-01-31');
    expect(a.publishedFrom).toBe('dateline');
  });

  it('edition 9 from "Ninth", held in Hanoi on 30 January 2018 (year given)', () => {
    expect(a.aboutDialogue).toBe(true);
    expect(a.edition).toBe(9);
    expect(a.location).toBe('Hà Nội');
    expect(a.event).toMatchObject({ dates: ['2018-01-30'], text: 'January 30, 2018', yearInferred: false });
  });

  it('co-chairs with their sides', () => {
    expect(a.cochairs.map(({ sentence: _s, ...p }) => p)).toEqual([
      {
        name: 'Jane Doe',
        title: 'Assistant Secretary of State for Political-Military Affairs',
        side: 'US',
        paragraph: 0,
      },
      { name: 'Nguyen Van A', title: 'Vietnamese Deputy Foreign Minister', side: 'VN', paragraph: 0 },
    ]);
  });

  it('agencies, without trailing punctuation', () => {
    expect(a.agencies).toEqual(
      expect.arrayContaining([
        'U.S. Department of State',
        'U.S. Department of Defense',
        'U.S. Agency for International Development',
        'Ministry of Public Security',
      ]),
    );
    for (const g of a.agencies) expect(g).not.toMatch(/[.,;]$/);
  });

  it('English topic terms map to the taxonomy', () => {
    for (const t of ['an-ninh-bien', 'bien-dong', 'tu-do-hang-hai', 'nhan-dao-cuu-tro-thien-tai', 'dioxin'])
      expect(a.topics).toContain(t);
  });

  it('mentions the tenth: Washington, D.C., 2019, agreed to hold → still to come', () => {
    expect(a.mentions).toEqual([
      {
        edition: 10,
        location: 'Washington',
        year: 2019,
        upcoming: true,
        paragraph: 3,
        sentence: 'Both sides agreed to hold the tenth dialogue in Washington, D.C. in 2019.',
      },
    ]);
  });

  it('a State Department "Media Note / Office of the Spokesperson / Washington, DC" header: the headline naming the dialogue is the title', () => {
    const b = parse(`Media Note\nOffice of the Spokesperson\nWashington, DC\n${ENGLISH_NOTE}`, undefined, 'en');
    expect(b.title).toBe('Joint Statement on the Ninth U.S.-Vietnam Political, Security, and Defense Dialogue');
    expect(b.edition).toBe(9);
  });

  it('an AP-style inline dateline ("WASHINGTON, January 31, 2018 — …"): publication date, not the meeting date', () => {
    const b = parse(
      'U.S., Vietnam hold ninth Political, Security and Defense Dialogue\n\nWASHINGTON, January 31, 2018 — The United States and Vietnam held the ninth U.S.-Vietnam Political, Security, and Defense Dialogue in Hanoi on January 30, 2018.',
      undefined,
      'en',
    );
    expect(b.published).toBe('2018-01-31');
    expect(b.event).toMatchObject({ dates: ['2018-01-30'], yearInferred: false });
  });

  it("the note and the Vietnamese 9th seed agree on the edition and the US co-chair's side", () => {
    const vi = parse(SEED9);
    expect(a.edition).toBe(vi.edition);
    expect(a.cochairs.find((p) => p.side === 'US')?.name).toBe('Jane Doe');
    expect(vi.cochairs.find((p) => p.side === 'US')?.name).toBe('Tina Kaidanow');
  });
});

describe('paragraph layout of the 7th seed', () => {
  it('the same 8 paragraphs with blank lines between them', () => {
    expect(parse(blocks(SEVEN.title, SEVEN.body)).paragraphs).toEqual(SEVEN.body);
  });
});
