/**
 * Where THIS meeting was held, from what the text says of it, strongest first: a known place after "tại /
 * in / at" (or "Hanoi hosted") in a sentence describing the meeting, or an online format there; the
 * headline's place; "traveled to / from" a place in those sentences; last, the dateline of the lead
 * ("WASHINGTON —", "HÀ NỘI (TTXVN) –"). Canonical values only ("Hà Nội", "Washington", "online").
 */
import type { ParseContext, Sentence } from './context.js';
import { placeAtStart, placeKind } from './gazetteer.js';
import { meetingSentences } from './meeting-sentences.js';
import { datelinePlace, placesIn, type FoundPlace } from './places.js';

export interface MeetingPlace {
  location: string;
  kind: 'city' | 'online';
  paragraph?: number;
  sentence?: string;
}

function pick(found: FoundPlace[], cues: FoundPlace['cue'][]): FoundPlace | undefined {
  for (const cue of cues) {
    const f = found.find((p) => p.cue === cue);
    if (f) return f;
  }
  return undefined;
}

export function meetingPlaceOf(ctx: ParseContext): MeetingPlace | undefined {
  if (!ctx.aboutDialogue || ctx.overview) return undefined;
  const sentences = meetingSentences(ctx);
  const at = (s: Sentence, p: FoundPlace): MeetingPlace => ({
    location: p.place,
    kind: p.kind,
    paragraph: s.paragraph,
    sentence: s.text,
  });
  for (const s of sentences) {
    // "met virtually from Hanoi and Washington", "in Hanoi and Washington via video link": online.
    const p = pick(placesIn(s.text), ['online', 'at']);
    if (p) return at(s, p);
  }
  if (ctx.headline) {
    const p = pick(placesIn(ctx.headline), ['at', 'online', 'to']);
    if (p) return { location: p.place, kind: p.kind, paragraph: -1, sentence: ctx.headline };
    // "Hà Nội: Việt Nam và Hoa Kỳ đối thoại …": a place as the headline's label is where the news happened.
    const label = /^([^:]{2,40}):\s/u.exec(ctx.headline);
    const words = label ? (label[1] as string).trim().split(/\s+/) : [];
    const hit = label ? placeAtStart(words) : undefined;
    if (hit && hit.length === words.length)
      return { location: hit.place, kind: hit.kind, paragraph: -1, sentence: ctx.headline };
  }
  for (const s of sentences) {
    const p = pick(placesIn(s.text), ['to', 'from']);
    if (p) return at(s, p);
  }
  const first = ctx.paragraphs[0];
  const d = first ? datelinePlace(first) : undefined;
  if (d)
    return {
      location: d,
      kind: placeKind(d) ?? 'city',
      paragraph: 0,
      sentence: ctx.sentences.find((s) => s.paragraph === 0)?.text,
    };
  // A place line by the headline: "Washington, DC", "Hanoi, Vietnam", "August 26, 2024 / Hanoi".
  for (const line of ctx.headLines) {
    for (const part of line.split(/\s[/|·]\s|,\s*(?=(?:Vietnam|Viet Nam|Việt Nam|USA|United States|Hoa Kỳ)\b)/u)) {
      const words = part.trim().split(/\s+/);
      const hit = placeAtStart(words);
      if (hit && hit.length === words.length)
        return { location: hit.place, kind: hit.kind, paragraph: -1, sentence: line };
    }
  }
  return undefined;
}
