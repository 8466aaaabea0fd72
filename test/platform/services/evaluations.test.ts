// The reference platform's 好差评 records: a case's rating booked to who accepted it when it names no
// window or staff, a repeat at the same stage refused, the stages rated per case, and bad ratings due
// for follow-up (核实整改, 回访) within the hall's working days, with the phone the citizen left.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationInput } from '../../../domain/evaluation.ts';
import { evaluationSchema } from '../../../domain/evaluation.ts';
import type { Platform } from '../../../platform/app.ts';
import { acceptedByOf } from '../../../platform/seeding.ts';
import { sampleCases } from '../../../platform/seed/index.ts';
import { PlatformError } from '../../../platform/http/platform-error.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { closeTestPlatforms, createTestPlatform } from '../../support/platform-database.ts';

const DAY = '2026-11-24';
const cases = sampleCases(DAY);
const finished = cases.find((c) => c.status === 'delivered')!;
const other = cases.find((c) => c.status === 'inReview')!;

let platform: Platform;
let clock: ManualClock;
beforeEach(async () => {
  // Friday 2026-11-27 10:00 in the hall: five working days later is Friday 2026-12-04.
  clock = new ManualClock(Date.parse('2026-11-27T10:00:00+08:00'));
  platform = await createTestPlatform({ clock, version: 't', idSecret: 'secret-of-sixteen-chars' }, { seedDay: DAY });
});
afterEach(closeTestPlatforms);

const rate = (over: Partial<EvaluationInput> = {}) =>
  platform.records.addEvaluation(
    evaluationSchema.parse({ caseNumber: finished.caseNumber, stage: 'finish', level: 'satisfied', channel: 'hallTablet', ratedAt: '20261127T100000', areaCode: '339102', ...over }),
    'k1',
  );
const codeOf = async (f: () => Promise<unknown>) => {
  try {
    await f();
    return 'ok';
  } catch (e) {
    return e instanceof PlatformError ? e.code : String(e);
  }
};

describe('evaluations', () => {
  it('books a rating that names no window or staff to who accepted the case; one that names them keeps its own', async () => {
    await rate();
    await rate({ caseNumber: other.caseNumber, stage: 'accept', windowId: 'w09', staffId: 'LX2009', channel: 'hallPad' });
    // Both filed in the same millisecond (the clock stands still): on PostgreSQL such rows come in the
    // order of their ids (store/dialect-sql.ts writtenOrder), so each is found by its case.
    const filed = (await platform.records.evaluations()).map((e) => e.evaluation);
    expect(filed).toHaveLength(2);
    const a = filed.find((e) => e.caseNumber === finished.caseNumber);
    const b = filed.find((e) => e.caseNumber === other.caseNumber);
    expect(a).toMatchObject(acceptedByOf(finished));
    expect(b).toMatchObject({ windowId: 'w09', staffId: 'LX2009' });
  });

  it('every seeded case is accepted at a staffed window, by its named handler where that person has a window', async () => {
    const { windows, staff } = await platform.queue.configuration() as unknown as { windows: { id: string; staffId: string | null }[]; staff: { id: string; name: string }[] };
    for (const c of cases) {
      const by = acceptedByOf(c);
      expect(windows.find((w) => w.id === by.windowId)?.staffId, c.caseNumber).toBe(by.staffId);
      const named = staff.find((s) => s.name === c.steps[0]?.handler);
      if (named && windows.some((w) => w.staffId === named.id)) expect(by.staffId).toBe(named.id);
    }
  });

  it('refuses a repeat at the same stage, takes the other stage, and refuses an unknown case', async () => {
    await rate();
    expect(await codeOf(() => rate({ level: 'verySatisfied' }))).toBe('evaluation.duplicate');
    expect(await codeOf(() => rate({ stage: 'accept' }))).toBe('ok');
    expect(await codeOf(() => rate({ caseNumber: 'NOSUCHCASE0001' }))).toBe('evaluation.unknownTarget');
    expect(await platform.records.evaluationCount()).toBe(2);
  });

  it('tells the stages rated per case', async () => {
    await rate();
    expect(await platform.records.ratedStages([finished.caseNumber, other.caseNumber, finished.caseNumber])).toEqual([
      { caseNumber: finished.caseNumber, rated: ['finish'] },
      { caseNumber: other.caseNumber, rated: [] },
    ]);
  });

  it('puts a bad rating on the follow-up list, due in the hall’s working days, with its phone; a good one is not', async () => {
    await rate({ level: 'veryDissatisfied', reasons: ['attitude'], followUpPhone: '13905891234' });
    await rate({ caseNumber: other.caseNumber, stage: 'accept', level: 'basicallySatisfied' });
    expect(await platform.records.followUpsDue()).toEqual([
      {
        id: expect.any(String),
        target: `case:${finished.caseNumber}`,
        stage: 'finish',
        level: 'veryDissatisfied',
        ...acceptedByOf(finished),
        phone: '13905891234',
        by: '2026-12-04',
      },
    ]);
  });

  it('follows the hall’s own number of working days', async () => {
    const p = await createTestPlatform({ clock, version: 't', idSecret: 'secret-of-sixteen-chars', followUpWorkingDays: 15 }, { seedDay: DAY });
    await p.records.addEvaluation(
      evaluationSchema.parse({ caseNumber: finished.caseNumber, stage: 'finish', level: 'dissatisfied', reasons: ['slow'], channel: 'hallTablet', ratedAt: '20261127T100000', areaCode: '339102' }),
      'k1',
    );
    expect((await p.records.followUpsDue()).map((f) => f.by)).toEqual(['2026-12-18']);
    expect(p.records.followUpWorkingDays).toBe(15);
  });
});
