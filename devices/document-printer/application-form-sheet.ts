// A filled application form (申请表, main/contract/forms.ts) ready to sign and hand in at the window.
// ID-number fields print masked; a blank field leaves room to write by hand.
import type { DeliveryChoice, FormDefinition, FormField, FormValue, FormValues } from '../../domain/forms.ts';
import { maskIdNumber } from '../../domain/id-number.ts';
import type { Block, FieldRow, PrintDocument } from './types.ts';

function valueText(field: FormField, value: FormValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => field.options?.find((o) => o.value === v)?.label ?? v).join('、');
  if (typeof value === 'object' && 'strokes' in value) return '（已签名）';
  if (typeof value === 'object' && 'detail' in value) return `${value.regionName}${value.detail}`;
  const text = value.trim();
  if (text === '') return '';
  switch (field.type) {
    case 'idNumber':
      return maskIdNumber(text);
    case 'choice':
      return field.options?.find((o) => o.value === text)?.label ?? text;
    case 'checkbox':
      return text === 'true' ? '是' : text === 'false' ? '否' : text;
    case 'text':
    case 'textarea':
    case 'number':
    case 'date':
    case 'phone':
    case 'address':
    case 'multiChoice':
    case 'signature':
      return text;
  }
}

function row(field: FormField, values: FormValues): FieldRow {
  const value = valueText(field, values[field.id]);
  const label = field.required ? `${field.label}*` : field.label;
  if (value !== '') return { label, value };
  return { label, value, minLines: field.type === 'textarea' ? 4 : 2 };
}

/** What an application sheet is drawn from. */
export interface ApplicationFormInput {
  readonly form: FormDefinition;
  /** The values as handed in (shown fields only); ignored for `blank`, the examples for `sample`. */
  readonly values: FormValues;
  /** The item the form is for: its name and 实施编码, printed under the title. */
  readonly item: { readonly name: string; readonly code: string };
  /** The guide's materials checklist (names), printed as tick boxes for the window. */
  readonly materials: readonly string[];
  /** filled: a citizen's application; blank: 空白表 to fill by hand; sample: 样表 with the examples. */
  readonly mode: 'filled' | 'blank' | 'sample';
  /** F<terminal>-<yyyymmdd>-<nnnn>, printed and in the QR; null for blank and sample. */
  readonly submissionId: string | null;
  /** The text the QR encodes (the submission id); null: no QR. */
  readonly qr: string | null;
  /** YYYY-MM-DD the applicant signed (the day handed in); null leaves the date to write by hand. */
  readonly signedAt: string | null;
  /** How the result reaches the applicant; null when not chosen (blank, sample). */
  readonly delivery: DeliveryChoice | null;
}

// SHELL (issue 15): s6-pdf draws the real thing (bordered grid, tick boxes, QR, signature strokes,
// materials checklist, stamp, page N of M); this keeps the first version's layout meanwhile.
export function applicationFormSheet(input: ApplicationFormInput): PrintDocument {
  const { form, values } = input;
  const blocks: Block[] = form.sections.flatMap((section): Block[] => [
    { kind: 'heading', text: section.title },
    { kind: 'fields', rows: section.fields.map((f) => row(f, values)) },
  ]);
  blocks.push(
    { kind: 'paragraph', small: true, text: '带*的为必填项。本表由自助终端填写打印，请核对无误后签字，连同申请材料一并交窗口。' },
    { kind: 'signature', labels: ['申请人（签字）：', '日期：　　　　年　　月　　日'] },
  );
  return { kind: '申请表', title: form.title, subtitle: `${input.item.name}（${input.item.code}）`, blocks };
}
