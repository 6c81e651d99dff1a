import { describe, expect, it } from 'vitest';
import { attributionOf, isSectionHeader, isStampLine, noiseKindOf, removeNoise } from '../../src/parse/noise.js';
import { normalizeText, splitParagraphs } from '../../src/text/normalize.js';
import {
  BREADCRUMB,
  CAPTION,
  COMMENT_BOX,
  COPYRIGHT,
  NEWSLETTER,
  NINE,
  RELATED_INLINE,
  SEED9,
  SEED9_NOISE,
  SEVEN,
  SHARE_LINE,
  TAGS_LINE,
  WEATHER_BOX,
  blocks,
  nineWith,
  parse,
} from '../fixtures/articles.js';

describe('line shapes', () => {
  it('stamps: datelines, times, relative times; not sentences that contain a date', () => {
    for (const s of [
      'Thứ Năm, ngày 01/02/2018 | 08:30',
      '07:55 30/06/2025',
      '30/06/2025',
      'Cập nhật: 08:30 01/02/2018',
      '3 giờ trước',
      'January 31, 2018',
      'Thứ Hai, 03/06/2024 09:15 (GMT+7)',
    ]) {
      expect(isStampLine(s), s).toBe(true);
    }
    for (const s of ['Hội nghị thường niên lần thứ 7 diễn ra từ ngày 22 tới 23/1.', 'Hà Nội', '2018 là năm bản lề']) {
      expect(isStampLine(s), s).toBe(false);
    }
  });

  it('section headers, in any case and with or without diacritics', () => {
    for (const s of [
      'Xem thêm',
      'TIN LIÊN QUAN',
      'Tin liên quan:',
      'Bình luận (3)',
      'Thời tiết',
      'THÔNG TIN CẦN BIẾT',
      'Đọc nhiều nhất',
      'Tags',
      'Related news',
      'binh luan',
    ]) {
      expect(isSectionHeader(s), s).toBe(true);
    }
    for (const s of [
      'Hà Nội',
      'Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9',
      'Hai bên nhất trí.',
    ]) {
      expect(isSectionHeader(s), s).toBe(false);
    }
  });

  it('attribution lines, not sentences that start with "Theo"', () => {
    expect(attributionOf('Theo VOV.VN')).toBe('VOV.VN');
    expect(attributionOf('Nguồn: TTXVN')).toBe('TTXVN');
    expect(
      attributionOf('Theo thông cáo của Bộ Ngoại giao Việt Nam, tại hội nghị, các đại biểu thảo luận.'),
    ).toBeUndefined();
    expect(attributionOf('Theo kế hoạch đã thống nhất, vòng đàm phán được tổ chức tại Washington.')).toBeUndefined();
  });

  it('"Bài:" / "Tin:" bylines need their colon; a headline that starts with "Bài"/"Tin" is not one', () => {
    expect(attributionOf('Bài và ảnh: Minh Anh')).toBe('Minh Anh');
    expect(attributionOf('Tin, ảnh: Thu Hà')).toBe('Thu Hà');
    expect(attributionOf('Tin: Thu Hà')).toBe('Thu Hà');
    expect(attributionOf('Tin biển đảo Việt - Mỹ')).toBeUndefined();
    expect(attributionOf('Bài toán an ninh trên Biển Đông')).toBeUndefined();
    const a = parse(blocks('Bài toán an ninh trên Biển Đông', NINE.body));
    expect(a.title).toBe('Bài toán an ninh trên Biển Đông');
    expect(a.paragraphs).toEqual(NINE.body);
  });

  it('classifies each kind of furniture', () => {
    // Pipe-separated share links look like a breadcrumb too: either kind drops them.
    expect(['share', 'navigation']).toContain(noiseKindOf(SHARE_LINE));
    expect(['share', 'navigation']).toContain(noiseKindOf('Facebook | Twitter | Zalo'));
    expect(noiseKindOf(TAGS_LINE)).toBe('share');
    expect(noiseKindOf(NEWSLETTER)).toBe('newsletter');
    expect(noiseKindOf(CAPTION)).toBe('caption');
    expect(noiseKindOf('(Ảnh minh họa)')).toBe('caption');
    expect(noiseKindOf(COPYRIGHT)).toBe('notice');
    expect(noiseKindOf('Copyright © 2018 VOV.VN. All rights reserved.')).toBe('notice');
    expect(noiseKindOf('Trả lời | Thích')).toBe('comment');
    expect(noiseKindOf('2 thích')).toBe('comment');
    expect(noiseKindOf('Nhiều mây, có mưa, có nơi mưa vừa, mưa to và rải rác có dông. Gió tây nam cấp 3.')).toBe(
      'weather',
    );
    expect(noiseKindOf('Kính gửi Quý độc giả thân yêu !')).toBe('notice');
  });

  it('a breadcrumb is navigation, whatever its capitals', () => {
    expect(noiseKindOf(BREADCRUMB)).toBe('navigation');
    expect(noiseKindOf('Trang chủ » Thế giới » Châu Á')).toBe('navigation');
    expect(noiseKindOf('trang chủ / thời sự / chính trị')).toBe('navigation');
    expect(noiseKindOf('Home > News > Politics')).toBe('navigation');
  });

  it("a short body sentence with a full date is not a breadcrumb (the date's slashes are not separators)", () => {
    for (const s of [
      'Đối thoại diễn ra ngày 22/1/2015.',
      'Hai bên họp ngày 22/1/2015.',
      'Hội nghị lần thứ 7 (22-23/1/2015)',
      'Bộ Ngoại giao / Bộ Quốc phòng / Bộ Công an đều tham gia.',
    ]) {
      expect(noiseKindOf(s), s).toBeUndefined();
    }
    const a = parse(
      blocks(NINE.title, NINE.dateline, NINE.body.slice(0, 3), 'Đối thoại diễn ra ngày 31/1/2018.', NINE.body.slice(3)),
    );
    expect(a.paragraphs).toContain('Đối thoại diễn ra ngày 31/1/2018.');
    expect(a.paragraphs).toHaveLength(NINE.body.length + 1);
  });

  it('a photo caption that ends in "(Ảnh: …)" is a caption', () => {
    expect(noiseKindOf('Quang cảnh cuộc đối thoại. (Ảnh: TTXVN)')).toBe('caption');
    expect(noiseKindOf('Thứ trưởng Hà Kim Ngọc phát biểu tại đối thoại (Photo: VOV)')).toBe('caption');
  });

  it('body prose of the seeds is never classified as furniture', () => {
    for (const p of [...NINE.body, ...SEVEN.body]) expect(noiseKindOf(p), p.slice(0, 60)).toBeUndefined();
  });
});

