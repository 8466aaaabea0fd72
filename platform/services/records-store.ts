// Cases, evaluations, form submissions and complaints on the reference platform. Over the platform's
// Storage: each method works in the caller's transaction when given one (a route's `ctx.tx`), else in
// its own.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { CaseProgress } from '../../domain/cases.ts';
import { ratingNeedsReason, type Evaluation, type EvaluationStage } from '../../domain/evaluation.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import type { FormSubmission } from '../../domain/forms.ts';
import type { z } from 'zod';
import type { complaintReceiptSchema, complaintSchema } from '../../domain/api/routes.ts';
import type { ComplaintKind } from '../../domain/complaints.ts';
import { sealedBox, type SealedBox } from '../../lib/sealed-box.ts';
import { fieldInClearSql, openJson, openValue, sealedJson, sealValue } from '../store/sealed-fields.ts';
import { PlatformError } from '../http/platform-error.ts';
import { jsonText, writtenOrder } from '../store/dialect-sql.ts';
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';
import { addWorkingDays } from '../seed/calendar.ts';

/** Who accepted a case (受理): the window and the staff member a rating of the case is booked to. */
export interface AcceptedBy {
  readonly windowId: string;
  readonly staffId: string;
}

/** A bad rating the hall has to verify and call back about (核实整改, 回访). */
export interface FollowUp {
  readonly id: string;
  readonly target: string;
  readonly stage: EvaluationStage;
  readonly level: Evaluation['level'];
  readonly windowId: string | null;
  readonly staffId: string | null;
  readonly phone: string | null;
  /** yyyy-MM-dd: the last working day the follow-up is due. */
  readonly by: string;
}

export interface RecordsOptions {
  /** Working days within which a bad rating is followed up (a local rule; 5 by default). */
  readonly followUpWorkingDays?: number;
  /** The hall's zone, for the follow-up's due date. */
  readonly timeZone?: string;
  /** The case a served ticket was bound to at one-window intake (一窗受理), the latest; null when none. Read in the rating's transaction. */
  readonly caseOfTicket?: (ticketId: string, tx: Transaction) => string | null | Promise<string | null>;
  /** Seals the personal fields below at rest; default a random key (a throw-away platform: what it seals dies with it). */
  readonly box?: SealedBox;
}

/** The personal fields of each record, sealed inside its body (store/sealed-fields.ts). */
export const sealedFields = {
  evaluation: ['followUpPhone', 'comment'],
  form: ['values', 'delivery', 'signature', 'pdf'],
  complaint: ['name', 'phone', 'text'],
} as const;

export class RecordsStore {
  readonly #storage: Storage;
  readonly #caseOfTicket: (ticketId: string, tx: Transaction) => string | null | Promise<string | null>;
  readonly #now: () => number;
  readonly #idSecret: string;
  readonly followUpWorkingDays: number;
  readonly #timeZone: string;
  readonly #box: SealedBox;

  constructor(storage: Storage, now: () => number, idSecret: string, options: RecordsOptions = {}) {
    this.#storage = storage;
    this.#now = now;
    this.#idSecret = idSecret;
    this.followUpWorkingDays = options.followUpWorkingDays ?? 5;
    this.#timeZone = options.timeZone ?? 'Asia/Shanghai';
    this.#caseOfTicket = options.caseOfTicket ?? (() => null);
    this.#box = options.box ?? sealedBox(randomBytes(32));
  }

