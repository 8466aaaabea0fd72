// Cases, evaluations, form submissions and complaints on the reference platform.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { CaseProgress } from '../../domain/cases.ts';
import { ratingNeedsReason, type Evaluation, type EvaluationStage } from '../../domain/evaluation.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import type { FormSubmission } from '../../domain/forms.ts';
import type { z } from 'zod';
import type { complaintReceiptSchema, complaintSchema } from '../../domain/api/routes.ts';
import type { ComplaintKind } from '../../domain/complaints.ts';
import { sealedBox, type SealedBox } from '../../lib/sealed-box.ts';
import type { Db } from '../../lib/sqlite.ts';
import { fieldInClearSql, openJson, openValue, sealedJson, sealValue } from '../store/sealed-fields.ts';
import { PlatformError } from '../http/platform-error.ts';
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
  /** The case a served ticket was bound to at one-window intake (一窗受理), the latest; null when none. */
  readonly caseOfTicket?: (ticketId: string) => string | null;
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
  readonly #db: Db;
  readonly #caseOfTicket: (ticketId: string) => string | null;
  readonly #now: () => number;
  readonly #idSecret: string;
  readonly followUpWorkingDays: number;
  readonly #timeZone: string;
  readonly #box: SealedBox;

  constructor(db: Db, now: () => number, idSecret: string, options: RecordsOptions = {}) {
    this.#db = db;
    this.#now = now;
    this.#idSecret = idSecret;
    this.followUpWorkingDays = options.followUpWorkingDays ?? 5;
    this.#timeZone = options.timeZone ?? 'Asia/Shanghai';
    this.#caseOfTicket = options.caseOfTicket ?? (() => null);
    this.#box = options.box ?? sealedBox(randomBytes(32));
  }

  /**
   * Seals in place what a platform from before sealing wrote in clear (complaints, ratings and forms
   * whose personal fields are plain values, a follow-up phone column in clear); run at start. Answers
   * how many rows it sealed; none on every later start.
   */
  sealRowsInClear(): number {
    const tables = [
      ['complaints', sealedFields.complaint],
      ['evaluations', sealedFields.evaluation],
      ['form_submissions', sealedFields.form],
    ] as const;
    let sealed = 0;
    // What an UPDATE replaces is zeroed on disk, not left in a free page.
    this.#db.pragma('secure_delete = ON');
    this.#db.transaction(() => {
      for (const [table, fields] of tables) {
        const rows = this.#db.prepare<[], { id: string; body: string }>(`SELECT id, body FROM ${table} WHERE ${fields.map(fieldInClearSql).join(' OR ')}`).all();
        const update = this.#db.prepare(`UPDATE ${table} SET body = ? WHERE id = ?`);
        for (const r of rows) update.run(sealedJson(this.#box, openJson<object>(this.#box, r.body, fields), fields), r.id);
        sealed += rows.length;
      }
      const phones = this.#db
        .prepare<[], { id: string; follow_up_phone: string }>("SELECT id, follow_up_phone FROM evaluations WHERE follow_up_phone IS NOT NULL AND follow_up_phone NOT LIKE 'sealed:%'")
        .all();
      const update = this.#db.prepare('UPDATE evaluations SET follow_up_phone = ? WHERE id = ?');
      for (const r of phones) update.run(sealValue(this.#box, r.follow_up_phone), r.id);
      sealed += phones.length;
    })();
    return sealed;
  }

  /** A keyed hash of an ID number: lets the platform find a person's cases without storing the number. */
  idHash(idNumber: string): string {
    return createHmac('sha256', this.#idSecret).update(idNumber.toUpperCase()).digest('hex');
  }

  addCase(progress: CaseProgress, applicantIdNumber: string, queryCode: string, acceptedBy: AcceptedBy | null = null): void {
    this.#db
      .prepare('INSERT OR REPLACE INTO cases (case_number, id_hash, query_code_hash, body, accepted_window_id, accepted_staff_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(progress.caseNumber, this.idHash(applicantIdNumber), this.idHash(`query:${progress.caseNumber}:${queryCode}`), JSON.stringify(progress), acceptedBy?.windowId ?? null, acceptedBy?.staffId ?? null);
  }

  /** A case by number and query code; a wrong code is answered like an unknown case. */
  case(caseNumber: string, queryCode: string): CaseProgress {
    const row = this.#db.prepare<[string], { body: string; query_code_hash: string }>('SELECT body, query_code_hash FROM cases WHERE case_number = ?').get(caseNumber);
    if (!row || row.query_code_hash !== this.idHash(`query:${caseNumber}:${queryCode}`)) {
      throw new PlatformError('case.notFound', 'no case with that number and query code');
    }
    return JSON.parse(row.body) as CaseProgress;
  }

  casesOf(idNumber: string): CaseProgress[] {
    return this.#db
      .prepare<[string], { body: string }>('SELECT body FROM cases WHERE id_hash = ? ORDER BY case_number DESC')
      .all(this.idHash(idNumber))
      .map((r) => JSON.parse(r.body) as CaseProgress);
  }

  /** A case by its number alone, for the platform's own use (never answered to a terminal without the query code). */
  caseBody(caseNumber: string): CaseProgress | null {
    const row = this.#db.prepare<[string], { body: string }>('SELECT body FROM cases WHERE case_number = ?').get(caseNumber);
    return row ? (JSON.parse(row.body) as CaseProgress) : null;
  }

  caseExists(caseNumber: string): boolean {
    return this.#db.prepare('SELECT 1 FROM cases WHERE case_number = ?').get(caseNumber) !== undefined;
  }

  /**
   * One rating per case (or ticket) per stage; a repeat is refused. A rating of a case that names no
   * window or staff (a kiosk's, a phone's) is booked to whoever accepted the case. A bad rating is due
   * for follow-up (核实整改, 回访) within the hall's working days, with the phone the citizen left. A
   * rating of a served ticket at stage accept goes to the case intake bound that ticket to, if any.
   */
  addEvaluation(given: Evaluation, terminalId: string): { id: string; receivedAt: string } {
    // A window's 受理 rating of a served ticket that intake bound to a case is the case's 受理 rating:
    // filed against the case (a kiosk or phone cannot rate that stage again), the ticket kept beside it.
    const bound = given.ticketId !== undefined && given.caseNumber === undefined && given.stage === 'accept' ? this.#caseOfTicket(given.ticketId) : null;
    const e: Evaluation = bound === null ? given : { ...given, caseNumber: bound };
    const target = e.caseNumber !== undefined ? `case:${e.caseNumber}` : `ticket:${e.ticketId}`;
    let acceptedBy: { accepted_window_id: string | null; accepted_staff_id: string | null } | undefined;
    if (e.caseNumber !== undefined) {
      acceptedBy = this.#db
        .prepare<[string], { accepted_window_id: string | null; accepted_staff_id: string | null }>('SELECT accepted_window_id, accepted_staff_id FROM cases WHERE case_number = ?')
        .get(e.caseNumber);
      if (!acceptedBy) throw new PlatformError('evaluation.unknownTarget', `no case ${e.caseNumber} to rate`);
    }
    if (this.isRated(target, e.stage)) throw new PlatformError('evaluation.duplicate', `${target} was already rated at stage ${e.stage}`, { stage: e.stage });
    const windowId = e.windowId ?? acceptedBy?.accepted_window_id ?? null;
    const staffId = e.staffId ?? acceptedBy?.accepted_staff_id ?? null;
    const filled: Evaluation = { ...e, ...(windowId === null ? {} : { windowId }), ...(staffId === null ? {} : { staffId }) };
    const id = randomUUID();
    const at = this.#now();
    const bad = ratingNeedsReason(e.level);
    const by = bad ? addWorkingDays(businessDateOf(at, this.#timeZone), this.followUpWorkingDays) : null;
    this.#db
      .prepare(
        'INSERT INTO evaluations (id, target, stage, level, terminal_id, body, received_at, window_id, staff_id, follow_up_phone, follow_up, follow_up_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, target, e.stage, e.level, terminalId, sealedJson(this.#box, filled, sealedFields.evaluation), at, windowId, staffId, e.followUpPhone === undefined ? null : sealValue(this.#box, e.followUpPhone), bad ? 'due' : 'none', by);
    return { id, receivedAt: new Date(at).toISOString() };
  }

  /** Whether `target` ('case:<number>' or 'ticket:<id>') was rated at `stage`. */
  isRated(target: string, stage: string): boolean {
    return this.#db.prepare('SELECT 1 FROM evaluations WHERE target = ? AND stage = ?').get(target, stage) !== undefined;
  }

  /** The stages already rated, per case number (an unknown number: none). */
  ratedStages(caseNumbers: readonly string[]): { caseNumber: string; rated: EvaluationStage[] }[] {
    const q = this.#db.prepare<[string], { stage: EvaluationStage }>('SELECT stage FROM evaluations WHERE target = ? ORDER BY stage');
    return [...new Set(caseNumbers)].map((caseNumber) => ({ caseNumber, rated: q.all(`case:${caseNumber}`).map((r) => r.stage) }));
  }

  /** Bad ratings still to be verified and called back about, the soonest due first (the hall's work list). */
  followUpsDue(): FollowUp[] {
    return this.#db
      .prepare<
        [],
        { id: string; target: string; stage: EvaluationStage; level: Evaluation['level']; window_id: string | null; staff_id: string | null; follow_up_phone: string | null; follow_up_by: string }
      >("SELECT id, target, stage, level, window_id, staff_id, follow_up_phone, follow_up_by FROM evaluations WHERE follow_up = 'due' ORDER BY follow_up_by, received_at")
      .all()
      .map((r) => ({ id: r.id, target: r.target, stage: r.stage, level: r.level, windowId: r.window_id, staffId: r.staff_id, phone: r.follow_up_phone === null ? null : (openValue(this.#box, r.follow_up_phone) as string), by: r.follow_up_by }));
  }

  evaluationCount(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM evaluations').get() as { n: number }).n;
  }

  /** Every evaluation received, oldest first (for tests and the hall's reports). */
  evaluations(): { id: string; terminalId: string; evaluation: Evaluation }[] {
    return this.#db
      .prepare<[], { id: string; terminal_id: string; body: string }>('SELECT id, terminal_id, body FROM evaluations ORDER BY received_at, rowid')
      .all()
      .map((r) => ({ id: r.id, terminalId: r.terminal_id, evaluation: openJson<Evaluation>(this.#box, r.body, sealedFields.evaluation) }));
  }

  /**
   * A filled form, stored once per submission id: the same id again (a replay under another key) answers
   * what the first one was given, so a form reaches the hall exactly once whatever the terminal retried.
   */
  addSubmission(s: FormSubmission, terminalId: string): { id: string; receivedAt: string } {
    const known = this.#db
      .prepare<[string], { id: string; received_at: number }>('SELECT id, received_at FROM form_submissions WHERE submission_id = ?')
      .get(s.submissionId);
    if (known) return { id: known.id, receivedAt: new Date(known.received_at).toISOString() };
    const id = randomUUID();
    const at = this.#now();
    this.#db
      .prepare('INSERT INTO form_submissions (id, form_id, terminal_id, body, received_at, submission_id, download_token_hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, s.formId, terminalId, sealedJson(this.#box, s, sealedFields.form), at, s.submissionId, s.downloadTokenHash);
    return { id, receivedAt: new Date(at).toISOString() };
  }

  /** The form submissions received under a submission id (one at most), for tests and the window. */
  submissionsById(submissionId: string): { id: string; terminalId: string; receivedAt: string; submission: FormSubmission }[] {
    return this.#db
      .prepare<[string, string], { id: string; terminal_id: string; body: string; received_at: number }>(
        "SELECT id, terminal_id, body, received_at FROM form_submissions WHERE submission_id = ? OR (submission_id IS NULL AND json_extract(body, '$.submissionId') = ?) ORDER BY received_at, rowid",
      )
      .all(submissionId, submissionId)
      .map((r) => ({ id: r.id, terminalId: r.terminal_id, receivedAt: new Date(r.received_at).toISOString(), submission: openJson<FormSubmission>(this.#box, r.body, sealedFields.form) }));
  }

  submissionCount(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM form_submissions').get() as { n: number }).n;
  }

  /**
   * The application's PDF for a phone holding the one-time token of its QR: only when the token's
   * SHA-256 is the one the kiosk handed in (compared in constant time), with when it was submitted
   * (the caller applies the expiry); null for anything else, alike.
   */
  formDownload(submissionId: string, token: string): { pdf: Buffer; submittedAt: number } | null {
    const row = this.#db
      .prepare<[string], { body: string; download_token_hash: string | null }>('SELECT body, download_token_hash FROM form_submissions WHERE submission_id = ?')
      .get(submissionId);
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
  addComplaint(c: Complaint, terminalId: string, rules: ComplaintRules = defaultComplaintRules): ComplaintReceipt {
    const id = randomUUID();
    const at = this.#now();
    this.#db.prepare('INSERT INTO complaints (id, terminal_id, body, received_at) VALUES (?, ?, ?, ?)').run(id, terminalId, sealedJson(this.#box, c, sealedFields.complaint), at);
    const days = c.phone === undefined ? null : rules.replyWithinWorkingDays[c.kind];
    return { id, receivedAt: new Date(at).toISOString(), reference: c.reference, followUp: { replyWithinWorkingDays: days } };
  }

  /** The complaints filed under a reference (one, unless two terminals share a code), oldest first. */
  complaintsByReference(reference: string): { id: string; terminalId: string; receivedAt: string; complaint: Complaint }[] {
    return this.#db
      .prepare<[string], { id: string; terminal_id: string; body: string; received_at: number }>(
        "SELECT id, terminal_id, body, received_at FROM complaints WHERE json_extract(body, '$.reference') = ? ORDER BY received_at, rowid",
      )
      .all(reference)
      .map((r) => ({ id: r.id, terminalId: r.terminal_id, receivedAt: new Date(r.received_at).toISOString(), complaint: openJson<Complaint>(this.#box, r.body, sealedFields.complaint) }));
  }

  complaintCount(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
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
