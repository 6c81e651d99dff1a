/**
 * A richer corpus than the two seeds, for the /editions list and its timeline image: 14 editions, one to
 * five articles each from several outlets (spelled differently: "VOV.VN" and "vov.vn" are one outlet), one
 * article naming no outlet, one edition held online, one known only by its publication year, and three
 * editions only mentioned in other articles (one of them with a planned year).
 * Parsed records are built directly (the parser has its own tests); the names of editions 7 and 9 are the seeds', every other name is invented.
 */
import { Corpus } from '../../src/corpus/corpus.js';
import type { Article, ArticlePerson, EditionMention } from '../../src/parse/schema.js';

interface EditionSpec {
  edition: number;
  /** Meeting day (YYYY-MM-DD), or only a publication date when `publishedOnly`. */
  day: string;
  publishedOnly?: boolean;
  place: string;
  vn: [string, string];
  us: [string, string];
  /** Outlet per article (undefined: an article naming none). */
  outlets: (string | undefined)[];
}

const SPECS: EditionSpec[] = [
  {
    edition: 1,
    day: '2008-10-06',
    place: 'Washington D.C.',
    vn: ['Trương Gia Bảo', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Alex Carver', 'Assistant Secretary of State'],
    outlets: ['VOV.VN', 'Tuổi Trẻ'],
  },
  {
    edition: 2,
    day: '2009-10-02',
    place: 'Hà Nội',
    vn: ['Trương Gia Bảo', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Jordan Ellis', 'Trợ lý Ngoại trưởng'],
    outlets: ['VnExpress', 'vov.vn', 'VOV.VN'],
  },
  {
    edition: 4,
    day: '2011-06-17',
    place: 'Washington',
    vn: ['Võ Thị Ngọc Ánh', 'Thứ trưởng Ngoại giao'],
    us: ['Jordan Ellis', 'Trợ lý Ngoại trưởng'],
    outlets: ['Thanh Niên'],
  },
  {
    edition: 5,
    day: '2012-06-19',
    place: 'Hà Nội',
    vn: ['Nguyễn Hữu Đức Thịnh', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Alexandra Montgomery-Whitfield', 'Assistant Secretary of State'],
    outlets: ['VOV.VN', 'Nhân Dân', 'VnExpress', 'Tuổi Trẻ'],
  },
  {
    edition: 6,
    day: '2013-12-17',
    place: 'Washington D.C.',
    vn: ['Nguyễn Hữu Đức Thịnh', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Morgan Reyes', 'Quyền Trợ lý Ngoại trưởng'],
    outlets: ['Quân đội Nhân dân', undefined],
  },
  {
    edition: 7,
    day: '2015-01-22',
    place: 'Hà Nội',
    vn: ['Hà Kim Ngọc', 'Thứ trưởng Ngoại giao'],
    us: ['Puneet Talwar', 'Trợ lý Ngoại trưởng'],
    outlets: ['VOV.VN', 'Tuổi Trẻ', 'Thanh Niên', 'VnExpress', 'Nhân Dân'],
  },
  {
    edition: 8,
    day: '2016-05-12',
    place: 'Washington D.C.',
    vn: ['Đoàn Mạnh Cường', 'Thứ trưởng Ngoại giao'],
    us: ['Casey Whitfield', 'Trợ lý Ngoại trưởng'],
    outlets: ['VOV.VN'],
  },
  {
    edition: 9,
    day: '2018-02-01',
    publishedOnly: true,
    place: 'Hà Nội',
    vn: ['Hà Kim Ngọc', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Tina Kaidanow', 'Phó Trợ lý Ngoại trưởng thứ nhất'],
    outlets: ['VOV.VN', 'Báo Quốc tế'],
  },
  {
    edition: 10,
    day: '2019-10-28',
    place: 'Washington DC',
    vn: ['Lý Quốc Hưng', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Robin Ashdown', 'Trợ lý Ngoại trưởng'],
    outlets: ['VnExpress', 'Tuổi Trẻ', 'VOV.VN'],
  },
  {
    edition: 11,
    day: '2021-09-22',
    place: 'trực tuyến',
    vn: ['Hồ Thị Diệu Linh', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Taylor Brennan', 'Trợ lý Ngoại trưởng'],
    outlets: ['Báo Quốc tế', 'VOV.VN'],
  },
  {
    edition: 12,
    day: '2022-11-15',
    place: 'Hà Nội',
    vn: ['Hồ Thị Diệu Linh', 'Thứ trưởng Bộ Ngoại giao'],
    us: ['Taylor Brennan', 'Trợ lý Ngoại trưởng'],
    outlets: ['Nhân Dân', 'Thanh Niên', 'VOV.VN'],
  },
];

/** Editions no article is about: only mentioned by the article of `by`. */
const MENTIONED: { edition: number; by: number; place?: string; year?: number }[] = [
  { edition: 3, by: 4, place: 'Hà Nội' },
  { edition: 13, by: 12, place: 'Washington D.C.', year: 2023 },
  { edition: 14, by: 12 },
];

function person(name: string, title: string, side: 'VN' | 'US'): ArticlePerson {
  return { name, title, side, paragraph: 1 };
}

function mention(m: (typeof MENTIONED)[number]): EditionMention {
  const sentence = `Đối thoại lần thứ ${m.edition} sẽ được tổ chức${m.place ? ` tại ${m.place}` : ''}${m.year ? ` năm ${m.year}` : ''}.`;
  return { edition: m.edition, location: m.place, year: m.year, upcoming: true, paragraph: 2, sentence };
}

export function richEditionArticles(): Article[] {
  const out: Article[] = [];
  for (const s of SPECS) {
    s.outlets.forEach((outlet, k) => {
      const id = `rich-${s.edition}-${k}`;
      const title = `Đối thoại chính trị – an ninh – quốc phòng Việt Nam – Hoa Kỳ lần thứ ${s.edition}`;
      const lead = `Đối thoại lần thứ ${s.edition} diễn ra tại ${s.place}.`;
      const chairs = `Thứ trưởng ${s.vn[0]} và ${s.us[0]} đồng chủ trì.`;
      const next = MENTIONED.filter((m) => m.by === s.edition);
      out.push({
        id,
        file: `${id}.txt`,
        title,
        language: 'vi',
        published: s.day,
        publishedFrom: 'metadata',
        source: outlet ? { outlet } : {},
        aboutDialogue: true,
        edition: s.edition,
        event: s.publishedOnly
          ? undefined
          : { dates: [s.day], text: s.day, yearInferred: false, paragraph: 0, sentence: lead },
        location: s.place,
        locationParagraph: 0,
        locationSentence: lead,
        cochairs: [person(s.vn[0], s.vn[1], 'VN'), person(s.us[0], s.us[1], 'US')],
        agencies: [],
        topics: [],
        topicExcerpts: {},
        mentions: k === 0 ? next.map(mention) : [],
        paragraphs: [lead, chairs, ...next.map((m) => mention(m).sentence)],
      });
    });
  }
  return out;
}

export function richEditionCorpus(): Corpus {
  return new Corpus(richEditionArticles());
}
