/**
 * Autocomplete choices for /dialogue edition and /topic topic, as pure functions of the corpus and what
 * the user has typed so far. The two commands call these; the benchmark times them.
 */
import type { Corpus } from '../corpus/corpus.js';
import { fold } from '../text/fold.js';
import { TOPICS } from '../topics/taxonomy.js';
import { editionList } from './editions.js';
import type { Locale } from './types.js';

export interface Choice<V extends string | number> {
  name: string;
  value: V;
}

/** Discord allows at most 25 choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_NAME = 100;

/** Editions whose number starts with, or whose label (edition · year · place) contains, what was typed. */
export function editionChoices(corpus: Corpus, typedRaw: string, locale: Locale): Choice<number>[] {
  const typed = fold(typedRaw.slice(0, 50)).replace(/[^a-z0-9 ]/g, '').trim();
  const en = locale === 'en';
  return editionList(corpus)
    .map((e) => ({
      name: [en ? `Edition ${e.edition}` : `Lần thứ ${e.edition}`, e.year, e.place].filter((x) => x !== undefined).join(' · ').slice(0, MAX_NAME),
      value: e.edition,
    }))
    .filter((c) => !typed || String(c.value).startsWith(typed) || fold(c.name).includes(typed))
    .slice(0, MAX_CHOICES);
}

/** Topics whose slug, labels or terms start with (best) or contain what was typed; topics in the corpus first among equals. */
export function topicChoices(corpus: Corpus, typedRaw: string, locale: Locale): Choice<string>[] {
  const typed = fold(typedRaw.slice(0, 100)).replace(/[^a-z0-9]+/g, ' ').trim();
  const en = locale === 'en';
  const inCorpus = new Map<string, number>();
  for (const a of corpus.articles) for (const t of a.topics) inCorpus.set(t, (inCorpus.get(t) ?? 0) + 1);
  const scored = TOPICS.map((t) => {
    const keys = [t.slug, t.vi, t.en, ...t.terms].map((k) => fold(k).replace(/[^a-z0-9]+/g, ' ').trim());
    const score = !typed ? 1 : keys.some((k) => k.startsWith(typed)) ? 3 : keys.some((k) => k.includes(typed)) ? 2 : 0;
    return { t, score: score + (inCorpus.has(t.slug) ? 0.5 : 0) };
  })
    .filter((s) => s.score >= 1)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_CHOICES).map(({ t }) => ({
    name: `${en ? t.en : t.vi}${inCorpus.has(t.slug) ? ` (${inCorpus.get(t.slug)})` : ''}`.slice(0, MAX_NAME),
    value: t.slug,
  }));
}
