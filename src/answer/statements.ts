/**
 * What was agreed and what was only proposed, and by whom. A report's long sentences mix the two
 * ("X nhất trí …; đề nghị …"), so each sentence is cut into clauses at ";" and each clause is judged by
 * the first verb it holds: agreement (nhất trí, thống nhất, cam kết, agreed, committed, reaffirmed …) or
 * proposal (đề nghị, mong muốn, proposed, urged …). "thỏa thuận" (the agreements, a noun) decides nothing.
 * Word edges are look-arounds on letters: \b does not count Vietnamese letters as word characters.
 * The speaker is the subject before the verb, or that of the clause before it in the same sentence.
 */
import { paragraphNo } from '../parse/paragraph-no.js';
import type { Article } from '../parse/schema.js';
import type { Side } from '../parse/people.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { cite } from './cite.js';
import type { PersonValue, Speaker, Statement } from './types.js';

const AGREE =
  /(?<![\p{L}\p{N}])(?:tái khẳng định|tái cam kết|nhất trí|thống nhất|đồng ý|cam kết|agreed|agree|agreeing|committed|commit|reaffirmed|reaffirm|pledged|concurred)(?![\p{L}\p{N}])/iu;
const PROPOSE =
  /(?<![\p{L}\p{N}])(?:đề nghị|đề xuất|mong muốn|kiến nghị|kêu gọi|yêu cầu|proposed|propose|urged|urge|suggested|called (?:for|on)|requested|asked|hoped|expressed (?:the )?hope)(?![\p{L}\p{N}])/iu;

const BOTH =
  /(?<![\p{L}\p{N}])(?:hai bên|hai nước|hai phía|hai đoàn|hai phái đoàn|hai đồng chủ tịch|các bên|both sides|the two sides|two sides|both countries|the two countries|both delegations|the two delegations|the co-chairs|both co-chairs|the sides)(?![\p{L}\p{N}])|(?:việt nam|vietnam|viet nam) (?:và|and) (?:the )?(?:mỹ|hoa kỳ|u\.?s\.?|united states)|(?:the )?(?:u\.?s\.?|united states|mỹ|hoa kỳ) (?:và|and) (?:việt nam|vietnam|viet nam)/iu;
const SIDE_US =
  /(?<![\p{L}\p{N}])(?:phía mỹ|phía hoa kỳ|hoa kỳ|mỹ|the united states|united states|washington|the u\.s\.|u\.s\.|american)(?![\p{L}\p{N}])/iu;
const SIDE_VN =
  /(?<![\p{L}\p{N}])(?:phía việt nam|việt nam|vietnam|viet nam|vietnamese|hà nội|hanoi)(?![\p{L}\p{N}])/iu;

interface Verb {
  kind: 'agreed' | 'proposed';
  at: number;
}

/**
 * "cam kết" is also a noun: "triển khai cam kết của lãnh đạo" (carry out the leaders' commitments), "các cam
 * kết" — a clause that only names earlier commitments reports no agreement of its own.
 */
const NOUN_BEFORE = /(?:các|những|mọi|triển khai|thực hiện|thực thi|tuân thủ|theo)\s+$/iu;
const NOUN_AFTER = /^\s+(?:của|đã ký|trước đây)(?![\p{L}\p{N}])/iu;

/** The first agreement or proposal verb of a clause (a noun use of the word is passed over). */
function findVerb(clause: string): Verb | undefined {
  const hits: Verb[] = [];
  for (const [kind, re] of [
    ['agreed', AGREE],
    ['proposed', PROPOSE],
  ] as const) {
    const all = new RegExp(re.source, 'giu');
    for (const m of clause.matchAll(all)) {
      const at = m.index ?? 0;
      if (NOUN_BEFORE.test(clause.slice(Math.max(0, at - 20), at)) || NOUN_AFTER.test(clause.slice(at + m[0].length)))
        continue;
      hits.push({ kind, at });
      break;
    }
  }
  return hits.sort((a, b) => a.at - b.at)[0];
}

/**
 * History, not this meeting: "Cơ chế đối thoại này được hai bên thống nhất thiết lập … vào tháng 10 năm 2008"
 * in a 2016 report — a passive agreement ("được … thống nhất", "was agreed") whose sentence dates it to
 * years before the article's own. An agreement at the meeting is reported in the active voice, or with
 * no older year.
 */
