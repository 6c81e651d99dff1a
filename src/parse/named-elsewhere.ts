/**
 * Officials whom a meeting sentence names without their office, the office being elsewhere in the text:
 *  - a pronoun: "He co-chaired the session with …" after a sentence naming one official;
 *  - the next sentence: "… was headed by Tina Reed. Her title, Assistant Secretary of State, …", "Across the
 *    table: Tran Van Hai. He's Vietnam's Deputy Foreign Minister";
 *  - a relative clause: "Fleet Ames, whom the State Department identified as its Senior Bureau Official";
 *  - the same name with its office in another sentence;
 *  - a surname after an honorific ("ông Shapiro", "Mr. Reed") whose full name the text gives elsewhere;
 *  - a bare name joined by "and" to an official of the other side ("Tran Van Hai and Tina Reed, the …").
 * A bare name with none of these is no official: nothing is guessed from a capitalised word alone.
 */
import { fold } from '../text/fold.js';
import type { ParseContext, Sentence } from './context.js';
import { bareNamesIn, peopleIn, sideOfBareName, type FoundPerson } from './people.js';
import { sentencePeople } from './sentence-people.js';

const PRONOUN_TITLE =
  /^(?:(?:he|she)(?:'s|’s|\s+is|\s+was)|(?:his|her)\s+(?:title|post|office)(?:\s+is|\s+was)?\s*,?)\s+(?:the\s+|an?\s+)?(.+)$/iu;
const RELATIVE_TITLE =
  /^\s*,?\s+(?:whom|who)\s+[^,.;]{0,60}?\b(?:identified as|described as|introduced as|named as|is|was|serves as)\s+(?:its\s+|the\s+|an?\s+|their\s+)?([^,.;]+)/iu;
/** "He co-chaired …", "She led …": a pronoun as the subject of the meeting sentence. */
const PRONOUN_SUBJECT = /^(?:he|she)\s+(?!is\b|was\b)[a-z]/iu;
/** "ông Shapiro", "Mr. Reed": a surname after an honorific, with no other capitalised word after it. */
const HONORIFIC_SURNAME =
  /(?<![\p{L}])(?:ông|bà|ong|ba|mr\.?|ms\.?|mrs\.?)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/gu;

const same = (a: string, b: string) => fold(a) === fold(b);
const lastWord = (name: string) => name.split(/\s+/).pop() ?? '';

/** The office written before a name in "title text": the person the recogniser makes of "<office> <name>". */
function withOffice(name: string, titleText: string): FoundPerson | undefined {
  const t = (titleText.split(/[,;]|\.\s|\s+(?:and|who|which|whom|made|since|in|at)\s/u)[0] ?? '').trim();
  if (!t) return undefined;
  return peopleIn(`${t} ${name}`).find((p) => p.name === name && p.title);
}

const ALL = new WeakMap<ParseContext, FoundPerson[]>();
/** Every official named with an office anywhere in the article (computed once per parse). */
function titledPeople(ctx: ParseContext): FoundPerson[] {
  let all = ALL.get(ctx);
  if (!all) ALL.set(ctx, (all = ctx.sentences.flatMap((s) => sentencePeople(s).filter((p) => !p.leader && p.title))));
  return all;
}

function neighbour(ctx: ParseContext, s: Sentence, step: 1 | -1): Sentence | undefined {
  const i = ctx.sentences.findIndex((x) => x.paragraph === s.paragraph && x.index === s.index);
  return i < 0 ? undefined : ctx.sentences[i + step];
}

export function namedElsewhere(ctx: ParseContext, s: Sentence, found: FoundPerson[]): FoundPerson[] {
  const out: FoundPerson[] = [];
  const free = (start: number, end: number) =>
    ![...found, ...out].some((p) => start < p.end && p.start < end) &&
    ![...found, ...out].some((p) => same(p.name, s.text.slice(start, end)));
  const at = (p: FoundPerson, start: number, end: number): FoundPerson => ({
    name: p.name,
    title: p.title,
    side: p.side,
    rank: p.rank,
    start,
    end,
  });

  // "He co-chaired …": the one official the sentence before names.
  if (PRONOUN_SUBJECT.test(s.text) && found.every((p) => p.start > 0)) {
    const before = neighbour(ctx, s, -1);
    const named = before ? sentencePeople(before).filter((p) => !p.leader && !p.possessive) : [];
    if (named.length === 1) out.push(at(named[0] as FoundPerson, 0, 0));
  }

  for (const b of bareNamesIn(s.text)) {
    if (!free(b.start, b.end)) continue;
    const relative = RELATIVE_TITLE.exec(s.text.slice(b.end));
    const next = neighbour(ctx, s, 1);
    const pronoun = next ? PRONOUN_TITLE.exec(next.text) : null;
    const titled =
      (relative ? withOffice(b.name, relative[1] as string) : undefined) ??
      (pronoun ? withOffice(b.name, pronoun[1] as string) : undefined) ??
      titledPeople(ctx).find((p) => same(p.name, b.name));
    if (titled) {
      out.push(at(titled, b.start, b.end));
      continue;
    }
    // "Tran Van Hai and Tina Reed, the …": joined to an official, on the other side.
    const side = sideOfBareName(b.name);
    const partner = found.find(
      (p) =>
        p.side !== side &&
        (/^\s+(?:and|và|va)\s+$/iu.test(s.text.slice(b.end, p.start)) ||
          /^\s+(?:and|và|va)\s+$/iu.test(s.text.slice(p.end, b.start))),
    );
    if (partner) out.push({ name: b.name, title: '', side, rank: 0, start: b.start, end: b.end });
  }

  // "ông Shapiro": the full name the article gives for that surname.
  HONORIFIC_SURNAME.lastIndex = 0;
  for (let m = HONORIFIC_SURNAME.exec(s.text); m; m = HONORIFIC_SURNAME.exec(s.text)) {
    const surname = m[1] as string;
    const start = m.index + m[0].length - surname.length;
    if (!free(start, start + surname.length)) continue;
    const titled = titledPeople(ctx).find((p) => p.name.includes(' ') && same(lastWord(p.name), surname));
    if (titled) {
      out.push(at(titled, start, start + surname.length));
      continue;
    }
    const para = ctx.sentences.filter((x) => Math.abs(x.paragraph - s.paragraph) <= 1);
    const full = para.flatMap((x) => bareNamesIn(x.text)).find((n) => same(lastWord(n.name), surname));
    if (full)
      out.push({
        name: full.name,
        title: '',
        side: sideOfBareName(full.name),
        rank: 0,
        start,
        end: start + surname.length,
      });
  }
  return out;
}
