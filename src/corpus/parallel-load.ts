/**
 * Parsing a corpus folder in worker threads (load-worker.ts), so that the main thread keeps answering while
 * a folder is parsed and indexed, and the parser's garbage never enters the main heap. The file list is cut
 * into contiguous shares, one per worker: min(2, cores) workers by default (this machine has 2 cores;
 * parsing is CPU-bound), fewer when the folder is small, since a worker costs its start-up (loading the
 * parser and warming it up, ~0.4 s here) whatever it parses. Any worker that throws, dies or runs out of
 * memory fails the whole load with one sentence; every worker is terminated before the promise settles,
 * whatever happened.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import type { LoadJob, LoadReply } from './load-protocol.js';

export interface WorkerLoadOptions {
  cache: string | false;
  cacheKey?: string | undefined;
  /** Build the search index in the worker too. */
  index: boolean;
  /** At most this many workers (default: min(2, available cores)). */
  workers?: number | undefined;
  /** A worker gets at least this many files (default 100): a smaller folder is parsed by fewer workers. */
  minFilesPerWorker?: number | undefined;
  /** Heap limits of each worker (none by default). */
  resourceLimits?: ResourceLimits | undefined;
}

/**
 * Measured on this 2-core machine, shared (bench/RESULTS.md, "Corpus load off the main thread"): with 100
 * files one and two workers took the same time, with 200 two were 8% faster, with 25 or 50 slower (each
 * worker loads the parser and warms it up, ~0.4 s). So a second worker from 200 files on.
 */
export const MIN_FILES_PER_WORKER = 100;

let running = 0;
/** Load workers and load processes alive now (for tests: after a load settles, none is left). */
export function runningLoadWorkers(): number {
  return running;
}

/** How many workers for `files` files. */
export function workerCount(files: number, max?: number, minFiles = MIN_FILES_PER_WORKER): number {
  const cap = Math.max(1, Math.floor(max ?? Math.min(2, availableParallelism())));
  return Math.max(1, Math.min(cap, Math.floor(files / Math.max(1, minFiles))));
}

/**
 * Starts the worker script: the compiled `load-worker.js` beside this file (dist/), or, when this runs from
 * the TypeScript sources (vitest), the .ts file through scripts/ts-worker.mjs, which compiles it on the fly.
 */
function startWorker(job: LoadJob, transferList: MessagePort[], resourceLimits?: ResourceLimits): Worker {
  const compiled = new URL('./load-worker.js', import.meta.url);
  const options = {
    workerData: job,
    transferList,
    // A worker inherits the parent's Node options, but refuses `--input-type` (`node --input-type=module -e …`);
    // a list given here may hold no V8 flag either (--expose-gc, --max-old-space-size), so it is then empty.
    ...(process.execArgv.some((a) => a.startsWith('--input-type')) ? { execArgv: [] } : {}),
    ...(resourceLimits ? { resourceLimits } : {}),
  };
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, options);
  return new Worker(new URL('../../scripts/ts-worker.mjs', import.meta.url), {
    ...options,
    argv: [fileURLToPath(new URL('./load-worker.ts', import.meta.url))],
  });
}

/** The parent's Node options for a child process, less the ones that carry this process's own script. */
function childExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') i++;
    else if (!/^(?:--eval=|--print=|--input-type)/.test(a)) out.push(a);
  }
  return out;
}

/**
 * The outcome of a load in a child process (load-process.ts): `'cached'` when it wrote both caches under
 * `cacheKey` (read them back), `'not-cached'` when it parsed but could not write them (load here instead).
 * A child that fails otherwise rejects with its one sentence. The promise settles once the child has exited.
 */
