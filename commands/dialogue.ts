/** /dialogue edition:<integer> [detail:true] — a one-page cited summary of one edition, or all of it with every quote. */
import { SlashCommandBuilder } from 'discord.js';
import { editionChoices } from '../src/answer/autocomplete.js';
import { toLocale } from '../src/i18n/labels.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from '../src/discord/command.js';
import { booleanOption, commonOptions, integerOption, withCommonOptions } from './common-options.js';

export const dialogue: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('dialogue')
      .setDescription('Summary of one edition of the Vietnam–US political, security and defense dialogue')
      .setDescriptionLocalizations({
        vi: 'Tóm tắt một lần Đối thoại chính trị – an ninh – quốc phòng Việt Nam – Hoa Kỳ',
        'en-US': 'Summary of one edition of the Vietnam–US political, security and defense dialogue',
      })
      .addIntegerOption((o) =>
        o
          .setName('edition')
          .setDescription('Which edition (e.g. 9)')
          .setDescriptionLocalizations({ vi: 'Lần thứ mấy (ví dụ 9)', 'en-US': 'Which edition (e.g. 9)' })
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(999)
          .setAutocomplete(true),
      )
      .addBooleanOption((o) =>
        o
          .setName('detail')
          .setDescription('Every section and every quote (the summary fits one page)')
          .setDescriptionLocalizations({ vi: 'Mọi mục và toàn bộ trích dẫn (bản tóm tắt vừa một trang)', 'en-US': 'Every section and every quote (the summary fits one page)' }),
      ),
  ),
  cooldown: true,
  ownerOnly: false,
  async execute(ctx, interaction) {
    // A missing or impossible edition stays undefined: the answer is the polite "which edition?" help.
    const edition = integerOption(interaction, 'edition', 1, 999);
    const detail = booleanOption(interaction, 'detail');
    await replyWithAnswer(ctx, interaction, { kind: 'dialogue', edition, ...(detail ? { detail } : {}) }, commonOptions(interaction));
  },
  async autocomplete(ctx, interaction) {
    const typed = String(interaction.options.getFocused() ?? '');
    await interaction.respond(editionChoices(ctx.corpus(), typed, toLocale(interaction.locale)));
  },
};
