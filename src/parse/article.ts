/**
 * raw article text → Article record. Pure: no file system, no clock. The loader supplies file name, id and
 * the optional librarian's metadata. Each fact has its own extractor, in its own file; this only composes
 * them, in the order their inputs need (edition before mentions, mentions before the meeting date).
 */
import { splitSentences } from '../text/sentences.js';
import { isAboutDialogue } from './about.js';
import { agenciesOf } from './agencies.js';
import { cochairsOf } from './cochairs.js';
import type { ParseContext, Sentence } from './context.js';
import { editionOf, isOverview } from './edition.js';
import { detectLanguage } from './language.js';
import { layoutOf } from './layout.js';
import { aboutOtherEdition } from './meeting-sentences.js';
import { meetingDateOf } from './meeting-date.js';
import { meetingPlaceOf } from './meeting-place.js';
import { mentionsOf } from './mentions.js';
import { publishedOf } from './published.js';
import { schemas, type Article, type ArticleMeta } from './schema.js';
import { topicsOf } from './topics.js';

export interface ParseInput {
  id: string;
  file: string;
  raw: string;
  meta?: ArticleMeta;
  /**
   * The headline when the source gives it apart from the text (a saved web page's JSON-LD, og:title or
   * <h1>): it is then the title, and every line of `raw` is body, never taken for a headline.
   */
  headline?: string;
}

/** Parse one raw article. Throws only on a record that fails its own schema (a bug, not bad input). */
export function parseArticle({ id, file, raw, meta, headline }: ParseInput): Article {
  const layout = layoutOf(raw, headline);
  const { paragraphs, title } = layout;
  const realHeadline = layout.titleFromLead ? '' : title;
  // A lead such as "(Chinhphu.vn) - Sáng 16/5, ..." or "HÀ NỘI (TTXVN) – ..." names the source too.
  const lead = /^(?:[\p{Lu}\s.]{2,30})?\(([^()]{2,40})\)\s*[-–—]/u.exec(paragraphs[0] ?? '');
  const attribution = layout.attribution ?? lead?.[1]?.trim();
  const sentences: Sentence[] = paragraphs.flatMap((p, i) =>
    splitSentences(p).map((text, index) => ({ paragraph: i, index, text })),
  );
  const language = meta?.language ?? detectLanguage(`${title}\n${paragraphs.join('\n')}`);
  const { published, publishedFrom } = publishedOf(layout, meta, language);

  const aboutDialogue = isAboutDialogue(realHeadline, sentences);
  const ctx: ParseContext = {
    headline: realHeadline,
    paragraphs,
    sentences,
    language,
    meta,
    published,
    aboutDialogue,
    overview: aboutDialogue && isOverview(realHeadline, sentences),
    headLines: layout.headLines,
    author: layout.author,
    issueMonth: layout.issueMonth,
    edition: aboutDialogue ? editionOf(realHeadline, sentences, paragraphs) : undefined,
  };
  const mentions = mentionsOf(ctx);
  const cochairs = aboutDialogue ? cochairsOf(ctx) : [];
  const place = meetingPlaceOf(ctx);
  const event = meetingDateOf(ctx, mentions);
  const { agencies, agenciesParagraph } = aboutDialogue
    ? agenciesOf(sentences, (s) => !aboutOtherEdition(ctx, s))
    : { agencies: [] };
  const { topics, topicExcerpts } = topicsOf(paragraphs);

  return schemas().ArticleSchema.parse({
    id,
    file,
    title,
    titleFromLead: layout.titleFromLead || undefined,
    language,
    published,
    publishedFrom,
    source: { outlet: meta?.outlet, attribution, url: meta?.url },
    aboutDialogue,
    edition: ctx.edition,
    event,
    location: place?.location,
    locationKind: place?.kind,
    locationParagraph: place?.paragraph,
    locationSentence: place?.sentence,
    cochairs,
    agencies,
    agenciesParagraph,
    topics,
    topicExcerpts,
    mentions,
    paragraphs,
    dropped: layout.dropped,
  });
}
