/**
 * Paragraph numbers: the one numbering of an article's texts that people and data see, the same in the
 * search index's entries, in every citation and in every renderer (Discord payload, console text, --json).
 *
 *   0      the article's title (its headline);
 *   k ≥ 1  the k-th body paragraph of the cleaned article, `article.paragraphs[k - 1]`.
 *
 * A reader counting the paragraphs of the article finds the cited one at that count. The parsed record
 * (schema.ts) is an array, and its fact fields (`paragraph` of a co-chair, event or mention,
 * `agenciesParagraph`, `topicExcerpts`' first item, `locationParagraph` with -1 for the headline) hold
 * positions in that array: `paragraphNo` is the one place a position becomes a number, and `paragraphText`
 * the one place a number is read back.
 */
import type { Article } from './schema.js';

/** A paragraph number as above (branded: a bare array position cannot be passed for one by mistake). */
export type ParagraphNo = number & { readonly __paragraphNo: true };

/** The title's paragraph number. */
export const TITLE: ParagraphNo = 0 as ParagraphNo;

/** The number of the paragraph at `position` in `article.paragraphs` (position -1, the headline, is the title). */
export function paragraphNo(position: number): ParagraphNo {
  return (position + 1) as ParagraphNo;
}

/** The text a paragraph number names: the title for 0, else that body paragraph ('' past the end). */
export function paragraphText(a: Pick<Article, 'title' | 'paragraphs'>, no: ParagraphNo): string {
  return no === TITLE ? a.title : (a.paragraphs[no - 1] ?? '');
}

/** Whether `n` names the title or one of `count` body paragraphs (a stored number read back is checked so). */
export function isParagraphNo(n: number, count: number): n is ParagraphNo {
  return Number.isInteger(n) && n >= 0 && n <= count;
}
