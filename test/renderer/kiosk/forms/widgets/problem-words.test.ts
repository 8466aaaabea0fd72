import { describe, expect, it } from 'vitest';
import { validateForm } from '../../../../../domain/form-rules.ts';
import { formDefinitionSchema } from '../../../../../domain/forms.ts';
import { messages, type Locale, type MessageKey } from '../../../../../renderer/src/locales/index.ts';
import { problemText } from '../../../../../renderer/src/kiosk/forms/widgets/problem-words.ts';

const form = formDefinitionSchema.parse({
  id: 'words',
  itemId: 'x',
  title: '试',
  version: 1,
  sections: [
    {
      title: '一',
      fields: [
        { id: 'sex', label: '性别', type: 'choice', required: true, example: 'm', options: [{ value: 'm', label: '男' }] },
        { id: 'born', label: '出生日期', type: 'date', dateBound: 'notFuture', example: '1958-03-12' },
        { id: 'amount', label: '金额', type: 'number', example: '3', decimals: 0 },
        { id: 'code', label: '编号', type: 'text', example: 'A1', pattern: '[A-Z]\\d', patternMessage: '一个大写字母加一位数字' },
      ],
    },
  ],
});

const words = (locale: Locale) => (key: MessageKey, p: Record<string, string | number> = {}) => (messages[locale][key] ?? '').replace(/\{(\w+)\}/g, (m, name: string) => String(p[name] ?? m));
const zh = words('zh-CN');
const en = words('en');

describe('the words of a field problem', () => {
  const problems = validateForm(form, { born: '2027-01-01', amount: '3.5', code: 'a1' }, '2026-12-07');
  const texts = (t: typeof zh) => Object.fromEntries(problems.map((p) => [p.field, problemText(t, form.sections[0]!.fields.find((f) => f.id === p.field)!, p, '2026-12-07')]));

  it('names the field and what to do, by the kind of field and problem', () => {
    const w = texts(zh);
    expect(w.sex).toBe('“性别”还没有选择，请点一项');
    expect(w.born).toBe('“出生日期”不能晚于今天（2026-12-07），请重新选择');
    expect(w.amount).toBe('“金额”请填整数，不要小数点');
  });

  it("shows the form's own words for a pattern, in every language", () => {
    expect(texts(zh).code).toBe('一个大写字母加一位数字');
    expect(texts(en).code).toBe('一个大写字母加一位数字');
    expect(texts(en).born).toContain('cannot be after today (2026-12-07)');
  });

  it('leaves no placeholder unfilled', () => {
    for (const t of [zh, en]) for (const text of Object.values(texts(t))) expect(text).not.toMatch(/\{\w+\}/);
  });
});
