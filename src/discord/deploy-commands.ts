/** `npm run deploy-commands`: register the slash commands (in one guild when DISCORD_GUILD_ID is set, else globally). */
import { REST, Routes } from 'discord.js';
import type { SettingsWith } from '../config/settings.js';
import type { Command } from './command.js';

/** What deploying needs: the token and the application id (the entry point requires both). */
export type DeploySettings = SettingsWith<'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID'>;

export async function deployCommands(
  commands: readonly Command[],
  settings: DeploySettings,
): Promise<{ count: number; scope: 'guild' | 'global' }> {
  const rest = new REST({ api: settings.DISCORD_API_URL, timeout: 15_000, retries: 2 }).setToken(
    settings.DISCORD_TOKEN,
  );
  const body = commands.map((c) => c.data.toJSON());
  const clientId = settings.DISCORD_CLIENT_ID;
  const route = settings.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(clientId, settings.DISCORD_GUILD_ID)
    : Routes.applicationCommands(clientId);
  const result = (await rest.put(route, { body })) as unknown[];
  return {
    count: Array.isArray(result) ? result.length : body.length,
    scope: settings.DISCORD_GUILD_ID ? 'guild' : 'global',
  };
}
