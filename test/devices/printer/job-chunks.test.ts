import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEscPos } from '../../../devices/printer/escpos.parser.ts';
import { chunkAtCommands } from '../../../devices/printer/job-chunks.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { encodeTicket } from '../../../devices/printer/ticket.ts';
import { fakeQrEncoder, sampleTicket } from './fixtures.ts';

function ticketBytes(): Uint8Array {
  const r = encodeTicket(sampleTicket, printerProfiles['generic-80'], { qrEncoder: fakeQrEncoder });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}

describe('chunkAtCommands', () => {
  it('splits only between commands, and loses nothing (300 runs)', () => {
    const bytes = ticketBytes();
    const whole = parseEscPos(bytes).filter((t) => t.kind !== 'text');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), (size) => {
        const chunks = chunkAtCommands(bytes, size);
        expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes));
        // Parsing chunk by chunk, no command is left unfinished at a chunk's end.
        expect(chunks.flatMap((c) => parseEscPos(c)).filter((t) => t.kind !== 'text')).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});
