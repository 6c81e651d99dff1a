/**
 * /editions and /about per edition (sources, outlets, co-chairs) and the timeline image: a real PNG of the
 * expected size, well under Discord's upload limit, drawn with the bundled Vietnamese font, every text
 * escaped; named by the console text and the Discord payload (--json).
 */
import { renderAsync, Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { editionList, editionsAnswer } from '../../src/answer/all-editions.js';
import { answerInput } from '../../src/answer/engine.js';
import type { EditionListItem, EditionsAnswer } from '../../src/answer/types.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { attachmentRefs, renderAttachments } from '../../src/render/attachments.js';
import { renderDiscord } from '../../src/render/discord-payload.js';
import { renderText } from '../../src/render/text.js';
import { renderTimelinePng, svgToPng, timelineFontFiles, TIMELINE_ZOOM } from '../../src/render/timeline-png.js';
import { FONT_FAMILY, MAX_DRAWN, placeClass, timelineSvg, xmlText } from '../../src/render/timeline-svg.js';
import { richEditionArticles, richEditionCorpus } from '../fixtures/rich-editions.js';
import { cleanTemp, corpusOf, seedFiles } from '../fixtures/articles.js';

/** Discord's upload limit for a server without boosts. */
const DISCORD_LIMIT = 8 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG's IHDR chunk (which must come first). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const seeds = corpusOf(seedFiles());
afterAll(cleanTemp);
const rich = richEditionCorpus();
const item = (c: Corpus, n: number): EditionListItem => editionList(c).find((e) => e.edition === n) as EditionListItem;

describe('editions: sources, outlets and co-chairs per edition', () => {
  it('seeds: one source each, the 9th from VOV.VN, the 7th naming no outlet; 8 and 10 only mentioned', () => {
    expect(item(seeds, 9).sources).toEqual({ count: 1, outlets: [{ name: 'VOV.VN', count: 1 }], unnamed: 0 });
    expect(item(seeds, 7).sources).toEqual({ count: 1, outlets: [], unnamed: 1 });
    expect(item(seeds, 9).cochairs?.map((p) => [p.name, p.side])).toEqual([
      ['Hà Kim Ngọc', 'VN'],
      ['Tina Kaidanow', 'US'],
    ]);
    for (const n of [8, 10])
      expect([item(seeds, n).basis, item(seeds, n).sources?.count, item(seeds, n).mentionedIn]).toEqual([
        'mention',
        0,
        1,
      ]);
  });

  it('rich corpus: 14 editions; equal outlets grouped whatever their spelling, most articles first', () => {
    expect(editionList(rich).map((e) => e.edition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    // "vov.vn" and "VOV.VN" are one outlet, named as its first article wrote it.
    expect(item(rich, 2).sources).toEqual({
      count: 3,
      outlets: [
        { name: 'vov.vn', count: 2 },
        { name: 'VnExpress', count: 1 },
      ],
      unnamed: 0,
    });
    expect(item(rich, 6).sources).toEqual({ count: 2, outlets: [{ name: 'Quân đội Nhân dân', count: 1 }], unnamed: 1 });
    expect(item(rich, 7).sources?.count).toBe(5);
    expect(
      editionList(rich)
        .filter((e) => e.basis === 'mention')
        .map((e) => e.edition),
    ).toEqual([3, 13, 14]);
    expect([item(rich, 9).year, item(rich, 9).yearKind]).toEqual([2018, 'publication']);
    expect([item(rich, 13).year, item(rich, 13).yearKind]).toEqual([2023, 'planned']);
    // Each co-chair once although five articles name them.
    expect(item(rich, 7).cochairs?.map((p) => p.name)).toEqual(['Hà Kim Ngọc', 'Puneet Talwar']);
  });

  it('/editions and /about say per edition how many sources and from which outlets', () => {
    const vi = renderText(answerInput(seeds, '/editions').answer, { locale: 'vi' });
    expect(vi).toMatch(/Lần thứ 9 — 2018 \(năm đăng bài\) · Hà Nội · 1 nguồn: VOV\.VN/);
    expect(vi).toMatch(/Lần thứ 7 — .* · 1 nguồn \(không rõ cơ quan báo\)/);
    const en = renderText(answerInput(rich, '/editions').answer, { locale: 'en' });
    expect(en).toContain('Edition 2 — 2009 (meeting year) · Hà Nội · 3 sources: vov.vn (2), VnExpress');
    expect(en).toContain(
      'Edition 6 — 2013 (meeting year) · Washington D.C. · 2 sources: Quân đội Nhân dân, 1 with no outlet named',
    );
    expect(en).toMatch(/Edition 13 — 2023 \(planned\) · Washington D\.C\. · only mentioned in another article\n/);
    const about = renderText(answerInput(rich, '/about').answer, { locale: 'en' });
    expect(about).toContain(
      'Edition 7 — 2015 (meeting year) · Hà Nội · 5 sources: Nhân Dân, Thanh Niên, Tuổi Trẻ, VnExpress, VOV.VN',
    );
  });

  it('an outlet that is only punctuation is no outlet', () => {
    const [a] = richEditionArticles();
    const c = new Corpus([{ ...a!, source: { outlet: ' -- ' } }]);
    expect(item(c, 1).sources).toEqual({ count: 1, outlets: [], unnamed: 1 });
  });
});

describe('the timeline image', () => {
  it('names the file it would attach: console text and the Discord payload (--json)', () => {
    const { answer } = answerInput(seeds, '/editions');
    expect(renderText(answer, { locale: 'vi' })).toContain('📎 Ảnh đính kèm trên Discord: editions-timeline.png');
    expect(renderText(answer, { locale: 'en' })).toContain('📎 Attached on Discord: editions-timeline.png');
    const { payload } = renderDiscord(answer, { locale: 'en' });
    expect(payload.attachments).toEqual([
      { id: 0, filename: 'editions-timeline.png', description: expect.stringContaining('4 dialogue editions') },
    ]);
    // Other answers attach nothing.
    expect(
      renderDiscord(answerInput(seeds, '/dialogue 9').answer, { locale: 'en' }).payload.attachments,
    ).toBeUndefined();
    expect(renderText(answerInput(seeds, '/about').answer, { locale: 'en' })).not.toContain('📎');
    // A corpus that knows no edition has no timeline to draw.
    const empty = editionsAnswer(new Corpus([]));
    expect(empty.attachments).toBeUndefined();
    expect(attachmentRefs(empty, 'vi')).toEqual([]);
  });

  for (const [name, corpus, editions] of [
    ['seeds', seeds, 4],
    ['rich corpus', rich, 14],
  ] as const) {
    it(`${name}: a valid PNG of the SVG's size, well under Discord's limit, in both languages`, async () => {
      const answer = answerInput(corpus, '/editions').answer as EditionsAnswer;
      expect(answer.items).toHaveLength(editions);
      for (const locale of ['vi', 'en'] as const) {
        const [file, ...more] = await renderAttachments(answer, locale);
        expect(more).toEqual([]);
        expect(file?.filename).toBe('editions-timeline.png');
        expect(file?.contentType).toBe('image/png');
        const { width, height } = timelineSvg(answer.items, locale);
        expect(pngSize(file!.data)).toEqual({
          width: Math.round(width * TIMELINE_ZOOM),
          height: Math.round(height * TIMELINE_ZOOM),
        });
        expect(file!.data.length).toBeGreaterThan(10_000); // a drawn picture, not an empty canvas
        expect(file!.data.length).toBeLessThan(DISCORD_LIMIT / 8);
      }
    });
  }

  it('a corpus of a hundred editions draws the latest 30 and says so; the image stays small', async () => {
    const base = richEditionArticles();
    const many = new Corpus(
      Array.from({ length: 9 }, (_, k) =>
        base.map((a) => ({
          ...a,
          id: `${a.id}-${k}`,
          file: `${k}-${a.file}`,
          edition: (a.edition as number) + 12 * k,
        })),
      ).flat(),
    );
    const items = editionList(many);
    expect(items.length).toBeGreaterThanOrEqual(100);
    const { svg, height } = timelineSvg(items, 'en');
    expect(svg).toContain(`${items.length} editions in the corpus`);
    expect(svg).toContain(`the first ${items.length - MAX_DRAWN} not drawn`);
    expect(svg).toContain(`>${items.at(-1)!.edition}<`);
    expect(svg).not.toContain(`>${items.at(-MAX_DRAWN - 1)!.edition}<`);
    expect(height).toBe(timelineSvg(items.slice(-MAX_DRAWN), 'en').height);
    const png = await renderTimelinePng(items, 'en');
    expect(png.data.length).toBeLessThan(DISCORD_LIMIT / 8);
  });

  it('one render per edition list and language: a burst of /editions shares it', async () => {
    const items = editionList(rich);
    const first = renderTimelinePng(items, 'vi');
    expect(renderTimelinePng(items, 'vi')).toBe(first);
    expect(renderTimelinePng(items, 'en')).not.toBe(first);
    // A reloaded corpus is a new list: drawn anew.
    expect(renderTimelinePng(editionList(richEditionCorpus()), 'vi')).not.toBe(first);
    expect((await first).data.equals((await renderTimelinePng(editionList(richEditionCorpus()), 'vi')).data)).toBe(
      true,
    );
  });

  it('draws every edition with its year, place, co-chairs and source count; mentioned ones apart', () => {
    const { svg } = timelineSvg(editionList(rich), 'vi');
    for (const s of [
      '2008',
      'Hà Nội',
      'trực tuyến',
      'Trương Gia Bảo',
      'Taylor Brennan',
      '5 nguồn',
      '2018*',
      '2023†',
      'nhắc đến trong 1 bài',
    ])
      expect(svg).toContain(s);
    // Mentioned editions: dashed cards and hollow dots (3 editions → 3 of each, plus the legend's dot).
    expect(svg.match(/<rect [^>]*stroke-dasharray/g)).toHaveLength(3);
    expect(svg.match(/<circle [^>]*fill="#ffffff"[^>]*stroke-dasharray/g)).toHaveLength(4);
    // One track per five editions.
    expect(timelineSvg(editionList(rich), 'vi').height).toBeGreaterThan(
      timelineSvg(editionList(seeds), 'vi').height * 1.8,
    );
  });

  it('classifies the usual venues whatever their spelling', () => {
    expect(
      [
        'Hà Nội',
        'HA NOI',
        'Hanoi',
        'Washington D.C.',
        'Washington DC',
        'trực tuyến',
        'online',
        'Honolulu',
        undefined,
      ].map(placeClass),
    ).toEqual(['hanoi', 'hanoi', 'hanoi', 'washington', 'washington', 'online', 'online', 'other', 'unknown']);
  });

  it('escapes every text: markup, quotes, control characters and lone surrogates cannot break the SVG', async () => {
    expect(xmlText(`<b a="1">&'\u0001\uD800x`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&apos;\uFFFD\uFFFDx');
    const [a] = richEditionArticles();
    const hostile = new Corpus([
      {
        ...a!,
        location: '</text><script>alert(1)</script>',
        cochairs: [{ name: 'A & B "C" \u0007 \uDC00', title: '', side: 'VN', paragraph: 1 }],
      },
    ]);
    const { svg } = timelineSvg(editionList(hostile), 'en');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    const png = await renderTimelinePng(editionList(hostile), 'en');
    expect(pngSize(png.data).width).toBe(png.width);
  });

  it('long names are shortened or narrowed to their card, never left to spill', () => {
    const { svg } = timelineSvg(editionList(rich), 'en');
    // 'Alexandra Montgomery-Whitfield' does not fit a card at 15 px.
    expect(svg).not.toContain('>Alexandra Montgomery-Whitfield<');
    expect(svg).toMatch(/>Alexandra Montgom[^<]*…</);
  });

  it('Vietnamese is drawn with the bundled font (not a system font): diacritics above and below, đ', async () => {
    expect(timelineFontFiles()).toHaveLength(4);
    const box = (s: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="120" font-family="${FONT_FAMILY}" font-size="80">${s}</text></svg>`;
      const b = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: timelineFontFiles() } }).getBBox();
      return { width: b?.width ?? 0, height: b?.height ?? 0 };
    };
    // "ộ" has a circumflex and acute above and a dot below: taller than "o"; a missing glyph would be a
    // .notdef box of the same size for both.
    expect(box('ộ').height).toBeGreaterThan(box('o').height * 1.6);
    expect(box('Đ').width).toBeGreaterThan(box('D').width);

    // The same SVG with no font at all draws no text: the ink comes from the bundled font.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" fill="#fff"/><text x="8" y="44" font-size="32">Đối thoại lần thứ</text></svg>`;
    const ink = async (fonts: boolean) => {
      const image = await renderAsync(svg, {
        font: { loadSystemFonts: false, fontFiles: fonts ? timelineFontFiles() : [], defaultFontFamily: FONT_FAMILY },
      });
      const px = image.pixels;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if ((px[i] as number) < 128) dark++;
      return dark;
    };
    expect(await ink(false)).toBe(0);
    expect(await ink(true)).toBeGreaterThan(500);
    // And svgToPng's own switch: without fonts the timeline renders (no crash) but differs.
    const s = timelineSvg(editionList(seeds), 'vi').svg;
    expect((await svgToPng(s, { fonts: false })).data.equals((await svgToPng(s)).data)).toBe(false);
  });
});
