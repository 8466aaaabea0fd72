import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../../domain/forms.ts';
import { seedForms } from '../../../../platform/seed/forms.ts';
import { zhCN, type MessageKey } from '../../../../renderer/src/locales/index.ts';
import { answerText, exampleText, isHeld, printJobKey } from '../../../../renderer/src/kiosk/forms/form-words.ts';

const form: FormDefinition = seedForms.find((f) => f.id === 'idcard-application')!;
const field = (id: string) => form.sections.flatMap((s) => s.fields).find((f) => f.id === id)!;
/** The Chinese words with their {placeholders} filled, as the screens' t() gives them. */
const zh = (key: MessageKey, params: Record<string, string | number> = {}) => zhCN[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

describe('the words of the form screens', () => {
  it('shows an answer as chosen: the option label, yes/no, the address whole', () => {
    expect(answerText(zh, field('reason'), 'expiry')).toBe('有效期满换领');
    expect(answerText(zh, field('minor'), true)).toBe('是');
    expect(answerText(zh, field('minor'), undefined)).toBe('否');
    expect(answerText(zh, field('changedItems'), undefined)).toBe('');
    expect(answerText(zh, field('address'), { regionCode: null, regionName: '', detail: '北京市朝阳区建国路88号' })).toBe('北京市朝阳区建国路88号');
    expect(exampleText(zh, field('reason'))).toBe('有效期满换领');
  });

  it('says paper out apart from other print failures', () => {
    // Refused at once by the printer: no job to follow.
    const job = { jobId: '', pages: 1 };
    expect(printJobKey({ ...job, state: 'failed', error: 'printer.paperOut' })).toBe('forms.print.paperOut');
    expect(printJobKey({ ...job, state: 'failed', error: 'printer.coverOpen' })).toBe('forms.print.failed');
    expect(printJobKey({ ...job, jobId: 'A4-1', state: 'printing', error: null })).toBe('forms.print.printing');
    expect(printJobKey({ ...job, jobId: 'A4-1', state: 'failed', error: 'printer.coverOpen' })).toBe('forms.print.held');
  });

  it('tells a job the printer holds (it prints once fixed) from one refused at once (print again)', () => {
    const held = { jobId: 'A4-7', pages: 2, state: 'failed' as const, error: 'printer.paperOut' };
    expect(isHeld(held)).toBe(true);
    expect(printJobKey(held)).toBe('forms.print.paperOut.held');
    expect(isHeld({ ...held, jobId: '' })).toBe(false);
    expect(printJobKey({ ...held, jobId: '' })).toBe('forms.print.paperOut');
    expect(isHeld({ ...held, error: 'form.notFound' })).toBe(false);
    expect(isHeld({ ...held, state: 'done', error: null })).toBe(false);
  });
});
