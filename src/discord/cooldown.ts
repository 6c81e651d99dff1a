/** Per-user cooldown: at most N requests in a sliding window of S seconds. Bounded memory. */
export class Cooldown {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 50_000,
  ) {}

  /** Record a request; returns 0 when allowed, else the milliseconds until the user may ask again. */
  take(userId: string): number {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(userId, recent);
      return this.windowMs - (t - (recent[0] as number));
    }
    recent.push(t);
    this.hits.delete(userId);
    this.hits.set(userId, recent);
    if (this.hits.size > this.maxUsers) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
    return 0;
  }
}

/**
 * Who was told about the cooldown lately, so a user flooding a channel gets one note per window rather
 * than one per message. Bounded: past `maxUsers` the oldest entries go.
 */
export class CooldownNotices {
  private readonly told = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 10_000,
  ) {}

  /** True (and remembered) when the user was not told within the last `waitMs`. */
  shouldTell(userId: string, waitMs: number): boolean {
    const t = this.now();
    if (t - (this.told.get(userId) ?? -Infinity) < waitMs) return false;
    this.told.delete(userId);
    this.told.set(userId, t);
    if (this.told.size > this.maxUsers) {
      const oldest = this.told.keys().next().value;
      if (oldest !== undefined) this.told.delete(oldest);
    }
    return true;
  }
}
