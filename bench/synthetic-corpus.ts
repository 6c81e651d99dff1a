/**
 * Deterministic generator of synthetic raw news-article text dumps, modelled on
 * crawled Vietnamese news pages about the Vietnam – United States Political,
 * Security and Defense Dialogue (Đối thoại chính trị - an ninh - quốc phòng
 * Việt Nam - Hoa Kỳ).
 *
 * Every article i is produced from its own PRNG stream derived from (seed, i), so
 * article i does not depend on how many articles are requested. Facts about one
 * edition (year, date, place, co-chairs) come from a per-(seed, edition) stream, so
 * several articles about the same edition agree with each other.
 *
 * All literal text in this file is NFC; nothing is normalised at runtime.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticArticle {
  file: string;
  text: string;
  edition: number | null;
}

/** Ground truth about the dialogue edition an article reports on. */
export interface SyntheticDialogueFacts {
  edition: number;
  year: number;
  month: number;
  day: number;
  /** 1 or 2 (a two-day dialogue runs day..day+1). */
  days: number;
  place: string;
  vnCoChair: string;
  vnTitle: string;
  usCoChair: string;
  usTitle: string;
}

export type SyntheticKind = 'dialogue' | 'reception' | 'other-dialogue' | 'trade' | 'local';

/** Structured view of one article before it is rendered to text. */
export interface SyntheticArticleParts {
  index: number;
  file: string;
  kind: SyntheticKind;
  edition: number | null;
  facts: SyntheticDialogueFacts | null;
  title: string;
  sapo: string | null;
  dateline: string | null;
  /** Body paragraphs (6–14, each 40–120 whitespace-separated words). */
  body: string[];
  caption: string | null;
  attribution: string;
  /** Site noise blocks after the attribution (each may span several lines). */
  noise: string[][];
  /** Paragraph separator used when rendering ("\n", "\n\n", "\r\n" or "\r\n\r\n"). */
  separator: string;
  /** Rendering quirks: a trailing space after body paragraphs, a final newline, title and sapo on one block. */
  trailingSpace: boolean;
  finalNewline: boolean;
  sapoSameBlock: boolean;
}

/** Share of articles that are not about the VN–US dialogue. */
export const UNRELATED_SHARE = 0.2;
/** Share of articles without a dateline. */
export const NO_DATELINE_SHARE = 0.1;
export const MAX_EDITION = 40;

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/** 32-bit integer hash of two numbers (murmur3 finaliser style). */
function hash32(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul((b + 0x632be5ab) >>> 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32 */
class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)] as T;
  }
  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = arr[i] as T;
      arr[i] = arr[j] as T;
      arr[j] = t;
    }
    return arr;
  }
}

function normSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 42;
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

type Gender = 'm' | 'f';
type Named = readonly [name: string, gender: Gender];

const VN_NAMES: readonly Named[] = [
  ['Hà Kim Ngọc', 'm'],
  ['Lê Hoài Trung', 'm'],
  ['Nguyễn Minh Vũ', 'm'],
  ['Đỗ Hùng Việt', 'm'],
  ['Nguyễn Quốc Dũng', 'm'],
  ['Phạm Quang Hiệu', 'm'],
  ['Đặng Hoàng Giang', 'm'],
  ['Tô Anh Dũng', 'm'],
  ['Nguyễn Minh Hằng', 'f'],
  ['Lê Thị Thu Hằng', 'f'],
  ['Vũ Hồng Nam', 'm'],
  ['Nguyễn Phương Nga', 'f'],
  ['Phạm Thanh Bình', 'm'],
  ['Trần Đức Thắng', 'm'],
  ['Lê Quang Minh', 'm'],
  ['Hoàng Văn Thành', 'm'],
  ['Nguyễn Thị Lan Anh', 'f'],
  ['Trần Minh Khôi', 'm'],
  ['Phan Thị Thu Trang', 'f'],
  ['Võ Quốc Huy', 'm'],
  ['Ngô Thanh Tùng', 'm'],
  ['Lương Văn Hải', 'm'],
  ['Đoàn Thị Mai Hương', 'f'],
  ['Huỳnh Ngọc Ánh', 'f'],
  ['Bạch Văn Lâm', 'm'],
  ['Dương Hoài Nam', 'm'],
  ['Cao Xuân Trường', 'm'],
  ['Lâm Thị Quỳnh Như', 'f'],
  ['Mai Đức Long', 'm'],
  ['Tạ Quang Vinh', 'm'],
  ['Kiều Thị Hạnh', 'f'],
  ['Chu Văn Phúc', 'm'],
  ['Quách Minh Đức', 'm'],
  ['La Thế Anh', 'm'],
  ['Hồ Sĩ Thắng', 'm'],
  ['Tăng Thị Ngọc Diệp', 'f'],
  ['Thân Văn Khải', 'm'],
  ['Nghiêm Xuân Bách', 'm'],
  ['Lưu Thanh Hà', 'f'],
  ['Trịnh Quốc Bảo', 'm'],
];

const US_NAMES: readonly Named[] = [
  ['Puneet Talwar', 'm'],
  ['Tina Kaidanow', 'f'],
  ['Andrew Shapiro', 'm'],
  ['R. Clarke Cooper', 'm'],
  ['Jessica Lewis', 'f'],
  ['Stanley Brown', 'm'],
  ['Michael Harrington', 'm'],
  ['Sarah Whitfield', 'f'],
  ['David Kessler', 'm'],
  ['Karen Mallory', 'f'],
  ['Thomas Brennan', 'm'],
  ['Laura Castillo', 'f'],
  ['James Holloway', 'm'],
  ['Rebecca Lin', 'f'],
  ['Mark Davenport', 'm'],
  ['Emily Hartman', 'f'],
  ['Robert Nakamura', 'm'],
  ['Patricia Olsen', 'f'],
  ['Daniel Reyes', 'm'],
  ['Susan Caldwell', 'f'],
  ["Kevin O'Neill", 'm'],
  ['Angela Brooks', 'f'],
  ['Christopher Vance', 'm'],
  ['Megan Sutherland', 'f'],
  ['Brian Kowalski', 'm'],
  ['Nicole Ferrante', 'f'],
  ['Gregory Adams', 'm'],
  ['Hannah Whitaker', 'f'],
  ['Jonathan Price', 'm'],
  ['Alicia Moreno', 'f'],
  ['Steven Lockhart', 'm'],
  ['Rachel Kim', 'f'],
  ['William Thornton', 'm'],
  ['Diane Ellsworth', 'f'],
  ['Matthew Carver', 'm'],
  ['Julia Bennett', 'f'],
  ['Eric Lindqvist', 'm'],
  ['Catherine Doyle', 'f'],
  ['Samuel Ortega', 'm'],
  ['Victoria Hale', 'f'],
];

interface Title {
  full: string;
  short: string;
}

const VN_TITLES: readonly Title[] = [
  { full: 'Thứ trưởng Bộ Ngoại giao Việt Nam', short: 'Thứ trưởng' },
  { full: 'Thứ trưởng Bộ Ngoại giao Việt Nam', short: 'Thứ trưởng' },
  { full: 'Thứ trưởng Ngoại giao', short: 'Thứ trưởng' },
  { full: 'Thứ trưởng Thường trực Bộ Ngoại giao', short: 'Thứ trưởng Thường trực' },
  { full: 'Trợ lý Bộ trưởng Bộ Ngoại giao', short: 'Trợ lý Bộ trưởng' },
];

const US_TITLES: readonly Title[] = [
  { full: 'Trợ lý Ngoại trưởng Hoa Kỳ phụ trách các vấn đề chính trị - quân sự', short: 'Trợ lý Ngoại trưởng' },
  { full: 'Trợ lý Ngoại trưởng Hoa Kỳ phụ trách các vấn đề chính trị - quân sự', short: 'Trợ lý Ngoại trưởng' },
  { full: 'Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề chính trị - quân sự', short: 'Trợ lý Ngoại trưởng' },
  { full: 'Phó Trợ lý Ngoại trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ', short: 'Phó Trợ lý Ngoại trưởng' },
  {
    full: 'Quyền Trợ lý Ngoại trưởng Hoa Kỳ phụ trách các vấn đề chính trị - quân sự',
    short: 'Quyền Trợ lý Ngoại trưởng',
  },
  { full: 'Phó Trợ lý Ngoại trưởng Hoa Kỳ phụ trách Cục Chính trị - Quân sự', short: 'Phó Trợ lý Ngoại trưởng' },
];

const ORDINAL_WORDS: readonly string[] = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

const WEEKDAYS: readonly string[] = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const TOPICS: readonly string[] = [
  'an ninh biển',
  'an ninh hàng hải',
  'khắc phục hậu quả chiến tranh',
  'an ninh mạng',
  'gìn giữ hòa bình',
  'cứu trợ thiên tai',
  'tìm kiếm cứu nạn',
  'thực thi pháp luật trên biển',
  'xử lý dioxin',
  'rà phá bom mìn',
  'quốc phòng',
  'kinh tế - thương mại',
  'chống khủng bố',
  'tìm kiếm người mất tích (MIA)',
];

const ATTRIBUTIONS: readonly string[] = [
  'Theo VOV.VN',
  'Theo VOV.VN',
  'Theo VOV.VN',
  'Theo TTXVN',
  'Theo Báo Quân đội nhân dân',
  '(Theo Bộ Ngoại giao)',
  'Nguồn: VnExpress',
  'Theo Báo Điện tử Chính phủ',
  'Theo QĐND',
  'Nguồn: Báo Nhân Dân',
  'Theo Thông tấn xã Việt Nam',
];

const COUNTRIES: readonly string[] = [
  'Australia',
  'Nhật Bản',
  'Ấn Độ',
  'Hàn Quốc',
  'Pháp',
  'Anh',
  'Đức',
  'Canada',
  'Singapore',
  'Indonesia',
  'Philippines',
  'New Zealand',
  'Italy',
  'Thái Lan',
  'Malaysia',
  'Liên minh châu Âu',
  'Lào',
  'Campuchia',
  'Cuba',
  'Hà Lan',
];

const FOREIGN_OFFICIALS: readonly Named[] = [
  ['Gillian Bird', 'f'],
  ['Takeshi Morita', 'm'],
  ['Arjun Mehta', 'm'],
  ['Kim Jae-won', 'm'],
  ['Claire Dubois', 'f'],
  ['Oliver Grant', 'm'],
  ['Anna Weber', 'f'],
  ['Jean-Luc Martin', 'm'],
  ['Peter Lawson', 'm'],
  ['Sofia Rinaldi', 'f'],
  ['Hiroshi Tanaka', 'm'],
  ['Priya Nair', 'f'],
  ['Lee Min-ho', 'm'],
  ['Marcus Holt', 'm'],
  ['Julien Guerrier', 'm'],
  ['Ingrid de Vries', 'f'],
  ['Somsak Wongchai', 'm'],
  ['Ahmad Rahman', 'm'],
  ['Maria Santos', 'f'],
  ['Thomas Keller', 'm'],
];

