/** `npm run deploy-commands`: register the slash commands with Discord's REST API. */
import { loadDotenv } from '../config/dotenv.js';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../discord/deploy-commands.js';
import { createLogger } from '../discord/logger.js';
import { SettingsError } from '../discord/settings.js';

loadDotenv();
deployCommands(COMMANDS)
  .then(({ count, scope }) =>
    process.stdout.write(
      `Registered ${count} commands ${scope === 'guild' ? 'in the guild (visible at once)' : 'globally (may take up to an hour to appear)'}.\n`,
    ),
  )
  .catch((e: unknown) => {
    if (e instanceof SettingsError) process.stderr.write(`${e.message}\n`);
    else createLogger('error', [process.env.DISCORD_TOKEN ?? '']).error('deploying the commands failed', { error: e });
    process.exitCode = 1;
  });
