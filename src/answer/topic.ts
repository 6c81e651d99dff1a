/** `/topic SLUG`: which editions discussed a topic, each with its best excerpt; unknown topics fall back to search. */
import type { Corpus } from '../corpus/corpus.js';
import { foldedTokens } from '../text/fold.js';
import { resolveTopic } from '../topics/match.js';
import type { Topic } from '../topics/taxonomy.js';
import { topicCite } from './cite.js';
import { searchResults } from './full-text.js';
import type { TopicAnswer, TopicResult } from './types.js';

const MAX_RESULTS = 25;
const MAX_OTHER = 5;

/**
 * One result per edition that discussed the topic (its first article that does), in edition order;
 * then a few articles about no particular edition.
 */
export function topicResults(corpus: Corpus, topic: Topic, edition?: number): TopicResult[] {
  const results: TopicResult[] = [];
  for (const [n, src] of corpus.editions) {
    if (edition !== undefined && n !== edition) continue;
    for (const a of src.own) {
      if (!a.topics.includes(topic.slug)) continue;
      const c = topicCite(a, topic.slug);
      if (c) {
        results.push({ edition: n, cite: c });
        break;
      }
    }
    if (results.length >= MAX_RESULTS) return results;
  }
  if (edition !== undefined) return results;
  let others = 0;
  for (const a of corpus.otherByTopic.get(topic.slug) ?? []) {
    const c = topicCite(a, topic.slug);
    if (c) results.push({ cite: c });
    if (++others >= MAX_OTHER || results.length >= MAX_RESULTS) break;
  }
  return results;
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
