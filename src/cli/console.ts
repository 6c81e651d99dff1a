/**
 * The local console: takes exactly what a Discord user would type and prints the same answers
 * (the same answer and renderer code) as text. Works on a terminal and on piped input.
 */
import { createInterface } from 'node:readline';
import type { Corpus } from '../corpus/corpus.js';
import { answerInput } from '../answer/engine.js';
import type { Locale } from '../answer/types.js';
import { renderText } from '../render/text.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  locale?: Locale;
  banner?: string;
}

export function runConsole(corpus: Corpus, opts: ConsoleOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  let locale: Locale | undefined = opts.locale;
  const interactive = (input as NodeJS.ReadStream).isTTY === true;
  const write = (s: string) => output.write(s.endsWith('\n') ? s : `${s}\n`);
  write(
    opts.banner ??
      `Local console (no DISCORD_TOKEN set, so Discord is not used): ${corpus.articles.length} articles, ${corpus.editions.size} editions. ` +
        'Type /dialogue 9, /topic an-ninh-biển, /search …, /editions, /about or a plain question; /locale en|vi; /quit to leave.',
  );
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: '> ' });
  if (interactive) rl.prompt();
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (/^\/(?:quit|exit|q)$/i.test(text)) {
        rl.close();
        return;
      }
      const loc = /^\/locale\s+(vi|en)$/i.exec(text);
      if (loc) {
        locale = (loc[1] as string).toLowerCase() as Locale;
        write(`locale: ${locale}`);
      } else if (text) {
        try {
          const { answer, language } = answerInput(corpus, text);
          write(renderText(answer, { locale: locale ?? language }));
        } catch (e) {
          write(`Sorry, that could not be answered (${(e as Error).message}).`);
        }
      }
      if (interactive) rl.prompt();
    });
    rl.on('close', () => resolve());
  });
}
