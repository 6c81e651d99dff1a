/** /search query:<string> — full-text search over the corpus, best paragraphs with highlights. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';

export const search: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('search')
      .setDescription('Full-text search of the articles (with or without diacritics)')
      .setDescriptionLocalizations({ vi: 'Tìm toàn văn trong các bài (có dấu hay không dấu đều được)', 'en-US': 'Full-text search of the articles (with or without diacritics)' })
      .addStringOption((o) =>
        o
          .setName('query')
          .setDescription('Words to look for')
          .setDescriptionLocalizations({ vi: 'Từ cần tìm', 'en-US': 'Words to look for' })
          .setRequired(true)
          .setMaxLength(200),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    const q = stringOption(interaction, 'query', 200);
    await replyWithAnswer(ctx, interaction, q ? { kind: 'search', query: q } : { kind: 'help', reason: 'asked', detail: 'search' }, commonOptions(interaction));
  },
};
