// The PlatformClient against the reference platform: the counter's routes, one-window intake and
// hand-out (一窗受理, 综合出件) and window staff (上岗, 离岗, 暂停服务).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedPinOf } from '../../../platform/seed/staff-credentials.ts';
import { sampleCases } from '../../../platform/seed/index.ts';
import { BUSINESS_DATE, platformClientRig } from '../../support/platform-client-rig.ts';

const rig = platformClientRig();

describe('one-window intake and hand-out (一窗受理, 综合出件)', () => {
  const ready = () => sampleCases(BUSINESS_DATE).find((c) => c.status === 'ready' && c.delivery.method === 'window')!;

  it('finds a case and hands it over as a counter (a replay gets the first answer); a kiosk is refused', async () => {
    await rig.enrol('k1', 'kiosk');
    const c = ready();
    expect(await rig.client.call('intake.findCase', { body: { caseNumber: c.caseNumber } })).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'intake.counterOnly' } } });
    await rig.enrol('c1', 'counter');
    const found = await rig.client.call('intake.findCase', { body: { caseNumber: c.caseNumber } });
    expect(found.ok && !found.value.notModified && found.value.value).toMatchObject({ status: 'ready', handedOver: null });
    const body = { windowId: 'w37', staffId: 'LX2037', caseNumber: c.caseNumber, queryCode: c.queryCode };
    const first = await rig.client.call('intake.handOver', { body, idempotencyKey: 'hand-key-0001' });
    const again = await rig.client.call('intake.handOver', { body, idempotencyKey: 'hand-key-0001' });
    expect(first.ok && !first.value.notModified && first.value.value.handedOver.windowId).toBe('w37');
    expect(again.ok && !again.value.notModified && again.value.replayed).toBe(true);
    expect(await rig.client.call('intake.handOver', { body, idempotencyKey: 'hand-key-0002' })).toMatchObject({ ok: false, error: { details: { platformCode: 'intake.alreadyHandedOver' } } });
    const accept = await rig.client.call('intake.accept', {
      body: { windowId: 'w02', staffId: 'LX2002', ticketId: 'no-ticket', itemId: c.itemId, applicant: { idNumber: c.applicant.idNumber, name: c.applicant.name }, received: [] },
      idempotencyKey: 'accept-key-0001',
    });
    expect(accept).toMatchObject({ ok: false, error: { details: { platformCode: 'intake.notAtWindow' } } });
  });

  it('refuses an answer that does not match the API (bad JSON, wrong shapes, anything at all), naming the route', async () => {
    const call = (text: string) => {
      const lying = rig.clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
      return lying.call('intake.accept', {
        body: { windowId: 'w02', staffId: 'LX2002', ticketId: 't', itemId: 'i', applicant: { idNumber: '11010519491231002X', name: '王' }, received: [] },
        idempotencyKey: 'accept-key-0002',
      });
    };
    const fixed = [
      'not json',
      JSON.stringify(null),
      JSON.stringify({ outcome: 'accepted' }),
      JSON.stringify({ outcome: 'notice', notice: { number: 'GZ1', missing: [] } }),
      JSON.stringify({ outcome: 'maybe', acceptance: {} }),
    ];
    for (const text of fixed) {
      const r = await call(text);
      expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(r.ok ? '' : r.error.message).toContain('intake.accept');
    }
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        const r = await call(JSON.stringify(v));
        expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      }),
      { numRuns: 60 },
    );
    // A notice that lists no missing material is not a notice.
    const empty = { itemId: 'i', itemName: 'n', taskCode: 't', deptName: 'd', applicantMasked: '王', windowId: 'w', staffId: 's', number: 'GZ202611240001', businessDate: '2026-11-24', issuedAt: '2026-11-24T02:00:00.000Z', missing: [], received: [], consultPhone: '1' };
    expect(await call(JSON.stringify({ outcome: 'notice', notice: empty }))).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    expect((await call(JSON.stringify({ outcome: 'notice', notice: { ...empty, missing: [{ name: 'm', originals: 1, copies: 0, format: '纸质', source: '其他', role: 'required', standard: 's' }] } }))).ok).toBe(true);
  });
});

