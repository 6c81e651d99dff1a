/** What every per-fact extractor reads: the laid-out article, its sentences, and the facts decided before it. */
import type { ArticleMeta } from './schema.js';

export interface Sentence {
  paragraph: number;
  /** Index of the sentence in its paragraph. */
  index: number;
  text: string;
}

export interface ParseContext {
  /** The headline, when the text has one ('' otherwise: then nothing is read from it). */
  headline: string;
  paragraphs: string[];
  sentences: Sentence[];
  language: 'vi' | 'en';
  meta?: ArticleMeta;
  published?: string;
  aboutDialogue: boolean;
  /** A fact sheet or timeline of the series: it reports no one meeting, so no meeting facts are read. */
  overview: boolean;
  /** Short lines around the headline (place lines such as "Washington, DC" under a media note's header). */
  headLines: string[];
  /** A magazine issue's month ('YYYY-MM'), which "this month" refers to when the page has no date. */
  issueMonth?: string;
  /** The page's writer or speaker, for first-person reports ("my counterpart, X, and I co-chaired"). */
  author?: string;
  edition?: number;
}
