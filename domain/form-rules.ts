// The rules of a form definition (domain/forms.ts), written once and zod-free: the kiosk's screens
// check a section as the citizen leaves it, the core checks before it seals a submission, the
// platform checks what arrives; all three call validateForm, so they can never disagree.
import type { AddressValue, FormCondition, FormDefinition, FormField, FormValue, FormValues, IdCardField, SignatureValue } from './forms.ts';
import { isIsoDate } from './calendar-date.ts';
import { hasValidCheckDigit, normaliseIdNumber } from './id-number.ts';
import { textLength } from './complaints.ts';

/** What is wrong with one field. `message` is the form's own words (pattern and cross-field rules), else null. */
export interface FieldProblem {
  readonly field: string;
  readonly code: FieldProblemCode;
  /** For tooShort/tooLong: the length; tooSmall/tooLarge: the bound; tooManyDecimals: the decimals allowed. */
  readonly limit?: number;
  readonly message: string | null;
}

export type FieldProblemCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'pattern'
  | 'notNumber'
  | 'tooSmall'
  | 'tooLarge'
  | 'tooManyDecimals'
  | 'notDate'
  | 'dateInFuture'
  | 'dateInPast'
  | 'notAnOption'
  | 'idNumberInvalid'
  | 'phoneInvalid'
  | 'addressIncomplete'
  | 'wrongType'
  | 'unknownField'
  | 'rule';

/** A mobile number, or a fixed line with its area code (0571-88886666, 057188886666). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export function allFields(form: FormDefinition): readonly FormField[] {
  return form.sections.flatMap((s) => s.fields);
}

function holds(c: FormCondition, values: FormValues): boolean {
  const v = values[c.field];
  const wanted = Array.isArray(c.is) ? c.is : [c.is];
  if (Array.isArray(v)) return v.some((x) => wanted.includes(x));
  if (typeof v === 'boolean') return wanted.includes(v);
  if (typeof v === 'string') return wanted.includes(v.trim());
  return c.is === false && v === undefined;
}

/**
 * Is the field shown (and so submitted) with these values? Conditions may chain (C shown when B, B
 * shown when A): pass `shownValues(form, values)` so that a hidden field's stale value shows nothing.
 */
export function isShown(field: FormField, values: FormValues): boolean {
  return field.showWhen === undefined || holds(field.showWhen, values);
}

export function isRequired(field: FormField, values: FormValues): boolean {
  if (!isShown(field, values)) return false;
  return field.required || (field.requiredWhen !== undefined && holds(field.requiredWhen, values));
}

/**
 * The values without those of hidden fields, to a fixed point: a field hidden by a condition no longer
 * shows or requires the fields that depend on it. Each pass drops at least one value, so it ends.
 */
function withoutHidden(form: FormDefinition, values: FormValues): FormValues {
  let current: Record<string, FormValue> = { ...values };
  for (;;) {
    const hidden = allFields(form).filter((f) => current[f.id] !== undefined && !isShown(f, current));
    if (hidden.length === 0) return current;
    current = { ...current };
    for (const f of hidden) delete current[f.id];
  }
}

export function isAddress(v: FormValue): v is AddressValue {
  return typeof v === 'object' && !Array.isArray(v) && 'detail' in v;
}
function isSignature(v: FormValue): v is SignatureValue {
  return typeof v === 'object' && !Array.isArray(v) && 'strokes' in v;
}

/** Is anything filled in? (An untouched checkbox is false: not filled.) */
export function isFilled(v: FormValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (isAddress(v)) return v.detail.trim() !== '' || v.regionCode !== null;
  return v.strokes.length > 0;
}

function problem(field: string, code: FieldProblemCode, extra: { limit?: number; message?: string | null } = {}): FieldProblem {
  return { field, code, message: extra.message ?? null, ...(extra.limit === undefined ? {} : { limit: extra.limit }) };
}

