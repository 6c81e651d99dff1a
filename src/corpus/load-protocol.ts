/** What the main thread and the corpus-load workers (load-worker.ts, parallel-load.ts) send each other. */
import type { MessagePort } from 'node:worker_threads';
import type { Article } from '../parse/schema.js';
import type { FlexOptions } from '../search/flexsearch-index.js';

/** A worker's `workerData`. */
export interface LoadJob {
  /** The corpus folder (article labels and ids are relative to it). */
  dir: string;
  /** This worker's share of the file list: a contiguous run, in folder order. */
  files: string[];
  /** A helper: where to send its results (the lead's end of a MessageChannel). */
  lead?: MessagePort;
  /** The lead: the helpers' ports, in share order. */
  peers?: MessagePort[];
  /** The cache folder, or false; with `cacheKey`, the lead writes the caches under it. */
  cache: string | false;
  cacheKey?: string;
  /** Build the search index in the lead. */
  index: boolean;
}

/** FlexSearch's export in one buffer: piece i is `keys[i]`, `lengths[i]` bytes, in order. */
export interface PackedSnapshot {
  entryArticle: Int32Array;
  entryParagraph: Int32Array;
  flex: FlexOptions;
  keys: string[];
  lengths: number[];
  bytes: Uint8Array;
}

/** The lead's answer. What was cached is read back from the cache folder, not sent. */
export interface LoadReply {
  parseCached: boolean;
  indexCached: boolean;
  /** The records and warnings, when the parse cache was not written. */
  articles?: Article[];
  warnings?: string[];
  /** The index, when it was built here and not written to the cache. */
  snapshot?: PackedSnapshot;
}
