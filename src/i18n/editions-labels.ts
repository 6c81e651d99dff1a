/** The words of the editions timeline image and of the per-edition source notes, in Vietnamese and English. */
import type { Locale } from '../answer/types.js';

const vi = {
  imageTitle: 'Đối thoại Chính trị – An ninh – Quốc phòng Việt Nam – Hoa Kỳ',
  imageSubtitle: (editions: number, articles: number) =>
    `${editions} lần đối thoại trong kho dữ liệu · ${articles} bài về các lần này`,
  omitted: (n: number) => `${n} lần đầu không vẽ`,
  noYear: 'chưa rõ năm',
  noPlace: 'chưa rõ nơi họp',
  noCochairs: 'chưa rõ đồng chủ trì',
  sourceCount: (n: number) => `${n} nguồn`,
  mentionedIn: (n: number) => (n > 0 ? `nhắc đến trong ${n} bài` : 'chỉ được nhắc đến'),
  more: (n: number) => `+${n} người nữa`,
  legendHanoi: 'Hà Nội',
  legendWashington: 'Washington',
  legendOnline: 'trực tuyến',
  legendOther: 'nơi khác / chưa rõ',
  legendMention: 'chỉ được nhắc đến (chưa có bài riêng)',
  legendPublication: '* năm đăng bài (không rõ ngày họp)',
  legendPlanned: '† năm dự kiến (từ bài khác)',
  /** The alt text sent with the image. */
  alt: (n: number) => `Dòng thời gian ${n} lần đối thoại: năm, nơi họp, đồng chủ trì, số nguồn`,
  /** The console's line for the file the bot would attach. */
  attachment: (file: string) => `📎 Ảnh đính kèm trên Discord: ${file} (dòng thời gian các lần đối thoại)`,
  /** Per edition, after year and place. */
  sources: (n: number, outlets: string) => (outlets ? `${n} nguồn: ${outlets}` : `${n} nguồn`),
  unnamed: (n: number) => `${n} không rõ cơ quan báo`,
  noOutlet: 'không rõ cơ quan báo',
};

export type EditionsLabels = typeof vi;

const en: EditionsLabels = {
  imageTitle: 'Vietnam–US Political, Security and Defense Dialogue',
  imageSubtitle: (editions, articles) => `${editions} editions in the corpus · ${articles} articles about them`,
  omitted: (n) => `the first ${n} not drawn`,
  noYear: 'year unknown',
  noPlace: 'place unknown',
  noCochairs: 'co-chairs unknown',
  sourceCount: (n) => `${n} source${n === 1 ? '' : 's'}`,
  mentionedIn: (n) => (n > 0 ? `mentioned in ${n} article${n === 1 ? '' : 's'}` : 'only mentioned'),
  more: (n) => `+${n} more`,
  legendHanoi: 'Hà Nội',
  legendWashington: 'Washington',
  legendOnline: 'online',
  legendOther: 'elsewhere / unknown',
  legendMention: 'only mentioned (no article of its own)',
  legendPublication: '* publication year (meeting date not given)',
  legendPlanned: '† planned year (from another article)',
  alt: (n) => `Timeline of ${n} dialogue editions: year, place, co-chairs, number of sources`,
  attachment: (file) => `📎 Attached on Discord: ${file} (timeline of the editions)`,
  sources: (n, outlets) =>
    outlets ? `${n} source${n === 1 ? '' : 's'}: ${outlets}` : `${n} source${n === 1 ? '' : 's'}`,
  unnamed: (n) => `${n} with no outlet named`,
  noOutlet: 'outlet not named',
};

export function editionsLabels(locale: Locale): EditionsLabels {
  return locale === 'en' ? en : vi;
}
