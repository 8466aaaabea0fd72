// The A4 application on the document printer: 打印申请表 starts forms.print, then the job is followed
// (forms.printJob, on the injected hall clock) until it is done or failed, each state in plain words.
// Paper out: a job the printer holds is followed on until staff add paper and it prints; one refused
// at once says so and offers to print again.
import { useEffect, useState } from 'react';
import type { FormPrintJob } from '../../../../main/contract/index.ts';
import { ok } from '../../../../domain/result.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useHallClock } from '../../ui/hall-clock.tsx';
import { useSay } from '../../voice/voice.tsx';
import { useFeedback } from '../feedback.tsx';
import { isHeld, printJobKey } from './form-words.ts';

const POLL_MS = 1000;
/** A held job is asked about less often: it waits for staff. */
const HELD_POLL_MS = 3000;

export function PrintStatus({ submissionId }: { submissionId: string }) {
  const t = useT();
  const say = useSay();
  const clock = useHallClock();
  const feedback = useFeedback();
  const [job, setJob] = useState<FormPrintJob | null>(null);
  const waiting = job !== null && (job.state === 'queued' || job.state === 'printing');
  const held = job !== null && isHeld(job);
  useEffect(() => {
    if (!job || !(waiting || held)) return;
    let live = true;
    const timer = clock.setTimeout(() => {
      void api.forms.printJob({ jobId: job.jobId }).then((r) => {
        if (!live) return;
        // Lost track of it (the visit's jobs forgotten): said as not printed, printing again allowed.
        if (r.ok) setJob(r.value);
        else setJob({ ...job, jobId: '', state: 'failed', error: r.error.code });
      });
    }, held ? HELD_POLL_MS : POLL_MS);
    return () => {
      live = false;
      clock.clearTimeout(timer);
    };
  }, [job, waiting, held, clock]);
  useEffect(() => {
    if (job?.state === 'done' || job?.state === 'failed') say({ kind: 'failure', words: t(printJobKey(job)) });
    // Said once when the job ends.
  }, [job?.state]);
  const print = async () => {
    if (feedback.busy || waiting || held) return;
    // A printer that cannot print now (out of paper, cover open) is said here, beside the button to try
    // again; anything else is said by the feedback layer.
    const started = await feedback.run(async () => {
      const r = await api.forms.print({ submissionId });
      return !r.ok && r.error.code.startsWith('printer.') ? ok<FormPrintJob>({ jobId: '', state: 'failed', error: r.error.code, pages: 1 }) : r;
    }, 'forms.print.starting');
    if (started) setJob(started);
  };
  const printed = job?.state === 'done';
  return (
    <div className="form-print" data-testid="form-print" data-state={job?.state ?? 'none'} data-error={job?.error ?? undefined}>
      {job && (
        <p className={`form-print-state ${job.state === 'failed' ? 'alert-inline' : printed ? 'ok' : ''}`} data-testid="form-print-state" role={job.state === 'failed' ? 'alert' : 'status'}>
          {t(printJobKey(job), { n: job.pages })}
        </p>
      )}
      {!waiting && !held && (
        <Button variant={printed ? 'secondary' : 'primary'} onPress={() => void print()} testId="form-print-button">
          {t(job === null ? 'forms.print.button' : 'forms.print.again')}
        </Button>
      )}
    </div>
  );
}
