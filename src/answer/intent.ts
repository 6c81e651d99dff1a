/**
 * What the user asked for, from what they typed: a slash-command line ("/dialogue 9", "/topic an-ninh-biển",
 * "/dialogue edition:9") or a plain question in Vietnamese (with or without diacritics) or English.
 */
import { EN_EDITION, VI_EDITION, enOrdinal, viEditionNumber } from '../parse/numbers.js';
import { fold } from '../text/fold.js';
import { normalizeInput } from '../text/normalize.js';
import { head } from '../util/truncate.js';
import type { Focus } from './types.js';

export const MAX_INPUT = 1000;

export type Intent =
  | { kind: 'dialogue'; edition?: number; detail?: boolean }
  | { kind: 'topic'; topic: string }
  | { kind: 'search'; query: string }
  | { kind: 'editions' }
  | { kind: 'about' }
  | { kind: 'help'; reason: 'asked' | 'empty' | 'unknown-command'; detail?: string }
  | { kind: 'question'; text: string };

const COMMANDS = ['dialogue', 'topic', 'search', 'ask', 'editions', 'about', 'help'] as const;
const ALIASES: Record<string, (typeof COMMANDS)[number]> = {
  doithoai: 'dialogue',
  edition: 'dialogue',
  dialog: 'dialogue',
  chude: 'topic',
  timkiem: 'search',
  hoi: 'ask',
  cackyy: 'editions',
  timeline: 'editions',
  gioithieu: 'about',
  trogiup: 'help',
};

const DETAIL = /\s+(?:detail(?::\s*true)?|details|full|chi tiết|chi tiet|đầy đủ|day du)\s*$/iu;

/** Strip Discord-style "name:" option prefixes: "/dialogue edition:9" → "9". */
function optionValue(rest: string): string {
  return rest.replace(/^(?:[a-z_-]{1,32}):\s*/i, '');
}

/** Parse an edition number the way a user may type it: "9", "IX", "lần thứ 9", "9th", "ninth", "thứ chín". */
export function parseEditionNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^#?\d{1,4}$/.test(t)) return Number(t.replace('#', ''));
  const roman = /^(?=[ivxlc]+$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.exec(t);
  if (roman && t) {
    const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
    let n = 0;
    const s = t.toLowerCase();
    for (let i = 0; i < s.length; i++) {
      const v = map[s[i] as string] as number;
      const nx = map[s[i + 1] as string] ?? 0;
      n += v < nx ? -v : v;
    }
    return n;
  }
  return editionInQuestion(t);
}

