/** The article's own edition: the headline's number, else the first number the body gives as not still to come. */
import { foldSentence as fold } from '../text/fold.js';
import type { Sentence } from './context.js';
import { editionsIn } from './editions.js';
import { linkLines } from './link-lines.js';
import { speaksOfOtherDialogue } from './series.js';

const PREVIOUS =
  /tiep noi|tiep theo ket qua|sau doi thoai|ke tu doi thoai|following the|since the|previous|last year'?s|the last|truoc do|lan truoc|truoc\s+(?:la|do)/iu;

/** An overview of the series (a fact sheet, a timeline): it names many editions and reports none of them. */
export function isOverview(headline: string, sentences: Sentence[]): boolean {
  if (headline && editionsIn(headline).length > 0) return false;
  const seen = new Set<number>();
  for (const s of sentences) for (const e of editionsIn(s.text)) seen.add(e.edition);
  return seen.size >= 5;
}

export function editionOf(
  headline: string,
  allSentences: Sentence[],
  paragraphs?: readonly string[],
): number | undefined {
  // A related headline listed under the article ("- Đối thoại … lần thứ 5 (20-06-2012)") names another page's edition.
  const links = paragraphs ? linkLines(paragraphs) : [];
  // Only a marked one (a bullet, or a date in brackets closing it): a short field line ("Event: The 10th …") is the page's own.
  const related = (p: number) =>
    links[p] === true && /^[•·▪►»›>-]|\([\d/.\s-]{4,12}\)$/u.test((paragraphs?.[p] ?? '').trim());
  const sentences = allSentences.filter((s) => !related(s.paragraph));
  if (headline && !speaksOfOtherDialogue(headline)) {
    const own = editionsIn(headline)[0];
    if (own) return own.edition;
  }
  if (isOverview(headline, sentences)) return undefined;
  for (const s of sentences) {
    if (speaksOfOtherDialogue(s.text)) continue;
    const refs = editionsIn(s.text).filter((e) => !e.upcoming);
    if (refs.length === 0) continue;
    // "Tiếp nối kết quả Đối thoại lần thứ tư …": a sentence that opens on a past edition names it first.
    if (refs.length > 1 && PREVIOUS.test(fold(s.text))) return (refs[refs.length - 1] as { edition: number }).edition;
    if (PREVIOUS.test(fold(s.text.slice(0, 60)))) continue;
    return (refs[0] as { edition: number }).edition;
  }
  return undefined;
}
