// 好差评 at the window, through a real outbox against the real reference platform: the platform's own
// ticketFinished events of a served ticket (the queue's), a fake pad (the presses are calls, the
// prompt is counted), a manual clock for the waits. One evaluation per ticket, bound to the window
// and the staff the event named; a bad one needs reasons or is filed as "no reason given" after the
// wait; a repeat is refused here and on the platform; offline it waits and is delivered once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueEventOf } from '../../../../domain/queue.ts';
import { ok } from '../../../../domain/result.ts';
import type { WindowRatingView } from '../../../../main/contract/window-rating.ts';
import { NO_REASON_GIVEN, SHOW_RESULT_MS, WindowRating } from '../../../../main/core/rating/window-rating.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { openDesks, type CoreDesks } from '../cases/support.ts';
import { settled } from '../../../support/settled.ts';

const WAIT_S = 60;
let d: CoreDesks;
let wr: WindowRating;
let views: WindowRatingView[];
let padAsked: number;
let log: EventLog;
let windowId: string;
let staffId: string;
let finished: QueueEventOf<'ticketFinished'>[];

function ratingFor(): WindowRating {
  return new WindowRating({
    windowId,
    areaCode: '339102',
    waitSeconds: WAIT_S,
    timeZone: 'Asia/Shanghai',
    outbox: d.outbox,
    requestOnPad: () => {
      padAsked++;
      return Promise.resolve(ok(undefined));
    },
    clock: d.clock,
    log: log.for('rating.window'),
    onChange: (v) => views.push(v),
  });
}

beforeEach(async () => {
  d = await openDesks();
  log = new EventLog(d.clock);
  views = [];
  padAsked = 0;
  finished = [];
  const windows = (await d.platform.platform.queue.configuration() as unknown as { windows: { id: string; staffId: string | null; categoryIds: string[] }[] }).windows;
  const w = windows.find((x) => x.staffId !== null && x.categoryIds.includes('general'))!;
  windowId = w.id;
  staffId = w.staffId!;
  wr = ratingFor();
  // The platform's own events, as the stream would bring them (platform-events is tested on its own).
  d.platform.platform.queue.subscribe((e) => {
    if (e.type === 'ticketFinished') finished.push(e as QueueEventOf<'ticketFinished'>);
  });
});
afterEach(async () => {
  await wr.whenSettled();
  wr.stop();
  await d.close();
});

/** A citizen served at the window and finished: the platform's ticketFinished goes to the window rating. */
async function serve(): Promise<QueueEventOf<'ticketFinished'>> {
  // Resolves once the committed changes' events reached the subscriber above.
  const q = settled(d.platform.platform.queue);
  const t = await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
  if (!t.ok) throw new Error(t.error.message);
  for (const r of [await q.callNext(windowId), await q.finish({ windowId })]) if (!r.ok) throw new Error(r.error.message);
  const e = finished.at(-1)!;
  wr.ticketFinished(e);
  return e;
}
const evaluations = async () => (await d.platform.platform.records.evaluations()).map((e) => e.evaluation);
const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('asking after 办结', () => {
  it('asks on the pad and the screen; the key pressed is one evaluation of the ticket, window and staff, channel hallPad', async () => {
    const e = await serve();
    expect(padAsked).toBe(1);
    expect(wr.view).toEqual({ state: 'asking', ticket: { ticketId: e.ticketId, number: e.number }, until: new Date(d.clock.now() + WAIT_S * 1000).toISOString() });
    d.clock.advance(5_000);
    expect(value(wr.rate('satisfied', 'pad'))).toMatchObject({ state: 'thanks', level: 'satisfied', sent: false });
    await wr.whenSettled();
    expect(wr.view).toMatchObject({ state: 'thanks', sent: true });
    expect(await evaluations()).toEqual([
      { ticketId: e.ticketId, stage: 'accept', level: 'satisfied', reasons: [], windowId, staffId, channel: 'hallPad', ratedAt: '20261124T100005', areaCode: '339102' },
    ]);
    d.clock.advance(SHOW_RESULT_MS);
    expect(wr.view).toEqual({ state: 'idle' });
  });

  it("ignores another window's finished ticket, and never asks about one that names no staff", async () => {
    const e = await serve();
    wr.rate('satisfied', 'pad');
    const other = ratingFor();
    other.ticketFinished({ ...e, ticketId: 'x1', windowId: 'elsewhere' });
    other.ticketFinished({ ...e, ticketId: 'x2', staffId: null });
    expect(other.view).toEqual({ state: 'idle' });
    expect(code(other.rate('verySatisfied', 'pad'))).toBe('windowRating.nothingToRate');
    expect(code(other.askAgain())).toBe('windowRating.nothingToRate');
    other.stop();
  });

  it('with no rating in time: back to idle, nothing filed; the staff can ask again', async () => {
    const e = await serve();
    d.clock.advance(WAIT_S * 1000);
    expect(wr.view).toEqual({ state: 'idle' });
    expect(code(wr.rate('satisfied', 'pad'))).toBe('windowRating.nothingToRate');
    expect(value(wr.askAgain())).toMatchObject({ state: 'asking', ticket: { ticketId: e.ticketId } });
    expect(padAsked).toBe(2);
    wr.rate('verySatisfied', 'screen');
    await wr.whenSettled();
    expect((await evaluations()).map((x) => x.level)).toEqual(['verySatisfied']);
  });
});

