/** The CLIs' arguments (util.parseArgs underneath): known options, positionals, one-sentence usage errors. */
import { describe, expect, it } from 'vitest';
import { readArgs, UsageError } from '../../src/cli/args.js';

describe('readArgs', () => {
  it('reads the options and keeps the rest (and everything after --) positional', () => {
    expect(readArgs(['--data', 'd', '--json', '--locale=en', 'who', 'chaired?'])).toEqual({
      data: 'd',
      json: true,
      locale: 'en',
      attachments: undefined,
      positional: ['who', 'chaired?'],
    });
    expect(readArgs(['--attachments=out', '--', '--json', 'x'])).toMatchObject({
      json: false,
      attachments: 'out',
      positional: ['--json', 'x'],
    });
  });
  it('an unknown option, a missing value or a bad locale is a UsageError naming it', () => {
    expect(() => readArgs(['--bogus'])).toThrow(UsageError);
    expect(() => readArgs(['--bogus'])).toThrow(/--bogus/);
    expect(() => readArgs(['--data'])).toThrow(/--data/);
    expect(() => readArgs(['--locale', 'fr'])).toThrow('--locale must be vi or en, not "fr"');
    expect(() => readArgs([`--${'x'.repeat(5000)}`])).toThrow(UsageError);
    try {
      readArgs([`--${'x'.repeat(5000)}`]);
    } catch (e) {
      expect((e as Error).message.length).toBeLessThanOrEqual(160);
    }
  });
});
