/** /topic topic:<string> — which editions discussed a topic, each with a cited excerpt. */
import { SlashCommandBuilder } from 'discord.js';
import { topicChoices } from '../src/answer/autocomplete.js';
import { toLocale } from '../src/i18n/labels.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';

export const topic: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('topic')
      .setDescription('Which editions discussed a topic, with cited excerpts')
      .setDescriptionLocalizations({ vi: 'Các lần đối thoại đã bàn về một chủ đề, kèm trích dẫn', 'en-US': 'Which editions discussed a topic, with cited excerpts' })
      .addStringOption((o) =>
        o
          .setName('topic')
          .setDescription('A topic, e.g. an-ninh-biển, dioxin, maritime security')
          .setDescriptionLocalizations({ vi: 'Chủ đề, ví dụ an-ninh-biển, dioxin, Biển Đông', 'en-US': 'A topic, e.g. maritime security, dioxin' })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    const value = stringOption(interaction, 'topic', 100);
    await replyWithAnswer(ctx, interaction, value ? { kind: 'topic', topic: value } : { kind: 'help', reason: 'asked', detail: 'topic' }, commonOptions(interaction));
  },
  async autocomplete(ctx, interaction) {
    const typed = String(interaction.options.getFocused() ?? '');
    await interaction.respond(topicChoices(ctx.corpus(), typed, toLocale(interaction.locale)));
  },
};
