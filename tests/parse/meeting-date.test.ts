import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { findDates, monthsIn, valid } from '../../src/parse/dates.js';
import { englishDates } from '../../src/parse/english-dates.js';
import { relativeDaysIn, resolveDay } from '../../src/parse/relative-days.js';

const event = (raw: string, published?: string) =>
  parseArticle({ id: 't', file: 't.txt', raw, meta: published ? { published } : undefined }).event;
const HEAD = 'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 5\n\n';
const HEAD_EN = 'U.S.-Vietnam Political, Security and Defense Dialogue\n\n';

describe('impossible days are never dates (31/2 was accepted before)', () => {
  it('day per month and leap years', () => {
    expect(findDates('ngày 31/2/2018')).toEqual([]);
    expect(findDates('ngày 31/4')).toEqual([]);
    expect(findDates('ngày 29/2/2019')).toEqual([]);
    expect(findDates('ngày 29/2/2020').map((d) => d.days)).toEqual([[{ day: 29, month: 2, year: 2020 }]]);
    expect(valid({ day: 29, month: 2 })).toBe(true);
    expect(englishDates('on February 30, 2018')).toEqual([]);
  });
});

describe('Vietnamese dates written by hand, English through chrono-node', () => {
  it('month words, weekday before the day, without diacritics', () => {
    expect(findDates('ngày 30 tháng Giêng').map((d) => d.days)).toEqual([[{ day: 30, month: 1, year: undefined }]]);
    expect(findDates('vào ngày thứ Hai 8 tháng 6').map((d) => d.days)).toEqual([
      [{ day: 8, month: 6, year: undefined }],
    ]);
    expect(findDates('ngay 20 thang 6 nam 2012').map((d) => d.days)).toEqual([[{ day: 20, month: 6, year: 2012 }]]);
    expect(monthsIn('Trong tháng Sáu năm 2010, tại Hà Nội')).toEqual([
      { text: 'Trong tháng Sáu năm 2010', month: 6, year: 2010 },
    ]);
  });
  it('English ranges and a day without its year', () => {
    expect(englishDates('Dec. 14–15, 2010')[0]?.days).toEqual([
      { day: 14, month: 12, year: 2010 },
      { day: 15, month: 12, year: 2010 },
    ]);
    expect(englishDates('on August 3 local time')[0]?.days).toEqual([{ day: 3, month: 8, year: undefined }]);
  });
});

describe('relative days against the publication date', () => {
  it('hôm qua, today, weekdays (the latest on or before), "last Wednesday" (strictly before)', () => {
    const r = (t: string, p: string) => resolveDay(relativeDaysIn(t)[0]!, p);
    expect(r('hôm qua', '2024-08-27')).toBe('2024-08-26');
    expect(r('Hom thu Sau, tai Washington', '2011-06-18')).toBe('2011-06-17');
    expect(r('met on Tuesday', '2018-01-31')).toBe('2018-01-30');
    expect(r('on Friday', '2011-06-17')).toBe('2011-06-17');
    expect(r('last Wednesday', '2020-09-30')).toBe('2020-09-23');
    expect(relativeDaysIn('lần thứ hai')).toEqual([]);
  });
});

describe('the meeting date of an article', () => {
  it('a day without a year takes the publication year, labelled', () => {
    expect(event(`${HEAD}Ngày 20/6, tại Hà Nội, hai bên đã tổ chức Đối thoại.`, '2012-06-21')).toMatchObject({
      dates: ['2012-06-20'],
      yearInferred: true,
      yearBasis: 'publication',
    });
  });
  it('no publication date: the day is kept as written, undated', () => {
    expect(event(`${HEAD}Ngày 20/6, tại Hà Nội, hai bên đã tổ chức Đối thoại.`)).toMatchObject({
      dates: [],
      undated: [{ month: 6, day: 20 }],
    });
  });
  it('a weekday, labelled as resolved from it', () => {
    expect(event(`${HEAD_EN}The two sides met in Hanoi on Tuesday for the dialogue.`, '2018-01-31')).toMatchObject({
      dates: ['2018-01-30'],
      dayBasis: 'weekday',
      yearInferred: true,
    });
  });
  it('a month alone is a month, never a day', () => {
    expect(
      event(
        `Đối thoại an ninh Việt – Mỹ lần thứ ba\n\nTrong tháng Sáu năm 2010, tại Hà Nội, Việt Nam và Hoa Kỳ tổ chức vòng Đối thoại thứ ba.`,
      ),
    ).toMatchObject({ dates: [], month: '2010-06' });
  });
  it('the lead dateline dates the report, not the meeting; a date after "kể từ" is something else', () => {
    expect(
      event(
        `${HEAD_EN}WASHINGTON, Oct 1 (Reuters) - The United States and Vietnam held their annual talks in Washington on Tuesday.`,
        '2013-10-01',
      ),
    ).toMatchObject({ dates: ['2013-10-01'], dayBasis: 'weekday' });
    expect(
      event(
        `${HEAD}Tại cuộc đối thoại, hai bên hài lòng về tiến bộ kể từ khi xác lập quan hệ Đối tác toàn diện vào tháng 7/2013, đồng thời thảo luận việc tổ chức các hoạt động.`,
      ),
    ).toBeUndefined();
  });
});

describe('dates of something else in a meeting sentence', () => {
  it('an anniversary range of other years is not the meeting date', () => {
    const e = event(
      `${HEAD}Nhân dịp kỷ niệm 25 năm quan hệ (12/7/1995 - 12/7/2020), Đối thoại đã diễn ra sáng nay tại Hà Nội.`,
      '2020-09-24',
    );
    expect(e).toMatchObject({ dates: ['2020-09-24'], dayBasis: 'relative' });
  });
});

describe('"this month" in a magazine', () => {
  it('takes the issue month when the page has no date, as a month', () => {
    const raw =
      'THE WEEKLY\nIssue 42 · October 2008\n\nDiplomatic notes on the new dialogue\n\nThis month Hanoi hosted the inaugural session of a Vietnam-US political, security and defence dialogue between the two governments.';
    expect(event(raw)).toMatchObject({ dates: [], month: '2008-10' });
  });
});

describe('numeric dates', () => {
  it('day first, month first only where day first cannot be (with a year)', () => {
    expect(findDates('on 1/30/2018').map((d) => d.days)).toEqual([[{ day: 30, month: 1, year: 2018 }]]);
    expect(findDates('ngày 3/8/2016').map((d) => d.days)).toEqual([[{ day: 3, month: 8, year: 2016 }]]);
    expect(findDates('ngày 30/13')).toEqual([]);
  });
});
