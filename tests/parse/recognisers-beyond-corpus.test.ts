/**
 * Recognisers generalised from the failures of a blind holdout (tests/extraction/corpus 301–312, 401–412).
 * Each sentence here is written for this test, not copied from the holdout, so each fix is shown to hold on
 * wording the corpus never had.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { editionsIn } from '../../src/parse/editions.js';

const parse = (raw: string) => parseArticle({ id: 't', file: 't.txt', raw });
const eds = (s: string) => editionsIn(s).map((e) => `${e.edition}${e.upcoming ? '+' : ''}`);

describe('editions', () => {
  it('a future word in a later clause does not make the edition upcoming', () => {
    expect(
      eds(
        'Officials met in Hanoi for the second political, security and defence dialogue, and nobody could say what it would change.',
      ),
    ).toEqual(['2']);
    expect(eds('The third dialogue will be held in Washington.')).toEqual(['3+']);
  });
  it('"the Nth time the dialogue has met" is the edition; a count of someone\'s trips is not', () => {
    expect(eds('This was the seventh time the annual dialogue has been held.')).toEqual(['7']);
    expect(eds('It marked the 12th time the two sides have held the dialogue.')).toEqual(['12']);
    expect(eds('This is the fourth time that Vietnam and the US have convened the dialogue.')).toEqual(['4']);
    expect(eds('It is my second time at the dialogue.')).toEqual([]);
    expect(eds('It was the third time they have held talks with China this year.')).toEqual([]);
  });
  it('an ordinal in apposition to a round named with its place: "the 2014 round in Washington, the sixth"', () => {
    expect(eds('Officials praised the 2014 round in Washington, the sixth, for its candour.')).toEqual(['6']);
    expect(eds('The round in Hanoi, the ninth of its kind, went well.')).toEqual(['9']);
  });
  it('a related headline listed under the article does not give the article its edition', () => {
    const a = parse(
      'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ\n\nChiều 5/9, tại Hà Nội, hai bên đã tổ chức Đối thoại Chính trị - An ninh - Quốc phòng thường niên.\n\nTin cùng chuyên mục:\n- Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 3 (12-07-2010)\n- Hội chợ sách mùa thu (01-09-2015)\n',
    );
    expect(a.edition).toBeUndefined();
  });
});

describe('publication date', () => {
  const body =
    'Sáng 14-9, tại Hà Nội, Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ tư đã diễn ra.';
  it("a masthead's date above the site menu is the day of viewing, not of publishing", () => {
    const a = parse(
      `Tin Miền Tây | Chủ Nhật, 02/03/2031 | Hôm nay trời nắng\nTrang chủ | Thời sự | Quốc tế | Thể thao\n\n${body}\n`,
    );
    expect(a.published).toBeUndefined();
    // …and it lends no year to a day-month written without one.
    expect(a.event?.dates).toEqual([]);
    expect(a.event?.undated).toEqual([{ month: 9, day: 14 }]);
  });
  it('a masthead date with no menu under it yields to the dateline of the article', () => {
    const a = parse(
      `Tin Miền Tây | Chủ Nhật, 02/03/2031 | Đường dây nóng 0900 000 000\n\nHai nước đối thoại về an ninh tại Hà Nội\n15/09/2011 08:30\n\n${body}\n`,
    );
    expect(a.published).toBe('2011-09-15');
  });
  it('the stamp under the headline still dates the page', () => {
    const a = parse(
      `Tin Miền Tây | Chủ Nhật, 02/03/2031\nTrang chủ | Thời sự | Quốc tế | Thể thao\n\nHai nước đối thoại về an ninh tại Hà Nội\n15/09/2011 08:30\n\n${body}\n`,
    );
    expect(a.published).toBe('2011-09-15');
  });
});

describe('who is not a co-chair', () => {
  const chairs = (raw: string) => parse(raw).cochairs.map((p) => `${p.side}:${p.name}`);
  it("someone named in the possessive owns something else: the name ends at the 's, and it is no co-chair", () => {
    const c = chairs(
      "Vietnam and US hold annual security dialogue\n\nThe second Political, Security and Defense Dialogue was held in Washington on Monday. The talks came after Deputy Prime Minister Tran Van Binh's trip to New York, where he met officials.\n",
    );
    expect(c).toEqual([]);
  });
  it('…but the owner of a delegation or a counterpart is at the table', () => {
    const c = chairs(
      "Vietnam and US hold annual security dialogue\n\nThe second Political, Security and Defense Dialogue was held in Washington. Deputy Foreign Minister Tran Van Binh's delegation met its American hosts.\n",
    );
    expect(c).toEqual(['VN:Tran Van Binh']);
  });
  it('a president or prime minister met around the dialogue is above it, not at its table', () => {
    const c = chairs(
      'Vietnam and US hold annual security dialogue\n\nThe ninth Political, Security and Defense Dialogue took place in Hanoi. Deputy Foreign Minister Le Hoai Nam led the Vietnamese delegation. The talks were held a week before President John Carter met Prime Minister Nguyen Van Tam.\n',
    );
    expect(c).toEqual(['VN:Le Hoai Nam']);
  });
});

describe('places', () => {
  const place = (raw: string) => parse(raw).location;
  it('a city named by what it is the capital of', () => {
    expect(
      place(
        'Vietnam and US hold annual security dialogue\n\nThe sixth Political, Security and Defense Dialogue was held in the U.S. capital on Tuesday.\n',
      ),
    ).toBe('Washington');
    expect(
      place(
        'Đối thoại an ninh Việt Nam - Hoa Kỳ\n\nĐối thoại Chính trị - An ninh - Quốc phòng lần thứ sáu đã diễn ra tại thủ đô nước Mỹ ngày 3/6.\n',
      ),
    ).toBe('Washington');
    expect(
      place(
        'Vietnam and US hold annual security dialogue\n\nThe sixth Political, Security and Defense Dialogue opened in the Vietnamese capital on Tuesday.\n',
      ),
    ).toBe('Hà Nội');
    expect(
      place(
        'Đối thoại an ninh Việt Nam - Hoa Kỳ\n\nĐối thoại Chính trị - An ninh - Quốc phòng lần thứ sáu đã diễn ra tại thủ đô nước ta hôm qua.\n',
      ),
    ).toBe('Hà Nội');
  });
  it('"<city> on Tuesday hosted": a time phrase between the host and its verb', () => {
    expect(
      place(
        'Vietnam and US hold annual security dialogue\n\nWashington on Tuesday hosted the sixth Political, Security and Defense Dialogue.\n',
      ),
    ).toBe('Washington');
  });
  it("a place as the headline's label; two capitals as parties are no place", () => {
    expect(
      place(
        'Washington: hai nước đối thoại chính trị - an ninh - quốc phòng lần thứ sáu\n\nHai bên đã trao đổi về hợp tác quốc phòng và an ninh trong Đối thoại Chính trị - An ninh - Quốc phòng.\n',
      ),
    ).toBe('Washington');
    expect(
      place(
        'Hà Nội, Washington đối thoại chính trị - an ninh - quốc phòng lần thứ sáu\n\nHai bên đã trao đổi về hợp tác quốc phòng và an ninh trong Đối thoại Chính trị - An ninh - Quốc phòng.\n',
      ),
    ).toBeUndefined();
  });
});

describe('co-chairs in phrasings the corpus did not have', () => {
  const chairs = (raw: string) => parse(raw).cochairs.map((p) => `${p.side}:${p.name}`);
  const head = 'Vietnam and US hold annual security dialogue\n\n';
  it('"X represented the United States, and Vietnam was represented by Y"', () => {
    expect(
      chairs(
        `${head}The twelfth Political, Security and Defense Dialogue was held online. Deputy Assistant Secretary of State Paul Dorsey represented the United States, while Vietnam was represented by Deputy Foreign Minister Tran Quoc Hung.\n`,
      ),
    ).toEqual(['US:Paul Dorsey', 'VN:Tran Quoc Hung']);
  });
  it('"… sat down for the round"', () => {
    expect(
      chairs(
        `${head}In Hanoi, Deputy Foreign Minister Vo Thanh Long and Assistant Secretary of State Laura Grant sat down for the seventh round of the Political, Security and Defense Dialogue.\n`,
      ),
    ).toEqual(['VN:Vo Thanh Long', 'US:Laura Grant']);
  });
  it('"across the table was X, the Pentagon\'s deputy assistant secretary …": a possessive organisation before a lower-case office', () => {
    expect(
      chairs(
        `${head}The fifth Political, Security and Defense Dialogue took place in Hanoi. Vietnam's team was led by Deputy Foreign Minister Ha Van Son. Across the table was Mary Olsen, the Defense Department's deputy assistant secretary for South and Southeast Asia.\n`,
      ),
    ).toEqual(['VN:Ha Van Son', 'US:Mary Olsen']);
  });
  it('"phía Việt Nam có X", "bà Y, phụ tá ngoại trưởng …, là người đồng chủ tọa"', () => {
    expect(
      chairs(
        'Đối thoại an ninh Việt Nam - Hoa Kỳ\n\nTại đối thoại lần thứ bảy, phía Việt Nam có Thứ trưởng Bộ Ngoại giao Lê Văn Khang cùng đại diện Bộ Quốc phòng.\n',
      ),
    ).toEqual(['VN:Lê Văn Khang']);
    expect(
      chairs(
        'Đối thoại an ninh Việt Nam - Hoa Kỳ\n\nĐối thoại lần thứ bảy đã diễn ra tại Hà Nội. Phía Mỹ, bà Karen Doyle, phụ tá ngoại trưởng đặc trách an ninh quốc tế, là người đồng chủ tọa.\n',
      ),
    ).toEqual(['US:Karen Doyle']);
  });
  it('"X và người đồng cấp Hoa Kỳ, Y": a counterpart, in Vietnamese', () => {
    expect(
      chairs(
        'Đối thoại an ninh Việt Nam - Hoa Kỳ\n\nĐối thoại Chính trị - An ninh - Quốc phòng lần thứ 9 đã diễn ra tại Hà Nội. Thứ trưởng Lê Hoài Trung và người đồng cấp Hoa Kỳ, Trợ lý Ngoại trưởng Mark Stone, đã trao đổi về hợp tác quốc phòng.\n',
      ),
    ).toEqual(['VN:Lê Hoài Trung', 'US:Mark Stone']);
  });
  it('the author of "Posted by A. Writer / date" who says "I headed our delegation"', () => {
    expect(
      chairs(
        'Notes from Hanoi\n\nPosted by Dana K. Howell / May 4, 2015\n\nLast week I headed the American delegation at the eighth U.S.-Vietnam Political, Security and Defense Dialogue in Hanoi.\n',
      ),
    ).toEqual(['US:Dana K. Howell']);
  });
});
