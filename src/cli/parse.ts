/** `npm run parse -- [--data DIR] [FILE...]`: the parsed records as a JSON array. */
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/load.js';
import { dataDir } from '../config/paths.js';
import { readSettings } from '../config/settings.js';
import { readArgs, startStep } from './args.js';

const PARSE_USAGE = 'usage: npm run parse -- [--data DIR] [FILE...]';

function main(): number {
  const args = startStep('parse', PARSE_USAGE, () => readArgs(process.argv.slice(2)));
  if (!args) return 2;
  const settings = startStep('parse', PARSE_USAGE, () => readSettings());
  if (!settings) return 2;
  // No cache: the records are printed with their removed page furniture, which the cache does not keep.
  const dir = dataDir(args.data, settings);
  const files = args.positional.length ? args.positional.map((f) => resolve(f)) : undefined;
  const { articles, warnings } = loadCorpus(files ? process.cwd() : dir, files, { keepDropped: true });
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
