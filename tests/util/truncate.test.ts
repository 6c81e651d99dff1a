/** The one truncation helper: never cuts inside a grapheme (emoji sequences, flags, combining marks). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { head, truncate } from '../../src/util/truncate.js';
import { clip } from '../../src/render/discord-payload.js';

const FAMILY = '👨‍👩‍👧‍👦'; // 11 UTF-16 units, one grapheme
const FLAG = '🇻🇳';
const NFD_E = 'e\u0302\u0301'; // ế written as three code points

describe('truncate', () => {
  it('keeps whole graphemes only', () => {
    expect(head(`ab${FAMILY}`, 12)).toBe('ab');
    expect(head(`ab${FAMILY}`, 13)).toBe(`ab${FAMILY}`);
    expect(head(`x${FLAG}`, 2)).toBe('x');
    expect(head(`x${NFD_E}`, 3)).toBe('x');
    expect(truncate(`${FLAG}${FLAG}${FLAG}`, 9)).toBe(`${FLAG}${FLAG}…`);
    expect(truncate(`${FLAG}${FLAG}${FLAG}`, 8)).toBe(`${FLAG}…`);
    expect(truncate('short', 5)).toBe('short');
    expect(truncate('one two three four', 12, { words: true })).toBe('one two…');
    expect(truncate('abcdef', 4, { ellipsis: '' })).toBe('abcd');
  });

  it('never exceeds the limit and never leaves a lone surrogate or a bare combining mark at the cut', () => {
    const piece = fc.constantFrom('a', ' ', 'ệ', NFD_E, FAMILY, FLAG, '😀', '\u0301x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 60 }), (parts, max) => {
        const text = parts.join('');
        for (const out of [truncate(text, max), head(text, max), truncate(text, max, { words: true })]) {
          expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
          expect(out).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
          const body = out.endsWith('…') ? out.slice(0, -1) : out;
          expect(text.startsWith(body.trimEnd()) || text.startsWith(body)).toBe(true);
          // The kept part ends on a grapheme boundary of the original.
          const boundaries = new Set([
            0,
            ...[...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
              (s) => s.index + s.segment.length,
            ),
          ]);
          if (text.startsWith(body)) expect(boundaries.has(body.length)).toBe(true);
        }
      }),
    );
  });

  it('keeps the longest prefix of whole graphemes, wherever the cut falls (dashes, quotes, joiners)', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    // Few simple letters, so that the last sure boundary before a cut is often far from it.
    const piece = fc.constantFrom(
      'a',
      'ệ',
      '–',
      '—',
      '\r\n',
      '😀\u200D©',
      '😀\u200D©\u0301',
      '“',
      '©',
      '\u200D',
      '\u0301',
      NFD_E,
      FAMILY,
      FLAG,
      '🇻',
      '😀',
      '\r\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 120 }), (parts, max) => {
        const text = parts.join('');
        let longest = 0;
        for (const s of segmenter.segment(text))
          if (s.index + s.segment.length <= max) longest = s.index + s.segment.length;
        expect(head(text, max)).toBe(text.slice(0, text.length <= max ? text.length : longest));
      }),
      { numRuns: 500 },
    );
    // An emoji ZWJ sequence ending in "©" (a Latin-1 pictograph) and marks is one grapheme.
    expect(head('😀\u200D©\u0301\u0301', 5)).toBe('');
    expect(head('ab – “cd”\u0301', 9)).toBe('ab – “cd');
  });

  it("Discord markdown's clip is grapheme-safe too and keeps bold balanced", () => {
    const out = clip(`**${'ab'.repeat(10)}${FAMILY.repeat(5)}`, 30);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).not.toMatch(/\u200D…$|[\uD800-\uDBFF]…$/);
    expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});
