// Lets the browser host serve the page and open Chromium before the core has booted: a screen that
// connects early is held here, with the frames it sends kept in order, and handed to the core's RPC
// server once the core is up. A screen that goes away while held is simply dropped.
import type { FrameTransport } from '../../contract/index.ts';
import type { Logger } from '../../core/system/event-log.ts';

type Connect = (transport: FrameTransport) => () => void;

export interface CoreGate {
  /** For startBrowserHost's `connect`: serves at once when the core is up, else holds the screen. */
  connect: Connect;
  /** The core is up: every held screen is connected (its early frames delivered first), later ones at once. */
  open(connect: Connect): void;
  /** How many screens wait for the core. */
  readonly waiting: number;
}

interface Held {
  readonly transport: FrameTransport;
  readonly frames: string[];
  readonly stopHolding: () => void;
  close: (() => void) | null;
}

export function coreGate(): CoreGate {
  let serve: Connect | null = null;
  const held = new Set<Held>();

  const connectHeld = (h: Held, connect: Connect) => {
    h.stopHolding();
    const early = h.frames.splice(0);
    let replayed = false;
    // The same transport, but the first listener (the RPC server's) first gets what came early.
    const t = h.transport;
    const transport: FrameTransport = {
      send: (frame) => t.send(frame),
      onClose: (listener) => t.onClose(listener),
      close: () => t.close(),
      onFrame(listener) {
        if (!replayed) {
          replayed = true;
          for (const f of early) listener(f);
        }
        return t.onFrame(listener);
      },
    };
    h.close = connect(transport);
  };

  return {
    connect(transport) {
      if (serve) return serve(transport);
      const frames: string[] = [];
      const offFrame = transport.onFrame((f) => frames.push(f));
      const offClose = transport.onClose(() => held.delete(h));
      const h: Held = {
        transport,
        frames,
        stopHolding: () => {
          offFrame();
          offClose();
        },
        close: null,
      };
      held.add(h);
      return () => {
        if (h.close) return h.close();
        held.delete(h);
        h.stopHolding();
        transport.close();
      };
    },
    open(connect) {
      if (serve) throw new Error('the core gate is already open');
      serve = connect;
      for (const h of [...held]) {
        held.delete(h);
        connectHeld(h, connect);
      }
    },
    get waiting() {
      return held.size;
    },
  };
}

/** A logger for the host before the core's log exists: entries are kept (the first 200) and written to
 *  the real log once `attach` gives it, in order; after that it writes straight through. */
export function heldLogger(): Logger & { attach(log: Logger): void } {
  const kept: [keyof Logger, string, Record<string, unknown> | undefined][] = [];
  let target: Logger | null = null;
  const write = (level: keyof Logger) => (message: string, data?: Record<string, unknown>) => {
    if (target) target[level](message, data);
    else if (kept.length < 200) kept.push([level, message, data]);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    attach(log) {
      target = log;
      for (const [level, message, data] of kept.splice(0)) log[level](message, data);
    },
  };
}
