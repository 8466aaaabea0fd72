// 好差评 at the kiosk (rating a case). A case is found the way case progress finds it (the CaseDesk:
// by the ID card, only the holder's own; or by number and the receipt's query code), so a case can
// only be rated by someone who could look it up. Before the citizen rates, the desk says whether the
// case can still be rated at its stage (a finished case at 办结, one in progress at 受理): not when the
// platform has a rating of it at that stage, nor when one is still waiting in this terminal's outbox
// (so a second is refused even offline). The rating itself goes through the outbox, exactly once,
// from channel 自助终端 (hallTablet); the platform books it to whoever accepted the case.
import type { Clock } from '../../../domain/clock.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import type { Evaluation, EvaluationInput, EvaluationStage } from '../../../domain/evaluation.ts';
import { areaCodeOfTaskCode, evaluationStageOf, ratedAtOf } from '../../../domain/rating.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { CaseView } from '../../contract/cases.ts';
import type { RateableCase } from '../../contract/rating.ts';
import type { PlatformSession } from '../link/platform-session.ts';
import type { Outbox } from '../link/outbox.ts';
import type { CaseDesk } from '../cases/case-desk.ts';
import type { Logger } from '../system/event-log.ts';

export interface RatingDeskOptions {
  readonly session: PlatformSession;
  readonly outbox: Outbox;
  /** Finds cases (and remembers what this visit found): the rating trusts only what it found. */
  readonly cases: Pick<CaseDesk, 'query' | 'lookup' | 'found'>;
  readonly config: Pick<Config, 'queue'>;
  readonly clock: Clock;
  readonly log: Logger;
}

export interface RatingInput {
  readonly caseNumber: string;
  readonly level: Evaluation['level'];
  readonly reasons: readonly string[];
  readonly comment?: string | undefined;
  readonly followUpPhone?: string | undefined;
}

/** The outbox kind of a rating (the existing evaluation.submit uses it too). */
export const EVALUATION_KIND = 'evaluation';

export class RatingDesk {
  readonly #o: RatingDeskOptions;
  /** The platform's follow-up days, as last told in this visit. */
  #followUpDays: number | null = null;

  constructor(options: RatingDeskOptions) {
    this.#o = options;
  }

