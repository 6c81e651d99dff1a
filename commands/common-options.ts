/** Options every answering command shares: `hide` (only you see the reply) and `mention` (address someone). */
import type { ChatInputCommandInteraction, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;

export function withCommonOptions<B extends Builder>(builder: B): SlashCommandOptionsOnlyBuilder {
  return builder
    .addBooleanOption((o) =>
      o
        .setName('hide')
        .setDescription('Only you see the reply')
        .setDescriptionLocalizations({ vi: 'Chỉ mình bạn thấy câu trả lời', 'en-US': 'Only you see the reply' }),
    )
    .addUserOption((o) =>
      o
        .setName('mention')
        .setDescription('Address the reply to someone (they alone are pinged)')
        .setDescriptionLocalizations({ vi: 'Gửi câu trả lời tới một người (chỉ người đó được nhắc)', 'en-US': 'Address the reply to someone (they alone are pinged)' }),
    );
}

/** Read the shared options defensively: odd values become "not given", never an exception. */
export function commonOptions(interaction: ChatInputCommandInteraction): { hide: boolean; mentionUserId?: string } {
  const hide = interaction.options.get('hide')?.value === true;
  const mention = interaction.options.get('mention')?.value;
  const mentionUserId = typeof mention === 'string' && /^\d{17,20}$/.test(mention) ? mention : undefined;
  return { hide, mentionUserId };
}

/** A string option's value, trimmed and bounded; undefined when missing or not a string. */
export function stringOption(interaction: ChatInputCommandInteraction, name: string, max = 500): string | undefined {
  const v = interaction.options.get(name)?.value;
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/g, ' ').trim().slice(0, max);
  return t || undefined;
}
