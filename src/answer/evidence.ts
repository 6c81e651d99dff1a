/**
 * Evidence when a value could not be extracted: the sentence of an edition's own articles that describes
 * the meeting's date, place or leaders. The answer then shows that sentence, cited, rather than saying
 * "not in the corpus" while the corpus says it. The sentences are found through the FlexSearch index (the
 * one index every search goes through, issue 10), restricted to the edition's articles.
 */
import { paragraphText, TITLE, type ParagraphNo } from '../parse/paragraph-no.js';
import type { Article } from '../parse/schema.js';
import type { SearchIndex } from '../search/search-index.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { cite } from './cite.js';
import { editionInQuestion } from './intent.js';
import type { Citation } from './types.js';

/** Words that make a sentence speak of the meeting itself (folded). */
const MEETING =
  /\b(?:doi thoai|hoi nghi|cuoc hop|phien hop|hop|dialogue|talks|meeting|met|meet|convened|held|took place|dien ra|to chuc)\b/;

/**
 * What each aspect looks like in a folded sentence. A date is a day ("ngày 22", "22/1", "January 22",
 * "on Tuesday", "hôm qua"), never a bare year: "kể từ năm 2013" in a sentence about the talks is no date of them,
 * nor a month and year ("tháng 7/2013" is when the partnership began, not a day of the meeting).
 */
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const ASPECT = {
  date: new RegExp(
    `\\b(?:ngay \\d|\\b\\d{1,2} ?/ ?\\d{1,2}(?:/\\d{2,4})?(?![\\d/])|${MONTH} \\d{1,2}\\b|\\d{1,2} ${MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|thu (?:hai|ba|tu|nam|sau|bay) (?:tuan|vua|qua|nay|ngay)|chu nhat|hom nay|hom qua|today|yesterday)`,
  ),
  place:
    /\b(?:tai (?:thu do |thanh pho )?(?:ha noi|washington|oa sinh ton|hanoi)|(?:in|at|from) (?:the )?(?:capital |city of )?(?:hanoi|ha noi|washington)|truc tuyen|virtually|online|video ?conference|videoconference)\b/,
  cochairs:
    /\b(?:dong chu tri|chu tri|dan dau|truong doan|co-?chair(?:ed|s)?|chaired|led|headed|head of|thu truong|tro ly ngoai truong|assistant secretary|under secretary|deputy (?:foreign )?minister|vice (?:foreign )?minister)\b/,
} as const;

export type Aspect = keyof typeof ASPECT;

const MAX_EVIDENCE = 2;

/**
 * What the index is asked for: every word of MEETING (folded, as a query typed without diacritics finds
 * every spelling). A describing sentence must hold one of them, so the paragraphs these queries return,
 * within the edition's articles, are all the candidates there are; the aspect test then runs on their sentences.
 */
const MEETING_QUERIES = [
  'doi thoai',
  'hoi nghi',
  'hop',
  'dialogue',
  'talks',
  'meeting',
  'met',
  'meet',
  'convened',
  'held',
  'took place',
  'dien ra',
  'to chuc',
];

/** What the evidence needs of the corpus: its articles and the FlexSearch index over them. */
export interface Searchable {
  readonly articles: readonly Article[];
  readonly index: SearchIndex;
}

/** Article → its number in the index, per corpus (built once). */
const POSITIONS = new WeakMap<readonly Article[], Map<Article, number>>();
/** Found evidence per index, aspect, edition and articles: the corpus is immutable once loaded. */
const FOUND = new WeakMap<SearchIndex, Map<string, Citation[]>>();

/**
 * The first sentences (title included) of these articles that describe the meeting in the given aspect,
 * found through the search index restricted to the edition's own articles (`own`, in rank order: the
 * first article that has such a sentence is cited first, one sentence per article, at most two).
 */
export function evidenceFor(aspect: Aspect, corpus: Searchable, own: readonly Article[], edition: number): Citation[] {
  let positions = POSITIONS.get(corpus.articles);
  if (!positions) POSITIONS.set(corpus.articles, (positions = new Map(corpus.articles.map((a, i) => [a, i]))));
  const numbers = own.map((a) => positions?.get(a)).filter((n): n is number => n !== undefined);
  let found = FOUND.get(corpus.index);
  if (!found) FOUND.set(corpus.index, (found = new Map()));
  const key = `${aspect}|${edition}|${numbers.join(',')}`;
  const known = found.get(key);
  if (known) return known;

  const allowed = new Set(numbers);
  const limit = own.reduce((n, a) => n + a.paragraphs.length + 1, 0);
  const candidates = new Map<number, Set<ParagraphNo>>();
  for (const q of MEETING_QUERIES) {
    for (const hit of corpus.index.search(q, { limit, accept: (e) => allowed.has(e.article) })) {
      const set = candidates.get(hit.article) ?? new Set<ParagraphNo>();
      set.add(hit.paragraph);
      candidates.set(hit.article, set);
    }
  }
  const out: Citation[] = [];
  for (const n of numbers) {
    const paragraphs = [...(candidates.get(n) ?? [])].sort((x, y) => x - y);
    const c = paragraphs.length ? firstEvidence(aspect, corpus.articles[n] as Article, paragraphs, edition) : null;
    if (c) out.push(c);
    if (out.length >= MAX_EVIDENCE) break;
  }
  found.set(key, out);
  return out;
}

/** The first sentence, in text order (title first: paragraph numbers are in that order), of these paragraphs that describes the meeting. */
function firstEvidence(
  aspect: Aspect,
  a: Article,
  paragraphs: readonly ParagraphNo[],
  edition: number,
): Citation | null {
  for (const p of paragraphs) {
    const sentences = p === TITLE ? [a.title] : splitSentences(paragraphText(a, p));
    for (const s of sentences) {
      const f = fold(s);
      if (!MEETING.test(f) || !ASPECT[aspect].test(f)) continue;
      // A sentence about another edition ("the 10th will be held in Washington") is not evidence for this one.
      const about = editionInQuestion(s);
      if (about === undefined || about === edition) return cite(a, p, s);
    }
  }
  return null;
}
