/** The seed queries and corpora of the search baseline (see record-baseline.ts and baseline.test.ts). */
import { SEARCH_MIX } from '../../bench/harness.js';
import { syntheticArticle } from '../../bench/synthetic-corpus.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { parseArticle } from '../../src/parse/article.js';
import { fold } from '../../src/text/fold.js';
import { SEED7, SEED7_FILE, SEED7_META, SEED9, SEED9_FILE } from '../fixtures/articles.js';

/** Extra queries beyond the bench's search mix: titles, names, numbers, phrases of the seed articles. */
const EXTRA = [
  'Đối thoại lần thứ 9',
  'Nguyễn Chí Vịnh',
  'Hoa Kỳ',
  'hoa ky',
  'Việt Nam – Hoa Kỳ',
  'quốc phòng',
  '2016',
  'Washington DC',
  'chính trị an ninh quốc phòng',
  'thứ trưởng bộ quốc phòng',
  'tổ công tác',
  'ASEAN',
  'an ninh',
  'biển',
];

/** Every base query as typed, folded, NFD, joined with hyphens and upper-cased. */
export function seedQueries(): string[] {
  const out = new Set<string>();
  for (const q of [...SEARCH_MIX, ...EXTRA]) {
    out.add(q);
    out.add(fold(q));
    out.add(q.normalize('NFD'));
    out.add(q.split(/\s+/).join('-'));
    out.add(q.toUpperCase());
  }
  return [...out];
}

export function baselineCorpora(): Record<string, Corpus> {
  const seeds = [
    parseArticle({ id: 'seed9', file: SEED9_FILE, raw: SEED9 }),
    parseArticle({ id: 'seed7', file: SEED7_FILE, raw: SEED7, meta: SEED7_META }),
  ];
  const synthetic = [];
  for (let i = 0; i < 150; i++) {
    const r = syntheticArticle(i, 42);
    synthetic.push(parseArticle({ id: `s${i}`, file: r.file, raw: r.text }));
  }
  return { seeds: new Corpus(seeds), synthetic150: new Corpus(synthetic) };
}
