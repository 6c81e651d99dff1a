/**
 * Paragraph texts read back from the parse cache stay encoded (UTF-16LE bytes of the cache's text file)
 * until an answer first reads an article's paragraphs: decoding every text of a large corpus was most of
 * a restart (26M characters for 10,000 articles), while an answer reads a handful of articles.
 * The first read of `article.paragraphs` decodes that article's texts and replaces the accessor with the
 * plain array, so the article object behaves like any other (JSON, spread, equality).
 */
import type { Article } from '../parse/schema.js';

const COUNTS = new WeakMap<Article, number>();

/** Make `a.paragraphs` decode `lengths[i]` UTF-16 code units each from `bytes`, starting at byte `start`. */
export function lazyParagraphs(a: Article, bytes: Buffer, start: number, lengths: readonly number[]): void {
  COUNTS.set(a, lengths.length);
  const settle = (self: Article, value: string[]) => {
    Object.defineProperty(self, 'paragraphs', { value, writable: true, configurable: true, enumerable: true });
    COUNTS.delete(self);
    return value;
  };
  Object.defineProperty(a, 'paragraphs', {
    configurable: true,
    enumerable: true,
    get(this: Article) {
      const out: string[] = [];
      let at = start;
      for (const n of lengths) {
        out.push(bytes.toString('utf16le', at, at + n * 2));
        at += n * 2;
      }
      return settle(this, out);
    },
    set(this: Article, value: string[]) {
      settle(this, value);
    },
  });
}

/** How many paragraphs an article has, without decoding texts that are still encoded. */
export function paragraphCount(a: Article): number {
  return COUNTS.get(a) ?? a.paragraphs.length;
}
