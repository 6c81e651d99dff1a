/** `/dialogue N`: everything the corpus says about one edition, every fact with its citation. */
import type { Corpus, EditionSources } from '../corpus/corpus.js';
import { paragraphNo } from '../parse/paragraph-no.js';
import type { Article } from '../parse/schema.js';
import { splitSentences } from '../text/sentences.js';
import { fold } from '../text/fold.js';
import { TOPIC_BY_SLUG } from '../topics/taxonomy.js';
import { cite, mergeCited, sourceRef, titleCite, topicCite, type CiteOrLater } from './cite.js';
import {
  agencyKeys,
  betterPerson,
  betterSpelling,
  combineDate,
  combinePerson,
  consolidate,
  dateKey,
  datesDiffer,
  meetingDateItems,
  personKeys,
  placeIdentity,
} from './consolidate.js';
import { editionList } from './all-editions.js';
import { evidenceFor } from './evidence.js';
import { articleStatements } from './statements.js';
import type {
  Citation,
  DateValue,
  EditionAnswer,
  Focus,
  PersonValue,
  Statement,
  TopicRef,
  UnknownEditionAnswer,
} from './types.js';

const MAX_AGREED = 6;
const MAX_PROPOSED = 4;
/** Articles read in full for topics and agreements; facts (date, place, co-chairs) come from all of them. */
const DETAIL_ARTICLES = 3;
const MAX_SOURCES = 10;
/** Articles searched for a sentence describing a fact no article gives as a value. */
const EVIDENCE_ARTICLES = 10;

/** The citation of a sentence at a position of the record (`paragraphs[position]`, -1 the headline). */
function sentenceAt(a: Article, position: number, sentence: string): Citation {
  return cite(a, paragraphNo(position), sentence);
}

/** A statement's clause folded, to tell the same clause in two articles (computed once per statement). */
const CLAUSE_KEYS = new WeakMap<Statement, string>();
function clauseKey(s: Statement): string {
  let k = CLAUSE_KEYS.get(s);
  if (k === undefined)
    CLAUSE_KEYS.set(
      s,
      (k = fold(s.clause)
        .replace(/[^a-z0-9]+/g, '')
        .slice(0, 80)),
    );
  return k;
}

