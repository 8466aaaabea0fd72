// Sample documents for the document-printer tests: a case parsed through the contract schema, the
// reference platform's seed items and forms (real catalogue data), and a fixed-width measure.
import { caseProgressSchema, type CaseProgress } from '../../../domain/cases.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import { itemIdByKey, serviceItems } from '../../../platform/seed/data.ts';
import type { FontWeight, PageFrame, TextMeasure } from '../../../devices/document-printer/types.ts';
import type { FormValues, SignatureValue } from '../../../domain/forms.ts';
import { exampleValues } from '../../../domain/form-rules.ts';
import type { ApplicationFormInput } from '../../../devices/document-printer/application-form-sheet.ts';
import { seedForms } from '../../../platform/seed/forms.ts';

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

/** A signature as the pad records it: three strokes in a 600 x 200 pad, drawn in its middle part. */
export function sampleSignature(): SignatureValue {
  const wave = Array.from({ length: 40 }, (_, i): [number, number] => [120 + i * 5, 100 + 30 * Math.sin(i / 3)]);
  const rise = Array.from({ length: 20 }, (_, i): [number, number] => [250 + i * 6, 60 + i * 3]);
  return { width: 600, height: 200, strokes: [wave, rise, [[400, 90]]] };
}

export const submissionId = 'FHALL01-20261207-0042';

/**
 * The sheet input for a seed form: its item's name, 实施编码 and guide materials; filled with the
 * given values (the form's examples if none), a submission id, its QR, the signature and the date.
 */
export function seedFormInput(formId: string, mode: ApplicationFormInput['mode'], values?: FormValues, extra: Partial<ApplicationFormInput> = {}): ApplicationFormInput {
  const form = seedForms.find((f) => f.id === formId);
  if (form === undefined) throw new Error(`no seed form ${formId}`);
  const item = serviceItems.find((i) => i.id === form.itemId);
  if (item === undefined) throw new Error(`no seed item for form ${formId}`);
  const filled = mode === 'filled';
  return {
    form,
    values: values ?? exampleValues(form),
    item: { name: item.name, code: item.taskCode },
    materials: item.materials.map((m) => m.name),
    mode,
    submissionId: filled ? submissionId : null,
    qr: filled ? submissionId : null,
    signedAt: filled ? '2026-12-07' : null,
    delivery: filled ? { method: 'window' } : null,
    signature: filled ? sampleSignature() : null,
    ...extra,
  };
}