  /**
   * Seals in place what a platform from before sealing wrote in clear (complaints, ratings and forms
   * whose personal fields are plain values, a follow-up phone column in clear); run at start
   * (preparePlatform). Answers how many rows it sealed; none on every later start. Only SQLite
   * databases can hold such rows: the platform sealed these fields before it ran on PostgreSQL.
   */
  async sealRowsInClear(): Promise<number> {
    if (this.#storage.dialect !== 'sqlite') return 0;
    const tables = [
      ['complaints', sealedFields.complaint],
      ['evaluations', sealedFields.evaluation],
      ['form_submissions', sealedFields.form],
    ] as const;
    // What an UPDATE replaces is zeroed on disk, not left in a free page.
    await this.#storage.exec('PRAGMA secure_delete = ON');
    return this.#storage.transaction(async (tx) => {
      let sealed = 0;
      for (const [table, fields] of tables) {
        const rows = await tx.query<{ id: string; body: string }>(`SELECT id, body FROM ${table} WHERE ${fields.map(fieldInClearSql).join(' OR ')}`);
        for (const r of rows) await tx.run(`UPDATE ${table} SET body = ? WHERE id = ?`, [sealedJson(this.#box, openJson<object>(this.#box, r.body, fields), fields), r.id]);
        sealed += rows.length;
      }
      const phones = await tx.query<{ id: string; follow_up_phone: string }>(
        "SELECT id, follow_up_phone FROM evaluations WHERE follow_up_phone IS NOT NULL AND follow_up_phone NOT LIKE 'sealed:%'",
      );
      for (const r of phones) await tx.run('UPDATE evaluations SET follow_up_phone = ? WHERE id = ?', [sealValue(this.#box, r.follow_up_phone), r.id]);
      return sealed + phones.length;
    });
  }

  /** A keyed hash of an ID number: lets the platform find a person's cases without storing the number. */
  idHash(idNumber: string): string {
    return createHmac('sha256', this.#idSecret).update(idNumber.toUpperCase()).digest('hex');
  }

  async addCase(progress: CaseProgress, applicantIdNumber: string, queryCode: string, acceptedBy: AcceptedBy | null = null, q?: Transaction): Promise<void> {
    await within(this.#storage, q, (tx) =>
      tx.run(
        `INSERT INTO cases (case_number, id_hash, query_code_hash, body, accepted_window_id, accepted_staff_id) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (case_number) DO UPDATE SET id_hash = excluded.id_hash, query_code_hash = excluded.query_code_hash, body = excluded.body,
           accepted_window_id = excluded.accepted_window_id, accepted_staff_id = excluded.accepted_staff_id,
           handed_over_at = NULL, handed_over_window_id = NULL, handed_over_staff_id = NULL`,
        [
          progress.caseNumber,
          this.idHash(applicantIdNumber),
          this.idHash(`query:${progress.caseNumber}:${queryCode}`),
          JSON.stringify(progress),
          acceptedBy?.windowId ?? null,
          acceptedBy?.staffId ?? null,
        ],
      ),
    );
  }

  /** A case by number and query code; a wrong code is answered like an unknown case. */
  async case(caseNumber: string, queryCode: string, q?: Transaction): Promise<CaseProgress> {
    const row = await within(this.#storage, q, (tx) => tx.one<{ body: string; query_code_hash: string }>('SELECT body, query_code_hash FROM cases WHERE case_number = ?', [caseNumber]));
    if (!row || row.query_code_hash !== this.idHash(`query:${caseNumber}:${queryCode}`)) {
      throw new PlatformError('case.notFound', 'no case with that number and query code');
    }
    return JSON.parse(row.body) as CaseProgress;
  }

  async casesOf(idNumber: string, q?: Transaction): Promise<CaseProgress[]> {
    const rows = await within(this.#storage, q, (tx) => tx.query<{ body: string }>('SELECT body FROM cases WHERE id_hash = ? ORDER BY case_number DESC', [this.idHash(idNumber)]));
    return rows.map((r) => JSON.parse(r.body) as CaseProgress);
  }

  /** A case by its number alone, for the platform's own use (never answered to a terminal without the query code). */
  async caseBody(caseNumber: string, q?: Transaction): Promise<CaseProgress | null> {
    const row = await within(this.#storage, q, (tx) => tx.one<{ body: string }>('SELECT body FROM cases WHERE case_number = ?', [caseNumber]));
    return row ? (JSON.parse(row.body) as CaseProgress) : null;
  }

  async caseExists(caseNumber: string, q?: Transaction): Promise<boolean> {
    return (await within(this.#storage, q, (tx) => tx.one('SELECT 1 AS found FROM cases WHERE case_number = ?', [caseNumber]))) !== null;
  }

  /**
   * One rating per case (or ticket) per stage; a repeat is refused. A rating of a case that names no
   * window or staff (a kiosk's, a phone's) is booked to whoever accepted the case. A bad rating is due
   * for follow-up (核实整改, 回访) within the hall's working days, with the phone the citizen left. A
   * rating of a served ticket at stage accept goes to the case intake bound that ticket to, if any.
   */
  async addEvaluation(given: Evaluation, terminalId: string, q?: Transaction): Promise<{ id: string; receivedAt: string }> {
    return within(this.#storage, q, (tx) => this.#addEvaluation(tx, given, terminalId));
  }

  async #addEvaluation(tx: Transaction, given: Evaluation, terminalId: string): Promise<{ id: string; receivedAt: string }> {
    // A window's 受理 rating of a served ticket that intake bound to a case is the case's 受理 rating:
    // filed against the case (a kiosk or phone cannot rate that stage again), the ticket kept beside it.
    const bound = given.ticketId !== undefined && given.caseNumber === undefined && given.stage === 'accept' ? await this.#caseOfTicket(given.ticketId, tx) : null;
    const e: Evaluation = bound === null ? given : { ...given, caseNumber: bound };
    const target = e.caseNumber !== undefined ? `case:${e.caseNumber}` : `ticket:${e.ticketId}`;
    let acceptedBy: { accepted_window_id: string | null; accepted_staff_id: string | null } | null = null;
    if (e.caseNumber !== undefined) {
      acceptedBy = await tx.one<{ accepted_window_id: string | null; accepted_staff_id: string | null }>('SELECT accepted_window_id, accepted_staff_id FROM cases WHERE case_number = ?', [
        e.caseNumber,
      ]);
      if (!acceptedBy) throw new PlatformError('evaluation.unknownTarget', `no case ${e.caseNumber} to rate`);
    }
    if (await this.isRated(target, e.stage, tx)) throw new PlatformError('evaluation.duplicate', `${target} was already rated at stage ${e.stage}`, { stage: e.stage });
    const windowId = e.windowId ?? acceptedBy?.accepted_window_id ?? null;
    const staffId = e.staffId ?? acceptedBy?.accepted_staff_id ?? null;
    const filled: Evaluation = { ...e, ...(windowId === null ? {} : { windowId }), ...(staffId === null ? {} : { staffId }) };
    const id = randomUUID();
    const at = this.#now();
    const bad = ratingNeedsReason(e.level);
    const by = bad ? addWorkingDays(businessDateOf(at, this.#timeZone), this.followUpWorkingDays) : null;
    await tx.run(
      'INSERT INTO evaluations (id, target, stage, level, terminal_id, body, received_at, window_id, staff_id, follow_up_phone, follow_up, follow_up_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [id, target, e.stage, e.level, terminalId, sealedJson(this.#box, filled, sealedFields.evaluation), at, windowId, staffId, e.followUpPhone === undefined ? null : sealValue(this.#box, e.followUpPhone), bad ? 'due' : 'none', by],
    );
    return { id, receivedAt: new Date(at).toISOString() };
  }

  /** Whether `target` ('case:<number>' or 'ticket:<id>') was rated at `stage`. */
  async isRated(target: string, stage: string, q?: Transaction): Promise<boolean> {
    return (await within(this.#storage, q, (tx) => tx.one('SELECT 1 AS rated FROM evaluations WHERE target = ? AND stage = ?', [target, stage]))) !== null;
  }

  /** The stages already rated, per case number (an unknown number: none). */
  async ratedStages(caseNumbers: readonly string[], q?: Transaction): Promise<{ caseNumber: string; rated: EvaluationStage[] }[]> {
    return within(this.#storage, q, async (tx) => {
      const out: { caseNumber: string; rated: EvaluationStage[] }[] = [];
      for (const caseNumber of new Set(caseNumbers)) {
        const rows = await tx.query<{ stage: EvaluationStage }>('SELECT stage FROM evaluations WHERE target = ? ORDER BY stage', [`case:${caseNumber}`]);
        out.push({ caseNumber, rated: rows.map((r) => r.stage) });
      }
      return out;
    });
  }

  /** Bad ratings still to be verified and called back about, the soonest due first (the hall's work list). */
  async followUpsDue(q?: Transaction): Promise<FollowUp[]> {
    type Row = { id: string; target: string; stage: EvaluationStage; level: Evaluation['level']; window_id: string | null; staff_id: string | null; follow_up_phone: string | null; follow_up_by: string };
    const rows = await within(this.#storage, q, (tx) =>
      tx.query<Row>(
        `SELECT id, target, stage, level, window_id, staff_id, follow_up_phone, follow_up_by FROM evaluations WHERE follow_up = 'due' ORDER BY follow_up_by, received_at, ${writtenOrder(tx, 'id')}`,
      ),
    );
    return rows.map((r) => ({ id: r.id, target: r.target, stage: r.stage, level: r.level, windowId: r.window_id, staffId: r.staff_id, phone: r.follow_up_phone === null ? null : (openValue(this.#box, r.follow_up_phone) as string), by: r.follow_up_by }));
  }

  async evaluationCount(q?: Transaction): Promise<number> {
    return (await within(this.#storage, q, (tx) => tx.one<{ n: number }>('SELECT count(*) AS n FROM evaluations')))!.n;
  }

  /** Every evaluation received, oldest first (for tests and the hall's reports). */
  async evaluations(q?: Transaction): Promise<{ id: string; terminalId: string; evaluation: Evaluation }[]> {
    const rows = await within(this.#storage, q, (tx) =>
      tx.query<{ id: string; terminal_id: string; body: string }>(`SELECT id, terminal_id, body FROM evaluations ORDER BY received_at, ${writtenOrder(tx, 'id')}`),
    );
    return rows.map((r) => ({ id: r.id, terminalId: r.terminal_id, evaluation: openJson<Evaluation>(this.#box, r.body, sealedFields.evaluation) }));
  }

  /**
   * A filled form, stored once per submission id: the same id again (a replay under another key) answers
   * what the first one was given, so a form reaches the hall exactly once whatever the terminal retried.
   */
  async addSubmission(s: FormSubmission, terminalId: string, q?: Transaction): Promise<{ id: string; receivedAt: string }> {
    return within(this.#storage, q, async (tx) => {
      const known = await tx.one<{ id: string; received_at: number }>('SELECT id, received_at FROM form_submissions WHERE submission_id = ?', [s.submissionId]);
      if (known) return { id: known.id, receivedAt: new Date(known.received_at).toISOString() };
      const id = randomUUID();
      const at = this.#now();
      await tx.run('INSERT INTO form_submissions (id, form_id, terminal_id, body, received_at, submission_id, download_token_hash) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        id,
        s.formId,
        terminalId,
        sealedJson(this.#box, s, sealedFields.form),
        at,
        s.submissionId,
        s.downloadTokenHash,
      ]);
      return { id, receivedAt: new Date(at).toISOString() };
    });
  }

  /** The form submissions received under a submission id (one at most), for tests and the window. */
  async submissionsById(submissionId: string, q?: Transaction): Promise<{ id: string; terminalId: string; receivedAt: string; submission: FormSubmission }[]> {
    const rows = await within(this.#storage, q, (tx) =>
      tx.query<{ id: string; terminal_id: string; body: string; received_at: number }>(
        // A row from before migration 0013 (SQLite) names its submission id only in its body.
        `SELECT id, terminal_id, body, received_at FROM form_submissions WHERE submission_id = ? OR (submission_id IS NULL AND ${jsonText(tx, 'body', 'submissionId')} = ?)
         ORDER BY received_at, ${writtenOrder(tx, 'id')}`,
        [submissionId, submissionId],
      ),
    );
    return rows.map((r) => ({ id: r.id, terminalId: r.terminal_id, receivedAt: new Date(r.received_at).toISOString(), submission: openJson<FormSubmission>(this.#box, r.body, sealedFields.form) }));
  }

  async submissionCount(q?: Transaction): Promise<number> {
    return (await within(this.#storage, q, (tx) => tx.one<{ n: number }>('SELECT count(*) AS n FROM form_submissions')))!.n;
  }

  /**
   * The application's PDF for a phone holding the one-time token of its QR: only when the token's
   * SHA-256 is the one the kiosk handed in (compared in constant time), with when it was submitted
   * (the caller applies the expiry); null for anything else, alike.
   */
  async formDownload(submissionId: string, token: string, q?: Transaction): Promise<{ pdf: Buffer; submittedAt: number } | null> {
    const row = await within(this.#storage, q, (tx) =>
      tx.one<{ body: string; download_token_hash: string | null }>('SELECT body, download_token_hash FROM form_submissions WHERE submission_id = ?', [submissionId]),
    );
    if (!row?.download_token_hash) return null;
    const given = createHash('sha256').update(token).digest();
    const want = Buffer.from(row.download_token_hash, 'hex');
    if (want.length !== given.length || !timingSafeEqual(want, given)) return null;
    const s = openJson<FormSubmission>(this.#box, row.body, sealedFields.form);
    return { pdf: Buffer.from(s.pdf, 'base64'), submittedAt: Date.parse(s.submittedAt) };
  }

  /**
   * A complaint, suggestion, question or praise under the reference the terminal printed. The reply it
   * promises is the hall's rule for its kind, and only when a phone number was left to reply to.
   */
  async addComplaint(c: Complaint, terminalId: string, rules: ComplaintRules = defaultComplaintRules, q?: Transaction): Promise<ComplaintReceipt> {
    const id = randomUUID();
    const at = this.#now();
    await within(this.#storage, q, (tx) =>
      tx.run('INSERT INTO complaints (id, terminal_id, body, received_at) VALUES (?, ?, ?, ?)', [id, terminalId, sealedJson(this.#box, c, sealedFields.complaint), at]),
    );
    const days = c.phone === undefined ? null : rules.replyWithinWorkingDays[c.kind];
    return { id, receivedAt: new Date(at).toISOString(), reference: c.reference, followUp: { replyWithinWorkingDays: days } };
  }

  /** The complaints filed under a reference (one, unless two terminals share a code), oldest first. */
  async complaintsByReference(reference: string, q?: Transaction): Promise<{ id: string; terminalId: string; receivedAt: string; complaint: Complaint }[]> {
    const rows = await within(this.#storage, q, (tx) =>
      tx.query<{ id: string; terminal_id: string; body: string; received_at: number }>(
        `SELECT id, terminal_id, body, received_at FROM complaints WHERE ${jsonText(tx, 'body', 'reference')} = ? ORDER BY received_at, ${writtenOrder(tx, 'id')}`,
        [reference],
      ),
    );
    return rows.map((r) => ({ id: r.id, terminalId: r.terminal_id, receivedAt: new Date(r.received_at).toISOString(), complaint: openJson<Complaint>(this.#box, r.body, sealedFields.complaint) }));
  }

  async complaintCount(q?: Transaction): Promise<number> {
    return (await within(this.#storage, q, (tx) => tx.one<{ n: number }>('SELECT count(*) AS n FROM complaints')))!.n;
  }
}

export type Complaint = z.output<typeof complaintSchema>;
export type ComplaintReceipt = z.output<typeof complaintReceiptSchema>;

/** The hall's local rule for replies (DOMAIN.md: followed up within a locally set number of working days). */
export interface ComplaintRules {
  readonly replyWithinWorkingDays: Readonly<Record<ComplaintKind, number | null>>;
}

/** The seed hall's rule: questions and complaints answered within 5 working days, suggestions 15; praise gets no reply. */
export const defaultComplaintRules: ComplaintRules = { replyWithinWorkingDays: { consultation: 5, complaint: 5, suggestion: 15, praise: null } };
