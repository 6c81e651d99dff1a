/**
 * The environment is read in one place: src/config/settings.ts (`readSettings`, called by the entry
 * points). Everything else in src/ and commands/ gets the typed settings passed down, and production code
 * never asks whether it runs under the test runner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';

const ALLOWED = new Set(['src/config/settings.ts']);
/** `process.env`, `process['env']`, `const { env } = process`. */
const READS_ENV = /\bprocess\s*(?:\??\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/;
const ASKS_TEST_RUNNER = /\bVITEST\b|\bJEST_WORKER_ID\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:ts|mts|js|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

const files = ['src', 'commands'].flatMap((d) => sources(join(PROJECT_ROOT, d)));

it('finds the sources it checks (and the patterns match what they should)', () => {
  expect(files.length).toBeGreaterThan(50);
  for (const s of ['process.env.X', 'process?.env', "process['env']", 'const { env, argv } = process'])
    expect(s).toMatch(READS_ENV);
  expect('environment').not.toMatch(READS_ENV);
  expect('if (env.VITEST)').toMatch(ASKS_TEST_RUNNER);
});

it('process.env appears in src/ and commands/ only in src/config/settings.ts, and no file asks for VITEST', () => {
  const offending: string[] = [];
  for (const file of files) {
    const name = relative(PROJECT_ROOT, file).split('\\').join('/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ((READS_ENV.test(line) && !ALLOWED.has(name)) || ASKS_TEST_RUNNER.test(line))
          offending.push(`${name}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(offending).toEqual([]);
  const settings = readFileSync(join(PROJECT_ROOT, 'src/config/settings.ts'), 'utf8');
  expect(settings.match(new RegExp(READS_ENV.source, 'g'))).toHaveLength(1); // in readSettings alone
});
