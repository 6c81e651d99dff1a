/**
 * `/editions`: the known editions, with year, place, co-chairs and how many sources (from which outlets)
 * the corpus has for each, and the timeline image of them as an attachment.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Article } from '../parse/schema.js';
import { fold } from '../text/fold.js';
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

/** Each co-chair once (by folded name, first title given), Vietnam's side first, in corpus order. */
function cochairsOf(articles: readonly Article[]): PersonValue[] {
  const seen = new Map<string, PersonValue>();
  for (const a of articles) {
    for (const p of a.cochairs) {
      const key = fold(p.name).replace(/\s+/g, ' ').trim();
      if (!seen.has(key)) seen.set(key, { name: p.name, title: p.title, side: p.side });
    }
  }
  const all = [...seen.values()];
  return [...all.filter((p) => p.side === 'VN'), ...all.filter((p) => p.side === 'US')];
}

function computeEditionList(corpus: Corpus): EditionListItem[] {
  const items: EditionListItem[] = [];
  for (const [edition, src] of corpus.editions) {
    const own = src.own[0];
    const mention = src.mentions.find((m) => m.mention.location || m.mention.year) ?? src.mentions[0];
    let year: number | undefined;
    let yearKind: EditionListItem['yearKind'];
    const day = src.own.map((a) => a.event?.dates[0]).find((d) => d !== undefined);
    const published = src.own.map((a) => a.published).find((d) => d !== undefined);
    const planned = src.mentions.map((m) => m.mention.year).find((y) => y !== undefined);
    if (day) [year, yearKind] = [Number(day.slice(0, 4)), 'meeting'];
    else if (published) [year, yearKind] = [Number(published.slice(0, 4)), 'publication'];
    else if (planned !== undefined) [year, yearKind] = [planned, 'planned'];
    items.push({
      edition,
      year,
      yearKind,
      place: src.own.map((a) => a.location).find((l) => l !== undefined) ?? mention?.mention.location,
      basis: own ? 'article' : 'mention',
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
  return items.length > 0 ? { kind: 'editions', items, attachments: [TIMELINE_ATTACHMENT] } : { kind: 'editions', items };
}
