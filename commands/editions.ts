/** /editions — the timeline of editions the corpus knows, with year and place. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, withCommonOptions } from './common-options.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const editions: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('editions')
      .setDescription(COMMAND_TEXT.editions.en)
      .setDescriptionLocalizations(localizations(COMMAND_TEXT.editions)),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    await replyWithAnswer(ctx, interaction, { kind: 'editions' }, commonOptions(interaction));
  },
};
