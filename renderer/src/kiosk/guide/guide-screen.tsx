// 办事指南: everything a citizen needs to know before coming, laid out to be read standing: what it
// is and how many visits, who can apply, the materials as a checklist (original or copy, how many,
// required or not, and which need not be brought because the window gets them by data sharing),
// the steps, the time limits, the fees and their basis, where and when, online handling with a QR,
// questions, contacts and the legal basis. Every value is the catalogue row's, as it stands.
// Then: take the guide away, or take a ticket for its business.
import { lazy, Suspense } from 'react';
import type { Material, ServiceItem, TimeLimit } from '../../../../domain/catalogue.ts';
import type { CategoryTile } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useCall } from '../../api/hooks.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { errorText, useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { zhCN } from '../../locales/index.ts';
import { categoryFor } from './category-for.ts';
import { FormPrintButtons } from './form-print.tsx';
import { visitsText } from './item-list.tsx';
import { FillHereButton, formOfMaterial } from '../forms/fill-here.tsx';
import './guide.css';

// The QR encoder is loaded with the first guide that needs one, not with the kiosk page.
const QrCode = lazy(() => import('../../ui/qr-code.tsx').then((m) => ({ default: m.QrCode })));

type T = ReturnType<typeof useT>;

export function GuideScreen({ id }: { id: string }) {
  const t = useT();
  const item = useCall('catalogue.getItem', { id });
  return (
    <ScreenFrame id="guide-item" title={item.state === 'done' ? item.value.name : t('guide.guide.title')} actions={item.state === 'done' ? <GuideActions item={item.value} /> : undefined}>
      {item.state === 'loading' && <p className="center-message">{t('guide.loading')}</p>}
      {item.state === 'failed' && (
        <p className="alert-inline" role="alert" data-testid="guide-failed" data-code={item.error.code}>
          {errorText(t, item.error)}
        </p>
      )}
      {item.state === 'done' && <Guide item={item.value} />}
    </ScreenFrame>
  );
}

function GuideActions({ item }: { item: ServiceItem }) {
  const t = useT();
  const { go } = useVisit();
  const feedback = useFeedback();
  const categories = useCall('queue.listCategories', {});
  const category = categories.state === 'done' ? categoryFor(categories.value.categories, item.deptName) : null;
  const take = async (c: CategoryTile) => {
    if (feedback.busy) return;
    const ticket = await feedback.run(() => api.queue.issueTicket({ categoryId: c.id }));
    if (ticket) go({ name: 'queue.ticket', params: { ticket } });
  };
  return (
    <div className="guide-actions">
      {categories.state === 'done' && category === null && (
        <p className="guide-note" data-testid="guide-no-ticket">
          {t('guide.ticket.none')}
        </p>
      )}
      <Button variant="secondary" onPress={() => go({ name: 'guide.takeAway', params: { id: item.id, name: item.name } })} testId="guide-take-away">
        {t('guide.action.takeAway')}
      </Button>
      {category?.realNameRequired && (
        <p className="guide-note" data-testid="guide-ticket-real-name">
          {t('error.queue.realNameRequired')}
        </p>
      )}
      {category && (
        <Button onPress={() => void take(category)} testId="guide-ticket" label={`${t('guide.action.ticket')}: ${category.name}`}>
          {t('guide.action.ticket')} · {category.name}
        </Button>
      )}
    </div>
  );
}

export function limitText(t: T, limit: TimeLimit): string {
  const note = limit.note === null ? '' : `（${limit.note}）`;
  if (limit.days === null) return limit.note ?? t('guide.limit.none');
  if (limit.days === 0) return `${t('guide.limit.now')}${note}`;
  return `${t(limit.unit === '工作日' ? 'guide.limit.workdays' : 'guide.limit.calendarDays', { n: limit.days })}${note}`;
}

/** The words for a code of a province's list: its own text where one is written, else the code itself. */
function codeText(t: T, list: string, code: string): string {
  const key = `${list}.${code}`;
  return key in zhCN ? t(key as MessageKey) : code;
}

function Section({ id, title, children }: { id: string; title: MessageKey; children: React.ReactNode }) {
  const t = useT();
  return (
    <section className="guide-section" data-testid={`guide-section-${id}`} aria-labelledby={`guide-h-${id}`}>
      <h3 id={`guide-h-${id}`}>{t(title)}</h3>
      {children}
    </section>
  );
}

