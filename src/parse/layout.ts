/**
 * Title and body: which line is the headline, decided by what each line is, not where it stands. A page dump
 * starts with site furniture (site name, tagline, menus, a list of provinces, a section label), then the
 * headline, perhaps a byline or a timestamp, then the body. The body starts at the first line that reads as
 * a paragraph (a sentence of some length closed by a full stop, or a lead such as "HÀ NỘI (TTXVN) –"); the
 * headline is the headline-shaped line nearest above it. With no such line the text has no headline: its
 * first paragraph stays body, and the title shown is that paragraph's first sentence.
 */
import { normalizeText, splitParagraphs } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { fold } from '../text/fold.js';
import { fullDateOf, monthsIn } from './dates.js';
import { dialogueItem } from './digest.js';
import { placeAtStart } from './gazetteer.js';

const NAMES_SUBJECT =
  /doi thoai|dialogue|talks|viet ?nam|\bviet\b|hoa ky|\bmy\b|\bu\.?s\.?\b|united states|ha ?noi|washington|hoa thinh don/u;
import { attributionOf, isStampLine, noiseKindOf, removeNoise, type Dropped } from './noise.js';

export interface Layout {
  title: string;
  /** True when no line is a headline and `title` is the lead's first sentence. */
  titleFromLead: boolean;
  paragraphs: string[];
  /** Lines above the headline and the furniture removed from the body. */
  dropped: string[];
  /** Stamp lines seen anywhere (above the headline first): candidates for the publication date. */
  datelines: string[];
  /** Short lines naming a source or an author ("By VNA April 1, 2023", "Theo VOV.VN"). */
  bylines: string[];
  attribution?: string;
  /** Short lines around the headline (a few above it, those between it and the body): "Washington, DC", "Hanoi, Vietnam". */
  headLines: string[];
  /** A magazine's issue month ("Issue 42 · October 2008", "Số 10/2013"), 'YYYY-MM': not a publication day. */
  issueMonth?: string;
  /** The writer or speaker the page names ("Posted by Andrew J. Shapiro", a remarks header), for "I" and "my counterpart". */
  author?: string;
}

const PERSON_NAME = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3}$/u;

/** "Issue 42 · October 2008", "Số 10/2013", "Số 42 - tháng 10/2008". */
function issueMonthOf(lines: string[]): string | undefined {
  for (const line of lines) {
    if (line.length > 60 || !/^(?:issue|no\.?|số|so)\s*\d+/iu.test(line)) continue;
    const m = monthsIn(line)[0];
    if (m) return `${m.year}-${String(m.month).padStart(2, '0')}`;
    const slash = /^(?:số|so)\s*(\d{1,2})\/(\d{4})\s*$/iu.exec(line.trim());
    if (slash && Number(slash[1]) >= 1 && Number(slash[1]) <= 12)
      return `${slash[2]}-${String(Number(slash[1])).padStart(2, '0')}`;
  }
  return undefined;
}

/** "Posted by Andrew J. Shapiro", "By Andrew Shapiro", or a remarks header: a bare name over an office line. */
function authorOf(lines: string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const by = /^(?:posted by|written by|by|remarks by)\s+(.+?)\s*$/iu.exec(line);
    // "Posted by A. Writer / June 30, 2010", "By A. Writer | Jan 3, 2019": the name ends where the date's separator starts.
    const who = by?.[1]?.split(/\s+[/|·•–—-]\s+|\s+on\s+(?=\p{L}+\.?\s+\d)|,\s+(?=\p{L}+\.?\s+\d{1,2},?\s+\d{4})/u)[0];
    if (who && PERSON_NAME.test(who)) return who;
    const next = lines[i + 1] ?? '';
    if (
      PERSON_NAME.test(line) &&
      /^(?:acting |principal |deputy |under |assistant |ambassador|secretary|senior|vice|standing)/iu.test(next)
    )
      return line;
  }
  return undefined;
}