/** The edition a question speaks of, if any ("lần thứ 9", "lan 9", "9th", "ninth", "đối thoại 9", "dialogue #9"). */
export function editionInQuestion(text: string): number | undefined {
  const f = fold(text);
  VI_EDITION.lastIndex = 0;
  const vi = VI_EDITION.exec(f);
  if (vi) {
    const n = viEditionNumber(vi[1] ?? '');
    if (n !== undefined && n > 0) return n;
  }
  EN_EDITION.lastIndex = 0;
  const en = EN_EDITION.exec(f);
  if (en) {
    const n = enOrdinal(en[1] ?? '');
    if (n !== undefined && n > 0) return n;
  }
  const plain = /(?:doi thoai|dialogue|dialog|edition|round|so|number|no\.?|#)\s*#?(\d{1,3})(?!\d)/.exec(f);
  if (plain) return Number(plain[1]);
  // "đối thoại thứ chín", "doi thoai thu 9"
  const ordinal = /(?:doi thoai|dialogue)\s+thu\s+(\d{1,3}|[a-z]+(?:\s+[a-z]+){0,2})/.exec(f);
  if (ordinal) {
    const words = (ordinal[1] ?? '').split(/\s+/);
    for (let k = words.length; k > 0; k--) {
      const n = viEditionNumber(words.slice(0, k).join(' '));
      if (n !== undefined && n > 0) return n;
    }
  }
  return undefined;
}

/** What a user typed → what they asked for. Slash commands from Discord build their Intent directly from typed options. */
export function parseIntent(input: string): Intent {
  // Cut between graphemes (util/truncate.ts): a query quoted back never ends in half an emoji.
  const text = head(normalizeInput(input), MAX_INPUT);
  if (!text) return { kind: 'help', reason: 'empty' };
  const slash = /^\/([\p{L}\p{N}_-]{1,32})(?:\s+(.*))?$/su.exec(text);
  if (!slash) {
    if (
      /^(?:help|trợ giúp|tro giup|giúp|giup|\?|xin chào|xin chao|chào|chao|chào bot|hello|hi|hey|alo)[\s!.?]*$/iu.test(
        text,
      )
    )
      return { kind: 'help', reason: 'asked' };
    return { kind: 'question', text };
  }
  const name = fold(slash[1] ?? '').replace(/[-_]/g, '');
  const command = (COMMANDS as readonly string[]).includes(name) ? (name as (typeof COMMANDS)[number]) : ALIASES[name];
  const rest = optionValue((slash[2] ?? '').trim());
  switch (command) {
    case 'dialogue': {
      // "/dialogue 9 detail", "/dialogue edition:9 detail:True", "/dialogue 9 chi tiết": the full reply.
      const detail = DETAIL.exec(rest);
      const edition = parseEditionNumber(detail ? rest.slice(0, detail.index) : rest);
      return detail ? { kind: 'dialogue', edition, detail: true } : { kind: 'dialogue', edition };
    }
    case 'topic':
      return rest ? { kind: 'topic', topic: rest } : { kind: 'help', reason: 'asked', detail: 'topic' };
    case 'search':
      return rest ? { kind: 'search', query: rest } : { kind: 'help', reason: 'asked', detail: 'search' };
    case 'ask':
      return rest ? { kind: 'question', text: rest } : { kind: 'help', reason: 'asked', detail: 'ask' };
    case 'editions':
      return { kind: 'editions' };
    case 'about':
      return { kind: 'about' };
    case 'help':
      return { kind: 'help', reason: 'asked' };
    default:
      return { kind: 'help', reason: 'unknown-command' };
  }
}

// --- plain questions ---------------------------------------------------------------------------------

const FOCUS_PATTERNS: [Focus, RegExp][] = [
  ['next', /(?:^|\s)(?:tiep theo|lan toi|lan sau|ke tiep|sap toi|next|upcoming|following)(?:\s|$)/],
  [
    'cochairs',
    /(?:^|\s)(?:ai|nhung ai|nguoi nao|who|whom|co ?chairs?|co ?chaired|chaired|chairs?|dong chu tri|chu tri|truong doan|head(?:ed)?|led)(?:\s|$)/,
  ],
  [
    'date',
    /(?:^|\s)(?:khi nao|bao gio|luc nao|ngay nao|ngay bao nhieu|thang nao|nam nao|thoi gian|when|what date|which date|what year|which year|date|dien ra ngay)(?:\s|$)/,
  ],
  ['place', /(?:^|\s)(?:o dau|tai dau|noi nao|dia diem|where|venue|location|which city|what city|hosted|host)(?:\s|$)/],
  [
    'agencies',
    /(?:^|\s)(?:co quan|bo nao|nhung bo|thanh phan|agency|agencies|ministries|departments|took part|participated|participants)(?:\s|$)/,
  ],
  [
    'agreed',
    /(?:^|\s)(?:nhat tri|thong nhat|dong y|cam ket|thoa thuan|ket qua|agree|agreed|outcomes?|committed|commit)(?:\s|$)/,
  ],
  [
    'topics',
    /(?:^|\s)(?:thao luan|ban ve|ban gi|ban nhung|noi dung|chu de|van de|trao doi|discuss|discussed|topics?|agenda|talk about|talked about|covered|cover)(?:\s|$)/,
  ],
];
const LIST_EDITIONS =
  /(?:^|\s)(?:bao nhieu lan|bao nhieu ky|nhung lan nao|cac lan|cac ky|nhung ky|danh sach|liet ke|how many|which editions|what editions|list|timeline|all (?:the )?(?:dialogues|editions)|da dien ra may lan|may lan)(?:\s|$)/;

/**
 * A co-chair verb. With it, a list phrase asks about someone's editions ("Hà Kim Ngọc đồng chủ trì những lần
 * nào?", "which editions did Tina Kaidanow co-chair?"), not for the list: such a question is left to the person
 * lookup, which knows the corpus's names; one naming nobody the corpus knows still gets the list (focus 'cochairs').
 */
const CHAIR_VERB =
  /(?:^|\s)(?:co ?chair(?:s|ed|ing)?|chair(?:s|ed|ing)?|dong chu tri|chu tri|truong doan|dan dau|head(?:s|ed)?|led)(?:\s|$)/;

export interface Question {
  edition?: number;
  year?: number;
  focus?: Focus;
  /** Asks for the list of editions (not for the editions of someone named: see CHAIR_VERB). */
  listEditions: boolean;
}

/** Read a plain question: the edition (or year) it names and what it asks about that edition. */
export function readQuestion(text: string): Question {
  const f = ` ${fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const edition = editionInQuestion(text);
  const yearMatch = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  let focus: Focus | undefined;
  for (const [name, re] of FOCUS_PATTERNS) {
    if (re.test(f)) {
      // "Đối thoại lần thứ 10 sẽ diễn ra ở đâu?" names the edition: "next" is only a focus without a number.
      if (name === 'next' && edition !== undefined) continue;
      focus = name;
      break;
    }
  }
  const listEditions = LIST_EDITIONS.test(f) && !(focus === 'cochairs' && CHAIR_VERB.test(f));
  return { edition, year: yearMatch ? Number(yearMatch[1]) : undefined, focus, listEditions };
}
