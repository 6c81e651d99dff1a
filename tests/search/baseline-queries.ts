/** The seed queries and corpora of the search baseline (see record-baseline.ts and baseline.test.ts). */
import { syntheticArticle } from '../fixtures/synthetic-corpus.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { parseArticle } from '../../src/parse/article.js';
import { fold } from '../../src/text/fold.js';
import { SEED7, SEED7_FILE, SEED7_META, SEED9, SEED9_FILE } from '../fixtures/articles.js';

/**
 * The bench's search mix (bench/harness.ts SEARCH_MIX) as it was when baseline.json was recorded at 9c10616,
 * kept here: the baseline holds the old index's results for exactly these queries, so the bench may change
 * its mix without changing what this test compares.
 */
const RECORDED_SEARCH_MIX = [
  'an ninh biển',
  'an ninh bien',
  'rà phá bom mìn',
  'ra pha bom min',
  'Hà Kim Ngọc',
  'ha kim ngoc',
  'tìm kiếm cứu nạn',
  'tim kiem cuu nan',
  'Washington',
  'Puneet Talwar',
  'hợp tác quốc phòng',
  'Biển Đông',
  'bien dong',
  'dioxin',
  'gìn giữ hòa bình',
  'cứu trợ thiên tai',
  'an ninh mạng',
  'cybersecurity cooperation',
  'đồng chủ trì đối thoại',
  'dong chu tri',
];

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
  for (const q of [...RECORDED_SEARCH_MIX, ...EXTRA]) {
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
