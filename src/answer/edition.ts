/** `/dialogue N`: everything the corpus says about one edition, every fact with its citation. */
import type { Corpus } from '../corpus/corpus.js';
import type { Article } from '../parse/schema.js';
import { placeKey } from '../parse/places.js';
import { splitSentences } from '../text/sentences.js';
import { fold } from '../text/fold.js';
import { TOPIC_BY_SLUG } from '../topics/taxonomy.js';
import { cite, mergeCited, sourceRef, topicCite, type CiteOrLater } from './cite.js';
import { editionList } from './editions.js';
import type { Citation, DateValue, EditionAnswer, Focus, PersonValue, TopicRef, UnknownEditionAnswer } from './types.js';

const AGREED = /nhất trí|thống nhất|đồng ý|cam kết|thỏa thuận|thoả thuận|tái khẳng định|agreed|committed|pledged|reaffirmed|concurred/iu;
const MAX_AGREED = 6;
/** Articles read in full for topics and agreements; facts (date, place, co-chairs) come from all of them. */
const DETAIL_ARTICLES = 3;
const MAX_SOURCES = 10;

function sentenceAt(a: Article, paragraph: number, sentence: string): Citation {
  return cite(a, paragraph, sentence);
}

function personKey(p: PersonValue): string {
  return `${p.side}|${fold(p.name).replace(/[^a-z]/g, '')}|${fold(p.title).replace(/[^a-z0-9]/g, '')}`;
}

export function editionAnswer(corpus: Corpus, edition: number, focus: Focus = 'summary'): EditionAnswer | UnknownEditionAnswer {
  const src = corpus.editions.get(edition);
  if (!src || (src.own.length === 0 && src.mentions.length === 0)) {
    return { kind: 'edition-unknown', edition, known: editionList(corpus) };
  }
  const basis = src.own.length > 0 ? 'article' : 'mention';

  const dates: { value: DateValue; cite: Citation }[] = [];
  const places: { value: string; cite: Citation }[] = [];
  const people: { value: PersonValue; cite: CiteOrLater }[] = [];
  const agencies: { value: string; cite: CiteOrLater }[] = [];
  const topics: { value: TopicRef; cite: Citation }[] = [];
  const agreed: Citation[] = [];
  const next: { value: { edition: number; place?: string; year?: number }; cite: Citation }[] = [];

  src.own.forEach((a, rank) => {
    const detailed = rank < DETAIL_ARTICLES;
    if (a.event) {
      const e = a.event;
      dates.push({
        value: { kind: 'meeting', dates: e.dates, text: e.text, yearInferred: e.yearInferred, yearBasis: e.yearBasis },
        cite: sentenceAt(a, e.paragraph, e.sentence),
      });
    }
    if (a.location && a.locationParagraph !== undefined) {
      places.push({ value: a.location, cite: sentenceAt(a, a.locationParagraph, a.locationSentence ?? a.location) });
    }
    for (const p of a.cochairs) {
      const make = () => {
        const sentence = splitSentences(a.paragraphs[p.paragraph] ?? '').find((s) => s.includes(p.name)) ?? a.paragraphs[p.paragraph] ?? '';
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
        const sentence = splitSentences(para).find((s) => a.agencies.some((g) => s.includes(g.replace(/ \((?:Việt Nam|Hoa Kỳ)\)$/u, '')))) ?? para;
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
    if (detailed) {
      a.paragraphs.forEach((text, p) => {
        for (const s of splitSentences(text)) if (AGREED.test(s) && agreed.length < MAX_AGREED * DETAIL_ARTICLES) agreed.push(sentenceAt(a, p, s));
      });
    }
    for (const m of a.mentions) {
      if (m.edition > edition && (m.upcoming || m.edition === edition + 1)) {
        next.push({ value: { edition: m.edition, place: m.location, year: m.year }, cite: sentenceAt(a, m.paragraph, m.sentence) });
      }
    }
  });

  // What other articles say of this edition: a planned place and year, or (for past editions) a place.
  for (const { article, mention } of src.mentions) {
    const c = sentenceAt(article, mention.paragraph, mention.sentence);
    if (mention.location) places.push({ value: mention.location, cite: c });
    if (mention.year !== undefined && (basis === 'mention' || dates.length === 0)) {
      dates.push({ value: { kind: 'planned', dates: [], year: mention.year, yearInferred: false, text: String(mention.year) }, cite: c });
    }
  }
  // No meeting date in the text: the publication date is what there is, said for what it is.
  if (dates.length === 0) {
    for (const a of src.own.slice(0, DETAIL_ARTICLES)) {
      if (a.published) {
        dates.push({ value: { kind: 'publication', dates: [a.published], yearInferred: false }, cite: cite(a, -1, a.title) });
      }
    }
  }

  const mergedDates = mergeCited(dates, (d) => `${d.kind}|${d.dates.join(',') || d.year || d.text}`);
  const mergedPlaces = mergeCited(places, placeKey);
  const mergedPeople = mergeCited(people, personKey).sort((x, y) => (x.value.side === y.value.side ? 0 : x.value.side === 'VN' ? -1 : 1));
  const conflicts: EditionAnswer['conflicts'] = [];
  const meetingDays = new Set(mergedDates.filter((d) => d.value.kind === 'meeting' && d.value.dates.length).map((d) => d.value.dates.join(',')));
  if (meetingDays.size > 1) conflicts.push('dates');
  if (mergedPlaces.length > 1) conflicts.push('places');
  for (const side of ['VN', 'US'] as const) {
    if (mergedPeople.filter((p) => p.value.side === side).length > 1) {
      conflicts.push('cochairs');
      break;
    }
  }

  const ownIds = new Set(src.own.map((a) => a.id));
  const mentioning = new Map(src.mentions.filter(({ article }) => !ownIds.has(article.id)).map(({ article }) => [article.id, article]));
  const sourceCount = ownIds.size + mentioning.size;
  const uniqueSources = [...src.own.slice(0, MAX_SOURCES), ...[...mentioning.values()].slice(0, Math.max(0, MAX_SOURCES - src.own.length))].map(sourceRef);

  return {
    kind: 'edition',
    edition,
    focus,
    basis,
    dates: mergedDates,
    places: mergedPlaces,
    cochairs: mergedPeople,
    agencies: mergeCited(agencies, (g) => fold(g)),
    topics: mergeCited(topics, (t) => t.slug),
    agreed: agreed.filter((c, i) => agreed.findIndex((x) => x.quote === c.quote) === i).slice(0, MAX_AGREED),
    next: mergeCited(next, (n) => `${n.edition}|${n.place ? placeKey(n.place) : ''}|${n.year ?? ''}`),
    sources: uniqueSources,
    sourceCount,
    conflicts,
  };
}
