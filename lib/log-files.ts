// JSON-lines log files through pino, rolled each day and by size (rolling-file.ts), the oldest deleted. The
// terminal and the reference platform each open one; what a line may contain is their business: they
// pass the redaction every line goes through (domain/log-redaction.ts), applied in pino's formatter so
// no caller can bypass it.
import pino, { type Logger } from 'pino';
import { openRollingFile, type RollClock, type RollingFile } from './rolling-file.ts';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

export interface JsonLogOptions {
  /** The folder (made if missing); files are `<name>.<n>.log`. */
  readonly dir: string;
  readonly name: string;
  readonly level: LogLevelName;
  readonly maxSizeMb: number;
  /** Files kept besides the current one. */
  readonly keepFiles: number;
  /** Applied to every line's object and message before it is written. */
  readonly redact: (value: unknown) => unknown;
  /** Also write the JSON lines here (a platform run from the command line: stdout). */
  readonly alsoTo?: NodeJS.WritableStream;
  /** The machine's clock for the daily roll (tests move it); default the system's. */
  readonly clock?: RollClock;
}

export interface JsonLog {
  readonly logger: Logger;
  /** The rolling file: its 'rolled' event comes after each roll has removed the files beyond keepFiles. */
  readonly file: RollingFile;
  /** Writes out what is buffered (a test reads the files after this). */
  flush(): void;
  close(): Promise<void>;
}

export async function openJsonLog(options: JsonLogOptions): Promise<JsonLog> {
  const file = await openRollingFile({
    dir: options.dir,
    name: options.name,
    maxBytes: options.maxSizeMb * 1024 * 1024,
    keepFiles: options.keepFiles,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const stream = file.stream;
  const destination = options.alsoTo ? pino.multistream([{ stream, level: options.level }, { stream: options.alsoTo, level: options.level }]) : stream;
  const logger = pino(jsonLogSettings(options.level, options.redact, { name: options.name }), destination);
  // An old file that could not be removed is said in the log itself (the hall's IT staff read it).
  const unremoved = (problems: readonly string[]) => {
    for (const problem of problems) logger.warn({ problem }, 'an old log file could not be removed');
  };
  unremoved(file.removedAtOpen.problems);
  file.on('rolled', (rolled) => unremoved(rolled.problems));
  return {
    logger,
    file,
    flush: () => stream.flushSync(),
    close: () => file.close(),
  };
}

/** pino's settings for a redacted logger: also what fastify takes for its own request log. */
export function jsonLogSettings(level: LogLevelName, redact: (value: unknown) => unknown, base: Record<string, string>): pino.LoggerOptions {
  // pino runs formatters.log before the serializers: the keys that have one are left to it (a request
  // walked as a plain object would lose its method and URL), and each serializer redacts what it keeps.
  const serialized = new Set(['req', 'res', 'err']);
  const clean = (obj: Record<string, unknown>): Record<string, unknown> => {
    const rest: Record<string, unknown> = {};
    const raw: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) (serialized.has(k) ? raw : rest)[k] = v;
    return { ...(redact(rest) as Record<string, unknown>), ...raw };
  };
  return {
    level,
    base,
    // Levels by name: the hall's IT staff read these files with grep.
    formatters: { level: (label) => ({ level: label }), log: clean },
    serializers: {
      req: (req: { method?: string; url?: string }) => redact({ method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (e: unknown) => redact(e),
    },
    hooks: {
      // The message string is outside formatters.log: redacted here.
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? (redact(a) as string) : a)) as Parameters<typeof method>);
      },
    },
  };
}
