/**
 * Matching taxonomy terms in text and resolving what a user typed to a topic.
 * Terms match whole words with their diacritics ("an ninh biển" does not match "an ninh biên giới");
 * text written without diacritics is matched on folded words instead. Acronyms (MIA, DOC, UXO) match
 * in capitals only, so "mía" or "doc" never count.
 */
import { exactTokens, fold, foldedTokens, hasDiacritics, words } from '../text/fold.js';
import { TOPICS, TOPIC_BY_SLUG, type Topic } from './taxonomy.js';

interface CompiledTerm {
  topic: string;
  tokens: string[];
  folded: string[];
  acronym: boolean;
  related: boolean;
}

function isAcronym(term: string): boolean {
  return /^[A-Z][A-Z/+]{1,7}$/.test(term);
}

function compile(): Map<string, CompiledTerm[]> {
  const byFirst = new Map<string, CompiledTerm[]>();
  const add = (topic: string, term: string, related: boolean) => {
    const acronym = isAcronym(term);
    const tokens = acronym ? words(term) : exactTokens(term);
    if (tokens.length === 0) return;
    const entry: CompiledTerm = { topic, tokens, folded: foldedTokens(term), acronym, related };
    for (const key of new Set([(tokens[0] as string).toLowerCase(), entry.folded[0] as string])) {
      const list = byFirst.get(key) ?? [];
      list.push(entry);
      byFirst.set(key, list);
    }
  };
  for (const topic of TOPICS) {
    const own = [topic, ...(topic.includes ?? []).map((s) => TOPIC_BY_SLUG.get(s)).filter((t): t is Topic => !!t)];
    for (const t of own) for (const term of t.terms) add(topic.slug, term, false);
    for (const term of topic.related ?? []) add(topic.slug, term, true);
  }
  return byFirst;
}

const COMPILED = compile();

export interface TopicHits {
  /** Hits of terms that count (synonyms and narrower topics). */
  hits: number;
  /** Hits of related words: only for ranking excerpts. */
  related: number;
}

/** Which topics a piece of text speaks of, with hit counts. */
export function topicHits(text: string): Map<string, TopicHits> {
  const accented = hasDiacritics(text);
  const original = words(text.normalize('NFC'));
  const exact = original.map((w) => w.toLowerCase());
  const folded = accented ? exact : exact.map((w) => fold(w));
  const out = new Map<string, TopicHits>();
  for (let i = 0; i < exact.length; i++) {
    const candidates = COMPILED.get(folded[i] as string);
    if (!candidates) continue;
    for (const term of candidates) {
      const seq = term.acronym ? original : accented ? exact : folded;
      const want = term.acronym ? term.tokens : accented ? term.tokens : term.folded;
      if (i + want.length > seq.length) continue;
      let ok = true;
      for (let k = 0; k < want.length && ok; k++) ok = seq[i + k] === want[k];
      if (!ok) continue;
      const h = out.get(term.topic) ?? { hits: 0, related: 0 };
      if (term.related) h.related++;
      else h.hits++;
      out.set(term.topic, h);
    }
  }
  return out;
}

const LOOKUP: Map<string, Topic> = (() => {
  const m = new Map<string, Topic>();
  for (const t of TOPICS) {
    for (const key of [t.slug, t.vi, t.en, ...t.terms]) {
      const k = foldedTokens(key).join(' ');
      if (k && !m.has(k)) m.set(k, t);
    }
  }
  return m;
})();

/** Resolve what a user typed ("an-ninh-biển", "AN NINH BIEN", "maritime security", "dioxin") to a topic. */
export function resolveTopic(input: string): Topic | undefined {
  const key = foldedTokens(input).join(' ');
  return key ? LOOKUP.get(key) : undefined;
}

export { TOPICS, TOPIC_BY_SLUG };
