// The terminal's platform client against the real reference platform over HTTP on loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationInput } from '../../../domain/evaluation.ts';
import { isTransient, PlatformClient, type Credentials, type HttpFetch } from '../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { seedReferencePlatform } from '../../../platform/seeding.ts';
import { sampleCases } from '../../../platform/seed/index.ts';
import { ManualClock } from '../../support/manual-clock.ts';

let running: RunningPlatform;
let clock: ManualClock;
let creds: Credentials | null;
let client: PlatformClient;

const BUSINESS_DATE = '2026-11-24';
const CASE = sampleCases(BUSINESS_DATE)[0]!;
const QUERY = { caseNumber: CASE.caseNumber, queryCode: CASE.queryCode };

function evaluation(over: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    caseNumber: CASE.caseNumber,
    stage: 'finish',
    level: 'satisfied',
    windowId: 'w-05',
    staffId: 'GA0001',
    channel: 'hallPad',
    ratedAt: '20261124T101500',
    areaCode: '110105',
    ...over,
  };
}

beforeEach(async () => {
  clock = new ManualClock();
  running = await startPlatform({ clock, version: 'test' });
  seedReferencePlatform(running.platform, BUSINESS_DATE);
  creds = null;
  client = new PlatformClient({ baseUrl: running.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 5000, credentials: () => creds });
});
afterEach(async () => {
  await running.close();
});

async function enrol(terminalId = 'k1') {
  const code = running.platform.auth.issueEnrolmentCode(terminalId, 'kiosk');
  const r = await client.call('terminals.enrol', { body: { code, terminalId, role: 'kiosk', version: '1' } });
  if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
  creds = { terminalId, credential: r.value.value.credential };
  return code;
}

describe('enrolment and credentials', () => {
  it('refuses calls before enrolment, without sending them', async () => {
    expect(await client.call('cases.query', { body: QUERY })).toMatchObject({ ok: false, error: { code: 'platform.unauthorized' } });
  });

  it('trades a one-time code for a credential that then works', async () => {
    const code = await enrol();
    const r = await client.call('cases.query', { body: QUERY });
    expect(r.ok && !r.value.notModified && r.value.value.itemName).toBe(CASE.itemName);
    expect(r.ok && !r.value.notModified && r.value.value.applicantMasked).not.toContain(CASE.applicant.name.slice(1));
    const again = await client.call('terminals.enrol', { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'platform.unauthorized', details: { platformCode: 'enrolment.invalidCode' } } });
  });

  it('refuses a code issued for another terminal, and a wrong credential', async () => {
    const code = running.platform.auth.issueEnrolmentCode('k2', 'kiosk');
    expect(await client.call('terminals.enrol', { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } })).toMatchObject({ ok: false });
    await enrol('k1');
    creds = { terminalId: 'k1', credential: 'x'.repeat(43) };
    expect(await client.call('cases.query', { body: QUERY })).toMatchObject({ ok: false, error: { code: 'platform.unauthorized' } });
  });
});

describe('cases', () => {
  it('answers a wrong query code exactly like an unknown case', async () => {
    await enrol();
    const wrong = await client.call('cases.query', { body: { ...QUERY, queryCode: QUERY.queryCode === '000000' ? '111111' : '000000' } });
    const unknown = await client.call('cases.query', { body: { ...QUERY, caseNumber: `${QUERY.caseNumber.slice(0, -4)}9999` } });
    for (const r of [wrong, unknown]) expect(r).toMatchObject({ ok: false, error: { details: { status: 404, platformCode: 'case.notFound' } } });
    expect(!wrong.ok && !unknown.ok && wrong.error.message).toBe(!unknown.ok && unknown.error.message);
  });

  it('finds the cases of the person whose ID card was read', async () => {
    await enrol();
    const r = await client.call('cases.lookup', { body: { idNumber: CASE.applicant.idNumber } });
    expect(r.ok && !r.value.notModified && r.value.value.cases.map((c) => c.caseNumber)).toContain(CASE.caseNumber);
  });
});

