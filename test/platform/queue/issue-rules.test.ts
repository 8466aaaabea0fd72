// The rules of taking a ticket: opening hours, daily and slot quotas, real name, the duplicate guard,
// the per-person daily limit, priority eligibility and labels; and what is stored of an ID number.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, code, hallConfig, idNumber, issue, openQueue, SECRET, shanghai, TUESDAY, value } from './support.ts';
import { hashIdNumber } from '../../../platform/queue/id-number.ts';

afterEach(cleanUp);

const ticketIn = (categoryId: string, extra: object = {}) => ({ categoryId, channel: 'kiosk', terminalId: 'kiosk-01', ...extra });
const YOUNG = idNumber('19900315', 123);
const OTHER = idNumber('19850101', 456);
/** 70 on the Tuesday of the tests (born 1956-11-24): 70 today, so the elderly rule applies. */
const SEVENTY_TODAY = idNumber('19561124', 321);
const SEVENTY_TOMORROW = idNumber('19561125', 322);

describe('opening hours', () => {
  it('refuses before opening, over lunch, after closing and at weekends; the end minute is closed', async () => {
    const h = await openQueue({ at: `${TUESDAY} 08:29` });
    const closed = await h.queue.issueTicket(ticketIn('general'));
    expect(code(closed)).toBe('queue.closed');
    expect(closed.ok ? null : closed.error.details).toEqual({ opensAt: '08:30' });
    h.clock.set(shanghai(`${TUESDAY} 08:30`));
    expect((await issue(h, 'general')).number).toBe('A001');
    h.clock.set(shanghai(`${TUESDAY} 11:59`));
    expect((await issue(h, 'general')).number).toBe('A002');
    h.clock.set(shanghai(`${TUESDAY} 12:00`));
    const lunch = await h.queue.issueTicket(ticketIn('general'));
    expect(lunch.ok ? null : lunch.error).toMatchObject({ code: 'queue.closed', details: { opensAt: '13:30' } });
    h.clock.set(shanghai(`${TUESDAY} 17:30`));
    expect(await h.queue.issueTicket(ticketIn('general'))).toMatchObject({ ok: false, error: { code: 'queue.closed', details: { opensAt: null } } });
    h.clock.set(shanghai('2026-11-28 10:00')); // Saturday
    expect(code(await h.queue.issueTicket(ticketIn('general')))).toBe('queue.closed');
    await h.close();
  });

  it('reads Saturday hours from their own part', async () => {
    const hours = [
      { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '17:30' }] },
      { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] },
    ];
    const h = await openQueue({ at: '2026-11-28 09:30', config: hallConfig({ social: { hours } }) });
    expect((await issue(h, 'social')).number).toBe('B001');
    expect(code(await h.queue.issueTicket(ticketIn('general')))).toBe('queue.closed');
    await h.close();
  });

  it('answers an unknown category with its own error', async () => {
    const h = await openQueue();
    expect(code(await h.queue.issueTicket(ticketIn('nope')))).toBe('queue.unknownCategory');
    await h.close();
  });
});

describe('quotas', () => {
  it('stops at the daily quota with the category notice, counting kiosk tickets only', async () => {
    const notice = '今日号已取完，请明日再来';
    const h = await openQueue({ config: hallConfig({ general: { dailyQuota: 2, exhaustedNotice: notice } }) });
    await issue(h, 'general');
    await issue(h, 'general');
    const third = await h.queue.issueTicket(ticketIn('general'));
    expect(third.ok ? null : third.error).toMatchObject({ code: 'queue.quotaExhausted', details: { notice, quota: 2 } });
    expect(third.ok ? '' : third.error.message).toContain(notice);
    // Other categories are not affected; the next day has a fresh quota.
    expect((await issue(h, 'social')).number).toBe('B001');
    h.clock.set(shanghai('2026-11-25 09:00'));
    expect((await issue(h, 'general')).number).toBe('A001');
    await h.close();
  });

  it('applies slot quotas in their slot only, and not outside any slot', async () => {
    const slotQuotas = [
      { from: '08:30', to: '10:00', quota: 1 },
      { from: '10:00', to: '12:00', quota: 2 },
    ];
    const h = await openQueue({ at: `${TUESDAY} 09:00`, config: hallConfig({ general: { slotQuotas, dailyQuota: 10 } }) });
    await issue(h, 'general');
    const full = await h.queue.issueTicket(ticketIn('general'));
    expect(full.ok ? null : full.error).toMatchObject({
      code: 'queue.quotaExhausted',
      details: { notice: '排队号已取完，若窗口空闲可直接到窗口办理', slot: { from: '08:30', to: '10:00', quota: 1 } },
    });
    h.clock.set(shanghai(`${TUESDAY} 10:00`));
    await issue(h, 'general');
    await issue(h, 'general');
    expect(code(await h.queue.issueTicket(ticketIn('general')))).toBe('queue.quotaExhausted');
    h.clock.set(shanghai(`${TUESDAY} 14:00`)); // open, in no slot: only the daily quota applies
    expect((await issue(h, 'general')).number).toBe('A004');
    await h.close();
  });
});

