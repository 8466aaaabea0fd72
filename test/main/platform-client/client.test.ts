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

describe('complaints.create (咨询投诉建议)', () => {
  const complaint = (over: Record<string, unknown> = {}) => ({
    kind: 'complaint' as const,
    text: '窗口服务态度差',
    reference: 'K1-20261124-001',
    submittedAt: '2026-11-24T02:00:00.000Z',
    ...over,
  });

  it('answers what happens next by the hall’s rules: a reply within N working days only when a phone was left; praise gets none', async () => {
    await enrol();
    const call = (body: ReturnType<typeof complaint>, key: string) => client.call('complaints.create', { body, idempotencyKey: key });
    const withPhone = await call(complaint({ phone: '13812345678', name: '王方' }), 'key-0001');
    expect(withPhone.ok && !withPhone.value.notModified && withPhone.value.value).toMatchObject({ reference: 'K1-20261124-001', followUp: { replyWithinWorkingDays: 5 } });
    const suggestion = await call(complaint({ kind: 'suggestion', phone: '13812345678', reference: 'K1-20261124-002' }), 'key-0002');
    expect(suggestion.ok && !suggestion.value.notModified && suggestion.value.value).toMatchObject({ followUp: { replyWithinWorkingDays: 15 } });
    const noPhone = await call(complaint({ kind: 'consultation', reference: 'K1-20261124-003' }), 'key-0003');
    expect(noPhone.ok && !noPhone.value.notModified && noPhone.value.value).toMatchObject({ followUp: { replyWithinWorkingDays: null } });
    const praise = await call(complaint({ kind: 'praise', phone: '13812345678', reference: 'K1-20261124-004' }), 'key-0004');
    expect(praise.ok && !praise.value.notModified && praise.value.value).toMatchObject({ followUp: { replyWithinWorkingDays: null } });
    // The same key again is the same answer, and the platform keeps it once, found by its reference.
    const again = await call(complaint({ phone: '13812345678', name: '王方' }), 'key-0001');
    expect(again.ok && !again.value.notModified && again.value.value).toMatchObject({ id: withPhone.ok && !withPhone.value.notModified ? withPhone.value.value.id : '' });
    const kept = running.platform.records.complaintsByReference('K1-20261124-001');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ terminalId: 'k1', complaint: { name: '王方', phone: '13812345678' } });
  });

  it('is refused for good (not retried) when it does not match the API', async () => {
    await enrol();
    for (const body of [complaint({ text: '太慢' }), complaint({ reference: 'no-date' }), complaint({ kind: 'rant' }), complaint({ phone: '12345' })]) {
      const r = await client.call('complaints.create', { body: body as never, idempotencyKey: `bad-key-${JSON.stringify(body).length}-${String(body.kind)}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'platform.rejected' } });
    }
    expect(running.platform.records.complaintCount()).toBe(0);
  });

  it('refuses a receipt that does not match the API (bad JSON, wrong shapes), naming it, whatever the answer', async () => {
    const good = { id: 'c1', receivedAt: '2026-11-24T02:00:00.000Z', reference: 'K1-20261124-001', followUp: { replyWithinWorkingDays: 5 } };
    const answers: string[] = [
      'not json',
      '',
      'null',
      '[]',
      JSON.stringify({ id: 'c1', receivedAt: '2026-11-24T02:00:00.000Z' }),
      JSON.stringify({ ...good, followUp: null }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: -1 } }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: '5' } }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: 5.5 } }),
      JSON.stringify({ ...good, followUp: { replyWithinWorkingDays: 5, extra: true } }),
      JSON.stringify({ ...good, reference: 7 }),
      JSON.stringify({ ...good, receivedAt: 'yesterday' }),
    ];
    // And random cuts of the good answer: none of them may pass for one.
    const whole = JSON.stringify(good);
    for (let n = 1; n < whole.length; n += 7) answers.push(whole.slice(0, n));
    for (const text of answers) {
      const lying = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => text }));
      const r = await lying.call('complaints.create', { body: complaint(), idempotencyKey: 'key-fuzz' });
      expect(r, text).toMatchObject({ ok: false, error: { code: 'platform.badResponse' } });
      expect(!r.ok && r.error.message.length > 0).toBe(true);
    }
    const honest = clientOver(async () => ({ status: 201, headers: { get: () => null }, text: async () => whole }));
    expect(await honest.call('complaints.create', { body: complaint(), idempotencyKey: 'key-fuzz' })).toMatchObject({ ok: true, value: { value: good } });
  });
});
