// Sample online appointments (网上预约) around a business date: yesterday's (checked in, missed,
// cancelled), today's (some already checked in) and the next working days'.
import { addWorkingDays, at, compact } from './calendar.ts';
import { businessCategories, itemIdByKey, serviceItems } from './data.ts';
import { people } from './people.ts';
import type { Appointment } from './record-schemas.ts';

type Status = Appointment['status'];
type Channel = Appointment['channel'];

/** [working-day offset, slot start hour, item key, person index, status, channel] */
const plan: readonly (readonly [number, string, string, number, Status, Channel])[] = [
  [-1, '09:00', 'idcard-renew', 0, 'checkedIn', 'app'],
  [-1, '10:00', 're-transfer-sale', 2, 'missed', 'web'],
  [-1, '14:00', 'hf-withdraw-retire', 5, 'cancelled', 'miniProgram'],
  [0, '08:30', 'passport-first', 1, 'checkedIn', 'app'],
  [0, '09:00', 'company-setup', 0, 'booked', 'web'],
  [0, '09:00', 'marriage-register', 3, 'booked', 'miniProgram'],
  [0, '10:00', 're-transfer-inherit', 6, 'booked', 'web'],
  [0, '10:00', 'mi-remote-long', 9, 'booked', 'phone'],
  [0, '14:00', 'retire-approval', 2, 'booked', 'app'],
  [0, '15:00', 'hukou-birth', 4, 'cancelled', 'app'],
  [0, '16:00', 'food-license-new', 3, 'booked', 'web'],
  [1, '09:00', 'hk-macau-permit-new', 7, 'booked', 'app'],
  [1, '10:00', 'hf-loan', 8, 'booked', 'web'],
  [1, '14:00', 'disability-card-new', 5, 'booked', 'phone'],
  [2, '09:00', 'sscard-reissue', 10, 'booked', 'miniProgram'],
  [2, '15:00', 'unemployment-benefit', 11, 'booked', 'app'],
  // The simulated reader's cards (people 12-14): one to check in at 10:00, one too early, one missed.
  [0, '10:00', 'sscard-reissue', 12, 'booked', 'app'],
  [0, '14:00', 'hf-withdraw-retire', 13, 'booked', 'web'],
  [0, '08:30', 'retire-approval', 14, 'booked', 'phone'],
];

function categoryOf(itemId: string): string {
  const c = businessCategories.find((cat) => cat.prefix !== 'V' && cat.itemIds.includes(itemId));
  if (!c) throw new Error(`no queue category serves item ${itemId}`);
  return c.id;
}

function nextHour(time: string): string {
  const [h = '0', m = '0'] = time.split(':');
  return `${String(Number(h) + 1).padStart(2, '0')}:${m}`;
}

/** Sample appointments relative to a business date (yyyy-MM-dd). Deterministic for a date. */
export function sampleAppointments(businessDate: string): Appointment[] {
  const perDate = new Map<string, number>();
  return plan.map(([offset, from, key, who, status, channel]) => {
    const date = addWorkingDays(businessDate, offset);
    const seq = (perDate.get(date) ?? 0) + 1;
    perDate.set(date, seq);
    const id = itemIdByKey(key);
    const item = serviceItems.find((i) => i.id === id);
    const person = people[who];
    if (!item || !person) throw new Error(`bad appointment plan entry ${key}`);
    const created = addWorkingDays(date, -2);
    return {
      code: `YY${compact(date).slice(2)}${String(seq).padStart(2, '0')}`,
      itemId: id,
      itemName: item.name,
      categoryId: categoryOf(id),
      date,
      slot: { from, to: nextHour(from) },
      applicant: { name: person.name, idNumber: person.idNumber, phone: person.phone },
      channel,
      status,
      createdAt: at(created, `${String(19 + (seq % 4)).padStart(2, '0')}:${String(10 + seq * 3).padStart(2, '0')}`),
      checkedInAt: status === 'checkedIn' ? at(date, from) : null,
    };
  });
}
