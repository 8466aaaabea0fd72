// The phone pages over the platform's HTTP layer (in-process inject): the ticket's live page in each
// state, the estimated wait and how it is explained, the rating (once, refused twice, same rules as
// evaluations.create), the guide with the catalogue's data, plain 404s, no personal data anywhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testIdentities } from '../../../devices/idcard/test-identities.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import { isTicketToken, mobileLinkTemplates } from '../../../domain/mobile-links.ts';
import type { Platform } from '../../../platform/app.ts';
import { MOBILE_SENDER } from '../../../platform/mobile/mobile-rating.ts';
import type { Ticket } from '../../../platform/queue/index.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { closeTestPlatforms, createTestPlatform } from '../../support/platform-database.ts';

let clock: ManualClock;
let p: Platform;

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  p = await createTestPlatform({ clock, version: 't', idSecret: 'a-test-secret-of-some-length' }, { seedDay: '2026-11-24' });
});
afterEach(closeTestPlatforms);

async function issue(categoryId = 'general', idNumber?: string): Promise<Ticket> {
  const r = await p.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'k1', ...(idNumber ? { idNumber } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function windowOf(categoryId: string): Promise<string> {
  return (await p.queue.configuration()).windows.find((w) => w.categoryIds[0] === categoryId && w.staffId !== null)!.id;
}

async function get(url: string) {
  return p.app.inject({ method: 'GET', url });
}

async function rate(ticketId: string, form: Record<string, string | string[]>, lang = '') {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return p.app.inject({ method: 'POST', url: `/m/ticket/${ticketId}/rating${lang}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
}

/** Serves `ticket` at its window: call (the window calls next until it is this one) and finish. */
async function serve(ticket: Ticket, minutes: number): Promise<void> {
  const w = await windowOf(ticket.categoryId);
  for (;;) {
    const called = await p.queue.callNext(w);
    if (!called.ok) throw new Error(called.error.message);
    clock.advance(minutes * 60_000);
    const done = await p.queue.finish({ windowId: w });
    if (!done.ok) throw new Error(done.error.message);
    if (called.value.id === ticket.id) return;
  }
}

describe('the ticket page', () => {
  it('uses the ticket id as its token: a random UUID, 122 bits, never a number', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await issue()).id);
    for (const id of ids) expect(isTicketToken(id), id).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect(isTicketToken('A001')).toBe(false);
    expect(isTicketToken('00000000-0000-0000-0000-000000000001')).toBe(false);
    expect(mobileLinkTemplates('http://10.1.2.3:5790/')).toEqual({
      slipQrUrl: 'http://10.1.2.3:5790/m/ticket/{ticketId}',
      guideUrl: 'http://10.1.2.3:5790/m/guide/{itemId}',
    });
  });

  it('shows the number, the business, the people ahead and the wait, with a strict CSP', async () => {
    await issue();
    await issue();
    const t = await issue();
    const r = await get(`/m/ticket/${t.id}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.body).not.toMatch(/<script>|style="|onclick=/);
    expect(r.body).toContain(`data-testid="ticket-number">${t.number}<`);
    expect(r.body).toContain('综合受理');
    expect(r.body).toContain('您前面还有 2 人在等待');
    // No one served yet today: the configured 8 minutes each, over the windows on duty.
    expect(r.body).toMatch(/data-kind="configured" data-minutes="\d+"/);
    expect(r.body).toContain('今天本业务还没有办结记录');
  });

  it('estimates from today\'s recent services once there are some, and says so', async () => {
    const first = await issue();
    await serve(first, 30);
    await issue();
    const t = await issue();
    const windows = (await p.queue.configuration()).windows.filter((w) => w.staffId !== null && w.categoryIds.includes('general')).length;
    const r = await get(`/m/ticket/${t.id}`);
    expect(r.body).toContain(`data-kind="recent" data-minutes="${Math.ceil((1 * 30) / windows)}"`);
    expect(r.body).toContain('最近 1 位的平均办理时间（每位约 30 分钟）');
  });

  it('says plainly when no estimate can be made (no window on duty)', async () => {
    const config = await p.queue.configuration();
    const closed = config.windows.map((w) => (w.categoryIds.includes('general') ? { ...w, staffId: null } : w));
    expect((await p.queue.configure({ ...config, windows: closed })).ok).toBe(true);
    const r = await get(`/m/ticket/${(await issue()).id}`);
    expect(r.body).toContain('data-kind="none"');
    expect(r.body).toContain('暂时无法估算等候时间');
  });

  it('says "请到 N 号窗口" when called, in English too, and follows each state', async () => {
    const t = await issue();
    const w = await windowOf('general');
    await p.queue.callNext(w);
    const number = String(Number((await p.queue.configuration()).windows.find((x) => x.id === w)!.number));
    expect((await get(`/m/ticket/${t.id}`)).body).toContain(`请到 ${number} 号窗口`);
    expect((await get(`/m/ticket/${t.id}?lang=en`)).body).toContain(`Please go to window ${number}`);
    await p.queue.skip({ windowId: w });
    expect((await get(`/m/ticket/${t.id}`)).body).toContain('data-state="skipped"');
    clock.advance(24 * 3600_000);
    expect((await get(`/m/ticket/${t.id}`)).body).toContain('data-state="expired"');
  });

  it('an unknown or malformed token is a plain 404 page saying what to do, in the asked language', async () => {
    for (const token of ['A001', '1', '00000000-0000-4000-8000-000000000000', 'x'.repeat(90), '%3Cscript%3E']) {
      const r = await get(`/m/ticket/${token}`);
      expect(r.statusCode, token).toBe(404);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.body).toContain('找不到这张号票');
      expect(r.body).toContain('重新取号');
    }
    expect((await get('/m/ticket/A001?lang=en')).body).toContain('This ticket cannot be found');
  });

  it('shows no personal data: no name, ID number or ID tail of the holder on any page', async () => {
    const people = Object.values(testIdentities).filter((i) => i.cardType === 'resident').slice(0, 3);
    const tickets = [];
    for (const person of people) tickets.push(await issue('general', person.idNumber));
    const w = await windowOf('general');
    await p.queue.callNext(w);
    await p.queue.finish({ windowId: w });
    for (const t of tickets) {
      expect(t.idTail6).not.toBeNull();
      for (const lang of ['', '?lang=en']) {
        const body = (await get(`/m/ticket/${t.id}${lang}`)).body;
        for (const person of people) {
          expect(body).not.toContain(person.name);
          expect(body).not.toContain(person.idNumber);
          expect(body).not.toContain(person.idNumber.slice(-6));
          expect(body).not.toContain(person.idNumber.slice(0, 6) + person.idNumber.slice(6, 14));
        }
      }
    }
  });
});

