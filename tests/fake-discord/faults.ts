/**
 * REST fault injection: make the next N matching requests fail with a status
 * (429 with Retry-After, 5xx, any 4xx), respond late, or never respond.
 */

export interface FaultSpec {
  /** HTTP method to match (any when omitted). Case-insensitive. */
  method?: string;
  /**
   * Path to match, without `/api/v10` and without the query, decoded
   * (e.g. `/interactions/123/tok/callback`). A string is a glob anchored at
   * both ends: `*` and `:name` match one segment, `**` any number of
   * characters. A RegExp is tested against the path. Any path when omitted.
   */
  pathPattern?: string | RegExp;
  /** Status to answer with. Omit (with `delayMs`) to just slow a request down. */
  status?: number;
  /** For 429: seconds in the Retry-After header and `retry_after` (default 0.1). */
  retryAfterSec?: number;
  /** For 429: leave out the Retry-After header (discord.js then retries at once). */
  omitRetryAfterHeader?: boolean;
  /** For 429: mark as a global rate limit (`X-RateLimit-Global`, `global: true`). */
  global?: boolean;
  /** Override the JSON body. */
  body?: unknown;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** How many matching requests to affect (default 1; `Infinity` = until cleared). */
  times?: number;
  /** Never answer (the socket is destroyed when the fake closes). */
  hang?: boolean;
  /** Wait this long before answering (with the fault, or normally when no status). */
  delayMs?: number;
}

export interface FaultHandle {
  readonly spec: Readonly<FaultSpec>;
  /** Requests this fault has affected so far. */
  readonly hits: number;
  /** Requests it will still affect. */
  readonly remaining: number;
  cancel(): void;
}

export function compilePathPattern(pattern: string | RegExp | undefined): (path: string) => boolean {
  if (pattern === undefined) return () => true;
  if (pattern instanceof RegExp) return (p) => pattern.test(p);
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      src += '.*';
      i++;
    } else if (ch === '*') {
      src += '[^/]*';
    } else if (ch === ':' && /[A-Za-z_]/.test(pattern[i + 1] ?? '') && (i === 0 || pattern[i - 1] === '/')) {
      while (/[A-Za-z0-9_]/.test(pattern[i + 1] ?? '')) i++;
      src += '[^/]+';
    } else {
      src += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  const re = new RegExp(`^${src}$`);
  return (p) => re.test(p);
}

interface ActiveFault extends FaultHandle {
  matches(method: string, path: string): boolean;
  take(): void;
}

export class FaultInjector {
  private readonly faults: ActiveFault[] = [];

  add(spec: FaultSpec): FaultHandle {
    const matchPath = compilePathPattern(spec.pathPattern);
    const method = spec.method?.toUpperCase();
    let hits = 0;
    let remaining = spec.times ?? 1;
    const list = this.faults;
    const fault: ActiveFault = {
      spec: { ...spec },
      get hits() {
        return hits;
      },
      get remaining() {
        return remaining;
      },
      cancel() {
        remaining = 0;
        const i = list.indexOf(fault);
        if (i >= 0) list.splice(i, 1);
      },
      matches: (m, p) => remaining > 0 && (method === undefined || method === m) && matchPath(p),
      take() {
        hits++;
        remaining--;
        if (remaining <= 0) fault.cancel();
      },
    };
    this.faults.push(fault);
    return fault;
  }

  /** First matching fault, consumed by one use; undefined when none. */
  take(method: string, path: string): Readonly<FaultSpec> | undefined {
    const f = this.faults.find((x) => x.matches(method, path));
    if (!f) return undefined;
    f.take();
    return f.spec;
  }

  clear(): void {
    for (const f of [...this.faults]) f.cancel();
  }

  get active(): readonly FaultHandle[] {
    return this.faults;
  }
}
