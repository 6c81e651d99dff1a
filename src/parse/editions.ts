/** Which dialogue editions a sentence speaks of, and whether it speaks of them as still to come. */
import { fold } from '../text/fold.js';
import { EN_EDITION, VI_EDITION, enOrdinal, viEditionNumber } from './numbers.js';

const DIALOGUE_WORD = /doi thoai|hoi nghi(?: thuong nien)?|phien doi thoai|dialogue|\bpsdd?\b/g;
const OTHER_EVENT =
  /(?<![a-z])(?:hoi cho|thuong dinh|ky hop|dai hoi|dien dan|hoi thao|dam phan|summit|forum|conference|festival|hoi dong|tham|chuyen|visit|nhiem ky|khoa hoc|tap tran|exercise|defen[cs]e policy|human rights|strategic|chinh sach|nhan quyen|chien luoc|australia|\buc\b|joint commission|tham van|consultation|uy ban|commission|meeting of|shangri[- ]?la|raisina|fullerton|admm|asean regional forum)/;
const SERIES_WORDS = /chinh tri\s*[-–,]?\s*(?:[-–,]|va)?\s*an ninh|politic(?:al|s)\s*[-–,]?\s*(?:and\s+)?security/;
/** Other mechanisms whose rounds are numbered too. */
const OTHER_DIALOGUE =
  /defen[cs]e policy|human rights|strategic dialogue|chinh sach quoc phong|nhan quyen|chien luoc|australia|joint commission|tham van|consultation/;
/** "lần đầu tiên" / "the first" that is not this series' first meeting: "the first … since", "for the first time". */
const NOT_FIRST_AFTER = /^[^.;]{0,60}?(?:\bsince\b|\bafter\b|ke tu|of its kind|sau khi)|^\s*(?:such|time)\b/;
const UPCOMING =
  /(?:^|[^\p{L}])(?:se|tiep theo|sap toi|sap dien ra|toi day|du kien|ke hoach|next|will|would|upcoming|planned|to be held|to hold|scheduled|expected to|look(?:s|ing)? forward)(?:[^\p{L}]|$)/u;

/**
 * "X and Y met virtually on September 23 to hold the eleventh dialogue": an infinitive of purpose after a past
 * meeting verb says why they met, not that the edition is still to come.
 */
const PURPOSE =
  /(\b(?:met|convened|gathered|came together|sat down|joined|connected)\b[^.;]{0,80}?)\bto (?:hold|open|convene)\b/g;

const SPEAKS = new Map<string, boolean>();

/** True when a sentence is about a (Vietnam–US political, security, defense) dialogue meeting. */
export function speaksOfDialogue(sentence: string): boolean {
  // Parsing asks this of the same sentences several times; remember recent answers (bounded).
  let v = SPEAKS.get(sentence);
  if (v === undefined) {
    DIALOGUE_WORD.lastIndex = 0;
    v = DIALOGUE_WORD.test(fold(sentence));
    if (SPEAKS.size >= 4096) SPEAKS.clear();
    SPEAKS.set(sentence, v);
  }
  return v;
}

export interface EditionRef {
  edition: number;
  upcoming: boolean;
  /** Where in the (folded) sentence the edition is written, when known. */
  at?: number;
}

/** Parsing asks about the same sentences many times: remember recent answers (bounded). */
const MEMO = new Map<string, EditionRef[]>();
const MEMO_MAX = 4096;

/** Edition numbers attached to a dialogue word in this sentence ("Đối thoại ... lần thứ 9", "the 9th ... Dialogue"). */
export function editionsIn(sentence: string): EditionRef[] {
  const hit = MEMO.get(sentence);
  if (hit) return hit;
  const found = findEditions(sentence);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(sentence, found);
  return found;
}

function push(out: EditionRef[], n: number | undefined, upcoming: boolean, at?: number): void {
  if (n !== undefined && n > 0 && n < 200 && !out.some((e) => e.edition === n))
    out.push(at === undefined ? { edition: n, upcoming } : { edition: n, upcoming, at });
}

