// Pages of a PDF as PNG images, by poppler's `pdftoppm` (the PDF on stdin), for the developer page
// to show what a simulated A4 printer was sent. pdftoppm writes one file per page into a fresh
// temporary folder, which is removed afterwards. Missing pdftoppm is a value the page can show.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { spawnRunner, type CommandRunner } from './command-runner.ts';

export interface PdfPreviewOptions {
  /** Resolution of the images; the default 72 dpi makes an A4 page 596 x 842 pixels. */
  readonly dpi?: number;
  /** At most this many pages are rendered. */
  readonly maxPages?: number;
  readonly command?: string;
  readonly run?: CommandRunner;
}

/** One PNG per page, first page first; `device.unsupported` when pdftoppm is not installed. */
export async function renderPdfPages(pdf: Uint8Array, options: PdfPreviewOptions = {}): Promise<Result<Uint8Array[]>> {
  const command = options.command ?? 'pdftoppm';
  const run = options.run ?? spawnRunner();
  const dir = await mkdtemp(join(tmpdir(), 'hall-preview-'));
  try {
    const args = ['-png', '-r', String(options.dpi ?? 72), '-f', '1', '-l', String(options.maxPages ?? 10), '-', join(dir, 'page')];
    const outcome = await run({ command, args, input: pdf, timeoutMs: 20_000 });
    if (outcome.kind === 'notFound') {
      return err(kioskError('device.unsupported', `${command} is not installed (Debian package poppler-utils): the pages cannot be shown`));
    }
    if (outcome.kind !== 'exited' || outcome.code !== 0) {
      const why = outcome.kind === 'exited' ? outcome.stderr.trim().split('\n')[0] || `exit ${outcome.code}` : outcome.kind === 'failed' ? outcome.message : 'timed out';
      return err(kioskError('document.renderFailed', `${command} could not render the PDF: ${why}`));
    }
    // page-1.png ... or page-01.png ... (pdftoppm pads to the page count's digits).
    const files = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageOf(a) - pageOf(b));
    if (files.length === 0) return err(kioskError('document.renderFailed', `${command} produced no page`));
    return ok(await Promise.all(files.map(async (f) => new Uint8Array(await readFile(join(dir, f))))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function pageOf(file: string): number {
  return Number(/(\d+)\.png$/.exec(file)?.[1] ?? 0);
}
