/**
 * Other editions of the series the article's own body speaks of (never its title or page furniture: those
 * were removed with the clutter), with the place and year the sentence gives them. In an article about the
 * series any dialogue word counts; elsewhere only a sentence that names the series itself.
 */
import { foldSentence as fold } from '../text/fold.js';
import type { ParseContext } from './context.js';
import { editionsIn, yearIn, type EditionRef } from './editions.js';
import { placeIn } from './places.js';
import type { EditionMention } from './schema.js';
import { linkLines } from './link-lines.js';
import { namesSeries, speaksOfOtherDialogue } from './series.js';

const NEXT_ONE =
  /\b(?:the )?next (?:round|dialogue|session|meeting|one)\b|(?:doi thoai|phien|vong)[^.;]{0,30}(?:lan toi|tiep theo|ke tiep)|(?:lan|vong|phien) (?:doi thoai )?(?:toi|tiep theo|ke tiep)/iu;

const PREVIOUS_ONE =
  /\b(?:the )?(?:previous|prior|last) (?:round|dialogue|session)\b|(?<![\p{L}])(?:phien|vong)(?: doi thoai)? (?:truoc|gan nhat truoc do)(?![\p{L}])|doi thoai lan truoc(?![\p{L}])/u;

/** "last year" / "năm ngoái" / "năm trước": the year before publication. */
function lastYear(ctx: ParseContext, s: string): number | undefined {
  if (!ctx.published || !/\blast year\b|nam (?:ngoai|truoc)(?![\p{L}])/u.test(fold(s))) return undefined;
  return Number(ctx.published.slice(0, 4)) - 1;
}

/** "next year" / "năm tới" / "năm sau": the year after publication. */
function nextYear(ctx: ParseContext, s: string): number | undefined {
  if (!ctx.published || !/\bnext year\b|nam (?:toi|sau)(?![\p{L}])/iu.test(fold(s))) return undefined;
  return Number(ctx.published.slice(0, 4)) + 1;
}

/** "QUESTION: …", "Q: …", "Hỏi: …": a labelled question in a transcript. */
const TRANSCRIPT_QUESTION = /^(?:question|q|hỏi|hoi|phóng viên|phong vien|reporter)\s*:/iu;

/** Words that say an edition has been held: "was held", "took place", "met", "đã diễn ra". */
const HELD = /\b(?:was|were|ha[sd] been|held|took place|met|convened|opened|co-?chaired)\b|(?<![\p{L}])(?:da|vua)\s/u;

/**
 * "… before the sixth dialogue": in a report of edition N, a later edition the sentence does not say was held
 * is still to come, whether or not a future word stands beside it.
 */
function laterNotHeld(ctx: ParseContext, edition: number, sentence: string): boolean {
  return ctx.edition !== undefined && edition > ctx.edition && !ctx.overview && !HELD.test(fold(sentence));
}

/**
 * The part of a sentence that speaks of one of several editions it names: from the start of that edition's
 * clause to the clause of the next one ("the ninth round in Washington, …, the dialogue itself, first held in
 * 2008, …": Washington is the ninth's place, not the first's). The whole sentence when it names one.
 */
function ownPart(sentence: string, e: EditionRef, refs: EditionRef[]): string {
  if (refs.length < 2 || e.at === undefined || fold(sentence).length !== sentence.length) return sentence;
  const starts = refs.map((r) => r.at).filter((x): x is number => x !== undefined);
  const clauseStart = (i: number) => Math.max(0, sentence.slice(0, i).search(/[,;:][^,;:]*$/u) + 1);
  const next = starts.filter((x) => x > (e.at as number)).sort((a, b) => a - b)[0];
  return sentence.slice(clauseStart(e.at), next === undefined ? undefined : clauseStart(next));
}

export function mentionsOf(ctx: ParseContext): EditionMention[] {
  const out: EditionMention[] = [];
  const links = linkLines(ctx.paragraphs);
  for (const s of ctx.sentences) {
    // Each number is checked against the words it is attached to (editionsIn); a sentence that names another
    // mechanism too ("built on the thirteenth Dialogue … and on the Defense Policy Dialogue") still counts.
    if (!ctx.aboutDialogue && speaksOfOtherDialogue(s.text) && !namesSeries(s.text)) continue;
    // A link line ("› Đối thoại … lần thứ 10 (26/03/2019)", "» Lưu trữ: Đối thoại lần 7") or a reader's
    // question is not the article speaking of an edition.
    // A reporter's question in a briefing's transcript ("QUESTION: … settled at the last one – the eleventh?")
    // is part of the record: the edition it writes out counts, but what it asks ("when's the next one?") does not.
    const question = /\?\s*$/.test(s.text);
    if (links[s.paragraph] || (question && !TRANSCRIPT_QUESTION.test(ctx.paragraphs[s.paragraph] ?? ''))) continue;
    if (!ctx.aboutDialogue && !namesSeries(s.text)) continue;
    const refs = editionsIn(s.text);
    for (const e of refs) {
      if (e.edition === ctx.edition || out.some((m) => m.edition === e.edition && m.paragraph === s.paragraph))
        continue;
      if (out.some((m) => m.edition === e.edition)) continue;
      out.push({
        edition: e.edition,
        location: placeIn(ownPart(s.text, e, refs)),
        year: yearIn(s.text) ?? nextYear(ctx, s.text),
        upcoming: e.upcoming || laterNotHeld(ctx, e.edition, s.text),
        paragraph: s.paragraph,
        sentence: s.text,
      });
    }
    // "the next dialogue will be held in Hanoi next year" / "đối thoại lần tới": edition + 1, no number written.
    const next = ctx.edition !== undefined && ctx.aboutDialogue ? ctx.edition + 1 : undefined;
    // "The previous round took place in Washington in March last year": edition − 1.
    const previous = ctx.edition !== undefined && ctx.aboutDialogue && ctx.edition > 1 ? ctx.edition - 1 : undefined;
    if (question) continue;
    if (
      previous !== undefined &&
      PREVIOUS_ONE.test(fold(s.text)) &&
      !out.some((m) => m.edition === previous) &&
      editionsIn(s.text).length === 0
    ) {
      out.push({
        edition: previous,
        editionInferred: true,
        location: placeIn(s.text),
        year: yearIn(s.text) ?? lastYear(ctx, s.text),
        upcoming: false,
        paragraph: s.paragraph,
        sentence: s.text,
      });
    }
    if (
      next !== undefined &&
      NEXT_ONE.test(fold(s.text)) &&
      !out.some((m) => m.edition === next) &&
      editionsIn(s.text).length === 0
    ) {
      out.push({
        edition: next,
        editionInferred: true,
        location: placeIn(s.text),
        year: yearIn(s.text) ?? nextYear(ctx, s.text),
        upcoming: true,
        paragraph: s.paragraph,
        sentence: s.text,
      });
    }
  }
  return out;
}
