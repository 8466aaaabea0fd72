// Cases, evaluations, form submissions and complaints on the reference platform.
import { createHmac, randomUUID } from 'node:crypto';
import type { CaseProgress } from '../../domain/cases.ts';
import type { Evaluation } from '../../domain/evaluation.ts';
import type { FormSubmission } from '../../domain/forms.ts';
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

  /** A case by its number alone, for the platform's own use (never answered to a terminal without the query code). */
  caseBody(caseNumber: string): CaseProgress | null {
    const row = this.#db.prepare<[string], { body: string }>('SELECT body FROM cases WHERE case_number = ?').get(caseNumber);
    return row ? (JSON.parse(row.body) as CaseProgress) : null;
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
    if (this.isRated(target, e.stage)) throw new PlatformError('evaluation.duplicate', `${target} was already rated at stage ${e.stage}`);
    const id = randomUUID();
    const at = this.#now();
    this.#db
      .prepare('INSERT INTO evaluations (id, target, stage, level, terminal_id, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, target, e.stage, e.level, terminalId, JSON.stringify(e), at);
    return { id, receivedAt: new Date(at).toISOString() };
  }

  /** Whether `target` ('case:<number>' or 'ticket:<id>') was rated at `stage`. */
  isRated(target: string, stage: string): boolean {
    return this.#db.prepare('SELECT 1 FROM evaluations WHERE target = ? AND stage = ?').get(target, stage) !== undefined;
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

  addComplaint(c: unknown, terminalId: string): { id: string; receivedAt: string } {
    const id = randomUUID();
    const at = this.#now();
    this.#db.prepare('INSERT INTO complaints (id, terminal_id, body, received_at) VALUES (?, ?, ?, ?)').run(id, terminalId, JSON.stringify(c), at);
    return { id, receivedAt: new Date(at).toISOString() };
  }
}
