// One-window intake and hand-out through the terminal core against the real reference platform over
// HTTP: the checklist from the local catalogue, a notice then an acceptance for the ticket at the
// window (the card on the reader or a typed applicant), both printed and read back, reprinted without
// the query code, paper out said and the result kept, the return-visit refusal with the earlier notice,
// the hand-out by card and its refusals, and the platform away said plainly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import { encodeAcceptanceReceipt, encodeMissingNotice, printerProfiles, type AcceptanceReceiptSlip, type MissingNoticeSlip } from '../../../../devices/printer/index.ts';
import { err, ok } from '../../../../domain/result.ts';
import { kioskError } from '../../../../domain/errors.ts';
import type { ServiceItem } from '../../../../domain/catalogue.ts';
import type { PrinterDevice } from '../../../../main/core/devices/printer-device.ts';
import { IntakeDesk } from '../../../../main/core/intake/intake-desk.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { QueueSetupCache } from '../../../../main/core/queue/queue-setup-cache.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { keyFile, MetaRepo, openDatabase, QueueSetupRepo, sealedBox, type Db } from '../../../../main/store/index.ts';
import { seedReferencePlatform } from '../../../../platform/seeding.ts';
import { itemIdByKey, sampleCases } from '../../../../platform/seed/index.ts';
import { people } from '../../../../platform/seed/people.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';
import { printedLines } from '../../../devices/printer/fixtures.ts';

const DAY = '2026-11-27';
const WINDOW = 'w02';
const RETIRE = itemIdByKey('retire-approval');
const APPLICANT = people[3]!;
const seeded = sampleCases(DAY);

