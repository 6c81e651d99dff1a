/**
 * Site-noise removal. Raw dumps carry, around the article body, page furniture of a few kinds:
 * related-news lists (headline / timestamp / teaser), comment boxes, weather boxes, share and tag lines,
 * newsletter prompts, the host paper's own notices, captions and navigation. Detection works on the kind
 * of line (its shape and vocabulary), never on the literal strings of any one site.
 *
 * Strategy: classify each paragraph; once the body has started, the first "tail marker" (attribution line,
 * section header of a related/comment/newsletter/weather box, a timestamped list item) ends the body and
 * everything after it is dropped — except an inline box of bare headlines followed by more body prose.
 */
import { fold } from '../text/fold.js';

export type NoiseKind =
  | 'dateline'
  | 'timestamp'
  | 'section-header'
  | 'related-item'
  | 'comment'
  | 'share'
  | 'newsletter'
  | 'weather'
  | 'notice'
  | 'caption'
  | 'navigation'
  | 'attribution'
  | 'tail';

export interface Dropped {
  text: string;
  kind: NoiseKind;
}

export interface CleanResult {
  body: string[];
  dropped: Dropped[];
  attribution?: string;
  datelines: string[];
}

// --- line shapes -------------------------------------------------------------------------------------

const DATE = String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?`;
const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH|GMT[+-]?\d*|\(GMT[+-]?\d*\)))?`;
const WEEKDAY_VI = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn)`;
const WEEKDAY_EN = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
const MONTH_EN = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

/** A line that is nothing but a date/time stamp, possibly with a weekday, "ngày", separators. */
const STAMP_LINE = new RegExp(
  String.raw`^(?:(?:cập nhật|đăng|ngày đăng|published|updated|posted|phát sóng|ngày phát sóng|broadcast|aired)\s*:?\s*)?` +
    String.raw`(?:(?:${WEEKDAY_VI}|${WEEKDAY_EN})\s*,?\s*)?(?:ngày\s+)?` +
    String.raw`(?:${DATE}|${TIME}|${MONTH_EN}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_EN}\s+\d{4})` +
    String.raw`(?:\s*[|,\-–—]?\s*(?:${DATE}|${TIME}|${MONTH_EN}\s+\d{1,2},?\s+\d{4}))*` +
    String.raw`(?:\s*\((?:GMT|UTC)[+-]?\d*\))?\s*$`,
  'iu',
);
const RELATIVE_STAMP =
  /^(?:(?:updated|cập nhật)\s*:?\s*)?\d+\s+(?:phút|giờ|ngày|tuần|tháng|năm|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:trước|ago)$/iu;

/** The pieces a stamp line is made of; a line with a date or time and nothing else is a stamp. */
const STAMP_PIECES = new RegExp(
  [
    String.raw`\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?`,
    DATE,
    TIME,
    String.raw`${MONTH_EN}\s*,?\s*\d{1,2}(?:/\d{4})?(?:st|nd|rd|th)?(?:,?\s*\d{4})?`,
    String.raw`\d{1,2}\s+${MONTH_EN}\s*,?\s*\d{4}`,
    String.raw`(?:ngày\s+)?\d{1,2}\s+tháng\s+(?:\d{1,2}|[\p{L}]+)(?:\s*,?\s*(?:năm\s+)?\d{4})?`,
    String.raw`tháng\s+[\p{L}\d]+\s+\d{1,2},?\s+\d{4}`,
    WEEKDAY_VI,
    WEEKDAY_EN,
    String.raw`\(?(?:GMT|UTC)\s*[+-]?\s*\d*\)?|\b(?:EDT|EST|ICT|PST|PDT|CET)\b|\b(?:am|pm|a\.m\.|p\.m\.)`,
    String.raw`(?:last updated|last modified|cập nhật lần cuối|cập nhật|ngày đăng|đăng ngày|đăng|published|updated|posted(?: on)?|phát sóng|broadcast|aired|lúc|ngày|at|on)\s*:?`,
    String.raw`[|,.\-–—/:·•()]`,
  ].join('|'),
  'giu',
);
const HAS_DATE_OR_TIME = new RegExp(
  String.raw`\d{1,2}[:h]\d{2}|\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}-\d{2}|${MONTH_EN}\s*,?\s*\d|\d\s+${MONTH_EN}|\d{1,2}\s+tháng|tháng\s+[\p{L}\d]+\s+\d{1,2},?\s+\d{4}`,
  'iu',
);

/** The same pattern for text without diacritics ("Thu Tu | 20/06/2012", "Cap nhat: 08:12"). */
function folded(re: RegExp): RegExp {
  return new RegExp(
    fold(re.source)
      .replace(/\\p\{l\}/g, '\\p{L}')
      .replace(/\\p\{lu\}/g, '\\p{Lu}'),
    re.flags,
  );
}
const STAMP_LINE_F = folded(STAMP_LINE);
const RELATIVE_STAMP_F = folded(RELATIVE_STAMP);
const STAMP_PIECES_F = folded(STAMP_PIECES);
const HAS_DATE_OR_TIME_F = folded(HAS_DATE_OR_TIME);

function stampShaped(line: string, whole: RegExp, relative: RegExp, hasDate: RegExp, pieces: RegExp): boolean {
  if (whole.test(line) || relative.test(line)) return true;
  if (!hasDate.test(line)) return false;
  return line.replace(pieces, ' ').trim() === '';
}

export function isStampLine(line: string): boolean {
  if (line.length > 80) return false;
  return (
    stampShaped(line, STAMP_LINE, RELATIVE_STAMP, HAS_DATE_OR_TIME, STAMP_PIECES) ||
    stampShaped(fold(line), STAMP_LINE_F, RELATIVE_STAMP_F, HAS_DATE_OR_TIME_F, STAMP_PIECES_F)
  );
}

/** Headers that open a box of page furniture. Matched on folded text, whole line. */
const SECTION_HEADERS = new RegExp(
  '^(?:' +
    [
      'xem them',
      'doc them',
      'tin lien quan',
      'bai lien quan',
      'tin cung chuyen muc',
      'tin khac',
      'cac tin khac',
      'tin moi(?: nhat)?',
      'tin doc nhieu',
      'doc nhieu(?: nhat)?',
      'xem nhieu(?: nhat)?',
      'tin noi bat',
      'co the ban quan tam',
      'ban co the quan tam',
      'tin tuc lien quan',
      'bai viet lien quan',
      'chu de lien quan',
      'cung chuyen muc',
      'tin cung loai',
      'bai viet cung chuyen muc',
      'tin bai cung chuyen muc',
      'cac tin da dua',
      'tin da dua',
      'de xuat',
      'duong dan truy cap',
      'luu tru',
      'related articles',
      'related links',
      'skip to main content',
      'skip to content',
      'related(?: news| articles| stories| content)?',
      'read more',
      'more news',
      'more stories',
      'you may also like',
      'recommended',
      'most read',
      'most popular',
      'latest news',
      'see also',
      'further reading',
      'thong tin can biet',
      'thoi tiet',
      'weather',
      'du bao thoi tiet',
      'binh luan',
      'y kien ban doc',
      'y kien',
      'comments?',
      'leave a comment',
      'viet binh luan(?: moi)?',
      'gui binh luan',
      'ban doc binh luan',
      'dang binh luan',
      'tra loi',
      'dang ky nhan tin',
      'dang ky nhan ban tin',
      'nhan ban tin',
      'newsletter',
      'subscribe',
      'sign up',
      'tags?',
      'tu khoa',
      'chia se',
      'share(?: this)?',
      'theo doi chung toi',
      'follow us',
      'quang cao',
      'advertisement',
      'video',
      'multimedia',
      'podcast',
      'infographics?',
      'anh',
      'photo',
      'len dau trang',
      'back to top',
      'in bai',
      'print',
    ].join('|') +
    ')\\s*[:.!>»›]*\\s*(?:\\(\\d+\\))?$',
);

export function isSectionHeader(line: string): boolean {
  if (line.length > 60) return false;
  if (
    SECTION_HEADERS.test(
      fold(line)
        .replace(/[^\p{L}\p{N}()]+/gu, ' ')
        .trim(),
    )
  )
    return true;
  // A short all-capitals line that is not a sentence: "THÔNG TIN CẦN BIẾT", "TIN MỚI".
  const letters = line.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 4 &&
    line.length <= 40 &&
    letters === letters.toUpperCase() &&
    !/[.!?]$/.test(line) &&
    /\s/.test(line.trim())
  );
}

const COMMENT_LINE =
  /^(?:trả lời|thích|báo vi phạm|gửi|hủy|reply|like|report|\d+\s+(?:thích|likes?|bình luận|comments?|lượt xem|views?))(?:\s*[|·•]\s*.*)?$|bình luận\s*\(\d+\)|^(?:họ (?:và )?tên|email|e-mail|mã xác nhận|đăng nhập|login|log in)\s*[:*]?\s*$|(?:vui lòng|hãy)\s+(?:gõ|nhập|viết)\s+(?:tiếng việt|bình luận)|ý kiến (?:của )?bạn|your comment|be the first to comment/iu;
const SOCIAL_TWICE =
  /(?:facebook|twitter|zalo|linkedin|e-?mail|telegram|whatsapp|reddit|pinterest)[\s\S]*(?:facebook|twitter|zalo|linkedin|e-?mail|telegram|whatsapp|reddit|pinterest)/i;
const SHARE_LINE =
  /^(?:(?:chia sẻ|share)(?: (?:this|bài viết|bài này)(?: page| article| story)?)?|tags?|từ khóa|từ khoá|keywords?|in bài|print|gửi bài|email|lưu|save|copy link|sao chép)\s*[:|]|^(?:facebook|twitter|zalo|linkedin|email|telegram|x|in|print)(?:\s*[|,·•/]\s*(?:facebook|twitter|zalo|linkedin|email|telegram|x|in|print|\d+))+\s*$|^(?:chia sẻ|share|tweet|like)$/iu;
const NEWSLETTER_LINE =
  /đăng ký (?:nhận|để nhận)|nhận bản tin|bản tin (?:hàng ngày|mỗi ngày)|newsletter|subscribe (?:to|now|for)|sign up for|tải (?:ứng dụng|app)|download (?:our|the) app|theo dõi (?:chúng tôi|báo|kênh)|follow us on/iu;
const NOTICE_LINE =
  /kính gửi (?:quý )?(?:độc giả|bạn đọc)|quý độc giả|bạn đọc thân mến|dear readers|ngừng xuất bản|tạm ngừng|bản quyền|©|copyright|all rights reserved|giấy phép (?:số|hoạt động)|tổng biên tập|tòa soạn|toà soạn|hotline|liên hệ quảng cáo|ghi rõ nguồn|không được sao chép|cơ quan chủ quản|terms of (?:use|service)|privacy policy|chính sách bảo mật/iu;
// "Ảnh: TTXVN", "(Ảnh minh họa)", and a short caption sentence closed by its credit: "Quang cảnh hội nghị. (Ảnh: TTXVN)".
const CAPTION_LINE =
  /^(?:\(?(?:ảnh|photo|video|clip|nguồn ảnh|đồ họa|infographic)\s*(?:minh họa|minh hoạ)?\s*[:：)]|\((?:ảnh|photo)[^)]*\)$|.{0,200}\((?:ảnh|photo|nguồn ảnh)\s*[:：][^()]{1,60}\)\.?$|.{0,200}[.!]\s+(?:ảnh|photo)\s*[:：]\s*[^.]{1,60}$)/iu;
// Segments joined by > » › | or a "/" that is not inside a date ("22/1/2015"); a breadcrumb ends without a full stop.
const NAV_LINE = /^[^>»›|/]{1,30}(?:(?:\s*[>»›|]\s*|\s*(?<!\d)\/(?!\d)\s*)[^>»›|/]{1,30}){2,}(?<![.!?…])$/u;
const WEATHER_WORDS =
  /(?<!\p{L})(?:mưa|dông|giông|mây|nắng|gió|độ ẩm|nhiệt độ|sương mù|rét|áp thấp|rain|cloudy|sunny|humidity|temperature|thunderstorms?|wind)(?!\p{L})|°\s*[cf](?!\p{L})|\d+\s*(?:độ c|°)/giu;
// "Theo VOV.VN", "Nguồn: TTXVN", "By …"; "Bài/Tin (và ảnh): …" only with the colon ("Tin biển …" is a headline).
const ATTRIBUTION_LINE =
  /^(?:(?:theo|nguồn|source|by)\s*[:：]?|(?:bài|tin)(?:\s*(?:,|và)\s*ảnh)?\s*[:：])\s*(.{2,60})$/iu;

/** "Theo VOV.VN" → "VOV.VN". A short line naming where the text comes from, not a sentence. */
export function attributionOf(line: string): string | undefined {
  if (line.length > 70) return undefined;
  const m = ATTRIBUTION_LINE.exec(line);
  if (!m) return undefined;
  const who = (m[1] ?? '').trim().replace(/[.)]+$/, '');
  // A sentence that merely starts with "Theo" ("Theo thông cáo của Bộ ..., tại hội nghị ...") is body.
  if (!who || who.split(/\s+/).length > 6 || /[,;]/.test(who)) return undefined;
  return who;
}

function weatherScore(line: string): number {
  return line.match(WEATHER_WORDS)?.length ?? 0;
}

/** "Quảng cáo: …", "ADVERTISEMENT — …", "[Sponsor message: …]": an advertisement in the text's flow. */
const AD_LINE =
  /^\[?\s*(?:quang cao|advertisement|advertising|sponsored|sponsor message|(?:break\s*[-–—:]\s*)?sponsor message)\s*[:–—-]/u;

export function noiseKindOf(line: string): NoiseKind | undefined {
  if (isStampLine(line)) return 'timestamp';
  if (line.length < 300 && AD_LINE.test(fold(line))) return 'notice';
  if (isSectionHeader(line)) return 'section-header';
  if (CAPTION_LINE.test(line)) return 'caption';
  if (NAV_LINE.test(line) && line.length < 120) return 'navigation';
  if (line.length < 200 && SHARE_LINE.test(line)) return 'share';
  if (line.length < 100 && SOCIAL_TWICE.test(line) && !/[.!?]$/.test(line)) return 'share';
  if (line.length < 300 && COMMENT_LINE.test(line)) return 'comment';
  if (line.length < 300 && NEWSLETTER_LINE.test(line)) return 'newsletter';
  if (NOTICE_LINE.test(line) && !/đối thoại|dialogue/iu.test(line)) return 'notice';
  if (weatherScore(line) >= 3 && line.length < 600 && !/đối thoại|dialogue|hai bên|hai nước/iu.test(line))
    return 'weather';
  return undefined;
}

const TERMINAL = /[.!?…"”»)]$/;

function isBodyProse(line: string): boolean {
  return TERMINAL.test(line) && line.split(/\s+/).length >= 15;
}

function isBareHeadline(line: string): boolean {
  return !TERMINAL.test(line) && line.split(/\s+/).length <= 25;
}

/**
 * Remove noise from paragraphs (title excluded). Returns the body paragraphs in order, what was dropped
 * and why, the attribution and any dateline found before the body.
 */
export function removeNoise(paragraphs: readonly string[]): CleanResult {
  const body: string[] = [];
  const dropped: Dropped[] = [];
  const datelines: string[] = [];
  let attribution: string | undefined;
  let i = 0;
  const n = paragraphs.length;
  const drop = (text: string, kind: NoiseKind) => dropped.push({ text, kind });
  /** Is there a timestamp line among paragraphs[from..to]? (a list of stamped items repeats them) */
  // Clamped: a negative index must not wrap round to the end of the page (slice(-3, -1) is the tail).
  const stampWithin = (from: number, to: number) =>
    to >= 0 && paragraphs.slice(Math.max(0, from), to + 1).some((p) => isStampLine(p));

  while (i < n) {
    const line = paragraphs[i] as string;
    const kind = noiseKindOf(line);
    const attr = attributionOf(line);

    // A lone date/time line is a dateline (or an update stamp): metadata, not body, and not the end of it.
    // Only stamps that repeat every few lines (a list of stamped headlines) mark page furniture.
    if (kind === 'timestamp' && !stampWithin(i + 2, i + 4) && !stampWithin(i - 3, i - 2)) {
      if (datelines.length === 0) datelines.push(line);
      drop(line, datelines[0] === line ? 'dateline' : 'timestamp');
      i++;
      continue;
    }

    if (attr !== undefined && (kind === undefined || kind === 'caption')) {
      attribution ??= attr;
      drop(line, 'attribution');
      i++;
      // An attribution after body prose closes the article: all that follows is page furniture.
      if (body.length >= 2) break;
      continue;
    }

    if (kind === 'timestamp' || kind === 'section-header') {
      // An inline "related" box: a header, a few bare headlines, then the body goes on.
      if (kind === 'section-header' && body.length > 0) {
        let j = i + 1;
        while (j < n && j - i <= 6 && isBareHeadline(paragraphs[j] as string) && !isStampLine(paragraphs[j] as string))
          j++;
        const next = paragraphs[j];
        const boxHasStamps = paragraphs.slice(i, j + 2).some((p) => isStampLine(p));
        if (next !== undefined && j > i + 1 && isBodyProse(next) && !boxHasStamps && noiseKindOf(next) === undefined) {
          drop(line, 'section-header');
          for (let k = i + 1; k < j; k++) drop(paragraphs[k] as string, 'related-item');
          i = j;
          continue;
        }
      }
      if (body.length > 0) break;
      // Furniture before the body (a "latest news" ticker): drop the stamp and its neighbours.
      drop(line, kind);
      i++;
      continue;
    }

    if (kind !== undefined) {
      drop(line, kind);
      i++;
      continue;
    }

    // A headline immediately followed by a timestamp is a list item, not body.
    const next = paragraphs[i + 1];
    const listItem = next !== undefined && isStampLine(next) && isBareHeadline(line) && stampWithin(i + 3, i + 5);
    if (listItem && body.length > 0) break;
    if (listItem) {
      drop(line, 'related-item');
      i++;
      continue;
    }

    body.push(line);
    i++;
  }
  for (; i < n; i++) drop(paragraphs[i] as string, 'tail');
  return { body, dropped, attribution, datelines };
}
