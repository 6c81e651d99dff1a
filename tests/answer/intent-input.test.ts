/** Typed input is cut to MAX_INPUT characters between graphemes (util/truncate.ts), never inside an emoji. */
import { describe, expect, it } from 'vitest';
import { MAX_INPUT, parseIntent } from '../../src/answer/intent.js';

/** 4 UTF-16 units, one grapheme (input normalisation keeps it; it strips the joiners of emoji sequences). */
const FLAG = '🇻🇳';

describe('parseIntent: overlong input', () => {
  it('a /search query cut at the limit keeps whole flags only', () => {
    for (let pad = 0; pad < 4; pad++) {
      const intent = parseIntent(`/search ${'a'.repeat(pad)}${FLAG.repeat(300)}`);
      expect(intent.kind).toBe('search');
      const query = intent.kind === 'search' ? intent.query : '';
      expect(query.length).toBeLessThanOrEqual(MAX_INPUT);
      expect(query.replace(/^a*/, '').replaceAll(FLAG, '')).toBe('');
    }
  });
});
