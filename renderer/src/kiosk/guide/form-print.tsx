// A guide's material with a form (its blankForm, and maybe a sample: 示例样表) offers to print it on
// the A4 printer: 打印空白表 and 打印样表 (forms.printBlank). The job is then followed (forms.printJob)
// until done or failed, said in words on the line below the buttons; a failure in the words every
// screen that prints uses (locale area printing). The forms flow puts its 在本机填写 button first
// (`children`).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Material } from '../../../../domain/catalogue.ts';
import type { FormPrintJob } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { zhCN } from '../../locales/index.ts';
import { Button } from '../../ui/button.tsx';
import { useHallClock } from '../../ui/hall-clock.tsx';
import { useFeedback } from '../feedback.tsx';
import { materialForm } from './material-form.ts';

/** How often a running job is asked about, and for how long before its state counts as lost. */
export const JOB_POLL_MS = 1000;
export const JOB_POLLS = 180;

type Printing = { readonly state: 'job'; readonly sample: boolean; readonly job: FormPrintJob } | { readonly state: 'lost' };

export function FormPrintButtons({ itemId, material, children }: { itemId: string; material: Pick<Material, 'name' | 'blankForm' | 'sample'>; children?: ReactNode }) {
  const t = useT();
  const feedback = useFeedback();
  const clock = useHallClock();
  const form = materialForm(material);
  const [printing, setPrinting] = useState<Printing | null>(null);
  const polls = useRef(0);
  const job = printing?.state === 'job' ? printing.job : null;
  const running = job !== null && (job.state === 'queued' || job.state === 'printing');

  // Follow a running job: ask again a while after each answer (never two questions at once).
  useEffect(() => {
    if (!running || !job) return;
    let live = true;
    const timer = clock.setTimeout(() => {
      void api.forms.printJob({ jobId: job.jobId }).then((r) => {
        if (!live) return;
        polls.current += 1;
        if (!r.ok || polls.current >= JOB_POLLS) setPrinting({ state: 'lost' });
        else setPrinting((p) => (p?.state === 'job' ? { ...p, job: r.value } : p));
      });
    }, JOB_POLL_MS);
    return () => {
      live = false;
      clock.clearTimeout(timer);
    };
  }, [running, job, clock]);

  if (!form) return null;
  const print = async (sample: boolean) => {
    if (feedback.busy || running) return;
    polls.current = 0;
    const started = await feedback.run(() => api.forms.printBlank({ formId: form.formId, itemId, sample }));
    if (started) setPrinting({ state: 'job', sample, job: started });
  };
  return (
    <div className="guide-form" data-testid="guide-form" data-form={form.formId}>
      <div className="guide-form-buttons">
        {children}
        <Button variant="secondary" onPress={() => void print(false)} disabled={running} label={t('formWidgets.print.blank.label', { name: material.name })} testId="guide-print-blank">
          {t('formWidgets.print.blank')}
        </Button>
        {form.hasSample && (
          <Button variant="secondary" onPress={() => void print(true)} disabled={running} label={t('formWidgets.print.sample.label', { name: material.name })} testId="guide-print-sample">
            {t('formWidgets.print.sample')}
          </Button>
        )}
      </div>
      {printing && (
        <p
          className={`guide-form-job${printing.state === 'lost' || printing.job.state === 'failed' ? ' alert-inline' : ''}`}
          role="status"
          data-testid="guide-print-job"
          data-state={printing.state === 'lost' ? 'lost' : printing.job.state}
          data-sample={printing.state === 'job' ? printing.sample : undefined}
        >
          {jobText(t, printing)}
        </p>
      )}
    </div>
  );
}

function jobText(t: ReturnType<typeof useT>, p: Printing): string {
  if (p.state === 'lost') return t('formWidgets.print.lost');
  const { job } = p;
  switch (job.state) {
    case 'queued':
      return t('formWidgets.print.queued');
    case 'printing':
      return t('formWidgets.print.printing', { n: job.pages });
    case 'done':
      return t('formWidgets.print.done', { n: job.pages });
    case 'failed': {
      // The job's error is a kiosk error code (printer.paperOut): said as every printing screen says it.
      const key = `error.${job.error ?? 'document.printFailed'}`;
      return t(key in zhCN ? (key as MessageKey) : 'error.document.printFailed');
    }
  }
}
