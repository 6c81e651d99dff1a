/**
 * A digest (a newsletter, a press review, a mailing) carries several items under numbered headings, after a
 * table of contents that lists the same numbers. Only one item is about the dialogue: its date,
 * place, people and numbers are the article's; the other items' (a Shangri-La Dialogue, a weather box, a
 * calendar) are not. This finds the items and picks the one about the series.
 */
import { speaksOfDialogue } from './editions.js';
import { namesBothSides, namesSeries, speaksOfOtherDialogue } from './series.js';

/** "1. US, Vietnam hold fourth PSDD in Washington", "2) AFTER SHANGRI-LA": a short numbered heading. */
const NUMBERED = /^(\d{1,2})[.)]\s+(\S.{2,120})$/u;

export interface DigestItem {
  /** The item's heading without its number. */
  heading: string;
  /** Index of the heading line, and the end (exclusive) of the item's lines. */
  start: number;
  end: number;
}

function heading(line: string): { n: number; text: string } | undefined {
  const m = NUMBERED.exec(line.trim());
  if (!m || /[.!?…]$/u.test(line.trim()) || (m[2] as string).split(/\s+/).length > 16) return undefined;
  return { n: Number(m[1]), text: (m[2] as string).trim() };
}

/** The items of a digest in reading order, or [] when the text is not one. */
export function digestItems(lines: readonly string[]): DigestItem[] {
  const heads = lines.flatMap((l, i) => {
    const h = heading(l);
    return h ? [{ ...h, i }] : [];
  });
  // A heading is an item's when its number was listed before, in the table of contents: numbered subheads of
  // one article ("1. Maritime security" over its paragraphs) have no such list and are left alone.
  const seen = new Set<number>();
  const sections: typeof heads = [];
  for (const h of heads) {
    if (seen.has(h.n)) sections.push(h);
    seen.add(h.n);
  }
  // Two items at least, numbered in order.
  if (sections.length < 2 || sections.some((s, k) => k > 0 && s.n <= (sections[k - 1] as { n: number }).n)) return [];
  return sections.map((s, k) => ({
    heading: s.text,
    start: s.i,
    end: sections[k + 1]?.i ?? lines.length,
  }));
}

/** The one item about the series: its heading or its first lines name it (or a dialogue of the two countries). */
export function dialogueItem(lines: readonly string[]): DigestItem | undefined {
  return digestItems(lines).find((item) => {
    const text = lines.slice(item.start, Math.min(item.end, item.start + 3)).join(' ');
    if (speaksOfOtherDialogue(item.heading)) return false;
    return namesSeries(text) || (speaksOfDialogue(text) && namesBothSides(text));
  });
}