describe('idempotency', () => {
  it('a replayed key returns the first answer and creates nothing new', async () => {
    await enrol();
    const first = await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000001' });
    const replay = await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000001' });
    expect(first.ok && replay.ok).toBe(true);
    if (!first.ok || !replay.ok || first.value.notModified || replay.value.notModified) return;
    expect(replay.value.value).toEqual(first.value.value);
    expect(replay.value.replayed).toBe(true);
    expect(running.platform.records.evaluationCount()).toBe(1);
  });

  it('a key reused for a different request is refused', async () => {
    await enrol();
    await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000002' });
    const other = await client.call('evaluations.create', { body: evaluation({ level: 'verySatisfied' }), idempotencyKey: 'key-000000002' });
    expect(other).toMatchObject({ ok: false, error: { code: 'platform.rejected', details: { platformCode: 'idempotencyKeyReused' } } });
  });

  it('refuses a second rating of the same case and stage under a new key', async () => {
    await enrol();
    await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000003' });
    const dup = await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000004' });
    expect(dup).toMatchObject({ ok: false, error: { details: { platformCode: 'evaluation.duplicate' } } });
    const otherStage = await client.call('evaluations.create', { body: evaluation({ stage: 'accept' }), idempotencyKey: 'key-000000005' });
    expect(otherStage.ok).toBe(true);
  });

  it('demands a reason for a bad rating, naming the field', async () => {
    await enrol();
    const r = await client.call('evaluations.create', { body: evaluation({ level: 'dissatisfied' }), idempotencyKey: 'key-000000006' });
    expect(r).toMatchObject({ ok: false, error: { details: { platformCode: 'invalidRequest', details: { issues: [{ path: 'reasons' }] } } } });
    const withReason = await client.call('evaluations.create', { body: evaluation({ level: 'dissatisfied', reasons: ['等候时间长'] }), idempotencyKey: 'key-000000007' });
    expect(withReason.ok).toBe(true);
  });
});

describe('catalogue versions', () => {
  const extra = { kind: 'theme' as const, id: 'test-theme', body: { code: 'test-theme', name: '测试主题', audience: 'person', description: '测试', itemIds: ['x'], sortOrder: 99 } };

  it('answers the whole catalogue, then changes since a version, then 304 for an unchanged ETag', async () => {
    await enrol();
    const v1 = running.platform.catalogue.publish({ upserts: [extra] });
    const full = await client.call('catalogue.get', {});
    if (!full.ok || full.value.notModified) throw new Error('no catalogue');
    expect(full.value.value).toMatchObject({ version: v1, full: true });
    expect(full.value.value.items.length).toBeGreaterThanOrEqual(150);
    expect(full.value.value.themes.map((t) => t.code)).toContain('test-theme');
    const same = await client.call('catalogue.get', { query: { since: v1 }, etag: null });
    if (!same.ok || same.value.notModified) throw new Error('no answer');
    const unchanged = await client.call('catalogue.get', { query: { since: v1 }, etag: same.value.etag });
    expect(unchanged).toEqual({ ok: true, value: { notModified: true } });
    const v2 = running.platform.catalogue.publish({ deletions: [{ kind: 'theme', id: 'test-theme' }] });
    const delta = await client.call('catalogue.get', { query: { since: v1 }, etag: same.value.etag });
    expect(delta.ok && !delta.value.notModified && delta.value.value).toMatchObject({ version: v2, full: false, items: [], themes: [], deleted: { themes: ['test-theme'] } });
  });
});

/** A client of a pretend platform whose every answer comes from `fetch`. */
function clientOver(fetch: HttpFetch): PlatformClient {
  return new PlatformClient({ baseUrl: 'http://platform.test/', clock, timeoutMs: 1000, credentials: () => ({ terminalId: 'k1', credential: 'c'.repeat(43) }), fetch });
}

describe('bad answers and no answers', () => {
  it('says the platform is offline when nothing answers', async () => {
    await enrol();
    await running.close();
    const r = await client.call('cases.query', { body: QUERY });
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    running = await startPlatform({ clock, version: 'test' });
  });

  it('says a request timed out, apart from offline: it may have reached the platform', async () => {
    const silent = clientOver((_url, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))));
    const pending = silent.call('cases.query', { body: QUERY });
    clock.advance(1000);
    const r = await pending;
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.timeout' } });
    expect(!r.ok && isTransient(r.error)).toBe(true);
  });

  it('refuses an answer that does not match the API, before anyone uses it', async () => {
    const lying = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify({ version: -1, full: true }) }));
    const r = await lying.call('catalogue.get', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
  });
});

