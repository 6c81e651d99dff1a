/**
 * The publication date of a page. A numeric date that reads both ways is day first on a Vietnamese page; on
 * an English page it takes the reading whose month the article names in words, else none (never a guess).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';

const parse = (raw: string) => parseArticle({ id: 't', file: 't.txt', raw });
const en = (stamp: string, body: string) =>
  parse(
    `${stamp}\n\nVietnam, US review defence ties at annual dialogue\n\n` +
      `Hanoi (VNA) – Officials of the two countries met for the Vietnam-US Political, Security and Defence Dialogue ${body}, ` +
      'discussing maritime security, war legacy issues and cooperation in the region.\n\n' +
      'Both sides agreed to keep the dialogue going and to meet again next year.\n',
  );

describe('publication date', () => {
  it("an English page's 04-08-2016 is 4 August when the text speaks of August", () => {
    const a = en('04-08-2016 10:20', 'on August 3 local time');
    expect(a.published).toBe('2016-08-04');
  });

  it('the same stamp is 8 April when the text speaks of April (an American page writes the month first)', () => {
    const a = en('04-08-2016 10:20', 'on Thursday, April 7');
    expect(a.published).toBe('2016-04-08');
  });

  it('an English page whose words confirm neither reading has no publication date rather than a guess', () => {
    const a = en('04-08-2016 10:20', 'this week');
    expect(a.published).toBeUndefined();
  });

  it('a date that reads one way only is read so on any page; a Vietnamese page reads day first', () => {
    expect(en('09/23/2020 08:00', 'this week').published).toBe('2020-09-23');
    const vi = parse(
      '06/07/2020 08:15\n\nViệt Nam – Hoa Kỳ đối thoại chính trị – an ninh – quốc phòng\n\n' +
        'Hà Nội (TTXVN) – Đối thoại chính trị – an ninh – quốc phòng Việt Nam – Hoa Kỳ đã diễn ra trong tuần này.\n',
    );
    expect(vi.published).toBe('2020-07-06');
  });
});
