/** Options every answering command shares: `hide` (only you see the reply) and `mention` (address someone). */
import type { ChatInputCommandInteraction, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import { normalizeInput } from '../src/text/normalize.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;

export function withCommonOptions<B extends Builder>(builder: B): SlashCommandOptionsOnlyBuilder {
  return builder
    .addBooleanOption((o) =>
      o
        .setName('hide')
        .setDescription(COMMAND_TEXT.hide.en)
        .setDescriptionLocalizations(localizations(COMMAND_TEXT.hide)),
    )
    .addUserOption((o) =>
      o
        .setName('mention')
        .setDescription(COMMAND_TEXT.mention.en)
        .setDescriptionLocalizations(localizations(COMMAND_TEXT.mention)),
    );
}

/**
 * Read an option through discord.js's typed getter, defensively: a payload whose option has another type
 * than declared makes the getter throw; that (or a missing option) becomes "not given", never an exception.
 */
function typed<T>(read: () => T | null): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

/** Read the shared options defensively: odd values become "not given", never an exception. */
export function commonOptions(interaction: ChatInputCommandInteraction): { hide: boolean; mentionUserId?: string } {
  const hide = typed(() => interaction.options.getBoolean('hide')) === true;
  const id = typed(() => interaction.options.getUser('mention'))?.id;
  const mentionUserId = typeof id === 'string' && /^\d{17,20}$/.test(id) ? id : undefined;
  return { hide, mentionUserId };
}

/** A string option's value, trimmed and bounded; undefined when missing, empty or not a string. */
export function stringOption(interaction: ChatInputCommandInteraction, name: string, max = 500): string | undefined {
  const v = typed(() => interaction.options.getString(name));
  if (typeof v !== 'string') return undefined;
  const t = normalizeInput(v).slice(0, max);
  return t || undefined;
}

/** An integer option within [min, max]; undefined when missing, fractional, out of range or not a number. */
export function integerOption(
  interaction: ChatInputCommandInteraction,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const v = typed(() => interaction.options.getInteger(name));
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

/** A boolean option; only a real `true` counts. */
export function booleanOption(interaction: ChatInputCommandInteraction, name: string): boolean {
  return typed(() => interaction.options.getBoolean(name)) === true;
}
