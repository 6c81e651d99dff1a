/**
 * The one truncation helper: cut text to a length limit counted in UTF-16 units (what Discord counts),
 * never inside a grapheme — an emoji with its skin tone or ZWJ sequence, a letter with its combining
 * marks, a flag — so no cut leaves a lone surrogate or a stray accent. Every renderer and reply uses it.
 */
/** Made on the first cut that needs it: building a segmenter loads ICU's break rules (~12 ms of every start). */
let graphemes: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  return (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}

/**
 * A code unit that never joins the one before or after it into a grapheme: Latin (Basic, Latin-1,
 * Extended-A/B) and the precomposed Vietnamese letters, but not CR (CR LF is one grapheme). Between two
 * such units there is always a boundary, which spares the segmenter on almost all corpus text.
 */
function simple(c: number): boolean {
  return (c < 0x300 && c !== 0x0d) || (c >= 0x1e00 && c <= 0x1eff);
}

/** The longest prefix of whole graphemes at most `max` UTF-16 units long. */
export function head(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (simple(text.charCodeAt(max - 1)) && simple(text.charCodeAt(max))) return text.slice(0, max);
  // Whether `max` is a boundary depends only on the text before it and the code point at it, so only that
  // much is segmented: segmenting a whole long text (ICU copies it) on every cut would make cuts O(length).
  // And only from the last sure boundary before the cut (two simple units) when there is one near: the
  // segmenter makes an object per grapheme, and a cut next to a dash or a quotation mark (not simple) cost
  // a reply ~6 KB of garbage per clipped line.
  let from = 0;
  for (let j = max - 1; j > 0 && j > max - 64; j--) {
    if (simple(text.charCodeAt(j - 1)) && simple(text.charCodeAt(j))) {
      from = j;
      break;
    }
  }
  let end = from;
  for (const { index, segment } of segmenter().segment(text.slice(from, max + 2))) {
    if (from + index + segment.length > max) break;
    end = from + index + segment.length;
  }
  return text.slice(0, end);
}

/** The suffix of `text` from its first grapheme boundary at or after `from` (what a cut at `from` may keep). */
export function tailFrom(text: string, from: number): string {
  if (from <= 0) return text;
  if (from >= text.length) return '';
  if (simple(text.charCodeAt(from - 1)) && simple(text.charCodeAt(from))) return text.slice(from);
  // Boundaries depend on everything before them (a run of flag letters pairs up from its start), so the
  // text is segmented from its start; this runs only where the cut falls beside a non-Latin character.
  for (const { index } of segmenter().segment(text)) if (index >= from) return text.slice(index);
  return '';
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
