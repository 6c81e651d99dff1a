/**
 * The slash commands' descriptions as Discord shows them in its command picker, in Vietnamese and English.
 * Each entry must have both (`satisfies`): a missing translation is a compile error. The English one is
 * also the default description (Discord requires one), and the 'en-US' localisation.
 */
import type { LocalizationMap } from 'discord-api-types/v10';

interface Described {
  vi: string;
  en: string;
}

export const COMMAND_TEXT = {
  about: {
    vi: 'Về bot: nguồn, cách trích dẫn, quy mô kho dữ liệu',
    en: 'About this bot: sources, how to cite, corpus size',
  },
  add: {
    vi: 'Chỉ chủ bot: thêm một bài báo vào kho từ đường liên kết',
    en: 'Owner only: add a news article to the corpus from its link',
  },
  addUrl: { vi: 'Địa chỉ của bài báo (http hoặc https)', en: 'The article’s address (http or https)' },
  ask: {
    vi: 'Đặt câu hỏi về các lần đối thoại (tiếng Việt hoặc tiếng Anh)',
    en: 'Ask a question about the dialogues (Vietnamese or English)',
  },
  askQuestion: { vi: 'ví dụ: ai đồng chủ trì đối thoại lần thứ 9?', en: 'e.g. who co-chaired the 9th dialogue?' },
  hide: { vi: 'Chỉ mình bạn thấy câu trả lời', en: 'Only you see the reply' },
  mention: {
    vi: 'Gửi câu trả lời tới một người (chỉ người đó được nhắc)',
    en: 'Address the reply to someone (they alone are pinged)',
  },
  dialogue: {
    vi: 'Tóm tắt một lần Đối thoại chính trị – an ninh – quốc phòng Việt Nam – Hoa Kỳ',
    en: 'Summary of one edition of the Vietnam–US political, security and defense dialogue',
  },
  dialogueEdition: { vi: 'Lần thứ mấy (ví dụ 9)', en: 'Which edition (e.g. 9)' },
  dialogueDetail: {
    vi: 'Mọi mục và toàn bộ trích dẫn (bản tóm tắt vừa một trang)',
    en: 'Every section and every quote (the summary fits one page)',
  },
  editions: { vi: 'Các lần đối thoại có trong kho dữ liệu', en: 'The editions of the dialogue in the corpus' },
  reload: {
    vi: 'Chỉ chủ bot: nạp lại kho bài báo mà không khởi động lại',
    en: 'Owner only: reload the article corpus without restarting',
  },
  search: {
    vi: 'Tìm toàn văn trong các bài (có dấu hay không dấu đều được)',
    en: 'Full-text search of the articles (with or without diacritics)',
  },
  searchQuery: { vi: 'Từ cần tìm', en: 'Words to look for' },
  topic: {
    vi: 'Các lần đối thoại đã bàn về một chủ đề, kèm trích dẫn',
    en: 'Which editions discussed a topic, with cited excerpts',
  },
  topicOption: {
    vi: 'Chủ đề, ví dụ an-ninh-biển, dioxin, Biển Đông',
    en: 'A topic, e.g. an-ninh-biển, dioxin, maritime security',
  },
} as const satisfies Record<string, Described>;

/** Discord's localisation map of one description. */
export function localizations(d: Described): LocalizationMap {
  return { vi: d.vi, 'en-US': d.en };
}