describe('real name', () => {
  it('requires the ID card where the category says so, and checks the number', async () => {
    const h = await openQueue();
    expect(code(await h.queue.issueTicket(ticketIn('green', { priority: 'green' })))).toBe('queue.realNameRequired');
    const bad = YOUNG.slice(0, 17) + (YOUNG.endsWith('0') ? '1' : '0');
    const refused = await h.queue.issueTicket(ticketIn('general', { idNumber: bad }));
    expect(code(refused)).toBe('idcard.invalidIdNumber');
    expect(JSON.stringify(refused)).not.toContain(bad.slice(0, 10));
    await h.close();
  });

  it('stores a keyed hash and the last 6 characters, never the number', async () => {
    const h = await openQueue();
    const t = await issue(h, 'general', { idNumber: ` ${YOUNG.toLowerCase()} ` });
    expect(t.idTail6).toBe(YOUNG.slice(-6));
    const row = await h.storage.one<{ id_hash: string; id_tail6: string }>('SELECT id_hash, id_tail6 FROM queue_tickets WHERE id = ?', [t.id]);
    expect(row).toEqual({ id_hash: hashIdNumber(SECRET, YOUNG), id_tail6: YOUNG.slice(-6) });
    expect(row?.id_hash).not.toBe(hashIdNumber('another-secret-entirely', YOUNG));
    const dump = JSON.stringify(await h.storage.query('SELECT * FROM queue_tickets'));
    expect(dump).not.toContain(YOUNG.slice(0, 12));
    await h.close();
  });

  it('gives one unserved ticket per ID per category; a served or skipped one frees the person', async () => {
    const h = await openQueue();
    const first = await issue(h, 'general', { idNumber: YOUNG });
    // The refusal names the ticket held, for the kiosk to say which and reprint it.
    const again = await h.queue.issueTicket(ticketIn('general', { idNumber: YOUNG }));
    expect(again.ok ? null : again.error).toMatchObject({ code: 'queue.duplicate', details: { ticketId: first.id, number: 'A001' } });
    expect((await issue(h, 'general', { idNumber: OTHER })).number).toBe('A002');
    expect((await issue(h, 'social', { idNumber: YOUNG })).number).toBe('B001');
    // Called is still unserved.
    value(await h.queue.callNext('w01'));
    expect(code(await h.queue.issueTicket(ticketIn('general', { idNumber: YOUNG })))).toBe('queue.duplicate');
    value(await h.queue.finish({ windowId: 'w01' }));
    expect((await issue(h, 'general', { idNumber: YOUNG })).number).toBe('A003');
    value(await h.queue.callNext('w01')); // A002
    value(await h.queue.finish({ windowId: 'w01' }));
    value(await h.queue.callNext('w01')); // A003, YOUNG's
    value(await h.queue.skip({ windowId: 'w01' }));
    expect((await issue(h, 'general', { idNumber: YOUNG })).number).toBe('A004');
    await h.close();
  });

  it('can switch the duplicate guard off', async () => {
    const h = await openQueue({ config: hallConfig({ general: { realName: { required: false, oneUnservedPerId: false, perPersonDailyLimit: null } } }) });
    await issue(h, 'general', { idNumber: YOUNG });
    expect((await issue(h, 'general', { idNumber: YOUNG })).number).toBe('A002');
    await h.close();
  });

  it('limits the tickets one ID takes a day across categories', async () => {
    const limited = { required: false, oneUnservedPerId: false, perPersonDailyLimit: 2 };
    const h = await openQueue({ config: hallConfig({ general: { realName: limited }, social: { realName: limited } }) });
    await issue(h, 'general', { idNumber: YOUNG });
    await issue(h, 'social', { idNumber: YOUNG });
    const third = await h.queue.issueTicket(ticketIn('general', { idNumber: YOUNG }));
    expect(third.ok ? null : third.error).toMatchObject({ code: 'queue.personalLimit', details: { limit: 2 } });
    expect((await issue(h, 'general', { idNumber: OTHER })).number).toBe('A002');
    h.clock.set(shanghai('2026-11-25 09:00'));
    expect((await issue(h, 'general', { idNumber: YOUNG })).number).toBe('A001');
    await h.close();
  });
});

