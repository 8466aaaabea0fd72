// Prints PDFs through CUPS with `lp` (the PDF on stdin: no temporary file holds personal data) and
// reads the queue with `lpstat`. Both run under LC_ALL=C so that their messages, which CUPS
// translates, can be matched. lp exits 1 for every failure; the cause is in its stderr.
//
// The other route is Electron's webContents.print({ silent: true, deviceName, pageSize: 'A4',
// copies }) from a hidden window in the Electron host (main/hosts/electron), with
// webContents.getPrintersAsync() for status: it would implement the same DocumentPrintRoute
// (types.ts) there, so the core does not care which route prints. It is not built: the browser
// host (the tested one) has no such API, and CUPS serves both hosts on Linux.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { spawnRunner, type CommandOutcome, type CommandRunner } from './command-runner.ts';
import { parseLpstat } from './lpstat.codec.ts';
import type { DocumentPrinterStatus, PrintJobOptions, PrintReceipt } from './types.ts';

export interface CupsConfig {
  /** The CUPS queue name (lpstat -p lists them). */
  readonly printer: string;
  /** Another CUPS server, "host" or "host:port"; absent: the local scheduler. */
  readonly server?: string;
  /** Extra `-o name=value` job options (e.g. { sides: 'two-sided-long-edge' }). */
  readonly options?: Readonly<Record<string, string>>;
  readonly lpCommand?: string;
  readonly lpstatCommand?: string;
  readonly timeoutMs?: number;
}

/** How a document reaches paper; CupsDocumentPrinter is one, an Electron webContents.print route would be another. */
export interface DocumentPrintRoute {
  print(pdf: Uint8Array, job: PrintJobOptions): Promise<Result<PrintReceipt>>;
  status(): Promise<Result<DocumentPrinterStatus>>;
}

export const maxCopies = 20;
const cEnv = { LC_ALL: 'C', LANG: 'C' } as const;

/** CUPS queue names: printable, no space, "/", "#" or quotes; we also refuse a leading "-". */
export function isValidQueueName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length >= 1 && name.length <= 127 && !name.startsWith('-') && !/[\s/#\\'"\u0000-\u001f\u007f]/.test(name);
}

function cleanTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  const t = title.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return ([...t].slice(0, 100).join('') || 'document').trim();
}

/** The exact argv of `lp` for a job, or why the job is refused. */
export function lpArgs(config: CupsConfig, job: PrintJobOptions): Result<string[]> {
  if (!isValidQueueName(config.printer)) {
    return err(kioskError('document.invalid', `not a CUPS queue name: "${config.printer}"`));
  }
  const copies = job.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > maxCopies) {
    return err(kioskError('document.invalid', `copies must be 1..${maxCopies}, not ${copies}`));
  }
  const args = ['-d', config.printer];
  if (config.server !== undefined) args.push('-h', config.server);
  args.push('-n', String(copies), '-t', cleanTitle(job.title), '-o', 'media=A4', '-o', 'document-format=application/pdf');
  for (const [name, value] of Object.entries(config.options ?? {})) args.push('-o', `${name}=${value}`);
  // "-": print what arrives on stdin.
  args.push('-');
  return ok(args);
}

export function lpstatArgs(config: CupsConfig): string[] {
  const server = config.server === undefined ? [] : ['-h', config.server];
  return [...server, '-r', '-l', '-p', config.printer, '-a', config.printer];
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}

const notFoundPattern = /printer or class does not exist|invalid destination name|unknown destination|no default destination|client-error-not-found/i;
const rejectingPattern = /not accepting (jobs|requests)|client-error-not-accepting-jobs/i;
const schedulerPattern =
  /scheduler not responding|scheduler is not running|connection refused|no such file or directory|unable to connect|bad file descriptor|service unavailable|server-error-service-unavailable/i;

