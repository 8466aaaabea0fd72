// What the citizen has filled in so far, for one form in one visit. The draft is held in memory against
// the flow's session object, and that object lives only in the route parameters on the visit's stack:
// back and forth between the steps finds every answer as it was left, and when the visit ends (完成,
// home, the idle timeout) the stack is dropped and the draft with it. It is never written to
// localStorage, sessionStorage or IndexedDB: personal data of a draft never touches disk.
import { useState } from 'react';
import type { AddressValue, DeliveryChoice, FormDefinition, FormValue, FormValues, SignatureValue } from '../../../../domain/forms.ts';
import { isShown, shownValues, type FieldProblem } from '../../../../domain/form-rules.ts';
import type { FormSubmitInput } from '../../../../main/contract/index.ts';

/** One form being filled: what the screens need to show it; its identity keys the draft. */
export interface FormSession {
  readonly form: FormDefinition;
  /** The item applied for; `expressDelivery`: its result may be sent by express (else only the window). */
  readonly item: { readonly id: string; readonly name: string; readonly code: string; readonly expressDelivery: boolean };
}

export interface FormDraft {
  readonly values: FormValues;
  /** Fields whose value came from the ID card (and was not changed since): marked on screen. */
  readonly fromCard: readonly string[];
  readonly signature: SignatureValue | null;
  readonly delivery: DeliveryChoice | null;
}

export const emptyDraft: FormDraft = { values: {}, fromCard: [], signature: null, delivery: null };

const drafts = new WeakMap<FormSession, FormDraft>();

/**
 * The session's draft and a way to change it; every screen of the flow sees the latest. A change is a
 * function of the latest draft, so two changes between renders (a scanner's burst) both count.
 */
export function useFormDraft(session: FormSession): [FormDraft, (change: (d: FormDraft) => FormDraft) => void] {
  const [draft, setDraft] = useState<FormDraft>(() => drafts.get(session) ?? emptyDraft);
  return [
    draft,
    (change) => {
      const next = change(drafts.get(session) ?? emptyDraft);
      drafts.set(session, next);
      setDraft(next);
    },
  ];
}

/** One field typed or chosen by hand: no longer "from the card". */
export function withValue(draft: FormDraft, field: string, value: FormValue | undefined): FormDraft {
  const values: Record<string, FormValue> = { ...draft.values };
  if (value === undefined) delete values[field];
  else values[field] = value;
  return { ...draft, values, fromCard: draft.fromCard.filter((f) => f !== field) };
}

/**
 * The card's values laid over the draft: a field the citizen has already filled by hand keeps their
 * answer (the card does not overwrite what they typed); the others take the card's value and its mark.
 */
export function withPrefill(draft: FormDraft, values: FormValues, filled: readonly string[]): FormDraft {
  const next: Record<string, FormValue> = { ...draft.values };
  const marked = new Set(draft.fromCard);
  for (const id of filled) {
    const v = values[id];
    if (v === undefined) continue;
    if (draft.values[id] !== undefined && !marked.has(id)) continue;
    next[id] = v;
    marked.add(id);
  }
  return { ...draft, values: next, fromCard: [...marked] };
}

/** The sections the citizen walks: those with at least one field shown for the answers so far. */
export function visibleSections(form: FormDefinition, values: FormValues): number[] {
  return form.sections.flatMap((s, i) => (s.fields.some((f) => isShown(f, values)) ? [i] : []));
}

/** Steps of the flow after the intro: each section, then review, signature, delivery. */
export function stepCount(form: FormDefinition): number {
  return form.sections.length + 3;
}

/** The form's own field a signature goes into, if its definition has one. */
export function signatureField(form: FormDefinition): string | null {
  return form.sections.flatMap((s) => s.fields).find((f) => f.type === 'signature')?.id ?? null;
}

/** The draft as forms.submit takes it: the shown values only; the signature in the form's signature field, else beside the values. */
export function submitInput(session: FormSession, draft: FormDraft, delivery: DeliveryChoice): FormSubmitInput {
  const sign = signatureField(session.form);
  const values = { ...draft.values, ...(sign && draft.signature ? { [sign]: draft.signature } : {}) };
  return { formId: session.form.id, formVersion: session.form.version, itemId: session.item.id, values: shownValues(session.form, values), delivery, signature: sign ? null : draft.signature };
}

export type DeliveryProblem = 'recipient' | 'phone' | 'address';

/** What is missing for express delivery, in the order the screen shows the fields. */
export function deliveryProblems(recipient: string, phone: string, address: AddressValue | null): DeliveryProblem[] {
  const out: DeliveryProblem[] = [];
  if (recipient.trim() === '') out.push('recipient');
  if (!/^1[3-9]\d{9}$/.test(phone.trim())) out.push('phone');
  if (!address || address.regionCode === null || address.detail.trim().length < 2) out.push('address');
  return out;
}

/** The problems form.invalid carries (details.problems), as far as they have the expected shape. */
export function problemsOf(details: unknown): FieldProblem[] {
  const list = typeof details === 'object' && details !== null && 'problems' in details ? (details as { problems: unknown }).problems : null;
  if (!Array.isArray(list)) return [];
  return list.filter((p): p is FieldProblem => typeof p === 'object' && p !== null && typeof (p as FieldProblem).field === 'string' && typeof (p as FieldProblem).code === 'string');
}

/** What the flow's first screen (intro-screen.tsx) is opened with: the service and its form. */
export interface FormStart {
  readonly itemId: string;
  readonly formId: string;
}

/** What a section's screen (section-screen.tsx) is opened with. */
export interface SectionParams {
  readonly session: FormSession;
  readonly index: number;
  /** Problems to show at once (the core refused the form: form.invalid). */
  readonly problems?: readonly FieldProblem[];
  /** Opened by 修改 on the review page: "next" returns there. */
  readonly fromReview?: boolean;
}
