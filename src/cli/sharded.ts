/**
 * `npm run start:sharded`: the same bot under discord.js's ShardingManager, for bots in many guilds.
 * The shard count is TOTAL_SHARDS, else what `GET /gateway/bot` on DISCORD_API_URL recommends.
 */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { readSettings, SettingsError } from '../config/settings.js';
import { createLogger, makeScrubber } from '../discord/logger.js';

async function recommendedShards(api: string, token: string): Promise<number> {
  const res = await fetch(`${api}/v10/gateway/bot`, {
    headers: { Authorization: `Bot ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}`);
  const body = (await res.json()) as { shards?: unknown };
  return typeof body.shards === 'number' && body.shards >= 1 ? body.shards : 1;
}

let token = '';
try {
  // Every setting is checked here, before a shard starts (each shard, a main.js, reads them again).
  const settings = readSettings(['DISCORD_TOKEN']);
  token = settings.DISCORD_TOKEN;
  const logger = createLogger(settings.LOG_LEVEL, [token]);
  const totalShards =
    settings.TOTAL_SHARDS ?? (await recommendedShards(settings.DISCORD_API_URL, settings.DISCORD_TOKEN));
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
  const scrub = makeScrubber([token]);
  process.stderr.write(
    `${e instanceof SettingsError ? e.message : scrub(`Sharded start failed: ${(e as Error).message}`)}\n`,
  );
  process.exitCode = 1;
}