/** The typed error for a failed run of lp or lpstat. */
export function cupsFailure(program: string, outcome: CommandOutcome, printer: string): KioskError {
  switch (outcome.kind) {
    case 'notFound':
      return kioskError('document.cupsUnavailable', `${program} not found: the CUPS client is not installed`, { cause: 'commandNotFound', program });
    case 'failed':
      return kioskError('document.printFailed', `${program} could not start: ${outcome.message}`, { program });
    case 'timedOut':
      return kioskError('device.timeout', `${program} did not finish in time`, { program, printer });
    case 'exited': {
      const stderr = firstLine(outcome.stderr);
      const details = { program, printer, exitCode: outcome.code, stderr };
      if (notFoundPattern.test(outcome.stderr)) return kioskError('document.printerNotFound', `no CUPS printer "${printer}"`, details);
      if (rejectingPattern.test(outcome.stderr)) return kioskError('document.printerRejecting', `printer "${printer}" is not accepting jobs`, details);
      if (schedulerPattern.test(outcome.stderr)) {
        return kioskError('document.cupsUnavailable', `the CUPS scheduler is not reachable: ${stderr}`, { ...details, cause: 'schedulerDown' });
      }
      return kioskError('document.printFailed', `${program} failed (exit ${outcome.code ?? outcome.signal}): ${stderr}`, details);
    }
  }
}

export class CupsDocumentPrinter implements DocumentPrintRoute {
  private readonly config: CupsConfig;
  private readonly run: CommandRunner;

  constructor(config: CupsConfig, run: CommandRunner = spawnRunner()) {
    this.config = config;
    this.run = run;
  }

  async print(pdf: Uint8Array, job: PrintJobOptions): Promise<Result<PrintReceipt>> {
    const args = lpArgs(this.config, job);
    if (!args.ok) return args;
    if (pdf.length < 5 || String.fromCharCode(...pdf.subarray(0, 5)) !== '%PDF-') {
      return err(kioskError('document.invalid', 'not a PDF (no %PDF- header)'));
    }
    const program = this.config.lpCommand ?? 'lp';
    const outcome = await this.run({ command: program, args: args.value, input: pdf, env: cEnv, timeoutMs: this.config.timeoutMs });
    if (outcome.kind !== 'exited' || outcome.code !== 0) return err(cupsFailure(program, outcome, this.config.printer));
    const jobId = /request id is (\S+)/.exec(outcome.stdout)?.[1] ?? null;
    return ok({ jobId });
  }

  async status(): Promise<Result<DocumentPrinterStatus>> {
    if (!isValidQueueName(this.config.printer)) return err(kioskError('document.invalid', `not a CUPS queue name: "${this.config.printer}"`));
    const program = this.config.lpstatCommand ?? 'lpstat';
    const outcome = await this.run({ command: program, args: lpstatArgs(this.config), env: cEnv, timeoutMs: this.config.timeoutMs });
    if (outcome.kind !== 'exited') return err(cupsFailure(program, outcome, this.config.printer));
    // lpstat stops at the first unknown destination (exit 1) after printing what came before it.
    const reading = parseLpstat(outcome.stdout, this.config.printer);
    switch (reading.kind) {
      case 'status':
        return ok(reading.status);
      case 'schedulerDown':
        return err(kioskError('document.cupsUnavailable', 'the CUPS scheduler is not running', { cause: 'schedulerDown', program }));
      case 'unknownPrinter':
        return err(outcome.code === 0 || notFoundPattern.test(outcome.stderr)
          ? kioskError('document.printerNotFound', `no CUPS printer "${this.config.printer}"`, { program, stderr: firstLine(outcome.stderr) })
          : cupsFailure(program, outcome, this.config.printer));
    }
  }
}

/** Whether a printer in this state can take a job now; the failure names the cause. */
export function readiness(status: DocumentPrinterStatus): Result<undefined> {
  const detail = { printer: status.printer, reasons: status.reasons };
  switch (status.condition) {
    case 'ready':
    case 'printing':
      return ok();
    case 'paperOut':
      return err(kioskError('printer.paperOut', `${status.printer}: out of paper`, detail));
    case 'coverOpen':
      return err(kioskError('printer.coverOpen', `${status.printer}: cover open`, detail));
    case 'offline':
      return err(kioskError('printer.offline', `${status.printer}: offline`, detail));
    case 'rejecting':
      return err(kioskError('document.printerRejecting', `${status.printer}: not accepting jobs`, detail));
    case 'paperJam':
    case 'tonerOut':
    case 'stopped':
      return err(kioskError('printer.error', `${status.printer}: ${status.condition}`, { ...detail, condition: status.condition }));
  }
}
