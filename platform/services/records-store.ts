// Cases, evaluations, form submissions and complaints on the reference platform.
import { createHmac, randomUUID } from 'node:crypto';
import type { CaseProgress } from '../../domain/cases.ts';
import type { Evaluation } from '../../domain/evaluation.ts';
import type { FormSubmission } from '../../domain/forms.ts';
import type { z } from 'zod';
import type { complaintReceiptSchema, complaintSchema } from '../../domain/api/routes.ts';
import type { ComplaintKind } from '../../domain/complaints.ts';
import type { Db } from '../../lib/sqlite.ts';
import { PlatformError } from '../http/platform-error.ts';

export class RecordsStore {
  readonly #db: Db;
  readonly #now: () => number;
  readonly #idSecret: string;

  constructor(db: Db, now: () => number, idSecret: string) {
    this.#db = db;
    this.#now = now;
    this.#idSecret = idSecret;
  }

  /** A keyed hash of an ID number: lets the platform find a person's cases without storing the number. */
  idHash(idNumber: string): string {
    return createHmac('sha256', this.#idSecret).update(idNumber.toUpperCase()).digest('hex');
  }

  addCase(progress: CaseProgress, applicantIdNumber: string, queryCode: string): void {
    this.#db
      .prepare('INSERT OR REPLACE INTO cases (case_number, id_hash, query_code_hash, body) VALUES (?, ?, ?, ?)')
      .run(progress.caseNumber, this.idHash(applicantIdNumber), this.idHash(`query:${progress.caseNumber}:${queryCode}`), JSON.stringify(progress));
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

  caseExists(caseNumber: string): boolean {
    return this.#db.prepare('SELECT 1 FROM cases WHERE case_number = ?').get(caseNumber) !== undefined;
  }

  /** One rating per case (or ticket) per stage; a repeat is refused. */
  addEvaluation(e: Evaluation, terminalId: string): { id: string; receivedAt: string } {
    const target = e.caseNumber !== undefined ? `case:${e.caseNumber}` : `ticket:${e.ticketId}`;
    if (e.caseNumber !== undefined && !this.caseExists(e.caseNumber)) {
      throw new PlatformError('evaluation.unknownTarget', `no case ${e.caseNumber} to rate`);
    }
    const seen = this.#db.prepare('SELECT 1 FROM evaluations WHERE target = ? AND stage = ?').get(target, e.stage);
    if (seen) throw new PlatformError('evaluation.duplicate', `${target} was already rated at stage ${e.stage}`);
    const id = randomUUID();
    const at = this.#now();
    this.#db
      .prepare('INSERT INTO evaluations (id, target, stage, level, terminal_id, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, target, e.stage, e.level, terminalId, JSON.stringify(e), at);
    return { id, receivedAt: new Date(at).toISOString() };
  }

  evaluationCount(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM evaluations').get() as { n: number }).n;
  }

  /** Every evaluation received, oldest first (for tests and the hall's reports). */
  evaluations(): { id: string; terminalId: string; evaluation: Evaluation }[] {
    return this.#db
      .prepare<[], { id: string; terminal_id: string; body: string }>('SELECT id, terminal_id, body FROM evaluations ORDER BY received_at, rowid')
      .all()
      .map((r) => ({ id: r.id, terminalId: r.terminal_id, evaluation: JSON.parse(r.body) as Evaluation }));
  }

  addSubmission(s: FormSubmission, terminalId: string): { id: string; receivedAt: string } {
    const id = randomUUID();
    const at = this.#now();
    this.#db.prepare('INSERT INTO form_submissions (id, form_id, terminal_id, body, received_at) VALUES (?, ?, ?, ?, ?)').run(id, s.formId, terminalId, JSON.stringify(s), at);
    return { id, receivedAt: new Date(at).toISOString() };
  }

  /**
   * A complaint, suggestion, question or praise under the reference the terminal printed. The reply it
   * promises is the hall's rule for its kind, and only when a phone number was left to reply to.
   */
  addComplaint(c: Complaint, terminalId: string, rules: ComplaintRules = defaultComplaintRules): ComplaintReceipt {
    const id = randomUUID();
    const at = this.#now();
    this.#db.prepare('INSERT INTO complaints (id, terminal_id, body, received_at) VALUES (?, ?, ?, ?)').run(id, terminalId, JSON.stringify(c), at);
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
      .map((r) => ({ id: r.id, terminalId: r.terminal_id, receivedAt: new Date(r.received_at).toISOString(), complaint: JSON.parse(r.body) as Complaint }));
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
