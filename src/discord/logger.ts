/**
 * Logs are pino's: one JSON object per line on stderr ({"level":"error","time":…,"command":…,"msg":…}),
 * the format log collectors read. Every line passes, as pino's destination hook, through a scrubber that
 * removes the bot token and anything shaped like a Discord token, so no log line can leak it. The rest
 * of the bot sees the small interface below (message, then context), not pino itself.
 */
import { pino } from 'pino';

export type Level = 'debug' | 'info' | 'warn' | 'error';
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

export function createLogger(
  level: Level,
  secrets: readonly string[],
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const scrub = makeScrubber(secrets);
  const log = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `error` is where this bot puts errors: name, message, code and stack, not `{}`.
      serializers: { error: pino.stdSerializers.err },
    },
    // A plain object with write() is written to synchronously: the line is scrubbed before it leaves.
    { write: (line: string) => write(scrub(line)) },
  );
  const at = (lvl: Level) => (msg: string, ctx?: Record<string, unknown>) => (ctx ? log[lvl](ctx, msg) : log[lvl](msg));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