/**
 * Whether the edition written at f[from, to) is still to come: a cue before it or shortly after it. A cue in a
 * later clause ("… for the first dialogue, few were sure how far the talks would go") is about something else.
 */
function upcomingAt(f: string, to: number): boolean {
  if (UPCOMING.test(f.slice(0, to).replace(PURPOSE, '$1 for'))) return true;
  const after = f.slice(to, to + 60);
  // The clause of the edition only, and an apposition that opens on a cue (", to be held …", ", which will …").
  const comma = after.search(/[,;]/);
  const clause =
    comma < 0
      ? after
      : after.slice(0, comma) +
        (/^[,;]\s*(?:which\s+|that\s+|and\s+)?(?:to be|will|would|scheduled|expected|planned|se|du kien|sap)\b/.test(
          after.slice(comma),
        )
          ? after.slice(comma)
          : '');
  return UPCOMING.test(clause);
}

function findEditions(sentence: string): EditionRef[] {
  const f = fold(sentence);
  const out: EditionRef[] = [];
  VI_EDITION.lastIndex = 0;
  for (let m = VI_EDITION.exec(f); m; m = VI_EDITION.exec(f)) {
    const before = f.slice(Math.max(0, m.index - 160), m.index);
    let last = -1;
    DIALOGUE_WORD.lastIndex = 0;
    for (let d = DIALOGUE_WORD.exec(before); d; d = DIALOGUE_WORD.exec(before)) last = d.index + d[0].length;
    let captured = m[1] ?? '';
    let n = viEditionNumber(captured);
    // "lần thứ hai hai nước …": the number is the first word only (the next one repeats it).
    const words = captured.split(/\s+/);
    if (n === undefined && words.length > 1 && words[0] === words[1]) {
      captured = captured.split(/\s+/)[0] as string;
      n = viEditionNumber(captured);
    }
    const end = m.index + m[0].indexOf(captured) + captured.length;
    const after = f.slice(end, end + 50);
    // "đánh dấu lần thứ hai cuộc đối thoại", "lần thứ hai hai nước tổ chức cuộc đối thoại": the dialogue word after.
    const next = /^[^.;,]{0,40}?doi thoai/.exec(after);
    // "Vòng trước, lần thứ 12, …": a round of this series named without the word "dialogue".
    const round =
      /(?:vong|phien)[^.;]{0,20}$/.test(f.slice(Math.max(0, m.index - 25), m.index)) ||
      // "so với lần 8 ở Washington …, chương trình nghị sự lần này …": rounds compared with this one.
      (/(?<![\p{L}])lan nay(?![\p{L}])/u.test(f) && /^lan\s/.test(m[0])) ||
      // "… về chính trị, an ninh và quốc phòng, lần thứ năm kể từ khi cơ chế này được lập ra": the series' round.
      (SERIES_WORDS.test(f) &&
        /^\s*(?:ke tu khi|tu khi|ke tu)\s+(?:co che|doi thoai)[^.;]{0,30}?(?:lap ra|thanh lap|khoi dong|ra doi|hinh thanh)/.test(
          f.slice(end, end + 80),
        ));
    if (last < 0 && !next && !round) continue;
    // "Đối thoại chiến lược về chính trị - an ninh - quốc phòng … lần thứ ba": the series under another name.
    const between = last >= 0 ? before.slice(last) : '';
    if (last >= 0 && OTHER_EVENT.test(between) && !SERIES_WORDS.test(between) && !next) continue;
    if (
      next &&
      (OTHER_EVENT.test(next[0]) ||
        OTHER_EVENT.test(f.slice(end + next[0].length, end + next[0].length + 40).split(/[,.;]/)[0] ?? ''))
    )
      continue;
    push(out, n, upcomingAt(f, end), m.index);
  }
  // "vòng đối thoại … thứ sáu", "phiên đối thoại thứ 13": the ordinal after the dialogue word.
  const ordinalAfter =
    /(?:vong|phien|lan)\s+(?:doi thoai|hop)(?:\s+[^\s.;]+){0,12}?\s+thu\s+(\d{1,2}|muoi(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?|nhat|hai|ba|bon|tu|nam|sau|bay|tam|chin)(?![\p{L}\p{N}])/gu;
  for (let m = ordinalAfter.exec(f); m; m = ordinalAfter.exec(f)) {
    const head = f.slice(m.index, m.index + m[0].length);
    if (/(?:vao|hom|ngay|sang|chieu|toi)\s+thu\s+\S+$/.test(head)) continue;
    if (OTHER_EVENT.test(head)) continue;
    push(out, viEditionNumber(m[1] ?? ''), upcomingAt(f, m.index + m[0].length), m.index);
  }
  // "lần đầu tiên được tổ chức", "Đối thoại … đầu tiên": the series' first meeting, never "lần đầu tiên kể từ".
  const firstVi =
    /(?:doi thoai|co che|hoi nghi)[^.;]{0,80}?(?:(?:duoc\s+)?(?:to chuc|khoi dong|dien ra|nhom hop)\s+lan dau(?: tien)?|lan dau tien|dau tien)(?![^.;]{0,0}\s+(?:hop tac|trong|tham))/g;
  for (let m = firstVi.exec(f); m; m = firstVi.exec(f)) {
    const rest = f.slice(m.index + m[0].length);
    if (NOT_FIRST_AFTER.test(rest) || OTHER_EVENT.test(m[0])) continue;
    const verbBefore = /(?:to chuc|khoi dong|dien ra|nhom hop)\s+lan dau(?: tien)?$/.test(m[0]);
    if (
      !verbBefore &&
      !/^\s*(?:(?:da|duoc|se|vua)\s+)*(?:to chuc|dien ra|hop|khoi dong|nhom hop|[.,;]|$)/.test(rest) &&
      !/doi thoai\s+(?:[^.;]{0,40})?dau tien$/.test(m[0])
    )
      continue;
    push(out, 1, upcomingAt(f, m.index + m[0].length), m.index);
  }
  EN_EDITION.lastIndex = 0;
  for (let m = EN_EDITION.exec(f); m; m = EN_EDITION.exec(f)) {
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 90);
    // "my third time leading our delegation": a count of times, not an edition.
    // "the tenth time the dialogue has convened": a count of the dialogue's own meetings is its edition.
    const timesMet =
      /^\s+time\s+(?:that\s+)?(?:the|this)\s+(?:[a-z-]+\s+){0,6}?(?:dialogue|talks)\s+(?:has|had|have|was|were|is)\s+(?:been\s+)?(?:convened|held|met|taken place|organi[sz]ed|took place)\b/.test(
        after,
      );
    // "the 12th time the two sides have held the dialogue": the same count, said of its holders.
    const timesHeld =
      /^\s+time\s+(?:that\s+)?(?:the two (?:sides|countries|nations|governments)|both sides|they|[a-z.]+ and (?:the )?[a-z.]+)\s+(?:have|had|has)\s+(?:held|convened|organi[sz]ed|hosted)\s+(?:the|this|their)\s+(?:[a-z-]+\s+){0,6}?(?:dialogue|talks)\b/.test(
        after,
      );
    // "the seventh time officials have sat down for what is formally called the … Dialogue".
    const timesSat =
      /^\s+time\s+(?:that\s+)?(?:officials|delegations|(?:the )?two (?:sides|countries|delegations|governments)|both sides|they)\s+(?:have|had|has)\s+(?:sat down|met|gathered)\s+(?:for|at|in)\s+(?:what(?:'s|’s| is| was)\s+(?:formally |officially )?(?:called|known as)\s+)?(?:the|this|their)\s+(?:[a-z.,'’-]+\s+){0,8}?(?:dialogue|talks|psdd?)\b/.test(
        f.slice(m.index + m[0].length, m.index + m[0].length + 160),
      );
    // "The … Dialogue met for the fourth time": the dialogue named before, as the subject of its meeting.
    const dialogueMet =
      /^\s+time\b/.test(after) &&
      /(?:dialogue|\bpsdd?|\btalks)\b[^.;]{0,40}?\b(?:met|was held|were held|has been held|convened|took place|gathered)\s+for\s+the\s*$/.test(
        f.slice(Math.max(0, m.index - 120), m.index),
      );
    if (/^\s+time\b/.test(after) && !timesMet && !timesHeld && !timesSat && !dialogueMet) continue;
    // "The tenth is expected to take place in Washington": the ordinal stands for the dialogue.
    const elided =
      /^\s+(?:is|will|would)\s+(?:expected|scheduled|planned|be held|take place)/.test(after) &&
      /\bthe\s+$/.test(f.slice(Math.max(0, m.index - 5), m.index));
    // "The previous round, the 11th, was held …": the ordinal in apposition to the round.
    // "the 2011 round in Washington, the fourth, …": a place phrase may stand between.
    // "… at the last one – the eleventh": "one" stands for the round, with a dash or comma before the ordinal.
    const apposed =
      /(?:round|dialogue|talks|the (?:last|previous|latest) one)(?:\s+(?:in|at)\s+[a-z.]+(?:\s+[a-z.]+)?)?(?:,|\s*[–—-])?\s+the\s*$/.test(
        f.slice(Math.max(0, m.index - 45), m.index),
      ) && !OTHER_DIALOGUE.test(f.slice(Math.max(0, m.index - 60), m.index));
    // "the fourth PSDD": the series' acronym stands for the dialogue.
    const d =
      elided || apposed || dialogueMet || timesSat
        ? { index: 0, 0: 'dialogue' }
        : /dialogue|\bround\b|\bsession\b|\bpsdd?\b/.exec(after);
    if (!d || OTHER_EVENT.test(after.slice(0, d.index))) continue;
    // "the first … since": not this series' first meeting.
    if (NOT_FIRST_AFTER.test(after) && (m[1] ?? '').toLowerCase() === 'first') continue;
    // "round" and "session" count only when the dialogue itself is named around them.
    if (d[0] !== 'dialogue' && !/^psdd?$/.test(d[0])) {
      // Another mechanism named far off in the sentence ("… to the annual defence policy talks") is not this round's.
      const around = f.slice(Math.max(0, m.index - 80), m.index + m[0].length + 90);
      if (OTHER_DIALOGUE.test(around) || OTHER_EVENT.test(after.slice(0, Math.max(d.index, after.indexOf('dialogue')))))
        continue;
    }
    push(
      out,
      enOrdinal(m[1] ?? ''),
      upcomingAt(f, m.index + m[0].length + (d.index ?? 0) + (d[0]?.length ?? 0)),
      m.index,
    );
  }
  // "the dialogue itself, first held in 2008": the series' first meeting, named by when it was held.
  const firstHeld =
    /(?:dialogue|\bpsdd?\b|mechanism)(?:\s+itself)?,?\s+(?:which\s+was\s+|was\s+)?first\s+(?:held|convened|met|took place|launched)\b(?!\s+(?:since|after))/.exec(
      f,
    );
  if (
    firstHeld &&
    !OTHER_DIALOGUE.test(f.slice(Math.max(0, firstHeld.index - 40), firstHeld.index + firstHeld[0].length))
  )
    push(out, 1, false, firstHeld.index);
  const inaugural = /\b(?:inaugural|initial)\b[^.;]{0,40}(?:dialogue|session|round|meeting|\bpsdd?\b)/.exec(f);
  if (inaugural && !/\b(?:inaugural|initial)\b[^.;]{0,60}\bsince\b/.test(f))
    push(out, 1, upcomingAt(f, inaugural.index + inaugural[0].length), inaugural.index);
  return out;
}

/** A year the sentence attaches to an event ("vào năm 2016", "in 2016"), or undefined. */
export function yearIn(sentence: string): number | undefined {
  const m =
    /(?:nam|in|early|late|mid-?)\s+(\d{4})(?!\d)/iu.exec(fold(sentence)) ??
    /thang\s+[\p{L}\d]+\s*(?:nam\s+|[/-])(\d{4})(?!\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(\d{4})(?!\d)/iu.exec(
      fold(sentence),
    );
  if (!m) return undefined;
  return Number(m[1] ?? m[2]);
}
