/**
 * Figures about replies (issue 11, "How to measure"): length in characters of what the console prints,
 * Discord pages, and sentences a reply prints twice. Once folded (no diacritics, case or punctuation), a
 * sentence of six words or more is repeated when another line of the reply holds the same sentence, or
 * (for a whole sentence, one that ends with its full stop) holds it anywhere: a quote printed in a bullet
 * and again in its citation counts; a clause cut from a sentence ("nhất trí …") beside that sentence does not.
 * The reply's heading (our label) is not a sentence of the reply.
 */
import { answerInput } from '../../src/answer/engine.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { renderDiscord } from '../../src/render/discord-payload.js';
import { renderText } from '../../src/render/text.js';
import { fold } from '../../src/text/fold.js';
import { splitSentences } from '../../src/text/sentences.js';

const norm = (s: string) =>
  ` ${fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** The sentences of a reply that appear in more than one of its lines. */
export function repeatedSentences(reply: string): string[] {
  const lines = reply.split('\n').filter((l) => l.trim() && !l.startsWith('== '));
  const folded = lines.map(norm);
  const clean = (s: string) => s.replace(/^[•\s“"]+|[\s”"]*(?:\[\d+\])*\s*$/gu, '');
  const sentences = lines.map((l) =>
    splitSentences(l).map((s) => ({ s, n: norm(clean(s)), whole: /[.!?]["”]?(?:\s*\[\d+\])*\s*$/u.test(s) })),
  );
  const out = new Set<string>();
  sentences.forEach((own, i) => {
    for (const { s, n, whole } of own) {
      if (n.trim().split(' ').length < 6) continue;
      const again =
        sentences.some((other, j) => j !== i && other.some((o) => o.n === n)) ||
        (whole && folded.some((other, j) => j !== i && other.includes(n)));
      if (again) out.add(s);
    }
  });
  return [...out];
}

export interface ReplyFigures {
  q: string;
  kind: string;
  /** A plain question (not a slash command). */
  plain: boolean;
  chars: number;
  pages: number;
  repeats: string[];
}

export function measureReply(corpus: Corpus, q: string): ReplyFigures {
  const { answer, language } = answerInput(corpus, q);
  const text = renderText(answer, { locale: language });
  const pages = renderDiscord(answer, { locale: language }).pageCount;
  return {
    q,
    kind: answer.kind,
    plain: !q.trim().startsWith('/'),
    chars: [...text].length,
    pages,
    repeats: repeatedSentences(text),
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function summary(rows: readonly ReplyFigures[]): string {
  const plain = rows.filter((r) => r.plain);
  const line = (label: string, rs: readonly ReplyFigures[]) =>
    `${label}: ${rs.length} replies, median ${median(rs.map((r) => r.chars))} chars, max ${Math.max(0, ...rs.map((r) => r.chars))} chars, ` +
    `pages median ${median(rs.map((r) => r.pages))} max ${Math.max(0, ...rs.map((r) => r.pages))}, replies repeating a sentence ${rs.filter((r) => r.repeats.length > 0).length}`;
  return [
    line('all questions', rows),
    line('plain questions', plain),
    ...rows.map(
      (r) =>
        `  ${String(r.chars).padStart(5)} chars ${r.pages} p ${r.repeats.length ? `REPEATS ${r.repeats.length} ` : ''}${r.q}`,
    ),
  ].join('\n');
}
