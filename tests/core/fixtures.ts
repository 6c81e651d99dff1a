/**
 * Shared fixtures for the core unit tests: the two seed articles of data/articles and variants of them
 * generated on the fly (encodings, line endings, page furniture, missing pieces), written to temp folders.
 * Nothing here reads outside the project, touches the network or writes outside os.tmpdir().
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { parseArticle } from '../../src/parse/article.js';
import type { Article, ArticleMeta } from '../../src/parse/schema.js';

export const SEED9_FILE = '000_17f2a32df134652f.txt';
export const SEED7_FILE = '003_8de8bd2695171769.txt';
export const SEED7_META_FILE = '003_8de8bd2695171769.meta.json';

/** The 9th dialogue, VOV: title, dateline, body, "Theo VOV.VN", then a long tail of site furniture. */
export const SEED9 = readFileSync(join(DEFAULT_DATA_DIR, SEED9_FILE), 'utf8');
/** The 7th dialogue: single-newline paragraphs, no dateline; its meta gives published 2015-01-22. */
export const SEED7 = readFileSync(join(DEFAULT_DATA_DIR, SEED7_FILE), 'utf8');
export const SEED7_META_JSON = readFileSync(join(DEFAULT_DATA_DIR, SEED7_META_FILE), 'utf8');
export const SEED7_META = JSON.parse(SEED7_META_JSON) as ArticleMeta;

/** The 9th article cut into its parts (blank-line separated in the seed). */
export const NINE = (() => {
  const [head, tail] = SEED9.split('\n\nTheo VOV.VN\n\n');
  if (head === undefined || tail === undefined) throw new Error('seed 9 no longer has its "Theo VOV.VN" line');
  const [title, dateline, ...body] = head.split('\n\n');
  return { title: title as string, dateline: dateline as string, body, tail };
})();

