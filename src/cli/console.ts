/**
 * The local console: takes exactly what a Discord user would type and prints the same answers
 * (the same answer and renderer code) as text. Works on a terminal and on piped input.
 */
import { createInterface } from 'node:readline';
import { Corpus } from '../corpus/corpus.js';
import { answerInput } from '../answer/engine.js';
import type { Locale } from '../answer/types.js';
import { replies } from '../i18n/replies.js';
import { renderText } from '../render/text.js';
import type { AddResult } from '../ingest/add.js';
import type { FetchOptions } from '../ingest/fetch.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  locale?: Locale;
  banner?: string;
  /**
   * `/add <link or file>` stores articles in `dir` (as the bot's owner-only /add does), fetching within
   * `fetch` (the FETCH_* settings); the corpus is then re-read from `dir`, with the cache folder `cache`
   * (none by default). Without it, /add is answered like any input. The page reader loads only on a first /add.
   */
  add?: { dir: string; fetch: FetchOptions; cache?: string | false };
}

/** `/add <link>` or `/add url:<link>`: the link, else undefined. */
function addCommand(text: string): string | undefined {
  const m = /^\/add(?:\s+(?:url:\s*)?(.*))?$/i.exec(text);
  return m ? (m[1] ?? '').trim() : undefined;
}

export function runConsole(initial: Corpus, opts: ConsoleOptions = {}): Promise<void> {
  let corpus = initial;
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  let locale: Locale | undefined = opts.locale;
  const interactive = (input as NodeJS.ReadStream).isTTY === true;
  const write = (s: string) => output.write(s.endsWith('\n') ? s : `${s}\n`);
  // The console's own words follow /locale; English until a locale is chosen (answers follow the question's language).
  const say = () => replies(locale ?? 'en');
  write(opts.banner ?? say().consoleBanner(corpus.articles.length, corpus.editions.size));
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: '> ' });
  if (interactive) rl.prompt();
  // Lines are handled one after another: an /add (a fetch) finishes before the next line is answered.
  let queue = Promise.resolve();
  // Lines already read when /quit is handled are not answered (as before lines were queued).
  let closed = false;
  const addFromConsole = async (link: string, add: NonNullable<ConsoleOptions['add']>) => {
    const [{ addArticle }, { describeAdded }] = await Promise.all([
      import('../ingest/add.js'),
      import('../ingest/describe.js'),
    ]);
    let result: AddResult;
    try {
      result = link
        ? await addArticle(link, { dataDir: add.dir, fetch: add.fetch })
        : { ok: false, input: '/add', problem: say().consoleAddNeedsInput };
    } catch (e) {
      result = { ok: false, input: link, problem: (e as Error).message };
    }
    write(describeAdded(result, locale ?? 'en'));
    if (result.ok) {
      try {
        corpus = await Corpus.load(add.dir, { cache: add.cache ?? false });
        write(say().consoleCorpusNow(corpus.articles.length, corpus.editions.size));
      } catch (e) {
        // The file is stored; the console keeps answering from the corpus it had.
        write(say().consoleSorry((e as Error).message));
      }
    }
  };
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      queue = queue.then(() => handle(line));
    });
    rl.on('close', () => void queue.then(() => resolve()));
    const handle = async (line: string) => {
      const text = line.trim();
      if (closed) return;
      if (/^\/(?:quit|exit|q)$/i.test(text)) {
        closed = true;
        rl.close();
        return;
      }
      if (closed) return;
      const link = opts.add !== undefined ? addCommand(text) : undefined;
      if (link !== undefined && opts.add !== undefined) {
        await addFromConsole(link, opts.add);
        if (interactive) rl.prompt();
        return;
      }
      const loc = /^\/locale\s+(vi|en)$/i.exec(text);
      if (loc) {
        locale = (loc[1] as string).toLowerCase() as Locale;
        write(say().consoleLocale(locale));
      } else if (text) {
        try {
          const { answer, language } = answerInput(corpus, text);
          write(renderText(answer, { locale: locale ?? language }));
        } catch (e) {
          write(say().consoleSorry((e as Error).message));
        }
      }
      if (interactive) rl.prompt();
    };
  });
}