/** The one field's own checks (its type, lengths, bounds); `today` is the hall's business date (YYYY-MM-DD). */
function checkField(f: FormField, v: FormValue, today: string): FieldProblem | null {
  const id = f.id;
  switch (f.type) {
    case 'checkbox':
      return typeof v === 'boolean' ? null : problem(id, 'wrongType');
    case 'multiChoice': {
      if (!Array.isArray(v)) return problem(id, 'wrongType');
      const allowed = new Set(f.options?.map((o) => o.value));
      return v.every((x) => allowed.has(x)) ? null : problem(id, 'notAnOption');
    }
    case 'address': {
      if (!isAddress(v)) return problem(id, 'wrongType');
      const detail = textLength(v.detail);
      if (f.maxLength !== undefined && textLength(v.regionName) + detail > f.maxLength) return problem(id, 'tooLong', { limit: f.maxLength });
      return v.regionCode === null && detail < 6 ? problem(id, 'addressIncomplete') : v.regionCode !== null && detail < 2 ? problem(id, 'addressIncomplete') : null;
    }
    case 'signature':
      return isSignature(v) ? null : problem(id, 'wrongType');
    default:
      break;
  }
  if (typeof v !== 'string') return problem(id, 'wrongType');
  const text = v.trim();
  switch (f.type) {
    case 'choice':
      if (!f.options?.some((o) => o.value === text)) return problem(id, 'notAnOption');
      break;
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(text)) return problem(id, 'notNumber');
      const decimals = text.split('.')[1]?.length ?? 0;
      if (decimals > f.decimals) return problem(id, 'tooManyDecimals', { limit: f.decimals });
      const n = Number(text);
      if (f.min !== undefined && n < f.min) return problem(id, 'tooSmall', { limit: f.min });
      if (f.max !== undefined && n > f.max) return problem(id, 'tooLarge', { limit: f.max });
      break;
    }
    case 'date':
      if (!isIsoDate(text)) return problem(id, 'notDate');
      if (f.dateBound === 'notFuture' && text > today) return problem(id, 'dateInFuture');
      if (f.dateBound === 'notPast' && text < today) return problem(id, 'dateInPast');
      break;
    case 'idNumber': {
      const n = normaliseIdNumber(text);
      if (!/^\d{17}[\dX]$/.test(n) || !hasValidCheckDigit(n)) return problem(id, 'idNumberInvalid');
      break;
    }
    case 'phone':
      if (!PHONE_PATTERN.test(text.replace(/\s/g, ''))) return problem(id, 'phoneInvalid');
      break;
    case 'text':
    case 'textarea':
      break;
  }
  const length = textLength(text);
  if (f.minLength !== undefined && length < f.minLength) return problem(id, 'tooShort', { limit: f.minLength });
  if (f.maxLength !== undefined && length > f.maxLength) return problem(id, 'tooLong', { limit: f.maxLength });
  if (f.pattern !== undefined && !new RegExp(`^(?:${f.pattern})$`).test(text)) return problem(id, 'pattern', { message: f.patternMessage ?? null });
  return null;
}

