/** `/editions`: the timeline of known editions, with year and place where the corpus gives them. */
import type { Corpus } from '../corpus/corpus.js';
import type { EditionListItem, EditionsAnswer } from './types.js';

const LISTS = new WeakMap<Corpus, EditionListItem[]>();

/** The known editions (computed once per corpus: the corpus only changes by being replaced). */
export function editionList(corpus: Corpus): EditionListItem[] {
  let list = LISTS.get(corpus);
  if (!list) LISTS.set(corpus, (list = computeEditionList(corpus)));
  return list;
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
    });
  }
  return items;
}

export function editionsAnswer(corpus: Corpus): EditionsAnswer {
  return { kind: 'editions', items: editionList(corpus) };
}
