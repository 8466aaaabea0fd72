import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../config/schema/index.ts';
import type { ServiceItem } from '../../../../domain/catalogue.ts';
import { kioskError } from '../../../../domain/errors.ts';
import { err, ok, type Result } from '../../../../domain/result.ts';
import type { PrintDocument, PrintReceipt } from '../../../../devices/document-printer/index.ts';
import type { GuideSlipOptions, JobRecord } from '../../../../devices/printer/index.ts';
import { GuideDesk, guideLinkCaption, type GuideDocumentPrinter, type GuideSlipPrinter } from '../../../../main/core/catalogue/guide-desk.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { ManualClock } from '../../../support/manual-clock.ts';
import { item as fixtureItem } from '../../store/catalogue-fixtures.ts';

const item: ServiceItem = fixtureItem({ seq: 7, name: '居民身份证换领', materials: ['申请人居民身份证', '户口簿'] });

function setup(opts: { a4?: Result<PrintReceipt> | null; slip?: Result<JobRecord> | null; guideUrl?: string } = {}) {
  const config = configSchema.parse({
    terminal: { id: 'k1', role: 'kiosk', hallName: '澄州市澜溪区政务服务中心' },
    ...(opts.guideUrl === undefined ? {} : { catalogue: { guideUrl: opts.guideUrl } }),
  });
  const docs: PrintDocument[] = [];
  const slips: { item: ServiceItem; options: Omit<GuideSlipOptions, 'qrEncoder'> }[] = [];
  const a4: GuideDocumentPrinter = {
    print: async (doc) => {
      docs.push(doc);
      return opts.a4 ?? ok({ jobId: 'HallA4-1' });
    },
  };
  const slip: GuideSlipPrinter = {
    printGuideSlip: async (i, o) => {
      slips.push({ item: i, options: o });
      return opts.slip ?? ok({ id: 'job-1' } as JobRecord);
    },
  };
  const clock = new ManualClock(Date.UTC(2026, 11, 6, 2, 0));
  const log = new EventLog(clock);
  const desk = new GuideDesk({
    item: (id) => (id === item.id ? item : null),
    documentPrinter: () => (opts.a4 === null ? null : a4),
    slipPrinter: () => (opts.slip === null ? null : slip),
    config,
    clock,
    log: log.for('catalogue'),
  });
  return { desk, docs, slips, log };
}

describe('GuideDesk.takeAway', () => {
  it('offers the A4 printer first, then the slip, with the guide link filled in', () => {
    const { desk } = setup({ guideUrl: 'https://g.example.gov.cn/{catalogCode}/{itemId}' });
    expect(desk.takeAway(item.id)).toEqual(ok({ guideUrl: `https://g.example.gov.cn/${item.catalogCode}/${item.id}`, print: ['a4', 'slip'] }));
  });

  it('offers only what the terminal has: the slip without an A4 printer, nothing without printers', () => {
    expect(setup({ a4: null }).desk.takeAway(item.id)).toEqual(ok({ guideUrl: null, print: ['slip'] }));
    expect(setup({ a4: null, slip: null }).desk.takeAway(item.id)).toEqual(ok({ guideUrl: null, print: [] }));
  });

  it('refuses an item not in the cache', () => {
    const r = setup().desk.takeAway('nope');
    expect(r.ok ? null : r.error.code).toBe('catalogue.notFound');
  });
});

describe('GuideDesk.print', () => {
  it('prints the whole guide on A4 with the phone link before the closing note', async () => {
    const { desk, docs } = setup({ guideUrl: 'https://g.example.gov.cn/{itemId}' });
    expect(await desk.print(item.id, 'a4')).toEqual(ok({ to: 'a4', jobId: 'HallA4-1' }));
    const doc = docs[0]!;
    expect(doc.title).toBe(item.name);
    const texts = doc.blocks.map((b) => ('text' in b ? b.text : ''));
    expect(texts.at(-2)).toBe(`${guideLinkCaption}\nhttps://g.example.gov.cn/${item.id}`);
    expect(texts.at(-1)).toContain('以办理时有效的办事指南为准');
    const tables = JSON.stringify(doc.blocks);
    for (const m of item.materials) expect(tables).toContain(m.name);
  });

  it('prints no link paragraph without a configured URL', async () => {
    const { desk, docs } = setup();
    await desk.print(item.id, 'a4');
    expect(JSON.stringify(docs[0]!.blocks)).not.toContain(guideLinkCaption);
  });

  it('prints the checklist slip with the hall, the link and the time', async () => {
    const { desk, slips } = setup({ guideUrl: 'https://g.example.gov.cn/{itemId}' });
    expect(await desk.print(item.id, 'slip')).toEqual(ok({ to: 'slip', jobId: 'job-1' }));
    expect(slips[0]!.item).toBe(item);
    expect(slips[0]!.options).toEqual({ hallName: '澄州市澜溪区政务服务中心', guideUrl: `https://g.example.gov.cn/${item.id}`, printedAt: Date.UTC(2026, 11, 6, 2, 0), timeZone: 'Asia/Shanghai' });
  });

  it('passes the printer refusal on as it is, and logs it', async () => {
    const { desk, log } = setup({ a4: err(kioskError('printer.paperOut', 'media-empty')) });
    const r = await desk.print(item.id, 'a4');
    expect(r.ok ? null : r.error.code).toBe('printer.paperOut');
    expect(log.recent(5).some((e) => e.message === 'guide not printed')).toBe(true);
  });

  it('says which printer is missing, and refuses an unknown item before printing anything', async () => {
    const noA4 = await setup({ a4: null }).desk.print(item.id, 'a4');
    expect(noA4.ok ? null : [noA4.error.code, noA4.error.message]).toEqual(['device.notConfigured', 'this terminal has no A4 printer']);
    const noSlip = await setup({ slip: null }).desk.print(item.id, 'slip');
    expect(noSlip.ok ? null : noSlip.error.message).toBe('this terminal has no ticket printer');
    const { desk, docs, slips } = setup();
    const r = await desk.print('nope', 'a4');
    expect(r.ok ? null : r.error.code).toBe('catalogue.notFound');
    expect([docs.length, slips.length]).toEqual([0, 0]);
  });
});
