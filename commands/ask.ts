/** /ask question:<string> — a plain question, Vietnamese or English, answered from the corpus with citations. */
import { SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const ask: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription(COMMAND_TEXT.ask.en)
      .setDescriptionLocalizations(localizations(COMMAND_TEXT.ask))
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription(COMMAND_TEXT.askQuestion.en)
          .setDescriptionLocalizations(localizations(COMMAND_TEXT.askQuestion))
          .setRequired(true)
          .setMaxLength(500),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    const q = stringOption(interaction, 'question', 500);
    await replyWithAnswer(
      ctx,
      interaction,
      q ? { kind: 'question', text: q } : { kind: 'help', reason: 'asked', detail: 'ask' },
      commonOptions(interaction),
    );
  },
};
