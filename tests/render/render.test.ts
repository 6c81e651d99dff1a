import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import type { Answer, EditionAnswer, Locale } from '../../src/answer/types.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { embedLength } from '@discordjs/builders';
import { LIMITS, clip, renderDiscord, renderDocument, type DiscordPayload } from '../../src/render/discord-payload.js';
import type { Doc } from '../../src/render/discord-payload.js';
import { formatDate, formatDays, safe } from '../../src/render/format.js';
import { documentText, renderText } from '../../src/render/text.js';
import {
  ENGLISH_NOTE,
  NINE,
  SEED7,
  SEED9,
  SEED9_FILE,
  UNRELATED,
  blocks,
  cleanTemp,
  corpusOf,
  crlf,
  nfd,
  seedFiles,
} from '../fixtures/articles.js';

afterAll(cleanTemp);

/** Every Discord limit on one message payload. */
function expectWithinLimits(p: DiscordPayload, label: string) {
  expect(p.allowed_mentions.parse, label).toEqual([]);
  expect(p.allowed_mentions.replied_user, label).toBe(false);
  expect(p.content.length, label).toBeLessThanOrEqual(LIMITS.content);
  expect(p.embeds.length, label).toBeGreaterThanOrEqual(1);
  expect(p.embeds.length, label).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const e of p.embeds) {
    expect(e.title.length, label).toBeGreaterThan(0);
    expect(e.title.length, label).toBeLessThanOrEqual(256);
    expect(e.description?.length ?? 0, label).toBeLessThanOrEqual(4096);
    expect(e.fields.length, label).toBeLessThanOrEqual(25);
    for (const f of e.fields) {
      expect(f.name.length, label).toBeGreaterThan(0);
      expect(f.name.length, label).toBeLessThanOrEqual(256);
      expect(f.value.length, label).toBeGreaterThan(0);
      expect(f.value.length, label).toBeLessThanOrEqual(1024);
    }
    expect(e.footer?.text.length ?? 0, label).toBeLessThanOrEqual(2048);
    total += embedLength(e);
  }
  expect(total, label).toBeLessThanOrEqual(6000);
  for (const row of p.components) {
    expect(row.components.length, label).toBeLessThanOrEqual(5);
    for (const b of row.components) expect(b.custom_id.length, label).toBeLessThanOrEqual(LIMITS.customId);
  }
}

/** Render every page of an answer in a locale and check each payload. */
function checkAllPages(answer: Answer, locale: Locale, label: string): number {
  const first = renderDiscord(answer, { locale, pageKey: 'k' });
  for (let page = 0; page < first.pageCount; page++) {
    const r = renderDiscord(answer, { locale, page, pageKey: 'k' });
    expect(r.page).toBe(page);
    expectWithinLimits(r.payload, `${label} [${locale} page ${page + 1}/${first.pageCount}]`);
  }
  return first.pageCount;
}

const QUESTIONS = [
  '/dialogue 9',
  '/dialogue 7',
  '/dialogue 8',
  '/dialogue 10',
  '/dialogue 42',
  '/dialogue',
  '/topic an-ninh-biển',
  '/topic maritime security',
  '/topic nhân quyền',
  '/topic không có',
  '/search Biển Đông',
  '/search bien dong',
  '/search hai bên',
  '/search Tô Lâm',
  '/editions',
  '/about',
  '/help',
  '',
  '/foo',
  'Ai đồng chủ trì đối thoại lần thứ 9?',
  'ai dong chu tri doi thoai lan thu 9',
  'Who co-chaired the 7th dialogue?',
  'Đối thoại lần thứ 7 diễn ra khi nào?',
  'What was agreed at the 9th dialogue?',
  'Which agencies took part in the 9th dialogue?',
  'Hai bên bàn gì về Biển Đông?',
  'James Mattis',
  'Lần đối thoại tiếp theo diễn ra ở đâu?',
];