function Field({ label, value, testId }: { label: MessageKey; value: React.ReactNode; testId?: string }) {
  const t = useT();
  return (
    <div className="guide-field">
      <dt>{t(label)}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function Guide({ item }: { item: ServiceItem }) {
  const t = useT();
  return (
    <article className="guide" data-testid="guide" data-item={item.id}>
      <Section id="basics" title="guide.section.basics">
        <dl className="guide-fields">
          <Field label="guide.field.dept" value={item.deptName} testId="guide-dept" />
          <Field label="guide.field.visits" value={visitsText(t, item.visitsRequired)} testId="guide-visits" />
          <Field label="guide.field.promiseLimit" value={limitText(t, item.promiseLimit)} />
          <Field label="guide.field.result" value={item.result.name} />
        </dl>
      </Section>
      <Section id="conditions" title="guide.section.conditions">
        <p className="guide-text">{item.acceptCondition}</p>
      </Section>
      <Section id="materials" title="guide.section.materials">
        {item.materials.length === 0 ? <p>{t('guide.material.none')}</p> : <Materials itemId={item.id} materials={item.materials} />}
      </Section>
      <Section id="steps" title="guide.section.steps">
        <ol className="guide-steps">
          {item.steps.map((s, i) => (
            <li key={i}>
              <strong>{s.name}</strong>
              <span>{s.description}</span>
              <span className="muted">
                {t('guide.step.role', { role: s.role })} · {t('guide.step.limit', { limit: s.limit })}
              </span>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="limits" title="guide.section.limits">
        <dl className="guide-fields">
          <Field label="guide.field.legalLimit" value={limitText(t, item.legalLimit)} testId="guide-legal-limit" />
          <Field label="guide.field.promiseLimit" value={limitText(t, item.promiseLimit)} testId="guide-promise-limit" />
        </dl>
      </Section>
      <Section id="fees" title="guide.section.fees">
        {item.fees.length === 0 ? (
          <p data-testid="guide-free">{t('guide.fees.free')}</p>
        ) : (
          <ul className="guide-fees">
            {item.fees.map((f, i) => (
              <li key={i} data-testid="guide-fee">
                <strong data-testid="fee-name">{f.name}</strong>
                <span className="guide-fee-amount" data-testid="fee-amount" data-amount={f.amount} data-unit={f.unit}>
                  {t('guide.fees.amount', { amount: f.amount, unit: f.unit })}
                </span>
                {f.note !== null && <span data-testid="fee-note">{f.note}</span>}
                <span className="muted" data-testid="fee-basis" data-basis={f.basis}>
                  {t('guide.fees.basis', { basis: f.basis })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="where" title="guide.section.where">
        <dl className="guide-fields">
          <Field label="guide.field.address" value={item.address} testId="guide-address" />
          <Field label="guide.field.hours" value={item.hours} testId="guide-hours" />
        </dl>
      </Section>
      <Section id="online" title="guide.section.online">
        {item.isOnline && item.onlineUrl !== null ? (
          <div className="guide-qr">
            <p>{t('guide.online.yes')}</p>
            <Suspense fallback={null}>
              <QrCode text={item.onlineUrl} label={t('guide.online.yes')} sizeMm={30} />
            </Suspense>
            <span className="guide-url" data-testid="guide-online-url">
              {item.onlineUrl}
            </span>
          </div>
        ) : (
          <p data-testid="guide-offline-only">{t('guide.online.no')}</p>
        )}
      </Section>
      {item.faq.length > 0 && (
        <Section id="faq" title="guide.section.faq">
          <dl className="guide-faq">
            {item.faq.map((f, i) => (
              <div key={i}>
                <dt>{t('guide.faq.q', { text: f.question })}</dt>
                <dd>{t('guide.faq.a', { text: f.answer })}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      <Section id="contacts" title="guide.section.contacts">
        <dl className="guide-fields">
          <Field label="guide.field.consult" value={item.consultPhone} testId="guide-consult" />
          <Field label="guide.field.supervise" value={item.supervisePhone} />
        </dl>
      </Section>
      <Section id="legal" title="guide.section.legal">
        <ul className="guide-legal">
          {item.legalBasis.map((b, i) => (
            <li key={i}>
              {b.name}
              {b.docNumber !== null && `（${b.docNumber}）`}
              {b.articles !== null && ` ${b.articles}`}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

function Materials({ itemId, materials }: { itemId: string; materials: readonly Material[] }) {
  const t = useT();
  // The materials the kiosk has a fillable form for (在本机填写); none when the forms cannot be read.
  const forms = useCall('forms.forItem', { itemId });
  const fillable = forms.state === 'done' ? forms.value.forms : null;
  return (
    <ol className="guide-materials">
      {materials.map((m) => (
        <li key={m.name} className={m.sharedExempt ? 'guide-material shared' : 'guide-material'} data-testid="guide-material" data-shared={m.sharedExempt} data-need={m.need}>
          <span className="guide-check" aria-hidden="true">
            {m.sharedExempt ? '✓' : '☐'}
          </span>
          <div>
            <strong data-testid="material-name">{m.name}</strong>
            <span className="guide-material-facts">
              {m.format === '2' ? (
                <span>{t('guide.material.electronic')}</span>
              ) : (
                <>
                  {m.originals > 0 && (
                    <span data-testid="material-originals" data-n={m.originals}>
                      {t('guide.material.originals', { n: m.originals })}
                    </span>
                  )}
                  {m.copies > 0 && (
                    <span data-testid="material-copies" data-n={m.copies}>
                      {t('guide.material.copies', { n: m.copies })}
                    </span>
                  )}
                </>
              )}
              <span className={`guide-chip need-${m.need}`} data-testid="material-need">
                {codeText(t, 'guide.material.need', m.need)}
              </span>
            </span>
            {m.sharedExempt && (
              <span className="guide-shared" data-testid="material-shared">
                {t('guide.material.shared')}
              </span>
            )}
            <span className="muted">
              {t('guide.material.from', { source: `${codeText(t, 'guide.material.source', m.source)}${m.sourceDept === null ? '' : `（${m.sourceDept}）`}` })}
            </span>
            {m.fillNotes !== null && <span className="muted">{t('guide.material.notes', { text: m.fillNotes })}</span>}
            <FormPrintButtons itemId={itemId} material={m}>
              <FillHereButton itemId={itemId} form={formOfMaterial(fillable, m.name)} />
            </FormPrintButtons>
          </div>
        </li>
      ))}
    </ol>
  );
}
