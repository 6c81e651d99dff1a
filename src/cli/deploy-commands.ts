/** `npm run deploy-commands`: register the slash commands with Discord's REST API. */
import { readSettings, SettingsError } from '../config/settings.js';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../discord/deploy-commands.js';
import { createLogger } from '../discord/logger.js';

let token = '';
try {
  const settings = readSettings(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  token = settings.DISCORD_TOKEN;
  const { count, scope } = await deployCommands(COMMANDS, settings);
  process.stdout.write(
    `Registered ${count} commands ${scope === 'guild' ? 'in the guild (visible at once)' : 'globally (may take up to an hour to appear)'}.\n`,
  );
} catch (e) {
  if (e instanceof SettingsError) process.stderr.write(`${e.message}\n`);
  else createLogger('error', [token]).error('deploying the commands failed', { error: e });
  process.exitCode = 1;
}
