/** /about — sources, how to cite, corpus size. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, withCommonOptions } from './common-options.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const about: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('about')
      .setDescription(COMMAND_TEXT.about.en)
      .setDescriptionLocalizations(localizations(COMMAND_TEXT.about)),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    await replyWithAnswer(ctx, interaction, { kind: 'about' }, commonOptions(interaction));
  },
};
