/** Tiny argument reader for the command-line tools: --data DIR, --json, --locale vi|en, --attachments DIR, the rest positional. */

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
  const out: CliArgs = { json: false, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    } else if (a === '--json') out.json = true;
    else if (a === '--data' || a.startsWith('--data=')) out.data = value('--data');
    else if (a === '--attachments' || a.startsWith('--attachments=')) out.attachments = value('--attachments');
    else if (a === '--locale' || a.startsWith('--locale=')) {
      const v = value('--locale');
      if (v !== 'vi' && v !== 'en') throw new UsageError(`--locale must be vi or en, not "${v.slice(0, 20)}"`);
      out.locale = v;
    } else if (a.startsWith('--') && a.length > 2 && !/\s/.test(a)) throw new UsageError(`unknown option ${a.slice(0, 40)}`);
    else out.positional.push(a);
  }
  return out;
}
