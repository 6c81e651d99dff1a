/**
 * The console and `npm run ask` name the file /editions would attach on Discord; `--json` carries it in the
 * payload's `attachments`, and `--attachments DIR` writes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { cleanTemp, corpusOf, seedFiles } from '../fixtures/articles.js';

const out = mkdtempSync(join(tmpdir(), 'vn-us-attachments-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  cleanTemp();
});

it('the console prints a line naming the file it would attach, for /editions only', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString('utf8')));
  const done = runConsole(corpusOf(seedFiles()), { input, output, banner: 'test' });
  input.end('/locale en\n/editions\n/dialogue 9\n');
  await done;
  expect(text.match(/📎/g)).toHaveLength(1);
  expect(text).toMatch(
    /Edition 10 — Washington · only mentioned in another article\n\n📎 Attached on Discord: editions-timeline\.png/,
  );
});

it('npm run ask --json names it in attachments, and --attachments DIR writes the PNG', () => {
  const r = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts', 'run.mjs'), 'ask', '--json', '--locale', 'en', '--attachments', out, '/editions'],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: '', CORPUS_CACHE: 'off' },
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const payload = JSON.parse(r.stdout) as { attachments?: { id: number; filename: string; description: string }[] };
  expect(payload.attachments).toEqual([
    {
      id: 0,
      filename: 'editions-timeline.png',
      description: 'Timeline of 4 dialogue editions: year, place, co-chairs, number of sources',
    },
  ]);
  const png = readFileSync(join(out, 'editions-timeline.png'));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(r.stderr).toContain(`wrote ${join(out, 'editions-timeline.png')} (${png.length} bytes)`);
});
