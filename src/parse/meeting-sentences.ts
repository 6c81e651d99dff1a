/**
 * The sentences that describe THIS meeting: not about another edition, not about another mechanism called a
 * dialogue, not about what is still to come; and either naming the dialogue, or saying who met, chaired or
 * led, or standing in the lead paragraph. The co-chair, place and date extractors read only these.
 */
import type { ParseContext, Sentence } from './context.js';
import { editionsIn, speaksOfDialogue } from './editions.js';
import { speaksOfOtherDialogue } from './series.js';
import { foldSentence as fold } from '../text/fold.js';
import { FIELD_LINE } from './layout.js';
import { linkLines } from './link-lines.js';

const MEETING_VERB =
  /dong chu tri|chu tri|chu toa|(?<![\p{L}])dong cap(?![\p{L}])|\brepresented\b|\bs[ai]ts? down\b|across the table|dan dau|cam dau|truong doan|dung dau|(?<![\p{L}])hop(?![\p{L}])|hoi dam|dien ra|to chuc|tien hanh|khai mac|co-?chair|chaired|\bmet\b|\bmeet|\bled\b|\bleading\b|\bheaded\b|\bheading\b|took place|\bheld\b|\bhold\b|\btalks\b|\bround\b|convened|counterpart|opened|attended by|welcomed|hosted|\bdon\b/u;
const UPCOMING =
  /(?<![\p{L}])(?:se|sap|du kien|tiep theo|next|will|upcoming|to be held|scheduled|plan(?:s|ned)? to)(?![\p{L}])/u;

const SIDE_EVENT =
  /on the sidelines|ben le|\breceived\b|\bcalled on\b|courtesy call|chao xa giao|hoi kien|(?<![\p{L}])tiep(?: don)?\s+(?:ong|ba|doan|dai su|tro ly|thu truong|pho)/u;

export function hasMeetingVerb(sentence: string): boolean {
  return MEETING_VERB.test(fold(sentence));
}

/** True when a sentence speaks of another edition and not of the article's own. */
export function aboutOtherEdition(ctx: ParseContext, s: string): boolean {
  const refs = editionsIn(s);
  return refs.length > 0 && !refs.some((e) => e.edition === ctx.edition);
}

/**
 * A sentence that goes on to another edition ("…, the two sides agreed …, an aim they had discussed at the
 * fourth dialogue") describes this meeting only up to the clause that turns to the other one.
 */
function beforeOtherEdition(ctx: ParseContext, s: Sentence): Sentence | undefined {
  if (!aboutOtherEdition(ctx, s.text)) return s;
  const clauses = s.text.split(/(?<=[,;:])\s+/u);
  let kept = '';
  for (const c of clauses) {
    if (aboutOtherEdition(ctx, c)) break;
    kept += (kept ? ' ' : '') + c;
  }
  kept = kept.replace(/[,;:]\s*$/u, '');
  return kept && kept !== s.text ? { ...s, text: kept } : undefined;
}

const MEMO = new WeakMap<ParseContext, Sentence[]>();

/** The meeting sentences of an article, computed once per parse (three extractors read them). */
export function meetingSentences(ctx: ParseContext): Sentence[] {
  let found = MEMO.get(ctx);
  if (!found) MEMO.set(ctx, (found = findMeetingSentences(ctx)));
  return found;
}

function findMeetingSentences(ctx: ParseContext): Sentence[] {
  if (!ctx.aboutDialogue || ctx.overview) return [];
  // A related headline under the article ("Vietnam, US hold security dialogue in Washington") is not this report.
  const all = linkLines(ctx.paragraphs);
  const links = ctx.paragraphs.map((p, i) => i > 0 && all[i] && !FIELD_LINE.test(p) && !/:\s*$/.test(p));
  return ctx.sentences
    .filter((s) => !links[s.paragraph])
    .flatMap((whole) => {
      const s = beforeOtherEdition(ctx, whole);
      return s ? [s] : [];
    })
    .filter((s) => {
      if (speaksOfOtherDialogue(s.text)) return false;
      // A call paid on the sidelines, a reception, a visit: another event around the dialogue.
      if (SIDE_EVENT.test(fold(s.text)) && !/dong chu tri|co-?chair/u.test(fold(s.text))) return false;
      const f = fold(s.text);
      const own = ctx.edition !== undefined && editionsIn(s.text).some((e) => e.edition === ctx.edition);
      if (UPCOMING.test(f) && !own) return false;
      return speaksOfDialogue(s.text) || hasMeetingVerb(s.text) || s.paragraph === 0 || FIELD_LINE.test(s.text);
    });
}
