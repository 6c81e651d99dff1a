import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/run.mjs imports the compiled entry by URL: a checkout path holding '#' or '%' must still work.
describe('scripts/run.mjs in a checkout whose path holds # and %', () => {
  const root = join(mkdtempSync(join(tmpdir(), 'run-mjs-')), 'bot #1 100%');
  afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('runs the compiled entry', () => {
    mkdirSync(join(root, 'scripts'), { recursive: true });
    mkdirSync(join(root, 'dist', 'src'), { recursive: true });
    copyFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'run.mjs'), join(root, 'scripts', 'run.mjs'));
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    writeFileSync(
      join(root, 'dist', 'src', 'main.js'),
      "process.stdout.write('entry ran with ' + process.argv.slice(2).join(' '));\n",
    );
    // The build stamp is newer than every source, so run.mjs does not try to compile.
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(root, 'dist', '.build-stamp'), '');
    utimesSync(join(root, 'dist', '.build-stamp'), later, later);
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'main', '--x'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('entry ran with --x');
    expect(r.status).toBe(0);
  });
});
