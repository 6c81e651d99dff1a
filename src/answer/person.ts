/** Questions about a person: which editions they co-chaired and with what title, each cited. */
import type { Corpus } from '../corpus/corpus.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { cite, mergeCited } from './cite.js';
import type { Citation, PersonAnswer } from './types.js';

function key(name: string): string {
  return ` ${fold(name).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

const NAMES = new WeakMap<Corpus, Map<string, string>>();

/** Distinct co-chair names of a corpus (folded key → name as written), computed once per corpus. */
function names(corpus: Corpus): Map<string, string> {
  let m = NAMES.get(corpus);
  if (!m) {
    m = new Map();
    for (const src of corpus.editions.values()) for (const a of src.own) for (const p of a.cochairs) if (!m.has(key(p.name))) m.set(key(p.name), p.name);
    NAMES.set(corpus, m);
  }
  return m;
}

/** The co-chair of the corpus whose full name appears in the question, if any (longest name wins). */
export function personIn(corpus: Corpus, question: string): string | undefined {
  const q = key(question);
  let best: string | undefined;
  for (const [k, name] of names(corpus)) if (q.includes(k) && (!best || name.length > best.length)) best = name;
  return best;
}

export function personAnswer(corpus: Corpus, name: string): PersonAnswer {
  const k = key(name);
  const items: { value: { edition: number; title: string; side: 'VN' | 'US' }; cite: Citation }[] = [];
  for (const [edition, src] of corpus.editions) {
    for (const a of src.own) {
      for (const p of a.cochairs) {
        if (key(p.name) !== k) continue;
        const para = a.paragraphs[p.paragraph] ?? '';
        const sentence = splitSentences(para).find((x) => x.includes(p.name)) ?? para;
        items.push({ value: { edition, title: p.title, side: p.side }, cite: cite(a, p.paragraph, sentence) });
      }
    }
  }
  return { kind: 'person', name, roles: mergeCited(items, (r) => `${r.edition}|${fold(r.title)}`) };
}
