import { describe, expect, it } from 'vitest';
import { formSubmitInputSchema } from '../../../../main/contract/forms.ts';
import { validateSection } from '../../../../domain/form-rules.ts';
import type { FormDefinition } from '../../../../domain/forms.ts';
import { seedForms } from '../../../../platform/seed/forms.ts';
import { deliveryProblems, emptyDraft, problemsOf, signatureField, stepCount, submitInput, visibleSections, withPrefill, withValue, type FormSession } from '../../../../renderer/src/kiosk/forms/form-draft.ts';

const form: FormDefinition = seedForms.find((f) => f.id === 'idcard-application')!;
const session: FormSession = { form, item: { id: form.itemId, name: '居民身份证换领', code: 'X', expressDelivery: true } };
const card = { name: '张伟', sex: '男', idNumber: '110105199003071239' };
const signature = { width: 1000, height: 400, strokes: [[[10, 10] as [number, number], [50, 60] as [number, number]]] };

describe('the form draft', () => {
  it('takes the card over empty fields and marks them, but never over what the citizen typed', () => {
    const typed = withValue(emptyDraft, 'name', '张伟伟');
    const d = withPrefill(typed, card, Object.keys(card));
    expect(d.values).toEqual({ ...card, name: '张伟伟' });
    expect([...d.fromCard].sort()).toEqual(['idNumber', 'sex']);
  });

  it('drops the card mark of a field the citizen changes, and the value of a field emptied', () => {
    const d = withPrefill(emptyDraft, card, Object.keys(card));
    const changed = withValue(d, 'sex', '女');
    expect(changed.fromCard).not.toContain('sex');
    expect(changed.fromCard).toContain('name');
    expect(withValue(changed, 'name', undefined).values).not.toHaveProperty('name');
  });

  it('a second card read refreshes the fields the card filled', () => {
    const first = withPrefill(emptyDraft, card, Object.keys(card));
    const second = withPrefill(first, { name: '李芳' }, ['name']);
    expect(second.values['name']).toBe('李芳');
  });

  it('walks the sections that show a field for the answers so far, and counts review, signature and delivery as steps', () => {
    expect(visibleSections(form, {})).toEqual([0, 1, 2]);
    expect(stepCount(form)).toBe(form.sections.length + 3);
  });

  it('is handed in as the contract takes it: hidden answers dropped, empty ones left out', () => {
    const d = { ...withPrefill(emptyDraft, card, Object.keys(card)), values: { ...card, reason: 'expiry', changedItems: '住址变更', phone: ' ' }, signature };
    const input = submitInput(session, d, { method: 'window' });
    // changedItems shows only for reason "changed"; a blank phone is no answer.
    expect(input.values).toEqual({ ...card, reason: 'expiry' });
    expect(formSubmitInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ formId: form.id, formVersion: form.version, itemId: form.itemId });
  });

  it('puts the signature into the form’s own signature field when it has one', () => {
    expect(signatureField(form)).toBeNull();
    const signed: FormDefinition = { ...form, sections: [...form.sections, { title: '签名', fields: [{ ...form.sections[0]!.fields[0]!, id: 'sign', type: 'signature', prefillFrom: undefined }] }] };
    const input = submitInput({ ...session, form: signed }, { ...emptyDraft, signature }, { method: 'window' });
    expect(input.values['sign']).toEqual(signature);
  });

  it('says what express delivery lacks, in the order the screen shows it', () => {
    const address = { regionCode: '339102', regionName: '浙江省澄州市澜溪区', detail: '文昌路18号' };
    expect(deliveryProblems('', '123', null)).toEqual(['recipient', 'phone', 'address']);
    expect(deliveryProblems('张伟', '13912345678', { ...address, regionCode: null })).toEqual(['address']);
    expect(deliveryProblems(' 张伟 ', '13912345678', address)).toEqual([]);
  });

  it('reads the problems form.invalid carries, and nothing from details of another shape', () => {
    const problems = validateSection(form, 0, {}, '2026-11-24');
    expect(problems.length).toBeGreaterThan(0);
    expect(problemsOf({ problems })).toEqual(problems);
    expect(problemsOf({ problems: [{ field: 1 }, null, 'x'] })).toEqual([]);
    expect(problemsOf(undefined)).toEqual([]);
  });
});
