// Following an A4 print job (forms.printJob): CUPS keeps a job in its queue until it is printed, so
// `lpstat -o <queue>` (the not-completed jobs, oldest first) tells whether ours still waits; gone from
// it, it is done. A job that waits while the printer cannot print (out of paper, cover open...) is
// reported failed with the printer's reason, which the screen words; CUPS still holds it, so once
// staff fix the printer a later look says printing, then done.
export type JobState = 'queued' | 'printing' | 'done' | 'failed';

export interface JobReading {
  readonly state: JobState;
  /** The printer's reason when failed (printer.paperOut, printer.coverOpen...); else null. */
  readonly error: string | null;
}

/** The argv of `lpstat` listing a queue's not-completed jobs. */
export function lpstatJobsArgs(c: { readonly printer: string; readonly server?: string | undefined }): string[] {
  return [...(c.server === undefined ? [] : ['-h', c.server]), '-o', c.printer];
}

/** The job ids `lpstat -o` lists ("HallA4-17  kiosk  20480  Mon 07 Dec 2026 ..."), in its order (oldest first). */
export function parseLpstatJobs(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => /^(\S+-\d+)\s/.exec(l.trim() + ' ')?.[1])
    .filter((id): id is string => id !== undefined);
}

/**
 * The job's state from the queue's pending ids, whether the printer is printing, and the code of why it
 * cannot print (printer.paperOut; null: it can).
 */
export function jobReading(jobId: string, pending: readonly string[], processing: boolean, notReady: string | null): JobReading {
  const at = pending.indexOf(jobId);
  if (at < 0) return { state: 'done', error: null };
  if (notReady) return { state: 'failed', error: notReady };
  return { state: at === 0 && processing ? 'printing' : 'queued', error: null };
}
