// The case progress slip: everything a citizen needs on the paper, in GB18030 with Chinese mode on,
// never wider than the paper (a CJK glyph is two columns), and byte-for-byte stable (golden digest).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { CaseProgress } from '../../../domain/cases.ts';
import { encodeCaseProgressSlip, type CaseProgressSlip } from '../../../devices/printer/case-progress-slip.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import type { PrinterProfile } from '../../../devices/printer/types.ts';
import { printedLines as lines } from './fixtures.ts';

const progress: CaseProgress = {
  caseNumber: '11330100MB0000000X10000000000012026112000118',
  taskCode: '11330100MB0000000X1000000000001',
  itemId: 'item-1',
  itemName: '不动产转移登记（买卖）',
  deptName: '澄州市澜溪区自然资源局',
  applicantMasked: '李*华',
  channel: 'window',
  acceptedAt: '2026-11-20T01:07:00Z',
  promisedBy: '2026-11-27',
  finishedAt: null,
  status: 'ready',
  steps: [
    { name: '受理', status: 'done', at: '2026-11-20T01:07:00Z', handler: '受理岗', opinion: '材料齐全，予以受理' },
    { name: '审查', status: 'done', at: '2026-11-23T02:00:00Z', handler: '审核岗', opinion: '符合要求' },
    { name: '送达', status: 'current', at: null, handler: '出件岗', opinion: null },
  ],
  delivery: { method: 'window', trackingNumber: null },
};
const slip: CaseProgressSlip = { hallName: '澄州市澜溪区政务服务中心', progress, collectAt: '综合出件窗口（一楼A区）', printedAt: Date.UTC(2026, 10, 24, 2, 30, 0) };

function encode(s: CaseProgressSlip, profile: PrinterProfile = printerProfiles['generic-80']): Uint8Array {
  const r = encodeCaseProgressSlip(s, profile);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('encodeCaseProgressSlip', () => {
  it('prints the case, its state, every step with its date, what to do next and where', () => {
    const text = lines(encode(slip)).map((l) => l.text.trim());
    expect(text).toContain('澄州市澜溪区政务服务中心');
    expect(text).toContain('办件进度查询');
    expect(text).toContain(progress.caseNumber);
    expect(text).toContain('不动产转移登记（买卖）');
    expect(text.some((l) => l.startsWith('申请人') && l.endsWith('李*华'))).toBe(true);
    expect(text).toContain('已办结，待领取');
    expect(text.some((l) => l.startsWith('受理  已完成') && l.endsWith('2026-11-20 09:07'))).toBe(true);
    expect(text.some((l) => l.startsWith('送达  办理中'))).toBe(true);
    expect(text.join('')).toContain('请携带身份证和受理回执到综合出件窗口（一楼A区）领取');
    expect(text.some((l) => l.startsWith('打印时间') && l.endsWith('2026-11-24 10:30'))).toBe(true);
  });

  it('is GB18030 in Chinese mode, and ends with a feed and the cut', () => {
    const bytes = encode(slip);
    expect(Array.from(bytes.subarray(0, 6))).toEqual([0x1b, 0x40, 0x1b, 0x32, 0x1c, 0x26]);
    expect(Array.from(bytes.subarray(-6))).toEqual([0x1b, 0x64, 0x04, 0x1d, 0x56, 0x01]);
    expect(iconv.decode(Buffer.from(bytes), 'gb18030')).toContain('办件进度查询');
  });

  it('golden: the 80 mm slip is byte for byte what it was', () => {
    expect(createHash('sha256').update(encode(slip)).digest('hex')).toMatchInlineSnapshot(`"01b9e4c3444b915086d78a0123c235d5785482f4271315c642216043fe2ff314"`);
  });

  it('never runs past the paper, on 58 and 80 mm, whatever the texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 200 }), fc.constantFrom('generic-58', 'generic-80') as fc.Arbitrary<keyof typeof printerProfiles>, (item, opinion, model) => {
        const profile = printerProfiles[model];
        const s: CaseProgressSlip = {
          ...slip,
          progress: { ...progress, itemName: item || '事项', steps: [{ name: '审查', status: 'current', at: null, handler: null, opinion }] },
        };
        for (const l of lines(encode(s, profile))) expect(l.columns).toBeLessThanOrEqual(profile.columns);
      }),
      { numRuns: 60 },
    );
  });

  it('tells an express delivery by its tracking number, and a case under correction what to bring', () => {
    const express = lines(encode({ ...slip, progress: { ...progress, delivery: { method: 'express', trackingNumber: 'EMS2026112000011' } } })).map((l) => l.text).join('');
    expect(express).toContain('快递单号 EMS2026112000011');
    const correction = lines(encode({ ...slip, progress: { ...progress, status: 'correction' } })).map((l) => l.text).join('');
    expect(correction).toContain('待补正材料');
    expect(correction).toContain('补正');
  });
});
