#!/usr/bin/env node
// Start-up and answer time on the default corpus (data/articles): `node scripts/measure-seeds.mjs` after a build.
// Start-up: median of 15 runs of the console (stdin "/quit") against `node -e 0`. Answers: the evaluation
// questions through answerInput + renderDiscord, 300 rounds after 200 warm-up rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const time = (args, input) => {
  const t = performance.now();
  spawnSync(process.execPath, args, { input, cwd: root, env: { ...process.env, DISCORD_TOKEN: '' } });
  return performance.now() - t;
};
time([join(root, 'dist/src/main.js')], '/quit\n');
const base = [];
const cons = [];
for (let i = 0; i < 15; i++) {
  base.push(time(['-e', '0']));
  cons.push(time([join(root, 'dist/src/main.js')], '/quit\n'));
}
console.log(
  `start-up: node -e 0 ${median(base).toFixed(0)} ms, console ${median(cons).toFixed(0)} ms, delta ${(median(cons) - median(base)).toFixed(0)} ms (medians of 15)`,
);

const { Corpus } = await import(dist('src/corpus/corpus.js'));
const { answerInput } = await import(dist('src/answer/engine.js'));
const { renderDiscord } = await import(dist('src/render/discord-payload.js'));
const t0 = performance.now();
const corpus = Corpus.fromDirectory(join(root, 'data/articles'));
const loadMs = performance.now() - t0;
const qs = readFileSync(join(root, 'tests/eval/questions.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).q);
for (let i = 0; i < 200; i++) for (const q of qs) renderDiscord(answerInput(corpus, q).answer, { locale: 'vi' });
const lat = [];
for (let i = 0; i < 300; i++) {
  for (const q of qs) {
    const t = performance.now();
    renderDiscord(answerInput(corpus, q).answer, { locale: 'vi' });
    lat.push(performance.now() - t);
  }
}
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))].toFixed(3);
console.log(
  `corpus load ${loadMs.toFixed(1)} ms; ${lat.length} answers (${qs.length} questions × 300): p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`,
);
