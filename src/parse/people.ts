/**
 * Officials as a recogniser, not as phrasings: anywhere in a sentence, an office from the lexicon
 * (src/parse/offices.ts) with what completes it ("… Bộ Ngoại giao Hoa Kỳ", "… of State for Political-Military
 * Affairs") followed by a name, or a name followed by ", office", or an honorific and a name. A name is two
 * to five capitalised words or initials ("R. Clarke Cooper", "Hà Kim Ngọc", "Ha Kim Ngoc"); never a place,
 * a country, a month or a title word. Each person gets a side from the country words of the title, else
 * from the office, else from the name.
 *
 * Which of them co-chaired a meeting is decided elsewhere (src/parse/cochairs.ts).
 */
import { fold } from '../text/fold.js';
import { MONTHS_EN } from './dates.js';
import { canonicalPlace, placeAtStart } from './gazetteer.js';
import { officeAt } from './offices.js';
import type { Person, Side } from './people-types.js';

export type { Person, Side } from './people-types.js';

export interface FoundPerson extends Person {
  /** Seniority of the office (higher is more senior); 0 when only an honorific names the person. */
  rank: number;
  /** Character offsets of the name in the sentence. */
  start: number;
  end: number;
  /** Named by an office of a leader above the dialogue (a president, a prime minister). */
  leader?: boolean;
  /** Named in the possessive ("X's visit"): the owner of something else, not a participant in the sentence's event. */
  possessive?: boolean;
}

