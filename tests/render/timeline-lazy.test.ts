/**
 * The image library is loaded on the first image only: the console, and every answer that is not
 * /editions, never load it (its own test file, so that no other test has loaded it first).
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { renderAttachments } from '../../src/render/attachments.js';
import { renderDiscord } from '../../src/render/discord-payload.js';
import { renderText } from '../../src/render/text.js';
import { cleanTemp, corpusOf, seedFiles } from '../fixtures/articles.js';

const require = createRequire(import.meta.url);
const resvgLoaded = () => Object.keys(require.cache).some((k) => k.includes(`${sep}@resvg${sep}`));

afterAll(cleanTemp);

it('answers and their text or payload never load resvg; the first rendered image does', async () => {
  const seeds = corpusOf(seedFiles());
  for (const q of ['/editions', '/about', '/dialogue 9', 'how many dialogues were there?']) {
    const { answer } = answerInput(seeds, q);
    renderText(answer, { locale: 'en' });
    renderDiscord(answer, { locale: 'vi' });
  }
  expect(resvgLoaded()).toBe(false);
  const [file] = await renderAttachments(answerInput(seeds, '/editions').answer, 'vi');
  expect(file?.data.length).toBeGreaterThan(0);
  expect(resvgLoaded()).toBe(true);
});