  /** The card holder's cases that can still be rated, and how many are rated already. */
  async lookup(typed: string | undefined): Promise<Result<{ cases: RateableCase[]; alreadyRated: number; followUpWorkingDays: number }>> {
    const found = await this.#o.cases.lookup(typed);
    if (!found.ok) return found;
    if (found.value.cases.length === 0) return ok({ cases: [], alreadyRated: 0, followUpWorkingDays: this.#followUpDays ?? DEFAULT_FOLLOW_UP_DAYS });
    const rated = await this.#rated(found.value.cases.map((c) => c.caseNumber));
    if (!rated.ok) return rated;
    const cases = found.value.cases.map(rateable);
    const open = cases.filter((c) => !rated.value.stages(c.caseNumber).has(c.stage));
    return ok({ cases: open, alreadyRated: cases.length - open.length, followUpWorkingDays: rated.value.days });
  }

  /** One case by number and query code, if it can still be rated. */
  async query(caseNumber: string, queryCode: string): Promise<Result<{ case: RateableCase; followUpWorkingDays: number }>> {
    const found = await this.#o.cases.query(caseNumber, queryCode);
    if (!found.ok) return found;
    return this.#open(found.value);
  }

  /** A case this visit looked up (case progress): can it be rated now? */
  async check(caseNumber: string): Promise<Result<{ case: RateableCase; followUpWorkingDays: number }>> {
    const c = this.#o.cases.found(caseNumber);
    if (!c) return err(notFound());
    return this.#open(c);
  }

  /**
   * Rates a case found in this visit: checked again (a rating waiting in the outbox, or the
   * platform's record when it answers), then kept in the outbox and, platform willing, delivered now.
   */
  async submit(input: RatingInput): Promise<Result<{ reference: string; waiting: number; sent: boolean; followUpWorkingDays: number }>> {
    const c = this.#o.cases.found(input.caseNumber);
    if (!c) return err(notFound());
    const stage = evaluationStageOf(c.status);
    const waiting = this.#waitingStages(c.caseNumber);
    if (waiting.has(stage)) return err(duplicate(stage, true));
    const rated = await this.#rated([c.caseNumber]);
    // The platform away now is no reason to refuse: the rating waits in the outbox, and a repeat that
    // slipped through is refused by the platform (set aside there, never counted twice).
    if (rated.ok && rated.value.stages(c.caseNumber).has(stage)) return err(duplicate(stage, false));
    const areaCode = areaCodeOfTaskCode(c.taskCode);
    if (areaCode === null) return err(kioskError('platform.badResponse', `case ${c.caseNumber}: its task code carries no area code`));
    const evaluation: EvaluationInput = {
      caseNumber: c.caseNumber,
      stage,
      level: input.level,
      reasons: [...input.reasons],
      ...(input.comment ? { comment: input.comment } : {}),
      ...(input.followUpPhone ? { followUpPhone: input.followUpPhone } : {}),
      channel: 'hallTablet',
      ratedAt: ratedAtOf(this.#o.clock.now(), this.#o.config.queue.timeZone),
      areaCode,
    };
    const { outbox, log } = this.#o;
    const reference = outbox.enqueue(EVALUATION_KIND, 'evaluations.create', evaluation);
    log.info('case rated at the kiosk', { stage, level: input.level, reasons: input.reasons.length, followUp: input.followUpPhone !== undefined });
    // One delivery attempt now, so the screen can say whether the platform has it; whatever happens,
    // the rating is safe in the outbox.
    await outbox.drain();
    const state = outbox.state(reference);
    if (state?.state === 'refused' && state.lastError?.includes('/evaluation.duplicate:')) return err(duplicate(stage, false));
    return ok({
      reference,
      waiting: outbox.counts().pending,
      sent: state?.state === 'delivered',
      followUpWorkingDays: (rated.ok ? rated.value.days : null) ?? this.#followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
    });
  }

  /** The visit ended. */
  forgetVisit(): void {
    this.#followUpDays = null;
  }

  async #open(c: CaseView): Promise<Result<{ case: RateableCase; followUpWorkingDays: number }>> {
    const view = rateable(c);
    if (this.#waitingStages(c.caseNumber).has(view.stage)) return err(duplicate(view.stage, true));
    const rated = await this.#rated([c.caseNumber]);
    if (!rated.ok) return rated;
    if (rated.value.stages(c.caseNumber).has(view.stage)) return err(duplicate(view.stage, false));
    return ok({ case: view, followUpWorkingDays: rated.value.days });
  }

  /** Stages rated per case: the platform's record plus what waits in this terminal's outbox. */
  async #rated(caseNumbers: string[]): Promise<Result<{ stages: (caseNumber: string) => Set<EvaluationStage>; days: number }>> {
    const r = await this.#o.session.client.call('evaluations.status', { body: { caseNumbers } });
    if (!r.ok) return err(r.error);
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'evaluations.status answered "not modified"'));
    const { cases, followUpWorkingDays } = r.value.value;
    this.#followUpDays = followUpWorkingDays;
    const byCase = new Map(cases.map((c) => [c.caseNumber, c.rated]));
    return ok({
      stages: (caseNumber) => new Set([...(byCase.get(caseNumber) ?? []), ...this.#waitingStages(caseNumber)]),
      days: followUpWorkingDays,
    });
  }

  /** Stages of a case with a rating still waiting in the outbox (from the pad's path too). */
  #waitingStages(caseNumber: string): Set<EvaluationStage> {
    const stages = new Set<EvaluationStage>();
    for (const body of this.#o.outbox.waiting(EVALUATION_KIND)) {
      const e = body as Partial<Evaluation>;
      if (e.caseNumber === caseNumber && e.stage) stages.add(e.stage);
    }
    return stages;
  }
}

/** Used only when the platform never answered in this visit (it tells its own rule when it does). */
const DEFAULT_FOLLOW_UP_DAYS = 5;

function rateable(c: CaseView): RateableCase {
  return {
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    deptName: c.deptName,
    status: c.status,
    stage: evaluationStageOf(c.status),
    acceptedAt: c.acceptedAt,
    finishedAt: c.finishedAt,
  };
}

function notFound(): KioskError {
  return kioskError('case.notFound', 'only a case found in this visit (by the ID card, or by number and query code) can be rated');
}

function duplicate(stage: EvaluationStage, waiting: boolean): KioskError {
  return kioskError(
    'evaluation.duplicate',
    waiting ? `this case already has a rating at stage ${stage} waiting on this kiosk to be sent` : `this case was already rated at stage ${stage}`,
    { stage, waiting },
  );
}