/** [full reference, short reference] */
const VN_LEADER_REFS: readonly (readonly [string, string])[] = [
  ['Tổng Bí thư Tô Lâm', 'Tổng Bí thư'],
  ['Thủ tướng Phạm Minh Chính', 'Thủ tướng'],
  ['Phó Thủ tướng Trần Hồng Hà', 'Phó Thủ tướng'],
  ['Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn', 'Phó Thủ tướng Bùi Thanh Sơn'],
  ['Phó Chủ tịch Quốc hội Nguyễn Thị Thanh', 'Phó Chủ tịch Quốc hội'],
  ['Chủ tịch nước Lương Cường', 'Chủ tịch nước'],
  ['Phó Chủ tịch nước Võ Thị Ánh Xuân', 'Phó Chủ tịch nước'],
  ['Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên', 'Bộ trưởng Nguyễn Hồng Diên'],
  ['Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại Nguyễn Mạnh Tiến', 'Phó Chủ nhiệm Nguyễn Mạnh Tiến'],
  ['Bộ trưởng Bộ Quốc phòng Phan Văn Giang', 'Đại tướng Phan Văn Giang'],
  ['Bộ trưởng Bộ Ngoại giao Lê Hoài Trung', 'Bộ trưởng Lê Hoài Trung'],
  ['Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến', 'Thượng tướng Hoàng Xuân Chiến'],
];
const VN_LEADERS: readonly string[] = VN_LEADER_REFS.map((x) => x[0]);

const VN_GENERALS: readonly string[] = [
  'Thượng tướng Hoàng Xuân Chiến',
  'Thượng tướng Nguyễn Chí Vịnh',
  'Trung tướng Nguyễn Tân Cương',
  'Thượng tướng Lê Huy Vịnh',
  'Trung tướng Vũ Hải Sản',
  'Thượng tướng Phan Văn Giang',
  'Trung tướng Đỗ Lương Tuấn',
  'Thượng tướng Trịnh Văn Quyết',
];

const PROVINCES: readonly string[] = [
  'Hậu Giang',
  'Cần Thơ',
  'An Giang',
  'Đồng Tháp',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Quảng Nam',
  'Bình Định',
  'Đắk Lắk',
  'Lâm Đồng',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
  'Hải Dương',
  'Thái Bình',
  'Lào Cai',
  'Hà Giang',
  'Khánh Hòa',
  'Bến Tre',
];

const PAPERS: readonly string[] = [
  'Báo Hậu Giang',
  'Báo Cần Thơ',
  'Báo Quảng Ninh',
  'Báo Nghệ An',
  'Báo Đắk Lắk',
  'Báo Bình Định',
  'Báo Lâm Đồng',
];

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

const DAY_MS = 86_400_000;

interface Ymd {
  y: number;
  m: number;
  d: number;
  wd: number;
}

function ymd(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay() };
}

function editionPhrase(n: number, r: Rng): string {
  if (n === 1 && r.chance(0.4)) return 'lần đầu tiên';
  if (n <= 10 && r.chance(0.15)) return `lần thứ ${ORDINAL_WORDS[n]}`;
  return `lần thứ ${n}`;
}

// ---------------------------------------------------------------------------
// Per-edition facts
// ---------------------------------------------------------------------------

interface Person {
  name: string;
  g: Gender;
  title: Title;
}

interface EditionFacts {
  n: number;
  year: number;
  month: number;
  day: number;
  days: number;
  place: string;
  vn: Person;
  us: Person;
}

const factsCache = new Map<string, EditionFacts>();

function editionFacts(seed: number, n: number): EditionFacts {
  const key = seed + ':' + n;
  const hit = factsCache.get(key);
  if (hit) return hit;
  const r = new Rng(hash32(seed ^ 0x5bd1e995, n + 1_000_003));
  const year = 2007 + n;
  const month = r.int(1, 12);
  const day = r.int(1, 27);
  const days = r.chance(0.5) ? 2 : 1;
  const vnHost = n % 2 === 1;
  let place = vnHost ? 'Hà Nội' : 'Washington D.C.';
  if ((year === 2020 || year === 2021) && r.chance(0.8)) place = 'trực tuyến';
  else if (r.chance(0.12)) place = vnHost ? r.pick(['Đà Nẵng', 'Nha Trang']) : 'Honolulu';
  const [vnName, vnG] = r.pick(VN_NAMES);
  const [usName, usG] = r.pick(US_NAMES);
  const facts: EditionFacts = {
    n,
    year,
    month,
    day,
    days,
    place,
    vn: { name: vnName, g: vnG, title: r.pick(VN_TITLES) },
    us: { name: usName, g: usG, title: r.pick(US_TITLES) },
  };
  if (factsCache.size > 4096) factsCache.clear();
  factsCache.set(key, facts);
  return facts;
}

// ---------------------------------------------------------------------------
// Article context and sentence templates
// ---------------------------------------------------------------------------

interface Ctx {
  r: Rng;
  /** Partner country as named in this article ("Hoa Kỳ", "Mỹ", "Nhật Bản", ...). */
  P: string;
  isUS: boolean;
  n: number;
  year: number;
  dlg: string;
  vn: Person;
  us: Person;
  /** "Thứ trưởng Hà Kim Ngọc" */
  vnRef: string;
  usRef: string;
  place: string;
  next: string;
  dateYear: string;
  dateNoYear: string;
  frame: string;
  since: string;
  topic: string;
  // unrelated-article slots
  host: string;
  hostShort: string;
  guest: string;
  province: string;
  k: number;
  /** Reception articles: true when the ambassador is starting the term, false when leaving. */
  arriving: boolean;
  /** Sentence templates already used in this article (avoid repeating them). */
  used: Set<Gen>;
}

type Gen = (c: Ctx) => string;

function placePhrase(place: string, r: Rng): string {
  switch (place) {
    case 'trực tuyến':
      return 'theo hình thức trực tuyến';
    case 'Hà Nội':
      return r.pick(['tại Hà Nội', 'tại thủ đô Hà Nội', 'tại Hà Nội']);
    case 'Washington D.C.':
      return r.pick(['tại Washington D.C.', 'tại Washington DC', 'tại thủ đô Washington D.C.', 'tại Washington']);
    default:
      return 'tại ' + place;
  }
}

function shortRef(p: Person, r: Rng): string {
  const x = r.next();
  if (x < 0.2) return (p.g === 'f' ? 'bà ' : 'ông ') + p.name;
  return p.title.short + ' ' + p.name;
}

function fullRef(p: Person): string {
  return p.title.full + ' ' + p.name;
}

// --- dialogue lead -----------------------------------------------------------

function coChairSentence(c: Ctx): string {
  const r = c.r;
  const ed = editionPhrase(c.n, r);
  const where = placePhrase(c.place, r);
  const vn = fullRef(c.vn);
  const us = fullRef(c.us);
  switch (r.int(0, 5)) {
    case 0: {
      const lead = r.chance(0.5)
        ? `Ngày ${c.dateNoYear.replace(/^(ngày|từ ngày|hôm nay|sáng|trong hai ngày) /, '')}, ${where}, `
        : `${where[0]!.toUpperCase()}${where.slice(1)}, `;
      return `${lead}${vn} và ${us} đã đồng chủ trì ${c.dlg} ${ed}.`;
    }
    case 1:
      return `${c.dlg} ${ed} đã diễn ra ${c.dateYear} ${where}. Đồng chủ trì đối thoại là ${vn} và ${us}.`;
    case 2:
      return `${vn} và ${c.us.g === 'f' ? 'bà' : 'ông'} ${c.us.name}, ${c.us.title.full} ${r.pick(['hôm nay', 'vừa', 'đã'])} đồng chủ trì ${c.dlg} ${where}. Hội nghị thường niên ${ed} diễn ra ${c.dateNoYear}.`;
    case 3:
      return `${c.dlg} ${ed} được tổ chức ${c.dateYear} ${where}, dưới sự đồng chủ trì của ${vn} và ${us}.`;
    case 4:
      return `${c.dateYear[0]!.toUpperCase()}${c.dateYear.slice(1)}, ${c.dlg} ${ed} đã diễn ra ${where}. Phía Việt Nam do ${vn} dẫn đầu, phía ${c.P} do ${us} dẫn đầu.`;
    default:
      return `${vn} và ${us} đồng chủ trì ${c.dlg} ${ed}, diễn ra ${c.dateNoYear} ${where}.`;
  }
}

const LEAD_EXTRA: Gen[] = [
  () =>
    `Đây là đối thoại thường niên giữa hai nước để thảo luận về các vấn đề song phương, khu vực và quốc tế cùng quan tâm.`,
  (c) =>
    `Cuộc đối thoại có sự tham gia của đại diện Bộ Ngoại giao, Bộ Công an, Bộ Quốc phòng của Việt Nam và Bộ Ngoại giao, Bộ Quốc phòng${c.isUS ? ', Cơ quan Phát triển quốc tế' : ''} của ${c.P}.`,
  (c) =>
    `Đối thoại diễn ra trong bối cảnh quan hệ ${c.frame} giữa hai nước tiếp tục phát triển tích cực, thực chất và hiệu quả.`,
  () =>
    `Các đại biểu đã trao đổi thẳng thắn, cởi mở về tình hình quan hệ song phương và những vấn đề khu vực, quốc tế mà hai bên cùng quan tâm.`,
];

const FORMAT: Gen[] = [
  () =>
    `Đây là cơ chế đối thoại thường niên giữa hai nước, được thiết lập từ năm 2008, nhằm trao đổi về các vấn đề chính trị, an ninh, quốc phòng song phương cũng như các vấn đề khu vực và quốc tế cùng quan tâm.`,
  () =>
    `Tham dự đối thoại về phía Việt Nam có đại diện các bộ, ngành như Bộ Ngoại giao, Bộ Quốc phòng, Bộ Công an, Bộ Kế hoạch và Đầu tư và Văn phòng Chính phủ.`,
  (c) =>
    `Phía ${c.P} có đại diện Bộ Ngoại giao, Bộ Quốc phòng${c.isUS ? ', Bộ Tư lệnh Ấn Độ - Thái Bình Dương' : ''} và Đại sứ quán ${c.P} tại Hà Nội.`,
  (c) =>
    c.n > 1
      ? `Theo thông cáo của Bộ Ngoại giao Việt Nam, đối thoại ${editionPhrase(c.n, c.r)} tập trung vào việc rà soát kết quả hợp tác kể từ lần đối thoại trước và định hướng các lĩnh vực ưu tiên trong thời gian tới.`
      : `Theo thông cáo của Bộ Ngoại giao Việt Nam, đối thoại lần này tập trung vào việc xác định các lĩnh vực ưu tiên và cách thức triển khai cơ chế đối thoại trong những năm tới.`,
];

