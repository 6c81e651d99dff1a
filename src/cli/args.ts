/**
 * The command-line tools' arguments, read with Node's util.parseArgs: --data DIR, --json, --locale vi|en,
 * --attachments DIR, the rest positional (a question, a link, a file). Anything else is one clear sentence.
 */
import { parseArgs } from 'node:util';

export interface CliArgs {
  data?: string;
  json: boolean;
  locale?: 'vi' | 'en';
  /** Write the files the answer would attach on Discord (the /editions image) into this folder. */
  attachments?: string;
  positional: string[];
}

export class UsageError extends Error {}

export function readArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        locale: { type: 'string' },
        attachments: { type: 'string' },
      },
    });
  } catch (e) {
    // parseArgs' messages name the option; keep them short and free of the rest of the command line.
    const code = (e as { code?: string }).code;
    const msg =
      String((e as Error).message)
        .split('\n')[0]
        ?.slice(0, 160) ?? '';
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(msg);
    throw e;
  }
  const { values, positionals } = parsed;
  const locale = values.locale;
  if (locale !== undefined && locale !== 'vi' && locale !== 'en')
    throw new UsageError(`--locale must be vi or en, not "${locale.slice(0, 20)}"`);
  return {
    data: values.data,
    json: values.json ?? false,
    locale,
    attachments: values.attachments,
    positional: positionals,
  };
}
