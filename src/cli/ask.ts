/** `npm run ask -- [--data DIR] [--json] [--locale vi|en] "<input>"`: one answer, then exit 0. */
import { Corpus } from '../corpus/corpus.js';
import { answerInput } from '../answer/engine.js';
import { dataDir } from '../config/paths.js';
import { renderDiscord } from '../render/discord.js';
import { renderText } from '../render/text.js';
import { readArgs, UsageError } from './args.js';

function main(): number {
  let args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`ask: ${e.message}\nusage: npm run ask -- [--data DIR] [--json] [--locale vi|en] "<question or /command>"\n`);
      return 2;
    }
    throw e;
  }
  const corpus = Corpus.fromDirectory(dataDir(args.data));
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w}\n`);
  const input = args.positional.join(' ');
  const { answer, language } = answerInput(corpus, input);
  const locale = args.locale ?? language;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(renderDiscord(answer, { locale }).payload, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderText(answer, { locale })}\n`);
  }
  return 0;
}

process.exitCode = main();