const RELATIONS: Gen[] = [
  (c) => `Hai bên ghi nhận những tiến triển tích cực mà hai nước đã đạt được ${c.since}.`,
  () =>
    `Hai bên đánh giá cao kết quả hợp tác trên các lĩnh vực chính trị - ngoại giao, kinh tế - thương mại - đầu tư, giáo dục - đào tạo, khoa học - công nghệ, y tế và giao lưu nhân dân trong thời gian qua.`,
  (c) =>
    `Năm ${c.year - 1} tiếp tục là một năm thành công trong quan hệ Việt Nam - ${c.P} với nhiều chuyến thăm và tiếp xúc cấp cao, góp phần tăng cường tin cậy chính trị giữa hai nước.`,
  (c) =>
    `Hai bên nhất trí rằng quan hệ Việt Nam - ${c.P} đang phát triển tốt đẹp trên cơ sở tôn trọng độc lập, chủ quyền, toàn vẹn lãnh thổ và thể chế chính trị của nhau.`,
  (c) =>
    `Kim ngạch thương mại song phương tiếp tục tăng trưởng, ${c.P} hiện là một trong những thị trường xuất khẩu quan trọng nhất của Việt Nam.`,
];

const VN_SIDE: Gen[] = [
  (c) =>
    `${c.vnRef} khẳng định Việt Nam coi trọng và mong muốn quan hệ Việt Nam - ${c.P} tiếp tục phát triển ổn định, sâu rộng và hiệu quả, góp phần duy trì hòa bình, ổn định, hợp tác và phát triển trong khu vực và trên thế giới.`,
  (c) =>
    `${c.vnRef} đề nghị hai bên tập trung thực hiện tốt các thỏa thuận mà Lãnh đạo cấp cao hai nước đã đạt được; duy trì các chuyến thăm, trao đổi ở cấp cao và các cơ chế đối thoại.`,
  (c) =>
    `Theo ${c.vnRef}, hợp tác an ninh - quốc phòng là một trụ cột quan trọng, cần được triển khai thực chất, phù hợp với lợi ích của mỗi nước và vì hòa bình, ổn định trong khu vực.`,
  (c) =>
    `${c.vnRef} bày tỏ mong muốn hai bên tăng cường trao đổi thông tin, phối hợp chặt chẽ tại các diễn đàn đa phương, đặc biệt là trong khuôn khổ Liên Hợp Quốc và các cơ chế do ASEAN dẫn dắt.`,
  (c) =>
    `${c.vnRef} cũng đề nghị phía ${c.P} tạo điều kiện thuận lợi hơn cho hàng hóa Việt Nam tiếp cận thị trường ${c.P} và tăng cường hợp tác trong lĩnh vực ${c.topic}.`,
];

const US_SIDE: Gen[] = [
  (c) =>
    `${c.usRef} nhất trí hai nước cần duy trì đà phát triển và đưa quan hệ đi vào chiều sâu thông qua việc trao đổi đoàn, tiếp xúc, đặc biệt là ở cấp cao, tăng cường tính hiệu quả của các cơ chế hợp tác hiện có.`,
  (c) =>
    `${c.usRef} khẳng định ${c.P} ủng hộ một Việt Nam mạnh, độc lập, thịnh vượng và tự cường, đồng thời coi Việt Nam là đối tác quan trọng của ${c.P} tại khu vực.`,
  (c) =>
    `Theo ${c.usRef}, hai bên còn nhiều tiềm năng để tăng cường hợp tác trên các lĩnh vực như hỗ trợ nhân đạo, cứu trợ thảm họa, tìm kiếm cứu nạn, an ninh hàng hải, gìn giữ hòa bình và đào tạo quân sự.`,
  (c) =>
    `${c.usRef} cho biết ${c.P} sẽ tiếp tục hỗ trợ Việt Nam nâng cao năng lực thực thi pháp luật trên biển, trong đó có việc đào tạo nhân lực cho lực lượng Cảnh sát biển Việt Nam.`,
];

const WAR_LEGACY: Gen[] = [
  () =>
    `Hai bên nhất trí tăng cường hợp tác nhân đạo và khắc phục hậu quả chiến tranh, trong đó tập trung vào Dự án xử lý dioxin tại sân bay Biên Hòa, tháo gỡ bom mìn còn sót lại và hỗ trợ các nạn nhân chiến tranh.`,
  (c) =>
    `Phía Việt Nam đánh giá cao việc ${c.P} hoàn thành dự án tẩy độc dioxin tại sân bay Đà Nẵng và đề nghị ${c.P} tiếp tục hỗ trợ người khuyết tật tại các tỉnh bị phun rải chất độc da cam nặng nề.`,
  () =>
    `Hai bên cam kết tiếp tục hợp tác trong vấn đề tìm kiếm người mất tích trong chiến tranh (MIA), xử lý chất độc da cam – dioxin và rà phá bom mìn.`,
  (c) =>
    `${c.P} coi hợp tác giải quyết hậu quả chiến tranh là một trong những ưu tiên trong hợp tác an ninh - quốc phòng với Việt Nam và sẽ tiếp tục hỗ trợ tìm kiếm, quy tập hài cốt bộ đội Việt Nam mất tích trong chiến tranh.`,
  (c) =>
    `Tính đến nay, hai nước đã tiến hành hơn ${c.r.int(100, 180)} đợt tìm kiếm chung, góp phần làm sáng tỏ số phận của nhiều quân nhân ${c.P} còn mất tích tại Việt Nam.`,
];

const MARITIME: Gen[] = [
  () =>
    `Hai bên trao đổi về tình hình Biển Đông và tái khẳng định tầm quan trọng của việc bảo đảm an ninh, an toàn, tự do hàng hải và hàng không, thương mại không bị cản trở tại Biển Đông.`,
  () =>
    `Hai bên nhấn mạnh việc không sử dụng hoặc đe dọa sử dụng vũ lực, giải quyết các tranh chấp bằng các biện pháp hòa bình, phù hợp với luật pháp quốc tế, trong đó có Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS).`,
  () =>
    `Hai bên ủng hộ việc thực hiện đầy đủ và hiệu quả Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) và sớm hoàn tất Bộ quy tắc ứng xử ở Biển Đông (COC) thực chất, hiệu quả.`,
  () =>
    `Các đại biểu cũng thảo luận những biện pháp tăng cường hợp tác an ninh biển, an ninh hàng hải, nâng cao năng lực thực thi pháp luật trên biển và chia sẻ thông tin.`,
  () =>
    `Hai bên bày tỏ quan ngại trước các hành động đơn phương làm gia tăng căng thẳng, phức tạp tình hình và đe dọa hòa bình, ổn định trong khu vực.`,
];

const MULTILATERAL: Gen[] = [
  () =>
    `Hai bên nhất trí ủng hộ vai trò trung tâm của ASEAN trong cấu trúc khu vực, thúc đẩy hợp tác trong khuôn khổ Diễn đàn Khu vực ASEAN (ARF), Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) và Hội nghị Cấp cao Đông Á (EAS).`,
  () =>
    `Hai bên cũng thảo luận về hợp tác chống phổ biến vũ khí hủy diệt hàng loạt, chống khủng bố, an ninh mạng, tội phạm xuyên quốc gia và hoạt động gìn giữ hòa bình tại Liên Hợp Quốc.`,
  (c) =>
    `Phía ${c.P} đánh giá cao việc Việt Nam cử lực lượng tham gia các phái bộ gìn giữ hòa bình của Liên Hợp Quốc tại Nam Sudan và Cộng hòa Trung Phi.`,
  () =>
    `Hai bên trao đổi về tình hình bán đảo Triều Tiên, tiểu vùng Mê Công và một số vấn đề quốc tế khác cùng quan tâm.`,
];

const HUMANITARIAN: Gen[] = [
  () =>
    `Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực hỗ trợ nhân đạo, cứu trợ thiên tai và tìm kiếm cứu nạn, trong đó có việc tổ chức các cuộc diễn tập chung và chia sẻ kinh nghiệm ứng phó thảm họa.`,
  () =>
    `Các đại biểu ghi nhận hiệu quả của các chương trình y tế và kỹ thuật quân sự chung, qua đó nhiều đoàn bác sĩ, kỹ sư đã phối hợp với địa phương Việt Nam khám chữa bệnh và xây dựng công trình dân sinh.`,
  () =>
    `Hai bên cũng thảo luận về hợp tác ứng phó với biến đổi khí hậu, an ninh nguồn nước sông Mê Công và phòng, chống dịch bệnh.`,
  (c) =>
    `Phía Việt Nam cảm ơn sự hỗ trợ kịp thời của ${c.P} trong việc khắc phục hậu quả bão lũ tại các tỉnh miền Trung năm ${c.year - 1}.`,
];

const DEFENSE: Gen[] = [
  () =>
    `Phái đoàn hai nước cũng thảo luận về việc tăng cường hợp tác quốc phòng - an ninh trong khuôn khổ Bản ghi nhớ về thúc đẩy hợp tác quốc phòng song phương năm 2011.`,
  () =>
    `Hai bên đồng ý tiếp tục hợp tác về thực thi luật pháp trên biển, đặc biệt là tăng cường năng lực để đối phó với thảm họa và tìm kiếm cứu nạn.`,
  (c) =>
    `Phía Việt Nam đề nghị ${c.P} tiếp tục hỗ trợ các chương trình đào tạo tiếng Anh, quân y và nâng cao năng lực gìn giữ hòa bình cho cán bộ, sĩ quan Quân đội nhân dân Việt Nam.`,
  (c) =>
    `Hai bên đánh giá cao các chuyến thăm của tàu hải quân ${c.P} tới Việt Nam, coi đây là dấu mốc quan trọng trong quan hệ quốc phòng giữa hai nước.`,
];

