// Which of a category's priority rules (绿色通道, appointment, online application) a ticket gets.
// The rule's position in the category's priorityRules is its rank: lower is called first.
//   green              -> the first age rule the ID number qualifies for, else the first certificate rule
//                         (the certificate was shown to the terminal's operator or the window);
//   appointment        -> the first rule with basis "appointment";
//   onlineApplication  -> the first rule with basis "onlineApplication";
//   none               -> an age rule still applies when the ID number qualifies (read from the card).
// `priorityRule` names the exact rule instead (which certificate); it must fit the claimed kind.
// A certificate is seen by hall staff: certificate rules are granted only on a staff channel
// (`staffChannels`, the counter); at a self-service terminal green means the age on the card. A
// 绿色通道 desk (greenChannelOf: every rule an age or certificate rule) takes only those its rules
// name: a ticket there is a green claim whether or not it says so, and is refused (queue.notEligible,
// with the staff-confirmed groups in the details) to anyone else.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { BusinessCategory, PriorityRule } from '../../domain/catalogue.ts';
import { greenChannelOf, staffChannels } from '../../domain/queue-setup.ts';
import { ageOn } from '../../domain/id-number.ts';
import type { PriorityKind } from './schemas.ts';

export interface PriorityChoice {
  readonly rank: number;
  readonly rule: PriorityRule;
}

export interface PriorityRequest {
  readonly kind: PriorityKind | null;
  readonly ruleCode: string | null;
  /** Normalised and valid, or null without real name. */
  readonly idNumber: string | null;
  readonly businessDate: string;
  /** Who asks: certificate rules only where staff see the certificate (staffChannels). */
  readonly channel: string;
}

const BASES: Readonly<Record<PriorityKind, readonly PriorityRule['basis'][]>> = {
  green: ['age', 'certificate'],
  appointment: ['appointment'],
  onlineApplication: ['onlineApplication'],
};

function qualifies(rule: PriorityRule, req: PriorityRequest): boolean {
  if (rule.basis === 'certificate') return staffChannels.includes(req.channel);
  if (rule.basis !== 'age') return true;
  const age = req.idNumber === null ? null : ageOn(req.idNumber, req.businessDate);
  return age !== null && rule.minAge !== null && age >= rule.minAge;
}

export function choosePriority(category: BusinessCategory, request: PriorityRequest): Result<PriorityChoice | null> {
  const green = greenChannelOf(category);
  const req = green && request.kind === null ? { ...request, kind: 'green' as const } : request;
  const rules = category.priorityRules.map((rule, rank) => ({ rule, rank }));
  const refuse = (message: string) =>
    err(kioskError('queue.notEligible', message, { categoryId: category.id, kind: req.kind, ...(green ? { minAge: green.minAge, staffGroups: green.staffGroups } : {}) }));
  if (req.ruleCode !== null) {
    const named = rules.find((r) => r.rule.code === req.ruleCode);
    if (!named) return refuse(`category ${category.id} has no priority rule "${req.ruleCode}"`);
    if (req.kind !== null && !BASES[req.kind].includes(named.rule.basis)) {
      return refuse(`rule "${named.rule.code}" is not a ${req.kind} rule`);
    }
    if (!qualifies(named.rule, req)) {
      return refuse(named.rule.basis === 'age' ? `the ID card does not show the age rule "${named.rule.code}" asks for` : `rule "${named.rule.code}" is confirmed by hall staff, not at ${req.channel}`);
    }
    return ok(named);
  }
  if (req.kind === null) return ok(rules.find((r) => r.rule.basis === 'age' && qualifies(r.rule, req)) ?? null);
  const bases = BASES[req.kind];
  // Age rules first: an age read from the card beats a certificate claim.
  const byAge = rules.find((r) => r.rule.basis === 'age' && bases.includes('age') && qualifies(r.rule, req));
  const other = rules.find((r) => r.rule.basis !== 'age' && bases.includes(r.rule.basis) && qualifies(r.rule, req));
  const chosen = byAge ?? other;
  return chosen ? ok(chosen) : refuse(`category ${category.id} has no ${req.kind} priority this person qualifies for`);
}
