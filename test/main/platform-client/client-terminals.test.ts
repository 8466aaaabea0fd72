// The PlatformClient (main/platform-client/client.ts) against the reference platform: enrolment and
// credentials, the catalogue's versions and ETag, and what it says of bad answers and no answers
// (offline, timed out, an answer that does not match the API).
import { describe, expect, it } from 'vitest';
import { isTransient } from '../../../main/platform-client/client.ts';
import { startPlatform } from '../../../platform/server.ts';
import { CASE, QUERY, platformClientRig } from '../../support/platform-client-rig.ts';

const rig = platformClientRig();

describe('enrolment and credentials', () => {
  it('refuses calls before enrolment, without sending them', async () => {
    expect(await rig.client.call('cases.query', { body: QUERY })).toMatchObject({ ok: false, error: { code: 'platform.unauthorized' } });
  });

  it('trades a one-time code for a credential that then works', async () => {
    const code = await rig.enrol();
    const r = await rig.client.call('cases.query', { body: QUERY });
    expect(r.ok && !r.value.notModified && r.value.value.itemName).toBe(CASE.itemName);
    expect(r.ok && !r.value.notModified && r.value.value.applicantMasked).not.toContain(CASE.applicant.name.slice(1));
    const again = await rig.client.call('terminals.enrol', { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'platform.unauthorized', details: { platformCode: 'enrolment.invalidCode' } } });
  });

  it('refuses a code issued for another terminal, and a wrong credential', async () => {
    const code = await rig.running.platform.auth.issueEnrolmentCode('k2', 'kiosk');
    expect(await rig.client.call('terminals.enrol', { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } })).toMatchObject({ ok: false });
    await rig.enrol('k1');
    rig.useCredentials({ terminalId: 'k1', credential: 'x'.repeat(43) });
    expect(await rig.client.call('cases.query', { body: QUERY })).toMatchObject({ ok: false, error: { code: 'platform.unauthorized' } });
  });
});

describe('catalogue versions', () => {
  const extra = { kind: 'theme' as const, id: 'test-theme', body: { code: 'test-theme', name: '测试主题', audience: 'person', description: '测试', itemIds: ['x'], sortOrder: 99 } };

  it('answers the whole catalogue, then changes since a version, then 304 for an unchanged ETag', async () => {
    await rig.enrol();
    const v1 = await rig.running.platform.catalogue.publish({ upserts: [extra] });
    const full = await rig.client.call('catalogue.get', {});
    if (!full.ok || full.value.notModified) throw new Error('no catalogue');
    expect(full.value.value).toMatchObject({ version: v1, full: true });
    expect(full.value.value.items.length).toBeGreaterThanOrEqual(150);
    expect(full.value.value.themes.map((t) => t.code)).toContain('test-theme');
    const same = await rig.client.call('catalogue.get', { query: { since: v1 }, etag: null });
    if (!same.ok || same.value.notModified) throw new Error('no answer');
    const unchanged = await rig.client.call('catalogue.get', { query: { since: v1 }, etag: same.value.etag });
    expect(unchanged).toEqual({ ok: true, value: { notModified: true } });
    const v2 = await rig.running.platform.catalogue.publish({ deletions: [{ kind: 'theme', id: 'test-theme' }] });
    const delta = await rig.client.call('catalogue.get', { query: { since: v1 }, etag: same.value.etag });
    expect(delta.ok && !delta.value.notModified && delta.value.value).toMatchObject({ version: v2, full: false, items: [], themes: [], deleted: { themes: ['test-theme'] } });
  });
});

describe('bad answers and no answers', () => {
  it('says the platform is offline when nothing answers', async () => {
    await rig.enrol();
    await rig.running.close();
    const r = await rig.client.call('cases.query', { body: QUERY });
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    rig.running = await startPlatform({ clock: rig.clock, version: 'test' });
  });

  it('says a request timed out, apart from offline: it may have reached the platform', async () => {
    const silent = rig.clientOver((_url, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))));
    const pending = silent.call('cases.query', { body: QUERY });
    rig.clock.advance(1000);
    const r = await pending;
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.timeout' } });
    expect(!r.ok && isTransient(r.error)).toBe(true);
  });

  it('refuses an answer that does not match the API, before anyone uses it', async () => {
    const lying = rig.clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify({ version: -1, full: true }) }));
    const r = await lying.call('catalogue.get', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
  });
});
