/** Which language an article (or a question) is written in: Vietnamese or English. */
import { fold, foldedTokens } from '../text/fold.js';

const VI_WORDS = new Set([
  'va',
  'cua',
  'cac',
  'nhung',
  'trong',
  'la',
  'voi',
  'duoc',
  'hai',
  'ben',
  'nuoc',
  'doi',
  'thoai',
  'tai',
  'da',
  'se',
  'nay',
  'khi',
  'nao',
  'dau',
  'ai',
  'lan',
  'thu',
  've',
  'cho',
  'nam',
  'ngay',
  'quan',
  'he',
  'hop',
  'tac',
  'viet',
  'my',
  'ky',
]);
const EN_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'with',
  'for',
  'on',
  'who',
  'what',
  'when',
  'where',
  'which',
  'was',
  'is',
  'were',
  'did',
  'dialogue',
  'security',
  'defense',
  'political',
  'held',
  'co',
  'chaired',
  'between',
  'vietnam',
  'united',
  'states',
  'next',
  'how',
  'many',
  'discussed',
  'about',
  'a',
  'an',
  'by',
  'at',
]);

export function detectLanguage(text: string): 'vi' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (fold(sample) !== sample.toLowerCase()) {
    // Diacritics: Vietnamese unless they are a handful of names in English prose.
    const marked = sample.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
    if (marked / Math.max(1, sample.length) > 0.02) return 'vi';
  }
  let vi = 0;
  let en = 0;
  for (const t of foldedTokens(sample)) {
    if (VI_WORDS.has(t)) vi++;
    if (EN_WORDS.has(t)) en++;
  }
  return en > vi ? 'en' : 'vi';
}
