/**
 * What a paging button stands for. A button's custom_id is "pg:<key>:<page>"; the key maps back to the
 * question, locale and addressee here. Bounded (LRU) and expiring, so memory stays flat.
 */
import { randomBytes } from 'node:crypto';
import type { Intent } from '../answer/intent.js';
import type { Locale } from '../answer/types.js';

export interface PagedQuery {
  /** What was asked, as parsed once: a page turn answers the same intent again, it never re-reads text. */
  intent: Intent;
  locale: Locale;
  mentionUserId?: string;
}

export class PageStore {
  private readonly map = new Map<string, { q: PagedQuery; at: number }>();

  constructor(
    private readonly max = 5000,
    private readonly ttlMs = 24 * 3600_000,
    private readonly now: () => number = Date.now,
  ) {}

  put(q: PagedQuery): string {
    const key = randomBytes(6).toString('base64url');
    this.map.set(key, { q, at: this.now() });
    while (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
    return `pg:${key}`;
  }

  get(customId: string): { query: PagedQuery; page: number; key: string } | undefined {
    const m = /^pg:([A-Za-z0-9_-]{1,16}):(-?\d{1,4})$/.exec(customId);
    if (!m) return undefined;
    const entry = this.map.get(m[1] as string);
    if (!entry || this.now() - entry.at > this.ttlMs) return undefined;
    return { query: entry.q, page: Number(m[2]), key: `pg:${m[1]}` };
  }
}
