/**
 * The people of one sentence, recognised once per parse. The co-chair extractor reads its meeting sentences
 * and, for a name written without its office, every sentence of the article (named-elsewhere.ts): without
 * this, the recogniser ran twice over the same sentences (about a tenth of the parse).
 */
import type { Sentence } from './context.js';
import { peopleIn, type FoundPerson } from './people.js';

const PEOPLE = new WeakMap<Sentence, readonly FoundPerson[]>();

/** `peopleIn(s.text)`, kept for as long as the sentence object lives (one parse). Callers never mutate it. */
export function sentencePeople(s: Sentence): readonly FoundPerson[] {
  let found = PEOPLE.get(s);
  if (!found) PEOPLE.set(s, (found = peopleIn(s.text)));
  return found;
}
