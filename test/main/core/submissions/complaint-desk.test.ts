// 咨询投诉建议 through the terminal core against the real reference platform over HTTP, with an injected
// clock: the reference made here (a daily sequence from the store that survives a restart and starts
// again on the next business date), the platform's answer about what happens next, name and phone
// sealed at rest, the platform down (kept, then delivered exactly once), the slip and paper out.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import { err, ok, type Result } from '../../../../domain/result.ts';
import { kioskError } from '../../../../domain/errors.ts';
import { slipText, encodeComplaintSlip, printerProfiles, type ComplaintSlip } from '../../../../devices/printer/index.ts';
import { ComplaintDesk, type ComplaintInput } from '../../../../main/core/submissions/complaint-desk.ts';
import type { PrinterDevice } from '../../../../main/core/devices/printer-device.ts';
import { Outbox } from '../../../../main/core/link/outbox.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { keyFile, MetaRepo, OfflineCounterRepo, openDatabase, OutboxRepo, sealedBox, type Db } from '../../../../main/store/index.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
let clock: ManualClock;
let platform: RunningPlatform | null;
let port: number;
let db: Db;
/** Slips the printer was sent (as their words); null: no printer. What it answers next: */
let slips: string[] | null;
let paper: 'ok' | 'out';

const printer = {
  printComplaintSlip: async (slip: ComplaintSlip): Promise<Result<unknown>> => {
    if (paper === 'out') return err(kioskError('printer.paperOut', 'paper out'));
    const bytes = encodeComplaintSlip(slip, printerProfiles['generic-80'], { timeZone: 'Asia/Shanghai' });
    if (!bytes.ok) return bytes;
    slips!.push(slipText(bytes.value));
    return ok({});
  },
} as unknown as PrinterDevice;

async function up() {
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port });
  port = Number(new URL(platform.url).port);
}

async function makeDesk() {
  const parsed = parseConfig({ terminal: { id: 'kiosk-7', role: 'kiosk', hallName: '澜溪区政务服务中心' } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(clock);
  const box = sealedBox(keyFile(join(dir, 'key')));
  const session = new PlatformSession({ baseUrl: `http://127.0.0.1:${port}/`, terminalId: 'kiosk-7', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta: new MetaRepo(db), box, log: log.for('p') });
  if (!session.enrolled) expect((await session.enrol(await platform!.platform.auth.issueEnrolmentCode('kiosk-7', 'kiosk'))).ok).toBe(true);
  const outbox = new Outbox({ repo: new OutboxRepo(db, box), client: session.client, clock, log: log.for('o'), random: () => 0.5 });
  const desk = new ComplaintDesk({ outbox, counters: new OfflineCounterRepo(db), online: () => platform !== null, printer: () => (slips ? printer : null), config: parsed.config, clock, log: log.for('c') });
  return { desk, outbox };
}

const complaint = (over: Partial<ComplaintInput> = {}): ComplaintInput => ({ kind: 'complaint', text: '窗口服务态度差', ...over });
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-complaints-'));
  // 2026-11-24 23:50 in the hall (Asia/Shanghai): ten minutes before the business date turns.
  clock = new ManualClock(Date.parse('2026-11-24T23:50:00+08:00'));
  port = 0;
  slips = [];
  paper = 'ok';
  await up();
  db = openDatabase(join(dir, 'terminal.db'));
});
afterEach(async () => {
  db.close();
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the reference', () => {
  it('counts up per business date, survives a restart, and starts again at 001 after midnight in the hall', async () => {
    let { desk } = await makeDesk();
    expect(value(await desk.submit(complaint())).reference).toBe('KIOSK7-20261124-001');
    expect(value(await desk.submit(complaint())).reference).toBe('KIOSK7-20261124-002');
    db.close();
    db = openDatabase(join(dir, 'terminal.db'));
    ({ desk } = await makeDesk());
    expect(value(await desk.submit(complaint())).reference).toBe('KIOSK7-20261124-003');
    clock.advance(10 * 60_000);
    expect(value(await desk.submit(complaint())).reference).toBe('KIOSK7-20261125-001');
    // The platform keeps each under its reference.
    expect(await platform!.platform.records.complaintsByReference('KIOSK7-20261124-003')).toHaveLength(1);
    expect(await platform!.platform.records.complaintsByReference('KIOSK7-20261125-001')).toHaveLength(1);
  });
});