interface Token {
  text: string;
  /** Lower case, NFC, diacritics kept; trailing full stop removed unless an initial. */
  exact: string;
  folded: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  initial: boolean;
  /** The word ended in a possessive "'s". */
  possessive: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*|[,;:()“”"«»–—]|-(?=\s)/gu;

function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m; m = TOKEN_RE.exec(sentence)) {
    let text = m[0];
    const initial = /^\p{Lu}\.$/u.test(text) || /^(?:\p{Lu}\.){2,}$/u.test(text);
    // A full stop closing a word is the sentence's, not the word's ("Ngọc."), except in initials and "D.C.".
    if (!initial && text.endsWith('.') && !/\.\p{L}/u.test(text)) text = text.replace(/\.+$/, '');
    // "Pompeo's": the possessive is not part of the name, and it ends the name.
    const possessive = /['’]s$/u.test(text);
    text = text.replace(/['’]s$/u, '').replace(/[-’']+$/u, '');
    if (!text) continue;
    const word = /^[\p{L}\p{N}]/u.test(text);
    const exact = text.normalize('NFC').toLowerCase();
    out.push({
      text,
      exact,
      folded: fold(exact),
      start: m.index,
      end: m.index + text.length,
      word,
      cap: /^\p{Lu}/u.test(text),
      initial,
      possessive,
    });
  }
  return out;
}

/** Words that complete an office before the name: organisation, country, domain ("… Bộ Ngoại giao Hoa Kỳ"). */
const COMPLEMENT_VI =
  'đông á thái bình dương nam âu phi trung đối tác và kiểm soát vũ khí quốc tế hợp tác khu vực bộ ngoại giao quốc phòng công an an ninh đại sứ quán việt nam hoa kỳ mỹ thứ nhất thường trực phụ trách các vấn đề chính trị quân sự - – tại vụ bắc châu mỹ cục tổng ủy viên trung ương đảng nhân dân đội quân đoàn chính phủ lâm thời nhiệm kỳ cấp cao quan chức'.split(
    ' ',
  );
const COMPLEMENT_EN =
  "of for the and on state defense defence department political-military politico-military political military affairs arms control international security east asian pacific asia south southeast indo-pacific national public foreign ministry bureau policy strategy plans regional global u.s. us usa united states american america vietnam vietnamese viet nam vietnam's to in acting first people's army navy air force office staff chief".split(
    ' ',
  );
const COMPLEMENT_EXACT = new Set([...COMPLEMENT_VI, ...COMPLEMENT_EN]);
const COMPLEMENT_FOLDED = new Set([...COMPLEMENT_VI, ...COMPLEMENT_EN].map((w) => fold(w)));
/** Words that may stand before an office and belong to the title ("Vietnamese Deputy Foreign Minister"). */
const TITLE_PREFIX = new Set(['vietnamese', 'vietnam', "vietnam's", 'u.s.', 'us', 'american', 'acting', 'former']);
const HONORIFIC = new Set(['ông', 'bà', 'ngài', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'madam']);

/** Capitalised words that never belong to a personal name (whatever their diacritics). */
const NEVER_NAME = new Set([
  'việt',
  'hoa',
  'kỳ',
  'mỹ',
  'bộ',
  'ngoại',
  'thứ',
  'phó',
  'trợ',
  'đại',
  'sứ',
  'tổng',
  'cục',
  'vụ',
  'trưởng',
  'thượng',
  'thiếu',
  'tướng',
  'ngài',
  'ông',
  'bà',
  'đối',
  'thoại',
  'hội',
  'nghị',
  'biển',
  'liên',
  'hợp',
  'hiệp',
  'đảng',
  'ủy',
  'uỷ',
  'chính',
  'phủ',
  'quân',
  'đội',
  'đoàn',
  'phái',
  'phía',
  'hai',
  'các',
  'tại',
  'sáng',
  'chiều',
  'tối',
  'hôm',
  'ngày',
  'tháng',
  'năm',
  'theo',
  'trong',
  'cuộc',
  'phiên',
  'lần',
  'đây',
  'với',
  'và',
  'ảnh',
  'nguồn',
  'tin',
  'bài',
  'á',
  'âu',
  'vietnam',
  'vietnamese',
  'u.s.',
  'us',
  'usa',
  'united',
  'states',
  'american',
  'america',
  'state',
  'defense',
  'defence',
  'department',
  'affairs',
  'secretary',
  'assistant',
  'deputy',
  'minister',
  'ministry',
  'ambassador',
  'under',
  'political-military',
  'foreign',
  'principal',
  'acting',
  'senior',
  'official',
  'general',
  'lieutenant',
  'major',
  'colonel',
  'admiral',
  'vice',
  'chief',
  'director',
  'bureau',
  'national',
  'public',
  'security',
  'of',
  'for',
  'the',
  'and',
  'east',
  'asian',
  'pacific',
  'political',
  'military',
  'arms',
  'control',
  'international',
  'dialogue',
  'during',
  'both',
  'on',
  'in',
  'at',
  'today',
  'yesterday',
  'joint',
  'statement',
  'media',
  'note',
  'office',
  'spokesperson',
  'remarks',
  'photo',
  ...MONTHS_EN,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'south',
  'china',
  'sea',
  'asia',
  'asean',
  'mekong',
  'washington',
  'hanoi',
  'pentagon',
  'embassy',
  'war',
  'agency',
  'coast',
  'guard',
  'navy',
  'army',
  'force',
  'his',
  'her',
  'their',
  'it',
]);
/**
 * Without diacritics many title words fold onto name syllables (Trương/trưởng, Đặng/Đảng, Vũ/Vụ): only those
 * that are never a name syllable stop a name there.
 */
const NEVER_NAME_FOLDED = new Set(
  'bo ngoai giao pho tro cuc thuong thieu tuong ong ngai doi thoai hoi bien lien hop uy phai phia cac chieu toi hom ngay theo cuoc phien va voi nguon bai ky my tai sang trong dong chu tri truong'.split(
    ' ',
  ),
);
const HONORIFIC_FOLDED = new Set(['ong', 'ba', 'ngai']);

/** Fixed phrases that look like names but are places, countries or regions. */
const NOT_NAME_PHRASES = [
  'white house',
  'dong a',
  'dong nam a',
  'chau a',
  'viet nam',
  'hoa ky',
  'thai binh duong',
  'dong nam a',
  'lien hop quoc',
  'lien hiep quoc',
  'bien dong',
  'chau a',
  'tan son nhat',
  'noi bai',
  'cam ranh',
].map((p) => p.split(' '));

function hasMarks(s: string): boolean {
  return fold(s) !== s.toLowerCase();
}

const VN_SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly ha dao doan vuong trinh truong lam phung mai to ta cao luu dinh kieu chu luong la thai tong quach khuc mac lai hua giang an au dieu nong'.split(
    ' ',
  ),
);

function sideFromName(name: string): Side {
  const first = fold(name.split(/\s+/)[0] ?? '');
  if (hasMarks(name) || VN_SURNAMES.has(first)) return 'VN';
  return 'US';
}

