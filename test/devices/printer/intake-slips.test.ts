// The acceptance receipt (受理回执) and the one-time notice of missing materials (一次性告知书) on the
// ticket printer: what they say, read back from their bytes; their QR rendered and read back as a phone
// would (zbarimg); nothing past the paper on 58 and 80 mm; a reprint leaves the query code off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Acceptance, MissingNotice } from '../../../domain/intake.ts';
import { encodeAcceptanceReceipt, type AcceptanceReceiptSlip } from '../../../devices/printer/acceptance-receipt.ts';
import { encodeMissingNotice, missingNoticeAnyWindow, type MissingNoticeSlip } from '../../../devices/printer/missing-materials-notice.ts';
import { boxGlyphs, cachedGlyphs } from '../../../devices/printer/glyph-source.ts';
import { encodePng } from '../../../devices/printer/png.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { qrGenerator } from '../../../devices/printer/qr-generator.ts';
import { renderSlips } from '../../../devices/printer/render.ts';
import type { PrinterProfile } from '../../../devices/printer/types.ts';
import { readQr } from '../../support/qr-read.ts';
import { printedLines } from './fixtures.ts';

const material = (name: string, over: Partial<Acceptance['received'][number]> = {}) => ({
  name,
  originals: 1,
  copies: 0,
  format: '纸质',
  source: '申请人自备',
  role: 'required' as const,
  standard: '真实有效',
  ...over,
});

const acceptance: Acceptance = {
  itemId: 'item-1',
  itemName: '职工正常退休（职）申请',
  taskCode: '11339102735210893F4071003009000',
  deptName: '澄州市澜溪区人力资源和社会保障局',
  applicantMasked: '王*明',
  windowId: 'w05',
  staffId: 'LX2005',
  caseNumber: '11339102735210893F4071003009000202611270001',
  queryCode: '402913',
  bound: false,
  received: [material('申请人居民身份证', { source: '政府部门核发（公安机关）' }), material('《职工退休申请表》', { copies: 2 })],
  deferred: ['近期免冠彩色照片'],
  acceptedAt: '2026-11-27T02:00:00.000Z',
  promisedBy: '2026-12-11',
  instant: false,
  delivery: 'window',
  resultName: '职工退休审批表',
};

const receipt: AcceptanceReceiptSlip = { hallName: '澄州市澜溪区政务服务中心', acceptance, collectAt: '综合出件窗口（一楼A区）', windowName: '5号窗口', printedAt: Date.parse('2026-11-27T10:01:00+08:00') };

const notice: MissingNotice = {
  ...acceptance,
  number: 'GZ202611270001',
  businessDate: '2026-11-27',
  issuedAt: '2026-11-27T02:00:00.000Z',
  missing: [material('本人人事档案', { source: '其他', standard: '档案保管单位密封' }), material('近期免冠彩色照片', { role: 'conditional', originals: 2, standard: '2寸白底' })],
  received: ['申请人居民身份证'],
  consultPhone: '0589-86012345',
};
const noticeSlip: MissingNoticeSlip = { hallName: receipt.hallName, notice, guideUrl: 'http://hall.example/m/guide/item-1', windowName: '5号窗口', printedAt: receipt.printedAt };

const p80 = printerProfiles['generic-80'];

function receiptBytes(s: AcceptanceReceiptSlip, profile: PrinterProfile = p80): Uint8Array {
  const r = encodeAcceptanceReceipt(s, profile, { qrEncoder: qrGenerator });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}
function noticeBytes(s: MissingNoticeSlip, profile: PrinterProfile = p80): Uint8Array {
  const r = encodeMissingNotice(s, profile, { qrEncoder: qrGenerator });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}
const text = (b: Uint8Array) => printedLines(b).map((l) => l.text.trim());
/** The slip as a phone sees it: rendered to an image, its QR read back. */
function qrOf(bytes: Uint8Array, profile: PrinterProfile): string {
  const [slip] = renderSlips(bytes, { dotsPerLine: profile.dotsPerLine, glyphs: cachedGlyphs(boxGlyphs()), codePage: profile.codePage, qrEncoder: qrGenerator });
  return readQr(Buffer.from(encodePng(slip!.image)));
}