export function loadInChildProcess(
  dir: string,
  o: Omit<WorkerLoadOptions, 'index' | 'cache'> & { cache: string; cacheKey: string },
): Promise<'cached' | 'not-cached'> {
  const compiled = new URL('./load-process.js', import.meta.url);
  const script = existsSync(fileURLToPath(compiled))
    ? [fileURLToPath(compiled)]
    : [
        fileURLToPath(new URL('../../scripts/ts-worker.mjs', import.meta.url)),
        fileURLToPath(new URL('./load-process.ts', import.meta.url)),
      ];
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(process.execPath, [...childExecArgv(), ...script], { stdio: ['pipe', 'ignore', 'pipe'] });
    } catch (e) {
      reject(new Error(`the corpus could not be loaded: a parsing process could not start (${(e as Error).message})`));
      return;
    }
    running++;
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (err = (err + d).slice(-4000)));
    child.on('error', (e) => err || (err = e.message));
    child.on('close', (code, signal) => {
      running--;
      if (code === 0) return resolve('cached');
      if (code === 3) return resolve('not-cached');
      const said = err
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .reverse()
        .find((l) => l.startsWith('the corpus could not be loaded'));
      reject(
        new Error(
          said ?? `the corpus could not be loaded: the parsing process stopped (${signal ?? `exit code ${code}`})`,
        ),
      );
    });
    child.stdin.on('error', () => undefined);
    // Written, not ended: the child stops if this end closes (this process gone) before it is done.
    child.stdin.write(
      `${JSON.stringify({
        dir,
        cache: o.cache,
        cacheKey: o.cacheKey,
        workers: o.workers,
        minFilesPerWorker: o.minFilesPerWorker,
        resourceLimits: o.resourceLimits,
      })}\n`,
    );
  });
}

/** Parse `files` (the folder's list, in order) in workers; the lead's reply. */
export function loadInWorkers(dir: string, files: readonly string[], o: WorkerLoadOptions): Promise<LoadReply> {
  const n = workerCount(files.length, o.workers, o.minFilesPerWorker);
  const size = Math.ceil(files.length / n);
  const shares = Array.from({ length: n }, (_, i) => files.slice(i * size, (i + 1) * size));
  const channels = shares.slice(1).map(() => new MessageChannel());
  const base = { dir, cache: o.cache, ...(o.cacheKey ? { cacheKey: o.cacheKey } : {}), index: o.index };
  const workers: Worker[] = [];
  return new Promise<LoadReply>((resolve, reject) => {
    let settled = false;
    // Settles only once every worker has ended: nothing of a load outlives its promise.
    const finish = (error?: Error, reply?: LoadReply) => {
      if (settled) return;
      settled = true;
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => {
        for (const c of channels) {
          c.port1.close();
          c.port2.close();
        }
        if (error) reject(error);
        else resolve(reply as LoadReply);
      });
    };
    const watch = (w: Worker, isLead: boolean) => {
      running++;
      workers.push(w);
      w.once('exit', (code) => {
        running--;
        // A helper ends once it has handed its share to the lead; the lead ends after its reply.
        if (code !== 0 || isLead)
          finish(
            new Error(`the corpus could not be loaded: a parsing worker stopped unexpectedly (exit code ${code})`),
          );
      });
      w.once('error', (e: Error) =>
        finish(
          new Error(
            `the corpus could not be loaded: a parsing worker failed (${(e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e.message.split('\n')[0]})`,
          ),
        ),
      );
      if (isLead) w.once('message', (reply: LoadReply) => finish(undefined, reply));
    };
    try {
      const lead: LoadJob = { ...base, files: shares[0] ?? [], peers: channels.map((c) => c.port2) };
      watch(startWorker(lead, lead.peers ?? [], o.resourceLimits), true);
      shares.slice(1).forEach((share, i) => {
        const port = channels[i]!.port1;
        watch(startWorker({ ...base, files: share, lead: port }, [port], o.resourceLimits), false);
      });
    } catch (e) {
      finish(new Error(`the corpus could not be loaded: a parsing worker could not start (${(e as Error).message})`));
    }
  });
}