const VN_WORD = /^(?:việt|viet|vietnam|vietnamese|vietnam's|vn)$/u;
const US_WORD = /^(?:hoa|mỹ|my|u\.s\.|us|usa|american|america|united|washington)$/u;

/** The side a title names: its first country word, or the opposite of a host country ("Đại sứ tại Mỹ"). */
function sideFromTitle(tokens: Token[]): Side | undefined {
  let host: Side | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let side: Side | undefined;
    if (VN_WORD.test(t.exact) && !(t.exact === 'viet' && tokens[i + 1]?.folded !== 'nam')) side = 'VN';
    else if (t.exact === 'hoa' && tokens[i + 1]?.folded === 'ky') side = 'US';
    else if (t.exact === 'united' && tokens[i + 1]?.exact === 'states') side = 'US';
    // "my" and "us" are English words: only "My" (Mỹ without diacritics) and "US" in capitals name the country.
    else if (
      US_WORD.test(t.exact) &&
      t.exact !== 'hoa' &&
      t.exact !== 'united' &&
      (t.exact !== 'my' || t.text === 'My') &&
      (t.exact !== 'us' || t.text === 'US')
    )
      side = 'US';
    if (!side) continue;
    const prev = tokens[i - 1]?.folded;
    // "Vụ Châu Mỹ", "Vụ Bắc Mỹ": the Americas, not the United States.
    if (side === 'US' && (prev === 'chau' || prev === 'bac')) continue;
    if (prev === 'tai' || prev === 'to' || prev === 'in') host ??= side === 'VN' ? 'US' : 'VN';
    else return side;
  }
  return host;
}

function isNameWord(t: Token | undefined, folded: boolean): boolean {
  if (!t || !t.word) return false;
  if (t.initial) return true;
  if (!t.cap) return false;
  // An all-capitals word of two letters or more is an acronym (VGP, TTXVN, DC), not a name.
  if (t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{L}{2}/u.test(t.text)) return false;
  if (/\d/.test(t.text)) return false;
  if (NEVER_NAME.has(t.exact)) return false;
  return !(folded && NEVER_NAME_FOLDED.has(t.folded));
}

function phraseAt(tokens: Token[], i: number): number {
  // A known place ("Ha Noi", "Washington") ends a name before it.
  if (
    placeAtStart(
      tokens
        .slice(i, i + 4)
        .filter((t) => t.word)
        .map((t) => t.text),
    )
  )
    return 1;
  for (const p of NOT_NAME_PHRASES) {
    if (p.every((w, k) => tokens[i + k]?.folded === w)) return p.length;
  }
  return 0;
}

/** The name starting at token i: its length in tokens (2–5), or 0. */
function nameAt(tokens: Token[], i: number, folded: boolean): number {
  let n = 0;
  while (i + n < tokens.length && n < 6 && isNameWord(tokens[i + n], folded) && phraseAt(tokens, i + n) === 0) {
    n++;
    if (tokens[i + n - 1]?.possessive) break;
  }
  if (n < 2 || n > 5) return 0;
  const words = tokens.slice(i, i + n);
  if (words.every((t) => t.initial)) return 0;
  const text = words.map((t) => t.text).join(' ');
  if (canonicalPlace(text) !== undefined) return 0;
  return n;
}

function complement(t: Token | undefined, folded: boolean, next?: Token): boolean {
  if (!t) return false;
  if (!t.word) return t.text === '-' || t.text === '–';
  // "chính trị-quân sự", "Political-Military": each part a title word.
  if (t.exact.includes('-') && !COMPLEMENT_EXACT.has(t.exact)) {
    const set = folded ? COMPLEMENT_FOLDED : COMPLEMENT_EXACT;
    return t.exact.split('-').every((w) => set.has(folded ? fold(w) : w) || ['tri', 'trị', 'su', 'sự'].includes(w));
  }
  // "Dang" may be Đảng or the surname Đặng, "Vũ" the surname or vũ (khí): a capitalised surname before
  // another capitalised word that is no title word starts the name.
  if (
    t.cap &&
    VN_SURNAMES.has(t.folded) &&
    next?.cap &&
    next.word &&
    !(folded ? COMPLEMENT_FOLDED.has(next.folded) : COMPLEMENT_EXACT.has(next.exact))
  )
    return false;
  return folded ? COMPLEMENT_FOLDED.has(t.folded) : COMPLEMENT_EXACT.has(t.exact);
}

