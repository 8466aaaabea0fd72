// CupsDocumentPrinter with real processes: stand-in `lp` and `lpstat` programs (small Node scripts)
// record their argv, environment and stdin, and answer the way CUPS does.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CupsDocumentPrinter } from '../../../devices/document-printer/driver.ts';

const dir = mkdtempSync(join(tmpdir(), 'hall-cups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An executable that records its call in `<name>.json` and answers with `stdout`, `stderr`, `code`. */
function standIn(name: string, answer: { stdout?: string; stderr?: string; code?: number }): string {
  const path = join(dir, name);
  const record = join(dir, `${name}.json`);
  writeFileSync(
    path,
    `#!${process.execPath}
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const input = Buffer.concat(chunks);
  require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), lcAll: process.env.LC_ALL, input: input.toString('latin1') }));
  process.stdout.write(${JSON.stringify(answer.stdout ?? '')});
  process.stderr.write(${JSON.stringify(answer.stderr ?? '')});
  process.exit(${answer.code ?? 0});
});
`,
  );
  chmodSync(path, 0o755);
  return path;
}

const recorded = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { args: string[]; lcAll: string; input: string };
const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), 0, 255, 128, 10, ...new TextEncoder().encode('%%EOF\n')]);

describe('CupsDocumentPrinter over real processes', () => {
  it('hands lp the PDF bytes on stdin, byte for byte, and reads the job id', async () => {
    const lp = standIn('lp-ok', { stdout: 'request id is HallA4-5 (0 file(s))\n' });
    const r = await new CupsDocumentPrinter({ printer: 'HallA4', lpCommand: lp }).print(pdf, { title: '办事指南', copies: 1 });
    expect(r).toEqual({ ok: true, value: { jobId: 'HallA4-5' } });
    const call = recorded('lp-ok');
    expect(call.args).toEqual(['-d', 'HallA4', '-n', '1', '-t', '办事指南', '-o', 'media=A4', '-o', 'document-format=application/pdf', '-']);
    expect(call.lcAll).toBe('C');
    expect(Buffer.from(call.input, 'latin1')).toEqual(Buffer.from(pdf));
  });

  it('maps what a real lp says when the queue is missing', async () => {
    const lp = standIn('lp-missing', { stderr: 'lp: Error - The printer or class does not exist.\n', code: 1 });
    const r = await new CupsDocumentPrinter({ printer: 'Nope', lpCommand: lp }).print(pdf, { title: 't' });
    expect(r.ok ? 'printed' : [r.error.code, r.error.details]).toEqual([
      'document.printerNotFound',
      { program: lp, printer: 'Nope', exitCode: 1, stderr: 'lp: Error - The printer or class does not exist.' },
    ]);
  });

  it('reads a status from a real lpstat process', async () => {
    const lpstat = standIn('lpstat', {
      stdout: 'scheduler is running\nprinter HallA4 is idle.  enabled since Fri Mar 14 09:00:00 2025\n\tAlerts: media-empty-error\nHallA4 accepting requests since Fri Mar 14 09:00:00 2025\n',
    });
    const r = await new CupsDocumentPrinter({ printer: 'HallA4', lpstatCommand: lpstat }).status();
    expect(r.ok ? r.value.condition : r.error.code).toBe('paperOut');
    expect(recorded('lpstat').args).toEqual(['-r', '-l', '-p', 'HallA4', '-a', 'HallA4']);
  });

  it('says CUPS is missing when there is no lp', async () => {
    const r = await new CupsDocumentPrinter({ printer: 'HallA4', lpCommand: join(dir, 'no-lp-here') }).print(pdf, { title: 't' });
    expect(r.ok ? 'printed' : [r.error.code, r.error.details]).toEqual(['document.cupsUnavailable', { cause: 'commandNotFound', program: join(dir, 'no-lp-here') }]);
  });
});
