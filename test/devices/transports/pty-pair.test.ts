import { existsSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPtyPair, type PtyPair } from '../../../devices/transports/pty-pair.ts';

describe('createPtyPair', () => {
  let pair: PtyPair | undefined;
  afterEach(async () => {
    await pair?.close();
    pair = undefined;
  });

  it('makes two links to ptys, removes them on unplug and brings them back on replug', async () => {
    pair = await createPtyPair();
    expect(readlinkSync(pair.hostPath)).toMatch(/^\/dev\/pts\/\d+$/);
    expect(readlinkSync(pair.devicePath)).toMatch(/^\/dev\/pts\/\d+$/);
    expect(readlinkSync(pair.hostPath)).not.toBe(readlinkSync(pair.devicePath));

    await pair.unplug();
    expect(pair.plugged).toBe(false);
    expect(existsSync(pair.hostPath)).toBe(false);
    expect(existsSync(pair.devicePath)).toBe(false);

    await pair.replug();
    expect(pair.plugged).toBe(true);
    expect(readlinkSync(pair.hostPath)).toMatch(/^\/dev\/pts\/\d+$/);
    await expect(pair.replug()).rejects.toThrow(/still plugged/);
  });

  it('removes its directory on close', async () => {
    const made = await createPtyPair();
    await made.close();
    expect(existsSync(dirname(made.hostPath))).toBe(false);
  });

  it('says how to install socat when it is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-socat-'));
    try {
      await expect(createPtyPair({ searchPath: empty })).rejects.toThrow('apt-get install socat');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
