/**
 * `npm run add -- [--data DIR] [--locale vi|en] [--json] <url | file.html | file.txt> [...]`: add articles
 * to the corpus folder, one per argument, and print what was understood of each. A running bot picks the
 * new files up by its folder watch (or `/reload`). Exit 0 when all were added, 1 when one was not, 2 on a
 * usage or settings error.
 */
import { dataDir } from '../config/paths.js';
import { readSettings } from '../config/settings.js';
import { addArticle, type AddResult } from '../ingest/add.js';
import { describeAdded } from '../ingest/describe.js';
import { fetchOptions } from '../ingest/options.js';
import { readArgs, startStep, UsageError } from './args.js';

const USAGE = 'usage: npm run add -- [--data DIR] [--locale vi|en] [--json] <url | file.html | file.txt> [...]';

async function main(): Promise<number> {
  const args = startStep('add', USAGE, () => {
    const read = readArgs(process.argv.slice(2));
    if (read.positional.length === 0) throw new UsageError('give at least one link or file');
    return read;
  });
  if (!args) return 2;
  const settings = startStep('add', USAGE, () => readSettings());
  if (!settings) return 2;
  const dir = dataDir(args.data, settings);
  const results: AddResult[] = [];
  for (const input of args.positional) {
    const r = await addArticle(input, { dataDir: dir, fetch: fetchOptions(settings) });
    results.push(r);
    if (!args.json) process.stdout.write(`${describeAdded(r, args.locale ?? 'en')}\n\n`);
  }
  if (args.json) {
    const out = results.map((r) =>
      r.ok
        ? {
            ok: true,
            input: r.input,
            file: r.file,
            updated: r.updated,
            meta: r.meta,
            article: { ...r.article, paragraphs: undefined, dropped: undefined },
          }
        : r,
    );
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main();
