/**
 * `npm run ask -- [--data DIR] [--json] [--locale vi|en] [--attachments DIR] "<input>"`: one answer, then
 * exit 0. With --attachments, the files the bot would attach on Discord are also written to DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Corpus } from '../corpus/corpus.js';
import { answerInput } from '../answer/engine.js';
import { dataDir } from '../config/paths.js';
import { corpusCache, readSettings } from '../config/settings.js';
import { renderAttachments } from '../render/attachments.js';
import { renderDiscord } from '../render/discord-payload.js';
import { renderText } from '../render/text.js';
import { readArgs, startStep } from './args.js';

const USAGE =
  'usage: npm run ask -- [--data DIR] [--json] [--locale vi|en] [--attachments DIR] "<question or /command>"';

async function main(): Promise<number> {
  const args = startStep('ask', USAGE, () => readArgs(process.argv.slice(2)));
  if (!args) return 2;
  const settings = startStep('ask', USAGE, () => readSettings());
  if (!settings) return 2;
  const corpus = await Corpus.load(dataDir(args.data, settings), { cache: corpusCache(settings) });
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w}\n`);
  const input = args.positional.join(' ');
  const { answer, language } = answerInput(corpus, input);
  const locale = args.locale ?? language;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(renderDiscord(answer, { locale }).payload, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderText(answer, { locale })}\n`);
  }
  if (args.attachments !== undefined) {
    try {
      const files = await renderAttachments(answer, locale);
      if (files.length > 0) mkdirSync(args.attachments, { recursive: true });
      for (const f of files) {
        const path = resolve(join(args.attachments, f.filename));
        writeFileSync(path, f.data);
        process.stderr.write(`wrote ${path} (${f.data.length} bytes)\n`);
      }
    } catch (e) {
      process.stderr.write(`ask: the attachment could not be written (${(e as Error).message})\n`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = await main();