const ECONOMY: Gen[] = [
  () =>
    `Hai bên nhất trí hợp tác kinh tế - thương mại - đầu tư là lĩnh vực trọng tâm và là động lực thúc đẩy quan hệ song phương trong thời gian tới.`,
  () =>
    `Hai bên thảo luận các biện pháp tăng cường hợp tác về chuỗi cung ứng, chuyển đổi số, năng lượng sạch và công nghiệp bán dẫn, phù hợp với tiềm năng và nhu cầu của mỗi nước.`,
  (c) =>
    `Phía Việt Nam đề nghị ${c.P} tạo điều kiện thuận lợi hơn cho hàng nông sản, thủy sản của Việt Nam tiếp cận thị trường ${c.P}, đồng thời sớm công nhận quy chế kinh tế thị trường của Việt Nam.`,
];

const LAW: Gen[] = [
  () =>
    `Các đại biểu thảo luận những biện pháp tăng cường hợp tác trong phòng, chống buôn bán ma túy, mua bán người, tội phạm công nghệ cao và rửa tiền.`,
  () =>
    `Hai bên nhất trí tăng cường chia sẻ thông tin, kinh nghiệm và đào tạo cán bộ trong lĩnh vực thực thi pháp luật, đồng thời thúc đẩy đàm phán các thỏa thuận hợp tác tư pháp.`,
  (c) =>
    `Phía ${c.P} đánh giá cao sự hợp tác của các cơ quan chức năng Việt Nam trong việc phòng, chống khủng bố và bảo đảm an ninh cho các sự kiện quốc tế lớn.`,
];

const PEOPLE: Gen[] = [
  (c) =>
    c.isUS && c.year - 1995 >= 5
      ? `Tại hội nghị, hai đoàn đại biểu thảo luận việc phối hợp tổ chức các hoạt động kỷ niệm ${c.year - 1995} năm bình thường hóa quan hệ ngoại giao giữa hai nước.`
      : `Tại hội nghị, hai đoàn đại biểu thảo luận việc phối hợp tổ chức các hoạt động giao lưu hữu nghị nhân các dịp kỷ niệm quan trọng của hai nước.`,
  () =>
    `Hai bên nhất trí tăng cường giao lưu nhân dân, hợp tác giáo dục - đào tạo, mở rộng các chương trình học bổng và trao đổi sinh viên.`,
  () =>
    `Hai bên cũng nhất trí thúc đẩy hợp tác văn hóa, du lịch và y tế, coi đây là nền tảng quan trọng để tăng cường hiểu biết lẫn nhau giữa nhân dân hai nước.`,
];

const CLOSING: Gen[] = [
  () =>
    `Cuộc đối thoại diễn ra trong không khí cởi mở, tôn trọng và hiểu biết lẫn nhau, góp phần củng cố và tăng cường quan hệ hữu nghị và hợp tác giữa hai nước.`,
  (c) =>
    `Đối thoại lần này góp phần triển khai quan hệ ${c.frame} giữa hai nước, tạo nền tảng cho các bước phát triển tiếp theo.`,
  () =>
    `Kết thúc đối thoại, hai trưởng đoàn đánh giá cuộc đối thoại đã thành công tốt đẹp, đạt được nhiều nhận thức chung quan trọng.`,
];

function nextEditionSentence(c: Ctx): string {
  const r = c.r;
  const n1 = c.n + 1;
  const where = placePhrase(c.next, r);
  switch (r.int(0, 3)) {
    case 0:
      return `Hai bên nhất trí sẽ tiến hành Đối thoại chính trị - an ninh - quốc phòng lần thứ ${n1} ${where}.`;
    case 1:
      return `${c.dlg} lần thứ ${n1} sẽ diễn ra ${where} vào năm ${c.year + 1}.`;
    case 2:
      return `Hai bên thống nhất tổ chức Đối thoại lần thứ ${n1} ${where} vào thời điểm thuận tiện cho cả hai bên.`;
    default:
      return `Hai bên nhất trí tổ chức đối thoại lần tiếp theo ${where} vào năm ${c.year + 1}.`;
  }
}

const DIALOGUE_THEMES: readonly (readonly Gen[])[] = [
  FORMAT,
  RELATIONS,
  VN_SIDE,
  US_SIDE,
  WAR_LEGACY,
  MARITIME,
  MULTILATERAL,
  HUMANITARIAN,
  DEFENSE,
  ECONOMY,
  LAW,
  PEOPLE,
];
const OTHER_DIALOGUE_THEMES: readonly (readonly Gen[])[] = [
  FORMAT,
  RELATIONS,
  VN_SIDE,
  US_SIDE,
  MARITIME,
  MULTILATERAL,
  HUMANITARIAN,
  DEFENSE,
  ECONOMY,
  LAW,
  PEOPLE,
];
const DIALOGUE_FILLER: readonly Gen[] = [...RELATIONS, ...CLOSING, ...LEAD_EXTRA];

// --- unrelated: reception -----------------------------------------------------

const REC_LEAD: Gen[] = [
  (c) =>
    `${c.place}, ${c.host} đã tiếp Đại sứ ${c.P} ${c.guest} nhân dịp Đại sứ ${c.arriving ? c.r.pick(['bắt đầu nhiệm kỳ công tác', 'trình Quốc thư, bắt đầu nhiệm kỳ']) : c.r.pick(['kết thúc nhiệm kỳ công tác', 'đến chào từ biệt'])} tại Việt Nam.`,
  () =>
    `Tham dự buổi tiếp có đại diện lãnh đạo Bộ Ngoại giao, Văn phòng Trung ương Đảng và một số bộ, ngành liên quan.`,
  () => `Buổi tiếp diễn ra trong không khí thân mật, cởi mở, thể hiện mối quan hệ hữu nghị tốt đẹp giữa hai nước.`,
];
const REC_WELCOME: Gen[] = [
  (c) =>
    c.arriving
      ? `${c.hostShort} chúc mừng Đại sứ ${c.guest} nhận nhiệm vụ mới và tin tưởng Đại sứ sẽ có nhiều đóng góp tích cực vào việc thúc đẩy quan hệ Việt Nam - ${c.P}.`
      : `${c.hostShort} ghi nhận và đánh giá cao những đóng góp tích cực của Đại sứ ${c.guest} đối với quan hệ Việt Nam - ${c.P} trong nhiệm kỳ công tác vừa qua.`,
  (c) =>
    `${c.hostShort} đánh giá cao những bước phát triển tích cực trong quan hệ Việt Nam - ${c.P} thời gian qua, nhất là trong các lĩnh vực chính trị, kinh tế, giáo dục và giao lưu nhân dân.`,
  (c) =>
    `${c.hostShort} khẳng định Việt Nam luôn coi ${c.P} là một trong những đối tác quan trọng hàng đầu và mong muốn cùng ${c.P} đưa quan hệ song phương đi vào chiều sâu.`,
];
const REC_ECON: Gen[] = [
  (c) =>
    `Kim ngạch thương mại hai chiều năm ${c.year - 1} đạt hơn ${c.r.int(2, 40)} tỷ USD, tăng ${c.r.int(3, 25)}% so với năm trước; ${c.P} hiện có khoảng ${c.r.int(150, 1800)} dự án đầu tư còn hiệu lực tại Việt Nam.`,
  (c) =>
    `${c.hostShort} đề nghị hai bên tạo thuận lợi cho hàng hóa của nhau tiếp cận thị trường, thúc đẩy hợp tác trong các lĩnh vực mới như kinh tế số, kinh tế xanh, năng lượng tái tạo và đổi mới sáng tạo.`,
  () =>
    `Hai bên nhất trí phối hợp chặt chẽ để triển khai hiệu quả các hiệp định thương mại tự do mà hai nước cùng là thành viên, góp phần đa dạng hóa chuỗi cung ứng.`,
];
const REC_PEOPLE: Gen[] = [
  (c) =>
    `Hai bên nhất trí tăng cường giao lưu nhân dân, hợp tác giáo dục, văn hóa, du lịch và hỗ trợ cộng đồng người Việt Nam tại ${c.P} ổn định cuộc sống.`,
  (c) =>
    `${c.hostShort} đề nghị ${c.P} tiếp tục cấp học bổng cho sinh viên Việt Nam và mở rộng hợp tác giữa các địa phương hai nước.`,
  (c) =>
    `Hiện có khoảng ${c.r.int(5, 300)} nghìn người Việt Nam đang sinh sống, học tập và làm việc tại ${c.P}, là cầu nối quan trọng cho tình hữu nghị giữa hai dân tộc.`,
];
const REC_GUEST: Gen[] = [
  (c) =>
    `Đại sứ ${c.guest} cảm ơn ${c.hostShort} đã dành thời gian tiếp và khẳng định ${c.arriving ? 'sẽ nỗ lực hết sức' : 'dù ở cương vị nào cũng sẽ tiếp tục đóng góp'} để đưa quan hệ hai nước phát triển lên tầm cao mới.`,
  (c) =>
    `Đại sứ ${c.guest} bày tỏ ấn tượng trước những thành tựu phát triển kinh tế - xã hội của Việt Nam và cho rằng thành công của Việt Nam cũng là thành công của ${c.P}.`,
  (c) =>
    `Đại sứ ${c.guest} cho biết Chính phủ ${c.P} coi trọng quan hệ với Việt Nam và mong muốn mở rộng hợp tác trong các lĩnh vực quốc phòng, an ninh, nông nghiệp và ứng phó biến đổi khí hậu.`,
];
const REC_CLOSE: Gen[] = [
  (c) => `Nhân dịp này, ${c.hostShort} nhờ Đại sứ chuyển lời thăm hỏi trân trọng tới Lãnh đạo cấp cao ${c.P}.`,
  () =>
    `Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm, nhất trí tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương.`,
  () => `Kết thúc buổi tiếp, hai bên chụp ảnh lưu niệm và trao đổi quà tặng.`,
];
const REC_COOP: Gen[] = [
  () =>
    `Về hợp tác quốc phòng - an ninh, hai bên nhất trí duy trì các cơ chế đối thoại, trao đổi đoàn và đẩy mạnh hợp tác trong các lĩnh vực gìn giữ hòa bình, an ninh biển và khắc phục hậu quả chiến tranh.`,
  (c) =>
    `${c.hostShort} đề nghị ${c.P} tiếp tục hỗ trợ Việt Nam trong đào tạo nguồn nhân lực chất lượng cao, chuyển giao công nghệ và ứng phó với biến đổi khí hậu ở Đồng bằng sông Cửu Long.`,
  (c) =>
    `Hai bên đánh giá cao kết quả hợp tác phát triển, trong đó nguồn vốn hỗ trợ phát triển chính thức (ODA) của ${c.P} đã góp phần quan trọng vào phát triển hạ tầng và xóa đói giảm nghèo tại Việt Nam.`,
];
const REC_REGION: Gen[] = [
  () =>
    `Về các vấn đề khu vực, hai bên khẳng định tầm quan trọng của việc duy trì hòa bình, ổn định, an ninh, an toàn và tự do hàng hải, hàng không ở Biển Đông.`,
  (c) =>
    `${c.hostShort} đề nghị ${c.P} tiếp tục ủng hộ vai trò trung tâm của ASEAN và lập trường của Việt Nam trong giải quyết các tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế.`,
  (c) =>
    `Đại sứ ${c.guest} khẳng định ${c.P} sẵn sàng phối hợp chặt chẽ với Việt Nam tại Liên Hợp Quốc và các diễn đàn khu vực, vì hòa bình, hợp tác và phát triển.`,
];
const RECEPTION_THEMES: readonly (readonly Gen[])[] = [
  REC_WELCOME,
  REC_ECON,
  REC_PEOPLE,
  REC_GUEST,
  REC_COOP,
  REC_REGION,
  REC_CLOSE,
];

