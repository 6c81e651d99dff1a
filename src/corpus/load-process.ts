/**
 * A child process that parses a corpus folder in worker threads (parallel-load.ts) and writes both caches,
 * then exits: started by `Corpus.load` on a cache miss when a cache folder is set (parallel-load.ts
 * loadInChildProcess). The parent then reads the caches back, as a restart does. Why a process around
 * the threads: the memory the parse and the index build touched is all returned when it exits; after
 * worker threads inside the bot's own process ~80 MB stayed resident at 10,000 articles (bench/RESULTS.md).
 *
 * The job arrives as one line of JSON on stdin, which the parent keeps open (this process stops when it
 * closes); the answer is the exit code (0: both caches written, 3: not written) and, on failure, one
 * sentence on stderr.
 */
import { listArticleFiles } from './files.js';
import { loadInWorkers, type WorkerLoadOptions } from './parallel-load.js';

interface ProcessJob {
  dir: string;
  cache: string;
  cacheKey: string;
  workers?: number;
  minFilesPerWorker?: number;
  resourceLimits?: WorkerLoadOptions['resourceLimits'];
}

/** The job: one line of JSON. The parent keeps the pipe open; when it closes, the parent is gone: stop. */
function readJob(): Promise<ProcessJob> {
  return new Promise((resolve, reject) => {
    let input = '';
    process.stdin.setEncoding('utf8');
    const onData = (d: string) => {
      input += d;
      const nl = input.indexOf('\n');
      if (nl < 0) return;
      process.stdin.off('data', onData);
      try {
        resolve(JSON.parse(input.slice(0, nl)) as ProcessJob);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    process.stdin.on('data', onData);
    // Nobody is left to read the caches (the bot stopped or died): no reason to go on parsing.
    process.stdin.once('end', () => process.exit(2));
  });
}

async function main(): Promise<number> {
  const job = await readJob();
  const reply = await loadInWorkers(job.dir, listArticleFiles(job.dir), {
    cache: job.cache,
    cacheKey: job.cacheKey,
    index: true,
    workers: job.workers,
    minFilesPerWorker: job.minFilesPerWorker,
    resourceLimits: job.resourceLimits,
  });
  if (reply.parseCached && reply.indexCached) return 0;
  process.stderr.write('the corpus could not be loaded: its caches could not be written\n');
  return 3;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
