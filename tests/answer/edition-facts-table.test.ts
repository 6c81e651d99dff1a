/**
 * The per-corpus table of consolidated edition facts (issue 10): one answer per question whatever was
 * asked before, the focus and detail of each question kept, and a reloaded corpus never answered from
 * the facts of the corpus it replaced.
 */
import { describe, expect, it } from 'vitest';
import { editionAnswer } from '../../src/answer/one-edition.js';
import type { EditionAnswer } from '../../src/answer/types.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { editionRecord } from '../fixtures/articles.js';
import type { Article } from '../../src/parse/schema.js';

function article(id: string, place: string): Article {
  const sentence = `Đối thoại lần thứ 11 diễn ra tại ${place}.`;
  return editionRecord(id, {
    location: place,
    locationParagraph: 0,
    locationSentence: sentence,
    paragraphs: [sentence],
  });
}

describe('edition facts consolidated once per corpus', () => {
  it('answers a repeated question exactly as the first time, each with its own focus and detail', () => {
    const corpus = new Corpus([article('x1', 'Hà Nội'), article('x2', 'Hanoi')]);
    const first = editionAnswer(corpus, 11, 'place') as EditionAnswer;
    const second = editionAnswer(corpus, 11, 'summary', true) as EditionAnswer;
    const third = editionAnswer(corpus, 11, 'place') as EditionAnswer;
    expect(third).toEqual(first);
    expect(JSON.stringify(third)).toBe(JSON.stringify(first));
    expect(first.focus).toBe('place');
    expect(first.detail).toBeUndefined();
    expect(second.focus).toBe('summary');
    expect(second.detail).toBe(true);
    expect(first.places).toHaveLength(1);
    expect(first.places[0]?.supportCount).toBe(2);
  });

  it('answers a new corpus (as after /reload) from its own articles, not the replaced one', () => {
    const before = new Corpus([article('y1', 'Hà Nội')]);
    const after = new Corpus([article('y2', 'Washington')]);
    expect((editionAnswer(before, 11, 'place') as EditionAnswer).places[0]?.value).toBe('Hà Nội');
    expect((editionAnswer(after, 11, 'place') as EditionAnswer).places[0]?.value).toBe('Washington');
    expect((editionAnswer(before, 11, 'place') as EditionAnswer).places[0]?.value).toBe('Hà Nội');
  });
});