let dir: string;
let db: Db;
let platform: RunningPlatform;
let desk: IntakeDesk;
let card: { idNumber: string; name: string } | null;
let paper: 'ok' | 'out';
let printed: string[][];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-intake-'));
  const clock = new ManualClock(Date.parse(`${DAY}T10:00:00+08:00`));
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), seed: (p) => seedReferencePlatform(p, DAY) });
  db = openDatabase(join(dir, 'terminal.db'));
  const parsed = parseConfig({ terminal: { id: 'c1', role: 'counter', hallName: '澄州市澜溪区政务服务中心' }, counter: { windowId: WINDOW } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(clock);
  const session = new PlatformSession({ baseUrl: platform.url, terminalId: 'c1', role: 'counter', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta: new MetaRepo(db), box: sealedBox(keyFile(join(dir, 'key'))), log: log.for('p') });
  const enrolled = await session.enrol(await platform.platform.auth.issueEnrolmentCode('c1', 'counter'));
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const setup = new QueueSetupCache({ client: session.client, repo: new QueueSetupRepo(db), clock, log: log.for('q') });
  const refreshed = await setup.refresh();
  if (!refreshed.ok) throw new Error(refreshed.error.message);
  card = null;
  paper = 'ok';
  printed = [];
  const lines = (bytes: Uint8Array) => printedLines(bytes).map((l) => l.text.trim());
  // The real encoders run: what would come out of the printer is read back as text.
  const retire = await platform.platform.catalogue.get('item', RETIRE) as ServiceItem;
  const printer = {
    printAcceptanceReceipt: async (slip: AcceptanceReceiptSlip) => {
      if (paper === 'out') return err(kioskError('printer.paperOut', 'out of paper'));
      const r = encodeAcceptanceReceipt(slip, printerProfiles['generic-80']);
      if (!r.ok) return r;
      printed.push(lines(r.value.bytes));
      return ok({});
    },
    printMissingNotice: async (slip: MissingNoticeSlip) => {
      if (paper === 'out') return err(kioskError('printer.paperOut', 'out of paper'));
      const r = encodeMissingNotice(slip, printerProfiles['generic-80']);
      if (!r.ok) return r;
      printed.push(lines(r.value.bytes));
      return ok({});
    },
  } as unknown as PrinterDevice;
  desk = new IntakeDesk({
    session,
    applicant: () => ok(card),
    // The terminal's own copy of the catalogue: there when the platform is not.
    item: (id) => (id === RETIRE ? retire : null),
    setup,
    printer: () => printer,
    config: parsed.config,
    clock,
    log: log.for('intake'),
  });
});
afterEach(async () => {
  db.close();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serveTicket(): Promise<string> {
  const q = platform.platform.queue;
  const current = await q.windowStatus(WINDOW);
  if (current.ok && current.value.current) await q.finish({ windowId: WINDOW });
  const category = (await q.configuration()).categories.find((c) => c.windowIds.includes(WINDOW))!;
  const t = await q.issueTicket({ categoryId: category.id, channel: 'kiosk', terminalId: 'k1' });
  if (!t.ok) throw new Error(t.error.message);
  const called = await q.callNext(WINDOW);
  if (!called.ok) throw new Error(called.error.message);
  return called.value.id;
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

describe('IntakeDesk', () => {
  it('gives the checklist from the local catalogue: required, conditional, with counts and standards', async () => {
    const list = value(desk.checklist(RETIRE));
    expect(list.item).toMatchObject({ id: RETIRE, instant: false, promiseDays: 10, promiseUnit: '工作日' });
    expect(list.materials.map((m) => m.role)).toContain('required');
    expect(list.materials.map((m) => m.role)).toContain('conditional');
    expect(desk.checklist('nope').ok).toBe(false);
  });

  it('a notice first (one missing, printed and read back), then the acceptance: receipt printed with case number and promised date; reprint leaves the query code off', async () => {
    const materials = value(desk.checklist(RETIRE)).materials.filter((m) => m.role === 'required').map((m) => m.name);
    const ticketId = await serveTicket();
    card = { idNumber: APPLICANT.idNumber, name: APPLICANT.name };
    const first = value(await desk.accept({ ticketId, staffId: 'LX2002', itemId: RETIRE, received: materials.slice(1), applies: [], delivery: 'window' }));
    expect(first.print).toEqual({ printed: true, problem: null });
    expect(first.outcome.outcome).toBe('notice');
    const notice = printed.at(-1)!;
    expect(notice).toContain('一次性告知书');
    expect(notice).toContain(`1. ${materials[0]}`);
    const accepted = value(await desk.accept({ ticketId, staffId: 'LX2002', itemId: RETIRE, received: materials, applies: [], delivery: 'window' }));
    expect(accepted.outcome.outcome).toBe('accepted');
    if (accepted.outcome.outcome !== 'accepted') return;
    const a = accepted.outcome.acceptance;
    const receipt = printed.at(-1)!;
    expect(receipt).toContain('受理回执');
    expect(receipt).toContain(a.caseNumber);
    expect(receipt).toContain(a.queryCode!);
    expect(receipt.some((l) => l.startsWith('承诺办结') && l.endsWith('2026-12-11'))).toBe(true);
    expect(receipt.join('')).toContain('综合出件窗口（一楼A区）');
    const windowName = (await platform.platform.queue.configuration()).windows.find((w) => w.id === WINDOW)!.name;
    expect(receipt.some((l) => l.startsWith('受理窗口') && l.endsWith(windowName))).toBe(true);
    expect(value(await desk.reprint('receipt', a.caseNumber))).toEqual({ printed: true, problem: null });
    expect(printed.at(-1)).toContain('受理回执（补打）');
    expect(printed.at(-1)).not.toContain(a.queryCode!);
    expect((await desk.reprint('notice', a.caseNumber)).ok).toBe(false);
    // The kiosk's progress lookup now finds it.
    expect((await platform.platform.records.case(a.caseNumber, a.queryCode!)).status).toBe('accepted');
  });

  it('takes a typed applicant without a card; without either it says so', async () => {
    const ticketId = await serveTicket();
    const all = value(desk.checklist(RETIRE)).materials.filter((m) => m.role === 'required').map((m) => m.name);
    const none = await desk.accept({ ticketId, staffId: 'LX2002', itemId: RETIRE, received: all, applies: [], delivery: 'window' });
    expect(!none.ok && none.error.code).toBe('intake.noApplicant');
    const typed = value(await desk.accept({ ticketId, staffId: 'LX2002', itemId: RETIRE, idNumber: APPLICANT.idNumber, name: APPLICANT.name, received: all, applies: [], delivery: 'window' }));
    expect(typed.outcome.outcome).toBe('accepted');
  });

  it('out of paper: the outcome stands and the answer says why it did not print', async () => {
    paper = 'out';
    card = { idNumber: APPLICANT.idNumber, name: APPLICANT.name };
    const r = value(await desk.accept({ ticketId: await serveTicket(), staffId: 'LX2002', itemId: RETIRE, received: [], applies: [], delivery: 'window' }));
    expect(r.outcome.outcome).toBe('notice');
    expect(r.print).toEqual({ printed: false, problem: 'printer.paperOut' });
  });

  it('a new gap on the return visit is refused with the earlier notice for staff to see', async () => {
    const materials = value(desk.checklist(RETIRE)).materials.filter((m) => m.role === 'required').map((m) => m.name);
    card = { idNumber: APPLICANT.idNumber, name: APPLICANT.name };
    value(await desk.accept({ ticketId: await serveTicket(), staffId: 'LX2002', itemId: RETIRE, received: [materials[0]!], applies: [], delivery: 'window' }));
    const again = await desk.accept({ ticketId: await serveTicket(), staffId: 'LX2002', itemId: RETIRE, received: [materials[1]!], applies: [], delivery: 'window' });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('intake.newGap');
    expect(again.error.details).toMatchObject({ newGaps: [materials[0]], earlier: { missing: materials.slice(1) } });
  });

  it('a ticket not at the window is refused by its own code', async () => {
    card = { idNumber: APPLICANT.idNumber, name: APPLICANT.name };
    await serveTicket();
    const r = await desk.accept({ ticketId: 'not-this-one', staffId: 'LX2002', itemId: RETIRE, received: [], applies: [], delivery: 'window' });
    expect(!r.ok && r.error.code).toBe('intake.notAtWindow');
  });

  it('hands a ready result over to the card on the reader; refuses another holder, twice, and a case not ready', async () => {
    const ready = seeded.find((c) => c.status === 'ready' && c.delivery.method === 'window')!;
    expect(value(await desk.findCase(ready.caseNumber))).toMatchObject({ status: 'ready', handedOver: null });
    card = { idNumber: people[9]!.idNumber, name: people[9]!.name };
    const wrong = await desk.handOver({ caseNumber: ready.caseNumber, staffId: 'LX2002' });
    expect(!wrong.ok && wrong.error.code).toBe('intake.holderMismatch');
    card = { idNumber: ready.applicant.idNumber, name: ready.applicant.name };
    expect(value(await desk.handOver({ caseNumber: ready.caseNumber, staffId: 'LX2002' })).handedOver.windowId).toBe(WINDOW);
    const twice = await desk.handOver({ caseNumber: ready.caseNumber, staffId: 'LX2002' });
    expect(!twice.ok && twice.error.code).toBe('intake.alreadyHandedOver');
    const inReview = seeded.find((c) => c.status === 'inReview')!;
    const notReady = await desk.handOver({ caseNumber: inReview.caseNumber, staffId: 'LX2002', queryCode: inReview.queryCode });
    expect(!notReady.ok && notReady.error).toMatchObject({ code: 'intake.notReady', details: { status: 'inReview' } });
    const unknown = await desk.findCase('X1234567890');
    expect(!unknown.ok && unknown.error.code).toBe('case.notFound');
  });

  it('says the platform is away plainly; the checklist is still there', async () => {
    await platform.close();
    card = { idNumber: APPLICANT.idNumber, name: APPLICANT.name };
    const r = await desk.accept({ ticketId: 't', staffId: 'LX2002', itemId: RETIRE, received: [], applies: [], delivery: 'window' });
    expect(!r.ok && r.error.code).toBe('platform.offline');
    expect(desk.checklist(RETIRE).ok).toBe(true);
    platform = await startPlatform({ clock: new ManualClock(0), version: 't', dbPath: join(dir, 'platform2.db') });
  });
});
