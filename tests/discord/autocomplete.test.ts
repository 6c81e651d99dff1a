/**
 * Autocomplete of /dialogue edition and /topic topic through the real bot: choices with year and place,
 * diacritic-insensitive topic matching, and Discord's limits (≤ 25 choices, names ≤ 100).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, InteractionResponseType } from '../fake-discord/index.js';
import { TOKEN, WAIT, badRequests, bodyOf, startHarness, type Harness } from './harness.js';

type Choice = { name: string; value: string | number };

describe('autocomplete', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function choices(name: 'dialogue' | 'topic', typed: string, locale = 'en-US'): Promise<Choice[]> {
    const option = name === 'dialogue' ? 'edition' : 'topic';
    // Discord sends the focused option's partial value as a string, whatever the option's type.
    const type = name === 'dialogue' ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.String;
    const i = h.fake.sendAutocomplete({ name, options: [{ name: option, type, value: typed, focused: true }], locale });
    const cb = await h.fake.waitForInteractionResponse(i.id, WAIT);
    expect(cb.status, `autocomplete ${name} "${typed.slice(0, 40)}"`).toBe(204);
    const body = bodyOf(cb);
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const list = (body.data?.choices ?? []) as Choice[];
    expect(list.length).toBeLessThanOrEqual(25);
    for (const c of list) {
      expect(c.name.length).toBeGreaterThan(0);
      expect([...c.name].length).toBeLessThanOrEqual(100);
      if (typeof c.value === 'string') expect(c.value.length).toBeLessThanOrEqual(100);
    }
    return list;
  }

  it('/dialogue edition lists the known editions with year and place', async () => {
    const en = await choices('dialogue', '');
    expect(en.map((c) => c.value)).toEqual([7, 8, 9, 10]);
    expect(en.find((c) => c.value === 7)?.name).toBe('Edition 7 · 2015 · Hà Nội');
    expect(en.find((c) => c.value === 9)?.name).toBe('Edition 9 · 2018 · Hà Nội');
    expect(en.find((c) => c.value === 8)?.name).toMatch(/^Edition 8 · 2016 · Washington/);
    const vi = await choices('dialogue', '', 'vi');
    expect(vi.find((c) => c.value === 9)?.name).toBe('Lần thứ 9 · 2018 · Hà Nội');
  });

  it('/dialogue edition filters by number, year and place (with or without diacritics)', async () => {
    expect((await choices('dialogue', '9')).map((c) => c.value)).toEqual([9]);
    expect((await choices('dialogue', '10')).map((c) => c.value)).toEqual([10]);
    expect((await choices('dialogue', 'lan thu 7', 'vi')).map((c) => c.value)).toEqual([7]);
    expect((await choices('dialogue', '2018')).map((c) => c.value)).toEqual([9]);
    expect((await choices('dialogue', 'ha noi')).map((c) => c.value)).toEqual([7, 9]);
    expect((await choices('dialogue', 'HÀ NỘI')).map((c) => c.value)).toEqual([7, 9]);
    expect(await choices('dialogue', '77')).toEqual([]);
  });

  it('/topic matches an-ninh-bien however it is typed', async () => {
    for (const typed of [
      'an ninh bien',
      'AN NINH',
      'an-ninh-biển',
      'An Ninh Biển',
      'maritime',
      'Maritime security',
      'an ninh bie\u0302\u0309n',
    ]) {
      const list = await choices('topic', typed);
      expect(
        list.map((c) => c.value),
        typed,
      ).toContain('an-ninh-bien');
    }
    const en = await choices('topic', 'maritime');
    expect(en.find((c) => c.value === 'an-ninh-bien')?.name).toMatch(/^Maritime security/);
    const vi = await choices('topic', 'an ninh bien', 'vi');
    expect(vi.find((c) => c.value === 'an-ninh-bien')?.name).toMatch(/^An ninh biển/);
    // the best match comes first
    expect((await choices('topic', 'an ninh bien'))[0]?.value).toBe('an-ninh-bien');
  });

  it('an empty /topic lists at most 25 topics; nonsense lists none', async () => {
    const all = await choices('topic', '');
    expect(all.length).toBeGreaterThan(5);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(new Set(all.map((c) => c.value)).size).toBe(all.length);
    expect(await choices('topic', 'qqqqzzzz')).toEqual([]);
  });

  it('hostile typed text still gives valid choices', async () => {
    for (const typed of [
      'x'.repeat(6000),
      '@everyone',
      '<@&123456789012345678>',
      '```\n```',
      '\u202Eevil\u202C',
      'a\u0300\u0301\u0302\u0303'.repeat(300),
      '\u0000\u0001',
      '🇻🇳'.repeat(200),
    ]) {
      await choices('topic', typed);
      await choices('dialogue', typed);
    }
    expect(badRequests(h.fake)).toEqual([]);
  });

  it('the token appears in no log line', () => {
    expect(h.everything()).not.toContain(TOKEN);
  });
});
