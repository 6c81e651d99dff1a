import { describe, expect, it } from 'vitest';
import { cochairsIn, splitParty } from '../../src/parse/people.js';
import { NINE, SEVEN } from '../fixtures/articles.js';

const names = (s: string) => cochairsIn(s)?.map((p) => `${p.side}:${p.name}`);

describe('cochairsIn on the seeds', () => {
  it('the 9th: "Tại Hà Nội, <VN title name> và <US title name> đã đồng chủ trì …"', () => {
    expect(cochairsIn(NINE.body[0] as string)).toEqual([
      { name: 'Hà Kim Ngọc', title: 'Thứ trưởng Bộ Ngoại giao Việt Nam', side: 'VN' },
      { name: 'Tina Kaidanow', title: 'Phó Trợ lý Ngoại trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ', side: 'US' },
    ]);
  });

  it('the 7th: "<title name> và ông <name>, <title> hôm nay đồng chủ trì …"', () => {
    const first = (SEVEN.body[1] as string).split('. ')[0] as string;
    expect(cochairsIn(first)).toEqual([
      { name: 'Hà Kim Ngọc', title: 'Thứ trưởng Ngoại giao', side: 'VN' },
      { name: 'Puneet Talwar', title: 'Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề chính trị - quân sự', side: 'US' },
    ]);
  });

  it('the 7th lead names titles but no people: no co-chairs', () => {
    expect(cochairsIn(SEVEN.body[0] as string)).toBeUndefined();
  });
});

describe('cochairsIn: other phrasings', () => {
  it('"do X và Y đồng chủ trì"', () => {
    expect(
      names(
        'Đối thoại do Thứ trưởng Bộ Ngoại giao Lê Hoài Trung và Trợ lý Ngoại trưởng Hoa Kỳ R. Clarke Cooper đồng chủ trì.',
      ),
    ).toEqual(['VN:Lê Hoài Trung', 'US:R. Clarke Cooper']);
  });

  it('"Đồng chủ trì đối thoại là X và Y"', () => {
    expect(
      names(
        'Đồng chủ trì đối thoại là Thứ trưởng Ngoại giao Bùi Thanh Sơn và Quyền Trợ lý Ngoại trưởng Mỹ Tina Kaidanow.',
      ),
    ).toEqual(['VN:Bùi Thanh Sơn', 'US:Tina Kaidanow']);
  });

  it('a leading date clause or a "HÀ NỘI (TTXVN) -" lead is not part of the first party', () => {
    expect(
      cochairsIn(
        'Ngày 30/1/2018, Thứ trưởng Ngoại giao Hà Kim Ngọc và Phó Trợ lý Ngoại trưởng Hoa Kỳ Tina Kaidanow đồng chủ trì đối thoại.',
      )?.[0],
    ).toEqual({ name: 'Hà Kim Ngọc', title: 'Thứ trưởng Ngoại giao', side: 'VN' });
    expect(
      cochairsIn(
        'HÀ NỘI (TTXVN) - Thứ trưởng Ngoại giao Hà Kim Ngọc và Trợ lý Ngoại trưởng Mỹ Puneet Talwar đã đồng chủ trì đối thoại.',
      )?.[0],
    ).toEqual({ name: 'Hà Kim Ngọc', title: 'Thứ trưởng Ngoại giao', side: 'VN' });
  });

  it('US party first, "Name, Title" form', () => {
    expect(
      names('Tina Kaidanow, Phó Trợ lý Ngoại trưởng Hoa Kỳ, và Thứ trưởng Hà Kim Ngọc đồng chủ trì đối thoại.'),
    ).toEqual(['US:Tina Kaidanow', 'VN:Hà Kim Ngọc']);
  });

  it('short titles with no country: sides from the names', () => {
    expect(names('Thứ trưởng Hà Kim Ngọc và Phó Trợ lý Ngoại trưởng Tina Kaidanow đồng chủ trì.')).toEqual([
      'VN:Hà Kim Ngọc',
      'US:Tina Kaidanow',
    ]);
  });

  it('English: "X and Y co-chaired" and "co-chaired by X and Y", names without diacritics', () => {
    expect(
      cochairsIn(
        'Assistant Secretary of State for Political-Military Affairs Jane Doe and Vietnamese Deputy Foreign Minister Nguyen Van A co-chaired the dialogue.',
      ),
    ).toEqual([
      { name: 'Jane Doe', title: 'Assistant Secretary of State for Political-Military Affairs', side: 'US' },
      { name: 'Nguyen Van A', title: 'Vietnamese Deputy Foreign Minister', side: 'VN' },
    ]);
    expect(
      names(
        'The dialogue was co-chaired by Deputy Foreign Minister Ha Kim Ngoc and Acting Assistant Secretary Tina Kaidanow.',
      ),
    ).toEqual(['VN:Ha Kim Ngoc', 'US:Tina Kaidanow']);
  });

  it('no co-chairs from sentences that do not say so, or name two people of one side', () => {
    expect(cochairsIn('Hai bên nhất trí tiếp tục hợp tác.')).toBeUndefined();
    expect(
      cochairsIn('Thứ trưởng Hà Kim Ngọc và Phó Trợ lý Ngoại trưởng Tina Kaidanow ghi nhận những tiến triển tích cực.'),
    ).toBeUndefined();
    expect(
      cochairsIn('Thứ trưởng Ngoại giao Hà Kim Ngọc và Thứ trưởng Quốc phòng Nguyễn Chí Vịnh đồng chủ trì hội nghị.'),
    ).toBeUndefined();
  });
});

describe('splitParty', () => {
  it('title then name', () => {
    expect(splitParty('Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc')).toEqual({
      name: 'Hà Kim Ngọc',
      title: 'Thứ trưởng Bộ Ngoại giao Việt Nam',
    });
    expect(splitParty('Ambassador Daniel J. Kritenbrink')).toEqual({
      name: 'Daniel J. Kritenbrink',
      title: 'Ambassador',
    });
  });
  it('"ông Name, Title" and "Name, Title"', () => {
    expect(splitParty('ông Puneet Talwar, Trợ lý Ngoại trưởng Mỹ')).toEqual({
      name: 'Puneet Talwar',
      title: 'Trợ lý Ngoại trưởng Mỹ',
    });
    expect(splitParty('Puneet Talwar, Trợ lý Ngoại trưởng Mỹ')).toEqual({
      name: 'Puneet Talwar',
      title: 'Trợ lý Ngoại trưởng Mỹ',
    });
  });
  it('trailing adverbs are not part of the name', () => {
    expect(splitParty('Thứ trưởng Hà Kim Ngọc đã')).toEqual({ name: 'Hà Kim Ngọc', title: 'Thứ trưởng' });
    expect(splitParty('Trợ lý Ngoại trưởng Mỹ Puneet Talwar hôm nay')).toEqual({
      name: 'Puneet Talwar',
      title: 'Trợ lý Ngoại trưởng Mỹ',
    });
  });
  it('a title alone is no party', () => {
    expect(splitParty('Thứ trưởng Ngoại giao')).toBeUndefined();
    expect(splitParty('Bộ Ngoại giao Việt Nam')).toBeUndefined();
  });
});
