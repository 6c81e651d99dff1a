/**
 * Platform-neutral answers. Every fact carries its citations; renderers (Discord payload, console text,
 * JSON) turn these into what a user sees. Nothing here knows about Discord.
 */
import type { ParagraphNo } from '../parse/paragraph-no.js';
import type { Side } from '../parse/people.js';

export type Locale = 'vi' | 'en';

export interface Citation {
  articleId: string;
  file: string;
  title: string;
  /** The paragraph number (parse/paragraph-no.ts): 0 for the title, k for the k-th paragraph of the cleaned article. */
  paragraph: ParagraphNo;
  /** The sentence quoted, as written. */
  quote: string;
  /** Who the text comes from ("VOV.VN"), outlet or attribution. */
  source?: string;
  published?: string;
  url?: string;
  /** The edition the cited article is about, if any. */
  edition?: number;
}

/** One value and the citations that support it. Several values for one fact mean the sources differ. */
export interface Cited<T> {
  value: T;
  /** At most a few citations (the first sources in corpus order). */
  cites: Citation[];
  /** How many distinct sources support the value in all (≥ cites.length). */
  supportCount: number;
}

export type DateKind = 'meeting' | 'publication' | 'planned';
export interface DateValue {
  kind: DateKind;
  /** YYYY-MM-DD days (meeting or publication), empty when only a year or a yearless day is known. */
  dates: string[];
  /** As the text wrote it. */
  text?: string;
  /** For a planned edition: the year the text gives. */
  year?: number;
  yearInferred: boolean;
  /** Where an inferred year comes from; 'other-article': another article about the same edition (cited too). */
  yearBasis?: 'publication' | 'next-edition' | 'other-article';
  /** Set when the day itself was resolved ("on Tuesday", "hôm qua") against the publication date. */
  dayBasis?: 'weekday' | 'relative';
  /** 'YYYY-MM' when only the month of the meeting is known. */
  month?: string;
}

export interface PersonValue {
  name: string;
  title: string;
  side: Side;
  /** Other offices the sources give this one person (shown in the detail only); `title` is the most-cited. */
  otherTitles?: string[];
}

/** Who said something: both sides, one side, or a named co-chair. */
export type Speaker = { kind: 'both' } | { kind: 'side'; side: Side } | ({ kind: 'person' } & PersonValue);

/** An agreement or a proposal: the clause holding it (from its verb, as written) and the sentence it is in. */
export interface Statement {
  kind: 'agreed' | 'proposed';
  /** Undefined when the text does not say who. */
  speaker?: Speaker;
  clause: string;
  cite: Citation;
}

export interface TopicRef {
  slug: string;
  vi: string;
  en: string;
}

export interface SourceRef {
  articleId: string;
  file: string;
  title: string;
  source?: string;
  published?: string;
  url?: string;
  /** What the article is about: this edition, or another edition that mentions it. */
  aboutEdition?: number;
}

export interface EditionListItem {
  edition: number;
  year?: number;
  /** What the year is: of the meeting, of the article's publication, or the year planned in a mention. */
  yearKind?: 'meeting' | 'publication' | 'planned';
  place?: string;
  /** Known from an article about it, or only from another article's mention. */
  basis: 'article' | 'mention';
  /** The co-chairs its own articles name (each name once, Vietnam's side first). */
  cochairs?: PersonValue[];
  /** Its own articles (the sources about it): how many, and from which outlets. */
  sources?: SourceTally;
  /** How many articles about other editions mention it. */
  mentionedIn?: number;
}

/** How many articles, and from which outlets: equal outlets (ignoring case and punctuation) grouped. */
export interface SourceTally {
  count: number;
  /** Most articles first; `name` as the first article wrote it. */
  outlets: { name: string; count: number }[];
  /** Articles that name no outlet (no metadata, no attribution line). */
  unnamed: number;
}

