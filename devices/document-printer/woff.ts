// WOFF 1.0 -> plain sfnt (TrueType/OpenType) bytes, once, with node:zlib. fontkit reads WOFF itself
// but inflates a table again on every access: laying out a page in the bundled UnifontEX (a 12 MB
// glyf table) took minutes that way, against well under a second from the sfnt.
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646;

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 44 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE;
}

interface Table {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

/** The sfnt inside a WOFF 1.0 file. Throws RangeError on a truncated or inconsistent file. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (!isWoff(woff)) throw new RangeError('not a WOFF 1.0 file');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    if (at + 20 > woff.length) throw new RangeError('WOFF table directory past the end of the file');
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    if (raw.length !== compLength) throw new RangeError('WOFF table past the end of the file');
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.length !== origLength) throw new RangeError('WOFF table does not inflate to its length');
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  tables.sort((a, b) => a.tag - b.tag);
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + 16 * count;
  const total = tables.reduce((sum, t) => sum + pad4(t.data.length), headerLength);
  const out = new Uint8Array(total);
  const o = new DataView(out.buffer);
  let power = 1;
  let log = 0;
  while (power * 2 <= count) {
    power *= 2;
    log++;
  }
  o.setUint32(0, flavor);
  o.setUint16(4, count);
  o.setUint16(6, power * 16);
  o.setUint16(8, log);
  o.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
