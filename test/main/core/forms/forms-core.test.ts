// Forms through the real terminal core and the real reference platform over HTTP (seeded, on files),
// with the simulated ID-card reader, ticket printer and A4 printer, on an injected clock: a real seed
// form (居民身份证申领登记表) pre-filled from 张伟's card, handed in with the platform down (kept sealed
// on the kiosk), then delivered once it is back: the platform has it exactly once, its PDF read back
// with pdftotext carries the values, the phone download answers the QR's token only, and neither the
// name nor the ID number is anywhere in the terminal's SQLite files in clear.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import type { ConfigInput } from '../../../../config/schema/index.ts';
import { zhangWei } from '../../../../devices/idcard/test-identities.ts';
import type { FormValues } from '../../../../domain/forms.ts';
import type { Result } from '../../../../domain/result.ts';
import type { FormSubmitted } from '../../../../main/contract/forms.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { createCore, type TerminalCore } from '../../../../main/core/terminal-core.ts';
import { keyFile, MetaRepo, openDatabase, sealedBox, type Db } from '../../../../main/store/index.ts';
import { seedReferencePlatform } from '../../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const ctx = { connectionId: 't' };
const FORM = 'idcard-application';
let dir: string;
let clock: ManualClock;
let platform: RunningPlatform | null;
let port: number;
let core: TerminalCore | null;
let db: Db | null;
type DeviceConfigInput = NonNullable<ConfigInput['devices']>[number];

const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

async function platformUp() {
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port, seed: (p) => seedReferencePlatform(p, '2026-11-24') });
  port = Number(new URL(platform.url).port);
}

async function platformDown() {
  await platform!.close();
  platform = null;
}

const ticketPrinter: DeviceConfigInput = { id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } };
const reader: DeviceConfigInput = { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } };
const a4: DeviceConfigInput = { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'simulated' } };

async function startCore(devices: DeviceConfigInput[]) {
  const parsed = parseConfig({ environment: 'development', terminal: { id: 'kiosk-7', role: 'kiosk', hallName: '澜溪区政务服务中心' }, devices });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  db = openDatabase(join(dir, 'terminal.db'));
  const log = new EventLog(clock);
  const box = sealedBox(keyFile(join(dir, 'key')));
  const session = new PlatformSession({ baseUrl: platform!.url, terminalId: 'kiosk-7', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta: new MetaRepo(db), box, log: log.for('p') });
  expect((await session.enrol(await platform!.platform.auth.issueEnrolmentCode('kiosk-7', 'kiosk'))).ok).toBe(true);
  core = createCore({ config: parsed.config, clock, db, log, session, box, embeddedPlatform: false, version: 't', random: () => 0.5, catalogueWorker: null });
  const slips: string[] = [];
  core.hardware.on('slipPrinted', (s) => slips.push(s.text));
  core.start();
  for (let i = 0; i < 20 && core.catalogue.formsVersion() === null; i++) {
    await clock.advanceAsync(0);
    await core.sync.whenIdle();
  }
  expect(core.catalogue.formsVersion()).not.toBeNull();
  return { core, slips };
}

async function insertCard(c: TerminalCore) {
  value(await c.hardware.simulate('idcard-1', 'insert:zhangWei'));
  for (let i = 0; i < 40 && c.identity.state().holder === null; i++) await clock.advanceAsync(250);
  expect(c.identity.state().holder).not.toBeNull();
}

function pdfText(pdf: Buffer): string {
  const r = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf });
  expect(r.status).toBe(0);
  return r.stdout.toString('utf8');
}

/** Every byte of the terminal's SQLite files (the database, its WAL and journal). */
function terminalFiles(): Buffer {
  return Buffer.concat(readdirSync(dir).filter((f) => f.startsWith('terminal.db')).map((f) => readFileSync(join(dir, f))));
}

