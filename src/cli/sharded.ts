/** `npm run start:sharded`: the same bot under discord.js's ShardingManager, for bots in many guilds. */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { loadDotenv } from '../config/dotenv.js';
import { createLogger } from '../discord/logger.js';
import { readSettings, SettingsError } from '../discord/settings.js';

loadDotenv();
try {
  const settings = readSettings();
  const logger = createLogger(settings.LOG_LEVEL, [settings.DISCORD_TOKEN]);
  const manager = new ShardingManager(fileURLToPath(new URL('../main.js', import.meta.url)), {
    token: settings.DISCORD_TOKEN,
    totalShards: 'auto',
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info(`shard ${shard.id} launched`));
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn();
} catch (e) {
  process.stderr.write(`${e instanceof SettingsError ? e.message : `Sharded start failed: ${(e as Error).message}`}\n`);
  process.exitCode = 1;
}
