/**
 * Autocomplete choices for /dialogue edition and /topic topic, as pure functions of the corpus and what
 * the user has typed so far. The two commands call these; the benchmark times them.
 */
import type { Corpus } from '../corpus/corpus.js';
import { fold } from '../text/fold.js';
import { TOPICS } from '../topics/taxonomy.js';
import { editionList } from './all-editions.js';
import { replies } from '../i18n/replies.js';
import { head, truncate } from '../util/truncate.js';
import type { Locale } from './types.js';

export interface Choice<V extends string | number> {
  name: string;
  value: V;
}

/** Discord allows at most 25 choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_NAME = 100;

/** Per corpus, computed once: autocomplete runs on every keystroke, the corpus changes only on reload. */
const EDITIONS = new WeakMap<Corpus, ReturnType<typeof editionList>>();
const TOPIC_COUNTS = new WeakMap<Corpus, Map<string, number>>();
/** Folded search keys of every topic (slug, labels, terms), computed once. */
const TOPIC_KEYS = TOPICS.map((t) => ({
  t,
  keys: [t.slug, t.vi, t.en, ...t.terms].map((k) =>
    fold(k)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  ),
}));

function editionsOf(corpus: Corpus): ReturnType<typeof editionList> {
  let e = EDITIONS.get(corpus);
  if (!e) EDITIONS.set(corpus, (e = editionList(corpus)));
  return e;
}

function topicCounts(corpus: Corpus): Map<string, number> {
  let m = TOPIC_COUNTS.get(corpus);
  if (!m) {
    m = new Map();
    for (const a of corpus.articles) for (const t of a.topics) m.set(t, (m.get(t) ?? 0) + 1);
    TOPIC_COUNTS.set(corpus, m);
  }
  return m;
}

/** Editions whose number starts with, or whose label (edition · year · place) contains, what was typed. */
export function editionChoices(corpus: Corpus, typedRaw: string, locale: Locale): Choice<number>[] {
  const typed = fold(head(typedRaw, 50))
    .replace(/[^a-z0-9 ]/g, '')
    .trim();
  const say = replies(locale);
  return editionsOf(corpus)
    .map((e) => ({
      name: truncate(
        [say.editionChoice(e.edition), e.year, e.place].filter((x) => x !== undefined).join(' · '),
        MAX_NAME,
      ),
      value: e.edition,
    }))
    .filter((c) => !typed || String(c.value).startsWith(typed) || fold(c.name).includes(typed))
    .slice(0, MAX_CHOICES);
}

/** Topics whose slug, labels or terms start with (best) or contain what was typed; topics in the corpus first among equals. */
export function topicChoices(corpus: Corpus, typedRaw: string, locale: Locale): Choice<string>[] {
  const typed = fold(head(typedRaw, 100))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const en = locale === 'en';
  const inCorpus = topicCounts(corpus);
  const scored = TOPIC_KEYS.map(({ t, keys }) => {
    const score = !typed ? 1 : keys.some((k) => k.startsWith(typed)) ? 3 : keys.some((k) => k.includes(typed)) ? 2 : 0;
    return { t, score: score + (inCorpus.has(t.slug) ? 0.5 : 0) };
  })
    .filter((s) => s.score >= 1)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_CHOICES).map(({ t }) => ({
    name: truncate(`${en ? t.en : t.vi}${inCorpus.has(t.slug) ? ` (${inCorpus.get(t.slug)})` : ''}`, MAX_NAME),
    value: t.slug,
  }));
}
