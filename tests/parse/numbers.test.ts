/**
 * Edition numbers written as words or Roman numerals (src/parse/numbers.ts). "mười" (ten) and "mươi" (the
 * tens marker) fold to the same "muoi", so one comparison reads both (the code once compared it twice).
 */
import { describe, expect, it } from 'vitest';
import { enOrdinal, roman, viEditionNumber, viNumberWords } from '../../src/parse/numbers.js';

describe('Vietnamese number words', () => {
  it('mười and mươi, with or without diacritics, and the unit spellings after a tens word', () => {
    expect(viEditionNumber('mười')).toBe(10);
    expect(viEditionNumber('mười hai')).toBe(12);
    expect(viEditionNumber('hai mươi')).toBe(20);
    expect(viEditionNumber('hai mười')).toBe(20); // written with the wrong tone mark: still twenty
    expect(viEditionNumber('hai mươi mốt')).toBe(21);
    expect(viEditionNumber('ba mươi tư')).toBe(34);
    expect(viEditionNumber('hai mươi lăm')).toBe(25);
    expect(viNumberWords('hai muoi mot')).toBe(21);
    expect(viEditionNumber('chín')).toBe(9);
  });
  it('what is not a number is none', () => {
    expect(viNumberWords('muoi muoi')).toBeUndefined();
    expect(viNumberWords('mot muoi')).toBeUndefined(); // "một mươi" is not how ten is written
    expect(viNumberWords('hai ba')).toBeUndefined();
    expect(viNumberWords('hai muoi mot hai')).toBeUndefined();
    expect(viNumberWords('hoa ky')).toBeUndefined();
  });
});

describe('digits, Roman numerals, English ordinals', () => {
  it('reads each form, and nothing else', () => {
    expect(viEditionNumber('14')).toBe(14);
    expect(viEditionNumber('IX')).toBe(9);
    expect(roman('XIV')).toBe(14);
    expect(roman('IIII')).toBeUndefined();
    expect(roman('')).toBeUndefined();
    expect(enOrdinal('9th')).toBe(9);
    expect(enOrdinal('Eleventh')).toBe(11);
    expect(enOrdinal('twenty-first')).toBe(21);
    expect(enOrdinal('twenty-tenth')).toBeUndefined();
  });
});
