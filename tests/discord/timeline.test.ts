/**
 * The /editions timeline image through the real bot and the fake Discord: the interaction response is a
 * multipart upload carrying the PNG, named in payload_json's `attachments`, stored on the message; a
 * mention asking /editions gets it too; other answers carry no file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, RecordedRequest } from '../fake-discord/index.js';
import { WAIT, badRequests, command, startHarness, textOf, type Harness } from './harness.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DISCORD_LIMIT = 8 * 1024 * 1024;

function expectTimeline(r: RecordedRequest): void {
  expect(String(r.headers['content-type'])).toMatch(/^multipart\/form-data/);
  expect(r.files).toHaveLength(1);
  const [file] = r.files;
  expect(file?.field).toBe('files[0]');
  expect(file?.filename).toBe('editions-timeline.png');
  expect(file?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(file?.data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(file!.size).toBeLessThan(DISCORD_LIMIT / 8);
}

describe('/editions timeline image on Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the interaction response uploads the PNG and names it, with alt text in the user’s language', async () => {
    const { i, cb, body } = await command(h.fake, 'editions', {}, { locale: 'en-US' });
    expect(cb.status).toBe(204);
    expectTimeline(cb);
    expect(textOf(body.data)).toContain('Edition 9');
    const data = body.data as Json;
    // discord.js names the upload by its multipart part and sends the alt text in payload_json.
    expect(data.attachments).toEqual([
      { id: '0', description: expect.stringContaining('Timeline of 4 dialogue editions') },
    ]);
    // The fake stores the message with the file as an attachment, as Discord does.
    const message = h.fake.state.messages.get(h.fake.state.interactions.get(i.id)!.originalMessageId!) as Json;
    expect((message.attachments as Json[]).map((a) => a.filename)).toEqual(['editions-timeline.png']);

    const vi = await command(h.fake, 'editions', {}, { locale: 'vi' });
    expect((vi.body.data as Json).attachments).toEqual([
      expect.objectContaining({ description: expect.stringContaining('Dòng thời gian 4 lần đối thoại') }),
    ]);
    expectTimeline(vi.cb);
  });

  it('a mention asking for the editions gets the image too; other answers carry no file', async () => {
    const msg = h.fake.sendMessage({ content: `<@${h.fake.bot.id}> /editions` });
    const reply = await h.fake.rest.waitForAnswered(
      (r) =>
        r.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(r.path) &&
        ((r.body as Json | null)?.message_reference as Json | undefined)?.message_id === msg.id,
      { timeoutMs: WAIT, description: 'reply to the /editions mention' },
    );
    expectTimeline(reply);

    const other = await command(h.fake, 'dialogue', { edition: 9 }, { locale: 'en-US' });
    expect(other.cb.files).toEqual([]);
    expect((other.body.data as Json).attachments).toBeUndefined();
  });

  it('every message was accepted by the (validating) fake', () => {
    expect(badRequests(h.fake)).toEqual([]);
  });
});