describe('好差评 status before rating', () => {
  it('says which stages of a case are rated, with the hall’s follow-up days; an unknown number has none', async () => {
    await enrol();
    await client.call('evaluations.create', { body: evaluation(), idempotencyKey: 'key-000000010' });
    const r = await client.call('evaluations.status', { body: { caseNumbers: [CASE.caseNumber, 'NOSUCHCASE0001'] } });
    expect(r.ok && !r.value.notModified && r.value.value).toEqual({
      followUpWorkingDays: 5,
      cases: [
        { caseNumber: CASE.caseNumber, rated: ['finish'] },
        { caseNumber: 'NOSUCHCASE0001', rated: [] },
      ],
    });
  });

  it('refuses an empty or oversized question before sending it', async () => {
    await enrol();
    for (const caseNumbers of [[], Array.from({ length: 51 }, (_, i) => `C${i}`)]) {
      const r = await client.call('evaluations.status', { body: { caseNumbers } });
      expect(r).toMatchObject({ ok: false });
    }
  });

  it('fuzz: an answer that is not JSON or not the status shape is a clear badResponse, never half-used', async () => {
    const good = { followUpWorkingDays: 5, cases: [{ caseNumber: 'C1', rated: ['accept'] }] };
    const bad: unknown[] = [
      'not json',
      '{"followUpWorkingDays":5,',
      null,
      [],
      {},
      { ...good, followUpWorkingDays: 0 },
      { ...good, followUpWorkingDays: 5.5 },
      { ...good, followUpWorkingDays: '5' },
      { ...good, cases: null },
      { ...good, cases: [{ caseNumber: 'C1', rated: ['done'] }] },
      { ...good, cases: [{ caseNumber: '', rated: [] }] },
      { ...good, cases: [{ caseNumber: 'C1' }] },
      { followUpWorkingDays: 5 },
    ];
    // A seeded walk that deletes, retypes or replaces fields of the good answer (deterministic).
    let seed = 13;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // Every junk value is wrong for every field of the answer, so every edit makes it invalid.
    const junk = [null, -1, '', [], {}, true, 1e9];
    for (let i = 0; i < 60; i++) {
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & { cases: Record<string, unknown>[] };
      const target = next() < 0.5 ? (copy as Record<string, unknown>) : copy.cases[0]!;
      const keys = Object.keys(target);
      const key = keys[Math.floor(next() * keys.length)]!;
      if (next() < 0.3) delete target[key];
      else target[key] = junk[Math.floor(next() * junk.length)];
      bad.push(copy);
    }
    let checked = 0;
    for (const body of bad) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const lying = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => text }));
      const r = await lying.call('evaluations.status', { body: { caseNumbers: ['C1'] } });
      expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(!r.ok && r.error.message).toContain('evaluations.status');
      checked++;
    }
    expect(checked).toBe(bad.length);
    const honest = clientOver(async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(good) }));
    expect(await honest.call('evaluations.status', { body: { caseNumbers: ['C1'] } })).toMatchObject({ ok: true, value: { value: good } });
  });
});

describe('a kiosk rating of a case', () => {
  it('needs no window or staff: the platform books it to who accepted the case, and keeps the follow-up phone', async () => {
    await enrol();
    const kiosk = evaluation({ channel: 'hallTablet', level: 'veryDissatisfied', reasons: ['slow'], followUpPhone: '13905891234' });
    delete kiosk.windowId;
    delete kiosk.staffId;
    const r = await client.call('evaluations.create', { body: kiosk, idempotencyKey: 'key-000000020' });
    expect(r.ok).toBe(true);
    const [kept] = running.platform.records.evaluations();
    expect(kept!.evaluation.windowId).toMatch(/^w\d+$/);
    expect(kept!.evaluation.staffId).toMatch(/^LX\d{4}$/);
    expect(running.platform.records.followUpsDue()).toMatchObject([{ target: `case:${CASE.caseNumber}`, phone: '13905891234', level: 'veryDissatisfied' }]);
  });

  it('a rating pad must still say its window and staff', async () => {
    await enrol();
    const pad = evaluation();
    delete pad.staffId;
    const r = await client.call('evaluations.create', { body: pad, idempotencyKey: 'key-000000021' });
    expect(r).toMatchObject({ ok: false, error: { details: { platformCode: 'invalidRequest' } } });
  });
});
