/**
 * Co-chairs: "title + name" parties from the phrasings news uses, each with a side (VN or US).
 *  - "X và Y (đã/hôm nay) đồng chủ trì ..."      - "Đồng chủ trì đối thoại là/có X và Y"
 *  - "do X và Y đồng chủ trì"                    - "co-chaired by X and Y" / "X and Y co-chaired"
 * A party is "Title Name" ("Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc"), "ông Name, Title"
 * or "Name, Title".
 */
import { fold } from '../text/fold.js';

export type Side = 'VN' | 'US';
export interface Person {
  name: string;
  title: string;
  side: Side;
}

const VN_WORDS = /việt nam|vietnam(?:ese)?|\bvn\b|hà nội|\bviệt\b/iu;
const US_WORDS = /hoa kỳ|\bmỹ\b|(?<![\p{L}])mỹ(?![\p{L}])|\bu\.?s\.?a?\b|united states|american|washington|lầu năm góc|pentagon|nhà trắng|white house/iu;

const VN_SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly ha dao doan vuong trinh truong lam phung mai to ta cao luu dinh kieu chu luong la thai tong quach khuc mac lai hua giang an au dieu'.split(' '),
);

/** Capitalised tokens that belong to titles, countries and organisations, not to personal names. */
const NON_NAME = new Set(
  [
    'việt', 'hoa', 'kỳ', 'mỹ', 'bộ', 'ngoại', 'quốc', 'phòng', 'công', 'an', 'giao', 'thứ', 'phó', 'trợ', 'đại', 'sứ', 'tổng', 'cục', 'trưởng',
    'vietnam', 'vietnamese', 'u.s.', 'us', 'usa', 'united', 'states', 'american', 'state', 'defense', 'defence', 'department', 'affairs',
    'secretary', 'assistant', 'deputy', 'minister', 'ambassador', 'under', 'political-military', 'foreign', 'principal', 'acting',
    'senior', 'official', 'general', 'lieutenant', 'major', 'colonel', 'admiral', 'vice', 'chief', 'director', 'bureau', 'ministry',
    'national', 'public', 'security', 'of', 'for', 'the', 'and', 'east', 'asian', 'pacific', 'political', 'military', 'dr.', 'mr.', 'ms.',
    'thượng', 'trung', 'thiếu', 'tướng', 'ngài', 'ông', 'bà', 'asean', 'liên', 'hợp',
  ],
);
const HONORIFIC = /^(?:ông|bà|ngài|mr\.?|ms\.?|mrs\.?|dr\.?|tiến sĩ)\s+/iu;
const TRAILING_ADVERBS = /\s+(?:đã|vừa|mới|hôm nay|hôm qua|sáng nay|chiều nay|tối nay|mới đây|ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)|cùng|đồng thời|jointly|today|yesterday|on \w+day)\s*$/iu;
const LEADING_CLAUSE = /^(?:\([^()]{1,40}\)\s*[-–—:]\s*|[\p{Lu}\s.]{2,30}(?:\([^()]{1,40}\))?\s*[-–—:]\s+|(?:tại|ở|hôm nay|hôm qua|ngày|sáng|chiều|tối|trong|on|in|at|today)[^,]{0,80},\s*)+/iu;

function isCap(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

function looksLikeName(words: string[]): boolean {
  return words.length >= 2 && words.length <= 5 && words.every((w) => isCap(w) && !NON_NAME.has(w.toLowerCase().replace(/[,;]$/, '')));
}

/** Split "Title ... Name" into its parts; "Name, Title" and "ông Name, Title" as well. */
export function splitParty(raw: string): { name: string; title: string } | undefined {
  let text = raw.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text.replace(TRAILING_ADVERBS, '').trim();
  }
  if (!text) return undefined;

  const honorific = HONORIFIC.exec(text);
  const afterHonorific = honorific ? text.slice(honorific[0].length) : text;
  const comma = afterHonorific.indexOf(',');
  if (comma > 0) {
    const head = afterHonorific.slice(0, comma).trim().split(/\s+/);
    if (looksLikeName(head)) {
      return { name: head.join(' '), title: afterHonorific.slice(comma + 1).trim().replace(/[,;]$/, '') };
    }
  }
  if (honorific) {
    const words = afterHonorific.split(/\s+/);
    let k = 0;
    while (k < words.length && isCap(words[k] as string) && k < 5) k++;
    if (k >= 1) {
      const name = words.slice(0, k).join(' ');
      const rest = words.slice(k).join(' ').replace(/^[,;]\s*/, '');
      return { name, title: rest };
    }
  }
  // Title then name: the trailing run of capitalised words, minus title/country/organisation words.
  const words = text.split(/\s+/);
  let start = words.length;
  while (start > 0 && isCap(words[start - 1] as string)) start--;
  while (start < words.length) {
    const w = (words[start] as string).toLowerCase();
    const afterViet = w === 'nam' && start > 0 && (words[start - 1] as string).toLowerCase() === 'việt';
    if (!NON_NAME.has(w) && !afterViet) break;
    start++;
  }
  const nameWords = words.slice(start);
  if (nameWords.length < 2 || nameWords.length > 5) return undefined;
  return { name: nameWords.join(' '), title: words.slice(0, start).join(' ') };
}

function sideFromText(text: string): Side | undefined {
  const vn = VN_WORDS.exec(text);
  const us = US_WORDS.exec(text);
  if (vn && us) return vn.index < us.index ? 'VN' : 'US';
  if (vn) return 'VN';
  if (us) return 'US';
  return undefined;
}