describe('what happens next', () => {
  it('is the platform’s answer when it is reachable: a reply within 5 working days with a phone, none without', async () => {
    const { desk, outbox } = await makeDesk();
    const withPhone = value(await desk.submit(complaint({ phone: '13812345678', name: '王方' })));
    expect(withPhone).toMatchObject({ kind: 'complaint', next: { state: 'delivered', replyWithinWorkingDays: 5 }, print: 'printed', printError: null, waiting: 0 });
    expect(withPhone.filedAt).toBe('2026-11-24T15:50:00.000Z');
    const without = value(await desk.submit(complaint({ kind: 'suggestion' })));
    expect(without.next).toEqual({ state: 'delivered', replyWithinWorkingDays: null });
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 2 });
  });

  it('with the platform down: kept on the terminal (queued), then delivered exactly once when it is back', async () => {
    const { desk, outbox } = await makeDesk();
    await platform!.close();
    platform = null;
    const filed = value(await desk.submit(complaint({ kind: 'consultation', text: '九号窗口在哪里' })));
    expect(filed).toMatchObject({ next: { state: 'queued' }, print: 'printed', waiting: 1 });
    expect(slips!.at(-1)!.replaceAll('\n', '')).toContain('网络恢复后自动提交');
    await up();
    outbox.platformBack();
    await outbox.drain();
    await outbox.drain();
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 1 });
    const kept = await platform!.platform.records.complaintsByReference(filed.reference);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.complaint).toMatchObject({ kind: 'consultation', text: '九号窗口在哪里', reference: filed.reference });
    expect(await platform!.platform.records.complaintCount()).toBe(1);
  });
});

describe('personal data', () => {
  it('is sealed at rest while it waits: neither the name, the phone nor the text is in the database file', async () => {
    const { desk } = await makeDesk();
    await platform!.close();
    platform = null;
    value(await desk.submit(complaint({ name: '王方', phone: '13812345678', text: '窗口服务态度差很久了' })));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const raw = readFileSync(join(dir, 'terminal.db'));
    for (const clear of ['13812345678', '王方', '窗口服务态度差']) expect(raw.includes(Buffer.from(clear)), clear).toBe(false);
  });
});

describe('the receipt slip', () => {
  it('names the kind and reference, masks the name and phone, gives the case and what happens next; no QR', async () => {
    const { desk } = await makeDesk();
    const filed = value(await desk.submit(complaint({ name: '欧阳娜娜', phone: '13812345678', caseNumber: 'AB123' })));
    const slip = slips!.at(-1)!;
    expect(slip).toContain('咨询投诉建议回执');
    expect(slip).toContain(filed.reference);
    expect(slip).toMatch(/类别\s+投诉/);
    expect(slip).toMatch(/提交时间\s+2026-11-24 23:50/);
    expect(slip).toMatch(/姓名\s+欧\*\*娜/);
    expect(slip).toMatch(/电话\s+138\*\*\*\*5678/);
    expect(slip).toContain('AB123');
    expect(slip.replaceAll('\n', '')).toContain('5个工作日内');
    expect(slip).not.toContain('13812345678');
    for (const line of slip.split('\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(3 * 48);
  });

  it('out of paper: the complaint stands, the answer says the slip failed and why', async () => {
    const { desk } = await makeDesk();
    paper = 'out';
    const filed = value(await desk.submit(complaint()));
    expect(filed).toMatchObject({ print: 'failed', printError: 'printer.paperOut', next: { state: 'delivered' } });
    expect(await platform!.platform.records.complaintsByReference(filed.reference)).toHaveLength(1);
  });

  it('without a ticket printer: noPrinter, the complaint still filed', async () => {
    slips = null;
    const { desk } = await makeDesk();
    expect(value(await desk.submit(complaint()))).toMatchObject({ print: 'noPrinter', printError: null });
  });
});
