// Per command: its frame, its timeout and which responses can be its answer. The SAM protocol has no
// command ids; any error status answers whatever was sent, but a success must have the shape of this
// command's answer, so that a late answer to an earlier command is not taken for this one's.
import type { Exchange } from './command-channel.ts';
import { commandFrame, SAM_ID_LENGTH, type CommandName } from './commands.ts';
import type { ResponseFrame } from './frame.codec.ts';
import { SW3_FIND_OK, SW3_OK } from './status-codes.ts';

export interface IdCardReaderTimeouts {
  readonly samStatus: number;
  readonly samId: number;
  readonly find: number;
  readonly select: number;
  /** A 1295-byte answer needs ~112 ms on the wire at 115200 baud, plus the card's own time. */
  readonly read: number;
}

export const defaultTimeouts: IdCardReaderTimeouts = { samStatus: 500, samId: 500, find: 300, select: 300, read: 2000 };

function fitting(fits: (f: ResponseFrame) => boolean): (f: ResponseFrame) => boolean {
  return (f) => (f.sw3 !== SW3_OK && f.sw3 !== SW3_FIND_OK) || (f.sw3 === SW3_OK && fits(f));
}

const answers: Record<CommandName, { timeout: keyof IdCardReaderTimeouts; accepts: (f: ResponseFrame) => boolean }> = {
  findCard: { timeout: 'find', accepts: (f) => f.sw3 !== SW3_OK },
  selectCard: { timeout: 'select', accepts: fitting((f) => f.data.length <= 64 && f.data.length !== SAM_ID_LENGTH) },
  samStatus: { timeout: 'samStatus', accepts: fitting((f) => f.data.length === 0) },
  samReset: { timeout: 'samStatus', accepts: fitting((f) => f.data.length === 0) },
  samId: { timeout: 'samId', accepts: fitting((f) => f.data.length === SAM_ID_LENGTH) },
  readText: { timeout: 'read', accepts: fitting((f) => f.data.length >= 4 + 256) },
  readWithFingerprint: { timeout: 'read', accepts: fitting((f) => f.data.length >= 6 + 256) },
  readNewestAddress: { timeout: 'read', accepts: fitting((f) => f.data.length > 0) },
};

export function exchangeFor(name: CommandName, timeouts: IdCardReaderTimeouts): Exchange {
  const a = answers[name];
  return { label: name, frame: commandFrame(name), timeoutMs: timeouts[a.timeout], accepts: a.accepts };
}
