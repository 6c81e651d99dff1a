/**
 * One paragraph numbering from the parsed article to every reply (src/parse/paragraph-no.ts): 0 is the
 * title, k the k-th paragraph. A sentence is followed from the raw text through the parser, the search
 * index, a search, an answer's citation, to the Discord payload, the console text and `npm run ask --json`,
 * and its number must be where a reader counting the article's paragraphs finds it. The article is written
 * for this test (an edition that has not happened; invented names).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import type { Answer, Citation, EditionAnswer, SearchAnswer } from '../../src/answer/types.js';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { parseArticle } from '../../src/parse/article.js';
import { paragraphNo, paragraphText, TITLE } from '../../src/parse/paragraph-no.js';
import type { Article } from '../../src/parse/schema.js';
import { renderDiscord } from '../../src/render/discord-payload.js';
import { renderText } from '../../src/render/text.js';

const HEADLINE = 'Việt Nam và Hoa Kỳ tổ chức Đối thoại Chính trị – An ninh – Quốc phòng lần thứ 20 tại Hà Nội';
const BODY = [
  'Hà Nội, ngày 12/3/2031 – Đối thoại Chính trị – An ninh – Quốc phòng Việt Nam – Hoa Kỳ lần thứ 20 đã diễn ra tại Hà Nội.',
  'Thứ trưởng Bộ Ngoại giao Trần Minh Khang và Trợ lý Ngoại trưởng Hoa Kỳ Jane Example đồng chủ trì đối thoại.',
  'Hai bên điểm lại kết quả hợp tác trong các lĩnh vực chính trị, kinh tế, giáo dục và khắc phục hậu quả chiến tranh.',
  'Hai bên nhất trí thành lập nhóm công tác về bảo tồn rạn san hô tím ở vùng biển phía nam.',
  'Đối thoại lần thứ 21 sẽ được tổ chức tại Washington.',
];
const RAW = [HEADLINE, ...BODY].join('\n\n');
/** The sentence followed: the 4th paragraph of the text as written. */
const SENTENCE = BODY[3] as string;
const SENTENCE_NO = 4;

const article = parseArticle({ id: 'p20', file: 'p20.txt', raw: RAW });
const corpus = new Corpus([article]);

const roots: string[] = [];
afterAll(() => roots.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every citation anywhere in an answer. */
function citationsOf(x: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(x)) x.forEach((v) => citationsOf(v, out));
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.articleId === 'string' && typeof o.quote === 'string' && typeof o.paragraph === 'number')
      out.push(o as unknown as Citation);
    else Object.values(o).forEach((v) => citationsOf(v, out));
  }
  return out;
}

/** The rendered line that quotes `quote` must name paragraph `label` of its source (quote and source share a field). */
function expectCitedAs(rendered: string, quote: string, label: string) {
  const at = rendered.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  // The source line follows the quote, before the next citation or result.
  const after = rendered.slice(at + quote.length, at + quote.length + 200);
  expect(after).toContain(label);
}

