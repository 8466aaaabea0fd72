// Sample documents for the document-printer tests: a case parsed through the contract schema, the
// reference platform's seed items and forms (real catalogue data), and a fixed-width measure.
import { caseProgressSchema, type CaseProgress } from '../../../domain/cases.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import { itemIdByKey, serviceItems } from '../../../platform/seed/data.ts';
import type { FontWeight, PageFrame, TextMeasure } from '../../../devices/document-printer/types.ts';

export const frame: PageFrame = { hallName: '澄州市澜溪区政务服务中心', printedAt: '2025-03-14 09:30' };

export function seedItem(key: string): ServiceItem {
  const id = itemIdByKey(key);
  const item = serviceItems.find((i) => i.id === id);
  if (item === undefined) throw new Error(`no seed item ${key}`);
  return item;
}

const idcard = seedItem('idcard-renew');

const baseSteps: CaseProgress['steps'] = [
  { name: '受理', status: 'done', at: '2025-03-03T01:15:00Z', handler: '综合受理窗口', opinion: '材料齐全，予以受理' },
  { name: '审查', status: 'done', at: '2025-03-04T06:40:00Z', handler: '户政科', opinion: '审查通过' },
  { name: '决定', status: 'current', at: null, handler: '户政科负责人', opinion: null },
  { name: '制证', status: 'pending', at: null, handler: null, opinion: null },
];

export function sampleCase(steps: CaseProgress['steps'] = baseSteps): CaseProgress {
  return caseProgressSchema.parse({
    caseNumber: `${idcard.taskCode}202503030007`,
    taskCode: idcard.taskCode,
    itemId: idcard.id,
    itemName: idcard.name,
    deptName: idcard.deptName,
    applicantMasked: '张*明',
    channel: 'window',
    acceptedAt: '2025-03-03T01:15:00Z',
    promisedBy: '2025-03-18',
    finishedAt: null,
    status: 'inReview',
    steps,
    delivery: { method: 'express', trackingNumber: 'SF1234567890' },
  });
}

/** A case whose process runs over several pages. */
export function longCase(stepCount: number): CaseProgress {
  const steps = Array.from({ length: stepCount }, (_, i) => ({
    name: `第${i + 1}环节`,
    status: 'done' as const,
    at: '2025-03-04T06:40:00Z',
    handler: '综合受理窗口',
    opinion: `经审查，申请材料第${i + 1}项符合法定形式，予以通过。`,
  }));
  return sampleCase(steps);
}

/** Full-width characters 1 em, everything else half an em: close to a CJK font, exact to test with. */
export const fixedMeasure: TextMeasure = {
  width(text: string, size: number, _weight: FontWeight): number {
    let em = 0;
    for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5;
    return em * size;
  },
};

/** A GB 11643 example number with a valid check character. */
export const validIdNumber = '11010519491231002X';
