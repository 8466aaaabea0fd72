// Appointment check-in through the terminal core against the real reference platform: by the card on
// the reader (the holder's appointment today), by a typed number, the early/late window with the time
// to come back, the same ticket again, and nothing without a card.
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAppointments } from '../../../../platform/seed/index.ts';
import { BUSINESS_DATE, openDesks, type CoreDesks } from '../cases/support.ts';

const booked = sampleAppointments(BUSINESS_DATE).filter((a) => a.status === 'booked' && a.date === BUSINESS_DATE);
const at10 = booked.find((a) => a.slot.from === '10:00')!;
const at14 = booked.find((a) => a.slot.from === '14:00')!;

let d: CoreDesks | null = null;
afterEach(async () => {
  await d?.close();
  d = null;
});

describe('check-in by ID card', () => {
  it('checks in the holder’s appointment today, with its priority mark, and gives the same ticket again', async () => {
    d = await openDesks(`${BUSINESS_DATE}T09:45:00+08:00`);
    d.card = at10.applicant.idNumber;
    const first = await d.tickets.checkInByCard();
    expect(first.ok && first.value).toMatchObject({ categoryId: at10.categoryId, priorityMark: '预约', repeated: false, print: 'printed' });
    const again = await d.tickets.checkInByCard();
    expect(again.ok && again.value).toMatchObject({ number: first.ok ? first.value.number : '', repeated: true });
  });

  it('says when to come back when it is too early, and that it is too late after the window', async () => {
    d = await openDesks(`${BUSINESS_DATE}T10:00:00+08:00`);
    const early = await d.tickets.checkInByCard(at14.applicant.idNumber);
    expect(early.ok ? null : early.error).toMatchObject({ code: 'queue.appointmentTooEarly', details: { from: '13:30' } });
    d.clock.set(Date.parse(`${BUSINESS_DATE}T15:16:00+08:00`));
    const late = await d.tickets.checkIn(at14.code);
    expect(late.ok ? null : late.error).toMatchObject({ code: 'queue.appointmentLate', details: { until: '15:15' } });
  });

  it('needs a card or a typed number; a person without an appointment is not found', async () => {
    d = await openDesks();
    const none = await d.tickets.checkInByCard();
    expect(none.ok ? null : none.error.code).toBe('idcard.noCard');
    const stranger = await d.tickets.checkInByCard('11010519491231002X');
    expect(stranger.ok ? null : stranger.error.code).toBe('queue.appointmentNotFound');
  });
});
