// The reference platform's side of forms: a submission stored once per submission id (a replay under
// another idempotency key answers the first receipt), and the phone download of its PDF by the QR's
// one-time token: the right token within the lifetime gets the PDF, not cached; a wrong, malformed or
// expired token, an unknown id or a submission made with an A4 printer (no token) all get the same 404.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormSubmission } from '../../domain/forms.ts';
import { exampleValues } from '../../domain/form-rules.ts';
import { seedForms } from '../../platform/seed/forms.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { DEFAULT_FORM_DOWNLOAD_HOURS } from '../../platform/mobile/form-download.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { openSqlite } from '../../lib/sqlite.ts';
import { openPlatformDatabase } from '../../platform/store/database.ts';
import { platformMigrations } from '../../platform/store/migrations/index.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { platformDatabase, platformTestDatabase } from '../support/platform-database.ts';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const PDF = Buffer.from('%PDF-1.7\n申请表\n%%EOF');

let running: RunningPlatform;
let clock: ManualClock;
beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T02:00:00Z'));
  running = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
});
afterEach(async () => {
  await running.close();
});

const submission = (over: Partial<FormSubmission> = {}): FormSubmission => ({
  submissionId: 'FKIOSK7-20261124-0001',
  formId: 'idcard-application',
  formVersion: 1,
  itemId: 'item-1',
  values: { name: '张伟' },
  delivery: { method: 'window' },
  signature: null,
  submittedAt: '2026-11-24T02:00:00.000Z',
  pdf: PDF.toString('base64'),
  downloadTokenHash: createHash('sha256').update(TOKEN).digest('hex'),
  ...over,
});

const download = (path: string) => running.platform.app.inject({ method: 'GET', url: path });

describe('form submissions on the reference platform', () => {
  it('stores a submission once per submission id', async () => {
    const records = running.platform.records;
    const first = await records.addSubmission(submission(), 'kiosk-7');
    clock.advance(60_000);
    const again = await records.addSubmission(submission({ values: { name: '改过' } }), 'kiosk-7');
    expect(again).toEqual(first);
    expect(await records.submissionCount()).toBe(1);
    expect((await records.submissionsById('FKIOSK7-20261124-0001'))[0]!.submission.values).toEqual({ name: '张伟' });
    await records.addSubmission(submission({ submissionId: 'FKIOSK7-20261124-0002' }), 'kiosk-7');
    expect(await records.submissionCount()).toBe(2);
  });

  it('serves the PDF to the token of its QR only, until it expires', async () => {
    await running.platform.records.addSubmission(submission(), 'kiosk-7');
    const ok = await download(`/m/form/FKIOSK7-20261124-0001?t=${TOKEN}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('application/pdf');
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.rawPayload.equals(PDF)).toBe(true);

    const wrongToken = TOKEN.slice(0, -1) + 'R';
    for (const path of [
      `/m/form/FKIOSK7-20261124-0001?t=${wrongToken}`,
      '/m/form/FKIOSK7-20261124-0001?t=short',
      '/m/form/FKIOSK7-20261124-0001',
      `/m/form/FKIOSK7-20261124-0009?t=${TOKEN}`,
      `/m/form/not-an-id?t=${TOKEN}`,
    ]) {
      const r = await download(path);
      expect([path, r.statusCode]).toEqual([path, 404]);
      expect(r.body).not.toContain('%PDF');
    }

    clock.advance(DEFAULT_FORM_DOWNLOAD_HOURS * 3_600_000);
    expect((await download(`/m/form/FKIOSK7-20261124-0001?t=${TOKEN}`)).statusCode).toBe(200);
    clock.advance(1);
    expect((await download(`/m/form/FKIOSK7-20261124-0001?t=${TOKEN}`)).statusCode).toBe(404);
  });

  it('takes the hall’s own lifetime', async () => {
    await running.close();
    running = await startPlatform({ ...(await platformDatabase()), clock, version: 't', formDownloadHours: 1 });
    await running.platform.records.addSubmission(submission(), 'kiosk-7');
    clock.advance(3_600_000);
    expect((await download(`/m/form/FKIOSK7-20261124-0001?t=${TOKEN}`)).statusCode).toBe(200);
    clock.advance(1);
    expect((await download(`/m/form/FKIOSK7-20261124-0001?t=${TOKEN}`)).statusCode).toBe(404);
  });

  it('a submission without a token (the kiosk printed it) has no download', async () => {
    await running.platform.records.addSubmission(submission({ downloadTokenHash: null }), 'kiosk-7');
    expect((await download(`/m/form/FKIOSK7-20261124-0001?t=${TOKEN}`)).statusCode).toBe(404);
  });
});

describe('POST form-submissions', () => {
  it('takes a submission whose PDF is as large as the schema allows, checked against its form', async () => {
    await running.close();
    running = await startPlatform({ ...(await platformDatabase()), clock, version: 't', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
    const credential = await running.platform.auth.enrol(await running.platform.auth.issueEnrolmentCode('kiosk-7', 'kiosk'), 'kiosk-7', 'kiosk');
    const form = seedForms.find((f) => f.id === 'idcard-application')!;
    const big = Buffer.alloc(1_499_000, 7).toString('base64');
    expect(big.length).toBeLessThanOrEqual(2_000_000);
    const post = (body: FormSubmission, key: string) =>
      running.platform.app.inject({
        method: 'POST',
        url: '/api/v1/form-submissions',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-terminal-id': 'kiosk-7', authorization: `Bearer ${credential}` },
        payload: JSON.stringify(body),
      });
    const good = submission({ formId: form.id, itemId: form.itemId, formVersion: form.version, values: exampleValues(form), pdf: big });
    const r = await post(good, 'form-key-0001');
    expect([r.statusCode, r.body.slice(0, 200)]).toEqual([201, expect.any(String)]);
    expect((await running.platform.records.submissionsById(good.submissionId))[0]!.submission.pdf).toHaveLength(big.length);
    const refused = await post({ ...good, submissionId: 'FKIOSK7-20261124-0002', values: {} }, 'form-key-0002');
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body).error.code).toBe('form.invalid');
  });
});

// SQLite only: a file written by SQLite's migrations before 0013 (PostgreSQL's schema starts with every column); not run again by platform-pg.
describe.skipIf(platformTestDatabase === 'postgres')('migration 0013 on a platform that already has submissions', () => {
  it('takes the submission id and token hash from the bodies, the first of each id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hall-platform-0013-'));
    try {
      const path = join(dir, 'platform.db');
      const old = openSqlite(path, platformMigrations.slice(0, 12), 'platform');
      const insert = old.prepare('INSERT INTO form_submissions (id, form_id, terminal_id, body, received_at) VALUES (?, ?, ?, ?, ?)');
      insert.run('a', 'idcard-application', 'kiosk-7', JSON.stringify(submission()), 1);
      insert.run('b', 'idcard-application', 'kiosk-7', JSON.stringify(submission()), 2);
      insert.run('c', 'idcard-application', 'kiosk-7', JSON.stringify(submission({ submissionId: 'FKIOSK7-20261124-0002', downloadTokenHash: null })), 3);
      old.close();
      const db = openPlatformDatabase(path);
      const rows = db.prepare('SELECT id, submission_id, download_token_hash FROM form_submissions ORDER BY id').all();
      db.close();
      expect(rows).toEqual([
        { id: 'a', submission_id: 'FKIOSK7-20261124-0001', download_token_hash: submission().downloadTokenHash },
        { id: 'b', submission_id: null, download_token_hash: null },
        { id: 'c', submission_id: 'FKIOSK7-20261124-0002', download_token_hash: null },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
