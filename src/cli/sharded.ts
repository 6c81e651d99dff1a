/**
 * `npm run start:sharded`: the same bot under discord.js's ShardingManager, for bots in many guilds.
 * The shard count is TOTAL_SHARDS, else what `GET /gateway/bot` on DISCORD_API_URL recommends.
 */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { loadDotenv } from '../config/dotenv.js';
import { createLogger, makeScrubber } from '../discord/logger.js';
import { readSettings, SettingsError } from '../discord/settings.js';

async function recommendedShards(api: string, token: string): Promise<number> {
  const res = await fetch(`${api}/v10/gateway/bot`, {
    headers: { Authorization: `Bot ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}`);
  const body = (await res.json()) as { shards?: unknown };
  return typeof body.shards === 'number' && body.shards >= 1 ? body.shards : 1;
}

loadDotenv();
try {
  const settings = readSettings();
  const logger = createLogger(settings.LOG_LEVEL, [settings.DISCORD_TOKEN]);
  const fromEnv = Number(process.env.TOTAL_SHARDS);
  const totalShards =
    Number.isInteger(fromEnv) && fromEnv >= 1
      ? fromEnv
      : await recommendedShards(settings.DISCORD_API_URL, settings.DISCORD_TOKEN);
  const manager = new ShardingManager(fileURLToPath(new URL('../main.js', import.meta.url)), {
    token: settings.DISCORD_TOKEN,
    totalShards,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info(`shard ${shard.id} of ${totalShards} launched`));
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn({ amount: totalShards, timeout: 60_000 });
} catch (e) {
  const scrub = makeScrubber([process.env.DISCORD_TOKEN ?? '']);
  process.stderr.write(
    `${e instanceof SettingsError ? e.message : scrub(`Sharded start failed: ${(e as Error).message}`)}\n`,
  );
  process.exitCode = 1;
}
