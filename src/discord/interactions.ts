/** Routes every interaction to its command module; nothing a user sends can crash the bot. */
import type { Interaction } from 'discord.js';
import { COMMAND_BY_NAME } from '../../commands/index.js';
import type { BotContext } from './context.js';
import { apologise, turnPage } from './respond.js';

export async function handleInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  const started = performance.now();
  const where = { interaction: interaction.id, user: interaction.user?.id, guild: interaction.guildId ?? 'dm' };
  try {
    if (interaction.isChatInputCommand()) {
      const command = COMMAND_BY_NAME.get(interaction.commandName);
      if (!command) {
        ctx.logger.warn('unknown command', { ...where, command: interaction.commandName.slice(0, 40) });
        await apologise(interaction, ctx);
        return;
      }
      try {
        await command.execute(ctx, interaction);
      } catch (e) {
        ctx.logger.error('command failed', { ...where, command: interaction.commandName, error: e });
        await apologise(interaction, ctx);
      }
    } else if (interaction.isAutocomplete()) {
      const command = COMMAND_BY_NAME.get(interaction.commandName);
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