function ruleProblems(form: FormDefinition, values: FormValues, fields: ReadonlyMap<string, FormField>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const text = (id: string): string | null => {
    const f = fields.get(id);
    const v = values[id];
    return f && isShown(f, values) && typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  for (const r of form.rules) {
    switch (r.kind) {
      case 'dateOrder': {
        const a = text(r.earlier);
        const b = text(r.later);
        if (a && b && isIsoDate(a) && isIsoDate(b) && a > b) out.push(problem(r.later, 'rule', { message: r.message }));
        break;
      }
      case 'differs': {
        const a = text(r.fields[0]);
        const b = text(r.fields[1]);
        const bare = (x: string): string => x.replace(/\s|-/g, '').toUpperCase();
        if (a && b && bare(a) === bare(b)) out.push(problem(r.fields[1], 'rule', { message: r.message }));
        break;
      }
      case 'atLeastOne': {
        const shown = r.fields.filter((id) => isShown(fields.get(id)!, values));
        // Said under the first of them the citizen can see (none shown: nothing can be asked).
        if (shown.length > 0 && !shown.some((id) => isFilled(values[id]))) out.push(problem(shown[0]!, 'rule', { message: r.message }));
        break;
      }
      case 'idNumberAgrees': {
        const idn = text(r.idNumber);
        if (!idn || !hasValidCheckDigit(normaliseIdNumber(idn))) break;
        const n = normaliseIdNumber(idn);
        const birth = `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
        const sex = Number(n[16]) % 2 === 1 ? '男' : '女';
        const givenBirth = r.birthDate ? text(r.birthDate) : null;
        if (r.birthDate && givenBirth && givenBirth !== birth) out.push(problem(r.birthDate, 'rule', { message: r.message }));
        const sexField = r.sex ? fields.get(r.sex) : undefined;
        const givenSex = r.sex ? text(r.sex) : null;
        const sexLabel = givenSex && sexField ? (sexField.options?.find((o) => o.value === givenSex)?.label ?? givenSex) : null;
        if (r.sex && sexLabel && sexLabel !== sex) out.push(problem(r.sex, 'rule', { message: r.message }));
        break;
      }
    }
  }
  return out;
}

/**
 * Every problem of the filled values, in the form's order: unknown fields, required ones missing, each
 * field's own checks, then the cross-field rules. Hidden fields are not checked (their values are dropped
 * by `shownValues`). `only` limits the check to some fields (a section as the citizen leaves it).
 */
export function validateForm(form: FormDefinition, given: FormValues, today: string, only?: ReadonlySet<string>): FieldProblem[] {
  const fields = new Map(allFields(form).map((f) => [f.id, f]));
  const out: FieldProblem[] = [];
  if (!only) for (const key of Object.keys(given)) if (!fields.has(key)) out.push(problem(key, 'unknownField'));
  const values = withoutHidden(form, given);
  for (const f of fields.values()) {
    if (only && !only.has(f.id)) continue;
    if (!isShown(f, values)) continue;
    const v = values[f.id];
    if (!isFilled(v)) {
      if (isRequired(f, values)) out.push(problem(f.id, 'required'));
      continue;
    }
    const p = checkField(f, v!, today);
    if (p) out.push(p);
  }
  const rules = ruleProblems(form, values, fields);
  out.push(...(only ? rules.filter((p) => only.has(p.field)) : rules));
  return out;
}

/** The problems of one section (index into form.sections). */
export function validateSection(form: FormDefinition, section: number, values: FormValues, today: string): FieldProblem[] {
  const ids = new Set(form.sections[section]?.fields.map((f) => f.id) ?? []);
  return validateForm(form, values, today, ids);
}

/** Only the values of fields shown with these values, empty ones left out: what is submitted and printed. */
export function shownValues(form: FormDefinition, given: FormValues): FormValues {
  const out: Record<string, FormValue> = {};
  const values = withoutHidden(form, given);
  for (const f of allFields(form)) {
    const v = values[f.id];
    if (v !== undefined && isShown(f, values) && isFilled(v)) out[f.id] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

/** The card's fields as text, as the core hands them over (sex 男/女, nation 汉, dates YYYY-MM-DD). */
export type CardFacts = Partial<Readonly<Record<IdCardField, string>>>;

/**
 * Values for the fields a card fills (`prefillFrom`), converted to each field's type: a choice takes the
 * option whose value or label is the card's word; a date field takes the date; an address takes the card's
 * address as its detail (the region is for the citizen to pick). A field the card cannot fill stays out.
 */
export function prefillValues(form: FormDefinition, card: CardFacts): FormValues {
  const out: Record<string, FormValue> = {};
  for (const f of allFields(form)) {
    if (!f.prefillFrom) continue;
    const fact = card[f.prefillFrom]?.trim();
    if (!fact) continue;
    switch (f.type) {
      case 'choice': {
        const o = f.options?.find((x) => x.value === fact || x.label === fact || x.label === `${fact}族`);
        if (o) out[f.id] = o.value;
        break;
      }
      case 'address':
        out[f.id] = { regionCode: null, regionName: '', detail: fact };
        break;
      case 'date':
        if (isIsoDate(fact)) out[f.id] = fact;
        break;
      case 'text':
      case 'textarea':
      case 'idNumber':
      case 'phone':
      case 'number':
        out[f.id] = fact;
        break;
      case 'multiChoice':
      case 'checkbox':
      case 'signature':
        break;
    }
  }
  return out;
}

/** The example values (示范文本) of every field, as the sample form (样表) prints them. */
export function exampleValues(form: FormDefinition): FormValues {
  const out: Record<string, FormValue> = {};
  for (const f of allFields(form)) {
    switch (f.type) {
      case 'checkbox':
        out[f.id] = f.example === 'true';
        break;
      case 'multiChoice':
        out[f.id] = f.example.split(',').map((s) => s.trim()).filter(Boolean);
        break;
      case 'address':
        out[f.id] = { regionCode: null, regionName: '', detail: f.example };
        break;
      case 'signature':
        break;
      default:
        out[f.id] = f.example;
    }
  }
  return out;
}