describe('every Discord payload respects the limits', () => {
  const seeds = corpusOf({ ...seedFiles(), 'en.txt': ENGLISH_NOTE, 'unrelated.txt': UNRELATED });
  for (const q of QUESTIONS) {
    it(`"${q}"`, () => {
      const { answer } = answerInput(seeds, q);
      checkAllPages(answer, 'vi', q);
      checkAllPages(answer, 'en', q);
    });
  }
});

describe('large answers are paged, every page within the limits', () => {
  /** 40 reports of the 9th, each naming a different US co-chair, with very long paragraphs. */
  const big: Corpus = (() => {
    const files: Record<string, string> = { ...seedFiles() };
    const long = `${NINE.body[10]} `.repeat(12).trim();
    for (let i = 0; i < 40; i++) {
      const name = `Jane ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[i % 10]}${i >= 26 ? 'son' : 'ley'}`;
      const body = NINE.body.map((p, k) => (k === 0 ? p.replace('Tina Kaidanow', name) : k === 10 ? long : p));
      files[`v${String(i).padStart(2, '0')}.txt`] =
        i % 2 ? nfd(blocks(NINE.title, NINE.dateline, body)) : crlf(blocks(NINE.title, NINE.dateline, body));
    }
    return corpusOf(files);
  })();

  it('/dialogue 9 with 41 sources and 41 US co-chairs', () => {
    const { answer } = answerInput(big, '/dialogue 9');
    expect(answer.kind).toBe('edition');
    expect(checkAllPages(answer, 'vi', '/dialogue 9 big')).toBeGreaterThan(1);
    checkAllPages(answer, 'en', '/dialogue 9 big');
  });

  it('/search and /topic over the long paragraphs', () => {
    for (const q of [
      '/search Biển Đông',
      '/search bien dong hang hai',
      '/topic bien-dong',
      'Ai đồng chủ trì đối thoại lần thứ 9?',
      '/about',
      '/editions',
    ]) {
      const { answer } = answerInput(big, q);
      checkAllPages(answer, 'vi', q);
      checkAllPages(answer, 'en', q);
    }
  });

  it('paging buttons: custom ids, disabled ends, clamped page numbers', () => {
    const { answer } = answerInput(big, '/dialogue 9');
    const first = renderDiscord(answer, { locale: 'vi', pageKey: 'abc' });
    expect(first.pageCount).toBeGreaterThan(1);
    const [prev, next] = first.payload.components[0]?.components ?? [];
    expect(prev).toMatchObject({ custom_id: 'abc:-1', disabled: true });
    expect(next).toMatchObject({ custom_id: 'abc:1', disabled: false });
    const last = renderDiscord(answer, { locale: 'vi', pageKey: 'abc', page: 999 });
    expect(last.page).toBe(first.pageCount - 1);
    expect(last.payload.components[0]?.components[1]?.disabled).toBe(true);
    expect(last.payload.embeds[0]?.title).toContain(`(${first.pageCount}/${first.pageCount})`);
    expect(renderDiscord(answer, { locale: 'vi', page: -5 }).page).toBe(0);
    const longKey = renderDiscord(answer, { locale: 'vi', pageKey: 'x'.repeat(300) });
    expectWithinLimits(longKey.payload, 'long page key');
  });

  it('renderText prints the whole answer once: the last citation and the last source are in it, the footer once', () => {
    const { answer } = answerInput(big, '/dialogue 9 detail');
    const text = renderText(answer, { locale: 'vi' });
    expect(renderDiscord(answer, { locale: 'vi' }).pageCount).toBeGreaterThan(1);
    const a = answer as EditionAnswer;
    expect(text).toContain(a.sources.at(-1)?.file as string);
    const quotes = [...a.cochairs, ...a.places].flatMap((c) => c.cites.map((x) => x.quote));
    for (const q of quotes) expect(text).toContain(q);
    expect(text.match(/Mỗi dữ kiện kèm trích dẫn/g)).toHaveLength(1);
  });
});