/** The card's values plus what the citizen chooses: 有效期满换领, a phone, window collection. */
async function filledFromCard(c: TerminalCore): Promise<FormValues> {
  const pre = value(await c.handlers['forms.prefill']({ formId: FORM }, ctx));
  return { ...pre.values, phone: '13912345678', reason: 'expiry', delivery: 'window' };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-forms-'));
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  port = 0;
  platform = null;
  core = null;
  db = null;
});
afterEach(async () => {
  await core?.stop();
  db?.close();
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('forms through the core and the platform', () => {
  it('pre-fills from the card, is kept sealed while the platform is down, then arrives exactly once; the PDF carries the values', async () => {
    await platformUp();
    const { core: c, slips } = await startCore([ticketPrinter, reader]);
    const form = value(await c.handlers['forms.definition']({ formId: FORM }, ctx));
    const item = value(await c.handlers['forms.forItem']({ itemId: form.itemId }, ctx));
    expect(item.forms.map((f) => f.formId)).toContain(FORM);

    expect(await c.handlers['forms.prefill']({ formId: FORM }, ctx)).toMatchObject({ ok: false, error: { code: 'idcard.noCard' } });
    await insertCard(c);
    const pre = value(await c.handlers['forms.prefill']({ formId: FORM }, ctx));
    expect(pre.values).toMatchObject({ name: '张伟', idNumber: zhangWei.idNumber, birthDate: '1990-03-07', nation: '汉', address: { regionCode: null, detail: zhangWei.address } });
    expect(pre.filled).toEqual(expect.arrayContaining(['name', 'sex', 'nation', 'birthDate', 'idNumber', 'address']));

    // The platform goes away: the form is kept on the kiosk, sealed.
    await platformDown();
    // The definitions are the local copy: still there with the platform gone.
    expect(value(await c.handlers['forms.definition']({ formId: FORM }, ctx))).toEqual(form);
    expect(value(await c.handlers['forms.forItem']({ itemId: form.itemId }, ctx))).toEqual(item);
    const values = await filledFromCard(c);
    const handed: FormSubmitted = value(await c.handlers['forms.submit']({ formId: FORM, formVersion: form.version, itemId: form.itemId, values, delivery: { method: 'window' }, signature: null }, ctx));
    expect(handed).toMatchObject({ state: 'queued', receipt: 'printed', receiptError: null, canPrint: false, waiting: 1 });
    expect(handed.submissionId).toBe('FKIOSK7-20261124-0001');
    expect(handed.downloadUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/m/form/FKIOSK7-20261124-0001\\?t=[A-Za-z0-9_-]{43}$`));
    const slip = slips.at(-1)!;
    expect(slip).toContain('FKIOSK7-20261124-0001');
    expect(slip).toContain(form.title);
    expect(slip).toContain('张*');
    expect(slip).not.toContain('张伟');
    expect(slip).not.toContain(zhangWei.idNumber);

    const idBytes = Buffer.from(zhangWei.idNumber);
    const nameBytes = Buffer.from('张伟');
    const addressBytes = Buffer.from(zhangWei.address);
    for (const needle of [idBytes, nameBytes, addressBytes]) expect(terminalFiles().includes(needle)).toBe(false);

    // Back: delivered once; a second drain and a replay under another key add nothing.
    await platformUp();
    c.outbox.platformBack();
    await c.outbox.drain();
    expect(c.outbox.counts()).toMatchObject({ pending: 0 });
    const stored = await platform!.platform.records.submissionsById(handed.submissionId);
    expect(stored).toHaveLength(1);
    await c.outbox.drain();
    const body = stored[0]!.submission;
    const replay = await fetch(new URL('/api/v1/form-submissions', platform!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'another-key-0001', ...authHeaders() },
      body: JSON.stringify(body),
    });
    expect(replay.status).toBe(201);
    expect(await platform!.platform.records.submissionsById(handed.submissionId)).toHaveLength(1);
    expect(body).toMatchObject({ formId: FORM, itemId: form.itemId, delivery: { method: 'window' }, values: { name: '张伟', reason: 'expiry' } });

    const pdf = Buffer.from(body.pdf, 'base64');
    const text = pdfText(pdf);
    for (const shown of ['张伟', '汉', '1990-03-07', zhangWei.address, '13912345678', '有效期满换领', '窗口领取', form.title]) expect(text).toContain(shown);

    // The phone download: the QR's token opens the PDF; anything else is a 404.
    const got = await fetch(handed.downloadUrl!);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    const wrong = handed.downloadUrl!.replace(/t=.*/, `t=${'A'.repeat(43)}`);
    expect((await fetch(wrong)).status).toBe(404);

    // Delivered: the body leaves the outbox; still nothing personal in the files.
    for (const needle of [idBytes, nameBytes, addressBytes]) expect(terminalFiles().includes(needle)).toBe(false);

    // The next one of the day takes the next number; the visit's end forgets them.
    const second = value(await c.handlers['forms.submit']({ formId: FORM, formVersion: form.version, itemId: form.itemId, values, delivery: { method: 'window' }, signature: null }, ctx));
    expect(second).toMatchObject({ submissionId: 'FKIOSK7-20261124-0002', state: 'delivered', waiting: 0 });
    c.identity.forget();
    expect(await c.handlers['forms.print']({ submissionId: second.submissionId }, ctx)).toMatchObject({ ok: false, error: { code: 'form.notFound' } });
  });

  it('refuses what the form rules refuse, and a version the catalogue has moved on from', async () => {
    await platformUp();
    const { core: c } = await startCore([ticketPrinter, reader]);
    const form = value(await c.handlers['forms.definition']({ formId: FORM }, ctx));
    await insertCard(c);
    const values = await filledFromCard(c);
    const submit = (over: Record<string, unknown>) => c.handlers['forms.submit']({ formId: FORM, formVersion: form.version, itemId: form.itemId, values, delivery: { method: 'window' }, signature: null, ...over }, ctx);
    const { reason: _omitted, ...withoutReason } = values;
    const invalid = await submit({ values: { ...withoutReason, birthDate: '1990-03-08' } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'form.invalid' } });
    const problems = (invalid.ok ? [] : (invalid.error.details as { problems: { field: string; code: string }[] }).problems).map((p) => `${p.field} ${p.code}`);
    expect(problems).toEqual(expect.arrayContaining(['reason required', 'birthDate rule']));
    expect(await submit({ formVersion: form.version + 1 })).toMatchObject({ ok: false, error: { code: 'form.outdated', details: { version: form.version } } });
    expect(await submit({ formId: 'no-such-form' })).toMatchObject({ ok: false, error: { code: 'form.unknown' } });
    expect(c.outbox.counts().pending + c.outbox.counts().delivered).toBe(1); // the start-up heartbeat only
  });

  it('with an A4 printer: no download link, the application printed and followed, paper out said', async () => {
    await platformUp();
    const { core: c } = await startCore([ticketPrinter, reader, a4]);
    const form = value(await c.handlers['forms.definition']({ formId: FORM }, ctx));
    await insertCard(c);
    const handed = value(await c.handlers['forms.submit']({ formId: FORM, formVersion: form.version, itemId: form.itemId, values: await filledFromCard(c), delivery: { method: 'window' }, signature: null }, ctx));
    expect(handed).toMatchObject({ state: 'delivered', canPrint: true, downloadUrl: null });
    expect((await platform!.platform.records.submissionsById(handed.submissionId))[0]!.submission.downloadTokenHash).toBeNull();

    const job = value(await c.handlers['forms.print']({ submissionId: handed.submissionId }, ctx));
    expect(job).toMatchObject({ state: 'queued', error: null });
    expect(job.pages).toBeGreaterThanOrEqual(1);
    expect(value(await c.handlers['forms.printJob']({ jobId: job.jobId }, ctx)).state).toBe('printing');
    expect(value(await c.handlers['forms.printJob']({ jobId: job.jobId }, ctx)).state).toBe('done');

    const sample = value(await c.handlers['forms.printBlank']({ formId: FORM, itemId: form.itemId, sample: true }, ctx));
    value(await c.hardware.simulate('a4-1', 'condition:paperOut'));
    expect(value(await c.handlers['forms.printJob']({ jobId: sample.jobId }, ctx))).toMatchObject({ state: 'failed', error: 'printer.paperOut' });
    expect(await c.handlers['forms.print']({ submissionId: handed.submissionId }, ctx)).toMatchObject({ ok: false, error: { code: 'printer.paperOut' } });
    expect(await c.handlers['forms.printJob']({ jobId: 'nope-1' }, ctx)).toMatchObject({ ok: false, error: { code: 'form.notFound' } });
  });
});

/** The terminal's credential headers, to replay a submission as the terminal would. */
function authHeaders(): Record<string, string> {
  const meta = new MetaRepo(db!);
  const box = sealedBox(keyFile(join(dir, 'key')));
  const session = new PlatformSession({ baseUrl: platform!.url, terminalId: 'kiosk-7', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta, box, log: new EventLog(clock).for('p') });
  const creds = session.credentials();
  if (!creds) throw new Error('not enrolled');
  return { 'x-terminal-id': creds.terminalId, authorization: `Bearer ${creds.credential}` };
}
