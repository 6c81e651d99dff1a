/** Typed intents: a slash command's Intent answers exactly as the typed command line it stands for. */
import { afterAll, describe, expect, it } from 'vitest';
import { answerInput, answerIntent } from '../../src/answer/engine.js';
import { parseIntent, type Intent } from '../../src/answer/intent.js';
import { cleanTemp, corpusOf, seedFiles } from '../fixtures/articles.js';

afterAll(cleanTemp);
const seeds = corpusOf(seedFiles());

describe('answerIntent', () => {
  const pairs: [string, Intent][] = [
    ['/dialogue 9', { kind: 'dialogue', edition: 9 }],
    ['/dialogue 9 detail', { kind: 'dialogue', edition: 9, detail: true }],
    ['/dialogue', { kind: 'dialogue' }],
    ['/topic dioxin', { kind: 'topic', topic: 'dioxin' }],
    ['/search Kaidanow', { kind: 'search', query: 'Kaidanow' }],
    ['/ask who co-chaired the 9th dialogue?', { kind: 'question', text: 'who co-chaired the 9th dialogue?' }],
    ['/editions', { kind: 'editions' }],
    ['/about', { kind: 'about' }],
  ];
  it.each(pairs)('%s parses to the intent a command builds, and both answer alike', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
    expect(answerIntent(seeds, intent)).toEqual(answerInput(seeds, text));
  });

  it('a dialogue intent without an edition is the polite "which edition?" help, not a guess', () => {
    expect(answerIntent(seeds, { kind: 'dialogue' }).answer).toEqual({
      kind: 'help',
      reason: 'bad-option',
      detail: 'edition',
    });
  });
});
