/**
 * Preconditions in the dispatcher: a command only declares `ownerOnly` and `cooldown`; the dispatcher
 * checks them for every command, including one injected here through `startBot({ commands })`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../../src/discord/command.js';
import { note } from '../../src/discord/reply.js';
import { EPHEMERAL, command, startHarness, type Harness } from './harness.js';

let h: Harness;
const ran: string[] = [];
const probe = (name: string, decl: Pick<Command, 'ownerOnly' | 'cooldown'>): Command => ({
  data: new SlashCommandBuilder().setName(name).setDescription('probe'),
  ...decl,
  async execute(ctx, interaction) {
    ran.push(`${name}:${interaction.user.id}`);
    await note(interaction, `${name} ran`, ctx.logger);
  },
});

beforeAll(async () => {
  h = await startHarness({
    env: (fake) => ({ OWNER_IDS: fake.owner.id, COOLDOWN_REQUESTS: '2', COOLDOWN_SECONDS: '60' }),
    start: {
      commands: [
        probe('owned', { ownerOnly: true, cooldown: false }),
        probe('limited', { ownerOnly: false, cooldown: true }),
        probe('free', { ownerOnly: false, cooldown: false }),
      ],
    },
  });
});
afterAll(async () => h?.close());

describe('preconditions', () => {
  it('an owner-only command is refused to others (ephemeral, in their language) and runs for the owner', async () => {
    const refused = await command(h.fake, 'owned', {}, { locale: 'en-US' });
    expect(refused.body.data?.content).toBe('Only the bot owner may use this command.');
    expect(refused.body.data?.flags).toBe(EPHEMERAL);
    const vi = await command(h.fake, 'owned', {}, { locale: 'vi' });
    expect(vi.body.data?.content).toBe('Chỉ chủ bot mới được dùng lệnh này.');
    const ok = await command(h.fake, 'owned', {}, { userId: h.fake.owner.id });
    expect(ok.body.data?.content).toBe('owned ran');
    expect(ran.filter((r) => r.startsWith('owned:'))).toEqual([`owned:${h.fake.owner.id}`]);
  });

  it('a command declaring the cooldown is held back past COOLDOWN_REQUESTS; one without it is not', async () => {
    const user = '123456789012345678';
    const contents: string[] = [];
    for (let k = 0; k < 3; k++)
      contents.push(
        String((await command(h.fake, 'limited', {}, { userId: user, locale: 'en-US' })).body.data?.content),
      );
    expect(contents.slice(0, 2)).toEqual(['limited ran', 'limited ran']);
    expect(contents[2]).toMatch(/^You are asking a little fast — please try again in \d+ s\.$/);
    for (let k = 0; k < 3; k++)
      expect((await command(h.fake, 'free', {}, { userId: user })).body.data?.content).toBe('free ran');
  });
});
