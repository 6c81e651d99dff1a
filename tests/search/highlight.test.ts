/** Excerpts around a match (highlight.ts trimAround): cut on words, else on grapheme boundaries (util/truncate.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestSentence, trimAround } from '../../src/search/highlight.js';
import { tailFrom } from '../../src/util/truncate.js';

const FAMILY = '👨‍👩‍👧‍👦'; // 11 UTF-16 units, one grapheme
const FLAG = '🇻🇳';
const NFD_E = 'e\u0302\u0301'; // ế written as three code points

/** No lone surrogate (String.prototype.isWellFormed, which this TypeScript lib does not declare). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Offsets where `text` may be cut: its grapheme boundaries. */
const boundaries = (text: string) =>
  new Set([0, ...[...SEGMENTER.segment(text)].map((s) => s.index + s.segment.length)]);

/** The excerpt without its "…" marks, and where it sits in `text` (-1: not a piece of it). */
function located(text: string, out: string): { body: string; at: number } {
  const body = out.replace(/^…/, '').replace(/…$/, '');
  return { body, at: text.indexOf(body) };
}

describe('trimAround', () => {
  it('a text without spaces is cut between graphemes, never inside an emoji sequence or a flag', () => {
    for (const unit of [FAMILY, FLAG, NFD_E, '😀']) {
      const text = unit.repeat(80);
      for (let at = 0; at < text.length; at += 7) {
        const out = trimAround(text, at, 60);
        expect(wellFormed(out)).toBe(true);
        const { body, at: where } = located(text, out);
        expect(where).toBeGreaterThanOrEqual(0);
        const cuts = boundaries(text);
        expect(cuts.has(where) && cuts.has(where + body.length)).toBe(true);
        expect(body.length).toBeLessThanOrEqual(60);
      }
    }
  });

  it('any text: the excerpt is a piece of it between grapheme boundaries, marked where cut, near the match', () => {
    const piece = fc.constantFrom('a', 'bb', ' ', 'ệ', NFD_E, FAMILY, FLAG, '😀', '\u0301x', 'từ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }),
        fc.nat(),
        fc.integer({ min: 8, max: 80 }),
        (parts, rawAt, max) => {
          const text = parts.join('');
          const at = text.length ? rawAt % text.length : 0;
          const out = trimAround(text, at, max);
          if (text.length <= max) {
            expect(out).toBe(text);
            return;
          }
          expect(wellFormed(out)).toBe(true);
          const trimmed = located(text, out).body.trim();
          if (!trimmed) return;
          // The piece (trimmed of spaces, as trimAround trims it) is in the text between two boundaries.
          const cuts = boundaries(text);
          let found = false;
          for (let i = text.indexOf(trimmed); i >= 0 && !found; i = text.indexOf(trimmed, i + 1))
            found = cuts.has(i) && cuts.has(i + trimmed.length);
          expect(found).toBe(true);
          // A side without "…" is the text's own edge (spaces aside); a side cut short has one.
          if (!out.startsWith('…')) expect(text.trimStart().startsWith(trimmed)).toBe(true);
          if (!out.endsWith('…')) expect(text.trimEnd().endsWith(trimmed)).toBe(true);
          if (!text.trimStart().startsWith(trimmed)) expect(out.startsWith('…')).toBe(true);
          if (!text.trimEnd().endsWith(trimmed)) expect(out.endsWith('…')).toBe(true);
        },
      ),
      { seed: 20_261_129, numRuns: 500 },
    );
  });

  it('bestSentence trims a long sentence of emoji without breaking one', () => {
    const sentence = `${FAMILY.repeat(40)}biển${FAMILY.repeat(40)}`;
    const { text } = bestSentence(sentence, new Set(['bien']), 60);
    expect(wellFormed(text)).toBe(true);
    expect(text).toContain('biển');
    expect(text.replace(/…/g, '').replace('biển', '').replaceAll(FAMILY, '')).toBe('');
  });
});

describe('tailFrom', () => {
  it('starts at the first grapheme boundary at or after the offset', () => {
    expect(tailFrom(`ab${FAMILY}c`, 1)).toBe(`b${FAMILY}c`);
    expect(tailFrom(`ab${FAMILY}c`, 3)).toBe('c');
    expect(tailFrom(`${FLAG}${FLAG}`, 1)).toBe(FLAG);
    expect(tailFrom(`${FLAG}${FLAG}`, 2)).toBe(FLAG);
    expect(tailFrom(`x${NFD_E}y`, 2)).toBe('y');
    expect(tailFrom('abc', 0)).toBe('abc');
    expect(tailFrom('abc', 9)).toBe('');
  });
});