/** Statements of several articles: one per clause (the first source that says it), agreements apart from proposals. */
function uniqueStatements(all: Statement[], kind: Statement['kind'], max: number): Statement[] {
  const seen = new Set<string>();
  const out: Statement[] = [];
  for (const s of all) {
    if (s.kind !== kind) continue;
    const k = clauseKey(s);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

/** An edition's consolidated facts: everything of its answer but the focus and detail the user asked for. */
type EditionFacts = Omit<EditionAnswer, 'focus' | 'detail'>;

/**
 * Consolidated facts per corpus and edition, built on the first question about the edition. A corpus is
 * immutable once loaded and /reload swaps in a new Corpus object, so the table goes with the corpus it was
 * built from (a WeakMap key) and is never stale. Consolidating an edition's many articles (dates, places,
 * co-chairs, agencies, statements) was most of a `/dialogue N` answer at 1,000 articles (issue 10).
 */
const FACTS = new WeakMap<Corpus, Map<number, EditionFacts>>();

export function editionAnswer(
  corpus: Corpus,
  edition: number,
  focus: Focus = 'summary',
  detail = false,
): EditionAnswer | UnknownEditionAnswer {
  const src = corpus.editions.get(edition);
  if (!src || (src.own.length === 0 && src.mentions.length === 0)) {
    return { kind: 'edition-unknown', edition, known: editionList(corpus) };
  }
  let table = FACTS.get(corpus);
  if (!table) FACTS.set(corpus, (table = new Map()));
  let facts = table.get(edition);
  if (!facts) table.set(edition, (facts = editionFacts(corpus, edition, src)));
  // A fresh top-level object per answer: the facts' arrays are shared and read-only for the renderers.
  const f = facts;
  // The fields in the order the answer always had them (the JSON renderer prints them as they come).
  return {
    kind: 'edition',
    edition,
    focus,
    basis: f.basis,
    dates: f.dates,
    places: f.places,
    cochairs: f.cochairs,
    agencies: f.agencies,
    topics: f.topics,
    agreed: f.agreed,
    agreements: f.agreements,
    proposals: f.proposals,
    evidence: f.evidence,
    ...(detail ? { detail } : {}),
    next: f.next,
    sources: f.sources,
    sourceCount: f.sourceCount,
    conflicts: f.conflicts,
  };
}

function editionFacts(corpus: Corpus, edition: number, src: EditionSources): EditionFacts {
  const basis = src.own.length > 0 ? 'article' : 'mention';

  const dates: { value: DateValue; cite: Citation }[] = meetingDateItems(src.own);
  const places: { value: string; cite: Citation }[] = [];
  const people: { value: PersonValue; cite: CiteOrLater }[] = [];
  const agencies: { value: string; cite: CiteOrLater }[] = [];
  const topics: { value: TopicRef; cite: Citation }[] = [];
  const statements: Statement[] = [];
  const next: { value: { edition: number; place?: string; year?: number }; cite: Citation }[] = [];

  src.own.forEach((a, rank) => {
    const detailed = rank < DETAIL_ARTICLES;
    if (a.location && a.locationParagraph !== undefined) {
      // An online meeting (the extraction's optional `locationKind`) is one place however the text words it.
      const online = (a as Article & { locationKind?: 'city' | 'online' }).locationKind === 'online';
      places.push({
        value: online ? 'online' : a.location,
        cite: sentenceAt(a, a.locationParagraph, a.locationSentence ?? a.location),
      });
    }
    for (const p of a.cochairs) {
      const make = () => {
        const sentence =
          splitSentences(a.paragraphs[p.paragraph] ?? '').find((s) => s.includes(p.name)) ??
          a.paragraphs[p.paragraph] ??
          '';
        return sentenceAt(a, p.paragraph, sentence);
      };
      people.push({ value: { name: p.name, title: p.title, side: p.side }, cite: { articleId: a.id, make } });
    }
    if (a.agenciesParagraph !== undefined) {
      const at = a.agenciesParagraph;
      let made: Citation | undefined;
      const make = () => {
        if (made) return made;
        const para = a.paragraphs[at] ?? '';
        const sentence =
          splitSentences(para).find((s) =>
            a.agencies.some((g) => s.includes(g.replace(/ \((?:Việt Nam|Hoa Kỳ)\)$/u, ''))),
          ) ?? para;
        return (made = sentenceAt(a, at, sentence));
      };
      for (const g of a.agencies) agencies.push({ value: g, cite: { articleId: a.id, make } });
    }
    for (const slug of detailed ? a.topics : []) {
      const t = TOPIC_BY_SLUG.get(slug);
      if (!t) continue;
      const c = topicCite(a, slug);
      if (c) topics.push({ value: { slug, vi: t.vi, en: t.en }, cite: c });
    }
    if (detailed) statements.push(...articleStatements(a));
    for (const m of a.mentions) {
      if (m.edition > edition && (m.upcoming || m.edition === edition + 1)) {
        next.push({
          value: { edition: m.edition, place: m.location, year: m.year },
          cite: sentenceAt(a, m.paragraph, m.sentence),
        });
      }
    }
  });

  // What other articles say of this edition: a planned place and year, or (for past editions) a place.
  for (const { article, mention } of src.mentions) {
    const c = sentenceAt(article, mention.paragraph, mention.sentence);
    if (mention.location) places.push({ value: mention.location, cite: c });
    if (mention.year !== undefined && (basis === 'mention' || dates.length === 0)) {
      dates.push({
        value: { kind: 'planned', dates: [], year: mention.year, yearInferred: false, text: String(mention.year) },
        cite: c,
      });
    }
  }
  // No meeting date in the text: the publication date is what there is, said for what it is.
  if (dates.length === 0) {
    for (const a of src.own.slice(0, DETAIL_ARTICLES)) {
      if (a.published) {
        dates.push({
          value: { kind: 'publication', dates: [a.published], yearInferred: false },
          cite: titleCite(a),
        });
      }
    }
  }

  const mergedDates = consolidate(dates, dateKey, undefined, combineDate);
  const mergedPlaces = consolidate(places, placeIdentity, betterSpelling);
  const mergedPeople = consolidate(people, personKeys(people.map((x) => x.value)), betterPerson, combinePerson).sort(
    (x, y) => (x.value.side === y.value.side ? 0 : x.value.side === 'VN' ? -1 : 1),
  );
  const conflicts: EditionAnswer['conflicts'] = [];
  if (datesDiffer(mergedDates.map((d) => d.value))) conflicts.push('dates');
  if (mergedPlaces.length > 1) conflicts.push('places');
  for (const side of ['VN', 'US'] as const) {
    if (mergedPeople.filter((p) => p.value.side === side).length > 1) {
      conflicts.push('cochairs');
      break;
    }
  }

  const agreements = uniqueStatements(statements, 'agreed', MAX_AGREED);
  // No structured value: the sentence that describes it, if one does (never "not in the corpus" while it is there).
  const evidence: EditionAnswer['evidence'] = {};
  if (!mergedDates.some((d) => d.value.kind === 'meeting')) {
    const e = evidenceFor('date', corpus, src.own.slice(0, EVIDENCE_ARTICLES), edition);
    if (e.length) evidence.date = e;
  }
  if (mergedPlaces.length === 0) {
    const e = evidenceFor('place', corpus, src.own.slice(0, EVIDENCE_ARTICLES), edition);
    if (e.length) evidence.place = e;
  }
  if (mergedPeople.length === 0) {
    const e = evidenceFor('cochairs', corpus, src.own.slice(0, EVIDENCE_ARTICLES), edition);
    if (e.length) evidence.cochairs = e;
  }

  const ownIds = new Set(src.own.map((a) => a.id));
  const mentioning = new Map(
    src.mentions.filter(({ article }) => !ownIds.has(article.id)).map(({ article }) => [article.id, article]),
  );
  const sourceCount = ownIds.size + mentioning.size;
  const uniqueSources = [
    ...src.own.slice(0, MAX_SOURCES),
    ...[...mentioning.values()].slice(0, Math.max(0, MAX_SOURCES - src.own.length)),
  ].map(sourceRef);

  return {
    kind: 'edition',
    edition,
    basis,
    dates: mergedDates,
    places: mergedPlaces,
    cochairs: mergedPeople,
    agencies: consolidate(agencies, agencyKeys(agencies.map((g) => g.value)), (x, y) => y.length - x.length),
    topics: mergeCited(topics, (t) => t.slug),
    agreed: agreements.map((s) => s.cite).filter((c, i, all) => all.findIndex((x) => x.quote === c.quote) === i),
    agreements,
    proposals: uniqueStatements(statements, 'proposed', MAX_PROPOSED),
    evidence,
    // "Edition 10 — Washington" and "Edition 10 — Washington — 2019" are one fact: the fuller one is shown.
    next: consolidate(
      next,
      (n) => `${n.edition}|${n.place ? placeIdentity(n.place) : ''}`,
      undefined,
      (vs) =>
        (
          [...vs].sort(
            (x, y) => Number(y.value.year !== undefined) - Number(x.value.year !== undefined) || y.count - x.count,
          )[0] as { value: { edition: number; place?: string; year?: number } }
        ).value,
    ),
    sources: uniqueSources,
    sourceCount,
    conflicts,
  };
}
