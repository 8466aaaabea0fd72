// Fills a new reference platform with the seed hall: the catalogue, forms, the queue's categories,
// windows and staff, and the sample appointments and cases of the business date it starts on; and
// `seedHall`, another hall of the same platform with the seed hall's queue set-up (issue 17).
import { maskPersonName } from '../domain/person-name.ts';
import { type CaseProgress } from '../domain/cases.ts';
import type { Platform } from './app.ts';
import type { Hall } from './services/halls.ts';
import { businessCategories, departments, sampleAppointments, sampleCases, serviceItems, staff, themes, windows, type CaseRecord } from './seed/index.ts';
import { seedForms } from './seed/forms.ts';
import { sampleNotices } from './seed/notices.ts';
import { sampleFees, type SampleFee } from './seed/fees.ts';
import { seedPinOf, seedStaffCards } from './seed/staff-credentials.ts';

export function caseProgressOf(record: CaseRecord): CaseProgress {
  return {
    caseNumber: record.caseNumber,
    taskCode: record.taskCode,
    itemId: record.itemId,
    itemName: record.itemName,
    deptName: record.deptName,
    applicantMasked: record.applicant.kind === 'enterprise' && record.applicant.orgName ? record.applicant.orgName : maskPersonName(record.applicant.name),
    channel: record.channel,
    acceptedAt: record.acceptedAt,
    promisedBy: record.promisedBy,
    finishedAt: record.finishedAt,
    status: record.status,
    steps: record.steps.map((s) => ({ name: s.name, status: s.status, at: s.at, handler: s.handler, opinion: s.opinion })),
    delivery: record.delivery,
  };
}

/**
 * Who accepted a sample case: the staff member named on its 受理 step, at their window; a name with
 * no window of its own (back-office staff standing in) is booked to a staffed window chosen by the
 * case number, so every sample case has someone a rating of it reaches.
 */
export function acceptedByOf(record: CaseRecord): { windowId: string; staffId: string } {
  const staffed = windows.filter((w): w is typeof w & { staffId: string } => w.staffId !== null);
  const name = record.steps[0]?.handler ?? null;
  const person = staff.find((s) => s.name === name);
  const own = person && staffed.find((w) => w.staffId === person.id);
  if (own) return { windowId: own.id, staffId: own.staffId };
  let h = 0;
  for (const ch of record.caseNumber) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  const w = staffed[h % staffed.length];
  if (!w) throw new Error('the seed hall has no staffed window');
  return { windowId: w.id, staffId: w.staffId };
}

export async function seedReferencePlatform(platform: Platform, businessDate: string): Promise<void> {
  await platform.catalogue.publish({
    upserts: [
      ...serviceItems.map((body) => ({ kind: 'item' as const, id: body.id, body })),
      ...departments.map((body) => ({ kind: 'department' as const, id: body.code, body })),
      ...themes.map((body) => ({ kind: 'theme' as const, id: body.code, body })),
      ...seedForms.map((body) => ({ kind: 'form' as const, id: body.id, body })),
    ],
  });
  const configured = await platform.queue.configure({ categories: businessCategories, windows, staff });
  if (!configured.ok) throw new Error(`the seed's queue set-up is refused: ${configured.error.message}`);
  // Demo sign-in (上岗) for every staff member: PIN and, for a few, a staff card (seed/staff-credentials.ts).
  for (const s of staff) await platform.staffDuty.setCredentials(s.id, seedPinOf(s.id), seedStaffCards.find((c) => c.staffId === s.id)?.idNumber ?? null);
  // Only appointments still to be checked in: the queue keeps its own record of check-ins.
  for (const a of sampleAppointments(businessDate).filter((x) => x.status === 'booked')) {
    const made = await platform.queue.createAppointment({ code: a.code, categoryId: a.categoryId, idNumber: a.applicant.idNumber, date: a.date, slot: a.slot });
    if (!made.ok) throw new Error(`seed appointment ${a.code} refused: ${made.error.message}`);
  }
  await platform.notices.publish(sampleNotices(businessDate));
  for (const record of sampleCases(businessDate)) {
    await platform.records.addCase(caseProgressOf(record), record.applicant.idNumber, record.queryCode, acceptedByOf(record));
  }
  const fees = new Map<string, SampleFee[]>();
  for (const f of sampleFees(businessDate)) fees.set(f.caseNumber, [...(fees.get(f.caseNumber) ?? []), f]);
  for (const [caseNumber, list] of fees) await platform.payments.addFees(caseNumber, list);
}

/**
 * Another hall in the platform (npm run platform -- --hall=ID:NAME, bench/city's halls): the hall row,
 * and, when its queue has no configuration yet, the seed hall's categories, windows and staff with
 * their demo PINs and cards, all the new hall's own (its numbers start at 1, its windows and staff
 * answer only its terminals). A hall that exists keeps its name and configuration. Answers whether
 * the hall is new. The catalogue is the platform's (its scope per hall is not set here).
 */
export async function seedHall(platform: Platform, hall: Hall): Promise<boolean> {
  return platform.storage.transaction(async (tx) => {
    const created = await platform.halls.create(hall, tx);
    const queue = platform.queues.of(hall.id);
    if ((await queue.configuration(tx)).categories.length > 0) return created;
    const configured = await queue.configure({ categories: businessCategories, windows, staff }, tx);
    if (!configured.ok) throw new Error(`hall ${hall.id}: the seed's queue set-up is refused: ${configured.error.message}`);
    for (const s of staff) {
      await platform.staffDuty.setCredentials(s.id, seedPinOf(s.id), seedStaffCards.find((c) => c.staffId === s.id)?.idNumber ?? null, tx, hall.id);
    }
    return created;
  });
}
