/** Per edition, in /editions and /about: how many sources the corpus has and from which outlets. */
import type { EditionListItem, Locale } from '../answer/types.js';
import { editionsLabels } from '../i18n/editions-labels.js';

/** Outlets named in a line before the rest are only counted. */
const MAX_OUTLETS = 5;

/** "2 nguồn: VOV.VN (2), VnExpress" — undefined for an edition with no article of its own. Plain text: the renderer escapes it. */
export function sourcesNote(e: EditionListItem, locale: Locale): string | undefined {
  const s = e.sources;
  if (!s || s.count === 0) return undefined;
  const T = editionsLabels(locale);
  const named = s.outlets.slice(0, MAX_OUTLETS).map((o) => (o.count > 1 ? `${o.name} (${o.count})` : o.name));
  const rest = s.outlets.slice(MAX_OUTLETS).reduce((n, o) => n + o.count, 0);
  if (rest > 0) named.push(`+${rest}`);
  if (named.length === 0) return `${T.sources(s.count, '')} (${T.noOutlet})`;
  if (s.unnamed > 0) named.push(T.unnamed(s.unnamed));
  return T.sources(s.count, named.join(', '));
}
