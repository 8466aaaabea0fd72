// 好差评 words without zod (the kiosk bundle takes values from here): the five levels, the stages, the
// national reasons for a bad rating, and which stage a case is rated at. Schemas are in evaluation.ts.
import type { CaseStatus } from './cases.ts';
import { localTimeAt } from './hall-time.ts';

/** Ordered from best to worst; the order is GB/T 39046's. */
export const ratingLevels = ['verySatisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'veryDissatisfied'] as const;
export type RatingLevel = (typeof ratingLevels)[number];

/** The national wording (what a screen shows). */
export const ratingLevelLabels: Readonly<Record<RatingLevel, string>> = {
  verySatisfied: '非常满意',
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
  veryDissatisfied: '非常不满意',
};

/** 不满意 and 非常不满意 must carry a reason. */
export function ratingNeedsReason(level: RatingLevel): boolean {
  return level === 'dissatisfied' || level === 'veryDissatisfied';
}

/** Where the rating was given (评价渠道). */
export const evaluationChannels = ['hallPad', 'hallTablet', 'qrCode', 'pc', 'mobile', 'phone', 'sms'] as const;
export const evaluationStages = ['accept', 'finish'] as const;
export type EvaluationStage = (typeof evaluationStages)[number];

/**
 * Why a bad rating was given (差评原因): the reasons the national 好差评 system offers, after 国办发〔2019〕51号
 * and GB/T 39734-2020 (服务态度, 办事效率, 一次性告知, 跑动次数, 材料, 办事指南, 流程, 收费). Stored and sent by
 * name; `other` is for anything else, said in the free text.
 */
export const ratingReasons = [
  'attitude',
  'slow',
  'notToldAtOnce',
  'repeatedVisits',
  'unnecessaryMaterials',
  'unclearGuide',
  'cumbersomeProcess',
  'improperFee',
  'other',
] as const;
export type RatingReason = (typeof ratingReasons)[number];

/** The national wording of each reason (what the platform and printed reports show). */
export const ratingReasonLabels: Readonly<Record<RatingReason, string>> = {
  attitude: '服务态度差',
  slow: '办理时间长、效率低',
  notToldAtOnce: '未一次性告知',
  repeatedVisits: '多次跑动',
  unnecessaryMaterials: '要求提供不必要的材料',
  unclearGuide: '办事指南不清楚、不准确',
  cumbersomeProcess: '办事流程繁琐',
  improperFee: '违规收费',
  other: '其他',
};

/**
 * The stage a case is rated at from the kiosk (DOMAIN.md §4): a finished case (ready, delivered or
 * rejected) at 办结 ('finish'); a case still in progress at 受理 ('accept': how it was received).
 */
export function evaluationStageOf(status: CaseStatus): EvaluationStage {
  switch (status) {
    case 'ready':
    case 'delivered':
    case 'rejected':
      return 'finish';
    case 'accepted':
    case 'inReview':
    case 'correction':
      return 'accept';
  }
}

/**
 * The 行政区划代码 inside a 实施编码: its first 18 characters are the agency's 统一社会信用代码, whose
 * characters 3-8 are the area code. null when they are not one.
 */
export function areaCodeOfTaskCode(taskCode: string): string | null {
  const area = taskCode.slice(2, 8);
  return /^[1-9]\d{5}$/.test(area) ? area : null;
}

/** When a rating was given, as the national 好差评 exchange writes it: YYYYMMDDThhmmss, hall time. */
export function ratedAtOf(epochMs: number, timeZone: string): string {
  const t = localTimeAt(epochMs, timeZone);
  return `${t.date.replaceAll('-', '')}T${t.time.replaceAll(':', '')}`;
}
