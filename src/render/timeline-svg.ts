/**
 * The editions timeline as SVG text (no library: plain markup that `timeline-png.ts` rasterises).
 * Editions run left to right on one or more tracks (at most 5 a track, wide enough for a co-chair's full name at
 * a size that stays readable when Discord shows the image scaled down); each has a numbered dot in the colour of its place
 * and a card with year, place, co-chairs and how many sources the corpus has. Editions known only from a
 * mention in another article are drawn apart: hollow dashed dot, dashed card, grey italic text.
 * Every piece of corpus text goes through `xmlText`, and is shortened to fit its card.
 */
import type { EditionListItem, Locale } from '../answer/types.js';
import { editionsLabels } from '../i18n/editions-labels.js';
import { fold } from '../text/fold.js';

/** The family name inside the bundled TTF files (see timeline-png.ts). */
export const FONT_FAMILY = 'Be Vietnam Pro';

const WIDTH = 1100;
const MARGIN = 32;
const HEADER = 104;
const TRACK = 236;
const LEGEND = 84;
const PER_TRACK = 5;
const MAX_CARD = 240;
/**
 * At most this many editions are drawn (the latest; the subtitle says how many earlier ones are left out):
 * the real series has 14, and a synthetic corpus of a thousand would make an image tens of thousands of
 * pixels tall, seconds to render and over Discord's upload limit.
 */
export const MAX_DRAWN = 30;

const INK = '#1a202c';
const MUTED = '#4a5568';
const FAINT = '#718096';
const AXIS = '#cbd5e0';

export type PlaceClass = 'hanoi' | 'washington' | 'online' | 'other' | 'unknown';
const PLACE_COLOUR: Record<PlaceClass, string> = {
  hanoi: '#c53030',
  washington: '#2b6cb0',
  online: '#2f855a',
  // A venue other than the usual three is rare: one neutral colour with "unknown", and its name on the card.
  other: '#8795a8',
  unknown: '#8795a8',
};

/** Which of the usual venues a place string names (as the articles wrote it: "Washington D.C.", "Hà Nội"). */
export function placeClass(place: string | undefined): PlaceClass {
  if (!place) return 'unknown';
  const f = fold(place);
  if (/\bha\s*noi\b|\bhanoi\b/.test(f)) return 'hanoi';
  if (/\bwashington\b|\bwa\s*shing\s*ton\b/.test(f)) return 'washington';
  if (/truc tuyen|online|virtual|video ?conference|hoi nghi truyen hinh|\bvideo\b/.test(f)) return 'online';
  return 'other';
}

/**
 * Text as XML character data: markup characters escaped, and what XML 1.0 forbids (control characters,
 * lone surrogates, U+FFFE/U+FFFF) replaced, so no article text can break or inject into the SVG.
 */
export function xmlText(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Estimated advance of a text in Be Vietnam Pro, in ems (measured with resvg's bounding boxes: lower case
 * ≈0.56 em, capitals and digits ≈0.62–0.69, bold ≈6 % wider). Only used to decide where to shorten.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += 0.26;
    else if (/[\p{Lu}\p{N}]/u.test(ch)) em += 0.68;
    else if (/[.,:;'!|il]/.test(ch)) em += 0.3;
    else em += 0.57;
  }
  return em * size * (bold ? 1.07 : 1);
}

/** Shorten a text with "…" until its estimated width fits. */
export function fit(text: string, max: number, size: number, bold = false): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, size, bold) <= max) return clean;
  const chars = [...clean];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** How much a text may be narrowed (glyphs and spacing) before it is shortened instead. */
const MAX_SQUEEZE = 1.18;

/**
 * A line of text; with `maxWidth`, one a little too long is narrowed to fit (textLength) and a longer one
 * is shortened with "…" first, so nothing spills out of its card.
 */