describe('text from articles and users is inert', () => {
  const evil = blocks(
    'Đối thoại **chính trị** - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 11 @everyone <@123456789012345678> ' +
      'x'.repeat(300),
    'Thứ Hai, ngày 05/03/2019 | 08:30',
    'Tại Hà Nội, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc và Phó Trợ lý Ngoại trưởng Hoa Kỳ Tina Kaidanow đã đồng chủ trì Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 11. @here xem https://evil.example/`code` và [link](https://evil.example) ||spoiler|| ~~gạch~~ > trích __gạch dưới__ # tiêu đề',
  );
  const c = corpusOf({ 'evil.txt': evil });

  it('no mention can ping, no markdown or link survives, the long title is clipped', () => {
    const { answer } = answerInput(c, '/dialogue 11');
    expect(answer.kind).toBe('edition');
    for (const locale of ['vi', 'en'] as const) {
      const { payload } = renderDiscord(answer, { locale });
      expectWithinLimits(payload, `evil ${locale}`);
      const all = JSON.stringify(payload.embeds);
      expect(all).not.toMatch(/(?<!\\u200b)@everyone|(?<!\\u200b)@here/);
      expect(all).not.toContain('<@123456789012345678>');
      expect(all).not.toContain('https://evil');
      expect(all).not.toContain('[link](');
      expect(all).not.toMatch(/(?<!\\\\)\|\|spoiler/);
      expect(payload.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    }
    expect(renderText(answer, { locale: 'vi' })).toContain('Tina Kaidanow');
  });

  it('only the addressed user may be pinged, and only with a valid id', () => {
    const { answer } = answerInput(c, '/dialogue 11');
    const ok = renderDiscord(answer, { locale: 'vi', mentionUserId: '123456789012345678' }).payload;
    expect(ok.content).toBe('<@123456789012345678>');
    expect(ok.allowed_mentions).toEqual({ parse: [], users: ['123456789012345678'], replied_user: false });
    const bad = renderDiscord(answer, { locale: 'vi', mentionUserId: '@everyone' }).payload;
    expect(bad.content).toBe('');
    expect(bad.allowed_mentions.users).toEqual([]);
  });

  it('a user query is echoed safely in search results', () => {
    const { answer } = answerInput(c, '/search @everyone **Hà Nội**');
    const { payload } = renderDiscord(answer, { locale: 'vi' });
    expectWithinLimits(payload, 'search echo');
    expect(JSON.stringify(payload)).not.toMatch(/(?<!\\u200b)@everyone/);
  });
});

describe('a document bigger than any limit', () => {
  it('is cut and paged within every limit', () => {
    const line = (i: number) => `${i}. ${'Biển Đông '.repeat(40)}`;
    const doc: Doc = {
      title: 'T'.repeat(1000),
      description: Array.from({ length: 200 }, (_, i) => line(i)).join('\n'),
      sections: Array.from({ length: 40 }, (_, s) => ({
        name: `S${s} ${'n'.repeat(300)}`,
        lines: Array.from({ length: 12 }, (_, i) => line(i) + 'x'.repeat(s * 40)),
      })),
      footer: 'F'.repeat(3000),
      color: 0,
    };
    const first = renderDocument(doc, { locale: 'vi' });
    expect(first.pageCount).toBeGreaterThan(5);
    for (let page = 0; page < first.pageCount; page++)
      expectWithinLimits(renderDocument(doc, { locale: 'vi', page }).payload, `doc page ${page}`);
  });
});

describe('formatting helpers', () => {
  it('dates', () => {
    expect(formatDate('2015-01-22', 'vi')).toBe('22/01/2015');
    expect(formatDate('2015-01-22', 'en')).toBe('22 January 2015');
    expect(formatDays(['2015-01-22', '2015-01-23'], 'vi')).toBe('22–23/01/2015');
    expect(formatDays(['2015-01-22', '2015-01-23'], 'en')).toBe('22–23 January 2015');
    expect(formatDays(['2018-01-30', '2018-02-02'], 'vi')).toBe('30/01/2018 – 02/02/2018');
    expect(formatDays(['2018-02-01'], 'en')).toBe('1 February 2018');
    expect(formatDays([], 'vi')).toBe('');
  });

  it('safe escapes markdown, breaks mentions and links, keeps hyphens and brackets readable', () => {
    expect(safe('**a** _b_ `c` ~d~ |e| > f # g [h]')).toBe(
      '\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\~d\\~ \\|e\\| \\> f \\# g \\[h\\]',
    );
    expect(safe('an ninh - quốc phòng (2018)')).toBe('an ninh - quốc phòng (2018)');
    expect(safe('@everyone @here')).toBe('@\u200beveryone @\u200bhere');
    expect(safe('<@123> <@!456> <@&789> <#42>')).toBe('<\u200b@123\\> <\u200b@!456\\> <\u200b@&789\\> <\u200b\\#42\\>');
    expect(safe('https://x.example')).toBe('https:/\u200b/x.example');
    // The console prints corpus text exactly as written (it is rendered from the document, never from markdown).
    for (const t of ['**Hà Nội** [1]', 'a_b `c` | d > e # f', 'Biển Đông (UNCLOS) - 1982', '@everyone <@123>']) {
      expect(
        documentText({
          title: 'T',
          lead: [[t]],
          sections: [{ name: 'S', lines: [[{ strong: t }]] }],
          footer: '',
          color: 0,
        }),
      ).toBe(`== T ==\n${t}\n\nS:\n${t}`);
    }
  });

  it('safe leaves text alone only when no escape or neutralising rule applies to it', () => {
    const slow = (t: string) =>
      t
        .replace(/@(everyone|here)/gi, '@\u200b$1')
        .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>')
        .replace(/https?:\/\//gi, (m) => m.replace('//', '/\u200b/'))
        .replace(/[\\*_`~|>#[\]()-]/g, (c) => (c === '-' || c === '(' || c === ')' ? c : `\\${c}`));
    const piece = fc.constantFrom(
      '@everyone',
      '@HERE',
      '<@1>',
      '<#2>',
      'HTTP://',
      'https://',
      '*',
      '_',
      '`',
      '~',
      '|',
      '>',
      '#',
      '[',
      ']',
      '\\',
      '-',
      '(',
      'Biển',
      ' ',
      'a',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        ),
        (t) => {
          expect(safe(t)).toBe(slow(t));
        },
      ),
      { seed: 20_250_604, numRuns: 500 },
    );
  });

  it('clip stays within the limit, marks the cut and keeps bold balanced', () => {
    const text = `**${'Biển Đông '.repeat(50)}** tail`;
    for (const max of [10, 37, 100, 256]) {
      const out = clip(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith('…')).toBe(true);
      expect((out.match(/\*\*/g)?.length ?? 0) % 2).toBe(0);
    }
    expect(clip('ngắn', 10)).toBe('ngắn');
  });
});

describe('renderText of a small answer', () => {
  const seeds = corpusOf({ ...seedFiles() });
  it('is the Discord payload as plain text: no bold markers or escapes, footer once', () => {
    const text = renderText(answerInput(seeds, '/dialogue 7').answer, { locale: 'vi' });
    expect(text).not.toContain('**');
    expect(text).not.toContain('\\-');
    expect(text).toContain('Puneet Talwar');
    expect(text).toContain('003_8de8bd2695171769.txt');
    expect(text.trim().endsWith('Mỗi dữ kiện kèm trích dẫn từ kho bài báo; [n] chỉ tới trích dẫn.')).toBe(true);
  });

  it('NFD question, same reply as NFC', () => {
    const q = 'Ai đồng chủ trì đối thoại lần thứ 7?';
    expect(renderText(answerInput(seeds, q.normalize('NFD')).answer, { locale: 'vi' })).toBe(
      renderText(answerInput(seeds, q).answer, { locale: 'vi' }),
    );
  });

  it('quotes are NFC even when the file is NFD', () => {
    const c = corpusOf({ [SEED9_FILE]: nfd(SEED9), 'seven.txt': nfd(SEED7) });
    const text = renderText(answerInput(c, '/dialogue 9').answer, { locale: 'vi' });
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Hà Kim Ngọc');
  });
});
