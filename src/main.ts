/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the local console otherwise.
 * discord.js is only loaded when it is needed, so the console starts fast.
 */
import { Corpus } from './corpus/corpus.js';
import { dataDir } from './config/paths.js';
import { loadDotenv } from './config/dotenv.js';
import { runConsole } from './cli/console.js';

async function main(): Promise<void> {
  loadDotenv();
  const token = process.env.DISCORD_TOKEN?.trim();
  if (token) {
    const [{ startBot }, { COMMANDS }] = await Promise.all([
      import('./discord/start.js'),
      import('../commands/index.js'),
    ]);
    await startBot({ commands: COMMANDS, processHooks: true });
    return;
  }
  const corpus = Corpus.fromDirectory(dataDir());
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w}\n`);
  await runConsole(corpus, { addTo: dataDir() });
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
