/**
 * `/add` in the local console (`npm start` without a token): the same add as `npm run add`, then the
 * console answers from the re-read folder; lines wait for the add to finish; a bad setting or link is one
 * sentence and the console goes on.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { parseSettings } from '../../src/config/settings.js';
import { fetchOptions } from '../../src/ingest/options.js';
import { SEED_DATA_DIR } from '../discord/harness.js';
import { startNewsServer, type NewsServer } from './news-server.js';

const SEED7 = '003_8de8bd2695171769.txt';
let server: NewsServer;
let dir: string;
beforeAll(async () => {
  server = await startNewsServer();
  dir = mkdtempSync(join(tmpdir(), 'console-add-'));
  copyFileSync(join(SEED_DATA_DIR, SEED7), join(dir, SEED7));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function session(lines: string[], env: Record<string, string>): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const add = { dir, fetch: fetchOptions(parseSettings(env)) };
  const done = runConsole(corpusFromDirectory(dir), { input, output, add, banner: 'test console' });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return out;
}

describe('/add in the local console', () => {
  it('adds a link, then answers from it; the next line waits for the add', async () => {
    const out = await session(
      [
        '/dialogue 9',
        `/add ${server.base}/vi/the-gioi/doi-thoai-lan-thu-9.html`,
        '/dialogue 9',
        '/quit',
        '/dialogue 7',
      ],
      {
        FETCH_ALLOW_HOSTS: '127.0.0.1',
      },
    );
    const [before, after] = out.split(/^Added: .*$/m);
    expect(before).not.toContain('Tina Kaidanow');
    expect(out).toMatch(/^Added: thoisumau-example-doi-thoai-.*\.html$/m);
    expect(out).toContain('Edition: 9 · meeting 2018-01-31');
    expect(out).toContain('(2 articles, ');
    expect(after).toContain('Tina Kaidanow');
    // Nothing is answered after /quit, though the line was already read with it.
    expect(out).not.toContain('Puneet Talwar');
    expect(await session(['/quit', '/dialogue 7'], {})).toBe('test console\n');
  });

  // A bad FETCH_* setting stops the console's start-up instead (tests/config/entry-points.test.ts).
  it('a refused link is one sentence and the console goes on', async () => {
    const files = readdirSync(dir).sort();
    const out = await session([`/add ${server.base}/missing`, '/add', '/dialogue 7'], {
      FETCH_ALLOW_HOSTS: '127.0.0.1',
    });
    expect(out).toMatch(/^Not added \(.*\/missing\): The server answered 404 Not Found for .*\.$/m);
    expect(out).toContain('Not added (/add): Give a link or a file: /add https://…');
    expect(out).toContain('Puneet Talwar');
    expect(readdirSync(dir).sort()).toEqual(files);
  });
});
