// The PlatformClient against the reference platform: supervision (电子监察: follow-ups of bad ratings,
// the daily figures) and the call board (queue.board).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dailySupervisionSchema, followUpRecordSchema } from '../../../domain/supervision.ts';
import { queueBoardSchema } from '../../../domain/queue.ts';
import { BUSINESS_DATE, evaluation, platformClientRig } from '../../support/platform-client-rig.ts';

const rig = platformClientRig();

describe('supervision (电子监察): follow-ups of bad ratings and the daily figures', () => {
  /** A ticket served at a staffed window of the seed hall and finished: what a pad at that window rates. */
  async function servedTicket() {
    const q = rig.running.platform.queue;
    const window = (await q.configuration() as unknown as { windows: { id: string; staffId: string | null; categoryIds: string[] }[] }).windows.find((w) => w.staffId !== null && w.categoryIds.includes('general'))!;
    const t = await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    if (!t.ok) throw new Error(t.error.message);
    for (const step of [() => q.callNext(window.id), () => q.finish({ windowId: window.id })]) {
      const r = await step();
      if (!r.ok) throw new Error(r.error.message);
    }
    return { ticketId: t.value.id, windowId: window.id, staffId: window.staffId! };
  }

  it('lists the open follow-up of a bad rating, updates it (a replay gets the first answer), closes it; the day counts it', async () => {
    await rig.enrol('k9');
    // A kiosk reads the day's figures but not the follow-ups (they carry the citizen's phone).
    expect(await rig.client.call('supervision.followUps', { query: {} })).toMatchObject({ ok: false, error: { details: { platformCode: 'forbidden' } } });
    expect((await rig.client.call('supervision.daily', { query: { date: BUSINESS_DATE } })).ok).toBe(true);
    await rig.enrol('c1', 'counter');
    const served = await servedTicket();
    const made = await rig.client.call('evaluations.create', {
      body: evaluation({ caseNumber: undefined, ticketId: served.ticketId, stage: 'accept', level: 'veryDissatisfied', reasons: ['attitude'], windowId: served.windowId, staffId: served.staffId, followUpPhone: '13912345678' }),
      idempotencyKey: 'eval-sup-0001',
    });
    const id = made.ok && !made.value.notModified ? made.value.value.id : null;
    expect(id).not.toBeNull();
    const open = await rig.client.call('supervision.followUps', { query: { state: 'open', from: BUSINESS_DATE, to: BUSINESS_DATE } });
    expect(open.ok && !open.value.notModified && open.value.value.followUps).toEqual([expect.objectContaining({ id, level: 'veryDissatisfied', phone: '13912345678', state: 'open', windowId: served.windowId })]);
    const update = { handler: '王芳', actionTaken: '已核实并批评教育', calledBackAt: '2026-11-24T08:30:00+08:00', outcome: 'rectified' as const };
    const closed = await rig.client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: update, idempotencyKey: 'follow-up-0001' });
    expect(closed.ok && !closed.value.notModified && closed.value.value).toMatchObject({ state: 'closed', outcome: 'rectified', handler: '王芳' });
    const replay = await rig.client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: update, idempotencyKey: 'follow-up-0001' });
    expect(replay.ok && !replay.value.notModified && replay.value.replayed).toBe(true);
    const again = await rig.client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: { handler: '李娜' }, idempotencyKey: 'follow-up-0002' });
    expect(again).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'followUp.closed' } } });
    const empty = await rig.client.call('supervision.updateFollowUp', { params: { followUpId: id! }, body: {}, idempotencyKey: 'follow-up-0003' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'invalidRequest' } } });
    const day = await rig.client.call('supervision.daily', { query: { date: BUSINESS_DATE } });
    const figures = day.ok && !day.value.notModified ? day.value.value : null;
    expect(figures?.windows.find((w) => w.windowId === served.windowId)?.figures).toMatchObject({ calls: 1, finished: 1, ratings: { veryDissatisfied: 1 }, ratingRate: 1 });
  });

  // The answers fuzzed: unreadable JSON, a field gone, a field of the wrong type. Each is refused as
  // platform.badResponse naming the route, never passed on.
  const figures = { calls: 3, recalls: 1, averageWaitSeconds: 500, averageServiceSeconds: 600, finished: 1, skipped: 1, transferred: 1, ratings: { verySatisfied: 0, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0, veryDissatisfied: 0 }, ratingRate: 1 };
  const goodDaily = { date: '2026-11-24', windows: [{ windowId: 'w01', figures }], staff: [{ staffId: 'LX2001', figures }], hall: figures };
  const goodFollowUp = {
    id: 'e1', target: 'ticket:t1', stage: 'accept', level: 'dissatisfied', reasons: ['slow'], comment: null, windowId: 'w01', staffId: 'LX2001', phone: '13912345678',
    ratedAt: '20261124T093100', dueBy: '2026-12-01', state: 'open', handler: null, actionTaken: null, calledBackAt: null, outcome: null, closedAt: null, updatedAt: null,
  };
  const wrongValues = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 10 }), fc.constant('x'), fc.constant([]), fc.constant({}), fc.boolean());

  it('takes well-formed answers and refuses broken ones of every supervision route', async () => {
    expect((await rig.answering(JSON.stringify(goodDaily)).call('supervision.daily', { query: { date: '2026-11-24' } })).ok).toBe(true);
    expect((await rig.answering(JSON.stringify({ followUps: [goodFollowUp] })).call('supervision.followUps', { query: {} })).ok).toBe(true);
    expect((await rig.answering(JSON.stringify(goodFollowUp)).call('supervision.updateFollowUp', { params: { followUpId: 'e1' }, body: { handler: 'x' }, idempotencyKey: 'follow-up-fuzz' })).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(figures)), wrongValues, fc.boolean(), async (key, value, cut) => {
        const broken = { ...goodDaily, windows: [{ windowId: 'w01', figures: { ...figures, [key]: value } }] };
        fc.pre(cut || !dailySupervisionSchema.safeParse(broken).success);
        const text = JSON.stringify(broken);
        const r = await rig.answering(cut ? text.slice(0, -2) : text).call('supervision.daily', { query: { date: '2026-11-24' } });
        if (r.ok) throw new Error(`took a broken answer: ${text}`);
        expect(r.error).toMatchObject({ code: 'platform.badResponse' });
        expect(r.error.message).toContain('supervision.daily');
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(goodFollowUp)), fc.option(wrongValues, { nil: undefined }), async (key, value) => {
        const broken: Record<string, unknown> = { ...goodFollowUp };
        if (value === undefined) delete broken[key];
        else broken[key] = value;
        fc.pre(!followUpRecordSchema.safeParse(broken).success);
        for (const r of [
          await rig.answering(JSON.stringify({ followUps: [broken] })).call('supervision.followUps', { query: { state: 'all' } }),
          await rig.answering(JSON.stringify(broken)).call('supervision.updateFollowUp', { params: { followUpId: 'e1' }, body: { handler: 'x' }, idempotencyKey: 'follow-up-fuzz' }),
        ]) {
          if (r.ok) throw new Error(`took a broken follow-up: ${JSON.stringify(broken)}`);
          expect(r.error.code).toBe('platform.badResponse');
          expect(r.error.message).toMatch(/supervision\.(followUps|updateFollowUp)/);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('the call board (queue.board)', () => {
  const goodBoard = {
    businessDate: '2026-11-24',
    at: '2026-11-24T02:00:00.000Z',
    calls: [{ ticketId: 't1', number: 'A023', categoryId: 'general', windowId: 'w03', windowNumber: '3', windowName: '3号窗口', area: '一楼A区', at: '2026-11-24T01:59:00.000Z', recall: false, callCount: 1 }],
    counts: [{ categoryId: 'general', businessDate: '2026-11-24', waiting: 4, serving: 1, held: 0, lastCalled: 'A023' }],
    categories: [{ id: 'general', name: '综合受理', prefix: 'A' }],
    windows: [{ id: 'w03', number: '3', name: '3号窗口', area: '一楼A区', categoryIds: ['general'], state: 'open' }],
  };

  it('reads the seed hall’s board: calls newest first with their window, the counts, the closed windows', async () => {
    await rig.enrol('display-1');
    await rig.running.platform.queue.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
    const window = (await rig.running.platform.queue.configuration()).windows.find((w) => w.staffId !== null && w.categoryIds.includes('general'))!;
    const called = await rig.running.platform.queue.callNext(window.id);
    if (!called.ok) throw new Error(called.error.message);
    const r = await rig.client.call('queue.board', { query: { limit: 5 } });
    if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
    const board = r.value.value;
    expect(board.calls).toEqual([expect.objectContaining({ number: called.value.number, windowId: window.id, windowNumber: window.number, recall: false })]);
    expect(board.windows.some((w) => w.state === 'closed')).toBe(true);
    expect(board.categories.length).toBe(board.counts.length);
    const tooMany = await rig.client.call('queue.board', { query: { limit: 500 } });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'platform.rejected' } });
  });

  it('refuses a board answer with a field gone, of the wrong type, or unreadable, naming the route (fuzz)', async () => {
    expect((await rig.answering(JSON.stringify(goodBoard)).call('queue.board', { query: {} })).ok).toBe(true);
    const wrongValues = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e6 }), fc.string({ maxLength: 6 }), fc.constant([]), fc.constant({}), fc.boolean());
    const callKeys = Object.keys(goodBoard.calls[0]!);
    const topKeys = Object.keys(goodBoard);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ top: fc.constantFrom(...topKeys), value: fc.option(wrongValues, { nil: undefined }) }),
          fc.record({ call: fc.constantFrom(...callKeys), value: fc.option(wrongValues, { nil: undefined }) }),
          fc.record({ text: fc.oneof(fc.string(), fc.constant('{"calls":'), fc.constant('null'), fc.constant('[]')) }),
        ),
        async (m) => {
          let text: string;
          if ('text' in m) text = m.text;
          else {
            const broken: Record<string, unknown> = 'top' in m ? { ...goodBoard } : { ...goodBoard, calls: [{ ...goodBoard.calls[0]! }] };
            const target = 'top' in m ? broken : (broken.calls as Record<string, unknown>[])[0]!;
            const key = 'top' in m ? m.top : m.call;
            if (m.value === undefined) delete target[key];
            else target[key] = m.value;
            fc.pre(!queueBoardSchema.safeParse(broken).success);
            text = JSON.stringify(broken);
          }
          const r = await rig.answering(text).call('queue.board', { query: {} });
          if (r.ok) throw new Error(`took a broken answer: ${text}`);
          expect(r.error.code).toBe('platform.badResponse');
          expect(r.error.message).toContain('queue.board');
        },
      ),
      { numRuns: 150 },
    );
  });
});
