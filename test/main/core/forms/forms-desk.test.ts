// The forms desk on its own, with an injected clock, a fake renderer, fake printers and a fake platform
// client behind a real outbox (SQLite in memory, sealed): what an item offers, pre-fill from the card
// (none, expired), the submission id's daily counter across the hall's midnight, the download token
// (only its hash handed in), the delivery choice against the item, the receipt slip (printed, no
// printer, paper out), blank and sample forms, jobs, and a visit's end.
import { createHash, randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../../../config/schema/index.ts';
import { serviceItemSchema, type ServiceItem } from '../../../../domain/catalogue.ts';
import { kioskError } from '../../../../domain/errors.ts';
import type { CardFacts } from '../../../../domain/form-rules.ts';
import type { FormDefinition, FormSubmission } from '../../../../domain/forms.ts';
import { err, ok, type Result } from '../../../../domain/result.ts';
import type { PrintDocument } from '../../../../devices/document-printer/index.ts';
import type { FormReceiptSlip } from '../../../../devices/printer/index.ts';
import { FormsDesk, type FormsA4Printer } from '../../../../main/core/forms/forms-desk.ts';
import { Outbox } from '../../../../main/core/link/outbox.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import type { PlatformClient } from '../../../../main/platform-client/client.ts';
import { OfflineCounterRepo, openDatabase, OutboxRepo, sealedBox } from '../../../../main/store/index.ts';
import { serviceItems } from '../../../../platform/seed/index.ts';
import { seedForms } from '../../../../platform/seed/forms.ts';
import { zhangWei } from '../../../../devices/idcard/test-identities.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const form: FormDefinition = seedForms.find((f) => f.id === 'idcard-application')!;
const seedItem = serviceItems.find((i) => i.id === form.itemId)!;
const item: ServiceItem = serviceItemSchema.parse(seedItem);

const card: CardFacts = { name: '王小明', sex: '男', nation: '汉', birthDate: zhangWei.birthDate, idNumber: zhangWei.idNumber, address: '北京市朝阳区建国路88号院3号楼1单元502', validTo: '2036-05-20' };

let clock: ManualClock;
let online: boolean;
let cardState: Result<CardFacts | null>;
let a4: (FormsA4Printer & { sent: Uint8Array[]; condition: string | null }) | null;
let slipPrinter: { slips: FormReceiptSlip[]; paperOut: boolean } | null;
let rendered: PrintDocument[];
let delivered: FormSubmission[];
let catalogueForms: Map<string, unknown>;
let catalogueItems: Map<string, ServiceItem>;
let itemUses: Map<string, number>;
let catalogueVersion: number;
let desk: FormsDesk;
let outbox: Outbox;

function build(downloadUrl: string | null = 'https://m.example.gov.cn/m/form/{submissionId}?t={token}') {
  const db = openDatabase(':memory:');
  const log = new EventLog(clock);
  const client = {
    call: async (_route: string, req: { body: FormSubmission }) => {
      if (!online) return err(kioskError('platform.offline', 'down'));
      delivered.push(req.body);
      return ok({ value: { id: 'x', receivedAt: new Date(clock.now()).toISOString() }, notModified: false, replayed: false });
    },
  } as unknown as PlatformClient;
  outbox = new Outbox({ repo: new OutboxRepo(db, sealedBox(randomBytes(32))), client, clock, log: log.for('o'), random: () => 0.5 });
  outbox.start();
  const config = configSchema.parse({ terminal: { id: 'kiosk-7', role: 'kiosk', hallName: '澜溪区政务服务中心' } });
  desk = new FormsDesk({
    catalogue: {
      getForm: (id) => catalogueForms.get(id) ?? null,
      get: (id) => catalogueItems.get(id) ?? null,
      // Every item as a candidate: the desk itself keeps those that offer a form (the store's query is tested in catalogue-repo.test.ts).
      itemsNamingForms: () => [...catalogueItems.keys()],
      itemUses: () => itemUses,
      recordUse: (id) => void itemUses.set(id, (itemUses.get(id) ?? 0) + 1),
      version: () => catalogueVersion,
      formsVersion: () => 1,
    },
    card: () => cardState,
    outbox,
    counters: new OfflineCounterRepo(db),
    online: () => online,
    renderer: {
      render: async (doc) => {
        rendered.push(doc);
        return ok({ pdf: new TextEncoder().encode(`%PDF-1.7 ${doc.title}`), pages: [{} as never, {} as never], fontFamily: 'test' });
      },
    },
    documentPrinter: () => a4,
    printer: () =>
      slipPrinter && {
        printFormReceipt: async (slip: FormReceiptSlip) => {
          if (slipPrinter!.paperOut) return err(kioskError('printer.paperOut', 'out'));
          slipPrinter!.slips.push(slip);
          return ok({} as never);
        },
      },
    downloadUrl,
    config,
    clock,
    log: log.for('forms'),
    token: () => 'T'.repeat(43),
  });
}

function fakeA4(): NonNullable<typeof a4> {
  let n = 0;
  const printer: NonNullable<typeof a4> = {
    sent: [],
    condition: null,
    printPdf: async (pdf) => {
      if (printer.condition) return err(kioskError('printer.paperOut', 'out'));
      printer.sent.push(pdf);
      return ok({ jobId: `A4-${++n}` });
    },
    jobState: async () => ok(printer.condition ? { state: 'failed', error: printer.condition } : { state: 'done', error: null }),
  };
  return printer;
}

const filled = () => ({
  name: card.name!,
  sex: '男',
  nation: card.nation!,
  birthDate: card.birthDate!,
  idNumber: card.idNumber!,
  address: { regionCode: null, regionName: '', detail: card.address! },
  phone: '13912345678',
  reason: 'expiry',
  delivery: 'window',
});
const submit = (over: Record<string, unknown> = {}) => desk.submit({ formId: form.id, formVersion: form.version, itemId: item.id, values: filled(), delivery: { method: 'window' }, signature: null, ...over });
const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

beforeEach(() => {
  // 23:50 in the hall (Asia/Shanghai), ten minutes before the business date turns.
  clock = new ManualClock(Date.parse('2026-11-24T23:50:00+08:00'));
  online = true;
  cardState = ok(card);
  a4 = null;
  slipPrinter = { slips: [], paperOut: false };
  rendered = [];
  delivered = [];
  catalogueForms = new Map([[form.id, JSON.parse(JSON.stringify(form)) as unknown]]);
  catalogueItems = new Map([[item.id, item]]);
  itemUses = new Map();
  catalogueVersion = 1;
  build();
});

describe('what an item offers', () => {
  it('lists the materials whose blank form exists, once each, never a sample reference', () => {
    const material = item.materials[0]!;
    const withRefs: ServiceItem = {
      ...item,
      materials: [
        ...item.materials,
        { ...material, name: '不存在的表', blankForm: 'forms/not-synced.pdf', sample: null },
        { ...material, name: '同一张表', blankForm: `forms/${form.id}.pdf`, sample: `forms/${form.id}-sample.pdf` },
      ],
    };
    catalogueItems.set(item.id, withRefs);
    const forms = value(desk.forItem(item.id));
    expect(forms.itemCode).toBe(item.handleItemCode ?? item.taskCode);
    expect(forms.expressDelivery).toBe(item.expressDelivery);
    expect(forms.forms).toEqual([{ formId: form.id, title: form.title, version: form.version, materialName: expect.any(String) }]);
    expect(desk.forItem('nope')).toMatchObject({ ok: false, error: { code: 'catalogue.notFound' } });
  });

  it('a stored definition that no longer reads is form.unknown, not a crash', () => {
    catalogueForms.set(form.id, { id: form.id, itemId: item.id, version: 1 });
    expect(desk.definition(form.id)).toMatchObject({ ok: false, error: { code: 'form.unknown' } });
    expect(value(desk.forItem(item.id)).forms).toEqual([]);
  });
});

describe('every form the kiosk can fill (the home\'s 填写申请表)', () => {
  const zh = new Intl.Collator('zh-CN');
  const pairs = (list: { forms: { formId: string; itemId: string }[] }) => list.forms.map((f) => `${f.formId}@${f.itemId}`).sort();
  beforeEach(() => {
    catalogueForms = new Map(seedForms.map((f) => [f.id, JSON.parse(JSON.stringify(f)) as unknown]));
    catalogueItems = new Map(serviceItems.map((i) => [i.id, serviceItemSchema.parse(i)]));
  });

  it("is what forItem offers, item by item, sorted by title when nothing was used; the limit cuts, the total counts", () => {
    const offered = [...catalogueItems.keys()].flatMap((id) => value(desk.forItem(id)).forms.map((f) => `${f.formId}@${id}`)).sort();
    expect(offered.length).toBeGreaterThan(20);
    const all = value(desk.list('', 200));
    expect(all.total).toBe(offered.length);
    expect(pairs(all)).toEqual(offered);
    const titles = all.forms.map((f) => f.title);
    expect(titles).toEqual([...titles].sort(zh.compare));
    expect(all.forms.every((f) => f.uses === 0 && f.itemName === catalogueItems.get(f.itemId)!.name)).toBe(true);
    const cut = value(desk.list('', 5));
    expect(cut.forms).toEqual(all.forms.slice(0, 5));
    expect(cut.total).toBe(all.total);
  });

  it('finds by the title, the item name, their pinyin or initials, every word; nothing found is an empty list', () => {
    const byTitle = value(desk.list('户口迁移', 200));
    expect(byTitle.total).toBeGreaterThan(0);
    expect(byTitle.forms.every((f) => f.title.includes('户口迁移') || f.itemName.includes('户口迁移'))).toBe(true);
    expect(pairs(value(desk.list('hkqy', 200)))).toEqual(pairs(byTitle));
    expect(pairs(value(desk.list('HuKouQianYi', 200)))).toEqual(pairs(byTitle));
    // By the item: 授权委托书 is not in its title, the item's name has 公积金.
    const fund = value(desk.list('公积金', 200));
    expect(fund.forms.some((f) => !f.title.includes('公积金') && f.itemName.includes('公积金'))).toBe(true);
    // Two words: both must match (one in the title, one in the item's name will do).
    const both = value(desk.list('公积金 提取', 200));
    expect(both.total).toBeGreaterThan(0);
    expect(both.forms.every((f) => `${f.title}${f.itemName}`.includes('公积金') && `${f.title}${f.itemName}`.includes('提取'))).toBe(true);
    expect(both.total).toBeLessThan(fund.total);
    expect(value(desk.list('不存在的表格名称', 200))).toEqual({ forms: [], total: 0 });
    expect(value(desk.list('xqzzv', 200)).total).toBe(0);
  });

  it('the items opened most on this kiosk first', () => {
    const last = value(desk.list('', 200)).forms.at(-1)!;
    itemUses = new Map([[last.itemId, 3]]);
    const first = value(desk.list('', 200)).forms[0]!;
    expect(first).toMatchObject({ itemId: last.itemId, uses: 3 });
  });

  it('a form handed in counts for its item, a refused one does not', async () => {
    expect(value(desk.list('', 200)).forms[0]!.itemId).not.toBe(item.id);
    await submit({ values: {} });
    expect(itemUses.get(item.id)).toBeUndefined();
    value(await submit());
    expect(value(desk.list('', 200)).forms[0]).toMatchObject({ itemId: item.id, formId: form.id, uses: 1 });
  });

  it('follows the catalogue: a new version is read again, the same version answers from memory', () => {
    const before = value(desk.list('', 200)).total;
    const gone = value(desk.list('', 200)).forms[0]!.itemId;
    const offeredThere = value(desk.forItem(gone)).forms.length;
    catalogueItems.delete(gone);
    expect(value(desk.list('', 200)).total).toBe(before);
    catalogueVersion = 2;
    expect(value(desk.list('', 200)).total).toBe(before - offeredThere);
  });
});

describe('pre-fill', () => {
  it('fills the card fields, converted to each field', () => {
    const r = value(desk.prefill(form.id));
    expect(r.values).toMatchObject({ name: '王小明', sex: '男', nation: '汉', birthDate: zhangWei.birthDate, idNumber: card.idNumber, address: { regionCode: null, detail: card.address } });
    expect(r.filled.sort()).toEqual(Object.keys(r.values).sort());
  });

  it('without a card: idcard.noCard; an expired card: refused as the identity says', () => {
    cardState = ok(null);
    expect(desk.prefill(form.id)).toMatchObject({ ok: false, error: { code: 'idcard.noCard' } });
    cardState = err(kioskError('idcard.expired', 'expired', { validTo: '2020-01-01' }));
    expect(desk.prefill(form.id)).toMatchObject({ ok: false, error: { code: 'idcard.expired' } });
    expect(desk.prefill('nope')).toMatchObject({ ok: false, error: { code: 'form.unknown' } });
  });
});

describe('submit', () => {
  it('numbers per business day from the store, restarting when the hall date turns', async () => {
    expect(value(await submit()).submissionId).toBe('FKIOSK7-20261124-0001');
    expect(value(await submit()).submissionId).toBe('FKIOSK7-20261124-0002');
    clock.advance(10 * 60_000);
    expect(value(await submit()).submissionId).toBe('FKIOSK7-20261125-0001');
  });

  it('hands in the shown values, the PDF and the delivery; offline it is queued and sent later, once', async () => {
    online = false;
    const r = value(await submit({ values: { ...filled(), guardianName: '不该提交' } as never }));
    expect(r).toMatchObject({ state: 'queued', waiting: 1, submittedAt: '2026-11-24T15:50:00.000Z' });
    expect(delivered).toEqual([]);
    online = true;
    outbox.platformBack();
    await outbox.drain();
    expect(delivered).toHaveLength(1);
    const s = delivered[0]!;
    expect(s).toMatchObject({ submissionId: r.submissionId, formId: form.id, formVersion: form.version, itemId: item.id, delivery: { method: 'window' } });
    expect(s.values).not.toHaveProperty('guardianName');
    expect(Buffer.from(s.pdf, 'base64').toString()).toBe(`%PDF-1.7 ${form.title}`);
    expect(outbox.state(r.submissionId)?.state).toBe('delivered');
  });

  it("the pad's signature goes to the platform with the form and is drawn for the first signer", async () => {
    const signature = { width: 600, height: 200, strokes: [[[10, 150], [120, 40], [260, 160]] as [number, number][]] };
    value(await submit({ signature }));
    expect(delivered[0]?.signature).toEqual(signature);
    const signers = rendered.at(-1)?.blocks.flatMap((b) => (b.kind === 'signatures' ? b.signers : []));
    expect(signers?.[0]?.strokes).toEqual(signature);
    value(await submit());
    expect(delivered[1]?.signature).toBeNull();
    expect(rendered.at(-1)?.blocks.flatMap((b) => (b.kind === 'signatures' ? b.signers : []))[0]?.strokes ?? null).toBeNull();
  });

  it('without an A4 printer: a download link whose token only the screen gets (the platform gets its hash)', async () => {
    const r = value(await submit());
    expect(r).toMatchObject({ canPrint: false, downloadUrl: `https://m.example.gov.cn/m/form/${r.submissionId}?t=${'T'.repeat(43)}` });
    expect(delivered[0]!.downloadTokenHash).toBe(createHash('sha256').update('T'.repeat(43)).digest('hex'));
    expect(JSON.stringify(delivered[0])).not.toContain('T'.repeat(43));
  });

  it('with an A4 printer: no token, no link; the application is the PDF handed in', async () => {
    a4 = fakeA4();
    const r = value(await submit());
    expect(r).toMatchObject({ canPrint: true, downloadUrl: null });
    expect(delivered[0]!.downloadTokenHash).toBeNull();
    const job = value(await desk.print(r.submissionId));
    expect(job).toEqual({ jobId: 'A4-1', state: 'queued', error: null, pages: 2 });
    expect(Buffer.from(a4.sent[0]!).toString('base64')).toBe(delivered[0]!.pdf);
    expect(value(await desk.printJob('A4-1'))).toEqual({ jobId: 'A4-1', state: 'done', error: null, pages: 2 });
    a4.condition = 'printer.paperOut';
    expect(value(await desk.printJob('A4-1'))).toMatchObject({ state: 'failed', error: 'printer.paperOut' });
    expect(await desk.print(r.submissionId)).toMatchObject({ ok: false, error: { code: 'printer.paperOut' } });
  });

  it('express delivery only where the item offers it', async () => {
    const express = { method: 'express', recipient: '王小明', phone: '13912345678', address: { regionCode: '330102', regionName: '浙江省杭州市上城区', detail: '解放路12号' } };
    catalogueItems.set(item.id, { ...item, expressDelivery: false });
    const refused = await submit({ delivery: express });
    expect(value(desk.forItem(item.id)).expressDelivery).toBe(false);
    expect(refused).toMatchObject({ ok: false, error: { code: 'form.invalid', details: { problems: [{ field: 'delivery', code: 'rule' }] } } });
    catalogueItems.set(item.id, { ...item, expressDelivery: true });
    value(await submit({ delivery: express }));
    expect(delivered.at(-1)!.delivery).toMatchObject({ method: 'express', recipient: '王小明' });
    expect(slipPrinter!.slips.at(-1)!.delivery).toBe('express');
  });

  it('refuses a form the item does not offer, and nothing is numbered for a refusal', async () => {
    catalogueItems.set('other', { ...item, id: 'other', materials: [] });
    expect(await submit({ itemId: 'other' })).toMatchObject({ ok: false, error: { code: 'form.unknown' } });
    expect(await submit({ values: {} })).toMatchObject({ ok: false, error: { code: 'form.invalid' } });
    expect(value(await submit()).submissionId).toBe('FKIOSK7-20261124-0001');
  });

  it('the receipt slip: the id, item, form and the masked name; no printer or paper out is said, the form still handed in', async () => {
    const r = value(await submit());
    expect(r).toMatchObject({ receipt: 'printed', receiptError: null });
    expect(slipPrinter!.slips[0]).toMatchObject({ submissionId: r.submissionId, itemName: item.name, formTitle: form.title, applicantName: '王小明', state: 'delivered', printedHere: false });
    slipPrinter!.paperOut = true;
    expect(value(await submit())).toMatchObject({ receipt: 'failed', receiptError: 'printer.paperOut', state: 'delivered' });
    slipPrinter = null;
    expect(value(await submit())).toMatchObject({ receipt: 'noPrinter', receiptError: null });
    expect(delivered).toHaveLength(3);
  });
});

describe('blank and sample forms, jobs, the visit', () => {
  it('prints a blank or the sample (the examples) on the A4 printer; without one: device.notConfigured', async () => {
    expect(await desk.printBlank(form.id, item.id, false)).toMatchObject({ ok: false, error: { code: 'device.notConfigured' } });
    a4 = fakeA4();
    value(await desk.printBlank(form.id, item.id, true));
    value(await desk.printBlank(form.id, item.id, false));
    expect(rendered).toHaveLength(2);
    expect(a4.sent).toHaveLength(2);
    expect(await desk.printBlank('nope', item.id, false)).toMatchObject({ ok: false, error: { code: 'form.unknown' } });
  });

  it('forgets what the visit handed in and its jobs', async () => {
    a4 = fakeA4();
    const r = value(await submit());
    const job = value(await desk.print(r.submissionId));
    desk.forgetVisit();
    expect(await desk.print(r.submissionId)).toMatchObject({ ok: false, error: { code: 'form.notFound' } });
    expect(await desk.printJob(job.jobId)).toMatchObject({ ok: false, error: { code: 'form.notFound' } });
  });
});
