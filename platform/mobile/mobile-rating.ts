// The rating given on the phone once served: five levels, reasons for the bad ones, channel 'mobile',
// stage 'finish' (办结), the window and staff of the ticket's service. It goes through the same rules
// as an evaluation a terminal sends (evaluationSchema, RecordsStore.addEvaluation: one per ticket
// per stage, a repeat refused), so a ticket rated on the rating pad cannot be rated again here.
import type { Department } from '../../domain/catalogue.ts';
import { evaluationSchema, ratingLevels, ratingNeedsReason, type Evaluation, type RatingLevel } from '../../domain/evaluation.ts';
import { localTimeAt } from '../../domain/hall-time.ts';
import { PlatformError } from '../http/platform-error.ts';
import type { Ticket } from '../queue/index.ts';
import type { RecordsStore } from '../services/records-store.ts';
import { badRatingReasons, reasonInChinese, type BadRatingReason } from './mobile-text.ts';

/** Who the platform records as the sender of phone ratings (not a terminal). */
export const MOBILE_SENDER = 'mobile-page';

export type RatingRefusal =
  | { readonly kind: 'notFinished' }
  | { readonly kind: 'noLevel' }
  | { readonly kind: 'reason' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'invalid'; readonly problem: string };

export interface RatingDeps {
  readonly records: RecordsStore;
  readonly now: () => number;
  readonly timeZone: string;
  /** The hall's departments, for the 行政区划代码 of the rating. */
  readonly departments: () => readonly Department[];
}

/** YYYYMMDDThhmmss in the hall's time, as the national exchange writes it. */
export function ratedAtOf(epochMs: number, timeZone: string): string {
  const t = localTimeAt(epochMs, timeZone);
  return `${t.date.replaceAll('-', '')}T${t.time.replaceAll(':', '')}`;
}

/** The department serving the ticket's business (by name), else any of the hall's. */
function areaCodeOf(deps: RatingDeps, deptNames: readonly string[]): string | null {
  const depts = deps.departments();
  const own = depts.find((d) => deptNames.includes(d.name) || deptNames.includes(d.shortName));
  return (own ?? depts[0])?.areaCode ?? null;
}

export function isRated(records: RecordsStore, ticketId: string): Promise<boolean> {
  return records.isRated(`ticket:${ticketId}`, 'finish');
}

/** Records the rating in `form` for a finished ticket, or says plainly why not. */
export async function rateTicket(deps: RatingDeps, ticket: Ticket, deptNames: readonly string[], form: URLSearchParams): Promise<{ ok: true; id: string } | { ok: false; refusal: RatingRefusal }> {
  if (ticket.state !== 'finished') return { ok: false, refusal: { kind: 'notFinished' } };
  const level = form.get('level');
  if (level === null || !(ratingLevels as readonly string[]).includes(level)) return { ok: false, refusal: { kind: 'noLevel' } };
  const known = new Set(badRatingReasons.map((r) => r.slice('reason.'.length)));
  const picked = form.getAll('reason');
  const unknown = picked.find((r) => !known.has(r));
  if (unknown !== undefined) return { ok: false, refusal: { kind: 'invalid', problem: `unknown reason "${unknown.slice(0, 40)}"` } };
  const comment = (form.get('comment') ?? '').trim();
  const reasons = picked.map((r) => reasonInChinese(`reason.${r}` as BadRatingReason));
  if (ratingNeedsReason(level as RatingLevel) && reasons.length === 0 && comment === '') return { ok: false, refusal: { kind: 'reason' } };
  const candidate = {
    ticketId: ticket.id,
    stage: 'finish',
    level,
    reasons,
    ...(comment === '' ? {} : { comment }),
    windowId: ticket.windowId ?? '',
    staffId: ticket.staffId ?? '',
    channel: 'mobile',
    ratedAt: ratedAtOf(deps.now(), deps.timeZone),
    areaCode: areaCodeOf(deps, deptNames) ?? '',
  };
  const parsed = evaluationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, refusal: { kind: 'invalid', problem: `${issue.path.join('.')}: ${issue.message}` } };
  }
  try {
    const saved = await deps.records.addEvaluation(parsed.data satisfies Evaluation, MOBILE_SENDER);
    return { ok: true, id: saved.id };
  } catch (e) {
    if (e instanceof PlatformError && e.code === 'evaluation.duplicate') return { ok: false, refusal: { kind: 'duplicate' } };
    throw e;
  }
}
