/**
 * What a paging button stands for. A button's custom_id is "pg:<key>:<page>"; the key maps back to the
 * question, locale and addressee here. Bounded (LRU) and expiring, so memory stays flat.
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Intent } from '../answer/intent.js';
import type { Locale } from '../answer/types.js';

export interface PagedQuery {
  /** What was asked, as parsed once: a page turn answers the same intent again, it never re-reads text. */
  intent: Intent;
  locale: Locale;
  mentionUserId?: string;
}

export class PageStore {
  private readonly map: LRUCache<string, PagedQuery>;

  constructor(max = 5000, ttlMs = 24 * 3600_000, now: () => number = Date.now) {
    // Expired entries are dropped when read (no timer); past `max` the least recently used go first.
    this.map = new LRUCache<string, PagedQuery>({ max, ttl: ttlMs, ttlResolution: 0, perf: { now } });
  }

  put(q: PagedQuery): string {
    const key = randomBytes(6).toString('base64url');
    this.map.set(key, q);
    return `pg:${key}`;
  }

  get(customId: string): { query: PagedQuery; page: number; key: string } | undefined {
    const m = /^pg:([A-Za-z0-9_-]{1,16}):(-?\d{1,4})$/.exec(customId);
    if (!m) return undefined;
    const query = this.map.get(m[1] as string);
    if (!query) return undefined;
    return { query, page: Number(m[2]), key: `pg:${m[1]}` };
  }
}
