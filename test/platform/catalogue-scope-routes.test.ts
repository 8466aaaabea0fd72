// The catalogue routes for the caller's hall (issue 17), through HTTP as a terminal: the hall of a
// request is the one its terminal enrolled into (platform/http/register.ts); the default hall is given
// a scope here, and a terminal of a second hall gets its own. GET catalogue and GET forms answer its items only; a scope change is a
// version of its own (an item taken out arrives as a deletion, its form too); the ETag is per hall and
// follows the scope. The phone's guide still serves an item out of the scope. Runs on both storages
// (the vitest project platform-pg).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../domain/catalogue.ts';
import { serviceItems } from '../../platform/seed/index.ts';
import { seedForms } from '../../platform/seed/forms.ts';
import { guidePath } from '../../platform/mobile/guide-page.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { enrolledClient } from '../support/enrolled-client.ts';
import { platformDatabase } from '../support/platform-database.ts';

let clock: ManualClock;
let platform: RunningPlatform;

const form = seedForms[0]!;
const withForm = serviceItems.find((i) => i.id === form.itemId)!;
const [a, b] = serviceItems.filter((i) => i.id !== withForm.id) as [ServiceItem, ServiceItem];

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-12-07T10:00:00+08:00'));
  platform = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
  await platform.platform.catalogue.publish({
    upserts: [...[a, b, withForm].map((i) => ({ kind: 'item' as const, id: i.id, body: i })), { kind: 'form', id: form.id, body: form }],
  });
});
afterEach(() => platform.close());

const answer = <T>(r: { ok: boolean; value?: { notModified: boolean; value?: T; etag?: string | null } }) => {
  expect(r.ok && r.value && !r.value.notModified).toBe(true);
  return r.value as { value: T; etag: string | null };
};

describe('catalogue routes for the caller\'s hall', () => {
  it('serve the hall\'s items and their forms; a scope change reaches a terminal as a delta with its own version and ETag', async () => {
    const k = await enrolledClient(platform, clock, 'k1', 'kiosk');
    const first = answer(await k.call('catalogue.get'));
    expect(first.value.items.map((i) => i.id).sort()).toEqual([a.id, b.id, withForm.id].sort());
    expect(first.etag).toBe('"catalogue.get-default-v1"');
    const forms = answer(await k.call('forms.get'));
    expect(forms.value.forms.map((f) => f.id)).toEqual([form.id]);
    expect(await k.call('catalogue.get', { query: { since: 1 }, etag: first.etag })).toEqual({ ok: true, value: { notModified: true } });

    // The hall is given a scope without the form's item: taken out, with its form.
    expect(await platform.platform.catalogue.setScope('default', [a.id, b.id])).toMatchObject({ version: 2, removed: [withForm.id] });
    const delta = answer(await k.call('catalogue.get', { query: { since: 1 }, etag: first.etag }));
    expect(delta.value).toMatchObject({ version: 2, full: false, items: [], deleted: { items: [withForm.id], departments: [], themes: [] } });
    expect(delta.etag).toBe('"catalogue.get-default-v2"');
    const formsDelta = answer(await k.call('forms.get', { query: { since: 1 }, etag: forms.etag }));
    expect(formsDelta.value).toMatchObject({ version: 2, full: false, forms: [], deleted: [form.id] });
    const whole = answer(await k.call('catalogue.get'));
    expect(whole.value.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());

    // Put back: the unchanged item arrives as an item, its form with it.
    await platform.platform.catalogue.setScope('default', [a.id, b.id, withForm.id]);
    const back = answer(await k.call('catalogue.get', { query: { since: 2 }, etag: delta.etag }));
    expect(back.value.items.map((i) => i.id)).toEqual([withForm.id]);
    expect(answer(await k.call('forms.get', { query: { since: 2 }, etag: formsDelta.etag })).value.forms.map((f) => f.id)).toEqual([form.id]);

    // Another hall's scope is no change for this one: 304.
    await platform.platform.halls.create({ id: 'street-1', name: '街道便民服务中心' });
    await platform.platform.catalogue.setScope('street-1', [a.id]);
    const etag = answer(await k.call('catalogue.get', { query: { since: 3 } })).etag;
    expect(etag).toBe('"catalogue.get-default-v3"');
    expect(await k.call('catalogue.get', { query: { since: 4 }, etag })).toEqual({ ok: true, value: { notModified: true } });
  });

  it('a terminal enrolled into another hall gets that hall\'s scope, the default hall\'s terminal its own', async () => {
    await platform.platform.halls.create({ id: 'street-1', name: '街道便民服务中心' });
    await platform.platform.catalogue.setScope('street-1', [a.id]);
    const street = await enrolledClient(platform, clock, 'k2', 'kiosk', 'street-1');
    const home = await enrolledClient(platform, clock, 'k1', 'kiosk');
    const streetAnswer = answer(await street.call('catalogue.get'));
    expect(streetAnswer.value.items.map((i) => i.id)).toEqual([a.id]);
    expect(streetAnswer.etag).toBe('"catalogue.get-street-1-v2"');
    expect(answer(await street.call('forms.get')).value.forms).toEqual([]);
    expect(answer(await home.call('catalogue.get')).value.items.map((i) => i.id).sort()).toEqual([a.id, b.id, withForm.id].sort());
    // The other hall's ETag is no answer here.
    expect(answer(await home.call('catalogue.get', { etag: streetAnswer.etag })).etag).toBe('"catalogue.get-default-v1"');
  });

  it('the phone\'s guide serves an item outside the hall\'s scope (a public guide of the city)', async () => {
    await platform.platform.catalogue.setScope('default', [a.id]);
    const res = await fetch(new URL(guidePath(b.id), platform.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(b.name);
  });
});
