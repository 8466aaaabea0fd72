import { describe, expect, it } from 'vitest';
import { complaintNextText, displayWidth, encodeComplaintSlip, printerProfiles, slipText, type ComplaintSlip } from '../../../devices/printer/index.ts';

const slip: ComplaintSlip = {
  hallName: '澄州市澜溪区政务服务中心',
  kind: 'suggestion',
  reference: 'KIOSK7-20261124-012',
  filedAt: Date.parse('2026-11-24T10:05:00+08:00'),
  name: '阿依古丽·买买提',
  phone: '13812345678',
  caseNumber: '11330100MB0000000X10000000000012026112000118',
  next: { state: 'delivered', replyWithinWorkingDays: 15 },
};

describe('the complaint receipt slip', () => {
  for (const id of ['generic-80', 'generic-58'] as const) {
    it(`fits ${id} paper and says what matters, personal data masked`, () => {
      const profile = printerProfiles[id];
      const bytes = encodeComplaintSlip(slip, profile, { timeZone: 'Asia/Shanghai' });
      if (!bytes.ok) throw new Error(bytes.error.message);
      const text = slipText(bytes.value);
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(profile.columns);
      const flat = text.replaceAll('\n', '');
      expect(flat).toContain('咨询投诉建议回执');
      expect(flat).toContain('KIOSK7-20261124-012');
      expect(flat).toContain('建议');
      expect(flat).toContain('2026-11-24 10:05');
      expect(flat).toContain('阿******提');
      expect(flat).toContain('138****5678');
      expect(flat).not.toContain('13812345678');
      expect(flat).toContain('15个工作日内');
    });
  }

  it('says what happens next as the platform answered, or that it waits on the kiosk', () => {
    expect(complaintNextText({ ...slip, next: { state: 'queued' } })).toContain('网络恢复后自动提交');
    expect(complaintNextText({ ...slip, next: { state: 'delivered', replyWithinWorkingDays: 5 } })).toContain('5个工作日内');
    expect(complaintNextText({ ...slip, kind: 'praise', next: { state: 'delivered', replyWithinWorkingDays: null } })).toContain('感谢您的表扬');
    expect(complaintNextText({ ...slip, phone: undefined, next: { state: 'delivered', replyWithinWorkingDays: null } })).toContain('您未留电话');
  });

  it('leaves out what was not given', () => {
    const bytes = encodeComplaintSlip({ ...slip, name: undefined, phone: undefined, caseNumber: undefined }, printerProfiles['generic-80']);
    if (!bytes.ok) throw new Error(bytes.error.message);
    const text = slipText(bytes.value);
    expect(text).not.toMatch(/姓名|电话\s|办件编号/);
  });
});
