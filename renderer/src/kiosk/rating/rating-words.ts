// The rating's words per language: a level, a reason, a stage (the national Chinese wording is in
// domain/rating.ts for what is stored and printed; the screens speak the visit's language).
import type { EvaluationStage, RatingLevel, RatingReason } from '../../../../domain/rating.ts';
import type { MessageKey, useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

const levelKeys: Readonly<Record<RatingLevel, MessageKey>> = {
  verySatisfied: 'rating.level.verySatisfied',
  satisfied: 'rating.level.satisfied',
  basicallySatisfied: 'rating.level.basicallySatisfied',
  dissatisfied: 'rating.level.dissatisfied',
  veryDissatisfied: 'rating.level.veryDissatisfied',
};

const reasonKeys: Readonly<Record<RatingReason, MessageKey>> = {
  attitude: 'rating.reason.attitude',
  slow: 'rating.reason.slow',
  notToldAtOnce: 'rating.reason.notToldAtOnce',
  repeatedVisits: 'rating.reason.repeatedVisits',
  unnecessaryMaterials: 'rating.reason.unnecessaryMaterials',
  unclearGuide: 'rating.reason.unclearGuide',
  cumbersomeProcess: 'rating.reason.cumbersomeProcess',
  improperFee: 'rating.reason.improperFee',
  other: 'rating.reason.other',
};

const stageKeys: Readonly<Record<EvaluationStage, MessageKey>> = {
  accept: 'rating.stage.accept',
  finish: 'rating.stage.finish',
};

export const levelText = (t: T, level: RatingLevel): string => t(levelKeys[level]);
export const reasonText = (t: T, reason: RatingReason): string => t(reasonKeys[reason]);
export const stageText = (t: T, stage: EvaluationStage): string => t(stageKeys[stage]);
