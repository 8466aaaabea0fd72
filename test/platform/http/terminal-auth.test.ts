// Terminal enrolment and authentication (platform/http/terminal-auth.ts) over the storage, on SQLite
// and PostgreSQL: a code enrols its terminal once, before it expires, for its own id and role; the
// credential verifies (and marks the terminal seen) and a wrong one does not; re-enrolling replaces the
// credential, so the old one stops working at once; inside a caller's transaction that rolls back,
// an enrolment leaves nothing behind. Heartbeats and the health list (a hall's terminals only). Halls
// (issue 17): a code enrols into its hall, verify answers it, a code for an unknown hall is refused
// with the halls there are, and a re-enrolment with another hall's code moves the terminal. A request
// marks its terminal seen at most once a minute (a write per request no longer).
import { afterAll, describe, expect, it } from 'vitest';
import { TerminalAuth } from '../../../platform/http/terminal-auth.ts';
import { HallError, HallStore } from '../../../platform/services/halls.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { closeStorageKinds, storageKinds } from '../../support/storage-kinds.ts';

afterAll(closeStorageKinds, 60_000);

describe.each(storageKinds)('terminal auth over $name', ({ open, skip }) => {
  const storages: Storage[] = [];
  afterAll(async () => {
    for (const s of storages) await s.close();
  });
  let t = 1_765_000_000_000;
  const setUp = async () => {
    const s = await open();
    storages.push(s);
    return { s, auth: new TerminalAuth(s, () => t) };
  };
  const bearer = (c: string) => `Bearer ${c}`;

  it.skipIf(skip)('enrols once with a valid code, verifies the credential, and a re-enrolment retires the old one', { timeout: 120_000 }, async () => {
    const { auth } = await setUp();
    const code = await auth.issueEnrolmentCode('k1', 'kiosk');
    await expect(auth.enrol(code, 'k2', 'kiosk')).rejects.toMatchObject({ code: 'enrolment.invalidCode' });
    await expect(auth.enrol(code, 'k1', 'counter')).rejects.toMatchObject({ code: 'enrolment.invalidCode' });
    const first = await auth.enrol(code, 'k1', 'kiosk');
    await expect(auth.enrol(code, 'k1', 'kiosk')).rejects.toMatchObject({ code: 'enrolment.invalidCode' });
    expect(await auth.verify('k1', bearer(first))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await auth.verify('k2', bearer(first))).toBeNull();
    expect(await auth.verify('k1', bearer(`${first.slice(0, -1)}${first.endsWith('A') ? 'B' : 'A'}`))).toBeNull();
    expect(await auth.verify('k1', first)).toBeNull();
    expect(await auth.verify(undefined, bearer(first))).toBeNull();
    expect(await auth.roleOf('k1')).toBe('kiosk');
    expect(await auth.roleOf('nobody')).toBeNull();

    const second = await auth.enrol(await auth.issueEnrolmentCode('k1', 'counter'), 'k1', 'counter');
    expect(await auth.verify('k1', bearer(first))).toBeNull();
    expect(await auth.verify('k1', bearer(second))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await auth.roleOf('k1')).toBe('counter');
  });

  it.skipIf(skip)('refuses an expired code; an enrolment in a transaction that rolls back leaves the code unused', { timeout: 120_000 }, async () => {
    const { s, auth } = await setUp();
    const late = await auth.issueEnrolmentCode('k1', 'kiosk', { validForMs: 60_000 });
    t += 60_001;
    await expect(auth.enrol(late, 'k1', 'kiosk')).rejects.toMatchObject({ code: 'enrolment.invalidCode' });
    const code = await auth.issueEnrolmentCode('k1', 'kiosk');
    await expect(
      s.transaction(async (tx) => {
        await auth.enrol(code, 'k1', 'kiosk', tx);
        throw new Error('the request failed after');
      }),
    ).rejects.toThrow('the request failed after');
    expect(await auth.roleOf('k1')).toBeNull();
    const credential = await auth.enrol(code, 'k1', 'kiosk');
    expect(await auth.verify('k1', bearer(credential))).toEqual({ terminalId: 'k1', hall: 'default' });
  });

  it.skipIf(skip)('keeps the latest heartbeat and when each terminal was last seen', { timeout: 120_000 }, async () => {
    const { auth } = await setUp();
    const c = await auth.enrol(await auth.issueEnrolmentCode('k1', 'kiosk'), 'k1', 'kiosk');
    await auth.enrol(await auth.issueEnrolmentCode('d1', 'display'), 'd1', 'display');
    expect((await auth.health()).map((h) => [h.terminalId, h.lastSeenAt, h.heartbeat])).toEqual([
      ['d1', null, null],
      ['k1', null, null],
    ]);
    t += 1000;
    await auth.verify('k1', bearer(c));
    await auth.recordHeartbeat('k1', { version: '1.2.3' });
    const k1 = (await auth.health()).find((h) => h.terminalId === 'k1');
    expect(k1).toMatchObject({ role: 'kiosk', lastSeenAt: new Date(t).toISOString(), heartbeat: { version: '1.2.3' } });
  });

  it.skipIf(skip)('enrols a terminal into the hall its code names; an unknown hall is refused; re-enrolment moves it', { timeout: 120_000 }, async () => {
    const { s, auth } = await setUp();
    await expect(auth.issueEnrolmentCode('k1', 'kiosk', { hall: 'east' })).rejects.toThrow(HallError);
    await expect(auth.issueEnrolmentCode('k1', 'kiosk', { hall: 'east' })).rejects.toThrow('no hall "east" in this platform (halls: default)');
    expect(await s.one('SELECT COUNT(*) AS n FROM enrolment_codes')).toEqual({ n: 0 });
    expect(await new HallStore(s, () => t).create({ id: 'east', name: '东区大厅' })).toBe(true);
    const c1 = await auth.enrol(await auth.issueEnrolmentCode('k1', 'kiosk', { hall: 'east' }), 'k1', 'kiosk');
    const c2 = await auth.enrol(await auth.issueEnrolmentCode('k2', 'kiosk'), 'k2', 'kiosk');
    expect(await auth.verify('k1', bearer(c1))).toEqual({ terminalId: 'k1', hall: 'east' });
    expect(await auth.verify('k2', bearer(c2))).toEqual({ terminalId: 'k2', hall: 'default' });
    expect((await auth.health(undefined, 'east')).map((h) => h.terminalId)).toEqual(['k1']);
    expect((await auth.health()).map((h) => h.terminalId)).toEqual(['k2']);
    const moved = await auth.enrol(await auth.issueEnrolmentCode('k1', 'kiosk'), 'k1', 'kiosk');
    expect(await auth.verify('k1', bearer(moved))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await auth.hallOf('k1')).toBe('default');
  });

  it.skipIf(skip)('marks a terminal seen at most once a minute, so a live one stays recent and a gone one ages', { timeout: 120_000 }, async () => {
    const { s, auth } = await setUp();
    const k = await auth.enrol(await auth.issueEnrolmentCode('k1', 'kiosk'), 'k1', 'kiosk');
    await auth.enrol(await auth.issueEnrolmentCode('k2', 'kiosk'), 'k2', 'kiosk');
    const seen = async (id: string) => (await auth.health()).find((h) => h.terminalId === id)?.lastSeenAt;
    // last_seen_at moves only when a verification writes it: at first, then not before a minute has passed.
    const start = t;
    expect(await auth.verify('k1', bearer(k))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await seen('k1')).toBe(new Date(start).toISOString());
    t += 59_000;
    expect(await auth.verify('k1', bearer(k))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await seen('k1')).toBe(new Date(start).toISOString());
    t += 1_000;
    expect(await auth.verify('k1', bearer(k))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await seen('k1')).toBe(new Date(t).toISOString());
    // A wrong credential marks nothing; a terminal never heard from stays null.
    t += 120_000;
    expect(await auth.verify('k1', bearer(`${k.slice(0, -1)}${k.endsWith('A') ? 'B' : 'A'}`))).toBeNull();
    expect(await seen('k1')).toBe(new Date(t - 120_000).toISOString());
    expect(await seen('k2')).toBeNull();
    // A clock set back: the stored time in the future is written again at once.
    t -= 600_000;
    expect(await auth.verify('k1', bearer(k))).toEqual({ terminalId: 'k1', hall: 'default' });
    expect(await seen('k1')).toBe(new Date(t).toISOString());
    // In a caller's transaction too (what a route would pass), and undone with it.
    t += 600_000;
    await expect(
      s.transaction(async (tx) => {
        expect(await auth.verify('k1', bearer(k), tx)).toEqual({ terminalId: 'k1', hall: 'default' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await seen('k1')).toBe(new Date(t - 600_000).toISOString());
  });
});