describe('a bad rating', () => {
  it('asks for the reasons and files them with the phone left', async () => {
    const e = await serve();
    expect(value(wr.rate('veryDissatisfied', 'pad'))).toMatchObject({ state: 'reasons', level: 'veryDissatisfied' });
    expect(await evaluations()).toEqual([]);
    value(wr.giveReasons(['attitude', 'slow'], '13905891234'));
    await wr.whenSettled();
    expect(await evaluations()).toEqual([expect.objectContaining({ ticketId: e.ticketId, level: 'veryDissatisfied', reasons: ['attitude', 'slow'], followUpPhone: '13905891234', windowId, staffId })]);
    expect(code(wr.giveReasons(['other']))).toBe('windowRating.nothingToRate');
    expect(await d.platform.platform.supervision.followUps({ state: 'open' })).toHaveLength(1);
  });

  it('without reasons in time: filed as "no reason given", which the platform takes and follows up', async () => {
    await serve();
    d.clock.advance(10_000);
    wr.rate('dissatisfied', 'pad');
    // The wait starts again for the reasons.
    d.clock.advance(WAIT_S * 1000 - 1);
    expect(wr.view.state).toBe('reasons');
    d.clock.advance(1);
    expect(wr.view).toMatchObject({ state: 'thanks', level: 'dissatisfied' });
    await wr.whenSettled();
    expect(await evaluations()).toEqual([expect.objectContaining({ level: 'dissatisfied', reasons: [], comment: NO_REASON_GIVEN, ratedAt: '20261124T100010' })]);
    expect(await d.platform.platform.supervision.followUps({ state: 'open' })).toEqual([expect.objectContaining({ comment: NO_REASON_GIVEN })]);
  });

  it('a good key pressed while the reasons are asked replaces the bad level', async () => {
    await serve();
    wr.rate('dissatisfied', 'pad');
    wr.rate('basicallySatisfied', 'pad');
    await wr.whenSettled();
    expect((await evaluations()).map((x) => [x.level, x.reasons])).toEqual([['basicallySatisfied', []]]);
  });
});

describe('one rating per ticket', () => {
  it('refuses a second press and the staff asking again, plainly; still one evaluation', async () => {
    const e = await serve();
    wr.rate('satisfied', 'pad');
    await wr.whenSettled();
    expect(value(wr.rate('veryDissatisfied', 'pad'))).toEqual({ state: 'refused', ticket: { ticketId: e.ticketId, number: e.number } });
    const again = wr.askAgain();
    expect(again).toMatchObject({ ok: false, error: { code: 'evaluation.duplicate' } });
    expect(padAsked).toBe(1);
    // The same event again (a replay after the stream came back) asks nothing.
    wr.ticketFinished(e);
    expect(wr.view.state).toBe('refused');
    expect(await evaluations()).toHaveLength(1);
  });

  it('a rating the platform already has (filed by another terminal) is refused when it comes back', async () => {
    const e = await serve();
    await d.platform.platform.records.addEvaluation({ ticketId: e.ticketId, stage: 'accept', level: 'satisfied', reasons: [], windowId, staffId, channel: 'qrCode', ratedAt: '20261124T100000', areaCode: '339102' }, 'phone');
    wr.rate('verySatisfied', 'pad');
    await wr.whenSettled();
    expect(wr.view).toMatchObject({ state: 'refused', ticket: { ticketId: e.ticketId } });
    expect(await evaluations()).toHaveLength(1);
    expect(d.outbox.counts().pending).toBe(0);
  });
});

describe('the platform away', () => {
  it('keeps the rating, refuses a second one offline (also after a restart), delivers exactly once when the platform is back', async () => {
    const e = await serve();
    await d.platformDown();
    wr.rate('satisfied', 'pad');
    await wr.whenSettled();
    expect(wr.view).toMatchObject({ state: 'thanks', sent: false });
    expect(d.outbox.counts().pending).toBe(1);
    // The terminal restarts: what waits in the outbox is still rated.
    wr.stop();
    wr = ratingFor();
    wr.ticketFinished(e);
    expect(wr.view).toEqual({ state: 'idle' });
    expect(value(wr.rate('dissatisfied', 'pad')).state).toBe('refused');
    await d.platformBack();
    d.outbox.platformBack();
    await d.outbox.drain();
    d.outbox.platformBack();
    await d.outbox.drain();
    expect(await evaluations()).toEqual([expect.objectContaining({ ticketId: e.ticketId, level: 'satisfied', windowId, staffId, channel: 'hallPad' })]);
    expect(d.outbox.counts().pending).toBe(0);
  });
});
