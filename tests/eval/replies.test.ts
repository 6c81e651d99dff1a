/**
 * Issue 11's figures over the evaluation questions (tests/eval/questions.jsonl on the seed corpus, plus
 * tests/eval/own-questions.jsonl on the seeds with this folder's own articles, which give editions 7 and 9
 * a second source each): reply length, pages, sentences printed twice. Prints the figures; asserts that
 * no reply repeats a sentence and that `/dialogue N` of an edition with two sources is one page.
 * `npx vitest run tests/eval/replies.test.ts` shows the table.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../../src/config/paths.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { renderText } from '../../src/render/text.js';
import { measureReply, median, repeatedSentences, summary, type ReplyFigures } from './reply-metrics.js';

interface Case {
  q: string;
  all?: string[];
  none?: string[];
}
const read = (file: string): Case[] =>
  readFileSync(join(PROJECT_ROOT, 'tests/eval', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

const seedCases = read('questions.jsonl');
const ownCases = read('own-questions.jsonl');
const seeds = corpusFromDirectory(DEFAULT_DATA_DIR);

const dir = mkdtempSync(join(tmpdir(), 'replies-'));
for (const from of [DEFAULT_DATA_DIR, join(PROJECT_ROOT, 'tests/eval/corpus')]) {
  for (const f of readdirSync(from)) copyFileSync(join(from, f), join(dir, f));
}
const both = corpusFromDirectory(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const norm = (s: string) => s.normalize('NFC').toLowerCase();

describe('reply figures', () => {
  const rows: ReplyFigures[] = [
    ...seedCases.map((c) => measureReply(seeds, c.q)),
    ...ownCases.map((c) => ({ ...measureReply(both, c.q), q: `${c.q} (own corpus)` })),
  ];

  it('reports median and maximum length, pages, and replies repeating a sentence', () => {
    console.log(summary(rows));
    const plain = rows.filter((r) => r.plain);
    expect(plain.length).toBeGreaterThanOrEqual(8);
    // The aim of issue 11: a plain question answered in under 500 characters with its citation.
    expect(median(plain.map((r) => r.chars))).toBeLessThan(500);
  });

  it('no reply prints a sentence twice', () => {
    expect(rows.filter((r) => r.repeats.length > 0).map((r) => [r.q, r.repeats])).toEqual([]);
  });

  it('/dialogue N is one page for an edition with two sources, in both languages', () => {
    for (const n of [7, 9]) {
      expect(both.editions.get(n)?.own.length, `edition ${n}`).toBe(2);
      for (const locale of ['vi', 'en'] as const) {
        const { answer } = answerInput(both, `/dialogue ${n}`);
        expect(measureReply(both, `/dialogue ${n}`).pages, `/dialogue ${n} ${locale}`).toBe(1);
        expect(renderText(answer, { locale })).toContain('/dialogue');
      }
    }
  });

  it('the repeat counter does count a repeated quote', () => {
    const quote = 'Hai bên nhất trí sẽ tiến hành Đối thoại lần thứ 10 tại Washington DC.';
    expect(repeatedSentences(`• ${quote} [1]\n[1] “${quote}” — VOV.VN`)).toHaveLength(1);
    expect(
      repeatedSentences(`• Hai bên: nhất trí sẽ tiến hành Đối thoại lần thứ 10… [1]\n[1] “${quote}” — VOV.VN`),
    ).toHaveLength(0);
  });
});

describe('own evaluation questions (seeds + tests/eval/corpus)', () => {
  it('has a clean corpus', () => expect(both.warnings).toEqual([]));
  for (const c of ownCases) {
    it(c.q, () => {
      const { answer, language } = answerInput(both, c.q);
      const reply = norm(renderText(answer, { locale: language }));
      for (const s of c.all ?? []) expect(reply, `missing ${s}`).toContain(norm(s));
      for (const s of c.none ?? []) expect(reply, `leaked ${s}`).not.toContain(norm(s));
    });
  }
});
