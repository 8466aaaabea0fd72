// One-window intake (一窗受理) and result hand-out (综合出件) on the reference platform: a counter
// accepts a case for the ticket it serves, or gives a one-time notice of every missing material
// (一次性告知书); hands a ready result over to its verified holder; looks a case up for hand-out.
// The rules (platform/README.md "One-window intake"): the platform computes what is missing from the
// guide, so no notice can leave a gap out; a return visit for the same item may not be told of a gap
// the latest notice did not name, unless the guide's materials changed since (intake.newGap).
// Over the platform's Storage: each method works in the caller's transaction when given one (a route's
// `ctx.tx`), else in its own.
import { DEFAULT_HALL } from './halls.ts';
import { createHash, randomInt } from 'node:crypto';
import type { z } from 'zod';
import { formatCaseNumber, type ServiceItem } from '../../domain/catalogue.ts';
import type { CaseProgress } from '../../domain/cases.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import { deferredMaterials, missingMaterials, unknownMaterials } from '../../domain/intake-rules.ts';
import { guideMaterial, type Acceptance, type HandOutCase, type IntakeOutcome, type MissingNotice, type handOverBodySchema, type intakeAcceptBodySchema } from '../../domain/intake.ts';
import { maskPersonName } from '../../domain/person-name.ts';
import { PlatformError } from '../http/platform-error.ts';
import { addDays, addWorkingDays, isWorkingDay } from '../seed/calendar.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import type { CatalogueStore } from './catalogue-store.ts';
import type { RecordsStore } from './records-store.ts';

export type AcceptRequest = z.output<typeof intakeAcceptBodySchema>;
export type HandOverRequest = z.output<typeof handOverBodySchema>;

export interface IntakeDeps {
  readonly storage: Storage;
  readonly now: () => number;
  readonly records: RecordsStore;
  readonly catalogue: CatalogueStore;
  /** The ticket called or served at a hall's window now (throws PlatformError for an unknown window), read in the intake's transaction. */
  readonly ticketAt: (windowId: string, tx: Transaction, hall: string) => string | null | Promise<string | null>;
  /** The hall calendar; default Monday to Friday. */
  readonly isWorkingDay?: (date: string) => boolean;
  readonly timeZone?: string;
  /** The query code of a new case (6 digits); random by default. */
  readonly queryCode?: () => string;
}

interface CaseRow {
  body: string;
  id_hash: string;
  query_code_hash: string;
  handed_over_at: number | null;
  handed_over_window_id: string | null;
  handed_over_staff_id: string | null;
}

interface NoticeRow {
  number: string;
  guide_hash: string;
  missing: string;
  received: string;
  business_date: string;
}

/** The fingerprint of an item's materials: a notice given under another fingerprint does not hold a later visit. */
export function guideHash(item: Pick<ServiceItem, 'materials'>): string {
  return createHash('sha256').update(JSON.stringify(item.materials)).digest('hex');
}

export class IntakeService {
  readonly #d: IntakeDeps;
  readonly #working: (date: string) => boolean;
  readonly #zone: string;

  constructor(deps: IntakeDeps) {
    this.#d = deps;
    this.#working = deps.isWorkingDay ?? isWorkingDay;
    this.#zone = deps.timeZone ?? 'Asia/Shanghai';
  }

