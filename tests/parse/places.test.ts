import { describe, expect, it } from 'vitest';
import { onlineFormat, placeIn, placeKey } from '../../src/parse/places.js';
import { NINE, SEVEN } from '../fixtures/articles.js';

describe('placeIn', () => {
  // Places are canonical since issue 9 (one value for Hanoi / Ha Noi / Hà Nội, Washington / D.C. / Oa-sinh-tơn).
  it('the seeds: Hà Nội for the meetings, Washington for the next ones', () => {
    expect(placeIn(NINE.body[0] as string)).toBe('Hà Nội');
    expect(placeIn(SEVEN.body[1] as string)).toBe('Hà Nội');
    expect(
      placeIn('Hai bên nhất trí sẽ tiến hành Đối thoại chính trị - an ninh - quốc phòng lần thứ 10 tại Washington DC.'),
    ).toBe('Washington');
    expect(
      placeIn('Đối thoại Chính trị, An ninh, Quốc phòng lần thứ 8 sẽ diễn ra tại thủ đô Washington D.C. vào năm 2016.'),
    ).toBe('Washington');
  });

  it('"thủ đô", "thành phố", "TP" are dropped; "ở" works like "tại"', () => {
    expect(placeIn('Hội nghị tại thủ đô Hà Nội.')).toBe('Hà Nội');
    expect(placeIn('tổ chức tại TP Hồ Chí Minh ngày 5/6.')).toBe('Thành phố Hồ Chí Minh');
    expect(placeIn('diễn ra ở Đà Nẵng.')).toBe('Đà Nẵng');
    expect(placeIn('Hội nghị tại thành phố Đà Nẵng')).toBe('Đà Nẵng');
  });

  it('English', () => {
    expect(placeIn('held the ninth dialogue in Hanoi on January 30, 2018.')).toBe('Hà Nội');
    expect(placeIn('to hold the tenth dialogue in Washington, D.C. in 2019.')).toBe('Washington');
    expect(placeIn('in Washington DC on Monday')).toBe('Washington');
  });

  it('stops before a title or organisation that follows the place', () => {
    expect(placeIn('Tại Hà Nội, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc')).toBe('Hà Nội');
    expect(placeIn('tại Hà Nội Thứ trưởng Hà Kim Ngọc phát biểu')).toBe('Hà Nội');
  });

  it('ministries, seas and organisations are not meeting places', () => {
    expect(placeIn('tại Bộ Ngoại giao.')).toBeUndefined();
    expect(placeIn('tại Biển Đông')).toBeUndefined();
    expect(placeIn('tại Liên Hợp Quốc')).toBeUndefined();
    expect(placeIn('at the Pentagon')).toBeUndefined();
  });

  it('an online meeting', () => {
    expect(placeIn('Đối thoại diễn ra theo hình thức trực tuyến')).toBe('online');
    expect(placeIn('The dialogue was held virtually')).toBe('online');
    expect(onlineFormat('qua cầu truyền hình')).toBe(true);
    expect(onlineFormat('tại Hà Nội')).toBe(false);
  });

  it('no place at all', () => {
    expect(placeIn('Hai bên nhất trí tiếp tục hợp tác.')).toBeUndefined();
  });
});

describe('placeKey', () => {
  it('Washington DC, Washington D.C. and Washington, D.C. agree; Hà Nội and Ha Noi agree, Hanoi does not', () => {
    expect(placeKey('Washington D.C.')).toBe(placeKey('Washington DC'));
    expect(placeKey('Washington, D.C.')).toBe(placeKey('Washington DC'));
    expect(placeKey('Hà Nội')).toBe(placeKey('Ha Noi'));
    expect(placeKey('Hà Nội')).toBe('hanoi');
    expect(placeKey('Hanoi')).toBe('hanoi');
    expect(placeKey('Hà Nội')).not.toBe(placeKey('Washington DC'));
  });
});