describe('window staff (上岗, 离岗, 暂停服务)', () => {
  const W = 'w02';
  const staffId = async () => (await rig.running.platform.queue.configuration()).windows.find((w) => w.id === W)!.staffId!;

  it('signs in by PIN, pauses (call next refused), resumes, signs out; a wrong PIN comes back with its details', async () => {
    await rig.enrol('c1', 'counter');
    const s = await staffId();
    const wrong = await rig.client.call('staff.signIn', { params: { windowId: W }, body: { staffId: s, pin: '000000' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { status: 403, platformCode: 'staff.wrongPin', details: { attemptsLeft: 4 } } } });
    const r = await rig.client.call('staff.signIn', { params: { windowId: W }, body: { staffId: s, pin: seedPinOf(s) } });
    expect(r.ok && !r.value.notModified && r.value.value).toMatchObject({ window: { id: W }, staff: { id: s }, paused: false });
    const paused = await rig.client.call('staff.pause', { params: { windowId: W } });
    expect(paused.ok && !paused.value.notModified && paused.value.value.paused).toBe(true);
    const status = await rig.client.call('queue.windowStatus', { params: { windowId: W } });
    expect(status.ok && !status.value.notModified && status.value.value.paused).toBe(true);
    const call = await rig.client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'callNext' }, idempotencyKey: 'call-key-0001' });
    expect(call).toMatchObject({ ok: false, error: { details: { platformCode: 'queue.windowPaused' } } });
    await rig.client.call('staff.resume', { params: { windowId: W } });
    const out = await rig.client.call('staff.signOut', { params: { windowId: W } });
    expect(out.ok && !out.value.notModified && out.value.value.staff).toBeNull();
  });

  it('transfers to a named window (toWindowId): the answer carries the reservation; a transfer naming neither target is refused', async () => {
    await rig.enrol('c1', 'counter');
    const q = rig.running.platform.queue;
    const windows = (await q.configuration()).windows;
    const here = windows.find((w) => w.id === W)!;
    const categoryId = here.categoryIds[0]!;
    const there = windows.find((w) => w.id !== W && w.staffId !== null && w.categoryIds.includes(categoryId))!;
    const issued = await q.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1' });
    if (!issued.ok) throw new Error(issued.error.message);
    const called = await rig.client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'callNext' }, idempotencyKey: 'transfer-key-0001' });
    const ticketId = called.ok && !called.value.notModified ? called.value.value.id : '';
    const neither = await rig.client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'transfer', ticketId }, idempotencyKey: 'transfer-key-0002' });
    expect(neither.ok).toBe(false);
    expect(JSON.stringify(neither)).toContain('toWindowId');
    const moved = await rig.client.call('queue.windowAction', { params: { windowId: W }, body: { action: 'transfer', ticketId, toWindowId: there.id, position: 'keep' }, idempotencyKey: 'transfer-key-0003' });
    expect(moved.ok && !moved.value.notModified && moved.value.value).toMatchObject({ categoryId, state: 'waiting', reservedFor: there.id, transferredFrom: ticketId });
    // Only that window calls it.
    const successor = moved.ok && !moved.value.notModified ? moved.value.value.id : '';
    const next = await q.callNext(there.id);
    expect(next.ok && next.value.id).toBe(successor);
  });

  it('refuses a ticket answer without its reservation or with a wrong one', async () => {
    const ticket = {
      id: 't1', number: 'A001', categoryId: 'general', businessDate: '2026-11-24', issuedAt: '2026-11-24T01:00:00.000Z', state: 'waiting', priority: null, origin: 'transfer', channel: 'kiosk', terminalId: 'k1',
      waitingAhead: 0, estimatedWaitMinutes: 0, idTail6: null, windowId: null, staffId: null, calledAt: null, callCount: 0, finishedAt: null, transferredFrom: 't0', transferredTo: null, appointmentCode: null, reservedFor: 'w05',
    };
    const { reservedFor: _gone, ...without } = ticket;
    const act = (text: string) => rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text })).call('queue.windowAction', { params: { windowId: 'w02' }, body: { action: 'transfer', toWindowId: 'w05' }, idempotencyKey: 'fuzz-key-0001' });
    for (const bad of [JSON.stringify(without), JSON.stringify({ ...ticket, reservedFor: 5 }), '{"id":']) expect(await act(bad), bad).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    expect(await act(JSON.stringify(ticket))).toMatchObject({ ok: true, value: { value: { reservedFor: 'w05' } } });
  });

  it('a kiosk may not sign staff in', async () => {
    await rig.enrol('k1');
    const s = await staffId();
    expect(await rig.client.call('staff.signIn', { params: { windowId: W }, body: { staffId: s, pin: seedPinOf(s) } })).toMatchObject({ ok: false, error: { details: { platformCode: 'forbidden' } } });
  });

  it('refuses a staff answer that does not match the API (bad JSON, wrong shapes), naming the route', async () => {
    const duty = { window: { id: 'w02', number: '02', name: '综合受理2号窗口', area: '一楼', categoryIds: ['general'], staffId: 'LX2002' }, staff: { id: 'LX2002', name: '赵晓燕', position: '综合受理员', stars: 5 }, paused: false };
    const answers = [
      'not json',
      JSON.stringify(null),
      JSON.stringify({ ...duty, paused: 'no' }),
      JSON.stringify({ ...duty, staff: { ...duty.staff, stars: 9 } }),
      JSON.stringify({ ...duty, staff: { ...duty.staff, id: 'someone' } }),
      JSON.stringify({ ...duty, window: { ...duty.window, categoryIds: [] } }),
      JSON.stringify({ window: duty.window }),
    ];
    for (const text of answers) {
      const lying = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      for (const r of [
        await lying.call('staff.signIn', { params: { windowId: 'w02' }, body: { staffId: 'LX2002', pin: '200288' } }),
        await lying.call('staff.signOut', { params: { windowId: 'w02' } }),
        await lying.call('staff.pause', { params: { windowId: 'w02' } }),
        await lying.call('staff.resume', { params: { windowId: 'w02' } }),
      ]) {
        expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
        expect(r.ok ? '' : r.error.message).toMatch(/staff\.(signIn|signOut|pause|resume)/);
      }
    }
    // The window status without its pause is refused too.
    const old = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify({ windowId: 'w02', staffId: null, current: null, held: [] }) }));
    expect(await old.call('queue.windowStatus', { params: { windowId: 'w02' } })).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    // The good answer passes, so the refusals above are about the shapes.
    const honest = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(duty) }));
    expect(await honest.call('staff.pause', { params: { windowId: 'w02' } })).toMatchObject({ ok: true });
  });
});