describe('removeNoise on the 9th seed', () => {
  const paras = splitParagraphs(normalizeText(SEED9));
  const clean = removeNoise(paras.slice(1));

  it('keeps exactly the 12 body paragraphs, in order', () => {
    expect(clean.body).toEqual(NINE.body);
    expect(clean.body).toHaveLength(12);
  });

  it('finds the dateline and the attribution', () => {
    expect(clean.datelines).toEqual(['Thứ Năm, ngày 01/02/2018 | 08:30']);
    expect(clean.attribution).toBe('VOV.VN');
    expect(clean.dropped[0]).toEqual({ text: 'Thứ Năm, ngày 01/02/2018 | 08:30', kind: 'dateline' });
    expect(clean.dropped[1]).toEqual({ text: 'Theo VOV.VN', kind: 'attribution' });
  });

  it('drops the whole related-news tail, weather box and the closing paper notice', () => {
    const dropped = clean.dropped.map((d) => d.text).join('\n');
    for (const s of SEED9_NOISE) expect(dropped).toContain(s);
    expect(clean.body.join('\n')).not.toMatch(new RegExp(SEED9_NOISE.join('|')));
    expect(clean.body.length + clean.dropped.length).toBe(paras.length - 1);
  });
});

describe('other furniture around the 9th article', () => {
  const expectBody = (raw: string, extra: (a: ReturnType<typeof parse>) => void = () => undefined) => {
    const a = parse(raw);
    expect(a.title).toBe(NINE.title);
    expect(a.paragraphs).toEqual(NINE.body);
    expect(a.published).toBe('2018-02-01');
    expect(a.edition).toBe(9);
    expect(a.cochairs.map((c) => c.name)).toEqual(['Hà Kim Ngọc', 'Tina Kaidanow']);
    extra(a);
    return a;
  };

  it('a comment box with comment rows', () => {
    const a = expectBody(nineWith({ afterBody: COMMENT_BOX }));
    expect(a.dropped).toEqual(expect.arrayContaining(COMMENT_BOX));
  });

  it('a comment box after the attribution', () => {
    expectBody(nineWith({ afterBody: ['Theo VOV.VN', ...COMMENT_BOX] }), (a) =>
      expect(a.source.attribution).toBe('VOV.VN'),
    );
  });

  it('a share line, before or after the attribution', () => {
    expectBody(nineWith({ afterBody: [SHARE_LINE, 'Theo VOV.VN'] }), (a) => expect(a.dropped).toContain(SHARE_LINE));
    expectBody(nineWith({ afterBody: ['Theo VOV.VN', SHARE_LINE] }), (a) => expect(a.dropped).toContain(SHARE_LINE));
  });

  it('a newsletter prompt', () => {
    expectBody(nineWith({ afterBody: [NEWSLETTER] }), (a) => expect(a.dropped).toContain(NEWSLETTER));
  });

  it('a tags line', () => {
    expectBody(nineWith({ afterBody: [TAGS_LINE] }), (a) => expect(a.dropped).toContain(TAGS_LINE));
  });

  it('a breadcrumb above the title is not the title', () => {
    expectBody(nineWith({ before: [BREADCRUMB] }), (a) => expect(a.dropped).toContain(BREADCRUMB));
  });

  it('an "Ảnh: TTXVN" caption inside the body', () => {
    expectBody(nineWith({ inlineAt: { index: 1, lines: [CAPTION] } }), (a) => expect(a.dropped).toContain(CAPTION));
  });

  it('a caption sentence ending in "(Ảnh: TTXVN)" under the dateline', () => {
    const caption = 'Quang cảnh cuộc đối thoại. (Ảnh: TTXVN)';
    expectBody(nineWith({ afterTitle: [caption] }), (a) => expect(a.dropped).toContain(caption));
  });

  it('a weather box with its header', () => {
    expectBody(nineWith({ afterBody: WEATHER_BOX }), (a) =>
      expect(a.dropped).toEqual(expect.arrayContaining(WEATHER_BOX)),
    );
  });

  it.todo(
    'a weather box with no header, split over bare lines ("Hà Nội" / "24°C" / forecast): the bare city and temperature lines are kept as body',
  );

  it('a copyright footer', () => {
    expectBody(nineWith({ afterBody: [COPYRIGHT] }), (a) => expect(a.dropped).toContain(COPYRIGHT));
    expectBody(nineWith({ afterBody: ['Copyright © 2018 VOV.VN. All rights reserved.'] }));
  });

  it('an inline "Tin liên quan" box of two bare headlines, then more body', () => {
    expectBody(nineWith({ inlineAt: { index: 5, lines: RELATED_INLINE } }), (a) => {
      expect(a.dropped).toEqual(expect.arrayContaining(RELATED_INLINE));
      expect(a.paragraphs.join('\n')).not.toContain('Kritenbrink');
    });
  });

  it('all of them at once, with the VOV tail as well', () => {
    const raw = nineWith({
      before: [BREADCRUMB],
      afterTitle: [CAPTION],
      inlineAt: { index: 5, lines: RELATED_INLINE },
      afterBody: [
        SHARE_LINE,
        TAGS_LINE,
        'Theo VOV.VN',
        ...COMMENT_BOX,
        NEWSLETTER,
        ...WEATHER_BOX,
        COPYRIGHT,
        NINE.tail,
      ],
    });
    expectBody(raw, (a) => {
      expect(a.source.attribution).toBe('VOV.VN');
      const text = a.paragraphs.join('\n');
      for (const s of [
        ...SEED9_NOISE,
        'Kritenbrink',
        'Facebook',
        'Tags',
        'bản tin',
        '©',
        'Trang chủ',
        'TTXVN',
        'Bình luận',
      ])
        expect(text).not.toContain(s);
    });
  });

  it('the 7th article (single newlines) with furniture after it keeps its 8 paragraphs', () => {
    const raw = [SEVEN.title, ...SEVEN.body, SHARE_LINE, TAGS_LINE, 'Theo VnExpress', ...COMMENT_BOX].join('\n');
    const a = parse(raw);
    expect(a.paragraphs).toEqual(SEVEN.body);
    expect(a.source.attribution).toBe('VnExpress');
    expect(a.edition).toBe(7);
  });

  it('a body with no furniture at all loses nothing', () => {
    const a = parse(blocks(NINE.title, NINE.body));
    expect(a.paragraphs).toEqual(NINE.body);
    expect(a.dropped).toEqual([]);
  });
});
