// Awaitables for tests over real transports (ptys, sockets): they wait for events, never for time.
import type { ByteTransport, TransportState } from '../../devices/transports/transport.ts';

/** Resolves when the transport is (or next becomes) `wanted`. */
export function reachState(transport: ByteTransport, wanted: TransportState): Promise<void> {
  return new Promise((resolve) => {
    if (transport.state === wanted) return resolve();
    const off = transport.onState((state) => {
      if (state === wanted) {
        off();
        resolve();
      }
    });
  });
}

/** Collects what the transport receives from now on; `take(n)` resolves with the first n bytes. */
export function collect(transport: ByteTransport): { take(n: number): Promise<Buffer>; readonly length: number; stop(): void } {
  const chunks: Buffer[] = [];
  let length = 0;
  let waiter: { n: number; resolve: (b: Buffer) => void } | undefined;
  const check = (): void => {
    if (waiter && length >= waiter.n) {
      const { resolve } = waiter;
      waiter = undefined;
      resolve(Buffer.concat(chunks));
    }
  };
  const stop = transport.onData((chunk) => {
    chunks.push(Buffer.from(chunk));
    length += chunk.length;
    check();
  });
  return {
    take(n) {
      return new Promise((resolve) => {
        waiter = { n, resolve };
        check();
      });
    },
    get length() {
      return length;
    },
    stop,
  };
}

/** Bytes that differ from position to position (so a lost or repeated chunk shows). */
export function pattern(size: number, seed = 0): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + (i >> 8) + seed) & 0xff);
}
