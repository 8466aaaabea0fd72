// How a job goes down the wire: in pieces, with a status check between them (driver.ts).
import { EscPosParser } from './escpos.parser.ts';

/**
 * Splits a job into pieces of about `size` bytes, only between commands: a status request must not
 * land inside a command's parameters (a QR payload, an image), where it would be taken as data.
 */
export function chunkAtCommands(bytes: Uint8Array, size: number): Uint8Array[] {
  const parser = new EscPosParser();
  const pieces = [...parser.pushWithBytes(bytes).map((t) => t.bytes.length), ...parser.end().map((t) => (t.kind === 'other' ? t.bytes.length : 0))];
  const chunks: Uint8Array[] = [];
  let start = 0;
  let end = 0;
  for (const length of pieces) {
    if (end > start && end - start + length > size) {
      chunks.push(bytes.subarray(start, end));
      start = end;
    }
    end += length;
  }
  if (end > start) chunks.push(bytes.subarray(start, end));
  return chunks;
}