/** "HÀ NỘI (TTXVN) –", "WASHINGTON —", "(VOV) -", "VGP -", "Hanoi, Jan 31 (VNA) -": a lead opens a body paragraph. */
export const LEAD_MARK = new RegExp(
  [
    String.raw`^\([^()]{2,40}\)\s*[-–—]{1,2}\s`,
    // "HÀ NỘI (TTXVN) –", "WASHINGTON, Oct 1 (Reuters) -", "VGP -", "NDO –": a place or source in capitals.
    String.raw`^[\p{Lu}][\p{Lu} .'’]{1,30}(?:,\s*[\p{Lu}][\p{L}]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{2,40}\))?\s*[-–—]{1,2}\s`,
    // "Hanoi (VNA) -", "HANOI, March 26 (Xinhua) --": a capitalised place and a source in brackets.
    String.raw`^[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+){0,2}(?:,\s*[\p{Lu}][\p{L}]{2,8}\.?\s+\d{1,2})?\s*\([^()]{2,40}\)\s*[-–—]{1,2}\s`,
    // "CAND.com.vn -": a site name.
    String.raw`^[\p{L}]+(?:\.[\p{L}]+)*\.(?:vn|com|net|org)\s*[-–—]{1,2}\s`,
  ].join('|'),
  'u',
);

const WORDS = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A line that reads as a paragraph of body text, never a headline. */
/** "Event: …", "Date: …", "Venue: …", "Co-chairs: …": a fact card's fields are body. */
const FIELD =
  /^(?:event|date|time|venue|place|location|co-?chairs?|heads? of delegation|participants|su kien|thoi gian|ngay|dia diem|dong chu tri|truong doan(?: hai ben)?)\s*:\s*\S/iu;
export const FIELD_LINE = { test: (line: string) => FIELD.test(fold(line.slice(0, 40))) };

