// The reference platform's side of 咨询投诉建议: what it answers happens next (the hall's reply rule per
// kind, and only with a phone to reply to), and finding a complaint by the reference on the citizen's slip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Complaint } from '../../platform/services/records-store.ts';
import { defaultComplaintRules } from '../../platform/services/records-store.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { platformDatabase } from '../support/platform-database.ts';

let running: RunningPlatform;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T02:00:00Z'));
  running = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
});
afterEach(async () => {
  await running.close();
});

const complaint = (over: Partial<Complaint> = {}): Complaint => ({
  kind: 'complaint',
  text: '窗口服务态度差',
  reference: 'KIOSK7-20261124-001',
  submittedAt: '2026-11-24T02:00:00.000Z',
  ...over,
});

describe('complaints on the reference platform', () => {
  it('answers the hall’s reply rule for the kind when a phone was left, none otherwise', async () => {
    const records = running.platform.records;
    const rule = defaultComplaintRules.replyWithinWorkingDays;
    for (const kind of ['consultation', 'complaint', 'suggestion', 'praise'] as const) {
      const withPhone = await records.addComplaint(complaint({ kind, phone: '13812345678', reference: `K-20261124-${kind.length}01` }), 'kiosk-7');
      expect(withPhone.followUp.replyWithinWorkingDays).toBe(rule[kind]);
      const without = await records.addComplaint(complaint({ kind, reference: `K-20261124-${kind.length}02` }), 'kiosk-7');
      expect(without.followUp.replyWithinWorkingDays).toBeNull();
    }
    expect(rule).toEqual({ consultation: 5, complaint: 5, suggestion: 15, praise: null });
  });

  it('takes a hall’s own rule', async () => {
    const r = await running.platform.records.addComplaint(complaint({ phone: '13812345678' }), 'kiosk-7', { replyWithinWorkingDays: { consultation: 1, complaint: 3, suggestion: 10, praise: null } });
    expect(r).toMatchObject({ reference: 'KIOSK7-20261124-001', receivedAt: '2026-11-24T02:00:00.000Z', followUp: { replyWithinWorkingDays: 3 } });
  });

  it('finds a complaint by its reference, with the terminal that sent it; an unknown reference finds none', async () => {
    const records = running.platform.records;
    await records.addComplaint(complaint({ name: '王方' }), 'kiosk-7');
    await records.addComplaint(complaint({ reference: 'KIOSK7-20261124-002', kind: 'praise' }), 'kiosk-7');
    clock.advance(1000);
    // Two terminals whose codes collide: both are found, oldest first, each with its terminal.
    await records.addComplaint(complaint({ text: '另一台终端' }), 'kiosk_7');
    const found = await records.complaintsByReference('KIOSK7-20261124-001');
    expect(found.map((f) => [f.terminalId, f.complaint.text])).toEqual([
      ['kiosk-7', '窗口服务态度差'],
      ['kiosk_7', '另一台终端'],
    ]);
    expect(found[0]!.complaint.name).toBe('王方');
    expect(await records.complaintsByReference('KIOSK7-20261124-003')).toEqual([]);
    expect(await records.complaintCount()).toBe(3);
  });
});
