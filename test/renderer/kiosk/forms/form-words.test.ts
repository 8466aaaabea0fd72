import { describe, expect, it } from 'vitest';
import { validateSection } from '../../../../domain/form-rules.ts';
import type { FormDefinition } from '../../../../domain/forms.ts';
import { seedForms } from '../../../../platform/seed/forms.ts';
import { zhCN, type MessageKey } from '../../../../renderer/src/locales/index.ts';
import { answerText, dateFromDigits, exampleText, printJobKey, problemText } from '../../../../renderer/src/kiosk/forms/form-words.ts';

const form: FormDefinition = seedForms.find((f) => f.id === 'idcard-application')!;
const field = (id: string) => form.sections.flatMap((s) => s.fields).find((f) => f.id === id)!;
/** The Chinese words with their {placeholders} filled, as the screens' t() gives them. */
const zh = (key: MessageKey, params: Record<string, string | number> = {}) => zhCN[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

describe('the words of the form screens', () => {
  it('says what to do about a missing answer: fill in a text, tap a choice', () => {
    const problems = validateSection(form, 0, {}, '2026-11-24');
    const byField = new Map(problems.map((p) => [p.field, p]));
    expect(problemText(zh, byField.get('name')!, field('name'))).toBe('这一项必须填写，请填上');
    expect(problemText(zh, byField.get('sex')!, field('sex'))).toBe('这一项必须选择，请点一个选项');
  });

  it("uses the form's own words for its cross-field rules", () => {
    const problems = validateSection(form, 0, { idNumber: '110105199003071239', birthDate: '1991-03-07' }, '2026-11-24');
    const p = problems.find((x) => x.field === 'birthDate')!;
    expect(problemText(zh, p, field('birthDate'))).toBe(p.message);
    expect(p.message).toContain('身份号码');
  });

  it('puts the limit into the words', () => {
    expect(problemText(zh, { field: 'x', code: 'tooLong', limit: 60, message: null }, undefined)).toContain('60');
  });

  it('shows an answer as chosen: the option label, yes/no, the address whole', () => {
    expect(answerText(zh, field('reason'), 'expiry')).toBe('有效期满换领');
    expect(answerText(zh, field('minor'), true)).toBe('是');
    expect(answerText(zh, field('address'), { regionCode: null, regionName: '', detail: '北京市朝阳区建国路88号' })).toBe('北京市朝阳区建国路88号');
    expect(exampleText(zh, field('reason'))).toBe('有效期满换领');
  });

  it('makes a date of eight digits, and leaves fewer as typed', () => {
    expect(dateFromDigits('19900307')).toBe('1990-03-07');
    expect(dateFromDigits('199003')).toBe('199003');
  });

  it('says paper out apart from other print failures', () => {
    const job = { jobId: 'A4-1', pages: 1 };
    expect(printJobKey({ ...job, state: 'failed', error: 'printer.paperOut' })).toBe('forms.print.paperOut');
    expect(printJobKey({ ...job, state: 'failed', error: 'printer.coverOpen' })).toBe('forms.print.failed');
    expect(printJobKey({ ...job, state: 'printing', error: null })).toBe('forms.print.printing');
  });
});
