/** `npm run parse -- [--data DIR] [FILE...]`: the parsed records as a JSON array. */
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/load.js';
import { dataDir } from '../config/paths.js';
import { readSettings, SettingsError } from '../config/settings.js';
import { readArgs, UsageError } from './args.js';

function main(): number {
  let args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`parse: ${e.message}\nusage: npm run parse -- [--data DIR] [FILE...]\n`);
      return 2;
    }
    throw e;
  }
  let settings;
  try {
    settings = readSettings();
  } catch (e) {
    if (e instanceof SettingsError) {
      process.stderr.write(`parse: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  // No cache: the records are printed with their removed page furniture, which the cache does not keep.
  const dir = dataDir(args.data, settings);
  const files = args.positional.length ? args.positional.map((f) => resolve(f)) : undefined;
  const { articles, warnings } = loadCorpus(files ? process.cwd() : dir, files, { keepDropped: true });
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
