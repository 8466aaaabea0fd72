// Brings a terminal up from a config: opens the store, starts the embedded reference platform when
// no platform URL is configured, and starts the core. Both hosts boot through here.
import { systemClock, type Clock } from '../contract/index.ts';
import type { Config } from '../../config/schema.ts';
import pkg from '../../package.json' with { type: 'json' };
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { openDatabase } from '../store/index.ts';
import { consoleSink, EventLog } from './event-log.ts';
import { createCore, type TerminalCore } from './terminal-core.ts';
import type { FetchLike } from './platform-link.ts';

export interface BootOptions {
  readonly clock?: Clock;
  /** Where log lines go besides the in-memory ring; default stdout. */
  readonly logStream?: { write(s: string): unknown } | null;
  readonly fetch?: FetchLike;
}

export interface BootedTerminal {
  readonly core: TerminalCore;
  readonly log: EventLog;
  readonly config: Config;
  /** The platform the core talks to, and whether it runs in this process. */
  readonly platformUrl: string;
  readonly embeddedPlatform: RunningPlatform | null;
  shutdown(): Promise<void>;
}

export const version: string = pkg.version;

export async function bootTerminal(config: Config, options: BootOptions = {}): Promise<BootedTerminal> {
  const clock = options.clock ?? systemClock;
  const stream = options.logStream === undefined ? process.stdout : options.logStream;
  const log = new EventLog(clock, stream ? { sink: consoleSink(stream) } : {});
  const db = openDatabase(config.store.path);
  let embedded: RunningPlatform | null = null;
  try {
    if (!config.platform.url) {
      embedded = await startPlatform({ clock, version });
      log.write('info', 'platform', 'no platform URL configured: the reference platform runs inside this terminal', {
        url: embedded.url,
      });
    }
    const platformUrl = config.platform.url ?? embedded!.url;
    const core = createCore({
      config,
      clock,
      db,
      log,
      fetch: options.fetch ?? ((url, init) => fetch(url, init)),
      platformUrl,
      embeddedPlatform: embedded !== null,
      version,
    });
    core.start();
    return {
      core,
      log,
      config,
      platformUrl,
      embeddedPlatform: embedded,
      async shutdown() {
        core.stop();
        await embedded?.close();
        db.close();
      },
    };
  } catch (e) {
    await embedded?.close();
    db.close();
    throw e;
  }
}
