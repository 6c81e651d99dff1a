/**
 * What the bot says about itself rather than about the corpus — refusals, statuses, apologies, the console
 * banner — in Vietnamese and English. `en` is typed by `vi`: a sentence missing in one language is a
 * compile error, not a blank reply.
 */
import type { Locale } from '../answer/types.js';

const vi = {
  cooldown: (s: number) => `Bạn đang hỏi hơi nhanh — vui lòng thử lại sau ${s} giây.`,
  error: 'Xin lỗi, đã có lỗi khi trả lời câu này. Lỗi đã được ghi lại; bạn thử lại sau nhé.',
  expired: 'Kết quả này đã hết hạn; hãy hỏi lại.',
  /** The refusal of an owner-only command, by command name. */
  ownerOnly: {
    reload: 'Chỉ chủ bot mới được nạp lại kho dữ liệu.',
    add: 'Chỉ chủ bot mới được thêm bài vào kho.',
    other: 'Chỉ chủ bot mới được dùng lệnh này.',
  },
  reloaded: (articles: number, editions: number) => `Đã nạp lại: ${articles} bài, ${editions} lần đối thoại.`,
  reloadFailed: (why: string) => `Nạp lại thất bại; kho cũ vẫn đang phục vụ: ${why}`,
  addNeedsLink: 'Hãy đưa đường liên kết http hoặc https của bài báo.',
  addedCount: (articles: number) => `Kho hiện có ${articles} bài.`,
  addedNotListed: 'Đã lưu, nhưng kho vừa nạp lại không có bài này; xem nhật ký của bot.',
  addedReloadFailed: (why: string) => `Đã lưu, nhưng nạp lại thất bại; kho cũ vẫn phục vụ: ${why}`,
  /** An autocomplete choice for an edition. */
  editionChoice: (n: number) => `Lần thứ ${n}`,
  consoleBanner: (articles: number, editions: number) =>
    `Bảng điều khiển cục bộ (chưa đặt DISCORD_TOKEN nên không dùng Discord): ${articles} bài, ${editions} lần đối thoại. ` +
    'Gõ /dialogue 9, /topic an-ninh-biển, /search …, /editions, /about hoặc một câu hỏi; /add <liên kết hoặc tệp>; /locale en|vi; /quit để thoát.',
  consoleLocale: (l: Locale) => `ngôn ngữ: ${l}`,
  consoleSorry: (why: string) => `Xin lỗi, không trả lời được câu này (${why}).`,
  consoleAddNeedsInput: 'Hãy đưa một liên kết hoặc một tệp: /add https://…',
  consoleCorpusNow: (articles: number, editions: number) => `(giờ có ${articles} bài, ${editions} lần đối thoại)`,
};

export type Replies = typeof vi;

const en: Replies = {
  cooldown: (s) => `You are asking a little fast — please try again in ${s} s.`,
  error: 'Sorry, something went wrong while answering. It has been logged; please try again later.',
  expired: 'This result has expired; please ask again.',
  ownerOnly: {
    reload: 'Only the bot owner may reload the corpus.',
    add: 'Only the bot owner may add articles.',
    other: 'Only the bot owner may use this command.',
  },
  reloaded: (articles, editions) => `Reloaded: ${articles} articles, ${editions} editions.`,
  reloadFailed: (why) => `Reload failed; the previous corpus stays in service: ${why}`,
  addNeedsLink: 'Give the article’s http or https link.',
  addedCount: (articles) => `The corpus now has ${articles} articles.`,
  addedNotListed: 'Stored, but the reloaded corpus does not list it; see the bot log.',
  addedReloadFailed: (why) => `Stored, but the reload failed; the previous corpus stays in service: ${why}`,
  editionChoice: (n) => `Edition ${n}`,
  consoleBanner: (articles, editions) =>
    `Local console (no DISCORD_TOKEN set, so Discord is not used): ${articles} articles, ${editions} editions. ` +
    'Type /dialogue 9, /topic an-ninh-biển, /search …, /editions, /about or a plain question; /add <link or file>; /locale en|vi; /quit to leave.',
  consoleLocale: (l) => `locale: ${l}`,
  consoleSorry: (why) => `Sorry, that could not be answered (${why}).`,
  consoleAddNeedsInput: 'Give a link or a file: /add https://…',
  consoleCorpusNow: (articles, editions) => `(${articles} articles, ${editions} editions now)`,
};

const BY_LOCALE: Record<Locale, Replies> = { vi, en };

export function replies(locale: Locale): Replies {
  return BY_LOCALE[locale];
}

/** The refusal of an owner-only command, in the user's language. */
export function ownerOnlyText(locale: Locale, command: string): string {
  const o = replies(locale).ownerOnly;
  return command === 'reload' || command === 'add' ? o[command] : o.other;
}
