/** Lines that link to other pages (related headlines, archive links), told from sentences of the article. */

const TIMELINE_ITEM = /^(?:[•·▪-]\s*)?(?:\p{L}+\.?\s+)?\d{4}\s*[–—-]\s/u;
const SHORT = (p: string) => p.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 20;

/**
 * A link line ("› Đối thoại … lần thứ 10 (26/03/2019)", "» Lưu trữ: Đối thoại lần 7", a list of related
 * headlines under the article): short, and either not closed like a sentence or one of a run of short lines.
 * A timeline item ("• June 2009 – Second Dialogue, Washington, D.C.") is the article's own text.
 */
const MEMO = new WeakMap<readonly string[], boolean[]>();

/** isLinkLine of every paragraph, computed once per article. */
export function linkLines(paragraphs: readonly string[]): boolean[] {
  let found = MEMO.get(paragraphs);
  if (!found) MEMO.set(paragraphs, (found = paragraphs.map((_, i) => isLinkLine(paragraphs, i))));
  return found;
}

export function isLinkLine(paragraphs: readonly string[], i: number): boolean {
  // A wire's end mark or sign-off is not part of the sentence ("… in January 2018. Enditem", "… last year. — VNS").
  const p = (paragraphs[i] as string)
    .replace(/\s*(?:Enditem|\(END\)|###|\/\.)$/u, '')
    .replace(/(?<=[.!?”"])\s*[—–-]+\s*\p{Lu}[\p{L}.]{1,12}$/u, '');
  if (TIMELINE_ITEM.test(p)) return false;
  if (/^[•·▪►»›>-]/u.test(p)) return true;
  if (!SHORT(p)) return false;
  // Not closed like a sentence: no final stop, or only an initialism's ("… tại Washington D.C."), or a date
  // in brackets ("… lần thứ 6 (2013)", "(26/03/2019)").
  if (!/[.!?…:;"”»)]$/u.test(p)) return true;
  // A headline of a related article may end in "D.C." or a bracketed date; a sentence has a verb of a report.
  const closedOddly = /(?:^|\s)(?:\p{Lu}\.){1,3}$/u.test(p) || /\([\d/.\s-]{4,12}\)$/u.test(p);
  return (
    closedOddly &&
    !/(?<![\p{L}])(?:sẽ|se|đã|da|được|duoc|diễn ra|tổ chức|to chuc|nhất trí|will|was|were|is|agreed|held|took)(?![\p{L}])/iu.test(
      p,
    )
  );
}