function pastAgreement(subject: string, sentence: string, published: string | undefined): boolean {
  if (!published || !/(?<![\p{L}\p{N}])(?:được|was|were|had been)(?![\p{L}\p{N}])[^,.;]{0,25}$/iu.test(subject))
    return false;
  const years = [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  const own = Number(published.slice(0, 4));
  return years.length > 0 && years.every((y) => y <= own - 2);
}

/** Where in a stretch of text each kind of speaker is first named (offsets in its fold, so all are comparable). */
function mentions(text: string, cochairs: readonly PersonValue[]): { at: number; end: number; speaker: Speaker }[] {
  const ft = fold(text);
  const out: { at: number; end: number; speaker: Speaker }[] = [];
  const raw = (re: RegExp, speaker: Speaker) => {
    const m = re.exec(text);
    if (!m) return;
    const at = fold(text.slice(0, m.index)).length;
    out.push({ at, end: at + fold(m[0]).length, speaker });
  };
  raw(BOTH, { kind: 'both' });
  for (const p of cochairs) {
    const k = fold(p.name).trim();
    const at = k ? ft.indexOf(k) : -1;
    if (at >= 0)
      out.push({ at, end: at + k.length, speaker: { kind: 'person', name: p.name, title: p.title, side: p.side } });
  }
  // "Thứ trưởng đề nghị …": a co-chair named by the first words of their title (the longest such title).
  let best: { p: PersonValue; n: number; at: number; len: number } | undefined;
  let tie = false;
  for (const p of cochairs) {
    const words = fold(p.title)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, 4);
    for (let n = words.length; n >= 2; n--) {
      const phrase = words.slice(0, n).join(' ');
      const at = ft.indexOf(phrase);
      if (at < 0) continue;
      if (!best || n > best.n) [best, tie] = [{ p, n, at, len: phrase.length }, false];
      else if (n === best.n && p.side !== best.p.side) tie = true;
      break;
    }
  }
  if (best && !tie)
    out.push({
      at: best.at,
      end: best.at + best.len,
      speaker: { kind: 'person', name: best.p.name, title: best.p.title, side: best.p.side },
    });
  raw(SIDE_US, { kind: 'side', side: 'US' as Side });
  raw(SIDE_VN, { kind: 'side', side: 'VN' as Side });
  return out.sort((x, y) => x.at - y.at);
}

/**
 * The speaker of a clause: whoever its subject names first — both sides, a named co-chair, a co-chair by
 * title, or a side. "X và Y …" (the two co-chairs together) is both sides.
 */
export function speakerIn(text: string, cochairs: readonly PersonValue[]): Speaker | undefined {
  if (!text.trim()) return undefined;
  const found = mentions(text, cochairs);
  const first = found[0];
  if (!first) return undefined;
  if (first.speaker.kind === 'person') {
    const firstPerson = first.speaker;
    const other = found.find((m) => m.speaker.kind === 'person' && m.speaker.side !== firstPerson.side);
    const between = other ? fold(text).slice(first.end, other.at) : '';
    if (other && between.length < 90 && /(?:^|\s)(?:va|and|cung)(?:\s|$)/.test(between)) return { kind: 'both' };
  }
  return first.speaker;
}

/** An article's statements, judged against its own co-chairs, once per article (articles are immutable). */
const OWN = new WeakMap<Article, Statement[]>();
export function articleStatements(a: Article): Statement[] {
  let s = OWN.get(a);
  if (!s) OWN.set(a, (s = statementsOf(a, a.cochairs)));
  return s;
}

/** Every agreement and proposal in one article, in text order, each with its clause and cited sentence. */
export function statementsOf(a: Article, cochairs: readonly PersonValue[]): Statement[] {
  const out: Statement[] = [];
  a.paragraphs.forEach((paragraph, p) => {
    for (const sentence of splitSentences(paragraph)) {
      let speaker: Speaker | undefined;
      for (const clause of sentence.split(/;\s*/)) {
        const verb = findVerb(clause);
        const subject = clause.slice(0, verb ? verb.at : clause.length);
        speaker = speakerIn(subject, cochairs) ?? speaker;
        if (!verb) continue;
        const text = clause
          .slice(verb.at)
          .replace(/[\s.…;,:]+$/u, '')
          .trim();
        if (text.split(/\s+/).length < 3) continue;
        if (verb.kind === 'agreed' && pastAgreement(subject, sentence, a.published)) continue;
        out.push({ kind: verb.kind, speaker, clause: text, cite: cite(a, paragraphNo(p), sentence) });
      }
    }
  });
  return out;
}