function text(x: number, y: number, content: string, s: TextStyle, maxWidth?: number): string {
  const shown = maxWidth === undefined ? content : fit(content, maxWidth * MAX_SQUEEZE, s.size, s.bold);
  const squeeze = maxWidth !== undefined && textWidth(shown, s.size, s.bold) > maxWidth;
  const attrs = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${s.size}"`,
    `fill="${s.fill}"`,
    s.bold ? 'font-weight="700"' : '',
    s.italic ? 'font-style="italic"' : '',
    s.anchor && s.anchor !== 'start' ? `text-anchor="${s.anchor}"` : '',
    squeeze ? `textLength="${maxWidth.toFixed(1)}" lengthAdjust="spacingAndGlyphs"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${xmlText(shown)}</text>`;
}

function yearText(e: EditionListItem, noYear: string): string {
  if (e.year === undefined) return noYear;
  return `${e.year}${e.yearKind === 'publication' ? '*' : e.yearKind === 'planned' ? '†' : ''}`;
}

function card(e: EditionListItem, cx: number, top: number, width: number, locale: Locale): string {
  const T = editionsLabels(locale);
  const mention = e.basis === 'mention';
  const colour = PLACE_COLOUR[placeClass(e.place)];
  const left = cx - width / 2;
  const inner = width - 26;
  const x = left + 16;
  const ink = mention ? FAINT : INK;
  const out: string[] = [];
  const height = TRACK - 78;
  out.push(
    `<rect x="${left.toFixed(1)}" y="${top}" width="${width.toFixed(1)}" height="${height}" rx="10" fill="${mention ? '#f7fafc' : '#ffffff'}" stroke="${mention ? '#a0aec0' : '#e2e8f0'}" stroke-width="1.5"${mention ? ' stroke-dasharray="6 4"' : ''}/>`,
  );
  if (!mention)
    out.push(`<rect x="${left.toFixed(1)}" y="${top}" width="6" height="${height}" rx="3" fill="${colour}"/>`);
  let y = top + 32;
  out.push(
    text(
      x,
      y,
      yearText(e, T.noYear),
      { size: e.year === undefined ? 18 : 25, fill: ink, bold: e.year !== undefined, italic: mention },
      inner,
    ),
  );
  y += 28;
  out.push(
    text(
      x,
      y,
      e.place ?? T.noPlace,
      { size: 19, fill: e.place ? colour : FAINT, bold: e.place !== undefined, italic: mention || !e.place },
      inner,
    ),
  );
  y += 28;
  const people = e.cochairs ?? [];
  if (!mention) {
    if (people.length === 0) out.push(text(x, y, T.noCochairs, { size: 15, fill: FAINT, italic: true }, inner));
    const shown = people.slice(0, 2);
    for (const p of shown) {
      out.push(text(x, y, p.side, { size: 11, fill: FAINT, bold: true }));
      out.push(text(x + 24, y, p.name, { size: 15, fill: MUTED }, inner - 24));
      y += 22;
    }
    if (people.length > shown.length)
      out.push(text(x + 24, y, T.more(people.length - shown.length), { size: 13, fill: FAINT }, inner - 24));
  }
  const sourcesY = top + height - 16;
  const count = e.sources?.count ?? 0;
  out.push(
    text(
      x,
      sourcesY,
      mention || count === 0 ? T.mentionedIn(e.mentionedIn ?? 0) : T.sourceCount(count),
      { size: 15, fill: mention ? FAINT : MUTED, bold: !mention, italic: mention },
      inner,
    ),
  );
  return out.join('');
}

function dot(e: EditionListItem, cx: number, cy: number): string {
  const mention = e.basis === 'mention';
  const colour = PLACE_COLOUR[placeClass(e.place)];
  const label = String(e.edition);
  const size = label.length > 2 ? 15 : 19;
  return (
    `<circle cx="${cx.toFixed(1)}" cy="${cy}" r="21" fill="${mention ? '#ffffff' : colour}" stroke="${mention ? colour : '#ffffff'}" stroke-width="${mention ? 2.5 : 3}"${mention ? ' stroke-dasharray="5 3"' : ''}/>` +
    text(cx, cy + size * 0.36, label, { size, fill: mention ? colour : '#ffffff', bold: true, anchor: 'middle' })
  );
}