/** The 7th article cut into its lines (single-newline separated in the seed; it has NBSPs, made plain here). */
export const SEVEN = (() => {
  const lines = SEED7.split('\n')
    .map((l) =>
      l
        .replace(/\u00A0/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const [title, ...body] = lines;
  return { title: title as string, body };
})();

/** Strings from the 9th seed's page furniture that must never reach an answer. */
export const SEED9_NOISE = [
  'Tô Lâm',
  'Gillian Bird',
  'Hậu Giang',
  'Krishnamurti',
  'Phạm Minh Chính',
  'Thiên Tân',
  'Côn Minh',
  'THÔNG TIN CẦN BIẾT',
  'Xem thêm',
  'Viết bình luận',
];

// --- page furniture of other kinds -------------------------------------------------------------------

export const COMMENT_BOX = [
  'Bình luận (3)',
  'Nguyễn Văn Bình',
  'Bài viết rất hay, cảm ơn tác giả.',
  'Trả lời | Thích',
  'Trần Thị Cúc',
  'Mong quan hệ hai nước ngày càng tốt đẹp.',
  '2 thích',
  'Lê Văn Dũng',
  'Đồng ý!',
];
export const SHARE_LINE = 'Chia sẻ: Facebook | Twitter | Zalo';
export const NEWSLETTER = 'Đăng ký nhận bản tin hàng ngày để không bỏ lỡ tin tức quan trọng';
export const TAGS_LINE = 'Tags: Đối thoại chính trị - an ninh - quốc phòng, Việt Nam, Hoa Kỳ, Biển Đông';
export const BREADCRUMB = 'Trang chủ > Thời sự > Chính trị';
export const CAPTION = 'Ảnh: TTXVN';
export const WEATHER_BOX = ['Thời tiết', 'Hà Nội 24°C - 30°C, nhiều mây, có mưa rào và dông, gió nhẹ'];
export const COPYRIGHT =
  '© Bản quyền thuộc về Báo điện tử VOV. Ghi rõ nguồn khi phát hành lại thông tin từ website này.';
export const RELATED_INLINE = [
  'Tin liên quan',
  'Việt Nam và Hoa Kỳ thúc đẩy hợp tác khắc phục hậu quả chiến tranh',
  'Thứ trưởng Hà Kim Ngọc tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink',
];

/** Blank-line joined paragraphs, the way the VOV dump is laid out. */
export function blocks(...parts: (string | readonly string[])[]): string {
  return parts.flat().join('\n\n') + '\n';
}

/** The 9th article with its own VOV tail replaced by other furniture (the body itself untouched). */
export function nineWith({
  before = [],
  afterTitle = [],
  afterBody = [],
  inlineAt,
}: {
  before?: string[];
  afterTitle?: string[];
  afterBody?: string[];
  inlineAt?: { index: number; lines: string[] };
} = {}): string {
  const body = [...NINE.body];
  if (inlineAt) body.splice(inlineAt.index, 0, ...inlineAt.lines);
  return blocks(before, NINE.title, NINE.dateline, afterTitle, body, afterBody);
}

// --- encodings and layouts ---------------------------------------------------------------------------

export const nfd = (s: string) => s.normalize('NFD');
export const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
export const withBom = (s: string) => `\uFEFF${s}`;
/** Every paragraph break a single newline. */
export const noBlankLines = (s: string) => s.replace(/\n{2,}/g, '\n');
/** Every line break three blank lines and stray spaces. */
export const extraBlankLines = (s: string) => s.replace(/\n+/g, '\n \n\n\t\n');
export const utf16leWithBom = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

// --- articles written for the tests --------------------------------------------------------------------

/** An English press note about a 9th dialogue, in the State Department's style. */
export const ENGLISH_NOTE = blocks(
  'Joint Statement on the Ninth U.S.-Vietnam Political, Security, and Defense Dialogue',
  'January 31, 2018',
  'The United States and Vietnam held the ninth U.S.-Vietnam Political, Security, and Defense Dialogue in Hanoi on January 30, 2018. Assistant Secretary of State for Political-Military Affairs Jane Doe and Vietnamese Deputy Foreign Minister Nguyen Van A co-chaired the dialogue.',
  "The dialogue included representatives from the U.S. Department of State, the U.S. Department of Defense, and the U.S. Agency for International Development, as well as Vietnam's Ministry of Foreign Affairs, Ministry of National Defense, and Ministry of Public Security.",
  'The two sides discussed maritime security, freedom of navigation in the South China Sea, humanitarian assistance and disaster relief, and war legacy issues including dioxin remediation at Bien Hoa airbase.',
  'Both sides agreed to hold the tenth dialogue in Washington, D.C. in 2019.',
);

/** A Vietnamese article about something else entirely (rice prices), with a dateline. */
export const UNRELATED = blocks(
  'Giá lúa gạo tăng mạnh tại Đồng bằng sông Cửu Long',
  'Thứ Hai, ngày 03/06/2024 | 09:15',
  'Theo Sở Nông nghiệp tỉnh An Giang, giá lúa tươi trong tuần qua đã tăng thêm 300 đồng mỗi kilogram so với tuần trước đó, mức cao nhất kể từ đầu năm.',
  'Nông dân nhiều nơi phấn khởi vì vụ hè thu năm nay được mùa, được giá, trong khi các doanh nghiệp xuất khẩu đang tăng cường thu mua để thực hiện các hợp đồng đã ký.',
);

/** Vietnam–US, numbered, in Washington — but trade talks, not the dialogue. */
export const UNRELATED_TRADE = blocks(
  'Kết thúc vòng đàm phán lần thứ 3 Hiệp định thương mại đối ứng giữa Việt Nam và Mỹ',
  'Thứ Ba, ngày 17/06/2025 | 08:22',
  'Theo kế hoạch đã thống nhất, vòng đàm phán lần thứ 3 Hiệp định song phương về thương mại đối ứng giữa Việt Nam và Mỹ được tổ chức tại Washington D.C. từ ngày 9 đến 12/6, với sự tham gia của đại diện Bộ Công Thương và Bộ Tài chính.',
  'Hai bên đã trao đổi về thuế quan, hàng rào phi thuế quan, thương mại số và quy tắc xuất xứ, và nhất trí tiếp tục đàm phán trực tuyến trong thời gian tới.',
);

// --- parsing and loading helpers -------------------------------------------------------------------------

export function parse(raw: string, meta?: ArticleMeta, id = 'test'): Article {
  return parseArticle({ id, file: `${id}.txt`, raw, meta });
}

const made: string[] = [];

/** A fresh temp folder holding the given files (text as UTF-8, Buffers as bytes). */
export function tempCorpusDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vn-us-core-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The two seeds as they are in data/articles (with the 7th's meta file). */
export function seedFiles(): Record<string, string> {
  return { [SEED9_FILE]: SEED9, [SEED7_FILE]: SEED7, [SEED7_META_FILE]: SEED7_META_JSON };
}

export function corpusOf(files: Record<string, string | Buffer>): Corpus {
  return Corpus.fromDirectory(tempCorpusDir(files));
}

/** Remove every temp folder made so far (call from afterAll). */
export function cleanTemp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** An article record about edition 11 with no facts yet, for answer-layer tests to fill in. */
export function editionRecord(id: string, fields: Partial<Article> & { paragraphs: string[] }): Article {
  return {
    id,
    file: `${id}.txt`,
    title: `Bài ${id}`,
    language: 'vi',
    source: { outlet: `Báo ${id}` },
    aboutDialogue: true,
    edition: 11,
    cochairs: [],
    agencies: [],
    topics: [],
    topicExcerpts: {},
    mentions: [],
    ...fields,
  };
}
