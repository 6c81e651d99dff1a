/**
 * `/editions`: the known editions, with year, place, co-chairs and how many sources (from which outlets)
 * the corpus has for each, and the timeline image of them as an attachment.
 */
import type { Corpus, EditionSources } from '../corpus/corpus.js';
import { paragraphNo } from '../parse/paragraph-no.js';
import type { Article } from '../parse/schema.js';
import { fold } from '../text/fold.js';
import { cite, type CiteOrLater } from './cite.js';
import {
  betterPerson,
  betterSpelling,
  combineDate,
  combinePerson,
  consolidate,
  dateKey,
  meetingDateItems,
  personKeys,
  placeIdentity,
} from './consolidate.js';
import type { AnswerAttachment, EditionListItem, EditionsAnswer, PersonValue, SourceTally } from './types.js';

const LISTS = new WeakMap<Corpus, EditionListItem[]>();

export const TIMELINE_ATTACHMENT: AnswerAttachment = {
  kind: 'editions-timeline',
  filename: 'editions-timeline.png',
  contentType: 'image/png',
};

/** The known editions (computed once per corpus: the corpus only changes by being replaced). */
export function editionList(corpus: Corpus): EditionListItem[] {
  let list = LISTS.get(corpus);
  if (!list) LISTS.set(corpus, (list = computeEditionList(corpus)));
  return list;
}

/** Letters and digits only, folded: "VOV.VN", "vov.vn" and "VOV VN" are one outlet. */
const outletKey = (name: string) => fold(name).replace(/[^a-z0-9]+/g, '');

/** The outlet an article names: its metadata's outlet, else the attribution line ("Theo VOV.VN"). */
export function outletOf(a: Article): string | undefined {
  const name = (a.source.outlet ?? a.source.attribution)?.trim();
  return name && outletKey(name) ? name : undefined;
}

export function tallySources(articles: readonly Article[]): SourceTally {
  const outlets = new Map<string, { name: string; count: number }>();
  let unnamed = 0;
  for (const a of articles) {
    const name = outletOf(a);
    if (name === undefined) {
      unnamed++;
      continue;
    }
    const key = outletKey(name);
    const o = outlets.get(key);
    if (o) o.count++;
    else outlets.set(key, { name, count: 1 });
  }
  return {
    count: articles.length,
    outlets: [...outlets.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'vi')),
    unnamed,
  };
}

/**
 * The list says of each edition what `/dialogue N` says of it: the facts merged the same way (consolidate.ts),
 * so a list line never contradicts the edition's own page. Citations are not shown here; they are made
 * lazily, only because `consolidate` counts sources by article.
 */
const lazyCite = (a: Article, position: number, quote: string): CiteOrLater => ({
  articleId: a.id,
  make: () => cite(a, paragraphNo(position), quote),
});

/** Each co-chair once however the sources spell the name or title (as /dialogue N names them), Vietnam's side first, more sources first. */
function cochairsOf(articles: readonly Article[]): PersonValue[] {
  const people = articles.flatMap((a) =>
    a.cochairs.map((p) => ({
      value: { name: p.name, title: p.title, side: p.side },
      cite: lazyCite(a, p.paragraph, p.name),
    })),
  );
  const merged = consolidate(people, personKeys(people.map((x) => x.value)), betterPerson, combinePerson).map(
    ({ value: { name, title, side } }) => ({ name, title, side }),
  );
  return [...merged.filter((p) => p.side === 'VN'), ...merged.filter((p) => p.side === 'US')];
}

/**
 * The year and what it is, from the best evidence: a meeting date or month that an article about the edition
 * gives (its year stated, or inferred as /dialogue N says), the one more sources give first; else the
 * publication year of an article about it; else a year another article plans for it.
 */
function yearOf(src: EditionSources): Pick<EditionListItem, 'year' | 'yearKind'> {
  const meeting = consolidate(meetingDateItems(src.own), dateKey, undefined, combineDate)
    .map((d) => d.value)
    .find((d) => d.kind === 'meeting' && (d.dates.length > 0 || d.month !== undefined));
  const stated = meeting?.dates[0] ?? meeting?.month;
  if (stated) return { year: Number(stated.slice(0, 4)), yearKind: 'meeting' };
  const published = src.own.map((a) => a.published).find((d) => d !== undefined);
  if (published) return { year: Number(published.slice(0, 4)), yearKind: 'publication' };
  const planned = src.mentions.map((m) => m.mention.year).find((y) => y !== undefined);
  return planned !== undefined ? { year: planned, yearKind: 'planned' } : {};
}

/** The place /dialogue N gives first: its articles' places and other articles' mentions, merged, the most-cited first. */
function placeOf(src: EditionSources): string | undefined {
  const places: { value: string; cite: CiteOrLater }[] = [];
  for (const a of src.own) {
    if (!a.location || a.locationParagraph === undefined) continue;
    // An online meeting (the extraction's optional `locationKind`) is one place however the text words it.
    const online = (a as Article & { locationKind?: 'city' | 'online' }).locationKind === 'online';
    places.push({
      value: online ? 'online' : a.location,
      cite: lazyCite(a, a.locationParagraph, a.locationSentence ?? a.location),
    });
  }
  for (const { article, mention } of src.mentions)
    if (mention.location)
      places.push({ value: mention.location, cite: lazyCite(article, mention.paragraph, mention.sentence) });
  return consolidate(places, placeIdentity, betterSpelling)[0]?.value;
}

function computeEditionList(corpus: Corpus): EditionListItem[] {
  const items: EditionListItem[] = [];
  for (const [edition, src] of corpus.editions) {
    items.push({
      edition,
      ...yearOf(src),
      place: placeOf(src),
      basis: src.own.length > 0 ? 'article' : 'mention',
      cochairs: cochairsOf(src.own),
      sources: tallySources(src.own),
      // An article that mentions an edition twice is one article.
      mentionedIn: new Set(src.mentions.map((m) => m.article.id)).size,
    });
  }
  return items;
}

export function editionsAnswer(corpus: Corpus): EditionsAnswer {
  const items = editionList(corpus);
  return items.length > 0
    ? { kind: 'editions', items, attachments: [TIMELINE_ATTACHMENT] }
    : { kind: 'editions', items };
}
