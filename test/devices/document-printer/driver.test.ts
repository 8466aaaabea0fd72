import { describe, expect, it } from 'vitest';
import type { CommandOutcome, CommandRequest, CommandRunner } from '../../../devices/document-printer/command-runner.ts';
import { CupsDocumentPrinter, lpArgs, readiness } from '../../../devices/document-printer/driver.ts';
import type { DocumentPrinterStatus } from '../../../devices/document-printer/types.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n%fake body\n%%EOF\n');

/** Answers every command with `outcome`, and keeps what it was asked. */
function fakeRunner(outcome: CommandOutcome): CommandRunner & { calls: CommandRequest[] } {
  const calls: CommandRequest[] = [];
  const run = async (request: CommandRequest) => {
    calls.push(request);
    return outcome;
  };
  return Object.assign(run, { calls });
}

const exited = (code: number, stdout: string, stderr = ''): CommandOutcome => ({ kind: 'exited', code, signal: null, stdout, stderr });

describe('lp', () => {
  it('sends the PDF on stdin with the exact argv, under LC_ALL=C, and reads the job id', async () => {
    const run = fakeRunner(exited(0, 'request id is HallA4-17 (0 file(s))\n'));
    const printer = new CupsDocumentPrinter({ printer: 'HallA4', timeoutMs: 5000 }, run);
    const r = await printer.print(pdf, { title: '办件进度', copies: 2 });
    expect(r).toEqual({ ok: true, value: { jobId: 'HallA4-17' } });
    expect(run.calls).toEqual([
      {
        command: 'lp',
        args: ['-d', 'HallA4', '-n', '2', '-t', '办件进度', '-o', 'media=A4', '-o', 'document-format=application/pdf', '-'],
        input: pdf,
        env: { LC_ALL: 'C', LANG: 'C' },
        timeoutMs: 5000,
      },
    ]);
  });

  it('adds the server and extra options, and cleans the title', () => {
    const r = lpArgs({ printer: 'HallA4', server: 'cups.hall.local:631', options: { sides: 'two-sided-long-edge' } }, { title: '申请表\n\u0007 ' });
    expect(r).toEqual({
      ok: true,
      value: ['-d', 'HallA4', '-h', 'cups.hall.local:631', '-n', '1', '-t', '申请表', '-o', 'media=A4', '-o', 'document-format=application/pdf', '-o', 'sides=two-sided-long-edge', '-'],
    });
  });

  it('refuses bad copies, queue names that are not CUPS names, and bytes that are not a PDF', async () => {
    const codes = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
    expect(codes(lpArgs({ printer: 'HallA4' }, { title: 't', copies: 0 }))).toBe('document.invalid');
    expect(codes(lpArgs({ printer: 'HallA4' }, { title: 't', copies: 21 }))).toBe('document.invalid');
    expect(codes(lpArgs({ printer: 'HallA4' }, { title: 't', copies: 1.5 }))).toBe('document.invalid');
    for (const name of ['', '-o', 'Hall A4', 'Hall/A4', 'Hall#4']) expect(codes(lpArgs({ printer: name }, { title: 't' }))).toBe('document.invalid');
    const run = fakeRunner(exited(0, ''));
    expect(codes(await new CupsDocumentPrinter({ printer: 'HallA4' }, run).print(new TextEncoder().encode('<html>'), { title: 't' }))).toBe('document.invalid');
    expect(run.calls).toEqual([]);
  });

  // stderr lines as CUPS 2.4 prints them (systemv/lp.c) under LC_ALL=C.
  const cases: [string, CommandOutcome, string, Record<string, unknown>?][] = [
    ['lp not installed', { kind: 'notFound' }, 'document.cupsUnavailable', { cause: 'commandNotFound' }],
    ['unknown queue', exited(1, '', 'lp: Error - The printer or class does not exist.\n'), 'document.printerNotFound'],
    ['no default destination', exited(1, '', 'lp: Error - No default destination.\n'), 'document.printerNotFound'],
    ['queue rejecting jobs', exited(1, '', 'lp: Destination "HallA4" is not accepting jobs.\n'), 'document.printerRejecting'],
    ['scheduler not running', exited(1, '', 'lp: Error - scheduler not responding.\n'), 'document.cupsUnavailable', { cause: 'schedulerDown' }],
    ['socket missing', exited(1, '', 'lp: No such file or directory\n'), 'document.cupsUnavailable', { cause: 'schedulerDown' }],
    ['remote server down', exited(1, '', 'lp: Connection refused\n'), 'document.cupsUnavailable', { cause: 'schedulerDown' }],
    ['anything else', exited(1, '', 'lp: Forbidden\n'), 'document.printFailed', { exitCode: 1, stderr: 'lp: Forbidden' }],
    ['killed by a signal', { kind: 'exited', code: null, signal: 'SIGSEGV', stdout: '', stderr: '' }, 'document.printFailed'],
    ['hung', { kind: 'timedOut', stdout: '', stderr: '' }, 'device.timeout'],
    ['could not start', { kind: 'failed', message: 'EACCES' }, 'document.printFailed'],
  ];
  for (const [what, outcome, code, details] of cases) {
    it(`maps a failure: ${what} -> ${code}`, async () => {
      const r = await new CupsDocumentPrinter({ printer: 'HallA4' }, fakeRunner(outcome)).print(pdf, { title: 't' });
      if (r.ok) throw new Error('printed');
      expect(r.error.code).toBe(code);
      if (details !== undefined) expect(r.error.details).toMatchObject(details);
    });
  }
});

