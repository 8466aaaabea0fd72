// A terminal core's queue and case desks against the real reference platform over HTTP (seeded like
// the embedded default for a business date), with an injected clock, the card on the reader as a
// variable, and printers that keep what they were sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../../config/load.ts';
import type { Config } from '../../../../config/schema/index.ts';
import type { PrintDocument } from '../../../../devices/document-printer/types.ts';
import { encodeCaseProgressSlip, printerProfiles, type CaseProgressSlip } from '../../../../devices/printer/index.ts';
import { CaseDesk } from '../../../../main/core/cases/case-desk.ts';
import type { DocumentPrinterDevice } from '../../../../main/core/devices/document-printer-device.ts';
import type { PrinterDevice } from '../../../../main/core/devices/printer-device.ts';
import { Outbox } from '../../../../main/core/link/outbox.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { QueueSetupCache } from '../../../../main/core/queue/queue-setup-cache.ts';
import { TicketDesk } from '../../../../main/core/queue/ticket-desk.ts';
import { Ticketing } from '../../../../main/core/queue/ticketing.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { keyFile, MetaRepo, OfflineCounterRepo, openDatabase, OutboxRepo, QueueSetupRepo, sealedBox, type Db } from '../../../../main/store/index.ts';
import { seedReferencePlatform } from '../../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';
import { err, ok } from '../../../../domain/result.ts';
import { expiredCardError } from '../../../../domain/card-validity.ts';

export const BUSINESS_DATE = '2026-11-24';

export interface CoreDesks {
  readonly clock: ManualClock;
  /** The platform now (a new one after platformBack). */
  readonly platform: RunningPlatform;
  /** The terminal's enrolled link to the platform (for other desks: payments, booking, rating). */
  readonly session: PlatformSession;
  readonly outbox: Outbox;
  readonly config: Config;
  /** The folder of both databases (the terminal's is terminal.db). */
  readonly dir: string;
  readonly cases: CaseDesk;
  readonly tickets: TicketDesk;
  readonly ticketing: Ticketing;
  readonly setup: QueueSetupCache;
  /** The card on the reader (its ID number), or null. */
  card: string | null;
  /** The card on the reader is past its validity (this date): real-name uses are refused. */
  cardExpiredOn: string | null;
  /** What the ticket printer was sent, as slips; null: the kiosk has no ticket printer. */
  slips: CaseProgressSlip[] | null;
  /** What the A4 printer was sent; null: no A4 printer. */
  sheets: PrintDocument[] | null;
  platformDown(): Promise<void>;
  /** The platform starts again on the same address and database. */
  platformBack(): Promise<void>;
  close(): Promise<void>;
}

/** The reference platform seeded for BUSINESS_DATE, and the terminal's desks enrolled with it, at `wall` (hall time). */
export async function openDesks(wall = `${BUSINESS_DATE}T10:00:00+08:00`): Promise<CoreDesks> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-cases-'));
  const clock = new ManualClock(Date.parse(wall));
  const platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), seed: (p) => seedReferencePlatform(p, BUSINESS_DATE) });
  const db: Db = openDatabase(join(dir, 'terminal.db'));
  const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: '澄州市澜溪区政务服务中心' } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const config = parsed.config;
  const log = new EventLog(clock);
  const box = sealedBox(keyFile(join(dir, 'key')));
  const session = new PlatformSession({ baseUrl: platform.url, terminalId: 'k1', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta: new MetaRepo(db), box, log: log.for('p') });
  const enrolled = await session.enrol(await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'));
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const outbox = new Outbox({ repo: new OutboxRepo(db, box), client: session.client, clock, log: log.for('o'), random: () => 0.5 });
  const setup = new QueueSetupCache({ client: session.client, repo: new QueueSetupRepo(db), clock, log: log.for('q') });
  const refreshed = await setup.refresh();
  if (!refreshed.ok) throw new Error(refreshed.error.message);
  const desks = {} as CoreDesks & { card: string | null; cardExpiredOn: string | null; slips: CaseProgressSlip[] | null; sheets: PrintDocument[] | null };
  desks.card = null;
  desks.cardExpiredOn = null;
  desks.slips = [];
  desks.sheets = [];
  const printer = {
    printTicket: async () => ({ ok: true, value: {} }),
    printCaseProgress: async (slip: CaseProgressSlip) => {
      // The real encoder runs, so a slip that could not be laid out fails here as on the printer.
      const bytes = encodeCaseProgressSlip(slip, printerProfiles['generic-80']);
      if (!bytes.ok) return bytes;
      desks.slips?.push(slip);
      return { ok: true, value: {} };
    },
  } as unknown as PrinterDevice;
  const a4 = {
    print: async (doc: PrintDocument) => {
      desks.sheets?.push(doc);
      return { ok: true, value: {} };
    },
  } as unknown as DocumentPrinterDevice;
  const ticketing = new Ticketing({ session, outbox, counters: new OfflineCounterRepo(db), setup, clock, config, log: log.for('q'), idNumber: () => (desks.cardExpiredOn ? err(expiredCardError(desks.cardExpiredOn)) : ok(desks.card)) });
  const tickets = new TicketDesk({ ticketing, printer: () => (desks.slips ? printer : null), config, log: log.for('q') });
  const cases = new CaseDesk({
    session,
    idNumber: () => (desks.cardExpiredOn ? err(expiredCardError(desks.cardExpiredOn)) : ok(desks.card)),
    setup,
    printer: () => (desks.slips ? printer : null),
    documentPrinter: () => (desks.sheets ? a4 : null),
    tickets,
    config,
    clock,
    log: log.for('cases'),
  });
  let up = true;
  const port = Number(new URL(platform.url).port);
  return Object.assign(desks, {
    clock,
    platform,
    session,
    outbox,
    config,
    dir,
    cases,
    tickets,
    ticketing,
    setup,
    async platformDown() {
      up = false;
      await desks.platform.close();
    },
    async platformBack() {
      (desks as { platform: RunningPlatform }).platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port });
      up = true;
    },
    async close() {
      db.close();
      if (up) await desks.platform.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
