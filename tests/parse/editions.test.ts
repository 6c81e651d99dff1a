import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { editionsIn } from '../../src/parse/editions.js';
import { viNumberWords } from '../../src/parse/numbers.js';

const eds = (s: string) => editionsIn(s).map((e) => e.edition);

describe('edition numbers as news writes them', () => {
  it('phrasings', () => {
    expect(eds('đánh dấu lần thứ hai cuộc đối thoại')).toEqual([2]);
    expect(eds('đây là lần thứ hai hai nước tổ chức cuộc đối thoại')).toEqual([2]);
    expect(eds('vòng Đối thoại Chính trị, An ninh và Quốc phòng thứ ba')).toEqual([3]);
    expect(eds('The previous round, the 11th, was held by video link.')).toEqual([11]);
    expect(eds('The tenth is expected to take place in Washington next year.')).toEqual([10]);
    expect(eds('Cơ chế Đối thoại được khởi động lần đầu tại Hà Nội tháng 10-2008')).toEqual([1]);
    expect(viNumberWords('hai muoi mot')).toBe(21);
  });
  it('"the first … since", "for the first time", another mechanism\'s rounds: no edition', () => {
    expect(eds('the first such dialogue after the upgrade')).toEqual([]);
    expect(eds('It was the first time the dialogue had convened since the upgrade')).toEqual([]);
    expect(eds('Đây là lần đầu tiên đối thoại được tổ chức kể từ khi nâng cấp quan hệ')).toEqual([]);
    expect(eds('the human rights dialogue, the 17th round of which is expected later')).toEqual([]);
    expect(eds('their fourth defense policy dialogue')).toEqual([]);
    expect(eds('my third time leading our delegation to this dialogue')).toEqual([]);
  });
});

describe('mentions: the body only, never clutter', () => {
  const mentions = (raw: string) =>
    parseArticle({ id: 't', file: 't.txt', raw }).mentions.map((m) => `${m.edition}${m.upcoming ? '+' : ''}`);
  it("links and readers' questions are not mentions; the next one is upcoming", () => {
    const raw = [
      'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 13',
      'Ngày 26/8, tại Hà Nội, hai bên đã tổ chức Đối thoại Chính trị - An ninh - Quốc phòng lần thứ 13. Đối thoại lần thứ 12 đã diễn ra tại Washington.',
      'Hai bên nhất trí Đối thoại lần thứ 14 sẽ được tổ chức tại Washington.',
      'Tin liên quan',
      '› Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 10 (26/03/2019)',
      'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 11 tại Washington D.C.',
    ].join('\n\n');
    expect(mentions(raw)).toEqual(['12', '14+']);
  });
});

describe('Roman numerals and a call on the sidelines', () => {
  it('"lần thứ IX" is 9, "XIV" is 14', () => {
    expect(eds('Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ IX')).toEqual([9]);
    expect(eds('Đối thoại lần thứ XIV tại Washington')).toEqual([14]);
  });
  it('a reception on the sidelines gives no meeting date or place', () => {
    const a = parseArticle({
      id: 't',
      file: 't.txt',
      raw: 'Vietnam and US discuss defence ties\n\nNhan Dan Online - Deputy Minister of National Defence Nguyen Chi Vinh received U.S. Assistant Secretary of State Tom Kelly in Hanoi on October 3, on the sidelines of the 6th Political, Security and Defence Dialogue.',
      meta: { published: '2013-10-04' },
    });
    expect(a.edition).toBe(6);
    expect(a.event).toBeUndefined();
    expect(a.location).toBeUndefined();
    expect(a.cochairs).toEqual([]);
  });
});

describe('rounds compared with this one', () => {
  it('"so với lần 8 ở Washington …, lần này …"', () => {
    expect(eds('so với lần 8 ở Washington tháng 8/2016, chương trình nghị sự lần này dày hơn')).toEqual([8]);
    expect(eds('lần 8 ông đến Hà Nội')).toEqual([]);
  });
});

describe("Vietnam's dialogues with other partners, and the first meeting", () => {
  const about = (raw: string) => parseArticle({ id: 't', file: 't.txt', raw });
  it('a Vietnam–Philippines security dialogue is not the series, even beside a sentence about political, security matters', () => {
    const a = about(
      'Đối thoại An ninh - Quốc phòng Việt Nam - Philippines lần thứ 14\n\nThứ trưởng Bộ Quốc phòng và Thứ trưởng Quốc phòng Philippines đã đồng chủ trì Đối thoại lần thứ 14.\n\nĐây là cơ chế đối thoại thường niên giữa hai nước về các vấn đề chính trị, an ninh, quốc phòng.',
    );
    expect(a.aboutDialogue).toBe(false);
    expect(a.edition).toBeUndefined();
  });
  it('"lần đầu tiên đã diễn ra" is edition 1', () => {
    expect(
      eds(
        'Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần đầu tiên đã diễn ra ngày 21/7/2008 tại Hà Nội.',
      ),
    ).toEqual([1]);
    expect(eds('Hội nghị thường niên lần đầu tiên diễn ra ngày 21-7.')).toEqual([1]);
  });
});
