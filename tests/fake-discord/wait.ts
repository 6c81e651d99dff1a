/**
 * Bounded waiting primitives shared by the fake's REST log and gateway log,
 * plus a helper to wait for an EventEmitter event (e.g. a discord.js Client
 * event) with a timeout.
 */
import type { EventEmitter } from 'node:events';

export const DEFAULT_WAIT_MS = 5_000;

export interface WaitOptions {
  /** Give up after this many ms (default 5000). */
  timeoutMs?: number;
  /** Only consider entries at or after this index in the log (see `mark()`). */
  since?: number;
  /** Text used in the timeout error message. */
  description?: string;
}

export function normalizeWaitOptions(arg: number | WaitOptions | undefined): Required<
  Omit<WaitOptions, 'description'>
> & {
  description: string | undefined;
} {
  const o: WaitOptions = typeof arg === 'number' ? { timeoutMs: arg } : (arg ?? {});
  return { timeoutMs: o.timeoutMs ?? DEFAULT_WAIT_MS, since: o.since ?? 0, description: o.description };
}

interface Waiter<T> {
  predicate: (entry: T) => boolean;
  resolve: (entry: T) => void;
}

/**
 * Append-only log whose entries can be awaited. Entries already in the log
 * (from `since` on) are matched first, so there is no race between an action
 * and the wait that follows it.
 */
export class WaitableLog<T> {
  readonly entries: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(
    private readonly label: string,
    private readonly describe: (entry: T) => string,
  ) {}

  push(entry: T): void {
    this.entries.push(entry);
    for (const w of [...this.waiters]) {
      let ok: boolean;
      try {
        ok = w.predicate(entry);
      } catch {
        ok = false;
      }
      if (ok) {
        this.waiters.delete(w);
        w.resolve(entry);
      }
    }
  }

  /** Current length, to pass as `since` for "only new entries" waits. */
  mark(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries.length = 0;
  }

  find(predicate: (entry: T) => boolean, since = 0): T | undefined {
    return this.entries.slice(since).find(predicate);
  }

  filter(predicate: (entry: T) => boolean, since = 0): T[] {
    return this.entries.slice(since).filter(predicate);
  }

  waitFor(predicate: (entry: T) => boolean, opts?: number | WaitOptions): Promise<T> {
    const { timeoutMs, since, description } = normalizeWaitOptions(opts);
    const existing = this.find(predicate, since);
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve: (entry) => {
          clearTimeout(timer);
          resolve(entry);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const recent = this.entries.slice(-8).map(this.describe);
        reject(
          new Error(
            `fake-discord: timed out after ${timeoutMs} ms waiting for ${this.label}` +
              `${description ? ` (${description})` : ''}; ${this.entries.length} recorded, last ones:\n  ` +
              (recent.length ? recent.join('\n  ') : '(none)'),
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

/**
 * Resolve with the listener arguments of the next `event` on `emitter` that
 * passes `filter`, or reject after `timeoutMs`.
 */
export function onceEvent<A extends unknown[] = unknown[]>(
  emitter: EventEmitter,
  event: string,
  timeoutMs: number = DEFAULT_WAIT_MS,
  filter?: (...args: A) => boolean,
): Promise<A> {
  const em = emitter;
  return new Promise<A>((resolve, reject) => {
    const listener = (...args: unknown[]): void => {
      if (filter && !filter(...(args as A))) return;
      clearTimeout(timer);
      em.off(event, listener);
      resolve(args as A);
    };
    const timer = setTimeout(() => {
      em.off(event, listener);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for event '${event}'`));
    }, timeoutMs);
    em.on(event, listener);
  });
}

/** Poll `check` until it returns a value other than undefined/false, bounded. */
export async function waitUntil<T>(
  check: () => T | undefined | false,
  timeoutMs: number = DEFAULT_WAIT_MS,
  description = 'condition',
  intervalMs = 10,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
