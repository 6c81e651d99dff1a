/** Sentence splitting for Vietnamese and English news prose, aware of abbreviations like "D.C." and "U.S.". */

const ABBREVIATIONS =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Adm|Sen|Rep|Amb|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|TP|Th\.S|TS|PGS|GS)\.)$/;

/** Split a paragraph into sentences; the pieces concatenated (with single spaces) give the paragraph back. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["”»)]?(?=\s+(?:["“«(]?[\p{Lu}\p{N}]))/gu;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
