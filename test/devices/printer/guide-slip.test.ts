import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import { parseEscPos, type EscPosToken } from '../../../devices/printer/escpos.parser.ts';
import { checkBox, encodeGuideSlip, type GuideSlipOptions, guideSlipQrCaption, materialCounts, sharedExemptHeading } from '../../../devices/printer/guide-slip.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { displayWidth } from '../../../devices/printer/text-layout.ts';
import type { PrinterProfile } from '../../../devices/printer/types.ts';
import { serviceItems } from '../../../platform/seed/index.ts';
import { item as fixtureItem, material } from '../../main/store/catalogue-fixtures.ts';
import { fakeQrEncoder } from './fixtures.ts';

const base = fixtureItem({ seq: 1, name: '居民身份证换领（有效期满换领）', materials: [] });
const sample: ServiceItem = {
  ...base,
  materials: [
    { ...material('申请人居民身份证'), originals: 1, copies: 0 },
    { ...material('申请人居民户口簿，非本市户籍的另需提交居住证及近半年社会保险缴纳证明'), need: '2', originals: 1, copies: 1 },
    { ...material('近期免冠彩色照片'), format: '2', need: '3', originals: 0, copies: 0 },
    { ...material('婚姻登记记录'), sharedExempt: true },
  ],
};
const options = { hallName: '澄州市澜溪区政务服务中心', guideUrl: 'https://g.example.gov.cn/guide/X1', printedAt: Date.UTC(2026, 11, 6, 2, 30), timeZone: 'Asia/Shanghai' };

function encode(item: ServiceItem, profile: PrinterProfile = printerProfiles['generic-80'], opts: Partial<GuideSlipOptions> = {}) {
  const r = encodeGuideSlip(item, profile, { ...options, ...opts, qrEncoder: fakeQrEncoder });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Printed lines as text, with the width multiplier in force. */
function lines(bytes: Uint8Array): { text: string; width: number }[] {
  const out: { text: string; width: number }[] = [];
  let text = '';
  let width = 1;
  for (const t of parseEscPos(bytes) as EscPosToken[]) {
    if (t.kind === 'size') width = t.width;
    if (t.kind === 'text') text += iconv.decode(Buffer.from(t.bytes), 'gb18030');
    if (t.kind === 'lf') {
      out.push({ text, width });
      text = '';
    }
  }
  return out;
}

describe('encodeGuideSlip', () => {
  it('golden bytes: ESC @, Chinese mode, the title at double size, and a partial cut after the feed', () => {
    const { bytes } = encode(sample);
    expect(Array.from(bytes.subarray(0, 6))).toEqual([0x1b, 0x40, 0x1b, 0x32, 0x1c, 0x26]);
    const title = iconv.encode('办事材料清单', 'gb18030');
    const at = Buffer.from(bytes).indexOf(title);
    expect(at).toBeGreaterThan(0);
    // GS ! 0x11 (2 x 2) just before the title, after bold on.
    expect(Array.from(bytes.subarray(at - 3, at))).toEqual([0x1d, 0x21, 0x11]);
    expect(Array.from(bytes.subarray(-6))).toEqual([0x1b, 0x64, 0x04, 0x1d, 0x56, 0x01]);
  });

  it('lists each material to bring with a box, its counts and need, and those not to bring apart', () => {
    const text = lines(encode(sample).bytes).map((l) => l.text);
    const joined = text.join('\n');
    expect(text).toContain(`${checkBox} 1. 申请人居民身份证`);
    expect(joined).toContain('原件1份 · 必要');
    expect(joined).toContain('原件1份 复印件1份 · 非必要');
    expect(joined).toContain('电子材料 · 容缺后补');
    expect(text).toContain(sharedExemptHeading);
    expect(text).toContain('  - 婚姻登记记录');
    // The exempt one has no box.
    expect(joined).not.toMatch(/□ \d\. 婚姻登记记录/);
    expect(joined).toContain('实施主体：');
    expect(joined).toContain('到现场次数：1次');
    expect(joined).toContain(`办理地点：${sample.address}`);
    expect(joined).toContain(guideSlipQrCaption);
    expect(text.some((l) => l.startsWith('打印时间') && l.endsWith('2026-12-06 10:30'))).toBe(true);
  });

  it('wraps by display width with continuation lines indented under the text, on 80 and 58 mm', () => {
    for (const profile of [printerProfiles['generic-80'], printerProfiles['generic-58']]) {
      const printed = lines(encode(sample, profile).bytes);
      for (const l of printed) expect(displayWidth(l.text) * l.width, l.text).toBeLessThanOrEqual(profile.columns);
      const long = printed.findIndex((l) => l.text.startsWith(`${checkBox} 2. `));
      expect(printed[long + 1]!.text.startsWith('     ')).toBe(true);
      const rejoined = [printed[long]!.text.slice(5), ...printed.slice(long + 1, long + 4).map((l) => l.text.trim())].join('');
      expect(rejoined).toContain(sample.materials[1]!.name);
    }
  });

  it('leaves the QR off without a link, and says so for an item with no materials', () => {
    const text = lines(encode({ ...sample, materials: [] }, undefined, { guideUrl: null }).bytes).map((l) => l.text);
    expect(text).toContain('无需提交申请材料。');
    expect(text.join('\n')).not.toContain(guideSlipQrCaption);
  });

  it('keeps a raster QR within the paper and warns when the encoder is missing', () => {
    const raster = { ...printerProfiles['generic-80'], qr: 'raster' as const };
    const r = encodeGuideSlip(sample, raster, options);
    expect(r.ok && r.value.warnings).toEqual(['QR left off: the profile needs a raster QR and no QR encoder is plugged in']);
  });

  it('prints every seed item on 58 mm paper within its width', () => {
    for (const item of serviceItems) {
      const printed = lines(encode(item, printerProfiles['generic-58']).bytes);
      for (const l of printed) expect(displayWidth(l.text) * l.width, `${item.name}: ${l.text}`).toBeLessThanOrEqual(32);
    }
  });
});

describe('materialCounts', () => {
  it('names only the counts there are', () => {
    expect(materialCounts({ ...material('a'), originals: 0, copies: 2 })).toBe('复印件2份 · 必要');
    expect(materialCounts({ ...material('a'), originals: 2, copies: 0, need: '3' })).toBe('原件2份 · 容缺后补');
  });
});
