/**
 * Evidence when a value could not be extracted: the sentence of an edition's own articles that describes
 * the meeting's date, place or leaders. The answer then shows that sentence, cited, rather than saying
 * "not in the corpus" while the corpus says it.
 */
import type { Article } from '../parse/schema.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { cite } from './cite.js';
import { editionInQuestion } from './intent.js';
import type { Citation } from './types.js';

/** Words that make a sentence speak of the meeting itself (folded). */
const MEETING = /\b(?:doi thoai|hoi nghi|cuoc hop|phien hop|hop|dialogue|talks|meeting|met|meet|convened|held|took place|dien ra|to chuc)\b/;

/**
 * What each aspect looks like in a folded sentence. A date is a day ("ngày 22", "22/1", "January 22",
 * "on Tuesday", "hôm qua"), never a bare year: "kể từ năm 2013" in a sentence about the talks is no date of them.
 */
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const ASPECT = {
  date: new RegExp(`\\b(?:ngay \\d|\\d{1,2} ?/ ?\\d{1,2}|${MONTH} \\d{1,2}\\b|\\d{1,2} ${MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|thu (?:hai|ba|tu|nam|sau|bay) (?:tuan|vua|qua|nay|ngay)|chu nhat|hom nay|hom qua|today|yesterday)`),
  place: /\b(?:tai (?:thu do |thanh pho )?(?:ha noi|washington|oa sinh ton|hanoi)|(?:in|at|from) (?:the )?(?:capital |city of )?(?:hanoi|ha noi|washington)|truc tuyen|virtually|online|video ?conference|videoconference)\b/,
  cochairs: /\b(?:dong chu tri|chu tri|dan dau|truong doan|co-?chair(?:ed|s)?|chaired|led|headed|head of|thu truong|tro ly ngoai truong|assistant secretary|under secretary|deputy (?:foreign )?minister|vice (?:foreign )?minister)\b/,
} as const;

export type Aspect = keyof typeof ASPECT;

const MAX_EVIDENCE = 2;

/** Per article and aspect, its first describing sentence (or null), found once: articles are immutable. */
const FOUND = new WeakMap<Article, Map<string, Citation | null>>();

/** The first sentences (title included) of these articles that describe the meeting in the given aspect. */
export function evidenceFor(aspect: Aspect, articles: readonly Article[], edition: number): Citation[] {
  const out: Citation[] = [];
  for (const a of articles) {
    let seen = FOUND.get(a);
    if (!seen) FOUND.set(a, (seen = new Map()));
    const key = `${aspect}|${edition}`;
    if (!seen.has(key)) seen.set(key, firstEvidence(aspect, a, edition));
    const found = seen.get(key);
    if (found) out.push(found);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

function firstEvidence(aspect: Aspect, a: Article, edition: number): Citation | null {
  const units: [number, string][] = [[-1, a.title], ...a.paragraphs.flatMap((p, i) => splitSentences(p).map((s): [number, string] => [i, s]))];
  for (const [p, s] of units) {
    const f = fold(s);
    if (!MEETING.test(f) || !ASPECT[aspect].test(f)) continue;
    // A sentence about another edition ("the 10th will be held in Washington") is not evidence for this one.
    const about = editionInQuestion(s);
    if (about === undefined || about === edition) return cite(a, p, s);
  }
  return null;
}
