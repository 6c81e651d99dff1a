/**
 * raw article text → Article record. Pure: no file system, no clock. The loader supplies file name,
 * id and the optional librarian's metadata.
 */
import { normalizeText, splitParagraphs } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { topicHits } from '../topics/match.js';
import { agenciesIn, isParticipationSentence } from './agencies.js';
import { findDates, fullDateOf, iso, withYear } from './dates.js';
import { editionsIn, speaksOfDialogue, yearIn } from './editions.js';
import { detectLanguage } from './language.js';
import { attributionOf, noiseKindOf, removeNoise } from './noise.js';
import { cochairsIn, delegationHeadsIn } from './people.js';
import { placeIn } from './places.js';
import { schemas, type Article, type ArticleMeta, type ArticleEvent, type EditionMention } from './schema.js';

const VN = /việt nam|vietnam|việt|\bvn\b/iu;
const US = /hoa kỳ|(?<!\p{L})mỹ(?!\p{L})|\bu\.?s\.?\b|united states|washington/iu;
const PSD = /chính trị|political|an ninh|security|quốc phòng|defen[cs]e/iu;

/** "WASHINGTON, January 31, 2018 —" / "HÀ NỘI, 01/02/2018 -": a place-and-date lead, not the meeting date. */
const LEAD_DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{1,40},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*[-–—:]\s*/u;

interface Sentence {
  paragraph: number;
  text: string;
}

export interface ParseInput {
  id: string;
  file: string;
  raw: string;
  meta?: ArticleMeta;
  /**
   * The headline when the source gives it apart from the text (a saved web page's JSON-LD, og:title or
   * <h1>): it is then the title, and every line of `raw` is body, never taken for a headline.
   */
  headline?: string;
}

