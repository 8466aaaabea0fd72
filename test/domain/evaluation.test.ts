// 好差评 in the domain: the stage a case is rated at, the national reasons, the hall's area code from a
// task code, the time format, and the evaluation's rules (a reason for the bad levels; window and
// staff required from a rating pad or for a ticket, optional for a case rated elsewhere).
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../domain/cases.ts';
import { evaluationSchema, type EvaluationInput } from '../../domain/evaluation.ts';
import { areaCodeOfTaskCode, evaluationStageOf, ratedAtOf, ratingLevels, ratingNeedsReason, ratingReasonLabels, ratingReasons } from '../../domain/rating.ts';

const kiosk: EvaluationInput = {
  caseNumber: '11330100MB0000000X10000000000012026112000118',
  stage: 'finish',
  level: 'satisfied',
  channel: 'hallTablet',
  ratedAt: '20261124T101500',
  areaCode: '339102',
};
const paths = (input: unknown) => {
  const r = evaluationSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the stage a case is rated at', () => {
  it('办结 for a finished case (ready, delivered, rejected), 受理 for one in progress', () => {
    expect(Object.fromEntries(caseStatuses.map((s) => [s, evaluationStageOf(s)]))).toEqual({
      accepted: 'accept',
      inReview: 'accept',
      correction: 'accept',
      ready: 'finish',
      delivered: 'finish',
      rejected: 'finish',
    });
  });
});

describe('the national reasons and levels', () => {
  it('has a Chinese label for every reason, each different, and 其他 last', () => {
    expect(Object.keys(ratingReasonLabels)).toEqual([...ratingReasons]);
    expect(new Set(Object.values(ratingReasonLabels)).size).toBe(ratingReasons.length);
    expect(ratingReasons.at(-1)).toBe('other');
    expect(ratingReasonLabels.other).toBe('其他');
  });

  it('only the two worst levels need a reason', () => {
    expect(ratingLevels.filter(ratingNeedsReason)).toEqual(['dissatisfied', 'veryDissatisfied']);
  });
});

describe('area code and time', () => {
  it('reads the 行政区划代码 inside a 实施编码 (characters 3-8 of the agency’s credit code), or null', () => {
    expect(areaCodeOfTaskCode('11339102MB1234567X1000000000001')).toBe('339102');
    expect(areaCodeOfTaskCode('11X39102MB1234567X1000000000001')).toBeNull();
    expect(areaCodeOfTaskCode('11039102MB1234567X1000000000001')).toBeNull();
    expect(areaCodeOfTaskCode('')).toBeNull();
  });

  it('writes the rating time in the hall’s zone as YYYYMMDDThhmmss', () => {
    expect(ratedAtOf(Date.parse('2026-11-24T02:05:09Z'), 'Asia/Shanghai')).toBe('20261124T100509');
    expect(ratedAtOf(Date.parse('2026-11-24T16:30:00Z'), 'Asia/Shanghai')).toBe('20261125T003000');
    expect(ratedAtOf(Date.parse('2026-11-24T02:05:09Z'), 'Asia/Urumqi')).toBe('20261124T080509');
  });
});

describe('an evaluation', () => {
  it('of a case from a kiosk needs no window or staff; the follow-up phone is an 11-digit mobile', () => {
    expect(paths(kiosk)).toEqual([]);
    expect(paths({ ...kiosk, followUpPhone: '13905891234' })).toEqual([]);
    expect(paths({ ...kiosk, followUpPhone: '12905891234' })).toEqual(['followUpPhone: an 11-digit mobile number starting 13-19']);
    expect(paths({ ...kiosk, followUpPhone: '1390589123' })).toHaveLength(1);
  });

  it('from a rating pad, or of a served ticket, names its window and staff', () => {
    expect(paths({ ...kiosk, channel: 'hallPad' })).toEqual([
      'windowId: windowId is required for a rating of a served ticket or from a rating pad',
      'staffId: staffId is required for a rating of a served ticket or from a rating pad',
    ]);
    const { caseNumber: _c, ...ticketless } = kiosk;
    expect(paths({ ...ticketless, ticketId: 'T1', windowId: 'w01' })).toEqual(['staffId: staffId is required for a rating of a served ticket or from a rating pad']);
    expect(paths({ ...kiosk, channel: 'hallPad', windowId: 'w01', staffId: 'LX2001' })).toEqual([]);
  });

  it('at a bad level carries a reason or words', () => {
    expect(paths({ ...kiosk, level: 'dissatisfied' })).toEqual(['reasons: a "不满意" rating needs a reason']);
    expect(paths({ ...kiosk, level: 'dissatisfied', reasons: ['slow'] })).toEqual([]);
    expect(paths({ ...kiosk, level: 'veryDissatisfied', comment: '等了很久' })).toEqual([]);
  });
});
