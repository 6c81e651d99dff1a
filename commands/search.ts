/** /search query:<string> — full-text search over the corpus, best paragraphs with highlights. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const search: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('search')
      .setDescription(COMMAND_TEXT.search.en)
      .setDescriptionLocalizations(localizations(COMMAND_TEXT.search))
      .addStringOption((o) =>
        o
          .setName('query')
          .setDescription(COMMAND_TEXT.searchQuery.en)
          .setDescriptionLocalizations(localizations(COMMAND_TEXT.searchQuery))
          .setRequired(true)
          .setMaxLength(200),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    const q = stringOption(interaction, 'query', 200);
    await replyWithAnswer(
      ctx,
      interaction,
      q ? { kind: 'search', query: q } : { kind: 'help', reason: 'asked', detail: 'search' },
      commonOptions(interaction),
    );
  },
};