describe('rating on the phone', () => {
  it('offers the form once finished, records it with channel mobile and the window and staff of the service, and refuses a second', async () => {
    const t = await issue();
    expect((await get(`/m/ticket/${t.id}`)).body).not.toContain('data-testid="rate"');
    expect((await rate(t.id, { level: 'satisfied' })).statusCode).toBe(409);
    await serve(t, 5);
    const finished = await p.queue.getTicket(t.id);
    if (!finished.ok) throw new Error('ticket');
    expect((await get(`/m/ticket/${t.id}`)).body).toContain('data-testid="rate"');

    const r = await rate(t.id, { level: 'veryDissatisfied', reason: ['waiting', 'slow'], comment: '排了很久' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/m/ticket/${t.id}?rated=1`);
    const saved = await p.records.evaluations();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.terminalId).toBe(MOBILE_SENDER);
    expect(saved[0]!.evaluation).toMatchObject({
      ticketId: t.id,
      stage: 'finish',
      level: 'veryDissatisfied',
      reasons: ['等候时间太长', '办理效率低'],
      comment: '排了很久',
      channel: 'mobile',
      windowId: finished.value.windowId,
      staffId: finished.value.staffId,
      ratedAt: '20261124T100500',
      areaCode: '339102',
    });
    expect((await get(r.headers.location as string)).body).toContain('data-testid="rate-thanks"');

    const again = await rate(t.id, { level: 'verySatisfied' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('本次服务已经评价过了');
    expect(await p.records.evaluations()).toHaveLength(1);
    expect((await get(`/m/ticket/${t.id}`)).body).toContain('data-testid="rate-done"');
  });

  it('is refused twice across channels: a ticket the rating pad rated cannot be rated on the phone', async () => {
    const t = await issue();
    await serve(t, 5);
    const done = await p.queue.getTicket(t.id);
    if (!done.ok) throw new Error('ticket');
    await p.records.addEvaluation(
      { ticketId: t.id, stage: 'finish', level: 'satisfied', reasons: [], windowId: done.value.windowId!, staffId: done.value.staffId!, channel: 'hallPad', ratedAt: '20261124T100600', areaCode: '339102' },
      'k1',
    );
    const r = await rate(t.id, { level: 'verySatisfied' }, '?lang=en');
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('This service was already rated');
  });

  it('names what is wrong with a bad form and stores nothing', async () => {
    const t = await issue();
    await serve(t, 5);
    const cases: [Record<string, string | string[]>, string][] = [
      [{}, '请先选择一个评价等级'],
      [{ level: 'excellent' }, '请先选择一个评价等级'],
      [{ level: 'dissatisfied' }, '请选择至少一个原因或写明原因'],
      [{ level: 'dissatisfied', comment: '   ' }, '请选择至少一个原因或写明原因'],
      [{ level: 'satisfied', reason: '<script>' }, 'unknown reason &quot;&lt;script&gt;&quot;'],
      [{ level: 'satisfied', comment: 'x'.repeat(501) }, 'comment'],
    ];
    for (const [form, words] of cases) {
      const r = await rate(t.id, form);
      expect(r.statusCode, JSON.stringify(form)).toBe(400);
      expect(r.body).toContain(words);
    }
    expect(await p.records.evaluations()).toHaveLength(0);
    // A refused form comes back as it was filled in.
    const kept = (await rate(t.id, { level: 'veryDissatisfied', reason: 'bogus', comment: '<b>慢</b>' })).body;
    expect(kept).toMatch(/value="veryDissatisfied"[^>]* checked>/);
    expect(kept).not.toMatch(/value="satisfied"[^>]* checked>/);
    expect(kept).toContain('>&lt;b&gt;慢&lt;/b&gt;</textarea>');
    // A bad rating with only a written reason is fine.
    expect((await rate(t.id, { level: 'dissatisfied', comment: '窗口太少' })).statusCode).toBe(303);
  });

  it('keeps the API JSON-only: a urlencoded body on an API route is still refused', async () => {
    const r = await p.app.inject({ method: 'POST', url: '/api/v1/terminals/enrol', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'code=x' });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.json()).toMatchObject({ error: { code: 'invalidRequest' } });
  });
});

describe('the guide page', () => {
  it("shows the item's own guide: materials, conditions, where and when, fees, time limits", async () => {
    const items = (await p.catalogue.changes(['item'], undefined)).upserts.get('item') as ServiceItem[];
    const item = items.find((i) => i.materials.length > 2 && i.fees.length > 0) ?? items.find((i) => i.materials.length > 2)!;
    const r = await get(`/m/guide/${encodeURIComponent(item.id)}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(r.body).toContain(esc(item.name));
    expect(r.body).toContain(esc(item.acceptCondition));
    expect(r.body).toContain(esc(item.address));
    expect(r.body).toContain(esc(item.hours));
    expect(r.body.match(/data-testid="guide-material"/g)).toHaveLength(item.materials.length);
    for (const m of item.materials) expect(r.body).toContain(esc(m.name));
    for (const f of item.fees) expect(r.body).toContain(esc(f.name));
    if (item.fees.length === 0) expect(r.body).toContain('不收费');
    expect(r.body).toContain('data-testid="guide-legal-limit"');
    expect((await get(`/m/guide/${encodeURIComponent(item.id)}?lang=en`)).body).toContain('Documents to bring');
  });

  it('an unknown item is a 404 page saying where to look instead', async () => {
    const r = await get('/m/guide/no-such-item');
    expect(r.statusCode).toBe(404);
    expect(r.body).toContain('找不到这个办事指南');
  });
});