/** The end (exclusive) of the title that starts with an office at token i. */
function titleEnd(tokens: Token[], i: number, officeLength: number, folded: boolean, foldedWords: string[]): number {
  let j = i + officeLength;
  for (;;) {
    const next = officeAt(foldedWords, j);
    if (next) {
      j += next.words.length;
      continue;
    }
    const t = tokens[j];
    // "Đông Á - Thái Bình Dương", "Việt Nam": a fixed phrase inside the title.
    const fixed = NOT_NAME_PHRASES.find((p) => p.every((w, k) => tokens[j + k]?.folded === w));
    if (fixed) {
      j += fixed.length;
      continue;
    }
    // "…, Bộ Ngoại giao Hoa Kỳ, Tina Kaidanow": a comma before more of the title (an organisation).
    if (
      t?.text === ',' &&
      tokens[j + 1]?.cap &&
      complement(tokens[j + 1], folded, tokens[j + 2]) &&
      !nameAt(tokens, j + 1, folded) &&
      !officeAt(foldedWords, j + 1)
    ) {
      j++;
      continue;
    }
    if (!complement(t, folded, tokens[j + 1])) break;
    // "and" inside a title only joins two domain words ("Arms Control and International Security").
    if (
      (t?.exact === 'and' || t?.exact === 'và') &&
      !(complement(tokens[j + 1], folded, tokens[j + 2]) && !nameAt(tokens, j + 1, folded))
    )
      break;
    j++;
  }
  // Trailing connectives belong to what follows, not to the title.
  while (j > i + officeLength && /^(?:of|for|the|and|to|in|và|tại|-|–)$/u.test(tokens[j - 1]?.exact ?? '')) j--;
  return j;
}

