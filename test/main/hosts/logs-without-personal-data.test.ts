// The grep test of issue 16: a terminal booted as a hall runs it (files on disk, the reference platform
// embedded, logs at debug level in rotated files), whole flows run with the test identities — a
// real-name ticket with 张伟's card, a complaint with 韦秀英's name and phone, a form pre-filled from the
// card and handed in with a phone, a rating with a follow-up phone — and then EVERY log file and EVERY
// SQLite file (the terminal's and the embedded platform's, which seals the personal fields of complaints,
// ratings and forms) is read for their names, ID numbers, addresses and phones: zero hits in clear. The
// platform's database is also read table by table, so that a failure names the column to seal.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config/load.ts';
import { weiXiuying, zhangWei } from '../../../devices/idcard/test-identities.ts';
import type { Result } from '../../../domain/result.ts';
import { bootTerminal, type BootedTerminal } from '../../../main/hosts/boot.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const ctx = { connectionId: 't' };
const FORM = 'idcard-application';
const FORM_PHONE = '13905890113';
const COMPLAINT_PHONE = '13905890114';
const FOLLOW_UP_PHONE = '13905890116';

/** What must never be found in clear: the identities' names, ID numbers, addresses and the phones typed. */
const secrets: Record<string, string> = {
  'zhangWei.name': zhangWei.name,
  'zhangWei.idNumber': zhangWei.idNumber,
  'zhangWei.address': zhangWei.address,
  'weiXiuying.name': weiXiuying.name,
  'form phone': FORM_PHONE,
  'complaint phone': COMPLAINT_PHONE,
  'follow-up phone': FOLLOW_UP_PHONE,
};


let dir: string;
let terminal: BootedTerminal | null;

const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-grep-'));
  terminal = null;
});
afterEach(async () => {
  await terminal?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

async function boot(clock: ManualClock): Promise<BootedTerminal> {
  const parsed = parseConfig({
    environment: 'development',
    terminal: { id: 'kiosk-7', role: 'kiosk', hallName: '澜溪区政务服务中心' },
    store: { path: join(dir, 'terminal.db') },
    log: { level: 'debug', console: false },
    devices: [
      { id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } },
      { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
      { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'simulated' } },
    ],
    dev: { page: true },
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const booted = await bootTerminal(parsed.config, { clock, logStream: null, catalogueWorker: null });
  const core = booted.core;
  for (let i = 0; i < 20 && core.catalogue.formsVersion() === null; i++) {
    await clock.advanceAsync(0);
    await core.sync.whenIdle();
  }
  expect(core.catalogue.formsVersion()).not.toBeNull();
  return booted;
}

async function insertZhangWei(t: BootedTerminal, clock: ManualClock) {
  value(await t.core.hardware.simulate('idcard-1', 'insert:zhangWei'));
  for (let i = 0; i < 40 && t.core.identity.state().holder === null; i++) await clock.advanceAsync(250);
  expect(t.core.identity.state().holder).not.toBeNull();
}

/** Every file under the folder, by path relative to it. */
function allFiles(root: string, under = ''): string[] {
  return readdirSync(join(root, under), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(root, join(under, e.name)) : [join(under, e.name)],
  );
}

function hitsIn(bytes: Buffer): string[] {
  return Object.entries(secrets)
    .filter(([, s]) => bytes.includes(Buffer.from(s, 'utf8')))
    .map(([what]) => what);
}

/** The platform's database read table by table, column by column: where each secret is in clear. */
function platformDbHits(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  try {
    const out: Record<string, string[]> = {};
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    for (const { name: table } of tables) {
      for (const { name: column } of db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all()) {
        for (const [what, s] of Object.entries(secrets)) {
          const found = db.prepare(`SELECT 1 FROM "${table}" WHERE instr(CAST("${column}" AS TEXT), ?) > 0 LIMIT 1`).get(s);
          if (found) (out[`${table}.${column}`] ??= []).push(what);
        }
      }
    }
    return out;
  } finally {
    db.close();
  }
}

describe('no personal data in clear in any log or database file after whole flows', () => {
  it('a ticket with the card, a complaint with a phone, a form with the card, a rating: the files are clean', { timeout: 60_000 }, async () => {
    // A Tuesday at 10:00 in the hall: open for tickets.
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    terminal = await boot(clock);
    const t = terminal;
    expect(t.logDir).toBe(join(dir, 'logs'));

    // A real-name ticket with the card on the reader.
    await insertZhangWei(t, clock);
    const categories = value(await t.core.handlers['queue.listCategories']({}, ctx));
    const category = categories.categories.find((c) => c.realNameRequired) ?? categories.categories[0]!;
    const ticket = value(await t.core.handlers['queue.issueTicket']({ categoryId: category.id, priority: null }, ctx));
    expect(ticket.ticketId).not.toBeNull();

    // A form pre-filled from the card, handed in with a phone.
    const form = value(await t.core.handlers['forms.definition']({ formId: FORM }, ctx));
    const pre = value(await t.core.handlers['forms.prefill']({ formId: FORM }, ctx));
    const values = { ...pre.values, phone: FORM_PHONE, reason: 'expiry', delivery: 'window' };
    expect(JSON.stringify(values)).toContain(zhangWei.idNumber);
    value(await t.core.handlers['forms.submit']({ formId: FORM, formVersion: form.version, itemId: form.itemId, values, delivery: { method: 'window' }, signature: null }, ctx));

    // A complaint with a name and a phone to call back.
    value(await t.core.handlers['complaints.submit']({ kind: 'complaint', text: '窗口服务态度差', name: weiXiuying.name, phone: COMPLAINT_PHONE }, ctx));

    // A rating of the ticket with a follow-up phone.
    value(
      await t.core.handlers['evaluation.submit'](
        { ticketId: ticket.ticketId!, stage: 'finish', level: 'dissatisfied', reasons: ['等候时间长'], windowId: 'w-01', staffId: 'ZH0001', channel: 'hallPad', ratedAt: '20261124T100500', areaCode: '339102', followUpPhone: FOLLOW_UP_PHONE },
        ctx,
      ),
    );
    await t.core.outbox.whenIdle();
    await t.core.outbox.drain();
    expect(t.core.outbox.counts()).toMatchObject({ pending: 0 });
    // Everything reached the platform, so the platform's files are part of what is read.
    const records = t.embeddedPlatform!.platform.records;
    expect((await records.evaluations()).some((e) => e.evaluation.followUpPhone === FOLLOW_UP_PHONE)).toBe(true);

    // And the logs were written, at debug level, by both.
    t.flushLogs();
    await t.shutdown();
    terminal = null;

    const files = allFiles(dir);
    const logs = files.filter((f) => f.endsWith('.log'));
    expect(logs.some((f) => f.startsWith(join('logs', 'terminal')))).toBe(true);
    expect(logs.some((f) => f.startsWith(join('logs', 'platform')))).toBe(true);
    const logText = logs.map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    expect(logText).toContain('"level":"debug"');
    expect(logText).toContain('"url":"/api/v1/');

    // Every log file and every database file (terminal and platform, with WAL and journal): zero hits.
    expect(files.filter((f) => f.includes('.db')).length).toBeGreaterThanOrEqual(2);
    const hits = Object.fromEntries(files.map((f) => [f, hitsIn(readFileSync(join(dir, f)))]).filter(([, h]) => h!.length > 0));
    expect(hits).toEqual({});
    expect(platformDbHits(join(dir, 'terminal.platform.db'))).toEqual({});
  });
});
