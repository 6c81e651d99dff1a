/** `/search TEXT` and the fallback for questions the extracted facts cannot answer: best paragraphs, cited. */
import type { Corpus } from '../corpus/corpus.js';
import { TITLE } from '../parse/paragraph-no.js';
import { bestSentence } from '../search/highlight.js';
import type { Entry } from '../search/search-index.js';
import { fold, words } from '../text/fold.js';
import { cite } from './cite.js';
import type { SearchAnswer, SearchResult } from './types.js';

const MAX_RESULTS = 10;

/** Question and filler words dropped before a plain question is searched. */
const STOPWORDS = new Set(
  (
    'ai gi nao dau khi bao gio sao the nhu la co khong duoc cua va voi ve cho toi minh ban hay xin vui long oi a nhe ha nhi u ' +
    'doi thoai chinh tri an ninh quoc phong viet nam hoa ky my lan thu ky ' +
    'the a an of to in on at for and or is are was were be been did do does what who whom which when where why how ' +
    'dialogue dialog political security defense defence vietnam us united states about tell me please'
  ).split(/\s+/),
);

export function contentWords(query: string): string[] {
  return words(fold(query)).filter((w) => !STOPWORDS.has(w));
}

export function searchResults(
  corpus: Corpus,
  query: string,
  { partial, edition, limit = MAX_RESULTS }: { partial: boolean; edition?: number; limit?: number },
): { results: SearchResult[]; terms: string[]; partial: boolean } {
  const terms = [...new Set(words(fold(query)))];
  const accept = edition === undefined ? undefined : (e: Entry) => corpus.articles[e.article]?.edition === edition;
  const hits = corpus.index.search(query, { limit, partial, accept });
  const results: SearchResult[] = [];
  const seen = new Set<string>();
  const termSet = new Set(terms);
  for (const h of hits) {
    const a = corpus.articles[h.article];
    if (!a) continue;
    const text = corpus.index.textOf(h);
    const { text: excerpt } = h.paragraph === TITLE ? { text } : bestSentence(text, termSet);
    const key = `${a.id}|${excerpt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    results.push({ edition: a.edition, cite: cite(a, h.paragraph, excerpt) });
    if (results.length >= limit) break;
  }
  return { results, terms, partial: hits.length > 0 && hits.every((h) => !h.complete) };
}

export function searchAnswer(corpus: Corpus, query: string, fromQuestion = false): SearchAnswer {
  const q = fromQuestion ? contentWords(query).join(' ') : query;
  const { results, terms, partial } = searchResults(corpus, q, { partial: fromQuestion });
  return { kind: 'search', results, partial, terms, fromQuestion };
}