function textOf(sentence: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return sentence
    .slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every official the sentence names, in order. */
export function peopleIn(sentence: string): FoundPerson[] {
  const tokens = tokenize(sentence);
  const folded = !hasMarks(sentence);
  const foldedWords = tokens.map((t) => t.folded);
  const out: FoundPerson[] = [];
  const taken = new Set<number>();

  const add = (
    nameFrom: number,
    nameLen: number,
    titleTokens: Token[],
    title: string,
    rank: number,
    officeSide: Side | undefined,
    leader = false,
  ) => {
    if (taken.has(nameFrom)) return;
    const nameTokens = tokens.slice(nameFrom, nameFrom + nameLen);
    const name = nameTokens.map((t) => t.text).join(' ');
    const side = sideFromTitle(titleTokens) ?? officeSide ?? sideFromName(name);
    for (let k = 0; k < nameLen; k++) taken.add(nameFrom + k);
    // "Reed's delegation", "Reed's counterpart" still put him at the table; "Reed's visit" does not.
    const possessive =
      (nameTokens[nameLen - 1] as Token).possessive &&
      !/^(?:delegation|team|side|counterparts?|opposite|group)$/u.test(tokens[nameFrom + nameLen]?.exact ?? '');
    out.push({
      name,
      title,
      side,
      rank,
      start: (nameTokens[0] as Token).start,
      end: (nameTokens[nameLen - 1] as Token).end,
      ...(leader ? { leader } : {}),
      ...(possessive ? { possessive } : {}),
    });
  };

  /** ", Office …" right after a name: its title tokens, or undefined. */
  const appositive = (after: number): { from: number; to: number; rank: number; side?: Side } | undefined => {
    let j = after;
    if (tokens[j]?.text !== ',') return undefined;
    j++;
    let k = j;
    // "…, the Assistant Secretary …", "…, a deputy foreign minister who …": an article before the office.
    while (TITLE_PREFIX.has(tokens[k]?.exact ?? '') || /^(?:the|a|an)$/u.test(tokens[k]?.exact ?? '')) k++;
    // "…, the State Department's assistant secretary …": an organisation in the possessive before the office.
    if (!officeAt(foldedWords, k)) {
      let o = k;
      while (o < k + 4 && tokens[o]?.cap && tokens[o]?.word && !tokens[o]?.possessive) o++;
      if (tokens[o]?.cap && tokens[o]?.possessive && officeAt(foldedWords, o + 1)) k = o + 1;
    }
    const office = officeAt(foldedWords, k);
    if (!office) return undefined;
    const end = titleEnd(tokens, k, office.words.length, folded, foldedWords);
    let rank = office.rank;
    let side = office.side;
    // A second office in the same apposition ("…, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng").
    if (tokens[end]?.text === ',') {
      const more = officeAt(foldedWords, end + 1);
      if (more && more.rank > rank) {
        rank = more.rank;
        side = more.side ?? side;
      }
    }
    return { from: j, to: end, rank, side };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Office … Name
    let k = i;
    while (TITLE_PREFIX.has(tokens[k]?.exact ?? '') && k < i + 2) k++;
    const office = officeAt(foldedWords, k);
    if (office && (k === i || tokens[i]?.cap)) {
      const end = titleEnd(tokens, k, office.words.length, folded, foldedWords);
      let nameFrom = end;
      // "Affairs, Tina Kaidanow": a comma between a title and its name.
      if (tokens[nameFrom]?.text === ',' && !officeAt(foldedWords, nameFrom + 1)) {
        const after =
          HONORIFIC.has(tokens[nameFrom + 1]?.exact ?? '') ||
          (folded && HONORIFIC_FOLDED.has(tokens[nameFrom + 1]?.folded ?? ''))
            ? nameFrom + 2
            : nameFrom + 1;
        if (nameAt(tokens, after, folded) > 0) nameFrom = after;
      }
      if (
        HONORIFIC.has(tokens[nameFrom]?.exact ?? '') ||
        (folded && HONORIFIC_FOLDED.has(tokens[nameFrom]?.folded ?? ''))
      )
        nameFrom++;
      const len = nameAt(tokens, nameFrom, folded);
      if (len > 0) {
        const titleTokens = tokens.slice(i, end);
        const app = appositive(nameFrom + len);
        const rank = Math.max(office.rank, app?.rank ?? 0);
        add(
          nameFrom,
          len,
          app ? [...titleTokens, ...tokens.slice(app.from, app.to)] : titleTokens,
          textOf(sentence, tokens, i, end),
          rank,
          office.side ?? app?.side,
          office.leader === true,
        );
        i = nameFrom + len - 1;
        continue;
      }
    }
    // (Honorific) Name, Office …
    const afterHonorific = HONORIFIC.has(t.exact) || (folded && HONORIFIC_FOLDED.has(t.folded)) ? i + 1 : i;
    const prev = tokens[afterHonorific - 1];
    const boundary =
      afterHonorific === 0 ||
      !prev ||
      !prev.word ||
      !prev.cap ||
      HONORIFIC.has(prev.exact) ||
      (folded && HONORIFIC_FOLDED.has(prev.folded));
    if (!boundary) continue;
    const len = nameAt(tokens, afterHonorific, folded);
    if (len === 0) continue;
    const app = appositive(afterHonorific + len);
    if (app) {
      add(
        afterHonorific,
        len,
        tokens.slice(app.from, app.to),
        textOf(sentence, tokens, app.from, app.to).replace(/^(?:the|an?)\s+/i, ''),
        app.rank,
        app.side,
      );
      i = app.to - 1;
    } else if (afterHonorific > i) {
      add(afterHonorific, len, [], '', 0, undefined);
      i = afterHonorific + len - 1;
    }
  }
  return out;
}

/**
 * Names written with no office and no honorific ("Ha Kim Ngoc and Tina Kaidanow, …", "headed by Tina
 * Kaidanow"): two to five capitalised words, never a place, a country, a month or a title word. They are not
 * officials by themselves; src/parse/named-elsewhere.ts decides from the rest of the text whether one is.
 */
export function bareNamesIn(sentence: string): { name: string; start: number; end: number }[] {
  const tokens = tokenize(sentence);
  const folded = !hasMarks(sentence);
  const out: { name: string; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (prev?.word && prev.cap && !HONORIFIC.has(prev.exact)) continue;
    const len = nameAt(tokens, i, folded);
    if (len === 0) continue;
    const words = tokens.slice(i, i + len);
    out.push({
      name: words.map((t) => t.text).join(' '),
      start: (words[0] as Token).start,
      end: (words[len - 1] as Token).end,
    });
    i += len - 1;
  }
  return out;
}

/** The side a bare name suggests: Vietnamese by its diacritics or its surname, else American. */
export function sideOfBareName(name: string): Side {
  return sideFromName(name);
}

// --- compatibility: the phrasing-level helpers earlier tests and callers use --------------------------

const COCHAIR_VERB = /đồng chủ trì|co-?chair|chủ trì|chaired/iu;

/** Co-chairs named in one sentence that says so: one official of each side, or undefined. */
export function cochairsIn(sentence: string): Person[] | undefined {
  if (!COCHAIR_VERB.test(sentence) && !/dong chu tri|co-?chair/i.test(fold(sentence))) return undefined;
  const people = peopleIn(sentence);
  const vn = people.find((p) => p.side === 'VN');
  const us = people.find((p) => p.side === 'US');
  if (!vn || !us) return undefined;
  return [vn, us].sort((a, b) => a.start - b.start).map(({ name, title, side }) => ({ name, title, side }));
}

/** Split "Title Name" / "Name, Title" / "ông Name, Title" into its parts (one party). */
export function splitParty(raw: string): { name: string; title: string } | undefined {
  const p = peopleIn(raw.trim())[0];
  return p ? { name: p.name, title: p.title } : undefined;
}
