/**
 * The bot itself on a large corpus: a synthetic corpus of N articles is written to disk and the real
 * entry point (`node dist/src/main.js`, local console, no token) is started on it — first with no cache
 * (parse + index build, writing both caches), then again with the caches as a restart would find them.
 * Measured per start: time from spawn to the console's banner (ready to answer), one answer, and the
 * process's RSS after that answer and its peak RSS (VmRSS / VmHWM from /proc, Linux).
 *
 * The console does not load discord.js; `discordClientMB` is what loading discord.js and constructing
 * its Client adds to a bare node process, so console RSS + that figure estimates the bot in Discord mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../tests/fixtures/synthetic-corpus.js';

export interface BotStart {
  readyMs: number;
  answerMs: number;
  rssMB: number;
  peakRssMB: number;
}

export interface BotAtScale {
  articles: number;
  corpusMB: number;
  /** Parse and index caches written by the first start. */
  cacheMB: number;
  cold: BotStart;
  /** Restarts with both caches present (median of `runs` by readiness time). */
  warm: BotStart;
  runs: number;
  discordClientMB: number;
}

const BANNER = /Local console/;
const MB = 1024 * 1024;

function procStatus(pid: number): { rssMB: number; peakRssMB: number } {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, peakRssMB: kb('VmHWM') / 1024 };
  } catch {
    return { rssMB: NaN, peakRssMB: NaN };
  }
}

/** Start the console on `dataDir`, wait for its banner, ask one question, read its memory, quit. */
function startOnce(root: string, dataDir: string, cacheDir: string, timeoutMs: number): Promise<BotStart> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, CORPUS_CACHE_DIR: cacheDir, CORPUS_CACHE: 'on' };
  delete env.DISCORD_TOKEN;
  delete env.VITEST;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let readyMs = NaN;
    let asked = NaN;
    let result: BotStart | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bot on ${dataDir} not ready within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (err = (err + d).slice(-2000)));
    child.stdout.on('data', (d: string) => {
      out += d;
      if (Number.isNaN(readyMs) && BANNER.test(out)) {
        readyMs = performance.now() - t0;
        out = '';
        asked = performance.now();
        child.stdin.write('/dialogue 9\n');
      } else if (!Number.isNaN(asked) && !result && out.length > 0) {
        const answerMs = performance.now() - asked;
        // Let the answer's output settle, then read memory and leave.
        setTimeout(() => {
          result = { readyMs, answerMs, ...procStatus(child.pid as number) };
          child.stdin.end('/quit\n');
        }, 50);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (result && code === 0) resolve(result);
      else reject(new Error(`bot on ${dataDir} exited ${code} before answering: ${err}`));
    });
  });
}

function folderMB(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return bytes / MB;
}

/** RSS that importing discord.js and constructing a Client adds to a bare node process. */
export function discordClientOverheadMB(root: string): number {
  const rss = (code: string) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return Number(r.stdout.trim());
  };
  const bare = rss('globalThis.gc?.(); console.log(process.memoryUsage().rss)');
  const withClient = rss(
    "const { Client, GatewayIntentBits } = await import('discord.js'); const c = new Client({ intents: [GatewayIntentBits.Guilds] }); console.log(process.memoryUsage().rss); c.destroy();",
  );
  return (withClient - bare) / MB;
}

export async function measureBotAtScale(
  root: string,
  size: number,
  seed: number,
  runs: number,
  log: (m: string) => void,
): Promise<BotAtScale> {
  const dir = mkdtempSync(join(tmpdir(), `bench-bot-${size}-`));
  try {
    const dataDir = join(dir, 'articles');
    const cacheDir = join(dir, 'cache');
    log(`[bot ${size}] writing ${size} synthetic articles to ${dataDir}`);
    await writeSyntheticCorpus(dataDir, size, seed);
    const timeoutMs = Math.max(120_000, size * 20);
    const cold = await startOnce(root, dataDir, cacheDir, timeoutMs);
    log(
      `[bot ${size}] cold start (parse + build, caches written): ready in ${(cold.readyMs / 1000).toFixed(2)} s, RSS ${cold.rssMB.toFixed(0)} MB (peak ${cold.peakRssMB.toFixed(0)} MB)`,
    );
    const warmRuns: BotStart[] = [];
    for (let i = 0; i < runs; i++) warmRuns.push(await startOnce(root, dataDir, cacheDir, timeoutMs));
    warmRuns.sort((a, b) => a.readyMs - b.readyMs);
    const warm = warmRuns[Math.floor(warmRuns.length / 2)] as BotStart;
    log(
      `[bot ${size}] restart with caches: ready in ${(warm.readyMs / 1000).toFixed(2)} s, RSS ${warm.rssMB.toFixed(0)} MB (peak ${warm.peakRssMB.toFixed(0)} MB)`,
    );
    const round = (x: number) => Math.round(x * 10) / 10;
    const r = (s: BotStart): BotStart => ({
      readyMs: round(s.readyMs),
      answerMs: round(s.answerMs),
      rssMB: round(s.rssMB),
      peakRssMB: round(s.peakRssMB),
    });
    return {
      articles: size,
      corpusMB: round(folderMB(dataDir)),
      cacheMB: round(folderMB(cacheDir)),
      cold: r(cold),
      warm: r(warm),
      runs,
      discordClientMB: round(discordClientOverheadMB(root)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