// --- unrelated: trade ----------------------------------------------------------

const TRADE_LEAD: Gen[] = [
  (c) =>
    `Theo kế hoạch đã thống nhất, vòng đàm phán lần thứ ${c.k} Hiệp định song phương về thương mại đối ứng giữa Việt Nam và ${c.P} được tổ chức ${placePhrase(c.place, c.r)} trong ${c.r.int(2, 5)} ngày.`,
  (c) =>
    `Đoàn đàm phán Việt Nam do ${c.host} dẫn đầu, với sự tham gia của đại diện Bộ Công Thương, Bộ Tài chính, Bộ Nông nghiệp và Môi trường cùng nhiều bộ, ngành liên quan.`,
  (c) =>
    `Đây là vòng đàm phán chính thức tiếp theo sau ${c.k - 1} vòng đàm phán trước đó và nhiều phiên làm việc kỹ thuật trực tuyến.`,
];
const TRADE_BODY: Gen[] = [
  () =>
    `Hai bên đã trao đổi thẳng thắn về các vấn đề thuế quan, phi thuế quan, quy tắc xuất xứ, thương mại số và hợp tác kinh tế, đạt được những tiến triển tích cực.`,
  (c) =>
    `Theo số liệu của Tổng cục Hải quan, kim ngạch xuất khẩu của Việt Nam sang ${c.P} trong ${c.r.int(3, 11)} tháng đầu năm đạt khoảng ${c.r.int(20, 120)} tỷ USD, tăng ${c.r.int(5, 30)}% so với cùng kỳ.`,
  () =>
    `Các mặt hàng xuất khẩu chủ lực gồm điện thoại và linh kiện, máy vi tính, dệt may, giày dép, đồ gỗ và thủy sản.`,
  (c) =>
    `${c.hostShort} cho biết Việt Nam sẵn sàng mở rộng nhập khẩu các mặt hàng nông sản, máy bay và năng lượng từ ${c.P} nhằm thúc đẩy cán cân thương mại bền vững, hài hòa.`,
  () =>
    `Nhiều hiệp hội doanh nghiệp bày tỏ kỳ vọng đàm phán sớm có kết quả, giúp ổn định đơn hàng và giảm bớt rủi ro cho các nhà xuất khẩu trong nửa cuối năm.`,
  () =>
    `Các chuyên gia nhận định việc đa dạng hóa thị trường và nâng cao tỷ lệ nội địa hóa là yêu cầu cấp thiết đối với doanh nghiệp Việt Nam trong bối cảnh mới.`,
  () =>
    `Hai bên thống nhất tiếp tục duy trì trao đổi ở cấp kỹ thuật và sớm tổ chức vòng đàm phán tiếp theo trong thời gian tới.`,
];
const TRADE_MARKET: Gen[] = [
  (c) =>
    `Riêng mặt hàng ${c.r.pick(['cá tra', 'tôm', 'hạt điều', 'cà phê', 'gỗ và sản phẩm gỗ', 'dệt may'])}, giá trị xuất khẩu sang ${c.P} đạt khoảng ${c.r.int(1, 15)} tỷ USD, chiếm tỷ trọng lớn nhất trong cơ cấu thị trường của ngành.`,
  (c) =>
    `Đại diện Hiệp hội ${c.r.pick(['Dệt may Việt Nam', 'Chế biến và Xuất khẩu thủy sản Việt Nam', 'Gỗ và Lâm sản Việt Nam', 'Da - Giày - Túi xách Việt Nam'])} cho biết nhiều doanh nghiệp đã chủ động tìm kiếm khách hàng mới và điều chỉnh kế hoạch sản xuất.`,
  (c) =>
    `Theo Bộ Công Thương, thị trường ${c.P} tiếp tục là động lực tăng trưởng quan trọng của xuất khẩu, song cũng đặt ra yêu cầu ngày càng cao về truy xuất nguồn gốc và tiêu chuẩn môi trường.`,
  (c) =>
    `Năm ${c.year - 1}, tổng kim ngạch thương mại hai chiều giữa Việt Nam và ${c.P} đạt khoảng ${c.r.int(20, 150)} tỷ USD, trong đó Việt Nam xuất siêu hơn ${c.r.int(5, 100)} tỷ USD.`,
];
const TRADE_POLICY: Gen[] = [
  () =>
    `Bộ Công Thương khuyến nghị doanh nghiệp theo dõi sát diễn biến chính sách thương mại, tránh tình trạng gian lận xuất xứ, chuyển tải bất hợp pháp hàng hóa.`,
  () =>
    `Cơ quan chức năng sẽ tăng cường kiểm tra, giám sát việc cấp giấy chứng nhận xuất xứ, đồng thời hỗ trợ doanh nghiệp ứng phó với các vụ việc phòng vệ thương mại.`,
  () =>
    `Nhiều địa phương đã tổ chức hội nghị đối thoại với doanh nghiệp để kịp thời nắm bắt khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ.`,
  (c) =>
    `Các ngân hàng thương mại cũng triển khai gói tín dụng ưu đãi với lãi suất thấp hơn từ ${c.r.int(1, 2)} đến ${c.r.int(3, 4)} điểm phần trăm cho doanh nghiệp xuất khẩu.`,
];
const TRADE_THEMES: readonly (readonly Gen[])[] = [TRADE_BODY, TRADE_MARKET, TRADE_POLICY];

// --- unrelated: local news -------------------------------------------------------

const LOCAL_LEAD: Gen[] = [
  (c) =>
    `${c.dateNoYear[0]!.toUpperCase()}${c.dateNoYear.slice(1)}, Ủy ban nhân dân tỉnh ${c.province} tổ chức hội nghị sơ kết công tác ${c.topic} ${c.r.pick(['6 tháng đầu năm', 'quý I', 'năm ' + c.year])} và triển khai nhiệm vụ thời gian tới.`,
  () =>
    `Tham dự hội nghị có lãnh đạo các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và đại diện nhiều doanh nghiệp trên địa bàn.`,
  () =>
    `Theo báo cáo, trong thời gian qua, các cấp, các ngành của tỉnh đã tập trung triển khai đồng bộ nhiều giải pháp, đạt được kết quả khá toàn diện.`,
];
const LOCAL_BODY: Gen[] = [
  (c) =>
    `Toàn tỉnh đã gieo trồng hơn ${c.r.int(10, 190)} nghìn héc-ta lúa, năng suất bình quân đạt ${c.r.int(55, 72) / 10} tấn/héc-ta, tăng nhẹ so với cùng kỳ năm trước.`,
  (c) =>
    `Giá trị sản xuất nông nghiệp ước đạt ${c.r.int(3, 40)} nghìn tỷ đồng; nhiều mô hình sản xuất theo chuỗi giá trị, ứng dụng công nghệ cao được nhân rộng.`,
  (c) =>
    `Công tác giảm nghèo, chăm lo gia đình chính sách được quan tâm; tỷ lệ hộ nghèo giảm còn ${c.r.int(1, 6)},${c.r.int(1, 9)}%.`,
  () =>
    `Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ.`,
  () =>
    `Tuy nhiên, việc giải ngân vốn đầu tư công còn chậm, một số công trình trọng điểm chưa đáp ứng tiến độ đề ra, đời sống một bộ phận người dân còn khó khăn.`,
  () =>
    `Phát biểu chỉ đạo, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các địa phương khẩn trương tháo gỡ vướng mắc về mặt bằng, đẩy nhanh tiến độ các dự án giao thông.`,
  () =>
    `Các ngành chức năng cần chủ động phương án phòng, chống thiên tai, hạn mặn và dịch bệnh trên cây trồng, vật nuôi, bảo đảm sản xuất an toàn.`,
  (c) =>
    `Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc đã được Ủy ban nhân dân tỉnh ${c.province} tặng bằng khen.`,
];
const LOCAL_SOCIAL: Gen[] = [
  (c) =>
    `Ngành giáo dục đã hoàn thành kế hoạch năm học với tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt ${c.r.int(95, 99)},${c.r.int(1, 9)}%; số trường đạt chuẩn quốc gia tiếp tục tăng.`,
  (c) =>
    `Công tác khám, chữa bệnh cho nhân dân được duy trì tốt; tỷ lệ người dân tham gia bảo hiểm y tế đạt trên ${c.r.int(88, 96)}% dân số.`,
  () =>
    `Các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng các ngày lễ lớn được tổ chức sôi nổi, tạo không khí phấn khởi trong nhân dân.`,
  (c) =>
    `Tỉnh đã giải quyết việc làm cho hơn ${c.r.int(8, 30)} nghìn lao động, trong đó có nhiều lao động đi làm việc ở nước ngoài theo hợp đồng.`,
];
const LOCAL_ECON: Gen[] = [
  (c) =>
    `Tốc độ tăng trưởng kinh tế (GRDP) ước đạt ${c.r.int(5, 9)},${c.r.int(1, 9)}%, đứng thứ ${c.r.int(2, 12)} trong khu vực; thu ngân sách nhà nước đạt ${c.r.int(45, 70)}% dự toán.`,
  (c) =>
    `Hoạt động thương mại, dịch vụ phục hồi khá; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng ${c.r.int(6, 15)}% so với cùng kỳ.`,
  (c) =>
    `Tỉnh đã cấp mới giấy chứng nhận đăng ký đầu tư cho ${c.r.int(5, 40)} dự án với tổng vốn đăng ký hơn ${c.r.int(2, 30)} nghìn tỷ đồng.`,
  () =>
    `Công tác cải cách hành chính được đẩy mạnh, nhiều thủ tục được thực hiện trực tuyến toàn trình, giúp tiết kiệm thời gian và chi phí cho người dân, doanh nghiệp.`,
];
const LOCAL_THEMES: readonly (readonly Gen[])[] = [LOCAL_BODY, LOCAL_SOCIAL, LOCAL_ECON];

