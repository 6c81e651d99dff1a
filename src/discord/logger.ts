/**
 * A small levelled logger writing one line per event to stderr. Every line passes through a scrubber
 * that removes the bot token and anything shaped like a Discord token, so no log line can leak it.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const TOKEN_SHAPE = /[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g;

export interface Logger {
  debug(msg: string, ctx?: Record<string, unknown>): void;
  info(msg: string, ctx?: Record<string, unknown>): void;
  warn(msg: string, ctx?: Record<string, unknown>): void;
  error(msg: string, ctx?: Record<string, unknown>): void;
}

export function makeScrubber(secrets: readonly string[]): (s: string) => string {
  const list = secrets.filter((s) => s && s.length >= 8);
  return (s: string) => {
    let out = s;
    for (const secret of list) out = out.split(secret).join('[redacted]');
    return out.replace(TOKEN_SHAPE, '[redacted]');
  };
}

function describe(v: unknown): unknown {
  if (v instanceof Error) return { name: v.name, message: v.message, code: (v as { code?: unknown }).code, stack: v.stack?.split('\n').slice(0, 6).join(' | ') };
  return v;
}

export function createLogger(level: Level, secrets: readonly string[], write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const scrub = makeScrubber(secrets);
  const emit = (lvl: Level, msg: string, ctx?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    let extra = '';
    if (ctx) {
      try {
        extra = ` ${JSON.stringify(Object.fromEntries(Object.entries(ctx).map(([k, v]) => [k, describe(v)])))}`;
      } catch {
        extra = ' {"context":"unserialisable"}';
      }
    }
    write(`${scrub(`${new Date().toISOString()} ${lvl.toUpperCase()} ${msg}${extra}`)}\n`);
  };
  return {
    debug: (m, c) => emit('debug', m, c),
    info: (m, c) => emit('info', m, c),
    warn: (m, c) => emit('warn', m, c),
    error: (m, c) => emit('error', m, c),
  };
}
