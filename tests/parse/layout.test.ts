import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../src/parse/layout.js';
import { parseArticle } from '../../src/parse/article.js';

describe('title or paragraph by what the line is', () => {
  it('no headline: the lead stays body, and the title shown is its first sentence', () => {
    const l = layoutOf(
      'HÀ NỘI — Việt Nam and the United States held the 13th round of their Political, Security and Defence Dialogue in the capital on Monday. Both sides agreed.\n\nMore text follows here.',
    );
    expect(l.titleFromLead).toBe(true);
    expect(l.paragraphs[0]).toMatch(/^HÀ NỘI — /);
    expect(l.title).toBe(
      'HÀ NỘI — Việt Nam and the United States held the 13th round of their Political, Security and Defence Dialogue in the capital on Monday.',
    );
  });
  it('menus, a list of provinces, a section label and a site name above the headline are furniture', () => {
    const raw = [
      'VGP News | Online Newspaper',
      'Home | Government | Policies',
      'Localities',
      '• An Giang',
      '• Ha Noi',
      '• Yen Bai',
      'Foreign Affairs',
      'Viet Nam, U.S. hold 9th political, security, defense dialogue',
      'January 31, 2018 2:57 PM GMT+7',
      'VGP - Deputy Foreign Minister Ha Kim Ngoc and Acting Assistant Secretary Tina Kaidanow co-chaired the ninth dialogue in Ha Noi on January 30.',
    ].join('\n');
    const a = parseArticle({ id: 't', file: 't.txt', raw });
    expect(a.title).toBe('Viet Nam, U.S. hold 9th political, security, defense dialogue');
    expect(a.published).toBe('2018-01-31');
    expect(a.location).toBe('Hà Nội');
    expect(a.paragraphs).toHaveLength(1);
  });
  it('a label above the headline ("Office of the Spokesperson") loses to the line naming the dialogue; place lines under it are furniture', () => {
    const raw = [
      'Joint Statement on the Sixth U.S.-Vietnam Political, Security, and Defense Dialogue',
      'Media Note',
      'Office of the Spokesperson',
      'Washington, DC',
      'October 1, 2013',
      'The Governments of the United States and Vietnam released the following statement on the occasion of the Sixth Dialogue today.',
    ].join('\n');
    const a = parseArticle({ id: 't', file: 't.txt', raw });
    expect(a.title).toMatch(/^Joint Statement/);
    expect(a.paragraphs).toHaveLength(1);
    expect(a.published).toBe('2013-10-01');
  });
});

describe('the publication date from stamps and bylines, wherever they stand', () => {
  const pub = (raw: string) => parseArticle({ id: 't', file: 't.txt', raw }).published;
  const BODY =
    'Vietnam and the United States held their annual political, security and defense dialogue in Washington this week, officials said.';
  it('forms', () => {
    expect(pub(`Headline about the dialogue here\n\nBy VNA April 1, 2023\n\n${BODY}`)).toBe('2023-04-01');
    expect(pub(`Headline about the dialogue here\n\nFriday, 12/19/2025\n\n${BODY}`)).toBe('2025-12-19');
    expect(
      pub(`Headline about the dialogue here\n\nSource: Xinhua | 2019-03-26 17:05:43 | Editor: huaxia\n\n${BODY}`),
    ).toBe('2019-03-26');
    expect(pub(`Tiêu đề về đối thoại Việt - Mỹ\n\nTháng Sáu 09, 2009\n\n${BODY}`)).toBe('2009-06-09');
    expect(pub(`Tieu de ve doi thoai Viet - My\n\nThu Tu | 20/06/2012 21:50\n\n${BODY}`)).toBe('2012-06-20');
    expect(pub(`${BODY}\n\nVũ Anh\n\nThứ sáu, 31/3/2023, 10:05 (GMT+7)`)).toBe('2023-03-31');
  });
  it('stamps of a related-news list are not the page date', () => {
    expect(
      pub(
        `Headline about the dialogue here\n\n${BODY}\n\nXem thêm\n\nTin một\n\n07:55 30/06/2025\n\nTin hai\n\n05:37 27/06/2025\n\nTin ba\n\n08:23 26/06/2025`,
      ),
    ).toBeUndefined();
  });
});

describe('clutter by kind', () => {
  it('skip links, "Bài viết cùng chuyên mục" sections and captions closed by their credit', () => {
    const raw = [
      'Đường dẫn truy cập',
      'Việt Nam và Hoa Kỳ đối thoại chính trị, an ninh, quốc phòng',
      'Ngày 26/8, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc và Thứ trưởng Ngoại giao Hoa Kỳ Bonnie Jenkins đã đồng chủ trì Đối thoại Chính trị - An ninh - Quốc phòng lần thứ 13.',
      'Toàn cảnh phiên Đối thoại. Ảnh: CAND',
      'Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực an ninh biển và khắc phục hậu quả chiến tranh trong thời gian tới.',
      'Bài viết cùng chuyên mục',
      'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 12',
      'Thủ tướng tiếp Đại sứ Hoa Kỳ',
    ].join('\n\n');
    const a = parseArticle({ id: 't', file: 't.txt', raw });
    expect(a.title).toBe('Việt Nam và Hoa Kỳ đối thoại chính trị, an ninh, quốc phòng');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.mentions).toEqual([]);
  });
});

describe('datelines that are not headlines', () => {
  it('"HANOI, Vietnam — June 20, 2012" under a joint statement dates the page and names no headline', () => {
    const raw =
      'Joint Statement of the Fifth Vietnam-U.S. Political, Security and Defense Dialogue\n\nHANOI, Vietnam — June 20, 2012\n\nThe fifth Vietnam-U.S. Political, Security and Defense Dialogue was held in Hanoi on June 20, 2012, and both delegations agreed to meet again.';
    const a = parseArticle({ id: 't', file: 't.txt', raw });
    expect(a.title).toMatch(/^Joint Statement/);
    expect(a.published).toBe('2012-06-20');
  });
  it('a folded byline "Dang boi admin luc 09:00 ngay 27/3/2019"', () => {
    const raw =
      'Doi thoai chinh tri an ninh quoc phong Viet My lan 10\n\nDang boi admin luc 09:00 ngay 27/3/2019\n\nHom 25/3 tai thu do Washington, hai ben da tien hanh Doi thoai Chinh tri - An ninh - Quoc phong Viet Nam - Hoa Ky lan thu 10.';
    expect(parseArticle({ id: 't', file: 't.txt', raw }).published).toBe('2019-03-27');
  });
});