function sideFromName(name: string): Side | undefined {
  const first = fold(name.split(/\s+/)[0] ?? '');
  if (/[\u00C0-\u1EF9]/u.test(name.normalize('NFC')) || VN_SURNAMES.has(first)) return 'VN';
  return /^[A-Za-z.'\s-]+$/.test(name) ? 'US' : undefined;
}

function assignSides(parties: { name: string; title: string }[]): Person[] | undefined {
  const sides: (Side | undefined)[] = parties.map((p) => sideFromText(p.title));
  for (let i = 0; i < parties.length; i++) sides[i] ??= sideFromName((parties[i] as { name: string }).name);
  if (parties.length === 2) {
    if (sides[0] === undefined && sides[1] !== undefined) sides[0] = sides[1] === 'VN' ? 'US' : 'VN';
    if (sides[1] === undefined && sides[0] !== undefined) sides[1] = sides[0] === 'VN' ? 'US' : 'VN';
    if (sides[0] === sides[1]) {
      // Both titles named one country (e.g. "Đại sứ Hoa Kỳ tại Việt Nam"): trust the names instead.
      const byName = parties.map((p) => sideFromName(p.name));
      if (byName[0] && byName[1] && byName[0] !== byName[1]) {
        sides[0] = byName[0];
        sides[1] = byName[1];
      }
    }
  }
  if (sides.some((s) => s === undefined)) return undefined;
  return parties.map((p, i) => ({ name: p.name, title: p.title.replace(/\s+/g, ' ').trim(), side: sides[i] as Side }));
}

/** Split "A và B" / "A and B" where B starts a new party. */
function splitPair(text: string, conj: RegExp): [string, string] | undefined {
  const candidates: [string, string][] = [];
  conj.lastIndex = 0;
  for (let m = conj.exec(text); m; m = conj.exec(text)) {
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    if (!/^\s*[\p{Lu}]|^\s*(?:ông|bà|ngài)\s/u.test(right)) continue;
    const l = splitParty(left);
    const r = splitParty(right);
    if (l && r) candidates.push([left, right]);
  }
  // Prefer the split whose left side ends in a name (the conjunction between the two parties).
  return candidates[0];
}

const VI_PATTERNS: RegExp[] = [
  /đồng chủ trì(?:\s+(?:cuộc\s+)?(?:đối thoại|hội nghị|phiên (?:họp|đối thoại)))?(?:\s+(?:lần này|năm nay))?\s+(?:là|có|gồm(?: có)?)\s+(.+?)(?:[.;]\s|[.;]?$)/iu,
  /(?:^|[\s,])do\s+(.+?)\s+đồng chủ trì/iu,
  /^(.+?)\s+(?:đã\s+|vừa\s+|cùng\s+)?đồng chủ trì/iu,
];
const EN_PATTERNS: RegExp[] = [
  /co-?chaired by\s+(.+?)(?:[.;]\s|[.;]?$|,\s+(?:was|were|and the|which|who)\b)/i,
  /^(.+?)\s+(?:jointly\s+)?co-?chaired\b/i,
  /^(.+?)\s+(?:served|acted)\s+as\s+co-?chairs?\b/i,
];

const DELEGATION_HEAD = [
  /(?:đoàn|phía)\s+(Việt Nam|Hoa Kỳ|Mỹ)\s+(?:do|là)\s+(.+?)\s+(?:dẫn đầu|làm trưởng đoàn|chủ trì|đứng đầu)/giu,
  /(?:trưởng đoàn|người đứng đầu đoàn)\s+(Việt Nam|Hoa Kỳ|Mỹ)\s+(?:là\s+)?(.+?)(?=[,;.]|\s+và\s|$)/giu,
  /(?:the\s+)?(U\.S\.|American|Vietnamese)\s+delegation\s+(?:was\s+)?(?:led|headed)\s+by\s+(.+?)(?=[,;]|\.\s|\.?$|\s+and\s+the\s)/gi,
];

/** Heads of delegation named per side ("Đoàn Việt Nam do Thứ trưởng X dẫn đầu", "the U.S. delegation was led by Y"). */
export function delegationHeadsIn(sentence: string): Person[] {
  const out: Person[] = [];
  for (const re of DELEGATION_HEAD) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const side: Side = /việt|vietnam/iu.test(m[1] ?? '') ? 'VN' : 'US';
      const party = splitParty(m[2] ?? '');
      if (party && !out.some((p) => p.side === side)) out.push({ ...party, side });
    }
  }
  return out;
}

/** Co-chairs named in one sentence, or undefined. */
export function cochairsIn(sentence: string): Person[] | undefined {
  const s = sentence.trim();
  if (!/đồng chủ trì|co-?chair/iu.test(s)) return undefined;
  for (const re of [...VI_PATTERNS, ...EN_PATTERNS]) {
    const m = re.exec(s);
    if (!m) continue;
    const chunk = (m[1] ?? '').replace(LEADING_CLAUSE, '').trim();
    const english = EN_PATTERNS.includes(re);
    const pair = splitPair(chunk, english ? /,?\s+(?:and|with)\s+/g : /,?\s+(?:và|cùng với|cùng)\s+/gu);
    if (!pair) continue;
    const parties = pair.map((p) => splitParty(p));
    if (parties.some((p) => !p)) continue;
    const people = assignSides(parties as { name: string; title: string }[]);
    if (people && people[0]?.side !== people[1]?.side) return people;
  }
  return undefined;
}