describe('acceptance receipt (受理回执)', () => {
  it('says the case number, query code, applicant masked, materials, promised date, where to collect, window and staff', () => {
    const t = text(receiptBytes(receipt));
    expect(t).toContain('受理回执');
    expect(t).toContain(acceptance.caseNumber);
    expect(t).toContain('402913');
    expect(t.some((l) => l.startsWith('事项编码') && l.endsWith(acceptance.taskCode))).toBe(true);
    expect(t.some((l) => l.startsWith('申请人') && l.endsWith('王*明'))).toBe(true);
    expect(t.some((l) => l.startsWith('承诺办结') && l.endsWith('2026-12-11'))).toBe(true);
    expect(t).toContain('1. 申请人居民身份证');
    expect(t).toContain('2. 《职工退休申请表》');
    expect(t).toContain('原件1份 复印件2份（纸质）');
    expect(t.join('')).toContain('容缺后补');
    expect(t.join('')).toContain('综合出件窗口（一楼A区）领取');
    expect(t.some((l) => l.startsWith('受理窗口') && l.endsWith('5号窗口'))).toBe(true);
    expect(t.some((l) => l.startsWith('受理人员') && l.endsWith('LX2005'))).toBe(true);
    expect(t.some((l) => l.startsWith('受理时间') && l.endsWith('2026-11-27 10:00'))).toBe(true);
  });

  it('carries the case number as its QR (read back from the rendered slip, native and raster)', () => {
    expect(qrOf(receiptBytes(receipt), p80)).toBe(acceptance.caseNumber);
    const raster = { ...p80, qr: 'raster' as const };
    expect(qrOf(receiptBytes(receipt, raster), raster)).toBe(acceptance.caseNumber);
  });

  it('a reprint is marked and leaves the query code off; express and 即办件 are said as such', () => {
    const t = text(receiptBytes({ ...receipt, reprint: true }));
    expect(t).toContain('受理回执（补打）');
    expect(t).not.toContain('402913');
    const e = text(receiptBytes({ ...receipt, acceptance: { ...acceptance, delivery: 'express', instant: true, promisedBy: '2026-11-27' } })).join('');
    expect(e).toContain('邮寄送达');
    expect(e).toContain('即办件');
  });
});

describe('one-time notice (一次性告知书)', () => {
  it('lists every missing material with its counts, source and standard; what was received; any window; the phone', () => {
    const t = text(noticeBytes(noticeSlip));
    expect(t).toContain('一次性告知书');
    expect(t.some((l) => l.startsWith('告知书编号') && l.endsWith('GZ202611270001'))).toBe(true);
    expect(t).toContain('所缺材料（共2项）');
    expect(t).toContain('1. 本人人事档案');
    expect(t).toContain('2. 近期免冠彩色照片（本次办理适用）');
    expect(t).toContain('原件2份（纸质）');
    expect(t).toContain('来源：其他');
    expect(t).toContain('要求：档案保管单位密封');
    expect(t.join('')).toContain(missingNoticeAnyWindow);
    expect(t).toContain('本次已提交');
    expect(t.some((l) => l.startsWith('咨询电话') && l.endsWith('0589-86012345'))).toBe(true);
    expect(t.some((l) => l.startsWith('告知人员') && l.endsWith('LX2005'))).toBe(true);
  });

  it("carries the guide's link as its QR, and none without a link", () => {
    expect(qrOf(noticeBytes(noticeSlip), p80)).toBe('http://hall.example/m/guide/item-1');
    expect(text(noticeBytes({ ...noticeSlip, guideUrl: null })).join('')).not.toContain('扫码查看');
  });
});

describe('both slips', () => {
  it('never run past the paper on 58 and 80 mm, whatever the names', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ minLength: 1, maxLength: 80 }), fc.constantFrom('generic-58', 'generic-80') as fc.Arbitrary<keyof typeof printerProfiles>, (name, standard, model) => {
        const profile = printerProfiles[model];
        const m = material(name, { standard });
        const lines = [
          ...printedLines(receiptBytes({ ...receipt, acceptance: { ...acceptance, itemName: name, received: [m] } }, profile)),
          ...printedLines(noticeBytes({ ...noticeSlip, notice: { ...notice, itemName: name, missing: [m] } }, profile)),
        ];
        for (const l of lines) expect(l.columns).toBeLessThanOrEqual(profile.columns);
      }),
      { numRuns: 40 },
    );
  });
});