/** Parse one raw article. Throws only on a record that fails its own schema (a bug, not bad input). */
export function parseArticle({ id, file, raw, meta, headline }: ParseInput): Article {
  const given = headline === undefined ? undefined : normalizeText(headline).replace(/\s+/gu, ' ').trim() || undefined;
  const all = given === undefined ? splitParagraphs(normalizeText(raw)) : [given, ...splitParagraphs(normalizeText(raw))];
  let t = given === undefined ? all.findIndex((p) => noiseKindOf(p) === undefined && attributionOf(p) === undefined) : 0;
  // Nothing but page furniture: no title either (the loader then skips the file).
  if (t < 0) t = all.length;
  // A short header line ("Media Note") above the real headline: prefer a nearby line naming the dialogue.
  if (given === undefined && t < all.length && !speaksOfDialogue(all[t] as string)) {
    for (let k = t + 1; k < Math.min(all.length, t + 5); k++) {
      const line = all[k] as string;
      if (speaksOfDialogue(line) && line.length <= 200 && !/[.!?]$/.test(line) && noiseKindOf(line) === undefined) {
        t = k;
        break;
      }
    }
  }
  const title = all[t] ?? '';
  const before = all.slice(0, t);
  const clean = removeNoise(all.slice(t + 1));
  const paragraphs = clean.body;
  // A lead such as "(Chinhphu.vn) - Sáng 16/5, ..." or "HÀ NỘI (TTXVN) – ..." names the source too.
  const lead = /^(?:[\p{Lu}\s.]{2,30})?\(([^()]{2,40})\)\s*[-–—]/u.exec(paragraphs[0] ?? '');
  const attribution = clean.attribution ?? lead?.[1]?.trim();
  const dropped = [...before, ...clean.dropped.map((d) => d.text)];
  const sentences: Sentence[] = paragraphs.flatMap((p, i) => splitSentences(p).map((text) => ({ paragraph: i, text })));
  const language = meta?.language ?? detectLanguage(`${title}\n${paragraphs.join('\n')}`);

  // Publication date: the librarian's record first, else the dateline under the title, else a lead
  // dateline ("WASHINGTON, January 31, 2018 — ...").
  let published = meta?.published;
  let publishedFrom: Article['publishedFrom'] = published ? 'metadata' : undefined;
  if (!published) {
    for (const line of clean.datelines) {
      published = fullDateOf(line);
      if (published) {
        publishedFrom = 'dateline';
        break;
      }
    }
    const lead = LEAD_DATELINE.exec(paragraphs[0] ?? '');
    if (!published && lead) {
      published = fullDateOf(lead[0]);
      if (published) publishedFrom = 'dateline';
    }
  }

  const dialogueSentences = [title, ...sentences.map((s) => s.text)].filter(
    (s) => speaksOfDialogue(s) && VN.test(s) && US.test(s) && PSD.test(s),
  );
  const aboutDialogue =
    dialogueSentences.length > 0 ||
    (speaksOfDialogue(title) && VN.test(`${title} ${paragraphs.join(' ')}`) && US.test(`${title} ${paragraphs.join(' ')}`));

  // The article's own edition: the title's number, else the first number not spoken of as still to come.
  let edition: number | undefined;
  if (aboutDialogue) {
    edition = editionsIn(title)[0]?.edition;
    if (edition === undefined) {
      for (const s of sentences) {
        const own = editionsIn(s.text).find((e) => !e.upcoming);
        if (own) {
          edition = own.edition;
          break;
        }
      }
    }
  }

  const isOther = (s: Sentence) => editionsIn(s.text).some((e) => e.edition !== edition);
  const isOwn = (s: Sentence) => !isOther(s);

  // Mentions of other editions.
  const mentions: EditionMention[] = [];
  if (aboutDialogue) {
    for (const s of sentences) {
      for (const e of editionsIn(s.text)) {
        if (e.edition === edition || mentions.some((m) => m.edition === e.edition && m.paragraph === s.paragraph)) continue;
        mentions.push({
          edition: e.edition,
          location: placeIn(s.text),
          year: yearIn(s.text),
          upcoming: e.upcoming,
          paragraph: s.paragraph,
          sentence: s.text,
        });
      }
    }
  }

  // Co-chairs, from the first sentence naming two of them (not a sentence about another edition).
  let cochairs: Article['cochairs'] = [];
  let cochairSentence: Sentence | undefined;
  if (aboutDialogue) {
    for (const s of sentences) {
      if (!isOwn(s)) continue;
      const people = cochairsIn(s.text);
      if (people) {
        cochairs = people.map((p) => ({ ...p, paragraph: s.paragraph }));
        cochairSentence = s;
        break;
      }
    }
  }

  // No co-chair sentence: heads of delegation named side by side, possibly in two sentences.
  if (aboutDialogue && cochairs.length === 0) {
    const heads: Article['cochairs'] = [];
    for (const s of sentences) {
      if (!isOwn(s)) continue;
      for (const p of delegationHeadsIn(s.text)) if (!heads.some((h) => h.side === p.side)) heads.push({ ...p, paragraph: s.paragraph });
      if (heads.length === 2) break;
    }
    if (heads.length > 0) cochairs = heads.sort((a, b) => (a.side === b.side ? 0 : a.side === 'VN' ? -1 : 1));
  }

  // Place: the co-chair sentence, else a sentence giving the edition or the meeting.
  let location: string | undefined;
  let locationAt: Sentence | undefined;
  if (aboutDialogue) {
    const meetingSentences = sentences.filter(
      (s) => isOwn(s) && speaksOfDialogue(s.text) && !/\b(?:sẽ|next|will)\b/iu.test(s.text),
    );
    const ownNumbered = sentences.filter((s) => edition !== undefined && editionsIn(s.text).some((e) => e.edition === edition));
    for (const s of [...(cochairSentence ? [cochairSentence] : []), ...ownNumbered, ...meetingSentences]) {
      const place = placeIn(s.text);
      if (place) {
        location = place;
        locationAt = s;
        break;
      }
    }
  }

  // Meeting date: a day the text gives in a sentence about this meeting.
  let event: ArticleEvent | undefined;
  if (aboutDialogue) {
    const candidates = [
      ...(cochairSentence ? [cochairSentence] : []),
      ...sentences.filter((s) => isOwn(s) && (speaksOfDialogue(s.text) || /diễn ra|tổ chức|took place|was held|were held|met\b/iu.test(s.text))),
    ];
    for (const s of candidates) {
      if (/(?:^|\s)(?:sẽ|next|will)\s/iu.test(s.text) && !(edition !== undefined && editionsIn(s.text).some((e) => e.edition === edition))) continue;
      const found = findDates(s.text.replace(LEAD_DATELINE, ''))[0];
      if (!found) continue;
      const yearGiven = found.days.every((d) => d.year !== undefined);
      let refYear: number | undefined;
      let basis: ArticleEvent['yearBasis'];
      if (!yearGiven && published) {
        refYear = Number(published.slice(0, 4));
        basis = 'publication';
      } else if (!yearGiven && edition !== undefined) {
        const next = mentions.find((m) => m.edition === edition + 1 && m.year !== undefined);
        if (next?.year) {
          refYear = next.year - 1;
          basis = 'next-edition';
        }
      }
      const dates = yearGiven
        ? found.days.map((d) => iso(d as Required<typeof d>))
        : refYear !== undefined
          ? found.days.map((d) => iso(withYear(d, refYear as number, basis === 'publication' ? published : undefined)))
          : [];
      event = {
        dates,
        text: found.text,
        yearInferred: !yearGiven && dates.length > 0,
        yearBasis: !yearGiven && dates.length > 0 ? basis : undefined,
        paragraph: s.paragraph,
        sentence: s.text,
      };
      break;
    }
  }

  // Agencies.
  let agencies: string[] = [];
  let agenciesParagraph: number | undefined;
  if (aboutDialogue) {
    for (const s of sentences) {
      if (!isOwn(s) || !isParticipationSentence(s.text)) continue;
      const found = agenciesIn(s.text);
      if (found.length > 0) {
        agencies = found;
        agenciesParagraph = s.paragraph;
        break;
      }
    }
  }

  // Topics, each with its best sentence (most term hits; related words break ties), found once here so
  // answers never rescan the text.
  const topicExcerpts: Record<string, [number, number, number]> = {};
  const bestScore = new Map<string, number>();
  paragraphs.forEach((p, pi) => {
    let from = 0;
    for (const s of splitSentences(p)) {
      const start = Math.max(0, p.indexOf(s, from));
      from = start + s.length;
      for (const [slug, h] of topicHits(s)) {
        if (h.hits === 0) continue;
        const score = h.hits * 10 + h.related;
        if (score > (bestScore.get(slug) ?? -1)) {
          bestScore.set(slug, score);
          topicExcerpts[slug] = [pi, start, start + s.length];
        }
      }
    }
  });
  const topics = Object.keys(topicExcerpts);

  return schemas().ArticleSchema.parse({
    id,
    file,
    title,
    language,
    published,
    publishedFrom,
    source: {
      outlet: meta?.outlet,
      attribution,
      url: meta?.url,
    },
    aboutDialogue,
    edition,
    event,
    location,
    locationParagraph: locationAt?.paragraph,
    locationSentence: locationAt?.text,
    cochairs,
    agencies,
    agenciesParagraph,
    topics,
    topicExcerpts,
    mentions,
    paragraphs,
    dropped,
  });
}
