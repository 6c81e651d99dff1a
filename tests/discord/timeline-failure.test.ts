/**
 * When the timeline image cannot be rendered (here: the renderer made to fail, as a missing font or a
 * broken add-on would), /editions still answers with its text, names no file, and a warning is logged.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Json } from '../fake-discord/index.js';
import { badRequests, command, startHarness, textOf, type Harness } from './harness.js';

vi.mock('../../src/render/timeline-png.js', () => ({
  renderTimelinePng: async () => {
    throw new Error('the timeline font file is missing (run npm ci)');
  },
}));

describe('/editions when the image cannot be rendered', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends the text alone and logs a warning', async () => {
    const { cb, body } = await command(h.fake, 'editions', {}, { locale: 'en-US' });
    expect(cb.status).toBe(204);
    expect(cb.files).toEqual([]);
    expect((body.data as Json).attachments).toBeUndefined();
    expect(textOf(body.data)).toContain('Edition 9');
    expect(h.logs.find((l) => l.includes('"msg":"answer image not rendered; sending the text alone"'))).toMatch(
      /"level":"warn".*editions-timeline\.png.*font file is missing/s,
    );
    // The bot goes on answering, images included next time it can.
    const again = await command(h.fake, 'dialogue', { edition: 9 }, { locale: 'en-US' });
    expect(textOf(again.body.data)).toContain('Tina Kaidanow');
    expect(badRequests(h.fake)).toEqual([]);
  });
});