  /** Only a terminal enrolled as a counter may take in cases or hand results over. */
  async requireCounter(terminalId: string, q?: Transaction): Promise<void> {
    const row = await within(this.#d.storage, q, (tx) => tx.one<{ role: string }>('SELECT role FROM terminals WHERE id = ?', [terminalId]));
    if (row?.role !== 'counter') throw new PlatformError('intake.counterOnly', `terminal ${terminalId} is not a counter terminal: only a window takes in cases and hands results over`);
  }

  /** The promised date: the item's promise limit from `date` (工作日 on the hall calendar, or 自然日); 即办件: `date`. */
  promisedBy(item: Pick<ServiceItem, 'promiseLimit'>, date: string): string {
    const days = item.promiseLimit.days ?? 0;
    return item.promiseLimit.unit === '自然日' ? addDays(date, days) : addWorkingDays(date, days, this.#working);
  }

  /** At a window of `hall` (the counter's; default `default`): the ticket must be the one at that hall's window. */
  async accept(req: AcceptRequest, q?: Transaction, hall: string = DEFAULT_HALL): Promise<IntakeOutcome> {
    return within(this.#d.storage, q, (tx) => this.#accept(tx, req, hall));
  }

  async #accept(tx: Transaction, req: AcceptRequest, hall: string): Promise<IntakeOutcome> {
    const item = (await this.#d.catalogue.get('item', req.itemId, tx)) as ServiceItem | null;
    if (!item) throw new PlatformError('intake.unknownItem', `no service item ${req.itemId} in the catalogue`);
    const unknown = unknownMaterials(item.materials, [...req.received, ...req.applies]);
    if (unknown.length > 0) {
      throw new PlatformError('intake.unknownMaterial', `not materials of ${item.name}: ${unknown.join(', ')}`, { materials: unknown });
    }
    const at = await this.#d.ticketAt(req.windowId, tx, hall);
    if (at !== req.ticketId) {
      throw new PlatformError('intake.notAtWindow', `ticket ${req.ticketId} is not the one called or served at window ${req.windowId}`, { current: at });
    }
    const idHash = this.#d.records.idHash(req.applicant.idNumber);
    const missing = missingMaterials(item.materials, req.received, req.applies);
    return missing.length > 0 ? this.#notice(tx, req, item, idHash, missing) : this.#acceptCase(tx, req, item, idHash);
  }

  async #notice(tx: Transaction, req: AcceptRequest, item: ServiceItem, idHash: string, missing: string[]): Promise<IntakeOutcome> {
    const { now } = this.#d;
    const hash = guideHash(item);
    const earlier = await tx.one<NoticeRow>(
      'SELECT number, guide_hash, missing, received, business_date FROM intake_notices WHERE id_hash = ? AND item_id = ? AND settled_by IS NULL ORDER BY issued_at DESC, number DESC LIMIT 1',
      [idHash, item.id],
    );
    if (earlier && earlier.guide_hash === hash) {
      const named = JSON.parse(earlier.missing) as string[];
      const receivedEarlier = JSON.parse(earlier.received) as string[];
      const newGaps = missing.filter((n) => !named.includes(n));
      if (newGaps.length > 0) {
        throw new PlatformError(
          'intake.newGap',
          `notice ${earlier.number} of ${earlier.business_date} did not name ${newGaps.join(', ')}: a return visit may not be told of a new gap (tick what was received last time)`,
          { earlier: { number: earlier.number, businessDate: earlier.business_date, missing: named, received: receivedEarlier }, newGaps, receivedEarlier: newGaps.filter((n) => receivedEarlier.includes(n)) },
        );
      }
    }
    const t = now();
    const date = businessDateOf(t, this.#zone);
    await oneAtATime(tx, `intake_notices:${date}`);
    const seq = ((await tx.one<{ n: number }>('SELECT count(*) AS n FROM intake_notices WHERE business_date = ?', [date]))?.n ?? 0) + 1;
    const byName = new Map(item.materials.map((m) => [m.name, m]));
    const notice: MissingNotice = {
      ...this.#facts(item, req),
      number: `GZ${date.replaceAll('-', '')}${String(seq).padStart(4, '0')}`,
      businessDate: date,
      issuedAt: new Date(t).toISOString(),
      missing: missing.map((n) => guideMaterial(byName.get(n)!)),
      received: [...req.received],
      consultPhone: item.consultPhone,
    };
    await tx.run(
      'INSERT INTO intake_notices (number, id_hash, item_id, guide_hash, missing, received, body, business_date, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [notice.number, idHash, item.id, hash, JSON.stringify(missing), JSON.stringify(req.received), JSON.stringify(notice), date, t],
    );
    return { outcome: 'notice', notice };
  }

  async #acceptCase(tx: Transaction, req: AcceptRequest, item: ServiceItem, idHash: string): Promise<IntakeOutcome> {
    const { now, records } = this.#d;
    const t = now();
    const date = businessDateOf(t, this.#zone);
    const acceptedAt = new Date(t).toISOString();
    const promisedBy = this.promisedBy(item, date);
    const delivery = req.delivery === 'express' && item.expressDelivery ? 'express' : 'window';
    let caseNumber: string;
    let queryCode: string | null;
    if (req.caseNumber !== undefined) {
      caseNumber = req.caseNumber;
      queryCode = null;
      await this.#bind(tx, req.caseNumber, item, idHash, req, acceptedAt, promisedBy);
    } else {
      caseNumber = await this.#nextCaseNumber(tx, item.taskCode, date);
      queryCode = this.#d.queryCode?.() ?? String(randomInt(0, 1_000_000)).padStart(6, '0');
      const steps: CaseProgress['steps'] = item.steps.map((s, i) =>
        i === 0
          ? { name: s.name, status: 'done', at: acceptedAt, handler: req.staffId, opinion: '材料齐全，予以受理' }
          : { name: s.name, status: i === 1 ? 'current' : 'pending', at: null, handler: null, opinion: null },
      );
      const progress: CaseProgress = {
        caseNumber,
        taskCode: item.taskCode,
        itemId: item.id,
        itemName: item.name,
        deptName: item.deptName,
        applicantMasked: maskPersonName(req.applicant.name),
        channel: 'window',
        acceptedAt,
        promisedBy,
        finishedAt: null,
        status: 'accepted',
        steps,
        delivery: { method: delivery, trackingNumber: null },
      };
      await records.addCase(progress, req.applicant.idNumber, queryCode, { windowId: req.windowId, staffId: req.staffId }, tx);
    }
    await tx.run('UPDATE intake_notices SET settled_by = ? WHERE id_hash = ? AND item_id = ? AND settled_by IS NULL', [caseNumber, idHash, item.id]);
    await this.#bindTicket(tx, req.ticketId, caseNumber, 'accept', req.windowId, req.staffId);
    const byName = new Map(item.materials.map((m) => [m.name, m]));
    const acceptance: Acceptance = {
      ...this.#facts(item, req),
      caseNumber,
      queryCode,
      bound: req.caseNumber !== undefined,
      received: req.received.map((n) => guideMaterial(byName.get(n)!)),
      deferred: deferredMaterials(item.materials, req.received),
      acceptedAt,
      promisedBy,
      instant: item.projectType === '1',
      delivery,
      resultName: item.result.name,
    };
    return { outcome: 'accepted', acceptance };
  }

  /** An existing case (applied online, or sent back for correction) accepted at the window: same item, same applicant. */
  async #bind(tx: Transaction, caseNumber: string, item: ServiceItem, idHash: string, req: AcceptRequest, acceptedAt: string, promisedBy: string): Promise<void> {
    const row = await this.#row(tx, caseNumber);
    if (!row) throw new PlatformError('case.notFound', `no case ${caseNumber} to bind`);
    const c = JSON.parse(row.body) as CaseProgress;
    if (row.id_hash !== idHash) throw new PlatformError('intake.caseMismatch', `case ${caseNumber} is another applicant's`, { reason: 'applicant' });
    if (c.itemId !== item.id) throw new PlatformError('intake.caseMismatch', `case ${caseNumber} is for ${c.itemName}, not ${item.name}`, { reason: 'item', itemId: c.itemId });
    if (c.status !== 'accepted' && c.status !== 'correction') {
      throw new PlatformError('intake.caseMismatch', `case ${caseNumber} is ${c.status}: only a case waiting for the window's check can be bound`, { reason: 'status', status: c.status });
    }
    const steps = c.steps.map((s, i) => (i === 0 ? { ...s, status: 'done' as const, at: acceptedAt, handler: req.staffId, opinion: '窗口核验材料齐全，予以受理' } : s));
    const body: CaseProgress = { ...c, status: 'accepted', acceptedAt, promisedBy, steps };
    await tx.run('UPDATE cases SET body = ?, accepted_window_id = ?, accepted_staff_id = ? WHERE case_number = ?', [JSON.stringify(body), req.windowId, req.staffId, caseNumber]);
  }

  /** 实施编码 + yyyyMMdd + the next 4-digit sequence of that item and day. */
  async #nextCaseNumber(tx: Transaction, taskCode: string, date: string): Promise<string> {
    const prefix = `${taskCode}${date.replaceAll('-', '')}`;
    await oneAtATime(tx, `cases:${prefix}`);
    // The last four characters by a positive start (PostgreSQL's substr does not count from the end).
    const max = (
      await tx.one<{ n: number | null }>(
        'SELECT max(CAST(substr(case_number, length(case_number) - 3) AS INTEGER)) AS n FROM cases WHERE substr(case_number, 1, length(case_number) - 4) = ? AND length(case_number) = ?',
        [prefix, prefix.length + 4],
      )
    )?.n;
    return formatCaseNumber(taskCode, date, (max ?? 0) + 1);
  }

  async #bindTicket(tx: Transaction, ticketId: string, caseNumber: string, stage: 'accept' | 'handOver', windowId: string, staffId: string): Promise<void> {
    await tx.run('INSERT INTO ticket_cases (ticket_id, case_number, stage, window_id, staff_id, bound_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
      ticketId,
      caseNumber,
      stage,
      windowId,
      staffId,
      this.#d.now(),
    ]);
  }

  /** The cases a served ticket was bound to (a rating of the ticket is about them), oldest first (two bound in the same millisecond: by case number). */
  async casesOfTicket(ticketId: string, q?: Transaction): Promise<string[]> {
    return within(this.#d.storage, q, async (tx) =>
      (await tx.query<{ case_number: string }>('SELECT case_number FROM ticket_cases WHERE ticket_id = ? ORDER BY bound_at, case_number', [ticketId])).map((r) => r.case_number),
    );
  }

  async findCase(caseNumber: string, q?: Transaction): Promise<HandOutCase> {
    return within(this.#d.storage, q, async (tx) => {
      const row = await this.#row(tx, caseNumber);
      if (!row) throw new PlatformError('case.notFound', `no case ${caseNumber}`);
      const c = JSON.parse(row.body) as CaseProgress;
      const item = (await this.#d.catalogue.get('item', c.itemId, tx)) as ServiceItem | null;
      return {
        caseNumber: c.caseNumber,
        itemId: c.itemId,
        itemName: c.itemName,
        deptName: c.deptName,
        applicantMasked: c.applicantMasked,
        status: c.status,
        promisedBy: c.promisedBy,
        delivery: c.delivery,
        resultName: item?.result.name ?? c.itemName,
        handedOver: handedOver(row),
      };
    });
  }

  async handOver(req: HandOverRequest, q?: Transaction): Promise<HandOverOutcome> {
    return within(this.#d.storage, q, (tx) => this.#handOver(tx, req));
  }

  async #handOver(tx: Transaction, req: HandOverRequest): Promise<HandOverOutcome> {
    const { now, records } = this.#d;
    const row = await this.#row(tx, req.caseNumber);
    if (!row) throw new PlatformError('case.notFound', `no case ${req.caseNumber}`);
    const holder =
      req.idNumber !== undefined ? records.idHash(req.idNumber) === row.id_hash : records.idHash(`query:${req.caseNumber}:${req.queryCode!}`) === row.query_code_hash;
    if (!holder) {
      throw new PlatformError('intake.holderMismatch', req.idNumber !== undefined ? 'the ID card is not the applicant’s of this case' : 'the query code does not match this case', {
        by: req.idNumber !== undefined ? 'idCard' : 'queryCode',
      });
    }
    const c = JSON.parse(row.body) as CaseProgress;
    const earlier = handedOver(row);
    if (earlier || c.status === 'delivered') {
      throw new PlatformError('intake.alreadyHandedOver', `the result of case ${req.caseNumber} was handed over already`, earlier ?? { at: c.finishedAt });
    }
    if (c.status !== 'ready') throw new PlatformError('intake.notReady', `case ${req.caseNumber} is ${c.status}: its result is not ready to hand over`, { status: c.status });
    if (c.delivery.method !== 'window') throw new PlatformError('intake.notReady', `the result of case ${req.caseNumber} is sent by express, not handed out at a window`, { status: c.status, delivery: 'express' });
    const t = now();
    const at = new Date(t).toISOString();
    const steps = c.steps.map((s) => (s.status === 'done' ? s : { ...s, status: 'done' as const, at, handler: req.staffId, opinion: `综合出件窗口当面领取（${req.windowId}）` }));
    const body: CaseProgress = { ...c, status: 'delivered', finishedAt: at, steps };
    await tx.run('UPDATE cases SET body = ?, handed_over_at = ?, handed_over_window_id = ?, handed_over_staff_id = ? WHERE case_number = ?', [
      JSON.stringify(body),
      t,
      req.windowId,
      req.staffId,
      req.caseNumber,
    ]);
    if (req.ticketId !== undefined) await this.#bindTicket(tx, req.ticketId, req.caseNumber, 'handOver', req.windowId, req.staffId);
    const item = (await this.#d.catalogue.get('item', c.itemId, tx)) as ServiceItem | null;
    return { caseNumber: c.caseNumber, itemName: c.itemName, resultName: item?.result.name ?? c.itemName, applicantMasked: c.applicantMasked, handedOver: { at, windowId: req.windowId, staffId: req.staffId } };
  }

  async #row(tx: Transaction, caseNumber: string): Promise<CaseRow | null> {
    return tx.one<CaseRow>('SELECT body, id_hash, query_code_hash, handed_over_at, handed_over_window_id, handed_over_staff_id FROM cases WHERE case_number = ?', [caseNumber]);
  }

  #facts(item: ServiceItem, req: AcceptRequest) {
    return {
      itemId: item.id,
      itemName: item.name,
      taskCode: item.taskCode,
      deptName: item.deptName,
      applicantMasked: maskPersonName(req.applicant.name),
      windowId: req.windowId,
      staffId: req.staffId,
    };
  }
}

export interface HandOverOutcome {
  readonly caseNumber: string;
  readonly itemName: string;
  readonly resultName: string;
  readonly applicantMasked: string;
  readonly handedOver: { at: string; windowId: string; staffId: string };
}

/**
 * A daily sequence read as count or max + 1 is taken by one transaction at a time: on PostgreSQL two
 * under read committed would read the same value (an advisory lock on the sequence's key, held to the
 * end of the transaction); SQLite's writers are serial already.
 */
async function oneAtATime(tx: Transaction, key: string): Promise<void> {
  if (tx.dialect === 'postgres') await tx.one('SELECT pg_advisory_xact_lock(hashtext(?)) AS locked', [key]);
}

function handedOver(row: CaseRow): { at: string; windowId: string; staffId: string } | null {
  return row.handed_over_at === null ? null : { at: new Date(row.handed_over_at).toISOString(), windowId: row.handed_over_window_id ?? '', staffId: row.handed_over_staff_id ?? '' };
}
