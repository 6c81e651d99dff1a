import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { canonicalPlace } from '../../src/parse/gazetteer.js';
import { datelinePlace, placeIn } from '../../src/parse/places.js';

const place = (raw: string) => parseArticle({ id: 't', file: 't.txt', raw }).location;

describe('one canonical value per place', () => {
  it('spellings', () => {
    for (const s of ['Hanoi', 'Ha Noi', 'Hà Nội', 'thủ đô Hà Nội']) expect(canonicalPlace(s)).toBe('Hà Nội');
    for (const s of ['Washington D.C.', 'Washington DC', 'Washington, D.C.', 'Oa-sinh-tơn', 'thu do Washington'])
      expect(canonicalPlace(s)).toBe('Washington');
    expect(canonicalPlace('Nhà Trắng')).toBeUndefined();
    expect(canonicalPlace('Đối')).toBeUndefined();
  });
  it('cues: tại / in / from, a dateline, online', () => {
    expect(placeIn('tại Đối thoại, hai bên nhất trí')).toBeUndefined();
    expect(placeIn('tai thu do Washington, hai ben')).toBe('Washington');
    expect(datelinePlace('WASHINGTON — U.S. and Vietnamese officials met')).toBe('Washington');
    expect(datelinePlace('HÀ NỘI (TTXVN) – Chiều nay')).toBe('Hà Nội');
    expect(datelinePlace('VGP - Deputy Foreign Minister')).toBeUndefined();
  });
});

describe('the meeting place of an article', () => {
  const HEAD = 'Vietnam, US hold political, security and defense dialogue\n\n';
  it("online beats a dateline; another edition's place is not this one's", () => {
    expect(
      place(
        `${HEAD}HANOI - Senior American and Vietnamese officials met virtually on Wednesday for the 11th Political, Security and Defence Dialogue. The tenth round was held in Washington in March 2019.`,
      ),
    ).toBe('online');
  });
  it('the headline, then the dateline', () => {
    expect(
      place(
        'US and Vietnam meet in Washington for security dialogue\n\nThe two sides discussed maritime security at their annual political, security and defense dialogue on Monday.',
      ),
    ).toBe('Washington');
    expect(
      place(
        `${HEAD}WASHINGTON — U.S. and Vietnamese officials met at the State Department Monday for their second annual political, security and defense dialogue.`,
      ),
    ).toBe('Washington');
  });
});

describe('online as a place kind', () => {
  it('how the meeting was held, not a site name', () => {
    expect(placeIn('The two sides met virtually on Wednesday.')).toBe('online');
    expect(placeIn('Hai bên đã họp trực tuyến.')).toBe('online');
    expect(placeIn('Covid-19 moved the talks online this year.')).toBe('online');
    expect(placeIn('Nhan Dan Online - Vietnam and the US held their dialogue.')).toBeUndefined();
  });
});

describe('a meeting held online between two capitals', () => {
  it('is online, not the first capital named', () => {
    expect(
      place(
        'Vietnam, US hold political, security and defense dialogue\n\nDeputy Foreign Minister Nguyen Minh Vu and Assistant Secretary R. Clarke Cooper co-chaired the dialogue in Hanoi and Washington via video link on Wednesday.',
      ),
    ).toBe('online');
  });
});
