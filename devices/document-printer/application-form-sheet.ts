// A filled application form (申请表, main/contract/forms.ts) ready to sign and hand in at the window.
// ID-number fields print masked; a blank field leaves room to write by hand.
import type { FormDefinition, FormField, FormValue, FormValues } from '../../domain/forms.ts';
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

export function applicationFormSheet(form: FormDefinition, values: FormValues): PrintDocument {
  const blocks: Block[] = form.sections.flatMap((section): Block[] => [
    { kind: 'heading', text: section.title },
    { kind: 'fields', rows: section.fields.map((f) => row(f, values)) },
  ]);
  blocks.push(
    { kind: 'paragraph', small: true, text: '带*的为必填项。本表由自助终端填写打印，请核对无误后签字，连同申请材料一并交窗口。公民身份号码已作隐去处理，以受理时核验的证件为准。' },
    { kind: 'signature', labels: ['申请人（签字）：', '日期：　　　　年　　月　　日'] },
  );
  return { kind: '申请表', title: form.title, subtitle: `表单编号：${form.id}（第${form.version}版）`, blocks };
}
