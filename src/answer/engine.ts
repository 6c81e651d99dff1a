/**
 * The one entry point every front end uses: an Intent (what the user asked for) in, a platform-neutral
 * Answer out. Slash commands build their Intent from Discord's typed options and call `answerIntent`;
 * typed text (the console, channel messages, the tests) goes through `answerInput`, which parses it first.
 */
import type { Corpus } from '../corpus/corpus.js';
import { detectLanguage } from '../parse/language.js';
import { topicHits } from '../topics/match.js';
import { TOPIC_BY_SLUG } from '../topics/taxonomy.js';
import { sourceRef } from './cite.js';
import { editionAnswer } from './one-edition.js';
import { editionList, editionsAnswer } from './all-editions.js';
import { parseIntent, readQuestion, type Intent } from './intent.js';
import { personAnswer, personIn } from './person.js';
import { searchAnswer } from './full-text.js';
import { topicAnswer } from './topic.js';
import type { AboutAnswer, Answer, Locale } from './types.js';

export interface Answered {
  answer: Answer;
  /** The language the input was written in (plain questions); commands default to Vietnamese. */
  language: Locale;
}

export function aboutAnswer(corpus: Corpus): AboutAnswer {
  return {
    kind: 'about',
    articles: corpus.articles.length,
    dialogueArticles: corpus.articles.filter((a) => a.aboutDialogue).length,
    paragraphs: corpus.paragraphCount,
    editions: editionList(corpus),
    sources: corpus.articles.map(sourceRef),
  };
}

function answerQuestion(corpus: Corpus, text: string): Answer {
  const q = readQuestion(text);
  let edition = q.edition;
  if (edition === undefined && q.year !== undefined) {
    const inYear = editionList(corpus).filter((e) => e.year === q.year);
    if (inYear.length === 1) edition = inYear[0]?.edition;
  }
  if (q.listEditions && edition === undefined) return editionsAnswer(corpus);

  // Most hits first; on a tie the narrower topic ("dioxin" rather than the war-legacy topic that includes it).
  const broad = (slug: string) => (TOPIC_BY_SLUG.get(slug)?.includes?.length ? 1 : 0);
  // "Hà Kim Ngọc là ai?", "who is Tina Kaidanow": a co-chair named without an edition.
  const person = edition === undefined ? personIn(corpus, text) : undefined;
  if (person) return personAnswer(corpus, person);

  const topicSlug = [...topicHits(text)]
    .filter(([, h]) => h.hits > 0)
    .sort((a, b) => b[1].hits - a[1].hits || broad(a[0]) - broad(b[0]))[0]?.[0];
  const factFocus = q.focus !== undefined && q.focus !== 'topics' && q.focus !== 'agreed';
  if (topicSlug && !factFocus) {
    const topic = TOPIC_BY_SLUG.get(topicSlug);
    if (topic) return topicAnswer(corpus, topic.slug, edition);
  }
  if (edition !== undefined) return editionAnswer(corpus, edition, q.focus ?? 'summary');
  if (q.focus === 'next') {
    const latest = [...corpus.editions.values()].filter((e) => e.own.length > 0).pop();
    if (latest) return editionAnswer(corpus, latest.edition, 'next');
  }
  if (q.focus === 'cochairs' || q.focus === 'date' || q.focus === 'place') return editionsAnswer(corpus);
  return searchAnswer(corpus, text, true);
}

/** Typed text → its Intent → the answer. */
export function answerInput(corpus: Corpus, input: string): Answered {
  return answerIntent(corpus, parseIntent(input));
}

export function answerIntent(corpus: Corpus, intent: Intent): Answered {
  switch (intent.kind) {
    case 'dialogue':
      if (intent.edition === undefined) {
        return { answer: { kind: 'help', reason: 'bad-option', detail: 'edition' }, language: 'vi' };
      }
      return { answer: editionAnswer(corpus, intent.edition, 'summary', intent.detail === true), language: 'vi' };
    case 'topic':
      return { answer: topicAnswer(corpus, intent.topic), language: 'vi' };
    case 'search':
      return { answer: searchAnswer(corpus, intent.query), language: 'vi' };
    case 'editions':
      return { answer: editionsAnswer(corpus), language: 'vi' };
    case 'about':
      return { answer: aboutAnswer(corpus), language: 'vi' };
    case 'help':
      return { answer: { kind: 'help', reason: intent.reason, detail: intent.detail }, language: 'vi' };
    case 'question':
      return { answer: answerQuestion(corpus, intent.text), language: detectLanguage(intent.text) };
  }
}
