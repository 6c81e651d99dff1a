#!/usr/bin/env node
// Runs a compiled entry point from dist/, compiling first when dist/ is missing or older than the sources,
// so `npm start`, `npm run ask` etc. work on a fresh clone and after an edit without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = {
  main: 'dist/src/main.js',
  ask: 'dist/src/cli/ask.js',
  parse: 'dist/src/cli/parse.js',
  add: 'dist/src/cli/add.js',
  'deploy-commands': 'dist/src/cli/deploy-commands.js',
  sharded: 'dist/src/cli/sharded.js',
  bench: 'dist/bench/run.js',
  eval: 'dist/src/cli/eval.js',
};

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const [name] = process.argv.slice(2);
const entry = ENTRIES[name];
if (!entry) {
  process.stderr.write(`run.mjs: unknown entry "${name}"; one of ${Object.keys(ENTRIES).join(', ')}\n`);
  process.exit(2);
}
const target = join(root, entry);
const stamp = join(root, 'dist', '.build-stamp');
const sources = Math.max(
  newest(join(root, 'src')),
  newest(join(root, 'commands')),
  newest(join(root, 'bench')),
  newest(join(root, 'tests', 'fixtures')), // bench/ builds its corpora with tests/fixtures/synthetic-corpus.ts
  statSync(join(root, 'tsconfig.json')).mtimeMs,
);
if (!existsSync(target) || !existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    process.stderr.write('run.mjs: the TypeScript build failed; see the errors above.\n');
    process.exit(r.status ?? 1);
  }
}
// The entry reads its own arguments from process.argv.slice(2): drop the entry name.
process.argv.splice(2, 1);
// pathToFileURL, not `file://${target}`: a checkout path holding '#' or '%' would otherwise be misread.
await import(pathToFileURL(target).href);
