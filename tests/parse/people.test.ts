import { describe, expect, it } from 'vitest';
import { peopleIn } from '../../src/parse/people.js';

const found = (s: string) => peopleIn(s).map((p) => `${p.side}:${p.name}|${p.title}`);

describe('peopleIn: an office, what completes it, then a name', () => {
  it('titles containing "and" / "và" and a comma before the name are not glued to it', () => {
    expect(
      found(
        'Under Secretary for Arms Control and International Security Bonnie Jenkins met Deputy Foreign Minister Le Hoai Trung.',
      ),
    ).toEqual([
      'US:Bonnie Jenkins|Under Secretary for Arms Control and International Security',
      'VN:Le Hoai Trung|Deputy Foreign Minister',
    ]);
    expect(
      found('The talks were led by Acting Assistant Secretary of State for Political-Military Affairs, Tina Kaidanow.'),
    ).toEqual(['US:Tina Kaidanow|Acting Assistant Secretary of State for Political-Military Affairs']);
    expect(
      found('Thứ trưởng Ngoại giao Hoa Kỳ phụ trách Kiểm soát vũ khí và An ninh quốc tế Bonnie Jenkins phát biểu.'),
    ).toEqual(['US:Bonnie Jenkins|Thứ trưởng Ngoại giao Hoa Kỳ phụ trách Kiểm soát vũ khí và An ninh quốc tế']);
  });

  it('initials, the title after the name (lower case, with "the"), honorifics', () => {
    expect(
      found(
        'Greg Delawie, the acting assistant secretary of state for political-military affairs, headed the American delegation.',
      ),
    ).toEqual(['US:Greg Delawie|acting assistant secretary of state for political-military affairs']);
    expect(found('đoàn Hoa Kỳ do bà Bonnie Jenkins, Thứ trưởng Ngoại giao, dẫn đầu')).toEqual([
      'US:Bonnie Jenkins|Thứ trưởng Ngoại giao',
    ]);
    expect(found('Assistant Secretary R. Clarke Cooper and Ambassador Marc E. Knapper')).toEqual([
      'US:R. Clarke Cooper|Assistant Secretary',
      'US:Marc E. Knapper|Ambassador',
    ]);
  });

  it('sides: the country in the title, an ambassador "tại Mỹ" speaks for the other side, else the name', () => {
    expect(found('Đại sứ tại Mỹ Nguyễn Quốc Dũng và Đại sứ Marc Knapper')).toEqual([
      'VN:Nguyễn Quốc Dũng|Đại sứ tại Mỹ',
      'US:Marc Knapper|Đại sứ',
    ]);
    expect(found('Thứ trưởng Hà Kim Ngọc')).toEqual(['VN:Hà Kim Ngọc|Thứ trưởng']);
  });

  it('without diacritics: the same names, no title word or place glued on', () => {
    expect(
      found(
        'Tai Ha Noi, Thu truong Bo Ngoai giao Viet Nam Ha Kim Ngoc va Tro ly Ngoai truong My R. Clarke Cooper dong chu tri.',
      ),
    ).toEqual(['VN:Ha Kim Ngoc|Thu truong Bo Ngoai giao Viet Nam', 'US:R. Clarke Cooper|Tro ly Ngoai truong My']);
    expect(found('Deputy Foreign Minister Dang Hoang Giang and US Deputy Assistant Secretary Fleet White')).toEqual([
      'VN:Dang Hoang Giang|Deputy Foreign Minister',
      'US:Fleet White|US Deputy Assistant Secretary',
    ]);
  });

  it('never a place, a date or a country as a person', () => {
    expect(found('The dialogue was held in Washington DC on Monday, January 30.')).toEqual([]);
    expect(found('Việt Nam và Hoa Kỳ họp tại Hà Nội ngày 30/1.')).toEqual([]);
    expect(found('Prime Minister')).toEqual([]);
  });

  it('"us" and "my" as English words name no country (the old \\bus\\b with i did)', () => {
    expect(found('Ambassador John Smith, who met us and my colleagues')).toEqual(['US:John Smith|Ambassador']);
    expect(peopleIn('Ambassador Nguyen Van An told us')[0]?.side).toBe('VN');
  });
});

describe('department names inside titles', () => {
  it('"Vụ Châu Mỹ" is the Americas, "Đông Á - Thái Bình Dương" a region, "Vũ" before a name a surname', () => {
    expect(
      found(
        'Trợ lý Ngoại trưởng phụ trách các vấn đề Đông Á - Thái Bình Dương Kurt Campbell và Vụ trưởng Vụ Châu Mỹ Nguyễn Văn Hùng',
      ),
    ).toEqual([
      'US:Kurt Campbell|Trợ lý Ngoại trưởng phụ trách các vấn đề Đông Á - Thái Bình Dương',
      'VN:Nguyễn Văn Hùng|Vụ trưởng Vụ Châu Mỹ',
    ]);
    expect(found('Cục trưởng Cục Đối ngoại Bộ Quốc phòng Vũ Chiến Thắng')).toEqual([
      'VN:Vũ Chiến Thắng|Cục trưởng Cục Đối ngoại Bộ Quốc phòng',
    ]);
  });
});
