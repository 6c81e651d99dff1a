/** /about — sources, how to cite, corpus size. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, withCommonOptions } from './common-options.js';

export const about: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('about')
      .setDescription('About this bot: sources, how to cite, corpus size')
      .setDescriptionLocalizations({ vi: 'Về bot: nguồn, cách trích dẫn, quy mô kho dữ liệu', 'en-US': 'About this bot: sources, how to cite, corpus size' }),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    await replyWithAnswer(ctx, interaction, { kind: 'about' }, commonOptions(interaction));
  },
};
