// Forms through the whole terminal process (the browser host, its RPC over WebSocket with the boot
// token, no screen): a standalone reference platform on files, the simulated ID-card reader and
// ticket printer, and an A4 printer through CUPS (a stand-in lp/lpstat on PATH, test/support/fake-cups.ts).
// A real seed form is pre-filled from 张伟's card, handed in while the platform is down (kept sealed),
// printed through lp and followed with lpstat (queued, paper out, done), and delivered exactly once
// when the platform is back; the printed PDF is the one the platform got and pdftotext reads the values
// in it; the terminal's SQLite files never hold the name or the ID number in clear.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { businessDateOf } from '../../domain/hall-time.ts';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import type { Result } from '../../domain/result.ts';
import { RpcClient, type Events, type Methods } from '../../main/contract/index.ts';
import { connectWs } from '../../main/rpc/ws.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { createFakeCups, type FakeCups } from '../support/fake-cups.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

const FORM = 'idcard-application';
let dir: string;
let platform: RunningPlatform | null = null;
let port = 0;
let terminal: TerminalProcess | null = null;
let cups: FakeCups;
let client: RpcClient<Methods, Events> | null = null;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-e2e-forms-'));
  cups = createFakeCups('HallA4');
});
test.afterAll(async () => {
  client?.close();
  await terminal?.stop();
  await platform?.close();
  cups.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function platformUp() {
  platform = await startPlatform({ clock: systemClock, version: 'e2e', dbPath: join(dir, 'platform.db'), port, seed: (p) => seedReferencePlatform(p, businessDateOf(Date.now(), 'Asia/Shanghai')) });
  port = Number(new URL(platform.url).port);
}

const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** Every byte of the terminal's SQLite files (database, WAL, journal). */
const terminalFiles = () => Buffer.concat(readdirSync(dir).filter((f) => f.startsWith('hall.db')).map((f) => readFileSync(join(dir, f))));

test('a seed form from the card: kept sealed offline, printed through CUPS and followed, delivered once', async () => {
  test.setTimeout(90_000);
  await platformUp();
  const config = testConfig({
    platform: { url: platform!.url, enrolmentCode: await platform!.platform.auth.issueEnrolmentCode('e2e-kiosk', 'kiosk'), healthIntervalSeconds: 0.3, requestTimeoutMs: 1000 },
    devices: [
      { id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } },
      { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
      { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'cups', printer: 'HallA4', statusIntervalSeconds: 1 } },
    ],
  });
  terminal = await startTerminal(config, [], { dir, env: { PATH: cups.path } });
  const t = await connectWs(`${terminal.origin.replace('http', 'ws')}/rpc?token=${terminal.token}`);
  if (t instanceof Error) throw t;
  client = new RpcClient<Methods, Events>();
  client.attach(t);
  const c = client;

  // The forms arrive with the catalogue sync.
  await expect.poll(async () => (await c.call('forms.definition', { formId: FORM })).ok, { message: 'the forms are synced' }).toBe(true);
  const form = value(await c.call('forms.definition', { formId: FORM }));
  expect(value(await c.call('forms.forItem', { itemId: form.itemId })).forms.map((f) => f.formId)).toContain(FORM);

  value(await c.call('dev.simulate', { deviceId: 'idcard-1', action: 'insert:zhangWei' }));
  await expect.poll(async () => (await c.call('forms.prefill', { formId: FORM })).ok, { message: 'the card is read' }).toBe(true);
  const pre = value(await c.call('forms.prefill', { formId: FORM }));
  expect(pre.values).toMatchObject({ name: '张伟', idNumber: zhangWei.idNumber });

  // The platform goes away; the form is still handed in, and kept sealed.
  await platform!.close();
  platform = null;
  const values = { ...pre.values, phone: '13912345678', reason: 'expiry', delivery: 'window' };
  const handed = value(await c.call('forms.submit', { formId: FORM, formVersion: form.version, itemId: form.itemId, values, delivery: { method: 'window' } }));
  expect(handed).toMatchObject({ state: 'queued', receipt: 'printed', canPrint: true, downloadUrl: null });
  expect(handed.submissionId).toMatch(/^FE2EKIOSK-\d{8}-0001$/);
  for (const needle of ['张伟', zhangWei.idNumber, zhangWei.address]) expect(terminalFiles().includes(Buffer.from(needle)), needle).toBe(false);

  // Printed through lp, followed through lpstat: queued, paper out, queued again, done.
  cups.hold(true);
  const job = value(await c.call('forms.print', { submissionId: handed.submissionId }));
  expect(job).toMatchObject({ jobId: 'HallA4-1', state: 'queued', error: null });
  expect(value(await c.call('forms.printJob', { jobId: job.jobId }))).toMatchObject({ state: 'queued', error: null });
  cups.setAlerts(['media-empty-error']);
  expect(value(await c.call('forms.printJob', { jobId: job.jobId }))).toMatchObject({ state: 'failed', error: 'printer.paperOut' });
  expect(await c.call('forms.print', { submissionId: handed.submissionId })).toMatchObject({ ok: false, error: { code: 'printer.paperOut' } });
  cups.setAlerts([]);
  cups.finish();
  expect(value(await c.call('forms.printJob', { jobId: job.jobId }))).toMatchObject({ state: 'done', error: null });
  const printed = cups.jobs()[0]!;
  expect(printed.args).toContain('HallA4');
  const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: printed.pdf }).stdout.toString('utf8');
  for (const shown of ['张伟', zhangWei.address, '13912345678', '有效期满换领', form.title]) expect(text).toContain(shown);

  // Back: delivered once, the very PDF that was printed.
  await platformUp();
  await expect.poll(async () => value(await c.call('system.getStatus', {})).outbox.pending, { message: 'the outbox empties', timeout: 30_000 }).toBe(0);
  const stored = await platform!.platform.records.submissionsById(handed.submissionId);
  expect(stored).toHaveLength(1);
  expect(Buffer.from(stored[0]!.submission.pdf, 'base64').equals(printed.pdf)).toBe(true);
  for (const needle of ['张伟', zhangWei.idNumber, zhangWei.address]) expect(terminalFiles().includes(Buffer.from(needle)), needle).toBe(false);
});
