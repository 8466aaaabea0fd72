import { describe, expect, it } from 'vitest';
import { pageFrame } from '../../../devices/document-printer/format.ts';
import { ManualClock } from '../../support/manual-clock.ts';

describe('pageFrame', () => {
  it('stamps the print time from the injected clock', () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 15, 59));
    expect(pageFrame('某某政务服务中心', clock)).toEqual({ hallName: '某某政务服务中心', printedAt: '2026-11-24 23:59' });
    clock.advance(60_000);
    expect(pageFrame('某某政务服务中心', clock).printedAt).toBe('2026-11-25 00:00');
  });

  it('stamps the hall’s wall clock in the zone it is given', () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 15, 59));
    expect(pageFrame('乌鲁木齐市政务服务中心', clock, 'Asia/Urumqi').printedAt).toBe('2026-11-24 21:59');
  });
});
