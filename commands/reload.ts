/** /reload — owner-only: re-read the article folder and swap the new index in; a broken file never takes down the live one. */
import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { defer, note } from '../src/discord/reply.js';
import { truncate } from '../src/util/truncate.js';
import { toLocale } from '../src/i18n/labels.js';
import { replies } from '../src/i18n/replies.js';
import type { Command } from '../src/discord/command.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const reload: Command = {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription(COMMAND_TEXT.reload.en)
    .setDescriptionLocalizations(localizations(COMMAND_TEXT.reload))
    .setDefaultMemberPermissions(PermissionFlagsBits.Administrator),
  cooldown: false,
  ownerOnly: true,
  async execute(ctx, interaction) {
    const say = replies(toLocale(interaction.locale));
    await defer(interaction, { hide: true }, ctx.logger);
    try {
      const { corpus, warnings } = await ctx.reload();
      const head = say.reloaded(corpus.articles.length, corpus.editions.size);
      const warn = warnings.length
        ? `\n${warnings
            .slice(0, 10)
            .map((w) => `• ${w}`)
            .join('\n')}`
        : '';
      await note(interaction, `${head}${warn}`, ctx.logger);
    } catch (e) {
      await note(interaction, say.reloadFailed(truncate(String((e as Error).message), 300)), ctx.logger);
    }
  },
};
