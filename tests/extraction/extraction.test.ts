/**
 * Extraction against the truth files of tests/extraction/corpus and the two seeds: the same comparison as
 * `npm run eval`. It fails on any invented value, on recall below what the parser reached when this was
 * written (pinned below: raise them as the parser improves), and on any fact that changes when the same
 * text comes without diacritics, in NFD, or with CRLF line ends.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import {
  FACTS,
  evaluate,
  loadCases,
  meetingValue,
  nameKey,
  nextOf,
  parseCase,
  recall,
  type Fact,
} from '../../src/cli/extraction-eval.js';
import { canonicalPlace } from '../../src/parse/gazetteer.js';
import type { Article } from '../../src/parse/schema.js';

const cases = [
  ...loadCases(join(PROJECT_ROOT, 'tests/extraction/corpus'), PROJECT_ROOT),
  ...loadCases(join(PROJECT_ROOT, 'tests/extraction/seeds'), PROJECT_ROOT),
];

/** Recall measured on the corpus (npm run eval), as a floor. */
const MIN_RECALL: Record<Fact, number> = {
  edition: 1,
  cochairs: 1,
  meetingDate: 1,
  place: 1,
  nextEdition: 1,
  mentions: 1,
  published: 1,
};

describe('extraction on the test corpus', () => {
  const report = evaluate(cases);

  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(117);
  });

  for (const f of FACTS) {
    it(`${f}: nothing invented, recall at least ${MIN_RECALL[f] * 100}%`, () => {
      expect(report[f].invented).toEqual([]);
      expect(recall(report[f]), report[f].misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL[f]);
    });
  }
});

/** The facts of a record, compared without diacritics in names (a folded text has none to give). */
function facts(a: Article) {
  const next = nextOf(a);
  return {
    about: a.aboutDialogue,
    edition: a.edition,
    published: a.published,
    cochairs: a.cochairs.map((p) => `${p.side}:${nameKey(p.name)}`),
    meeting: meetingValue(a),
    place: a.location && (canonicalPlace(a.location) ?? a.location),
    next: next && { ...next, place: next.place && canonicalPlace(next.place) },
    mentions: a.mentions.map((m) => `${m.edition}${m.upcoming ? '+' : ''}`),
  };
}

const withoutDiacritics = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

describe('the same facts from every variant of each text', () => {
  const variants: [string, (s: string) => string][] = [
    ['NFD', (s) => s.normalize('NFD')],
    ['CRLF', (s) => s.replace(/\r?\n/g, '\r\n')],
    ['without diacritics', withoutDiacritics],
  ];
  for (const [name, make] of variants) {
    it(name, () => {
      const differ: string[] = [];
      for (const c of cases) {
        const base = facts(parseCase(c));
        const other = facts(parseCase(c, make));
        if (JSON.stringify(base) !== JSON.stringify(other))
          differ.push(`${c.name}: ${JSON.stringify(base)} ≠ ${JSON.stringify(other)}`);
      }
      expect(differ).toEqual([]);
    });
  }
});
