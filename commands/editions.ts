/** /editions — the timeline of editions the corpus knows, with year and place. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, withCommonOptions } from './common-options.js';

export const editions: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('editions')
      .setDescription('The editions of the dialogue in the corpus')
      .setDescriptionLocalizations({ vi: 'Các lần đối thoại có trong kho dữ liệu', 'en-US': 'The editions of the dialogue in the corpus' }),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    await replyWithAnswer(ctx, interaction, { kind: 'editions' }, commonOptions(interaction));
  },
};
