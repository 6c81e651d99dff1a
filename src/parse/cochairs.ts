/**
 * Who co-chaired THIS meeting. The officials the recogniser finds (src/parse/people.ts) in the sentences
 * that describe the meeting, by how directly the sentence gives their role:
 *   1. chairing: "đồng chủ trì", "chủ trì", "co-chaired", "under the co-chair of";
 *   2. heading a delegation: "dẫn đầu", "Trưởng đoàn", "led", "headed", "leading the … delegation";
 *   3. meeting: "met", "họp", "có cuộc họp", "was attended by", "welcomed … for the … dialogue".
 * At most one per side, from the most direct kind of sentence that names one; the most senior office when
 * several. Everyone else named in the article is not a co-chair.
 */
import { foldSentence as fold } from '../text/fold.js';
import type { ParseContext, Sentence } from './context.js';
import { meetingSentences } from './meeting-sentences.js';
import { namedElsewhere } from './named-elsewhere.js';
import { peopleIn, type FoundPerson } from './people.js';
import { sentencePeople } from './sentence-people.js';
import type { Article } from './schema.js';

// "đồng chủ tọa" / "chủ tọa": the overseas press's word for chairing.
const CHAIR = /dong chu tri|cung chu tri|chu tri|dong chu toa|chu toa|co-?chair|(?<!co-)chaired|\bchairs?\b/u;
/** "X represented the United States", "Vietnam was represented by Y": a delegation's head, named with his country. */
const REPRESENTS =
  /\brepresent(?:ed|s|ing)\s+(?:the\s+)?(?:united states|u\.?s\.?|america|vietnam|viet nam|hanoi|washington)\b|\b(?:was|were|is)\s+represented\s+by\b/u;
const HEAD =
  /dan dau|truong doan|dung dau|cam dau|lam truong|\bled\b|\blead\b|\bcounterpart\b|(?<![\p{L}])(?:nguoi )?dong cap(?![\p{L}])|across the table|\bs[ai]t(?:s|ting)? (?:opposite|across from)\b|\bleading\b|\bheaded\b|\bheading\b|\bheads?\b|led by|head of (?:the )?\w*\s*delegation/u;
// "sat down for the fifth round", "phía Việt Nam có X": at the table, without a verb of leading.
const MEET =
  /\bmet\b|\bs[ai]ts? down\b|(?<![\p{L}])phia (?:viet nam|hoa ky|my|ta|ban) (?:co|gom)(?![\p{L}])|\bmeet(?:s|ing)?\b|(?<![\p{L}])hop(?![\p{L}])|hoi dam|attended by|welcomed|(?<![\p{L}])don(?![\p{L}])|held (?:the|their)|tien hanh|gap go|(?<![\p{L}])gap(?![\p{L}])/u;

type Cochair = Article['cochairs'][number];

const FIRST_PERSON = /\b(?:and I|I co-?chaired|I led|I headed|my counterpart|lead our delegation|led our delegation)\b/;

function sideOfName(name: string): 'VN' | 'US' {
  return /[\u00C0-\u1EF9]/u.test(name) ? 'VN' : 'US';
}

/** The sentence speaks of the dialogue, its talks or a delegation, not only of someone meeting someone. */
const OF_THE_MEETING =
  /doi thoai|dialogue|talks|\bround\b|phien|delegation|doan|\bside\b|\bteam\b|phia|counterpart|(?<![\p{L}])dong cap(?![\p{L}])|\bpsdd?\b/u;

function tierOf(sentence: string, lead: boolean): number {
  const f = fold(sentence);
  if (CHAIR.test(f)) return 1;
  if (REPRESENTS.test(f)) return 2;
  const ofTheMeeting =
    OF_THE_MEETING.test(f) || lead || /across the table|\bs[ai]t(?:s|ting)? (?:opposite|across from)\b/u.test(f);
  if (!ofTheMeeting) return 0;
  if (HEAD.test(f)) return 2;
  // "was also attended by Ambassador …": someone beside the co-chairs.
  if (MEET.test(f) && !/\balso\b/u.test(f) && !/(?<![\p{L}])cũng(?![\p{L}])/iu.test(sentence.normalize('NFC')))
    return 3;
  return 0;
}

export function cochairsOf(ctx: ParseContext): Cochair[] {
  const sentences = meetingSentences(ctx);
  const byTier: { person: FoundPerson; s: Sentence; tier: number }[] = [];
  for (const s of sentences) {
    const tier = tierOf(s.text, s.paragraph === 0 && s.index === 0);
    if (tier === 0) continue;
    // A leader above the dialogue, or someone named in the possessive ("the PM's visit"), is not at its table.
    const people = sentencePeople(s).filter((p) => !p.leader && !p.possessive);
    // Named here without an office ("headed by Tina Reed", "He co-chaired …"), the office given elsewhere.
    people.push(...namedElsewhere(ctx, s, people));
    for (const person of people) byTier.push({ person, s, tier });
    // A first-person report: "my counterpart, X, and I co-chaired …", "I traveled to Hanoi to lead our delegation".
    if (ctx.author && FIRST_PERSON.test(s.text) && !people.some((p) => p.name === ctx.author)) {
      const other = people[0]?.side;
      const side = other ? (other === 'VN' ? 'US' : 'VN') : sideOfName(ctx.author);
      byTier.push({
        person: { name: ctx.author, title: '', side, rank: 6, start: s.text.length, end: s.text.length },
        s,
        tier,
      });
    }
    // "Trưởng đoàn hai bên:" followed by a list of names, one a line.
    if (/:\s*$/.test(s.text) && tier <= 2) {
      for (let p = s.paragraph + 1; p <= s.paragraph + 3 && p < ctx.paragraphs.length; p++) {
        const line = ctx.paragraphs[p] as string;
        for (const person of peopleIn(line).filter((q) => !q.leader && !q.possessive))
          byTier.push({ person, s: { paragraph: p, index: 0, text: line }, tier });
      }
    }
  }
  const out: Cochair[] = [];
  for (const side of ['VN', 'US'] as const) {
    const found = byTier.filter((c) => c.person.side === side);
    if (found.length === 0) continue;
    const best = Math.min(...found.map((c) => c.tier));
    const top = found.filter((c) => c.tier === best);
    const pick = top.reduce((a, b) => (b.person.rank > a.person.rank ? b : a));
    out.push({
      name: pick.person.name,
      title: pick.person.title,
      side,
      paragraph: pick.s.paragraph,
      sentence: pick.s.text,
    });
  }
  // The order the text names them in: paragraph, then sentence, then place in the sentence.
  const at = (c: Cochair) =>
    byTier.find((x) => x.person.name === c.name && x.s.paragraph === c.paragraph && x.s.text === c.sentence);
  return out.sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      (at(a)?.s.index ?? 0) - (at(b)?.s.index ?? 0) ||
      (at(a)?.person.start ?? 0) - (at(b)?.person.start ?? 0),
  );
}
