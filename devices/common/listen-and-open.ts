// How a line-oriented driver (rating pad, scanner) starts: subscribe to its transport once, then open
// it if closed. A failed open leaves the driver subscribed, so a reconnecting transport that opens
// later still reaches it; starting again retries the open.
import { ok, type Result } from '../../domain/result.ts';
import type { ByteTransport, TransportState } from '../transports/transport.ts';

export async function listenAndOpen(
  transport: ByteTransport,
  subscriptions: (() => void)[],
  onData: (chunk: Uint8Array) => void,
  onState: (state: TransportState) => void,
): Promise<Result<void>> {
  if (subscriptions.length === 0) subscriptions.push(transport.onData(onData), transport.onState(onState));
  return transport.state === 'open' ? ok() : transport.open();
}