// ---------------------------------------------------------------------------
// Paragraph builder: 40–120 words, assuming every sentence has at most 80 words
// ---------------------------------------------------------------------------

const MIN_WORDS = 40;
const MAX_WORDS = 120;

function buildParagraph(
  c: Ctx,
  pool: readonly Gen[],
  filler: readonly Gen[],
  first?: string,
  last?: string,
  ordered = false,
): string {
  const r = c.r;
  // Skewed towards short paragraphs (mean target ≈ 60 words); long ones stay possible.
  const target = MIN_WORDS + Math.floor((MAX_WORDS - MIN_WORDS + 1) * r.next() * r.next());
  const parts: string[] = [];
  let words = 0;
  if (first) {
    parts.push(first);
    words += wordCount(first);
  }
  const lastWords = last ? wordCount(last) : 0;
  const used = c.used;
  const len = pool.length;
  const start = len > 0 && !ordered ? r.int(0, len - 1) : 0;
  const local: Gen[] = [];
  let tries = 0;
  // Walk the theme pool once (cyclically from a random start), then the filler pool,
  // preferring templates not yet used in this article.
  while (words + lastWords < target && tries < 40) {
    let gen: Gen | undefined;
    if (tries < len) {
      gen = pool[(start + tries) % len];
      tries++;
      if (!gen || used.has(gen)) continue;
    } else {
      tries++;
      const fl = filler.length;
      const fs = r.int(0, fl - 1);
      for (let k = 0; k < fl; k++) {
        const g = filler[(fs + k) % fl]!;
        if (!used.has(g) && !local.includes(g)) {
          gen = g;
          break;
        }
      }
      if (!gen) {
        // Every filler template has been used in this article: start a new round,
        // but never repeat a template inside the same paragraph.
        used.clear();
        for (let k = 0; k < fl; k++) {
          const g = filler[(fs + k) % fl]!;
          if (!local.includes(g)) {
            gen = g;
            break;
          }
        }
      }
      if (!gen) continue;
    }
    const s = gen(c);
    const w = wordCount(s);
    const have = words + lastWords;
    if (have + w > MAX_WORDS || (have >= MIN_WORDS && have + w - target > target - have)) {
      // Would exceed the cap, or land further from the target than stopping here.
      if (have >= MIN_WORDS) break;
      continue;
    }
    parts.push(s);
    words += w;
    used.add(gen);
    local.push(gen);
  }
  if (last) parts.push(last);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------
// Noise
// ---------------------------------------------------------------------------

const NEWS_HEADLINES: ((r: Rng) => string)[] = [
  (r) =>
    `${r.pick(VN_LEADERS)} tiếp Đại sứ ${r.pick(COUNTRIES)} ${r.pick(['bắt đầu nhiệm kỳ tại Việt Nam', 'chào từ biệt', 'nhân dịp kết thúc nhiệm kỳ'])}`,
  (r) =>
    `Thủ tướng đề xuất kết nối đường sắt Việt Nam – ${r.pick(['Kyrgyzstan', 'Lào', 'Trung Quốc', 'Campuchia'])} và với các nước ${r.pick(['Trung Á', 'trong khu vực', 'ASEAN'])}`,
  (r) =>
    `Kết thúc vòng đàm phán lần thứ ${r.int(1, 6)} Hiệp định song phương về thương mại đối ứng giữa Việt Nam và Mỹ`,
  (r) =>
    `Đoàn đại biểu quân sự cấp cao Quân đội Nhân dân Việt Nam làm việc tại ${r.pick(['Cuba', 'Lào', 'Ấn Độ', 'Nga', 'Hàn Quốc'])}`,
  () => `Thúc đẩy liên kết, chia sẻ cơ hội phát triển hài hòa, bền vững và bao trùm giữa các nền kinh tế`,
  (r) => `Đại sứ ${r.pick(FOREIGN_OFFICIALS)[0]}: Thành công của Việt Nam cũng là thành công của ${r.pick(COUNTRIES)}`,
  (r) => `Đối thoại Chính sách quốc phòng Việt Nam - ${r.pick(COUNTRIES)} lần thứ ${r.int(2, 15)}`,
  (r) =>
    `${r.pick(PROVINCES)}: ${r.pick(['Ra quân cao điểm phòng, chống buôn lậu', 'Khởi công dự án đường cao tốc', 'Nông dân trúng mùa lúa hè thu', 'Tăng cường phòng, chống sạt lở bờ sông', 'Tổng kết năm học'])}`,
  (r) =>
    `Bộ Ngoại giao lên tiếng về ${r.pick(['tình hình Biển Đông', 'việc bảo hộ công dân', 'kết quả chuyến công du', 'các hoạt động đối ngoại sắp tới'])}`,
  (r) =>
    `Hội nghị thường niên các nhà tiên phong lần thứ ${r.int(10, 18)} của Diễn đàn Kinh tế thế giới khai mạc tại ${r.pick(['Thiên Tân', 'Đại Liên'])}`,
];

const NEWS_TEASERS: ((r: Rng) => string)[] = [
  (r) =>
    `Tại Trụ sở Trung ương Đảng, ${r.pick(VN_LEADERS)} đã tiếp Đại sứ ${r.pick(COUNTRIES)} ${r.pick(FOREIGN_OFFICIALS)[0]} nhân dịp bắt đầu nhiệm kỳ tại Việt Nam.`,
  (r) =>
    `Sáng ngày ${r.int(1, 28)}-${r.int(1, 12)}, trong chương trình công tác tại ${r.pick(COUNTRIES)}, ${r.pick(VN_LEADERS)} đã có buổi làm việc với lãnh đạo nhiều tập đoàn lớn.`,
  () =>
    `Theo kế hoạch đã thống nhất, vòng đàm phán được tổ chức tại Washington D.C. với sự tham gia của đại diện nhiều bộ, ngành hai nước.`,
  (r) =>
    `Chiều ${r.int(1, 28)}-${r.int(1, 12)}, tại Nhà Quốc hội, ${r.pick(VN_LEADERS)} đã tiếp đoàn đại biểu ${r.pick(COUNTRIES)} nhân dịp đoàn đến thăm và làm việc tại Việt Nam.`,
  (r) =>
    `Tiếp nối loạt hoạt động song phương bên lề hội nghị, ${r.pick(VN_LEADERS)} đã có cuộc gặp với Thủ tướng ${r.pick(COUNTRIES)},`,
  (r) =>
    `Đoàn do ${r.pick(VN_GENERALS)}, Thứ trưởng Bộ Quốc phòng làm trưởng đoàn, đã thăm và làm việc nhằm thắt chặt hơn nữa quan hệ hợp tác quốc phòng song phương.`,
  (r) =>
    `(${r.pick(['HGO', 'CTO', 'QNO', 'BĐO'])}) - Nhằm đảm bảo vận hành thông suốt, hiệu quả, các cơ quan chức năng vừa triển khai nhiều giải pháp hỗ trợ người dân, doanh nghiệp`,
  () =>
    `Đây là dịp để hai bên nhìn lại kết quả hợp tác thời gian qua và thống nhất phương hướng cho giai đoạn tiếp theo.`,
];

const NOTICES: ((r: Rng, paper: string) => [string, string])[] = [
  (_r, p) => [
    'Kính gửi Quý độc giả thân yêu !',
    `Kể từ số báo này, ${p} sẽ chính thức ngừng xuất bản, chia tay với Quý độc giả theo sự chỉ đạo của Thường trực Tỉnh ủy để sáp nhập về đơn vị hành chính mới.`,
  ],
  (r, p) => [
    `${p} thông báo tuyển dụng phóng viên, biên tập viên năm ${r.int(2020, 2025)}`,
    `${p} cần tuyển ${r.int(2, 6)} phóng viên, biên tập viên có trình độ đại học trở lên, ưu tiên ứng viên có kinh nghiệm làm báo đa phương tiện.`,
  ],
  () => [
    '“Hạnh phúc tuổi trẻ”',
    'Đây là quyển sách của triết gia Ấn Độ Jiddu Krishnamurti (1895-1986) dành cho những người trẻ.',
  ],
  (r) => [
    `Mãi nhớ ${r.pick(PROVINCES)} qua từng câu hát, lời ca !`,
    'Miền đất này đã để lại trong ký ức bao người không chỉ qua âm nhạc, mà ở các thể loại nghệ thuật khác như văn, thơ, nhiếp ảnh...',
  ],
  (r) => [
    `Thể lệ cuộc thi viết “Tự hào ${r.pick(PROVINCES)}” năm ${r.int(2020, 2025)}`,
    `Cuộc thi nhằm tôn vinh những tấm gương điển hình tiên tiến, những đóng góp của các tầng lớp nhân dân trong sự nghiệp xây dựng và phát triển quê hương.`,
  ],
];

function timestamp(ms: number, r: Rng, style: number): string {
  const t = ymd(ms);
  const hh = pad2(r.int(5, 22));
  const mm = pad2(r.int(0, 59));
  const date = `${pad2(t.d)}/${pad2(t.m)}/${t.y}`;
  return style === 0 ? `${hh}:${mm} ${date}` : `${date} ${hh}:${mm}`;
}

function triples(
  r: Rng,
  count: number,
  crawlMs: number,
  style: number,
  heads: readonly ((r: Rng) => string)[],
  teasers: readonly ((r: Rng) => string)[],
): string[] {
  const out: string[] = [];
  let ms = crawlMs;
  for (let i = 0; i < count; i++) {
    out.push(r.pick(heads)(r), timestamp(ms, r, style), r.pick(teasers)(r));
    ms -= r.int(0, 3) * DAY_MS;
  }
  return out;
}

function weatherBox(r: Rng): string[] {
  const sky = r.pick(['Nhiều mây', 'Có mây', 'Ngày nắng, đêm có mây', 'Trời nắng nóng', 'Mây thay đổi']);
  const rain = r.pick([
    'có mưa, có nơi mưa vừa, mưa to và rải rác có dông',
    'có mưa rào và dông rải rác',
    'không mưa',
    'chiều tối có mưa rào vài nơi',
  ]);
  const wind = r.pick(['Gió tây nam cấp 3', 'Gió đông bắc cấp 2-3', 'Gió đông nam cấp 3, có lúc cấp 4', 'Gió nhẹ']);
  let text = `${sky}, ${rain}. ${wind}.`;
  if (r.chance(0.5)) text += ' Trong cơn dông có khả năng xảy ra lốc, sét và gió giật mạnh.';
  const lines = ['THÔNG TIN CẦN BIẾT', text];
  if (r.chance(0.4)) lines.push(`Nhiệt độ: ${r.int(18, 27)} - ${r.int(28, 37)}°C`);
  return lines;
}

function shareLines(r: Rng, tags: readonly string[]): string[] {
  const lines: string[] = [];
  if (r.chance(0.7))
    lines.push(
      r.pick(['Chia sẻ', 'Chia sẻ bài viết', 'Chia sẻ:']),
      'Facebook',
      r.pick(['Twitter', 'Zalo']),
      r.pick(['In bài', 'Gửi bài', 'Sao chép liên kết']),
    );
  if (r.chance(0.8)) lines.push(`${r.pick(['Từ khóa:', 'Tags:', 'Tag:'])} ${tags.join(', ')}`);
  if (lines.length === 0) lines.push(`Lượt xem: ${r.int(50, 9999)}`);
  return lines;
}

function newsletterLines(r: Rng): string[] {
  return [
    r.pick(['Đăng ký nhận bản tin', 'Nhận tin tức mới nhất', 'Đăng ký nhận thông tin']),
    r.pick([
      'Nhận tin tức mới nhất hằng ngày qua email',
      'Những tin tức nổi bật sẽ được gửi tới hộp thư của bạn mỗi sáng',
    ]),
    'Nhập email của bạn',
    'Đăng ký',
  ];
}

// ---------------------------------------------------------------------------
// Article builder
// ---------------------------------------------------------------------------

function fileName(i: number): string {
  const s = String(i);
  return s.length >= 6 ? s + '.txt' : '000000'.slice(s.length) + s + '.txt';
}

function dateline(ms: number, r: Rng): string {
  const t = ymd(ms);
  const hh = pad2(r.int(5, 22));
  const mi = pad2(r.int(0, 59));
  const dd = pad2(t.d);
  const mo = pad2(t.m);
  const wd = WEEKDAYS[t.wd]!;
  switch (r.int(0, 5)) {
    case 0:
    case 1:
      return `${wd}, ngày ${dd}/${mo}/${t.y} | ${hh}:${mi}`;
    case 2:
      return `${wd.replace(/ (\S+)$/, (_, w: string) => ' ' + w.toLowerCase())}, ${dd}/${mo}/${t.y}, ${hh}:${mi} (GMT+7)`;
    case 3:
      return `Cập nhật: ${hh}:${mi} | ${dd}/${mo}/${t.y}`;
    case 4:
      return `${dd}/${mo}/${t.y} ${hh}:${mi}`;
    default:
      return `${wd}, ${t.d}/${t.m}/${t.y} ${hh}:${mi} GMT+7`;
  }
}

function dateWithYear(y: number, m: number, d: number, days: number, r: Rng): string {
  if (days === 2 && r.chance(0.5)) return `từ ngày ${d} đến ${d + 1}/${m}/${y}`;
  switch (r.int(0, 2)) {
    case 0:
      return `ngày ${d}/${m}/${y}`;
    case 1:
      return `ngày ${d}-${m}-${y}`;
    default:
      return `ngày ${d} tháng ${m} năm ${y}`;
  }
}

function dateNoYear(m: number, d: number, days: number, r: Rng): string {
  if (days === 2) {
    switch (r.int(0, 2)) {
      case 0:
        return `từ ngày ${d} tới ${d + 1}/${m}`;
      case 1:
        return `trong hai ngày ${d} và ${d + 1}/${m}`;
      default:
        return `ngày ${d}-${d + 1}/${m}`;
    }
  }
  switch (r.int(0, 2)) {
    case 0:
      return `ngày ${d}/${m}`;
    case 1:
      return `sáng ${d}/${m}`;
    default:
      return `ngày ${d}-${m}`;
  }
}

function baseCtx(r: Rng): Ctx {
  const dummy: Person = { name: '', g: 'm', title: { full: '', short: '' } };
  return {
    r,
    P: 'Hoa Kỳ',
    isUS: true,
    n: 0,
    year: 2020,
    dlg: '',
    vn: dummy,
    us: dummy,
    vnRef: '',
    usRef: '',
    place: 'Hà Nội',
    next: 'Washington D.C.',
    dateYear: '',
    dateNoYear: '',
    frame: 'Đối tác toàn diện',
    since: '',
    topic: r.pick(TOPICS),
    host: '',
    hostShort: '',
    guest: '',
    province: r.pick(PROVINCES),
    k: 1,
    arriving: true,
    used: new Set<Gen>(),
  };
}

function relationFrame(c: Ctx, year: number, month: number): void {
  if (!c.isUS) {
    c.frame = c.r.pick(['Đối tác chiến lược', 'Đối tác chiến lược toàn diện', 'Đối tác toàn diện']);
    c.since = `kể từ khi nâng cấp quan hệ lên ${c.frame}`;
    return;
  }
  if (year > 2023 || (year === 2023 && month >= 9)) {
    c.frame = 'Đối tác chiến lược toàn diện';
    c.since = 'kể từ khi nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào tháng 9/2023';
  } else if (year >= 2013) {
    c.frame = 'Đối tác toàn diện';
    c.since = 'kể từ khi xác lập quan hệ Đối tác toàn diện vào năm 2013';
  } else {
    c.frame = 'hữu nghị, hợp tác nhiều mặt';
    c.since = 'kể từ khi bình thường hóa quan hệ ngoại giao năm 1995';
  }
}

function bodyParagraphs(
  c: Ctx,
  count: number,
  lead: { pool: readonly Gen[]; first?: string },
  themes: readonly (readonly Gen[])[],
  filler: readonly Gen[],
  close: { pool: readonly Gen[]; last?: string } | null,
): string[] {
  const r = c.r;
  const out: string[] = [buildParagraph(c, lead.pool, filler, lead.first, undefined, true)];
  const middle = count - 1 - (close ? 1 : 0);
  let order = r.shuffle(themes.slice());
  for (let i = 0; i < middle; i++) {
    if (i > 0 && i % order.length === 0) order = r.shuffle(themes.slice());
    out.push(buildParagraph(c, order[i % order.length]!, filler));
  }
  if (close) out.push(buildParagraph(c, close.pool, filler, undefined, close.last));
  return out;
}

/** Structured description of article i. */
export function syntheticArticleParts(i: number, seed = 42): SyntheticArticleParts {
  const s = normSeed(seed);
  const r = new Rng(hash32(s, i));
  const c = baseCtx(r);
  const unrelated = r.chance(UNRELATED_SHARE);
  const hasDateline = !r.chance(NO_DATELINE_SHARE);
  // 6–14 body paragraphs, skewed towards fewer (mean ≈ 8.5).
  const pc = r.next();
  const paragraphCount = 6 + Math.floor(9 * pc * pc);

  let kind: SyntheticKind;
  let edition: number | null = null;
  let facts: SyntheticDialogueFacts | null = null;
  let title: string;
  let sapo: string | null = null;
  let caption: string | null = null;
  let body: string[];
  let pubMs: number;
  let tags: string[];

  if (!unrelated) {
    kind = 'dialogue';
    const n = r.int(1, MAX_EDITION);
    edition = n;
    const f = editionFacts(s, n);
    const nf = editionFacts(s, n + 1);
    facts = {
      edition: n,
      year: f.year,
      month: f.month,
      day: f.day,
      days: f.days,
      place: f.place,
      vnCoChair: f.vn.name,
      vnTitle: f.vn.title.full,
      usCoChair: f.us.name,
      usTitle: f.us.title.full,
    };
    const usNaming = r.int(0, 4);
    const dlgNames = [
      'Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ',
      'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ',
      'Đối thoại Chính trị, An ninh, Quốc phòng Việt - Mỹ',
      'Đối thoại Chính trị, An ninh và Quốc phòng Việt Nam - Hoa Kỳ',
      'Đối thoại chính trị, an ninh, quốc phòng Việt Nam - Mỹ',
    ];
    c.dlg = dlgNames[usNaming]!;
    c.P = usNaming === 2 || usNaming === 4 ? 'Mỹ' : 'Hoa Kỳ';
    c.n = n;
    c.year = f.year;
    c.vn = f.vn;
    c.us = f.us;
    c.vnRef = shortRef(f.vn, r);
    c.usRef = shortRef(f.us, r);
    c.place = f.place;
    c.next = nf.place;
    c.dateYear = dateWithYear(f.year, f.month, f.day, f.days, r);
    c.dateNoYear = dateNoYear(f.month, f.day, f.days, r);
    relationFrame(c, f.year, f.month);
    pubMs = Date.UTC(f.year, f.month - 1, f.day) + (f.days - 1 + r.int(0, 1)) * DAY_MS;

    const ed = editionPhrase(n, r);
    switch (r.int(0, 5)) {
      case 0:
      case 1:
        title = `${c.dlg} ${ed}`;
        break;
      case 2:
        title = `Việt - Mỹ thảo luận về hợp tác ${c.topic}`;
        break;
      case 3:
        title = `Việt Nam - ${c.P} tổ chức Đối thoại Chính trị, An ninh, Quốc phòng ${ed}`;
        break;
      case 4:
        title = `Việt Nam và ${c.P} tăng cường hợp tác ${c.topic}`;
        break;
      default:
        title = `${c.dlg}: Thúc đẩy hợp tác ${c.topic}`;
    }
    if (r.chance(0.35)) {
      sapo = `${c.vn.title.short} ngoại giao Việt Nam và ${c.us.title.short.toLowerCase()} ${c.P} ${r.pick(['hôm nay', 'vừa', c.dateNoYear])} đồng chủ trì Đối thoại chính trị, an ninh, quốc phòng thường niên, bàn về nhiều lĩnh vực, trong đó có hợp tác ${c.topic}.`;
    }
    if (r.chance(0.3)) {
      caption = r.pick([
        'Đại diện phía Việt Nam tham gia cuộc đối thoại.',
        'Quang cảnh đối thoại. (Ảnh: TTXVN)',
        `${c.vn.title.short} ${c.vn.name} phát biểu tại đối thoại. Ảnh: BNG`,
        'Hai trưởng đoàn chụp ảnh chung.',
      ]);
    }
    const closeHasNext = r.chance(0.85);
    body = bodyParagraphs(
      c,
      paragraphCount,
      { pool: LEAD_EXTRA, first: coChairSentence(c) },
      DIALOGUE_THEMES,
      DIALOGUE_FILLER,
      { pool: CLOSING, ...(closeHasNext ? { last: nextEditionSentence(c) } : {}) },
    );
    tags = ['Việt Nam', c.P, 'đối thoại chính trị - an ninh - quốc phòng', c.topic];
  } else {
    const year = r.int(2010, 2025);
    const month = r.int(1, 12);
    const day = r.int(1, 27);
    pubMs = Date.UTC(year, month - 1, day) + r.int(0, 1) * DAY_MS;
    c.year = year;
    c.dateNoYear = dateNoYear(month, day, 1, r);
    c.dateYear = dateWithYear(year, month, day, 1, r);
    const which = r.next();
    if (which < 0.3) {
      kind = 'reception';
      c.P = r.pick(COUNTRIES);
      c.isUS = false;
      [c.host, c.hostShort] = r.pick(VN_LEADER_REFS);
      c.guest = r.pick(FOREIGN_OFFICIALS)[0];
      c.place = r.pick([
        'Tại Trụ sở Trung ương Đảng',
        'Tại Trụ sở Chính phủ',
        'Tại Nhà Quốc hội',
        'Tại Phủ Chủ tịch',
        `Chiều ${day}/${month}, tại Hà Nội`,
      ]);
      c.arriving = r.chance(0.6);
      title = `${c.host} tiếp Đại sứ ${c.P} ${c.arriving ? 'bắt đầu nhiệm kỳ tại Việt Nam' : r.pick(['chào từ biệt', 'nhân dịp kết thúc nhiệm kỳ'])}`;
      body = bodyParagraphs(
        c,
        paragraphCount,
        { pool: REC_LEAD },
        RECEPTION_THEMES,
        [...REC_WELCOME, ...REC_ECON, ...REC_PEOPLE, ...REC_GUEST, ...REC_COOP, ...REC_REGION, ...REC_CLOSE],
        { pool: REC_CLOSE },
      );
      tags = [c.P, 'Đại sứ', 'đối ngoại'];
    } else if (which < 0.55) {
      // Hard negative: another country's defence dialogue, same phrasing.
      kind = 'other-dialogue';
      c.P = r.pick(COUNTRIES.slice(0, 15));
      c.isUS = false;
      c.n = r.int(1, 20);
      c.dlg = r.pick([
        `Đối thoại Chính sách quốc phòng Việt Nam - ${c.P}`,
        `Đối thoại Chiến lược quốc phòng Việt Nam - ${c.P}`,
        `Đối thoại An ninh - Quốc phòng Việt Nam - ${c.P}`,
      ]);
      const gen = r.pick(VN_GENERALS);
      const [pn, pg] = r.pick(FOREIGN_OFFICIALS);
      c.vn = {
        name: gen.replace(/^(Thượng|Trung) tướng /, ''),
        g: 'm',
        title: { full: `Thứ trưởng Bộ Quốc phòng ${gen.split(' ').slice(0, 2).join(' ')}`, short: 'Thứ trưởng' },
      };
      c.us = { name: pn, g: pg, title: { full: `Thứ trưởng Quốc phòng ${c.P}`, short: 'Thứ trưởng' } };
      c.vnRef = shortRef(c.vn, r);
      c.usRef = shortRef(c.us, r);
      c.place = r.chance(0.5) ? 'Hà Nội' : c.P === 'Liên minh châu Âu' ? 'Brussels' : 'thủ đô ' + c.P;
      c.next = r.pick(['Hà Nội', c.place]);
      relationFrame(c, year, month);
      title = `${c.dlg} ${editionPhrase(c.n, r)}`;
      const lead = `${fullRef(c.vn)} và ${fullRef(c.us)} đã đồng chủ trì ${c.dlg} ${editionPhrase(c.n, r)}, diễn ra ${c.dateYear} ${placePhrase(c.place, r)}.`;
      body = bodyParagraphs(
        c,
        paragraphCount,
        { pool: LEAD_EXTRA, first: lead },
        OTHER_DIALOGUE_THEMES,
        DIALOGUE_FILLER,
        { pool: CLOSING },
      );
      tags = ['Việt Nam', c.P, 'quốc phòng'];
    } else if (which < 0.75) {
      kind = 'trade';
      c.P = r.chance(0.7) ? r.pick(['Hoa Kỳ', 'Mỹ']) : r.pick(COUNTRIES);
      c.isUS = false;
      c.k = r.int(2, 8);
      [c.host, c.hostShort] = r.pick([
        ['Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên', 'Bộ trưởng Nguyễn Hồng Diên'],
        ['Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân', 'Thứ trưởng Nguyễn Sinh Nhật Tân'],
        ['Thứ trưởng Bộ Công Thương Phan Thị Thắng', 'Thứ trưởng Phan Thị Thắng'],
      ] as const);
      c.place = c.P === 'Hoa Kỳ' || c.P === 'Mỹ' ? 'Washington D.C.' : 'Hà Nội';
      title = r.pick([
        `Kết thúc vòng đàm phán lần thứ ${c.k} Hiệp định song phương về thương mại đối ứng giữa Việt Nam và ${c.P}`,
        `Xuất khẩu sang ${c.P} tăng trưởng mạnh`,
        `Doanh nghiệp kỳ vọng vào kết quả đàm phán thương mại Việt Nam - ${c.P}`,
      ]);
      body = bodyParagraphs(
        c,
        paragraphCount,
        { pool: TRADE_LEAD },
        TRADE_THEMES,
        [...TRADE_BODY, ...TRADE_MARKET, ...TRADE_POLICY],
        null,
      );
      tags = [c.P, 'thương mại', 'xuất khẩu'];
    } else {
      kind = 'local';
      c.isUS = false;
      c.topic = r.pick([
        'sản xuất nông nghiệp',
        'phát triển kinh tế - xã hội',
        'bảo đảm trật tự an toàn giao thông',
        'giảm nghèo bền vững',
        'xây dựng nông thôn mới',
      ]);
      title = r.pick([
        `${c.province}: Sơ kết công tác ${c.topic}`,
        `${c.province} đẩy mạnh ${c.topic}`,
        `Nhiều chuyển biến tích cực trong ${c.topic} tại ${c.province}`,
      ]);
      body = bodyParagraphs(
        c,
        paragraphCount,
        { pool: LOCAL_LEAD },
        LOCAL_THEMES,
        [...LOCAL_BODY, ...LOCAL_SOCIAL, ...LOCAL_ECON],
        null,
      );
      tags = [c.province, c.topic];
    }
  }

  const attribution = r.pick(ATTRIBUTIONS);

  // Noise.
  const crawlMs = pubMs + r.int(1, 2500) * DAY_MS;
  const tsStyle = r.chance(0.8) ? 0 : 1;
  const noise: string[][] = [];
  if (r.chance(0.5))
    noise.push([r.pick(['Viết bình luận mới', 'Viết bình luận mới', 'Ý kiến bạn đọc', 'Gửi bình luận'])]);
  if (r.chance(0.4)) noise.push(shareLines(r, tags));
  if (r.chance(0.85)) {
    const header = r.pick(['Xem thêm', 'Xem thêm', 'Tin liên quan', 'Tin cùng chuyên mục', 'Tin khác']);
    noise.push([header, ...triples(r, r.int(2, 5), crawlMs, tsStyle, NEWS_HEADLINES, NEWS_TEASERS)]);
  }
  if (r.chance(0.4)) noise.push(weatherBox(r));
  if (r.chance(0.3)) {
    const paper = r.pick(PAPERS);
    const out: string[] = [];
    let ms = crawlMs;
    for (let k = r.int(1, 3); k > 0; k--) {
      const [h, t] = r.pick(NOTICES)(r, paper);
      out.push(h, timestamp(ms, r, tsStyle), t);
      ms -= r.int(0, 1) * DAY_MS;
    }
    noise.push(out);
  }
  if (r.chance(0.25)) noise.push(newsletterLines(r));
  if (noise.length === 0) noise.push(['Viết bình luận mới']);

  const crlf = r.chance(0.05);
  const eol = crlf ? '\r\n' : '\n';
  const separator = r.chance(0.6) ? eol + eol : eol;
  const trailingSpace = r.chance(0.1);
  const finalNewline = r.chance(0.5);
  const sapoSameBlock = r.chance(0.5);

  return {
    index: i,
    file: fileName(i),
    kind,
    edition,
    facts,
    title,
    sapo,
    dateline: hasDateline ? dateline(pubMs, r) : null,
    body,
    caption,
    attribution,
    noise,
    separator,
    trailingSpace,
    finalNewline,
    sapoSameBlock,
  };
}

/** Render structured parts to the raw text dump. */
export function renderSyntheticArticle(p: SyntheticArticleParts): string {
  const sep = p.separator;
  const eol = sep.startsWith('\r\n') ? '\r\n' : '\n';
  const { trailingSpace, finalNewline, sapoSameBlock } = p;

  const lines: string[] = [];
  if (p.sapo && sapoSameBlock) lines.push(p.title + eol + p.sapo);
  else {
    lines.push(p.title);
    if (p.sapo) lines.push(p.sapo);
  }
  if (p.dateline) lines.push(p.dateline);
  for (let k = 0; k < p.body.length; k++) {
    lines.push(trailingSpace ? p.body[k] + ' ' : p.body[k]!);
    if (k === 0 && p.caption) lines.push(p.caption);
  }
  lines.push(p.attribution);
  for (const block of p.noise) {
    if (block[0] === 'THÔNG TIN CẦN BIẾT') lines.push(block.join(eol));
    else for (const l of block) lines.push(l);
  }
  return lines.join(sep) + (finalNewline ? eol : '');
}

/** Article i (independent of how many articles are generated). */
export function syntheticArticle(i: number, seed = 42): SyntheticArticle {
  const p = syntheticArticleParts(i, seed);
  return { file: p.file, text: renderSyntheticArticle(p), edition: p.edition };
}

export function* syntheticArticles(count: number, seed = 42): Generator<SyntheticArticle> {
  const n = Math.max(0, Math.floor(count));
  for (let i = 0; i < n; i++) yield syntheticArticle(i, seed);
}

/** Write `count` articles to `dir/NNNNNN.txt`. Returns the number of files and total UTF-8 bytes. */
export async function writeSyntheticCorpus(
  dir: string,
  count: number,
  seed = 42,
): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  const BATCH = 64;
  let pending: Promise<void>[] = [];
  for (const a of syntheticArticles(count, seed)) {
    const buf = Buffer.from(a.text, 'utf8');
    bytes += buf.length;
    files++;
    pending.push(writeFile(join(dir, a.file), buf));
    if (pending.length >= BATCH) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return { files, bytes };
}
