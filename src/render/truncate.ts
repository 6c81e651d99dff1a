/**
 * The one truncation helper: cut text to a length limit counted in UTF-16 units (what Discord counts),
 * never inside a grapheme — an emoji with its skin tone or ZWJ sequence, a letter with its combining
 * marks, a flag — so no cut leaves a lone surrogate or a stray accent. Every renderer and reply uses it.
 */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest prefix of whole graphemes at most `max` UTF-16 units long. */
export function head(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = 0;
  for (const { index, segment } of GRAPHEMES.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

export interface TruncateOptions {
  /** Appended when the text is cut ("…" by default; '' for none). Counted within `max`. */
  ellipsis?: string;
  /** Prefer to cut at the last space when it is in the last 40 % of the kept text. */
  words?: boolean;
}

/** `text` when it fits in `max` UTF-16 units, else its head (whole graphemes, maybe whole words) and the ellipsis. */
export function truncate(text: string, max: number, { ellipsis = '…', words = false }: TruncateOptions = {}): string {
  if (text.length <= max) return text;
  let cut = head(text, Math.max(0, max - ellipsis.length));
  if (words) {
    const sp = cut.lastIndexOf(' ');
    if (sp > cut.length * 0.6) cut = cut.slice(0, sp);
    cut = cut.trimEnd();
  }
  return head(`${cut}${ellipsis}`, max);
}
