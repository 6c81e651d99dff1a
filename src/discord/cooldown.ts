/**
 * Per-user cooldown: at most N requests in a sliding window of S seconds. Bounded memory (an LRU of users).
 * Hand-written rather than @sapphire/ratelimits: that one counts a fixed window from the first request,
 * reads Date.now (no clock to inject in tests), keeps an un-unref'd sweep timer alive and has no bound on users.
 */
import { LRUCache } from 'lru-cache';

export class Cooldown {
  private readonly hits: LRUCache<string, number[]>;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    maxUsers = 50_000,
  ) {
    this.hits = new LRUCache({ max: maxUsers });
  }

  /** Record a request; returns 0 when allowed, else the milliseconds until the user may ask again. */
  take(userId: string): number {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(userId, recent);
      return this.windowMs - (t - (recent[0] as number));
    }
    recent.push(t);
    this.hits.set(userId, recent);
    return 0;
  }
}

/**
 * Who was told about the cooldown lately, so a user flooding a channel gets one note per window rather
 * than one per message. Bounded: past `maxUsers` the oldest entries go.
 */
export class CooldownNotices {
  private readonly told: LRUCache<string, number>;

  constructor(
    private readonly now: () => number = Date.now,
    maxUsers = 10_000,
  ) {
    this.told = new LRUCache({ max: maxUsers });
  }

  /** True (and remembered) when the user was not told within the last `waitMs`. */
  shouldTell(userId: string, waitMs: number): boolean {
    const t = this.now();
    if (t - (this.told.get(userId, { updateAgeOnGet: false }) ?? -Infinity) < waitMs) return false;
    this.told.set(userId, t);
    return true;
  }
}
