// JSON-lines log files through pino, rolled each day and by size by pino-roll, the oldest deleted. The
// terminal and the reference platform each open one; what a line may contain is their business: they
// pass the redaction every line goes through (domain/log-redaction.ts), applied in pino's formatter so
// no caller can bypass it.
import { once } from 'node:events';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import pinoRoll from 'pino-roll';
import type { SonicBoom } from 'sonic-boom';

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
}

export interface JsonLog {
  readonly logger: Logger;
  /** pino-roll's stream: emits 'cleanup-complete' after each roll has removed the files beyond keepFiles. */
  readonly file: SonicBoom;
  /** Writes out what is buffered (a test reads the files after this). */
  flush(): void;
  close(): Promise<void>;
}

export async function openJsonLog(options: JsonLogOptions): Promise<JsonLog> {
  const file = await pinoRoll({
    file: join(options.dir, options.name),
    extension: '.log',
    frequency: 'daily',
    size: `${options.maxSizeMb}m`,
    mkdir: true,
    limit: { count: options.keepFiles },
  });
  // The file opens asynchronously: until then SonicBoom cannot flush (a boot's first lines, a test reading the file).
  if ((file as unknown as { fd: number }).fd === -1) await once(file, 'ready');
  const destination = options.alsoTo ? pino.multistream([{ stream: file, level: options.level }, { stream: options.alsoTo, level: options.level }]) : file;
  const logger = pino(jsonLogSettings(options.level, options.redact, { name: options.name }), destination);
  return {
    logger,
    file,
    flush: () => file.flushSync(),
    close: () =>
      new Promise<void>((resolve) => {
        file.once('close', () => resolve());
        file.end();
      }),
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
