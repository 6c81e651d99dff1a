/**
 * A worker thread of a corpus load (started by parallel-load.ts). Each worker parses its share of the file
 * list, a contiguous run in folder order. A helper sends its results to the lead (the worker with the first
 * share) through a MessagePort; the lead merges every share in order with the same function as a load in
 * one thread (load.ts mergeFileResults), writes the parse cache, builds the search index and writes its
 * cache, and answers the main thread. What it sends is what the main thread cannot read back from the
 * caches: with both caches written, only that they were; otherwise the records, and the
 * index as FlexSearch's export packed in one transferable buffer (no copy on the way).
 *
 * The parser's garbage and the index build's stay in this thread's heap, freed when it ends (and, with a
 * cache folder, this thread runs in a child process, load-process.ts, whose memory all goes back on exit).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { SearchIndex } from '../search/search-index.js';
import { writeCache } from './cache.js';
import { writeIndexCache } from './index-cache.js';
import { mergeFileResults, parseFiles, type FileResult } from './load.js';
import type { LoadJob, LoadReply, PackedSnapshot } from './load-protocol.js';

function pack(index: SearchIndex): { snapshot: PackedSnapshot; transfer: ArrayBuffer[] } {
  const snap = index.snapshot();
  const parts = [...snap.parts].map(([k, d]) => [k, typeof d === 'string' ? Buffer.from(d, 'utf8') : d] as const);
  const bytes = new Uint8Array(parts.reduce((n, [, d]) => n + d.byteLength, 0));
  let at = 0;
  for (const [, d] of parts) {
    bytes.set(d, at);
    at += d.byteLength;
  }
  // Copies that own their buffers, so that they can be transferred.
  const entryArticle = snap.entryArticle.slice();
  const entryParagraph = snap.entryParagraph.slice();
  return {
    snapshot: {
      entryArticle,
      entryParagraph,
      flex: snap.flex,
      keys: parts.map(([k]) => k),
      lengths: parts.map(([, d]) => d.byteLength),
      bytes,
    },
    transfer: [bytes.buffer, entryArticle.buffer, entryParagraph.buffer],
  };
}

function nextMessage<T>(port: MessagePort): Promise<T> {
  return new Promise((resolve) => port.once('message', (m: T) => resolve(m)));
}

async function lead(job: LoadJob, mine: FileResult[]): Promise<void> {
  const shares: FileResult[][] = [mine];
  // In share order: the merge must see the files in folder order.
  for (const port of job.peers ?? []) {
    shares.push(await nextMessage<FileResult[]>(port));
    port.close();
  }
  const { articles, warnings } = mergeFileResults(shares.flat());
  const parseCached =
    job.cache !== false && job.cacheKey !== undefined && writeCache(job.cache, job.cacheKey, { articles, warnings });
  let index: SearchIndex | undefined;
  let indexCached = false;
  if (job.index) {
    index = new SearchIndex(articles);
    if (job.cache !== false && job.cacheKey !== undefined && parseCached)
      indexCached = writeIndexCache(job.cache, job.cacheKey, index.snapshot());
  }
  const reply: LoadReply = { parseCached, indexCached };
  const transfer: ArrayBuffer[] = [];
  if (!parseCached) {
    reply.articles = articles;
    reply.warnings = warnings;
  }
  if (index && !indexCached) {
    const packed = pack(index);
    reply.snapshot = packed.snapshot;
    transfer.push(...packed.transfer);
  }
  parentPort?.postMessage(reply, transfer);
}

const job = workerData as LoadJob;
const mine = parseFiles(job.dir, job.files);
if (job.lead) {
  job.lead.postMessage(mine);
  job.lead.close();
} else {
  await lead(job, mine);
}
