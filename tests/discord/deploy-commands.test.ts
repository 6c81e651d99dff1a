/**
 * `deployCommands(commands, settings)`: all 8 command definitions PUT to the guild route when DISCORD_GUILD_ID is set,
 * to the global route otherwise, with Vietnamese and English descriptions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { parseSettings, SettingsError } from '../../src/config/settings.js';
import { startFakeDiscord, type FakeDiscord, type Json, type RecordedRequest } from '../fake-discord/index.js';
import { TOKEN } from './harness.js';

const NAMES = ['about', 'add', 'ask', 'dialogue', 'editions', 'reload', 'search', 'topic'];

/** Every description in a command definition (the command's and its options', recursively). */
function descriptionsOf(def: Json, path = String(def.name)): { path: string; d: Json }[] {
  const out = [{ path, d: def }];
  for (const o of (def.options as Json[] | undefined) ?? [])
    out.push(...descriptionsOf(o, `${path}.${String(o.name)}`));
  return out;
}

describe('deploy-commands', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiBase,
    DISCORD_CLIENT_ID: fake.applicationId,
    ...extra,
  });
  /** What the entry point (src/cli/deploy-commands.ts) reads: both the token and the application id required. */
  const settings = (e: Record<string, string>) => parseSettings(e, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);

  function checkBody(put: RecordedRequest): void {
    const body = put.body as Json[];
    expect(Array.isArray(body)).toBe(true);
    expect(body.map((c) => c.name).sort()).toEqual(NAMES);
    for (const def of body) {
      for (const { path, d } of descriptionsOf(def)) {
        expect(typeof d.description, path).toBe('string');
        expect((d.description as string).length, path).toBeGreaterThan(0);
        expect((d.description as string).length, path).toBeLessThanOrEqual(100);
        const loc = d.description_localizations as Record<string, string> | undefined;
        expect(loc?.vi, `${path} vi`).toBeTruthy();
        expect(loc?.['en-US'], `${path} en-US`).toBeTruthy();
        expect(loc!.vi!.length, path).toBeLessThanOrEqual(100);
      }
    }
    // Vietnamese really is Vietnamese.
    const dialogue = body.find((c) => c.name === 'dialogue')!;
    expect((dialogue.description_localizations as Json).vi).toContain('Đối thoại');
    // answering commands carry hide and mention; /reload and /add are admin-only by default
    for (const def of body.filter((c) => c.name !== 'reload' && c.name !== 'add')) {
      const names = ((def.options as Json[]) ?? []).map((o) => o.name);
      expect(names, String(def.name)).toEqual(expect.arrayContaining(['hide', 'mention']));
    }
    expect(body.find((c) => c.name === 'reload')?.default_member_permissions).toBe('8');
    expect(body.find((c) => c.name === 'add')?.default_member_permissions).toBe('8');
    expect(((dialogue.options as Json[])[0] as Json).autocomplete).toBe(true);
  }

  it('PUTs all 8 commands to the guild route when DISCORD_GUILD_ID is set', async () => {
    const since = fake.rest.mark();
    const result = await deployCommands(COMMANDS, settings(env({ DISCORD_GUILD_ID: fake.guild.id })));
    expect(result).toEqual({ count: 8, scope: 'guild' });
    const puts = fake.rest.filter((r) => r.method === 'PUT', since);
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`);
    expect(puts[0]!.status).toBe(200);
    expect(puts[0]!.headers.authorization).toBe(`Bot ${TOKEN}`);
    checkBody(puts[0]!);
    expect(
      fake.state.guildCommands
        .get(fake.guild.id)
        ?.map((c) => c.name)
        .sort(),
    ).toEqual(NAMES);
  });

  it('PUTs them to the global route otherwise', async () => {
    const since = fake.rest.mark();
    const result = await deployCommands(COMMANDS, settings(env()));
    expect(result).toEqual({ count: 8, scope: 'global' });
    const puts = fake.rest.filter((r) => r.method === 'PUT', since);
    expect(puts.map((p) => p.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    checkBody(puts[0]!);
    expect(fake.state.globalCommands.map((c) => c.name).sort()).toEqual(NAMES);
  });

  it('needs DISCORD_CLIENT_ID, and says so without printing the token', async () => {
    const since = fake.rest.mark();
    const err = await Promise.resolve()
      .then(() => deployCommands(COMMANDS, settings({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiBase })))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as Error).message).toMatch(/^Setting DISCORD_CLIENT_ID is not set/);
    expect((err as Error).message).not.toContain(TOKEN);
    expect(fake.rest.filter(() => true, since)).toEqual([]);
  });

  it('a rejected token fails with an error that does not contain it', async () => {
    const wrong = 'another-fake-token-that-is-long-enough-000000';
    const err = await deployCommands(COMMANDS, settings({ ...env(), DISCORD_TOKEN: wrong })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).not.toContain(wrong);
    expect(String((err as Error).stack)).not.toContain(wrong);
  });
});
