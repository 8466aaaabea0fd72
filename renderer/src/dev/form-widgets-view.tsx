// The form inputs on their own (developer page, `/dev?view=widgets`): one field of every type of a form
// definition written here, in a kiosk screen frame with the kiosk's theme at the configured screen
// width, each through FieldInput as the form screens use it; 检查 runs the form's rules (validateForm)
// and shows each problem under its field; the values are shown as the form would submit them. For
// trying, measuring, the e2e test and screenshots. Query: `locale` (zh-CN, en), `text=large`,
// `contrast=high`, `today=YYYY-MM-DD` (else the hall's business date), `only=<field id>` (one field, the only one checked).
import { useMemo, useState } from 'react';
import { businessDateOf } from '../../../domain/hall-time.ts';
import { isRequired, validateForm, type FieldProblem } from '../../../domain/form-rules.ts';
import type { FormDefinition, FormField, FormValue, FormValues } from '../../../domain/forms.ts';
import { isIsoDate } from '../../../domain/calendar-date.ts';
import type { TerminalInfo } from '../../../main/contract/index.ts';
import { useCall } from '../api/hooks.ts';
import { LocaleProvider, type Locale } from '../i18n/i18n.tsx';
import { useIdleTimer } from '../idle/use-idle-timer.ts';
import { FieldInput } from '../kiosk/forms/widgets/field-input.tsx';
import { IdleContext } from '../kiosk/idle-context.tsx';
import { ScreenFrame } from '../kiosk/screen-frame.tsx';
import { VisitProvider } from '../kiosk/visit.tsx';
import { direction } from '../locales/index.ts';
import { Button } from '../ui/button.tsx';
import { ThemeRoot } from '../ui/theme-root.tsx';
import '../ui/styles.css';

const LOCALES: readonly Locale[] = ['zh-CN', 'en', 'ug-CN'];

/** A field with the schema's defaults (the renderer takes no zod: the definition is written whole). */
const field = (f: Partial<FormField> & Pick<FormField, 'id' | 'label' | 'type' | 'example'>): FormField => ({ required: false, decimals: 0, dateBound: 'any', print: { span: 'full' }, ...f });

/** A form with a field of every type, in the words of the real forms. */
const form: FormDefinition = {
  id: 'widgets-demo',
  itemId: 'demo',
  title: '表单控件试用',
  version: 1,
  sections: [
    {
      title: '全部控件',
      fields: [
        field({ id: 'name', label: '姓名', type: 'text', required: true, example: '李芳', maxLength: 20 }),
        field({ id: 'idNumber', label: '公民身份号码', type: 'idNumber', required: true, example: '110105195803120025' }),
        field({ id: 'phone', label: '联系电话', type: 'phone', required: true, example: '13812345678' }),
        field({ id: 'area', label: '建筑面积', type: 'number', example: '89.5', unit: '平方米', decimals: 2, min: 1, max: 10000 }),
        field({ id: 'birthDate', label: '出生日期', type: 'date', required: true, dateBound: 'notFuture', example: '1958-03-12', help: '按身份证填写' }),
        field({ id: 'startDate', label: '希望办理日期', type: 'date', dateBound: 'notPast', example: '2026-12-20' }),
        field({
          id: 'sex',
          label: '性别',
          type: 'choice',
          required: true,
          example: 'female',
          options: [
            { value: 'male', label: '男' },
            { value: 'female', label: '女' },
          ],
        }),
        field({
          id: 'reasons',
          label: '申请原因',
          type: 'multiChoice',
          example: 'lost',
          options: [
            { value: 'expired', label: '有效期满' },
            { value: 'lost', label: '证件遗失' },
            { value: 'damaged', label: '证件损坏' },
            { value: 'changed', label: '登记项目变更' },
          ],
        }),
        field({ id: 'address', label: '居住地址', type: 'address', required: true, example: '北京市东城区景山前街4号' }),
        field({ id: 'promise', label: '承诺', type: 'checkbox', required: true, example: 'true', help: '本人承诺所填内容真实有效，如有虚假愿承担法律责任。' }),
        field({ id: 'signature', label: '申请人签名', type: 'signature', required: true, example: '李芳' }),
      ],
    },
  ],
  rules: [],
  print: { signers: ['申请人'], materials: true },
};

export default function FormWidgetsView() {
  const info = useCall('system.getInfo', {});
  return info.state === 'done' ? <View info={info.value} /> : <p>…</p>;
}

function View({ info }: { info: TerminalInfo }) {
  const q = new URLSearchParams(window.location.search);
  const locale = LOCALES.find((l) => l === q.get('locale')) ?? 'zh-CN';
  const largeText = q.get('text') === 'large';
  const highContrast = q.get('contrast') === 'high';
  const given = q.get('today') ?? '';
  const [today] = useState(() => (isIsoDate(given) ? given : businessDateOf(info.now, info.timeZone)));
  const only = q.get('only');
  const settings = useMemo(() => ({ mode: { largeText, highContrast }, locale }), [largeText, highContrast, locale]);
  const [values, setValues] = useState<FormValues>({});
  const [problems, setProblems] = useState<readonly FieldProblem[] | null>(null);
  const idle = useIdleTimer({ timeoutMs: info.idleTimeoutSeconds * 1000, warningMs: 0, active: true, onIdle: () => {} });
  const set = (id: string, v: FormValue | undefined) => {
    setValues((all) => {
      const next = { ...all };
      if (v === undefined) delete next[id];
      else next[id] = v;
      return next;
    });
    // A field's problem goes once it is changed; the others stay until checked again.
    setProblems((ps) => ps?.filter((p) => p.field !== id) ?? null);
  };
  const fields = form.sections[0]!.fields.filter((f) => only === null || f.id === only);
  return (
    <ThemeRoot mode={settings.mode} screenWidthMm={info.screenWidthMm}>
      <LocaleProvider locale={locale}>
        <VisitProvider defaults={settings} onEnd={() => {}}>
          {() => (
            <IdleContext.Provider value={idle}>
              <div className="screen" lang={locale} dir={direction[locale]} data-testid="widgets-view" data-today={today}>
                <main className="body">
                  <ScreenFrame
                    id="widgets-view"
                    title="表单控件 Form widgets"
                    actions={
                      <Button onPress={() => setProblems(validateForm(form, values, today, only === null ? undefined : new Set([only])))} testId="widgets-check">
                        检查 Check
                      </Button>
                    }
                  >
                    <div className="fw-fields">
                      {fields.map((f) => (
                        <FieldInput key={f.id} field={f} value={values[f.id]} onChange={(v) => set(f.id, v)} problem={problems?.find((p) => p.field === f.id) ?? null} required={isRequired(f, values)} today={today} />
                      ))}
                    </div>
                    <p className="muted" data-testid="widgets-problems" data-count={problems?.length ?? -1}>
                      {problems === null ? 'not checked' : problems.map((p) => `${p.field}:${p.code}`).join(' ') || 'no problems'}
                    </p>
                    <pre className="muted" data-testid="widgets-values" style={{ whiteSpace: 'pre-wrap', fontSize: '12px' }}>
                      {JSON.stringify(values)}
                    </pre>
                  </ScreenFrame>
                </main>
              </div>
            </IdleContext.Provider>
          )}
        </VisitProvider>
      </LocaleProvider>
    </ThemeRoot>
  );
}
