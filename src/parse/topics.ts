/**
 * Topics, each with its best sentence (most term hits; related words break ties), found once at parse time
 * so answers never rescan the text.
 */
import { splitSentences } from '../text/sentences.js';
import { topicHits } from '../topics/match.js';

export function topicsOf(paragraphs: string[]): {
  topics: string[];
  topicExcerpts: Record<string, [number, number, number]>;
} {
  const topicExcerpts: Record<string, [number, number, number]> = {};
  const bestScore = new Map<string, number>();
  paragraphs.forEach((p, pi) => {
    let from = 0;
    for (const s of splitSentences(p)) {
      const start = Math.max(0, p.indexOf(s, from));
      from = start + s.length;
      for (const [slug, h] of topicHits(s)) {
        if (h.hits === 0) continue;
        const score = h.hits * 10 + h.related;
        if (score > (bestScore.get(slug) ?? -1)) {
          bestScore.set(slug, score);
          topicExcerpts[slug] = [pi, start, start + s.length];
        }
      }
    }
  });
  return { topics: Object.keys(topicExcerpts), topicExcerpts };
}
