import { describe, expect, it } from 'vitest';
import { findDates, fullDateOf, iso, withYear } from '../../src/parse/dates.js';

const days = (text: string) => findDates(text).map((m) => m.days);

describe('findDates: Vietnamese', () => {
  it('a range without a year, as the 7th seed writes it', () => {
    const found = findDates('Hội nghị thường niên lần thứ 7 diễn ra từ ngày 22 tới 23/1.');
    expect(found).toEqual([
      {
        text: 'từ ngày 22 tới 23/1',
        days: [
          { day: 22, month: 1, year: undefined },
          { day: 23, month: 1, year: undefined },
        ],
      },
    ]);
  });

  it('ranges with a year and other joiners', () => {
    expect(days('ngày 22-23/1/2015')).toEqual([
      [
        { day: 22, month: 1, year: 2015 },
        { day: 23, month: 1, year: 2015 },
      ],
    ]);
    expect(days('trong hai ngày 22 và 23/1')).toEqual([
      [
        { day: 22, month: 1, year: undefined },
        { day: 23, month: 1, year: undefined },
      ],
    ]);
    expect(days('từ ngày 30 đến ngày 31 tháng 1 năm 2018')).toEqual([
      [
        { day: 30, month: 1, year: 2018 },
        { day: 31, month: 1, year: 2018 },
      ],
    ]);
  });

  it('"ngày D tháng M năm Y" and numeric dates', () => {
    expect(days('ngày 30 tháng 1 năm 2018')).toEqual([[{ day: 30, month: 1, year: 2018 }]]);
    expect(days('ngày 30 tháng 1')).toEqual([[{ day: 30, month: 1, year: undefined }]]);
    expect(days('Sáng 30/1/2018, tại Hà Nội')).toEqual([[{ day: 30, month: 1, year: 2018 }]]);
    expect(days('Sáng ngày 26-6, tại Thượng Hải')).toEqual([[{ day: 26, month: 6, year: undefined }]]);
    expect(days('ngày 01.02.2018')).toEqual([[{ day: 1, month: 2, year: 2018 }]]);
  });

  it('leftmost first, several per sentence', () => {
    expect(findDates('Từ 22/1 đến nay, và sau đó ngày 5/3/2015.').map((m) => m.text)).toEqual(['22/1', '5/3/2015']);
  });

  it('does not read months, years, times or impossible days as dates', () => {
    expect(findDates('vào tháng 5-2017 và tháng 11-2017')).toEqual([]);
    expect(findDates('năm 2013; Nghị quyết số 202/2025/QH 15')).toEqual([]);
    expect(findDates('lúc 08:30')).toEqual([]);
    expect(findDates('ngày 32/13')).toEqual([]);
    expect(findDates('ngày 30/2/1800')).toEqual([]);
  });
});

describe('findDates: English', () => {
  it('Month D, YYYY · D Month YYYY · ranges', () => {
    expect(days('held in Hanoi on January 30, 2018.')).toEqual([[{ day: 30, month: 1, year: 2018 }]]);
    expect(days('on 30 January 2018')).toEqual([[{ day: 30, month: 1, year: 2018 }]]);
    expect(days('January 22-23, 2015')).toEqual([
      [
        { day: 22, month: 1, year: 2015 },
        { day: 23, month: 1, year: 2015 },
      ],
    ]);
    expect(days('on Jan. 30, 2018')).toEqual([[{ day: 30, month: 1, year: 2018 }]]);
    expect(days('on Sept. 9')).toEqual([[{ day: 9, month: 9, year: undefined }]]);
  });

  it('finds nothing in prose without dates', () => {
    expect(findDates('They discussed the agenda for the 9th dialogue in 2018.')).toEqual([]);
  });
});

describe('fullDateOf', () => {
  it('the VOV dateline', () => {
    expect(fullDateOf('Thứ Năm, ngày 01/02/2018 | 08:30')).toBe('2018-02-01');
  });
  it('ISO and English datelines', () => {
    expect(fullDateOf('2015-01-22')).toBe('2015-01-22');
    expect(fullDateOf('January 31, 2018')).toBe('2018-01-31');
    expect(fullDateOf('Updated 09:15, 3 June 2024')).toBe('2024-06-03');
  });
  it('nothing without a year, nothing for an invalid ISO date', () => {
    expect(fullDateOf('Thứ Năm, 01/02 | 08:30')).toBeUndefined();
    expect(fullDateOf('2018-13-45')).toBeUndefined();
    expect(fullDateOf('08:30')).toBeUndefined();
  });
});

describe('withYear and iso', () => {
  it('keeps a given year', () => {
    expect(withYear({ day: 22, month: 1, year: 2014 }, 2015, '2015-01-22')).toEqual({ day: 22, month: 1, year: 2014 });
  });
  it('takes the reference year for a day near the reference date', () => {
    expect(withYear({ day: 22, month: 1 }, 2015, '2015-01-22')).toEqual({ day: 22, month: 1, year: 2015 });
    expect(withYear({ day: 23, month: 1 }, 2015, '2015-01-22')).toEqual({ day: 23, month: 1, year: 2015 });
  });
  it('moves a day well after the publication date into the year before', () => {
    expect(withYear({ day: 28, month: 12 }, 2015, '2015-01-05')).toEqual({ day: 28, month: 12, year: 2014 });
  });
  it('without a reference date, the reference year as is', () => {
    expect(withYear({ day: 28, month: 12 }, 2015)).toEqual({ day: 28, month: 12, year: 2015 });
  });
  it('iso pads', () => {
    expect(iso({ day: 1, month: 2, year: 2018 })).toBe('2018-02-01');
  });
});
