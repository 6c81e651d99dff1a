/** The fetch limits from the settings (FETCH_* in .env), as fetch.ts takes them. */
import type { FetchSettings } from '../config/settings.js';
import type { FetchOptions } from './fetch.js';

export function fetchOptions(s: FetchSettings): FetchOptions {
  return {
    allowHosts: s.FETCH_ALLOW_HOSTS ?? [],
    timeoutMs: s.FETCH_TIMEOUT_MS,
    maxBytes: s.FETCH_MAX_BYTES,
    maxRedirects: s.FETCH_MAX_REDIRECTS,
  };
}
