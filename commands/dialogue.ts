/** /dialogue edition:<integer> [detail:true] — a one-page cited summary of one edition, or all of it with every quote. */
import { SlashCommandBuilder } from 'discord.js';
import { editionChoices } from '../src/answer/autocomplete.js';
import { toLocale } from '../src/i18n/labels.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { booleanOption, commonOptions, integerOption, withCommonOptions } from './common-options.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const dialogue: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('dialogue')
      .setDescription(COMMAND_TEXT.dialogue.en)
      .setDescriptionLocalizations(localizations(COMMAND_TEXT.dialogue))
      .addIntegerOption((o) =>
        o
          .setName('edition')
          .setDescription(COMMAND_TEXT.dialogueEdition.en)
          .setDescriptionLocalizations(localizations(COMMAND_TEXT.dialogueEdition))
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(999)
          .setAutocomplete(true),
      )
      .addBooleanOption((o) =>
        o
          .setName('detail')
          .setDescription(COMMAND_TEXT.dialogueDetail.en)
          .setDescriptionLocalizations(localizations(COMMAND_TEXT.dialogueDetail)),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    // A missing or impossible edition stays undefined: the answer is the polite "which edition?" help.
    const edition = integerOption(interaction, 'edition', 1, 999);
    const detail = booleanOption(interaction, 'detail');
    await replyWithAnswer(
      ctx,
      interaction,
      { kind: 'dialogue', edition, ...(detail ? { detail } : {}) },
      commonOptions(interaction),
    );
  },
  async autocomplete(ctx, interaction) {
    const typed = String(interaction.options.getFocused() ?? '');
    await interaction.respond(editionChoices(ctx.corpus(), typed, toLocale(interaction.locale)));
  },
};
