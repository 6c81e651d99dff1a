/** `/topic SLUG`: which editions discussed a topic, each with its best excerpt; unknown topics fall back to search. */
import type { Corpus } from '../corpus/corpus.js';
import { foldedTokens } from '../text/fold.js';
import { resolveTopic } from '../topics/match.js';
import type { Topic } from '../topics/taxonomy.js';
import { cite } from './cite.js';
import { topicSentence } from './edition.js';
import { searchResults } from './search.js';
import type { TopicAnswer, TopicResult } from './types.js';

const MAX_RESULTS = 25;

export function topicResults(corpus: Corpus, topic: Topic, edition?: number): TopicResult[] {
  const results: TopicResult[] = [];
  for (const a of corpus.articles) {
    if (!a.topics.includes(topic.slug)) continue;
    if (edition !== undefined && a.edition !== edition) continue;
    let best: { p: number; sentence: string; score: number } | undefined;
    a.paragraphs.forEach((text, p) => {
      const s = topicSentence(text, topic.slug);
      if (s && (!best || s.score > best.score)) best = { p, ...s };
    });
    if (best) results.push({ edition: a.edition, cite: cite(a, best.p, best.sentence) });
  }
  // Editions in order; articles about no edition last.
  return results
    .sort((x, y) => (x.edition ?? Infinity) - (y.edition ?? Infinity) || x.cite.articleId.localeCompare(y.cite.articleId))
    .slice(0, MAX_RESULTS);
}

export function topicAnswer(corpus: Corpus, input: string, edition?: number): TopicAnswer {
  const topic = resolveTopic(input.replace(/[-_]+/g, ' '));
  if (topic) {
    const terms = [...new Set(topic.terms.flatMap((t) => foldedTokens(t)))];
    return {
      kind: 'topic',
      topic: { slug: topic.slug, vi: topic.vi, en: topic.en },
      fallback: false,
      edition,
      results: topicResults(corpus, topic, edition),
      terms,
    };
  }
  const { results, terms } = searchResults(corpus, input.replace(/[-_]+/g, ' '), { partial: false, edition });
  return { kind: 'topic', fallback: true, edition, results, terms };
}
