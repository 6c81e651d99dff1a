/**
 * The dispatcher: routes every interaction to its command module, after the preconditions each command
 * declares (owner-only, cooldown), checked here once for every command. Nothing a user sends can crash the bot.
 */
import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import { toLocale } from '../i18n/labels.js';
import { ownerOnlyText } from '../i18n/replies.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { note } from './reply.js';
import { apologise, cooldownText, turnPage } from './respond.js';

/** The commands by name, as the dispatcher looks them up. */
export type CommandMap = ReadonlyMap<string, Command>;

export function commandMap(commands: readonly Command[]): CommandMap {
  return new Map(commands.map((c) => [c.data.name, c]));
}

/** The command's preconditions: true when it may run; otherwise the user has been told why not. */
async function preconditionsPass(
  ctx: BotContext,
  command: Command,
  interaction: ChatInputCommandInteraction,
): Promise<boolean> {
  const locale = toLocale(interaction.locale);
  if (command.ownerOnly && !ctx.settings.OWNER_IDS?.includes(interaction.user.id)) {
    await note(interaction, ownerOnlyText(locale, command.data.name), ctx.logger);
    return false;
  }
  if (command.cooldown) {
    const wait = ctx.cooldown.take(interaction.user.id);
    if (wait > 0) {
      await note(interaction, cooldownText(locale, wait), ctx.logger);
      return false;
    }
  }
  return true;
}

export async function handleInteraction(
  ctx: BotContext,
  commands: CommandMap,
  interaction: Interaction,
): Promise<void> {
  const started = performance.now();
  const where = { interaction: interaction.id, user: interaction.user?.id, guild: interaction.guildId ?? 'dm' };
  try {
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) {
        ctx.logger.warn('unknown command', { ...where, command: interaction.commandName.slice(0, 40) });
        await apologise(interaction, ctx);
        return;
      }
      try {
        if (await preconditionsPass(ctx, command, interaction)) await command.execute(ctx, interaction);
      } catch (e) {
        ctx.logger.error('command failed', { ...where, command: interaction.commandName, error: e });
        await apologise(interaction, ctx);
      }
    } else if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      try {
        if (command?.autocomplete) await command.autocomplete(ctx, interaction);
        else await interaction.respond([]);
      } catch (e) {
        ctx.logger.warn('autocomplete failed', { ...where, command: interaction.commandName, error: e });
        // An empty list rather than Discord's "Loading options failed".
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      }
    } else if (interaction.isButton()) {
      // Every button this bot makes is a paging button; anything else (an old build's, a forged id) is
      // answered like an expired page rather than left to fail with "This interaction failed".
      try {
        await turnPage(ctx, interaction);
      } catch (e) {
        ctx.logger.error('page turn failed', { ...where, error: e });
        await apologise(interaction, ctx);
      }
    }
  } catch (e) {
    ctx.logger.error('interaction handler failed', { ...where, error: e });
  } finally {
    ctx.logger.debug('interaction handled', { ...where, ms: Math.round(performance.now() - started) });
  }
}
