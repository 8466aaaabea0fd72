import { describe, expect, it } from 'vitest';
import { displayWidth, encodeFormReceiptSlip, formReceiptNextText, printerProfiles, slipText, type FormReceiptSlip } from '../../../devices/printer/index.ts';

const slip: FormReceiptSlip = {
  hallName: '澄州市澜溪区政务服务中心',
  submissionId: 'FKIOSK7-20261124-0012',
  itemName: '居民身份证换领',
  formTitle: '居民身份证申领登记表',
  submittedAt: Date.parse('2026-11-24T10:05:00+08:00'),
  applicantName: '张伟',
  delivery: 'window',
  state: 'delivered',
  printedHere: true,
};

describe('the form receipt slip', () => {
  for (const id of ['generic-80', 'generic-58'] as const) {
    it(`fits ${id} paper: the id large, the item, the form, the time, the name masked`, () => {
      const profile = printerProfiles[id];
      const bytes = encodeFormReceiptSlip(slip, profile, { timeZone: 'Asia/Shanghai' });
      if (!bytes.ok) throw new Error(bytes.error.message);
      const text = slipText(bytes.value);
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(profile.columns);
      const flat = text.replaceAll('\n', '');
      for (const shown of ['申请表提交回执', 'FKIOSK7-20261124-0012', '居民身份证换领', '《居民身份证申领登记表》', '2026-11-24 10:05', '张*', '窗口领取']) expect(flat).toContain(shown);
      expect(flat).not.toContain('张伟');
    });
  }

  it('says what to do next: queued or sent, printed here or fetched by the QR', () => {
    expect(formReceiptNextText({ state: 'queued', printedHere: true })).toMatch(/^网络暂时中断.*签字/);
    expect(formReceiptNextText({ state: 'delivered', printedHere: false })).toMatch(/^申请表已提交。.*二维码/);
    const express = encodeFormReceiptSlip({ ...slip, delivery: 'express', applicantName: undefined }, printerProfiles['generic-80']);
    if (!express.ok) throw new Error(express.error.message);
    const flat = slipText(express.value).replaceAll('\n', '');
    expect(flat).toContain('邮寄送达');
    expect(flat).not.toContain('申请人');
  });
});
