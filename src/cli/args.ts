/**
 * The command-line tools' arguments, read with Node's util.parseArgs: --data DIR, --json, --locale vi|en,
 * --attachments DIR, the rest positional (a question, a link, a file). Anything else is one clear sentence.
 */
import { parseArgs } from 'node:util';
import { SettingsError } from '../config/settings.js';

export interface CliArgs {
  data?: string;
  json: boolean;
  locale?: 'vi' | 'en';
  /** Write the files the answer would attach on Discord (the /editions image) into this folder. */
  attachments?: string;
  positional: string[];
}

export class UsageError extends Error {}

/**
 * One step of a tool's start that can fail with one sentence (reading its arguments, reading the settings):
 * its value, or, on a UsageError or SettingsError, that sentence on stderr as `tool: …` (a usage error also
 * gets the usage line) and undefined, for the tool to exit with 2. Any other error is a bug and is thrown.
 */
export function startStep<T>(tool: string, usage: string, step: () => T): T | undefined {
  try {
    return step();
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`${tool}: ${e.message}\n${usage}\n`);
    else if (e instanceof SettingsError) process.stderr.write(`${tool}: ${e.message}\n`);
    else throw e;
    return undefined;
  }
}

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