describe('priority', () => {
  it('labels a green ticket with the rule the ID card shows (age); a certificate rule only where staff see the certificate', async () => {
    const h = await openQueue();
    const elder = await issue(h, 'green', { idNumber: SEVENTY_TODAY, priority: 'green' });
    expect(elder.priority).toEqual({ code: 'elderly', label: '70周岁以上老年人', mark: '绿色通道', basis: 'age' });
    // At the kiosk a younger card is refused, and told which groups staff can confirm.
    const young = await h.queue.issueTicket(ticketIn('green', { idNumber: SEVENTY_TOMORROW, priority: 'green' }));
    expect(young.ok ? null : young.error).toMatchObject({ code: 'queue.notEligible', details: { minAge: 70, staffGroups: ['残疾人'] } });
    expect(code(await h.queue.issueTicket(ticketIn('green', { idNumber: YOUNG, priority: 'green', priorityRule: 'disabled' })))).toBe('queue.notEligible');
    // At the counter, staff saw the certificate.
    const counter = await issue(h, 'green', { idNumber: SEVENTY_TOMORROW, priority: 'green', channel: 'counter' });
    expect(counter.priority?.code).toBe('disabled');
    const named = await issue(h, 'green', { idNumber: YOUNG, priority: 'green', priorityRule: 'disabled', channel: 'counter' });
    expect(named.priority?.code).toBe('disabled');
    await h.close();
  });

  it('applies an age rule from the ID card without being asked; the green desk takes no one else', async () => {
    const h = await openQueue();
    expect((await issue(h, 'green', { idNumber: SEVENTY_TODAY })).priority?.code).toBe('elderly');
    expect(code(await h.queue.issueTicket(ticketIn('green', { idNumber: YOUNG })))).toBe('queue.notEligible');
    expect((await issue(h, 'general', { idNumber: YOUNG })).priority).toBeNull();
    await h.close();
  });

  it('refuses a priority the category has no rule for, or the person does not qualify for', async () => {
    const h = await openQueue();
    const green = await h.queue.issueTicket(ticketIn('general', { priority: 'green' }));
    expect(code(green)).toBe('queue.notEligible');
    expect(code(await h.queue.issueTicket(ticketIn('social', { priority: 'onlineApplication' })))).toBe('queue.notEligible');
    expect(code(await h.queue.issueTicket(ticketIn('green', { idNumber: YOUNG, priority: 'green', priorityRule: 'elderly' })))).toBe('queue.notEligible');
    expect(code(await h.queue.issueTicket(ticketIn('green', { idNumber: YOUNG, priorityRule: 'nosuch' })))).toBe('queue.notEligible');
    expect(code(await h.queue.issueTicket(ticketIn('general', { priority: 'onlineApplication', priorityRule: 'appointment' })))).toBe('queue.notEligible');
    expect((await issue(h, 'general', { priority: 'onlineApplication' })).priority).toMatchObject({ code: 'online', mark: '网办' });
    await h.close();
  });
});
