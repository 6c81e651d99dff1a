/** /topic topic:<string> — which editions discussed a topic, each with a cited excerpt. */
import { SlashCommandBuilder } from 'discord.js';
import { topicChoices } from '../src/answer/autocomplete.js';
import { toLocale } from '../src/i18n/labels.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const topic: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('topic')
      .setDescription(COMMAND_TEXT.topic.en)
      .setDescriptionLocalizations(localizations(COMMAND_TEXT.topic))
      .addStringOption((o) =>
        o
          .setName('topic')
          .setDescription(COMMAND_TEXT.topicOption.en)
          .setDescriptionLocalizations(localizations(COMMAND_TEXT.topicOption))
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    const value = stringOption(interaction, 'topic', 100);
    await replyWithAnswer(
      ctx,
      interaction,
      value ? { kind: 'topic', topic: value } : { kind: 'help', reason: 'asked', detail: 'topic' },
      commonOptions(interaction),
    );
  },
  async autocomplete(ctx, interaction) {
    const typed = String(interaction.options.getFocused() ?? '');
    await interaction.respond(topicChoices(ctx.corpus(), typed, toLocale(interaction.locale)));
  },
};
