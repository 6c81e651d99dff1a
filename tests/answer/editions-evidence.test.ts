/**
 * /editions says of each edition what /dialogue N says of it: the year and what it is (a meeting month of an
 * article about the edition beats a year another article plans, or an article's publication year), the place,
 * and each co-chair once however the sources spell them. Checked on small built records and on every edition
 * of the extraction test corpus.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionList } from '../../src/answer/all-editions.js';
import { editionAnswer } from '../../src/answer/one-edition.js';
import type { EditionAnswer, EditionListItem } from '../../src/answer/types.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article, ArticleEvent, ArticlePerson, EditionMention } from '../../src/parse/schema.js';

/** A parsed record of an article about `edition` (the parser has its own tests); names and text are invented. */
function article(id: string, edition: number, extra: Partial<Article> = {}): Article {
  const lead = `Đối thoại lần thứ ${edition} diễn ra tại Hà Nội.`;
  return {
    id,
    file: `${id}.txt`,
    title: `Đối thoại lần thứ ${edition}`,
    language: 'vi',
    source: {},
    aboutDialogue: true,
    edition,
    cochairs: [],
    agencies: [],
    topics: [],
    topicExcerpts: {},
    mentions: [],
    paragraphs: [lead, 'Hai bên trao đổi về hợp tác.'],
    ...extra,
  };
}

const monthOnly = (month: string, text: string): ArticleEvent => ({
  dates: [],
  month,
  text,
  yearInferred: false,
  paragraph: 0,
  sentence: text,
});
const plan = (edition: number, year: number): EditionMention => ({
  edition,
  year,
  upcoming: true,
  paragraph: 1,
  sentence: `Lần thứ ${edition} sẽ diễn ra năm ${year}.`,
});
const chair = (name: string, title: string, side: 'VN' | 'US'): ArticlePerson => ({ name, title, side, paragraph: 0 });
const item = (c: Corpus, n: number) => editionList(c).find((e) => e.edition === n) as EditionListItem;

describe('/editions: the year kind follows the best evidence', () => {
  it('a meeting month of an article about the edition beats a year another article plans (no publication date)', () => {
    const c = new Corpus([
      article('first', 1, { event: monthOnly('2008-10', 'tháng 10/2008') }),
      // An earlier article's plan, for a year the meeting did not keep.
      article('plan', 2, { mentions: [plan(1, 2007)] }),
    ]);
    expect([item(c, 1).year, item(c, 1).yearKind]).toEqual([2008, 'meeting']);
    const page = editionAnswer(c, 1) as EditionAnswer;
    expect(page.dates.map((d) => [d.value.kind, d.value.month])).toEqual([['meeting', '2008-10']]);
  });

  it('a meeting month beats the publication year of an article about the edition', () => {
    const c = new Corpus([
      article('month', 3, { event: monthOnly('2010-06', 'tháng 6/2010') }),
      article('later', 3, { published: '2011-01-05', publishedFrom: 'metadata' }),
    ]);
    expect([item(c, 3).year, item(c, 3).yearKind]).toEqual([2010, 'meeting']);
  });

  it('days written without a year take it from another article about the edition, as /dialogue N does', () => {
    const c = new Corpus([
      article('dated', 4, {
        event: { dates: ['2011-06-17'], text: '17/6/2011', yearInferred: false, paragraph: 0, sentence: 'x' },
      }),
      article('yearless', 4, {
        event: {
          dates: [],
          undated: [{ month: 6, day: 17 }],
          text: '17/6',
          yearInferred: false,
          paragraph: 0,
          sentence: 'y',
        },
      }),
    ]);
    expect([item(c, 4).year, item(c, 4).yearKind]).toEqual([2011, 'meeting']);
  });

  it('without a meeting date: the publication year, then a planned year, each said for what it is', () => {
    const published = new Corpus([
      article('pub', 5, { published: '2012-06-21', publishedFrom: 'metadata' }),
      article('plan', 4, { mentions: [plan(5, 2012)] }),
    ]);
    expect([item(published, 5).year, item(published, 5).yearKind]).toEqual([2012, 'publication']);
    const planned = new Corpus([article('plan', 4, { mentions: [plan(5, 2012)] })]);
    expect([item(planned, 5).year, item(planned, 5).yearKind, item(planned, 5).basis]).toEqual([
      2012,
      'planned',
      'mention',
    ]);
    const none = new Corpus([article('bare', 6)]);
    expect([item(none, 6).year, item(none, 6).yearKind]).toEqual([undefined, undefined]);
  });
});

describe('/editions: co-chairs and place as /dialogue N gives them', () => {
  it('one person however the sources spell the name or title; the better-spelt name shown', () => {
    const c = new Corpus([
      article('a', 4, {
        cochairs: [
          chair('Pham Binh Minh', 'Thu truong Ngoai giao', 'VN'),
          chair('Andrew Shapiro', 'Assistant Secretary of State', 'US'),
        ],
      }),
      article('b', 4, {
        cochairs: [
          chair('Phạm Bình Minh', 'Thứ trưởng Ngoại giao', 'VN'),
          chair('Andrew J. Shapiro', 'Assistant Secretary of State', 'US'),
        ],
      }),
      article('c', 4, { cochairs: [chair('Andrew J. Shapiro', 'Trợ lý Ngoại trưởng', 'US')] }),
    ]);
    const page = editionAnswer(c, 4) as EditionAnswer;
    expect(item(c, 4).cochairs?.map((p) => [p.side, p.name])).toEqual([
      ['VN', 'Phạm Bình Minh'],
      ['US', 'Andrew J. Shapiro'],
    ]);
    expect(item(c, 4).cochairs?.map((p) => p.name)).toEqual(page.cochairs.map((p) => p.value.name));
  });

  it('the place more sources give, an online meeting as "online"', () => {
    const at = (id: string, location: string, extra: Partial<Article> = {}) =>
      article(id, 11, { location, locationParagraph: 0, locationSentence: location, ...extra });
    const c = new Corpus([
      at('x', 'Hà Nội'),
      at('y', 'trực tuyến', { locationKind: 'online' }),
      at('z', 'online', { locationKind: 'online' }),
    ]);
    expect(item(c, 11).place).toBe('online');
    expect(item(c, 11).place).toBe((editionAnswer(c, 11) as EditionAnswer).places[0]?.value);
  });
});

describe('/editions agrees with /dialogue N on every edition of the extraction test corpus', () => {
  const dir = join(import.meta.dirname, '..', 'extraction', 'corpus');
  const articles = ['vi', 'en'].flatMap((lang) => loadCorpus(join(dir, lang), undefined, { cache: false }).articles);
  const c = new Corpus(articles);

  it('year (a meeting year where the page gives a meeting day or month), place, co-chairs', () => {
    expect(editionList(c).length).toBeGreaterThan(10);
    for (const e of editionList(c)) {
      const page = editionAnswer(c, e.edition) as EditionAnswer;
      const meeting = page.dates.find(
        (d) => d.value.kind === 'meeting' && (d.value.dates.length > 0 || d.value.month),
      )?.value;
      if (meeting)
        expect([e.edition, e.year, e.yearKind]).toEqual([
          e.edition,
          Number((meeting.dates[0] ?? meeting.month)?.slice(0, 4)),
          'meeting',
        ]);
      else expect(e.yearKind, `edition ${e.edition}`).not.toBe('meeting');
      expect([e.edition, e.place]).toEqual([e.edition, page.places[0]?.value]);
      expect([e.edition, e.cochairs?.map((p) => p.name)]).toEqual([e.edition, page.cochairs.map((p) => p.value.name)]);
    }
  });
});