describe('lpstat', () => {
  const status = async (stdout: string, code = 0, stderr = '') => {
    const run = fakeRunner(exited(code, stdout, stderr));
    const r = await new CupsDocumentPrinter({ printer: 'HallA4', server: 'cups.local' }, run).status();
    return { r, calls: run.calls };
  };
  const running = 'scheduler is running\n';
  const longTail = '\tForm mounted:\n\tContent types: any\n\tDescription: A4\n';

  it('asks with -r -l -p -a under LC_ALL=C', async () => {
    const { calls } = await status(`${running}printer HallA4 is idle.  enabled since Fri Mar 14 09:00:00 2025\n`);
    expect(calls.map((c) => [c.command, c.args, c.env, c.input])).toEqual([
      ['lpstat', ['-h', 'cups.local', '-r', '-l', '-p', 'HallA4', '-a', 'HallA4'], { LC_ALL: 'C', LANG: 'C' }, undefined],
    ]);
  });

  const readings: [string, string, Partial<DocumentPrinterStatus>][] = [
    ['idle', `printer HallA4 is idle.  enabled since Fri Mar 14 09:00:00 2025\n${longTail}\tAlerts: none\nHallA4 accepting requests since Fri Mar 14 09:00:00 2025\n`,
      { condition: 'ready', state: 'idle', accepting: true, reasons: [], message: null }],
    ['printing', 'printer HallA4 now printing HallA4-17.  enabled since Fri Mar 14 09:00:00 2025\n', { condition: 'printing', state: 'processing' }],
    ['stopped, no reason', 'printer HallA4 disabled since Fri Mar 14 09:00:00 2025 -\n\treason unknown\n', { condition: 'stopped', state: 'stopped', message: null }],
    ['offline', `printer HallA4 is idle.  enabled since Fri Mar 14 09:00:00 2025\n\tThe printer is offline.\n${longTail}\tAlerts: offline-report\n`,
      { condition: 'offline', message: 'The printer is offline.', reasons: ['offline-report'] }],
    ['out of paper, stopped', `printer HallA4 disabled since Fri Mar 14 09:00:00 2025 -\n\tMedia empty\n${longTail}\tAlerts: media-empty-error media-needed-error\n`,
      { condition: 'paperOut', state: 'stopped', message: 'Media empty' }],
    ['toner low is only a warning', `printer HallA4 is idle.  enabled since X\n${longTail}\tAlerts: toner-low-warning\n`, { condition: 'ready', reasons: ['toner-low-warning'] }],
    ['jam beats paper', `printer HallA4 is idle.  enabled since X\n\tAlerts: media-empty-error media-jam-error\n`, { condition: 'paperJam' }],
    ['rejecting', 'printer HallA4 is idle.  enabled since X\nHallA4 not accepting requests since X -\n\tRejecting Jobs\n', { condition: 'rejecting', accepting: false }],
  ];
  for (const [what, stdout, expected] of readings) {
    it(`reads a queue that is ${what}`, async () => {
      const { r } = await status(running + stdout);
      expect(r.ok ? r.value : r.error).toMatchObject({ printer: 'HallA4', ...expected });
    });
  }

  it('tells an unknown queue from a scheduler that is not running', async () => {
    const unknown = await status(running, 1, 'lpstat: Invalid destination name in list "HallA4".\n');
    expect(unknown.r.ok ? 'ok' : unknown.r.error.code).toBe('document.printerNotFound');
    // With the scheduler down, CUPS also says "Invalid destination": -r tells the truth first.
    const down = await status('scheduler is not running\n', 1, 'lpstat: Invalid destination name in list "HallA4".\n');
    expect(down.r.ok ? 'ok' : [down.r.error.code, down.r.error.details]).toEqual(['document.cupsUnavailable', { cause: 'schedulerDown', program: 'lpstat' }]);
  });

  it('maps a missing lpstat like a missing lp', async () => {
    const r = await new CupsDocumentPrinter({ printer: 'HallA4' }, fakeRunner({ kind: 'notFound' })).status();
    expect(r.ok ? 'ok' : r.error.code).toBe('document.cupsUnavailable');
  });
});

describe('readiness', () => {
  const base: DocumentPrinterStatus = { printer: 'HallA4', condition: 'ready', state: 'idle', accepting: true, reasons: [], message: null };
  const expected: [DocumentPrinterStatus['condition'], string][] = [
    ['ready', 'ok'],
    ['printing', 'ok'],
    ['paperOut', 'printer.paperOut'],
    ['coverOpen', 'printer.coverOpen'],
    ['offline', 'printer.offline'],
    ['rejecting', 'document.printerRejecting'],
    ['paperJam', 'printer.error'],
    ['tonerOut', 'printer.error'],
    ['stopped', 'printer.error'],
  ];
  it('names what stops a job, with the shared printer codes', () => {
    expect(expected.map(([condition]) => {
      const r = readiness({ ...base, condition });
      return [condition, r.ok ? 'ok' : r.error.code];
    })).toEqual(expected);
  });
});
