// The core's event log: a bounded ring of recent entries for the developer page and the admin panel,
// mirrored to sinks (readable lines on stdout, JSON lines in rotated files through pino). Callers log
// masked values; every entry still goes through the one redaction (domain/log-redaction.ts) before it
// is kept or written, so an ID number, a mobile number or a name a caller forgot never leaves here.
import type { Logger as PinoLogger } from 'pino';
import type { Clock } from '../../../domain/clock.ts';
import { redact, redactText } from '../../../domain/log-redaction.ts';
import type { LogEntry, LogLevel } from '../../contract/index.ts';

export type LogSink = (entry: LogEntry) => void;

export class EventLog {
  readonly #clock: Clock;
  readonly #capacity: number;
  readonly #entries: LogEntry[] = [];
  readonly #listeners = new Set<(entry: LogEntry) => void>();
  #seq = 0;

  constructor(clock: Clock, options: { capacity?: number; sink?: LogSink } = {}) {
    this.#clock = clock;
    this.#capacity = options.capacity ?? 1000;
    if (options.sink) this.#listeners.add(options.sink);
  }

  write(level: LogLevel, source: string, message: string, data?: Record<string, unknown>): LogEntry {
    const entry: LogEntry = {
      seq: this.#seq++,
      at: new Date(this.#clock.now()).toISOString(),
      level,
      source,
      message: redactText(message),
      ...(data === undefined ? {} : { data: redact(data) as Record<string, unknown> }),
    };
    this.#entries.push(entry);
    if (this.#entries.length > this.#capacity) this.#entries.shift();
    for (const l of [...this.#listeners]) l(entry);
    return entry;
  }

  /** A logger bound to one source. */
  for(source: string): Logger {
    return {
      debug: (m, d) => void this.write('debug', source, m, d),
      info: (m, d) => void this.write('info', source, m, d),
      warn: (m, d) => void this.write('warn', source, m, d),
      error: (m, d) => void this.write('error', source, m, d),
    };
  }

  recent(limit: number): LogEntry[] {
    return this.#entries.slice(-limit);
  }

  onEntry(listener: (entry: LogEntry) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Writes entries as one readable line each, for a terminal or a journal. */
export function consoleSink(stream: { write(s: string): unknown }, minLevel: LogLevel = 'info'): LogSink {
  const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
  return (e) => {
    if (order[e.level] < order[minLevel]) return;
    const data = e.data ? ` ${JSON.stringify(e.data)}` : '';
    stream.write(`${e.at} ${e.level.padEnd(5)} ${e.source}: ${e.message}${data}\n`);
  };
}

/** Writes entries as JSON lines through a pino logger (its formatter redacts once more: the file is what leaves the kiosk). */
export function pinoSink(logger: PinoLogger): LogSink {
  return (e) => logger[e.level]({ seq: e.seq, at: e.at, source: e.source, ...(e.data === undefined ? {} : { data: e.data }) }, e.message);
}
