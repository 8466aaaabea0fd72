import { describe, expect, it } from 'vitest';
import { formDefinitionSchema, formRefOf, type FormDefinitionInput } from '../../domain/forms.ts';

type FieldIn = FormDefinitionInput['sections'][number]['fields'][number];
const text = (id: string, more: Partial<FieldIn> = {}): FieldIn => ({ id, label: id, type: 'text', example: '示例', ...more }) as FieldIn;

function messages(input: Partial<FormDefinitionInput>): string[] {
  const r = formDefinitionSchema.safeParse({ id: 'f', itemId: 'i', title: '表', version: 1, sections: [{ title: '一', fields: [text('a')] }], ...input });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const fields = (...fs: FieldIn[]): Partial<FormDefinitionInput> => ({ sections: [{ title: '一', fields: fs }] });

describe('form definition refinements', () => {
  it('accepts a plain form and applies the defaults', () => {
    expect(messages({})).toEqual([]);
    const f = formDefinitionSchema.parse({ id: 'f', itemId: 'i', title: '表', version: 1, sections: [{ title: '一', fields: [text('a')] }] });
    expect(f.print).toEqual({ signers: ['申请人'], materials: true });
    expect(f.rules).toEqual([]);
    expect(f.sections[0]!.fields[0]).toMatchObject({ required: false, decimals: 0, dateBound: 'any', print: { span: 'full' } });
  });

  it.each<[string, Partial<FormDefinitionInput>, string]>([
    ['a choice without options', fields({ id: 'c', label: 'c', type: 'choice', example: 'x' }), 'sections.0.fields.0.options: a choice field needs options'],
    ['options on a text field', fields(text('t', { options: [{ value: 'x', label: 'x' }] })), 'sections.0.fields.0.options: a text field has no options'],
    ['an option value twice', fields({ id: 'c', label: 'c', type: 'multiChoice', options: [{ value: 'x', label: '甲' }, { value: 'x', label: '乙' }], example: 'x' }), 'sections.0.fields.0.options: an option value is listed twice'],
    ['a broken pattern', fields(text('t', { pattern: '[a-', patternMessage: '字母' })), 'sections.0.fields.0.pattern: not a valid regular expression'],
    ['a pattern without its message', fields(text('t', { pattern: '\\d+' })), 'sections.0.fields.0.patternMessage: a pattern needs the words that tell the citizen what to write'],
    ['min above max', fields({ id: 'n', label: 'n', type: 'number', min: 5, max: 1, example: '3' }), 'sections.0.fields.0.min: min is above max'],
    ['a pre-filled signature', fields({ id: 's', label: 's', type: 'signature', prefillFrom: 'name', example: '（签名）' }), 'sections.0.fields.0.prefillFrom: a signature is never pre-filled'],
    ['a field id twice', { sections: [{ title: '一', fields: [text('a')] }, { title: '二', fields: [text('a')] }] }, 'sections.1.fields.0.id: field id "a" is used twice'],
    ['a condition on an unknown field', fields(text('a', { showWhen: { field: 'ghost', is: 'x' } })), 'sections.0.fields.0.showWhen.field: no field "ghost" in this form'],
    ['a required-when on itself', fields(text('a', { requiredWhen: { field: 'a', is: 'x' } })), 'sections.0.fields.0.requiredWhen: a field cannot depend on itself'],
    ['a rule naming an unknown field', { rules: [{ kind: 'dateOrder', earlier: 'a', later: 'b', message: '先后' }] }, 'rules.0: no field "b" in this form'],
    ['idNumberAgrees naming an unknown field', { rules: [{ kind: 'idNumberAgrees', idNumber: 'a', sex: 'nope', message: '不一致' }] }, 'rules.0: no field "nope" in this form'],
    ['a field without an example', fields({ id: 'a', label: 'a', type: 'text' } as FieldIn), 'sections.0.fields.0.example: Invalid input: expected string, received undefined'],
    ['a form id with capitals', { id: 'Hukou' }, 'id: lower-case letters, digits and -'],
    ['no signers', { print: { signers: [] } }, 'print.signers: Too small: expected array to have >=1 items'],
  ])('refuses %s, naming it', (_name, input, message) => {
    expect(messages(input)).toContain(message);
  });
});

describe('formRefOf', () => {
  it('reads the form id from a blank form or its sample, and nothing else', () => {
    expect(formRefOf('forms/hukou-move.pdf')).toEqual({ formId: 'hukou-move', sample: false });
    expect(formRefOf('forms/hukou-move-sample.pdf')).toEqual({ formId: 'hukou-move', sample: true });
    expect(formRefOf('forms/Hukou.pdf')).toBeNull();
    expect(formRefOf('docs/hukou-move.pdf')).toBeNull();
    expect(formRefOf('forms/hukou-move.doc')).toBeNull();
  });
});
