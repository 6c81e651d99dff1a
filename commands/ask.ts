/** /ask question:<string> — a plain question, Vietnamese or English, answered from the corpus with citations. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';

export const ask: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question about the dialogues (Vietnamese or English)')
      .setDescriptionLocalizations({ vi: 'Đặt câu hỏi về các lần đối thoại (tiếng Việt hoặc tiếng Anh)', 'en-US': 'Ask a question about the dialogues (Vietnamese or English)' })
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription('e.g. who co-chaired the 9th dialogue?')
          .setDescriptionLocalizations({ vi: 'ví dụ: ai đồng chủ trì đối thoại lần thứ 9?', 'en-US': 'e.g. who co-chaired the 9th dialogue?' })
          .setRequired(true)
          .setMaxLength(500),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    const q = stringOption(interaction, 'question', 500);
    await replyWithAnswer(ctx, interaction, q ? { kind: 'question', text: q } : { kind: 'help', reason: 'asked', detail: 'ask' }, commonOptions(interaction));
  },
};
