// Following an A4 job through CUPS: the argv of lpstat, its job lines read, and the job's state from
// where it stands in the queue and whether the printer can print.
import { describe, expect, it } from 'vitest';
import { jobReading, lpstatJobsArgs, parseLpstatJobs } from '../../../../main/core/devices/document-jobs.ts';

const lpstatOut = [
  'HallA4-41              kiosk           20480   Mon 07 Dec 2026 10:01:02 AM CST',
  'HallA4-42              kiosk           51200   Mon 07 Dec 2026 10:01:09 AM CST',
  '',
].join('\n');

describe('A4 jobs through lpstat', () => {
  it('asks for the queue’s not-completed jobs, on another server when configured', () => {
    expect(lpstatJobsArgs({ printer: 'HallA4' })).toEqual(['-o', 'HallA4']);
    expect(lpstatJobsArgs({ printer: 'HallA4', server: 'cups.hall:631' })).toEqual(['-h', 'cups.hall:631', '-o', 'HallA4']);
  });

  it('reads the job ids in queue order; noise is not a job', () => {
    expect(parseLpstatJobs(lpstatOut)).toEqual(['HallA4-41', 'HallA4-42']);
    expect(parseLpstatJobs('lpstat: No destinations added.\n')).toEqual([]);
  });

  it('first and printing: printing; behind it: queued; gone: done; waiting on a printer that cannot print: failed with why', () => {
    const pending = parseLpstatJobs(lpstatOut);
    expect(jobReading('HallA4-41', pending, true, null)).toEqual({ state: 'printing', error: null });
    expect(jobReading('HallA4-41', pending, false, null)).toEqual({ state: 'queued', error: null });
    expect(jobReading('HallA4-42', pending, true, null)).toEqual({ state: 'queued', error: null });
    expect(jobReading('HallA4-40', pending, true, null)).toEqual({ state: 'done', error: null });
    expect(jobReading('HallA4-42', pending, false, 'printer.paperOut')).toEqual({ state: 'failed', error: 'printer.paperOut' });
    expect(jobReading('HallA4-40', pending, false, 'printer.paperOut')).toEqual({ state: 'done', error: null });
  });
});
