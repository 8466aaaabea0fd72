// 电子监察 on the reference platform: the day's figures per window, per staff member and for the hall,
// computed from a scripted day on a manual clock (exact numbers), and the follow-up of bad ratings
// (核实整改, 回访): listed open / closed / by date, updated, closed with an outcome, never changed after.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluationSchema, type EvaluationInput } from '../../../domain/evaluation.ts';
import type { Platform } from '../../../platform/app.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { platformCodeRejected } from '../../support/platform-code.ts';
import { closeTestPlatforms, createTestPlatform } from '../../support/platform-database.ts';
import { hallConfig, shanghai, TUESDAY, value } from '../queue/support.ts';

let platform: Platform;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock(shanghai(`${TUESDAY} 09:00`));
  platform = await createTestPlatform({ clock, version: 't', idSecret: 'secret-of-sixteen-chars' });
  value(await platform.queue.configure(hallConfig()));
});
afterEach(closeTestPlatforms);

const at = (wall: string) => clock.set(shanghai(`${TUESDAY} ${wall}`));
const issue = async (categoryId: string) => value(await platform.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1' }));
const rate = (over: Partial<EvaluationInput>) =>
  platform.records.addEvaluation(evaluationSchema.parse({ stage: 'accept', level: 'satisfied', channel: 'hallPad', ratedAt: '20261124T100000', areaCode: '339102', ...over }), 'c1');

/**
 * 09:00 A001 A002 B001 issued. w01 calls A001 at 09:05, finishes it at 09:15. w02 calls B001 at 09:06,
 * recalls it at 09:07, skips it at 09:08; calls A002 at 09:10, transfers it to social at 09:12; calls
 * the transferred A002 at 09:20 and finishes it at 09:30. A001 rated 满意 at w01, the transferred A002
 * 不满意 at w02; one rating given the next day.
 */
async function scriptedDay() {
  const a1 = await issue('general');
  const a2 = await issue('general');
  await issue('social');
  at('09:05');
  value(await platform.queue.callNext('w01'));
  at('09:06');
  expect(value(await platform.queue.callNext('w02')).number).toBe('B001');
  at('09:07');
  value(await platform.queue.recall({ windowId: 'w02' }));
  at('09:08');
  value(await platform.queue.skip({ windowId: 'w02' }));
  at('09:10');
  expect(value(await platform.queue.callNext('w02')).id).toBe(a2.id);
  at('09:12');
  const moved = value(await platform.queue.transfer({ windowId: 'w02', toCategoryId: 'social' }));
  at('09:15');
  value(await platform.queue.finish({ windowId: 'w01' }));
  at('09:20');
  expect(value(await platform.queue.callNext('w02')).id).toBe(moved.id);
  at('09:30');
  value(await platform.queue.finish({ windowId: 'w02' }));
  await rate({ ticketId: a1.id, windowId: 'w01', staffId: 'ST0001', ratedAt: '20261124T091600' });
  const bad = await rate({ ticketId: moved.id, windowId: 'w02', staffId: 'ST0002', level: 'dissatisfied', reasons: ['slow'], followUpPhone: '13800138000', ratedAt: '20261124T093100' });
  await rate({ ticketId: 'from-another-day', windowId: 'w01', staffId: 'ST0001', level: 'verySatisfied', ratedAt: '20261125T090000' });
  return { bad };
}

const none = { verySatisfied: 0, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, veryDissatisfied: 0 };

describe('daily figures', () => {
  it('counts calls, waits, service times, end states and ratings per window, staff and hall', async () => {
    await scriptedDay();
    const w01 = { calls: 1, recalls: 0, averageWaitSeconds: 300, averageServiceSeconds: 600, finished: 1, skipped: 0, transferred: 0, ratings: { ...none, satisfied: 1 }, ratingRate: 1 };
    // B001 waited to its last call (09:07: 420 s), A002 600 s, its successor from the transfer (480 s).
    const w02 = { calls: 3, recalls: 1, averageWaitSeconds: 500, averageServiceSeconds: 600, finished: 1, skipped: 1, transferred: 1, ratings: { ...none, dissatisfied: 1 }, ratingRate: 1 };
    expect(await platform.supervision.daily(TUESDAY)).toEqual({
      date: TUESDAY,
      windows: [
        { windowId: 'w01', figures: w01 },
        { windowId: 'w02', figures: w02 },
      ],
      staff: [
        { staffId: 'ST0001', figures: w01 },
        { staffId: 'ST0002', figures: w02 },
      ],
      hall: { calls: 4, recalls: 1, averageWaitSeconds: 450, averageServiceSeconds: 600, finished: 2, skipped: 1, transferred: 1, ratings: { ...none, satisfied: 1, dissatisfied: 1 }, ratingRate: 1 },
    });
  });

  it('a day with ratings but no ticket served has no averages and no rate; a day with nothing is empty', async () => {
    await scriptedDay();
    const next = await platform.supervision.daily('2026-11-25');
    expect(next.hall).toMatchObject({ calls: 0, finished: 0, averageWaitSeconds: null, averageServiceSeconds: null, ratingRate: null, ratings: { ...none, verySatisfied: 1 } });
    expect(next.windows).toEqual([{ windowId: 'w01', figures: next.hall }]);
    expect(await platform.supervision.daily('2026-11-20')).toEqual({ date: '2026-11-20', windows: [], staff: [], hall: { ...next.hall, ratings: none } });
  });
});

describe('follow-ups of bad ratings', () => {
  it('lists the open ones with the rating, the phone left and the due day; by the day rated', async () => {
    const { bad } = await scriptedDay();
    const open = await platform.supervision.followUps({ state: 'open' });
    expect(open).toEqual([
      expect.objectContaining({ id: bad.id, target: expect.stringMatching(/^ticket:/), level: 'dissatisfied', reasons: ['slow'], windowId: 'w02', staffId: 'ST0002', phone: '13800138000', ratedAt: '20261124T093100', dueBy: '2026-12-01', state: 'open', handler: null, outcome: null }),
    ]);
    expect(await platform.supervision.followUps({ state: 'open', from: '2026-11-25' })).toEqual([]);
    expect(await platform.supervision.followUps({ state: 'all', from: TUESDAY, to: TUESDAY })).toHaveLength(1);
    expect(await platform.supervision.followUps({ state: 'closed' })).toEqual([]);
    expect(await platformCodeRejected(platform.supervision.followUps({ state: 'all', from: '2026-11-25', to: TUESDAY }))).toBe('invalidRequest');
  });

  it('records who, what and the call back; closes with an outcome; a closed one is not changed again', async () => {
    const { bad } = await scriptedDay();
    at('14:00');
    expect(await platform.supervision.updateFollowUp(bad.id, { handler: 'ST0009' })).toMatchObject({ handler: 'ST0009', state: 'open', updatedAt: new Date(clock.now()).toISOString() });
    // Closing needs what was done and a call back.
    expect(await platformCodeRejected(platform.supervision.updateFollowUp(bad.id, { outcome: 'rectified' }))).toBe('followUp.incomplete');
    expect((await platform.supervision.followUp(bad.id)).state).toBe('open');
    expect(await platformCodeRejected(platform.supervision.updateFollowUp(bad.id, { calledBackAt: new Date(clock.now() + 60_000).toISOString() }))).toBe('invalidRequest');
    await platform.supervision.updateFollowUp(bad.id, { actionTaken: '核实：转移后重新排队；已调整转移规则' });
    const closed = await platform.supervision.updateFollowUp(bad.id, { calledBackAt: '2026-11-24T13:30:00+08:00', outcome: 'rectified' });
    expect(closed).toMatchObject({ state: 'closed', handler: 'ST0009', actionTaken: '核实：转移后重新排队；已调整转移规则', calledBackAt: '2026-11-24T05:30:00.000Z', outcome: 'rectified', closedAt: new Date(clock.now()).toISOString() });
    expect(await platform.supervision.followUps({ state: 'open' })).toEqual([]);
    expect(await platform.supervision.followUps({ state: 'closed' })).toEqual([closed]);
    expect(await platform.records.followUpsDue()).toEqual([]);
    expect(await platformCodeRejected(platform.supervision.updateFollowUp(bad.id, { handler: 'ST0001' }))).toBe('followUp.closed');
    expect(await platform.supervision.followUp(bad.id)).toEqual(closed);
  });

  it('an unreachable citizen closes without a call back; a good rating or an unknown id has no follow-up', async () => {
    const { bad } = await scriptedDay();
    expect(await platform.supervision.updateFollowUp(bad.id, { handler: 'ST0009', actionTaken: '三次致电未接', outcome: 'unreachable' })).toMatchObject({ state: 'closed', calledBackAt: null });
    const good = (await platform.records.evaluations()).find((e) => e.evaluation.level === 'satisfied')!;
    expect(await platformCodeRejected(platform.supervision.followUp(good.id))).toBe('followUp.notFound');
    expect(await platformCodeRejected(platform.supervision.updateFollowUp('nope', { handler: 'x' }))).toBe('followUp.notFound');
  });
});