describe('paragraph numbers: one sentence from the text to every reply', () => {
  it('the parser keeps the body paragraphs in the order written: number k is the k-th', () => {
    expect(article.title).toBe(HEADLINE);
    expect(article.titleFromLead).toBeUndefined();
    expect(article.paragraphs).toEqual(BODY);
    expect(paragraphText(article, TITLE)).toBe(HEADLINE);
    BODY.forEach((p, i) => expect(paragraphText(article, paragraphNo(i))).toBe(p));
    expect(paragraphText(article, paragraphNo(BODY.length))).toBe('');
  });

  it('the index holds the sentence as entry (article, 4), and the title as (article, 0)', () => {
    const [hit] = corpus.index.search('san hô tím');
    expect(hit).toMatchObject({ article: 0, paragraph: SENTENCE_NO });
    expect(corpus.index.textOf(hit as NonNullable<typeof hit>)).toBe(SENTENCE);
    expect(corpus.index.entries).toEqual([0, 1, 2, 3, 4, 5].map((paragraph) => ({ article: 0, paragraph })));
    expect(corpus.index.search('tổ chức đối thoại lần thứ 20')[0]).toMatchObject({ paragraph: TITLE });
  });

  it('/search cites it as paragraph 4, and the Discord payload and console text say so in both languages', () => {
    const { answer } = answerInput(corpus, '/search san hô tím');
    const search = answer as SearchAnswer;
    expect(search.kind).toBe('search');
    expect(search.results).toHaveLength(1);
    expect(search.results[0]?.cite).toMatchObject({ articleId: 'p20', paragraph: SENTENCE_NO, quote: SENTENCE });
    for (const [locale, label] of [
      ['vi', 'đoạn 4'],
      ['en', 'paragraph 4'],
    ] as const) {
      expectCitedAs(renderText(answer, { locale }), SENTENCE, label);
      const payload = renderDiscord(answer, { locale }).payload;
      const field = payload.embeds?.[0]?.fields?.[0]?.value ?? '';
      expect(field).toContain(label);
      expect(field.replace(/\*\*/g, '')).toContain(SENTENCE);
    }
  });

  it('a title is cited as the title (0), in every renderer', () => {
    const { answer } = answerInput(corpus, '/search tổ chức đối thoại lần thứ 20');
    const first = (answer as SearchAnswer).results[0]?.cite;
    expect(first).toMatchObject({ paragraph: TITLE, quote: HEADLINE });
    expectCitedAs(renderText(answer, { locale: 'vi' }), HEADLINE, 'tiêu đề');
    expectCitedAs(renderText(answer, { locale: 'en' }), HEADLINE, 'title');
  });

  it("/dialogue 20: each fact's citation names the paragraph its sentence is in", () => {
    const { answer } = answerInput(corpus, '/dialogue 20 detail');
    const e = answer as EditionAnswer;
    expect(e.kind).toBe('edition');
    expect(e.cochairs[0]?.cites[0]).toMatchObject({ paragraph: 2, quote: BODY[1] });
    expect(e.places[0]?.cites[0]).toMatchObject({ paragraph: 1, quote: BODY[0] });
    const all = citationsOf(answer);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const c of all) expect(paragraphText(article, c.paragraph)).toContain(c.quote);
    const text = renderText(answer, { locale: 'en' });
    expect(text).toContain('paragraph 2');
    expect(text).toContain('paragraph 1');
    expect(JSON.stringify(renderDiscord(answer, { locale: 'vi' }).payload)).toContain('đoạn 2');
  });

  it('`npm run ask` prints the same number, as console text and as --json', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'paragraph-numbers-'));
    roots.push(dir);
    writeFileSync(join(dir, 'p20.txt'), RAW);
    const ask = (...args: string[]) =>
      spawnSync('npm', ['run', '-s', 'ask', '--', '--data', dir, ...args], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, CORPUS_CACHE: 'off' },
      });
    const text = ask('--locale', 'en', '/search san hô tím');
    expect(text.status).toBe(0);
    expectCitedAs(text.stdout, SENTENCE, 'paragraph 4');
    const json = ask('--json', '/search san hô tím');
    expect(json.status).toBe(0);
    const payload = JSON.parse(json.stdout) as { embeds: { fields: { value: string }[] }[] };
    expect(payload.embeds[0]?.fields[0]?.value).toContain('đoạn 4');
  });

  it('a text without a headline has no title to cite: its lead is paragraph 1, once', () => {
    const raw = BODY.join('\n\n');
    const a = parseArticle({ id: 'nohead', file: 'nohead.txt', raw });
    expect(a.titleFromLead).toBe(true);
    const c = new Corpus([a]);
    expect(c.index.entries.map((e) => e.paragraph)).toEqual([1, 2, 3, 4, 5]);
    const { answer } = answerInput(c, '/search đã diễn ra tại Hà Nội');
    const cites = (answer as SearchAnswer).results.map((r) => r.cite);
    expect(cites.map((x) => x.paragraph)).toEqual([1]);
    const text = renderText(answer, { locale: 'vi' });
    expect(text).toContain('đoạn 1');
    expect(text).not.toContain('tiêu đề');
  });
});

describe('paragraph numbers over the shipped corpus: every citation quotes the text its number names', () => {
  const shipped = corpusFromDirectory(DEFAULT_DATA_DIR, { cache: false });
  const questions = readFileSync(join(PROJECT_ROOT, 'tests/eval/questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  const inputs = [
    ...questions,
    '/dialogue 7 detail',
    '/dialogue 9 detail',
    '/search Biển Đông',
    '/search an ninh biển',
    '/topic an-ninh-biển',
  ];

  it('for the evaluation questions and the detailed pages', () => {
    const answers: Answer[] = inputs.map((q) => answerInput(shipped, q).answer);
    const cites = answers.flatMap((a) => citationsOf(a));
    expect(cites.length).toBeGreaterThan(20);
    for (const c of cites) {
      const a = shipped.byId.get(c.articleId) as Article;
      const text = paragraphText(a, c.paragraph);
      // A long sentence is quoted trimmed, with "…" where it was cut.
      for (const piece of c.quote.split('…').map((s) => s.trim()))
        if (piece) expect(text, `${a.file} paragraph ${c.paragraph}`).toContain(piece);
    }
  });
});