function legend(top: number, locale: Locale): string {
  const T = editionsLabels(locale);
  const out: string[] = [];
  let x = MARGIN;
  const y = top + 26;
  const swatches: [PlaceClass, string][] = [
    ['hanoi', T.legendHanoi],
    ['washington', T.legendWashington],
    ['online', T.legendOnline],
    ['unknown', T.legendOther],
  ];
  for (const [cls, name] of swatches) {
    out.push(`<circle cx="${x + 8}" cy="${y - 6}" r="8" fill="${PLACE_COLOUR[cls]}"/>`);
    out.push(text(x + 22, y, name, { size: 16, fill: MUTED }));
    x += 22 + textWidth(name, 16) + 26;
  }
  out.push(
    `<circle cx="${x + 8}" cy="${y - 6}" r="8" fill="#ffffff" stroke="${FAINT}" stroke-width="2" stroke-dasharray="4 2"/>`,
  );
  out.push(text(x + 22, y, T.legendMention, { size: 16, fill: MUTED, italic: true }));
  const half = (WIDTH - 2 * MARGIN) / 2;
  out.push(text(MARGIN, y + 30, T.legendPublication, { size: 15, fill: FAINT }, half - 16));
  out.push(text(MARGIN + half, y + 30, T.legendPlanned, { size: 15, fill: FAINT }, half));
  return out.join('');
}

export interface TimelineSvg {
  svg: string;
  width: number;
  height: number;
}

/** The timeline of `items` (in edition order) as a standalone SVG document. */
export function timelineSvg(items: readonly EditionListItem[], locale: Locale): TimelineSvg {
  const T = editionsLabels(locale);
  const articleCount = items.reduce((n, e) => n + (e.sources?.count ?? 0), 0);
  const all = [...items].sort((a, b) => a.edition - b.edition);
  const editions = all.slice(-MAX_DRAWN);
  const omitted = all.length - editions.length;
  const tracks = Math.max(1, Math.ceil(editions.length / PER_TRACK));
  const perTrack = Math.max(1, Math.ceil(editions.length / tracks));
  const column = Math.min(MAX_CARD + 14, (WIDTH - 2 * MARGIN) / perTrack);
  const cardWidth = column - 14;
  const height = HEADER + tracks * TRACK + LEGEND;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#f4f6f9"/>`,
    text(MARGIN, 48, T.imageTitle, { size: 28, fill: INK, bold: true }, WIDTH - 2 * MARGIN),
    text(
      MARGIN,
      80,
      T.imageSubtitle(all.length, articleCount) + (omitted > 0 ? ` · ${T.omitted(omitted)}` : ''),
      { size: 18, fill: MUTED },
      WIDTH - 2 * MARGIN,
    ),
  ];
  for (let t = 0; t < tracks; t++) {
    const row = editions.slice(t * perTrack, (t + 1) * perTrack);
    const top = HEADER + t * TRACK;
    const axisY = top + 30;
    // One short row is centred; on several tracks a short last row starts at the left, as text wraps.
    const start = (tracks === 1 ? (WIDTH - row.length * column) / 2 : (WIDTH - perTrack * column) / 2) + column / 2;
    const xs = row.map((_, i) => start + i * column);
    const first = xs[0] ?? start;
    const last = xs[xs.length - 1] ?? start;
    parts.push(
      `<line x1="${(first - column / 2 + 8).toFixed(1)}" y1="${axisY}" x2="${(last + column / 2 - 8).toFixed(1)}" y2="${axisY}" stroke="${AXIS}" stroke-width="4" stroke-linecap="round"/>`,
    );
    row.forEach((e, i) => {
      const cx = xs[i] as number;
      parts.push(card(e, cx, axisY + 34, cardWidth, locale), dot(e, cx, axisY));
    });
  }
  parts.push(legend(HEADER + tracks * TRACK, locale), '</svg>');
  return { svg: parts.join('\n'), width: WIDTH, height };
}
