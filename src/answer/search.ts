/**
 * Old name of ./full-text.ts, kept only because tests/core/search.test.ts (a search test of the flexsearch
 * branch) still imports it; delete once that import is renamed after the merge.
 */
export * from './full-text.js';
