/**
 * The evaluation questions (tests/eval/questions.jsonl, copied from the shared examples) run through the
 * same answer and renderer code as `npm run ask`, checked the way check-replies.mjs checks them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../../src/config/paths.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { renderText } from '../../src/render/text.js';

interface Case {
  q: string;
  all?: string[];
  none?: string[];
}

const cases: Case[] = readFileSync(join(PROJECT_ROOT, 'tests/eval/questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const norm = (s: string) => s.normalize('NFC').toLowerCase();
/** What check-replies.mjs refuses as "not an answer": nothing, the usage help, an apology. */
const NOT_AN_ANSWER = /^\s*$|^== (?:cách hỏi|how to ask) ==|^(?:xin lỗi|sorry)\b/u;
const corpus = corpusFromDirectory(DEFAULT_DATA_DIR);

describe('evaluation questions', () => {
  it('has cases and a clean corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
    expect(corpus.warnings).toEqual([]);
  });

  for (const c of cases) {
    it(c.q, () => {
      const { answer, language } = answerInput(corpus, c.q);
      const reply = norm(renderText(answer, { locale: language }));
      // A case that only lists forbidden strings would otherwise pass on help or an error reply.
      expect(answer.kind, 'an answer, not help').not.toBe('help');
      expect(reply.trim(), 'not an answer').not.toMatch(NOT_AN_ANSWER);
      for (const s of c.all ?? []) expect(reply, `missing ${s}`).toContain(norm(s));
      for (const s of c.none ?? []) expect(reply, `leaked ${s}`).not.toContain(norm(s));
    });
  }

  it('passes through the real command line as well (npm run ask), NFD input included', { timeout: 120_000 }, () => {
    const run = (...args: string[]) =>
      spawnSync('npm', ['run', '-s', 'ask', '--', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    const nfd = run('Ai đồng chủ trì đối thoại lần thứ 9?'.normalize('NFD'));
    expect(nfd.status).toBe(0);
    expect(nfd.stdout).toContain('Tina Kaidanow');
    const json = run('--json', '--locale', 'en', '/dialogue 7');
    expect(json.status).toBe(0);
    const payload = JSON.parse(json.stdout) as { embeds: { title: string }[]; allowed_mentions: { parse: unknown[] } };
    expect(payload.embeds[0]?.title).toContain('#7');
    expect(payload.allowed_mentions.parse).toEqual([]);
  });
});

describe('the eval checker', () => {
  it('fails a forbidden-strings-only case on an error or help reply (check-replies.mjs)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-checker-'));
    try {
      // "/nonsense" gets the usage help; it contains none of the forbidden strings, yet it must fail.
      const file = join(dir, 'q.jsonl');
      writeFileSync(
        file,
        `${JSON.stringify({ q: '/nonsense', none: ['Krishnamurti'] })}\n${JSON.stringify({ q: '/dialogue 42', none: ['Hà Kim Ngọc'] })}\n`,
      );
      const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'tests/eval/check-replies.mjs'), '', file], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 50_000,
      });
      expect(run.stdout).toMatch(/FAIL \/nonsense \[not an answer/);
      expect(run.stdout).not.toMatch(/FAIL \/dialogue 42/);
      expect(run.stdout).toContain('1 passed, 1 failed');
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
