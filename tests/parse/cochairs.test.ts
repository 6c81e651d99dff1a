import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';

const chairs = (raw: string) =>
  parseArticle({ id: 't', file: 't.txt', raw }).cochairs.map((p) => `${p.side}:${p.name}`);
const HEAD = 'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 13\n\n';
const HEAD_EN = 'U.S.-Vietnam Political, Security and Defense Dialogue\n\n';

describe('co-chairs: officials in the sentences that describe the meeting, one a side', () => {
  it('chairing, heading a delegation, meeting: each phrasing', () => {
    expect(
      chairs(
        `${HEAD}Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc dẫn đầu đoàn Việt Nam; đoàn Hoa Kỳ do bà Bonnie Jenkins, Thứ trưởng Ngoại giao, dẫn đầu.`,
      ),
    ).toEqual(['VN:Hà Kim Ngọc', 'US:Bonnie Jenkins']);
    expect(
      chairs(
        `${HEAD_EN}During the event, co-chaired by Deputy Foreign Minister Le Luong Minh and Assistant Secretary of State Andrew Shapiro, the two sides agreed to do more.`,
      ),
    ).toEqual(['VN:Le Luong Minh', 'US:Andrew Shapiro']);
    expect(
      chairs(
        `${HEAD_EN}Vietnam's delegation was headed by Deputy Minister of Foreign Affairs Ha Kim Ngoc, while Tina Kaidanow, the acting assistant secretary of state, led the U.S. team.`,
      ),
    ).toEqual(['VN:Ha Kim Ngoc', 'US:Tina Kaidanow']);
  });

  it('the most senior of one side; an ambassador or a general in the same sentence is not a co-chair', () => {
    expect(
      chairs(
        `${HEAD}Tham dự có Đại sứ Nguyễn Quốc Dũng. Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc và Đại sứ Nguyễn Quốc Dũng đã chủ trì phiên họp với Trợ lý Ngoại trưởng Jessica Lewis.`,
      ),
    ).toEqual(['VN:Hà Kim Ngọc', 'US:Jessica Lewis']);
  });

  it("a sentence about another edition, or another mechanism, names none of this meeting's co-chairs", () => {
    expect(
      chairs(
        `${HEAD}Đối thoại lần thứ 12 do Thứ trưởng Hà Kim Ngọc và Trợ lý Ngoại trưởng Jessica Lewis đồng chủ trì.`,
      ),
    ).toEqual([]);
    expect(
      chairs(
        `${HEAD_EN}The fourth defense policy dialogue was co-chaired by Deputy Defense Minister Nguyen Chi Vinh and Deputy Assistant Secretary Vikram Singh.`,
      ),
    ).toEqual([]);
  });

  it('a first-person report: the author is the other co-chair', () => {
    const raw =
      'Building a partnership\n\nPosted by Andrew J. Shapiro\n\nYesterday, my counterpart, Vice Foreign Minister Le Luong Minh, and I co-chaired the fifth U.S.-Vietnam Political, Security, and Defense Dialogue in Hanoi.';
    expect(chairs(raw)).toEqual(['VN:Le Luong Minh', 'US:Andrew J. Shapiro']);
  });
});

describe('someone meeting someone is not a co-chair', () => {
  it('a visit mentioned beside the dialogue', () => {
    expect(
      chairs(
        `${HEAD_EN}Deputy Foreign Minister Ha Kim Ngoc co-chaired the dialogue. Secretary of State Mike Pompeo met Vietnamese leaders in Hanoi in July.`,
      ),
    ).toEqual(['VN:Ha Kim Ngoc']);
  });
});
