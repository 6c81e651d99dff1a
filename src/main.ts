/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the local console otherwise.
 * Every setting is read and checked here, once, before anything starts; discord.js is only loaded
 * when it is needed, so the console starts fast.
 */
import { Corpus } from './corpus/corpus.js';
import { corpusCache, readSettings } from './config/settings.js';
import { runConsole } from './cli/console.js';
import { fetchOptions } from './ingest/options.js';

async function main(): Promise<void> {
  const settings = readSettings();
  const { DISCORD_TOKEN } = settings;
  if (DISCORD_TOKEN) {
    const [{ startBot }, { COMMANDS }] = await Promise.all([
      import('./discord/start.js'),
      import('../commands/index.js'),
    ]);
    await startBot({ commands: COMMANDS, settings: { ...settings, DISCORD_TOKEN }, processHooks: true });
    return;
  }
  const corpus = await Corpus.load(settings.DATA_DIR, { cache: corpusCache(settings) });
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w}\n`);
  await runConsole(corpus, {
    add: { dir: settings.DATA_DIR, fetch: fetchOptions(settings), cache: corpusCache(settings) },
  });
}

main().catch((e: unknown) => {
  // A SettingsError is one sentence naming the setting, without its value.
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
