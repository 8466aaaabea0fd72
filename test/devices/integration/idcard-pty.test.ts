// The ID-card reader driver and its simulator over a real pty pair at 115200 (serialport on both
// ends): a card placed on the reader arrives decoded, its removal is told, and a read response the
// device sends in small pieces is put back together.
import { afterEach, describe, expect, it } from 'vitest';
import { READ_FINGERPRINT_RESPONSE_LENGTH, READ_RESPONSE_LENGTH } from '../../../devices/idcard/read-response.codec.ts';
import { chenJiahao, FAKE_FINGERPRINT, johnSmith, zhangWei, zhaxiCiren } from '../../../devices/idcard/test-identities.ts';
import type { Identity } from '../../../devices/idcard/types.ts';
import { readerEvent, readerRig, type ReaderRig } from './rig.ts';

let rig: ReaderRig | undefined;

afterEach(async () => {
  const r = rig;
  rig = undefined;
  await r?.close();
  expect(r?.bugs ?? []).toEqual([]);
});

/** Counts the data chunks the driver's end receives, the bytes in them and the largest one. */
function countChunks(r: ReaderRig): { readonly largest: number; readonly bytes: number; stop(): void } {
  const seen = { largest: 0, bytes: 0 };
  const stop = r.host.onData((chunk) => {
    seen.largest = Math.max(seen.largest, chunk.length);
    seen.bytes += chunk.length;
  });
  return {
    get largest() {
      return seen.largest;
    },
    get bytes() {
      return seen.bytes;
    },
    stop,
  };
}

async function placeAndRead(r: ReaderRig, identity: Identity): Promise<Identity> {
  const inserted = readerEvent(r.reader, 'cardInserted');
  const placed = r.sim.insertCard(identity);
  expect(placed.ok).toBe(true);
  return inserted;
}

async function lift(r: ReaderRig): Promise<void> {
  const removed = readerEvent(r.reader, 'cardRemoved');
  r.sim.removeCard();
  expect(await removed).toEqual({ cardType: expect.any(String) });
  expect(r.reader.hasCard).toBe(false);
}

describe('IdCardReader over a pty pair at 115200', () => {
  it('reads a resident card put together from 32-byte chunks, and tells its removal', async () => {
    rig = await readerRig({ sim: { chunkSize: 32, chunkDelayMs: 1 } });
    expect(rig.reader.status).toEqual({ state: 'ready' });
    const wire = countChunks(rig);

    const identity = await placeAndRead(rig, zhangWei);
    wire.stop();
    expect(identity.cardType).toBe('resident');
    if (identity.cardType !== 'resident') return;
    expect(identity.name).toBe('张伟');
    expect(identity.sex).toBe('1');
    expect(identity.nation).toBe('01');
    expect(identity.birthDate).toBe('1990-03-07');
    expect(identity.address).toBe('北京市朝阳区建国路88号院3号楼1单元502');
    expect(identity.idNumber).toBe(zhangWei.idNumber);
    expect(identity.idNumber).toMatch(/^110105199003071\d{2}[\dX]$/);
    expect(identity.issuingAuthority).toBe('北京市公安局朝阳分局');
    expect(identity.validFrom).toBe('2016-05-20');
    expect(identity.validTo).toBe('2036-05-20');
    expect(identity.photo.length).toBe(1024);
    expect(Buffer.compare(identity.photo, zhangWei.photo)).toBe(0);
    expect(identity.fingerprint).toBeUndefined(); // read with 30 01

    // The 1295-byte answer came in pieces (never all at once), and the decoder made one frame of them.
    expect(wire.bytes).toBeGreaterThanOrEqual(READ_RESPONSE_LENGTH);
    expect(wire.largest).toBeLessThan(READ_RESPONSE_LENGTH);
    expect(rig.reader.stats.decoder.checksumErrors).toBe(0);
    expect(rig.reader.stats.decoder.bytesSkipped).toBe(0);
    expect(rig.sim.received.filter((c) => c.name === 'readText')).toHaveLength(1);

    await lift(rig);
    expect(rig.reader.status).toEqual({ state: 'ready' });
  });

  it('reads one card after another: resident (长期), J permit, Y foreign card, byte by byte', async () => {
    rig = await readerRig({ sim: { chunkSize: 1 } });
    const elder = await placeAndRead(rig, zhaxiCiren);
    expect(elder.cardType === 'resident' && [elder.name, elder.nation, elder.validTo]).toEqual(['扎西次仁', '04', '长期']);
    await lift(rig);

    const permit = await placeAndRead(rig, chenJiahao);
    expect(permit.cardType === 'permit' && [permit.name, permit.passNumber, permit.issueCount, permit.idNumber]).toEqual([
      '陈家豪',
      'H60123456',
      1,
      chenJiahao.idNumber,
    ]);
    await lift(rig);

    const foreign = await placeAndRead(rig, johnSmith);
    expect(foreign.cardType === 'foreign' && [foreign.englishName, foreign.nationality, foreign.name]).toEqual([
      'SMITH, JOHN WILLIAM',
      'CAN',
      '史密斯',
    ]);
    expect(Buffer.compare(foreign.photo, johnSmith.photo)).toBe(0);
    await lift(rig);
    expect(rig.reader.stats.decoder.checksumErrors).toBe(0);
  });

  it('reads text, photo and fingerprint (30 10, a 2321-byte answer) in 64-byte chunks', async () => {
    rig = await readerRig({ sim: { chunkSize: 64, chunkDelayMs: 1 }, reader: { withFingerprint: true } });
    const wire = countChunks(rig);
    const identity = await placeAndRead(rig, zhangWei);
    wire.stop();
    expect(identity.idNumber).toBe(zhangWei.idNumber);
    expect(identity.photo.length).toBe(1024);
    expect(identity.fingerprint && Buffer.compare(identity.fingerprint, FAKE_FINGERPRINT)).toBe(0);
    expect(wire.bytes).toBeGreaterThanOrEqual(READ_FINGERPRINT_RESPONSE_LENGTH);
    expect(wire.largest).toBeLessThan(READ_FINGERPRINT_RESPONSE_LENGTH);
    expect(rig.sim.received.map((c) => c.name)).toContain('readWithFingerprint');
    await lift(rig);
  });

  it('recovers from a frame damaged on the wire: the next attempt reads the card', async () => {
    rig = await readerRig({ sim: { chunkSize: 128 } });
    // find and select pass, the read answer arrives with a bad checksum.
    rig.sim.corruptNextFrame('checksum', { skip: 2 });
    const identity = await placeAndRead(rig, zhangWei);
    expect(identity.name).toBe('张伟');
    expect(rig.reader.stats.decoder.checksumErrors).toBe(1);
    expect(rig.sim.received.filter((c) => c.name === 'readText')).toHaveLength(2);
    await lift(rig);
  });
});
