// The catalogue sync against the real reference platform over HTTP: full, delta, unchanged, the
// platform away, and answers the terminal must refuse, with the stored catalogue intact throughout.
// Every case runs twice: answers applied on this thread, and on a worker thread with its own
// connection (catalogue-applier.ts), as a terminal with a file store does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkerApplier } from '../../../../main/core/catalogue/catalogue-applier.ts';
import { CatalogueSync } from '../../../../main/core/catalogue/catalogue-sync.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import type { HttpFetch } from '../../../../main/platform-client/client.ts';
import { CatalogueRepo } from '../../../../main/store/catalogue-repo.ts';
import { keyFile, MetaRepo, openDatabase, sealedBox, type Db } from '../../../../main/store/index.ts';
import { serviceItems } from '../../../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
let clock: ManualClock;
let platform: RunningPlatform;
let db: Db;
let tamper: ((url: string, body: string) => string) | null;
let calls: number;
let workers: WorkerApplier[];

async function makeSync(onWorker: boolean) {
  const meta = new MetaRepo(db);
  const log = new EventLog(clock);
  const fetchThrough: HttpFetch = async (url, init) => {
    if (url.includes('/catalogue')) calls++;
    const res = await fetch(url, init);
    if (!tamper) return res;
    const text = tamper(url, await res.text());
    return { status: res.status, headers: res.headers, text: async () => text };
  };
  const session = new PlatformSession({
    baseUrl: platform.url,
    terminalId: 'k1',
    role: 'kiosk',
    version: 't',
    fetch: fetchThrough,
    clock,
    timeoutMs: 5000,
    meta,
    box: sealedBox(keyFile(join(dir, 'key'))),
    log: log.for('platform'),
  });
  const enrolled = await session.enrol(await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'));
  expect(enrolled.ok).toBe(true);
  const repo = new CatalogueRepo(db, { clock });
  const applier = onWorker ? new WorkerApplier(join(dir, 'terminal.db')) : undefined;
  if (applier) workers.push(applier);
  const sync = new CatalogueSync({ session, repo, meta, clock, log: log.for('sync'), intervalMs: 60_000, random: () => 0.5, ...(applier ? { applier } : {}) });
  return { sync, repo, log };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-sync-'));
  clock = new ManualClock();
  tamper = null;
  calls = 0;
  workers = [];
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), seed: (p) => seedReferencePlatform(p, '2026-11-24') });
  db = openDatabase(join(dir, 'terminal.db'));
});
afterEach(async () => {
  for (const w of workers) await w.close();
  db.close();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

const firstItem = serviceItems[0]!;

describe.each([
  ['on this thread', false],
  ['on a worker thread', true],
])('catalogue sync, answers applied %s', (_where, onWorker) => {
  it('copies the whole catalogue first, then only changes, then nothing when the ETag matches', async () => {
    const { sync, repo } = await makeSync(onWorker);
    const full = await sync.syncNow();
    expect(full).toMatchObject({ ok: true, value: { outcome: 'full' } });
    expect(repo.itemCount()).toBe(serviceItems.length);
    expect(repo.search('身份证').length).toBeGreaterThan(0);
    expect(full.ok && full.value.forms).toBe('full');
    expect(repo.getForm('idcard-application')).toMatchObject({ title: '居民身份证申领登记表' });

    const renamed = { ...firstItem, name: `${firstItem.name}（新版）` };
    const gone = serviceItems[1]!;
    await platform.platform.catalogue.publish({ upserts: [{ kind: 'item', id: renamed.id, body: renamed }], deletions: [{ kind: 'item', id: gone.id }] });
    const delta = await sync.syncNow();
    expect(delta).toMatchObject({ ok: true, value: { outcome: 'delta', changed: 2 } });
    expect(repo.get(firstItem.id)?.name).toBe(renamed.name);
    expect(repo.get(gone.id)).toBeNull();

    const same = await sync.syncNow();
    expect(same).toMatchObject({ ok: true, value: { outcome: 'unchanged', forms: 'unchanged' } });

    // A form changes on its own: only the forms move, the catalogue stays at its version.
    const form = repo.getForm('dibao')!;
    const catalogueVersion = repo.version();
    await platform.platform.catalogue.publish({ upserts: [{ kind: 'form', id: 'dibao', body: { ...form, version: 2, title: '最低生活保障申请书（2026版）' } }] });
    const formsOnly = await sync.syncNow();
    expect(formsOnly).toMatchObject({ ok: true, value: { outcome: 'unchanged', forms: 'delta' } });
    expect(repo.getForm('dibao')).toMatchObject({ version: 2, title: '最低生活保障申请书（2026版）' });
    expect(repo.version()).toBe(catalogueVersion);
    expect(sync.state().checkedAt).toBe(clock.now());
  });

  it('applies its hall\'s scope: an item taken out is deleted with its form as a delta, put back it returns', async () => {
    const { sync, repo } = await makeSync(onWorker);
    await sync.syncNow();
    const form = repo.getForm('idcard-application')!;
    const item = repo.get(form.itemId)!;
    expect(repo.search(item.name).map((h) => h.id)).toContain(item.id);
    // The terminal's hall is 'default' (platform/http/register.ts): its scope leaves the item out.
    const others = serviceItems.map((i) => i.id).filter((id) => id !== item.id);
    await platform.platform.catalogue.setScope('default', others);
    const out = await sync.syncNow();
    expect(out).toMatchObject({ ok: true, value: { outcome: 'delta', changed: 1, forms: 'delta' } });
    expect(repo.get(item.id)).toBeNull();
    expect(repo.getForm(form.id)).toBeNull();
    expect(repo.search(item.name).map((h) => h.id)).not.toContain(item.id);
    expect(repo.itemCount()).toBe(serviceItems.length - 1);
    expect(await sync.syncNow()).toMatchObject({ ok: true, value: { outcome: 'unchanged', forms: 'unchanged' } });

    await platform.platform.catalogue.setScope('default', [...others, item.id]);
    expect(await sync.syncNow()).toMatchObject({ ok: true, value: { outcome: 'delta', changed: 1, forms: 'delta' } });
    expect(repo.get(item.id)).toEqual(item);
    expect(repo.getForm(form.id)).toEqual(form);
  });

  it('keeps the stored catalogue, searchable, while the platform is away', async () => {
    const { sync, repo } = await makeSync(onWorker);
    await sync.syncNow();
    const before = repo.search('营业执照').map((h) => h.id);
    await platform.close();
    const r = await sync.syncNow();
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    expect(sync.state().lastError).toContain('catalogue.get');
    expect(repo.search('营业执照').map((h) => h.id)).toEqual(before);
    platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db') });
  });

  it('refuses a malformed or partial answer and keeps the previous catalogue whole', async () => {
    const { sync, repo } = await makeSync(onWorker);
    await sync.syncNow();
    const count = repo.itemCount();
    const version = repo.version();
    await platform.platform.catalogue.publish({ upserts: [{ kind: 'item', id: firstItem.id, body: { ...firstItem, name: '改名' } }] });
    // The platform's answer is cut short: not JSON at all.
    tamper = (_url, body) => body.slice(0, body.length / 2);
    expect(await sync.syncNow()).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
    // Valid JSON, valid to the API, but an item breaks the catalogue rules (a bad task code).
    tamper = (_url, body) => body.replace(firstItem.taskCode, `${firstItem.taskCode.slice(0, 17)}?${firstItem.taskCode.slice(18)}`);
    expect((await sync.syncNow()).ok).toBe(false);
    expect(repo.itemCount()).toBe(count);
    expect(repo.version()).toBe(version);
    expect(repo.get(firstItem.id)?.name).toBe(firstItem.name);
    tamper = null;
    expect(await sync.syncNow()).toMatchObject({ ok: true, value: { outcome: 'delta' } });
    expect(repo.get(firstItem.id)?.name).toBe('改名');
  });

  it('syncs on its interval, backs off while the platform is away, and syncs at once when it is back', async () => {
    const { sync } = await makeSync(onWorker);
    const settle = () => sync.whenIdle(); // lets the real I/O of a sync the timer started finish
    sync.start();
    await clock.advanceAsync(0);
    await settle();
    expect(calls).toBe(1);
    expect(sync.state().version).not.toBeNull();
    // Jitter 0.5 puts the next sync exactly one interval (60 s) later.
    await clock.advanceAsync(59_999);
    expect(calls).toBe(1);
    await clock.advanceAsync(1);
    await settle();
    expect(calls).toBe(2);

    await platform.close();
    await clock.advanceAsync(60_000);
    await settle();
    // The client sends a GET twice when the connection fails under it: two requests per attempt.
    expect(calls).toBe(4);
    expect(sync.state().lastError).not.toBeNull();
    // First failure: 2 s * 2^1 = 4 s, not the full interval.
    await clock.advanceAsync(3_999);
    expect(calls).toBe(4);
    await clock.advanceAsync(1);
    await settle();
    expect(calls).toBe(6);

    platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port: Number(new URL(platform.url).port) });
    sync.platformBack();
    await clock.advanceAsync(0);
    await settle();
    expect(sync.state().lastError).toBeNull();
    sync.stop();
  });
});