export function isParagraphLike(line: string): boolean {
  if (FIELD_LINE.test(line)) return true;
  if (isMenuLine(line)) return false;
  // A lead is a sentence: "VIET BAO - Tin tuc cho nguoi Viet" (a masthead and its tagline) is not one.
  if (LEAD_MARK.test(line) && WORDS(line) >= 8 && (/[.!?…:;,]["”»)]?$/u.test(line) || WORDS(line) >= 15)) return true;
  // A long line is prose even when the dump cut it mid-sentence.
  return (/[.!?…]["”»)]?$/u.test(line) && WORDS(line) >= 12) || WORDS(line) >= 30;
}

/** Menus, breadcrumbs, bullet lists and language pickers: segments joined by |, >, », ›, •, or wide gaps. */
function isMenuLine(line: string): boolean {
  if (/^[•·▪►»›>-]\s*\S/u.test(line) && WORDS(line) <= 6) return true;
  if (/[.!?]$/.test(line)) return false;
  const segments = line.split(/\s[|>»›•·]\s|\s{2,}/u).filter((x) => x.trim());
  // Short items side by side: "Home | Politics | World", "Tiếng Việt | English", "News » Politics".
  return segments.length >= 2 && segments.every((x) => WORDS(x) <= 6);
}

/** Could this line be a headline? */
function headlineShaped(line: string): boolean {
  if (
    noiseKindOf(line) !== undefined ||
    attributionOf(line) !== undefined ||
    isStampLine(line) ||
    isByline(line) ||
    isDatedByline(line) ||
    isPlaceDateLine(line)
  )
    return false;
  if (isMenuLine(line) || isParagraphLike(line)) return false;
  // "[Phụ đề tự động - có thể có lỗi]", "[Transcript generated from audio]": an editor's note, not a headline.
  if (/^\[[^\]]*\]$/u.test(line.trim())) return false;
  const n = WORDS(line);
  if (n < 4 || n > 40) return false;
  // A site name or section label in capitals ("THE ASIAN CHRONICLE", "DIPLOMATIC NOTEBOOK").
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase() && n <= 8) return false;
  return true;
}

/** A byline: "By Staff Reporter", "By VNA April 1, 2023", "Bài và ảnh: …". */
function isByline(line: string): boolean {
  return (
    line.length <= 80 &&
    /^(?:by\s|posted by|written by|(?:bài|tin|ảnh|photo)(?:\s*(?:và|,)\s*ảnh)?\s*:)/iu.test(line) &&
    !isParagraphLike(line)
  );
}

/**
 * A short line that dates the page and names who or where it comes from: "By VNA April 1, 2023", "Posted on
 * June 18, 2011 by …", "Source: Xinhua | 2019-03-26 17:05:43 | Editor: …", "Jan. 30, 2018 | 21:14 JST | KYODO
 * NEWS", "Đăng ngày 30.1.2018 lúc 22:10 bởi …", "Thanh vien · 2023-04-01 · Chia se".
 */
function isDatedByline(line: string): boolean {
  if (line.length > 160 || (/[.!?]$/.test(line) && WORDS(line) >= 10)) return false;
  if (
    !/^(?:by|posted|published|updated|dang|source|nguon|cap nhat)\b|\s[|·•]\s|\sboi\s|\bby\s+[a-z]|\bphat hanh\b|\b(?:released|issued) on\b/iu.test(
      fold(line),
    )
  )
    return false;
  return fullDateOf(line) !== undefined;
}

/** "HANOI, Vietnam — June 20, 2012", "Washington, DC, January 31, 2018": a place and the page's date. */
export function isPlaceDateLine(line: string): boolean {
  if (line.length > 70 || fullDateOf(line) === undefined) return false;
  const rest = line
    .replace(
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}/giu,
      ' ',
    )
    .replace(/\b(?:vietnam|viet nam|việt nam|usa|united states|hoa kỳ|d\.?c\.?)\b/giu, ' ')
    .replace(/[,—–\-|/·:]+/gu, ' ')
    .trim();
  if (!rest) return false;
  const words = rest.split(/\s+/);
  const hit = placeAtStart(words);
  return hit !== undefined && hit.length === words.length;
}

/**
 * The lines that date the page, in document order: lone stamp lines (not those of a list of stamped
 * headlines, which repeat every few lines) and dated bylines.
 */
function datingLines(all: string[]): string[] {
  const stamp = all.map((l) => isStampLine(l) || isLabelledStamp(l));
  const near = (i: number) => [i - 3, i - 2, i + 2, i + 3].some((k) => k >= 0 && k < all.length && stamp[k]);
  // A masthead above the site's menu ("Báo X | Thứ Bảy, 29/11/2026 | Thời tiết …") shows the day the page
  // was viewed, not the day the article was published.
  const menu = all.findIndex((l, i) => i < 8 && isSiteMenu(l));
  const dating = all.map((l, i) => i >= menu && ((stamp[i] && !near(i)) || isDatedByline(l) || isPlaceDateLine(l)));
  // A masthead among the first lines ("Site | Thứ Bảy, 29/11/2026 | Hotline …") yields to any other dateline.
  const masthead = (i: number) =>
    i < 3 && isMenuLine(all[i] as string) && (all[i] as string).split(/\s[|·•]\s/u).length >= 3;
  const others = dating.some((d, i) => d && !masthead(i));
  return all.filter((_, i) => dating[i] && !(others && masthead(i)));
}

/** "ASIA PACIFIC AUGUST 3, 2016 / 6:41 PM": a section label in capitals (three words at most), then a stamp. */
function isLabelledStamp(line: string): boolean {
  if (line.length > 80) return false;
  const words = line.split(' ');
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const label = words.slice(0, k).join(' ');
    const stamp = words.slice(k).join(' ');
    if (/\d/.test(label) || label !== label.toUpperCase() || !/\p{Lu}{2}/u.test(label)) return false;
    if (isStampLine(stamp) && fullDateOf(stamp) !== undefined) return true;
  }
  return false;
}

/** The site's menu: three or more short items side by side, none of them a date or a time. */
function isSiteMenu(line: string): boolean {
  return isMenuLine(line) && line.split(/\s[|>»›•·]\s/u).length >= 3 && !/\d/.test(line);
}

/** "From: …", "Subject: …", "Date: Mon, 20 Jun 2011 07:30:00 +0700": the header block of an e-mail. */
const MAIL_HEADER = /^(?:from|to|cc|subject|date|sent|reply-to)\s*:\s*\S/iu;

/** How many lines at the top are an e-mail's headers (two or more, one of them From or Subject), else 0. */
function mailHeaderCount(all: readonly string[]): number {
  let n = 0;
  while (n < all.length && MAIL_HEADER.test(all[n] as string)) n++;
  return n >= 2 && all.slice(0, n).some((l) => /^(?:from|subject)\s*:/iu.test(l)) ? n : 0;
}

export function layoutOf(raw: string, headline?: string): Layout {
  const given = headline === undefined ? undefined : normalizeText(headline).replace(/\s+/gu, ' ').trim() || undefined;
  const all = splitParagraphs(normalizeText(raw));
  // An e-mail's headers are furniture, not a fact card ("Date:" is no body field there); its Date dates the page.
  const mail = mailHeaderCount(all);
  const mailDate = all.slice(0, mail).find((l) => /^date\s*:/iu.test(l) && fullDateOf(l) !== undefined);
  let title = '';
  let titleFromLead = false;
  let before: string[] = [];
  let rest: string[];
  // A digest of several items: the item about the dialogue is the article, the others are furniture.
  const item = given === undefined ? dialogueItem(all.slice(mail)) : undefined;
  let after: string[] = [];
  if (given !== undefined) {
    title = given;
    rest = all;
  } else if (item) {
    title = item.heading;
    before = all.slice(0, mail + item.start);
    rest = all.slice(mail + item.start + 1, mail + item.end);
    after = all.slice(mail + item.end);
  } else {
    const firstBody = all.findIndex((l, i) => i >= mail && isParagraphLike(l) && noiseKindOf(l) === undefined);
    const limit = firstBody < 0 ? all.length : firstBody;
    let t: number;
    if (firstBody >= 0) {
      // The nearest headline-shaped line above the body; within a few lines, one that names the dialogue
      // or the two countries wins over a label ("Office of the Spokesperson", "Remarks").
      const shaped: number[] = [];
      for (let k = limit - 1; k >= mail; k--) if (headlineShaped(all[k] as string)) shaped.push(k);
      const named = shaped.find((k) => k >= limit - 8 && NAMES_SUBJECT.test(fold(all[k] as string)));
      t = named ?? shaped[0] ?? -1;
    } else {
      // No prose at all (a title alone, a list of short lines): the first headline-shaped line.
      t = all.findIndex((l) => headlineShaped(l));
    }
    // No body paragraph and no headline-shaped line: the first plain line is the title (a title alone).
    if (t < 0 && firstBody < 0)
      t = all.findIndex((l) => noiseKindOf(l) === undefined && attributionOf(l) === undefined && !isMenuLine(l));
    if (t >= 0) {
      title = all[t] as string;
      before = all.slice(0, t);
      rest = all.slice(t + 1);
    } else if (firstBody >= 0) {
      before = all.slice(0, firstBody);
      rest = all.slice(firstBody);
      titleFromLead = true;
      const first = splitSentences(all[firstBody] as string)[0] ?? '';
      title = first.length > 140 ? `${first.slice(0, first.lastIndexOf(' ', 137))} …` : first;
    } else {
      before = all;
      rest = [];
    }
  }
  // Between the headline and the body: bylines, stamps and short labels are furniture, not body.
  const bylines: string[] = [];
  const head: string[] = [];
  // Between a headline and the first paragraph: labels, bylines, stamps, place lines ("Media Note",
  // "Office of the Spokesperson", "Washington, DC") are furniture, not body.
  const bodyAhead = rest.some((l) => isParagraphLike(l));
  while (
    rest.length > 0 &&
    !isParagraphLike(rest[0] as string) &&
    (isByline(rest[0] as string) || isMenuLine(rest[0] as string) || (bodyAhead && WORDS(rest[0] as string) <= 8))
  ) {
    const line = rest.shift() as string;
    if (isByline(line)) bylines.push(line);
    head.push(line);
  }
  // Dated bylines inside the text ("By VNA April 1, 2023" under a caption) are furniture too.
  const bodyBylines = rest.filter((l) => isDatedByline(l));
  const clean = removeNoise(rest.filter((l) => !bodyBylines.includes(l)));
  const dropped: Dropped[] = [...bodyBylines.map((text) => ({ text, kind: 'attribution' as const })), ...clean.dropped];
  const datelines = [...(mailDate ? [mailDate] : []), ...datingLines(all.slice(mail))];
  for (const l of [...before, ...head]) if (isByline(l) && !bylines.includes(l)) bylines.push(l);
  return {
    title,
    titleFromLead,
    paragraphs: clean.body,
    dropped: [...before, ...head, ...dropped.map((d) => d.text), ...after],
    datelines,
    bylines,
    attribution: clean.attribution,
    headLines: [...before.slice(-4), ...head].filter((l) => !isMenuLine(l)),
    author: authorOf([...before, ...head, ...bylines]),
    issueMonth: issueMonthOf([...before, ...head]),
  };
}