/**
 * A file that goes with an answer — what it is, not its bytes: renderers name it (console, --json) or
 * produce and attach it (Discord). Rendering it may fail; the answer stands without it.
 */
export interface AnswerAttachment {
  /** What to draw: the timeline of the answer's editions. */
  kind: 'editions-timeline';
  filename: string;
  contentType: 'image/png';
}

export type Focus = 'summary' | 'cochairs' | 'date' | 'place' | 'topics' | 'agreed' | 'agencies' | 'next';

export interface EditionAnswer {
  kind: 'edition';
  edition: number;
  focus: Focus;
  basis: 'article' | 'mention';
  dates: Cited<DateValue>[];
  places: Cited<string>[];
  cochairs: Cited<PersonValue>[];
  agencies: Cited<string>[];
  topics: Cited<TopicRef>[];
  /** The sentences holding what was agreed (kept for older readers; `agreements` has the clauses). */
  agreed: Citation[];
  /** What both sides (or one co-chair) agreed, committed to or reaffirmed — never a proposal. */
  agreements: Statement[];
  /** What one side proposed, urged or wished for, with who said it. */
  proposals: Statement[];
  /**
   * Sentences of this edition's articles that describe the meeting when no structured value for a fact
   * could be extracted: the answer shows them, cited, instead of "not in the corpus".
   */
  evidence: Partial<Record<'date' | 'place' | 'cochairs', Citation[]>>;
  /** `/dialogue N detail`: every section and every quote, rather than the one-page summary. */
  detail?: boolean;
  next: Cited<{ edition: number; place?: string; year?: number }>[];
  sources: SourceRef[];
  /** Sources in all, when more than `sources` lists. */
  sourceCount: number;
  /** Facts on which the sources disagree. */
  conflicts: ('dates' | 'places' | 'cochairs')[];
}

export interface UnknownEditionAnswer {
  kind: 'edition-unknown';
  edition: number;
  known: EditionListItem[];
}

export interface EditionsAnswer {
  kind: 'editions';
  items: EditionListItem[];
  /** The timeline image of `items` (absent when the corpus knows no edition). */
  attachments?: AnswerAttachment[];
}

export interface TopicResult {
  edition?: number;
  cite: Citation;
}

export interface TopicAnswer {
  kind: 'topic';
  topic?: TopicRef;
  /** Set when an unknown topic fell back to full-text search. */
  fallback: boolean;
  /** Restricted to one edition (a question like "did the 9th discuss the South China Sea?"). */
  edition?: number;
  results: TopicResult[];
  /** Query words to highlight (folded). */
  terms: string[];
}

export interface SearchResult {
  edition?: number;
  cite: Citation;
}

export interface SearchAnswer {
  kind: 'search';
  results: SearchResult[];
  /** True when no paragraph held every word and these are the closest partial matches. */
  partial: boolean;
  terms: string[];
  /** Set when a plain question could not be answered from the extracted facts. */
  fromQuestion: boolean;
}

export interface AboutAnswer {
  kind: 'about';
  articles: number;
  dialogueArticles: number;
  paragraphs: number;
  editions: EditionListItem[];
  sources: SourceRef[];
}

/** "Hà Kim Ngọc là ai?": the editions a person co-chaired, with the titles the articles give. */
export interface PersonAnswer {
  kind: 'person';
  name: string;
  roles: Cited<{ edition: number; title: string; side: 'VN' | 'US'; otherTitles?: string[] }>[];
}

export interface HelpAnswer {
  kind: 'help';
  /** Why help is shown: an unknown command, an empty message, or a request for help. */
  reason: 'asked' | 'empty' | 'unknown-command' | 'bad-option';
  detail?: string;
}

export type Answer =
  | EditionAnswer
  | UnknownEditionAnswer
  | EditionsAnswer
  | TopicAnswer
  | SearchAnswer
  | AboutAnswer
  | PersonAnswer
  | HelpAnswer;
