/** Questions about a person: which editions they co-chaired and with what title, each cited. */
import type { Corpus } from '../corpus/corpus.js';
import { paragraphNo } from '../parse/paragraph-no.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { cite } from './cite.js';
import { combinePerson, consolidate, nameWords, sameName, sameNameWords, wordsFit } from './consolidate.js';
import type { Citation, PersonAnswer, PersonValue } from './types.js';

function key(name: string): string {
  return ` ${fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const NAMES = new WeakMap<Corpus, Map<string, string>>();

/** Distinct co-chair names of a corpus (folded key → name as written), computed once per corpus. */
function names(corpus: Corpus): Map<string, string> {
  let m = NAMES.get(corpus);
  if (!m) {
    m = new Map();
    for (const src of corpus.editions.values())
      for (const a of src.own) for (const p of a.cochairs) if (!m.has(key(p.name))) m.set(key(p.name), p.name);
    NAMES.set(corpus, m);
  }
  return m;
}

/**
 * The co-chair of the corpus whose name appears in the question, if any (longest name wins): the full name
 * as written, or two or more of its words as `sameName` reads them ("Clark Cooper" for "R. Clarke Cooper").
 */
export function personIn(corpus: Corpus, question: string): string | undefined {
  const q = key(question);
  let best: string | undefined;
  for (const [k, name] of names(corpus)) if (q.includes(k) && (!best || name.length > best.length)) best = name;
  if (best) return best;
  const words = q.trim().split(' ');
  // Each word of the question split once, each window of them compared with names split once per corpus.
  const parts = words.map(nameWords);
  // `sameNameWords` first compares the two last words: a window ending at a word that cannot be the name's
  // last word is not built at all (every name was tried against every window before; this is the same test,
  // asked first).
  const lastUpTo: (string | undefined)[] = [];
  let last: string | undefined;
  for (const p of parts) lastUpTo.push((last = p[p.length - 1] ?? last));
  for (const { name, n, split, surname } of splitNames(corpus)) {
    for (let end = 2; end <= words.length && !best; end++) {
      const w = lastUpTo[end - 1];
      if (w === undefined || !wordsFit(w, surname)) continue;
      for (let len = 2; len <= Math.min(n, end) && !best; len++)
        if (sameNameWords(parts.slice(end - len, end).flat(), split)) best = name;
    }
    if (best) break;
  }
  return best;
}

interface SplitName {
  name: string;
  /** Words in its key. */
  n: number;
  split: string[];
  /** The last of `split`. */
  surname: string;
}

const SPLIT = new WeakMap<Corpus, SplitName[]>();

/** The co-chair names with their word counts and `nameWords`, once per corpus (the corpus is immutable). */
function splitNames(corpus: Corpus): SplitName[] {
  let list = SPLIT.get(corpus);
  if (!list)
    SPLIT.set(
      corpus,
      (list = [...names(corpus).values()].flatMap((name) => {
        const split = nameWords(name);
        const surname = split[split.length - 1];
        // A name with no letters matches no window (`sameNameWords` of an empty list is false).
        return surname === undefined ? [] : [{ name, n: key(name).trim().split(' ').length, split, surname }];
      })),
    );
  return list;
}

/**
 * The editions a person co-chaired: one line per edition, whatever titles or spellings the sources give
 * (the most-cited title shown, as in /dialogue N), every source counted.
 */
export function personAnswer(corpus: Corpus, name: string): PersonAnswer {
  const items: { value: PersonValue & { edition: number }; cite: Citation }[] = [];
  for (const [edition, src] of corpus.editions) {
    for (const a of src.own) {
      for (const p of a.cochairs) {
        if (!sameName(p.name, name)) continue;
        const para = a.paragraphs[p.paragraph] ?? '';
        const sentence = splitSentences(para).find((x) => x.includes(p.name)) ?? para;
        items.push({
          value: { edition, name: p.name, title: p.title, side: p.side },
          cite: cite(a, paragraphNo(p.paragraph), sentence),
        });
      }
    }
  }
  const merged = consolidate(
    items,
    (r) => `${r.edition}|${r.side}`,
    undefined,
    (variants) => ({ ...combinePerson(variants), edition: variants[0]?.value.edition ?? 0 }),
  );
  const roles = merged
    .sort((x, y) => x.value.edition - y.value.edition)
    .map((r) => ({
      ...r,
      value: {
        edition: r.value.edition,
        title: r.value.title,
        side: r.value.side,
        ...(r.value.otherTitles ? { otherTitles: r.value.otherTitles } : {}),
      },
    }));
  return { kind: 'person', name, roles };
}
