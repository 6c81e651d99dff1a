/**
 * Old name of ./discord-payload.ts, kept only because bench/harness.ts (the flexsearch branch's folder)
 * still imports it; delete once that import is renamed after the merge.
 */
export * from './discord-payload.js';
